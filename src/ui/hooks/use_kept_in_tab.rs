//! What a visitor typed, kept in the tab's session storage under a key per
//! widget (see `widget::storage_key`): through errors, going back and
//! reloads, until the booking is done.

use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Forgets what this tab kept under `key` (the element's `reset()`).
pub fn forget_kept(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// What this tab kept under `key`, or the default.
pub fn load_kept<T: DeserializeOwned + Default>(key: &str) -> T {
    storage()
        .and_then(|s| s.get_item(key).ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Keeps `value()` under `key` in the tab's session storage whenever it
/// changes, and removes it once `done()`.
pub fn use_kept_in_tab<T: Serialize>(
    key: String,
    done: impl Fn() -> bool + 'static,
    value: impl Fn() -> T + 'static,
) {
    Effect::new(move |_| {
        let done = done();
        let Some(storage) = storage() else { return };
        if done {
            let _ = storage.remove_item(&key);
        } else if let Ok(text) = serde_json::to_string(&value()) {
            let _ = storage.set_item(&key, &text);
        }
    });
}
