//! One window of days of free times (appointment windows, Connect
//! trial-session windows), loaded from the studio's today: learning the
//! studio's zone from the answer, and the next free time when a window has
//! none. The pickers' components are in `ui::slot_window`.

use crate::domain::slots::{self, Slot};
use crate::domain::window::{self, Window, WindowSlots};
use crate::time::{browser_zone, today_in, StudioZone};
use chrono::NaiveDate;
use std::future::Future;
use std::pin::Pin;
use trial_api::ApiError;

/// One loaded window, with the studio's zone and today it was computed for.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadedWindow {
    pub found: WindowSlots,
    /// The studio's IANA zone, when known (from the studio or the answer).
    pub zone: Option<String>,
    /// The studio's today when it loaded.
    pub today: NaiveDate,
}

/// One window's slots for a studio zone, boxed: both pickers share one copy
/// of the window logic (a generic one per picker cost about 4 KB of wasm).
pub type SlotsFuture<'a> = Pin<Box<dyn Future<Output = Result<Vec<Slot>, ApiError>> + 'a>>;

/// Loads `requested`, or with `None` the first window (`first(today)`) on
/// the studio's today. The studio's zone is `zone` when known; otherwise the
/// browser's zone stands in until the answer's zoned times name it, and the
/// first window moves to the studio's today if that differs (in the same
/// load, so nothing is shown for the wrong day). `load` turns one window into
/// slots for a zone.
pub async fn load_window<'a>(
    requested: Option<Window>,
    first: fn(NaiveDate) -> Window,
    zone: Option<String>,
    load: &'a dyn Fn(Window, StudioZone) -> SlotsFuture<'a>,
) -> Result<LoadedWindow, ApiError> {
    let guess = zone.clone().or_else(browser_zone);
    let mut rules = StudioZone::new(guess.as_deref());
    let mut today = today_in(&rules);
    let mut named = zone;
    let mut window = requested.unwrap_or(first(today));
    loop {
        let found = window::load_with_next_free(window, today, |w| load(w, rules.clone())).await?;
        if named.is_none() {
            named = found
                .slots
                .iter()
                .chain(&found.next_free)
                .find_map(|s| s.start.zone_id().map(str::to_string));
            if let Some(id) = named.as_deref() {
                rules = StudioZone::new(Some(id));
                let studio_today = today_in(&rules);
                if studio_today != today {
                    today = studio_today;
                    if requested.is_none() {
                        window = first(today);
                        continue;
                    }
                }
            }
        }
        let mut found = found;
        slots::mark_repeated(&mut found.slots, &rules);
        return Ok(LoadedWindow {
            found,
            zone: named,
            today,
        });
    }
}
