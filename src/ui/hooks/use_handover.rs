//! A booking in progress handed from one mount of a widget to the next in the
//! same page. Changing an attribute (other than `theme`, which re-styles in
//! place) mounts the widget afresh for the new configuration; the step the
//! visitor is on and their choices go over in memory, under the widget's
//! storage key (`widget::storage_key`: backend, API base and element id, so a
//! widget that now talks to another studio never resumes). Each flow then keeps
//! a choice only while the new configuration still offers it.
//!
//! What was typed goes over through the tab's session storage
//! (`use_kept_in_tab`), as across a reload.

use leptos::prelude::*;
use std::any::Any;
use std::cell::RefCell;

thread_local! {
    /// The latest state of each mounted widget, by storage key: a list, as a
    /// page has a widget or two (a `HashMap` here cost about 1 KB brotli of
    /// hashing code in the wasm).
    static HANDOVERS: RefCell<Vec<(String, Box<dyn Any>)>> = const { RefCell::new(Vec::new()) };
}

fn remove(key: &str) -> Option<Box<dyn Any>> {
    HANDOVERS.with(|h| {
        let mut h = h.borrow_mut();
        let at = h.iter().position(|(k, _)| k == key)?;
        Some(h.swap_remove(at).1)
    })
}

/// Keeps `value()` under `key` whenever it changes, for the widget's next
/// mount (see [`take_handover`]).
pub fn use_handover<T: 'static>(key: String, value: impl Fn() -> T + 'static) {
    Effect::new(move |_| hand_over(&key, value()));
}

fn hand_over<T: 'static>(key: &str, value: T) {
    remove(key);
    HANDOVERS.with(|h| h.borrow_mut().push((key.to_string(), Box::new(value))));
}

/// What the widget under `key` handed over, taken (so only one mount resumes
/// it); `None` when there is none of type `T`.
pub fn take_handover<T: 'static>(key: &str) -> Option<T> {
    remove(key)
        .and_then(|value| value.downcast::<T>().ok())
        .map(|value| *value)
}

/// Forgets what the widget under `key` handed over: a mount that is not an
/// attribute change (a new element, `reset()`) starts from the first step.
pub fn forget_handover(key: &str) {
    remove(key);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_handover_is_taken_once_by_its_key_and_type_and_can_be_forgotten() {
        hand_over("a", (1u8, "details"));
        hand_over("b", 2u8);
        assert_eq!(take_handover::<u8>("a"), None, "another type is not it");
        hand_over("a", (1u8, "details"));
        assert_eq!(take_handover::<(u8, &str)>("a"), Some((1, "details")));
        assert_eq!(take_handover::<(u8, &str)>("a"), None, "taken once");
        forget_handover("b");
        assert_eq!(take_handover::<u8>("b"), None);
    }
}
