//! The one clock: every "now" of the widget and of its in-wasm demo studio
//! comes from [`now`]. In production it is the browser's clock
//! (`Date.now()`, which Playwright's `page.clock` also pins); tests of the
//! wasm itself pin it with [`pin`]. "Today" is always a studio's today:
//! [`today_in`] takes the studio's zone rules ([`super::StudioZone`]).

use chrono::{DateTime, NaiveDate, Utc};
use std::cell::Cell;
use trial_api::ZoneRules;

thread_local! {
    /// A pinned instant and the browser-clock reading (ms) when it was pinned.
    static PINNED: Cell<Option<(DateTime<Utc>, f64)>> = const { Cell::new(None) };
}

/// The browser's clock in milliseconds since the epoch.
fn browser_ms() -> f64 {
    js_sys::Date::now()
}

/// Now, in UTC: the browser's clock, or the pinned instant plus the time that
/// has passed since it was pinned.
pub fn now() -> DateTime<Utc> {
    let real = browser_ms();
    match PINNED.with(Cell::get) {
        Some((at, pinned_when)) => {
            at + chrono::Duration::milliseconds((real - pinned_when).max(0.0) as i64)
        }
        None => DateTime::from_timestamp_millis(real as i64).unwrap_or_default(),
    }
}

/// The studio's calendar date now, in the studio's zone.
pub fn today_in(zone: &impl ZoneRules) -> NaiveDate {
    zone.today_at(now())
}

/// Pins the clock at `at` (it runs on from there), for tests.
pub fn pin(at: DateTime<Utc>) {
    PINNED.with(|p| p.set(Some((at, browser_ms()))));
}
