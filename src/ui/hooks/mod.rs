//! Hooks every flow shares, one per file: a reactive piece of state with the
//! effects that keep it, for a component to call.
//!
//! - [`use_announcer`]: the widget's live regions, and `announce`;
//! - [`use_handover`]: the step and the choices, from one mount of a widget to the next;
//! - [`use_host_events`]: the widget's way to its host page;
//! - [`use_keyed`]: reads keyed by what they are for, never shown for another key;
//! - [`use_kept_in_tab`]: what a visitor typed, kept in the tab's session storage;
//! - [`use_slot_window`]: one window of days of free times, from the studio's today.

pub mod use_announcer;
pub mod use_handover;
pub mod use_host_events;
pub mod use_kept_in_tab;
pub mod use_keyed;
pub mod use_slot_window;
