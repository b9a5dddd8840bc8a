//! trial-booking: an embeddable widget with which a prospective member books a
//! free trial session at a Magicline / PerfectGym studio.
//!
//! The loader (`src/embed/trial-booking.js`) owns the `<trial-booking>`
//! element and calls [`mount_element`] for each; the rest is Rust.
//!
//! # One dependency order
//!
//! The modules stand in one order, top to bottom; a module may use only the
//! modules below it (and its own children). A native test
//! (`layering::modules_use_only_what_stands_below_them`) reads every source
//! file and fails on a `crate::` path against this order.
//!
//! | module | what it is |
//! |---|---|
//! | [`embed`] | the element's wasm side: attributes in, shadow root, popup, styles, mount/unmount |
//! | [`widget`] | the root component: heading, live regions, the configured flow |
//! | [`flows`] | one folder per booking flow, the same files in each: [`flows::trial_offers`] (Open API), [`flows::trial_session`] (Connect) |
//! | [`ui`] | what every flow shares: components, and hooks in `ui/hooks/` (one per file) |
//! | [`api`] | the one place that turns HTTP into typed results, and the in-wasm demo backend |
//! | [`config`] | attributes → [`config::WidgetConfig`]: the one attribute table, URL policy, config errors and their texts |
//! | [`domain`] | pure booking logic: the steps and their state machine, offers, studios, slots, windows, the lead form, outcomes, host events |
//! | [`i18n`] | texts in the visitor's language, plural forms, locale tags |
//! | [`time`] | the one clock tests pin, and the studio's zone rules ("today" is the studio's today) |
//! | [`page_url`], [`dist`] | leaves: the page URL's parameters; URLs of the files beside the loader |
//!
//! Pure modules ([`config`], [`domain`], [`i18n`]'s texts) never touch the
//! DOM and are tested with plain `cargo test`; components stay thin.

pub mod embed;
pub mod widget;

pub mod flows;

pub mod ui;

pub mod api;

pub mod config;

pub mod domain;

pub mod i18n;

pub mod time;

pub mod dist;
pub mod page_url;

#[cfg(test)]
mod generated;
#[cfg(test)]
mod layering;

pub use embed::{mount, mount_element, MountedWidget};
