//! trial-booking: an embeddable widget with which a prospective member books a
//! free trial session at a Magicline / PerfectGym studio.
//!
//! The pure modules (`config`, `i18n`, `flow`) never touch the DOM and are
//! tested natively; `ui` holds the Leptos components and `embed` the
//! `<trial-booking>` custom element.

pub mod api;
pub mod clock;
pub mod config;
pub mod domain;
pub mod embed;
pub mod flow;
pub mod flows;
pub mod i18n;
pub mod ui;

pub use embed::{mount, mount_element, MountedWidget};
