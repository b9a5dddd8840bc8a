//! The page URL's state, read in one place: the `tb-*` prefill and `utm_*`
//! parameters (decoded, for `config::WidgetConfig::visit`), a confirmation
//! link's `tb-confirm`, and a known prospect's `identityToken` (taken out of
//! the address bar at once). Nothing else is ever written back to the URL.

use trial_api::models::BookingId;
use wasm_bindgen::{JsCast, JsValue};

/// The page URL's query parameters, decoded (for `config::WidgetConfig::visit`).
/// Read only: nothing is ever written back to the URL.
pub fn page_parameters() -> Vec<(String, String)> {
    let Some(search) = web_sys::window().and_then(|w| w.location().search().ok()) else {
        return Vec::new();
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    js_sys::try_iter(&params)
        .ok()
        .flatten()
        .into_iter()
        .flatten()
        .filter_map(|entry| {
            let pair: js_sys::Array = entry.ok()?.dyn_into().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// The URL parameter with which a studio's confirmation e-mail links to the
/// page holding the widget: `https://studio.example/probetraining?tb-confirm=2033`.
pub const CONFIRM_PARAMETER: &str = "tb-confirm";

/// The booking id of a confirmation link (`?tb-confirm=2033`); `None`
/// without one, or when it is not a positive int64.
pub fn confirm_from_page_url() -> Option<BookingId> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    BookingId::parse(params.get(CONFIRM_PARAMETER)?.trim())
}

/// The URL parameter with which a studio's e-mail brings a known prospect.
pub const IDENTITY_PARAMETER: &str = "identityToken";

thread_local! {
    /// The token, once taken from the URL: every widget on the page gets it.
    static IDENTITY: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Takes `identityToken` from the page's URL and removes it from the address
/// bar at once (it is a secret: it must not end up in bookmarks, shared links
/// or `Referer` headers). Never logged.
pub fn take_identity_token() -> Option<String> {
    let from_url = (|| {
        let window = web_sys::window()?;
        let location = window.location();
        let params = web_sys::UrlSearchParams::new_with_str(&location.search().ok()?).ok()?;
        let token = params.get(IDENTITY_PARAMETER)?.trim().to_string();
        params.delete(IDENTITY_PARAMETER);
        let query = String::from(params.to_string());
        let clean = format!(
            "{}{}{}",
            location.pathname().ok()?,
            if query.is_empty() {
                String::new()
            } else {
                format!("?{query}")
            },
            location.hash().ok()?
        );
        let _ = window
            .history()
            .ok()?
            .replace_state_with_url(&JsValue::NULL, "", Some(&clean));
        let valid = !token.is_empty()
            && token.len() <= 64
            && token.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
        valid.then_some(token)
    })();
    IDENTITY.with(|cell| {
        let mut stored = cell.borrow_mut();
        if from_url.is_some() {
            *stored = from_url;
        }
        stored.clone()
    })
}

/// Forgets the `identityToken` once it has done its job (the prospect booked).
pub fn forget_identity() {
    IDENTITY.with(|cell| cell.borrow_mut().take());
}
