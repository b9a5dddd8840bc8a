//! Rolling windows of studio-local days for the slot pickers: appointment
//! windows (six days, the most one O7 call gives) and Connect trial-session
//! windows (seven days). The window a visitor lands on starts at the studio's
//! today and runs forward; earlier/later move by whole windows and never
//! before today or past the horizon. When a window has no free time, the
//! next free one is looked up in the windows after it.

use super::slots::Slot;
use chrono::{Duration, NaiveDate};
use std::future::Future;

/// Consecutive studio-local days `[first, first + days)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Window {
    pub first: NaiveDate,
    /// Length in days (1 or more).
    pub days: u8,
    /// How many days ahead of today the visitor may page (the last window
    /// starts no later than today + `horizon_days`).
    pub horizon_days: u16,
}

impl Window {
    /// Appointment windows: O7's `daysAhead` is 1..6 (REFERENCE O7).
    pub const APPOINTMENT_DAYS: u8 =
        trial_api::models::open_api::AppointmentSlotQuery::MAX_DAYS_AHEAD;
    /// Appointments may be paged about three months ahead.
    pub const APPOINTMENT_HORIZON_DAYS: u16 = 90;
    /// Connect trial sessions: a week at a time (K4 takes any date range).
    pub const SESSION_DAYS: u8 = 7;
    /// Trial sessions may be paged twelve weeks ahead.
    pub const SESSION_HORIZON_DAYS: u16 = 84;

    /// The first appointment window: today and the five days after it.
    pub fn appointments(today: NaiveDate) -> Window {
        Window {
            first: today,
            days: Self::APPOINTMENT_DAYS,
            horizon_days: Self::APPOINTMENT_HORIZON_DAYS,
        }
    }

    /// The first trial-session window: today and the six days after it.
    pub fn sessions(today: NaiveDate) -> Window {
        Window {
            first: today,
            days: Self::SESSION_DAYS,
            horizon_days: Self::SESSION_HORIZON_DAYS,
        }
    }

    /// The last day in the window.
    pub fn last(&self) -> NaiveDate {
        self.first + Duration::days(i64::from(self.days) - 1)
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        day >= self.first && day <= self.last()
    }

    fn latest_first(&self, today: NaiveDate) -> NaiveDate {
        today + Duration::days(i64::from(self.horizon_days))
    }

    /// The window right after this one, unless that starts past the horizon.
    pub fn next(&self, today: NaiveDate) -> Option<Window> {
        let first = self.first + Duration::days(i64::from(self.days));
        (first <= self.latest_first(today)).then_some(Window { first, ..*self })
    }

    /// The window before this one, never starting before today.
    pub fn previous(&self, today: NaiveDate) -> Option<Window> {
        (self.first > today).then(|| Window {
            first: (self.first - Duration::days(i64::from(self.days))).max(today),
            ..*self
        })
    }

    /// A window of the same length that starts on `day` (within today and
    /// the horizon): where "Show the next free time" goes.
    pub fn starting_on(&self, day: NaiveDate, today: NaiveDate) -> Window {
        Window {
            first: day.clamp(today, self.latest_first(today)),
            ..*self
        }
    }
}

/// One window's slots, and where the next free time is when it has none.
#[derive(Clone, Debug, PartialEq)]
pub struct WindowSlots {
    pub window: Window,
    /// In time order.
    pub slots: Vec<Slot>,
    /// The first bookable slot after this window, looked up only when this
    /// window has none (`None`: none until the horizon).
    pub next_free: Option<Slot>,
}

impl WindowSlots {
    pub fn has_free(&self) -> bool {
        self.slots.iter().any(|s| s.availability.is_bookable())
    }
}

/// Loads `window` with `load`; if it has no bookable slot, loads the windows
/// after it, one at a time, until one has (or the horizon is reached), and
/// names its first bookable slot as `next_free`. Errors of the window itself
/// are returned; an error while looking ahead only ends the search.
pub async fn load_with_next_free<E, F, Fut>(
    window: Window,
    today: NaiveDate,
    load: F,
) -> Result<WindowSlots, E>
where
    F: Fn(Window) -> Fut,
    Fut: Future<Output = Result<Vec<Slot>, E>>,
{
    let mut slots = load(window).await?;
    slots.sort_by_key(|s| s.start.instant());
    let mut found = WindowSlots {
        window,
        slots,
        next_free: None,
    };
    if found.has_free() {
        return Ok(found);
    }
    let mut ahead = window.next(today);
    while let Some(w) = ahead {
        let Ok(mut later) = load(w).await else { break };
        later.sort_by_key(|s| s.start.instant());
        if let Some(free) = later.into_iter().find(|s| s.availability.is_bookable()) {
            found.next_free = Some(free);
            break;
        }
        ahead = w.next(today);
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::slots::Availability;
    use chrono::{DateTime, Datelike, Utc, Weekday};
    use demo_studio::Berlin;
    use trial_api::ZoneRules;

    fn day(s: &str) -> NaiveDate {
        trial_api::dates::parse_iso_date(s).unwrap()
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    /// The instants the pickers are proven on: every weekday early in the
    /// morning and late in the evening (studio time), and the European and US
    /// clock-change days.
    fn pinned_instants() -> Vec<DateTime<Utc>> {
        let mut list = Vec::new();
        // Monday 2026-11-23 … Sunday 2026-11-29, Berlin (+01:00).
        for d in 23..=29 {
            list.push(utc(&format!("2026-11-{d}T05:30:00+01:00")));
            list.push(utc(&format!("2026-11-{d}T23:30:00+01:00")));
        }
        for t in [
            "2026-10-25T01:30:00+02:00", // EU fall back, before
            "2026-10-25T23:30:00+01:00", // EU fall back, evening
            "2026-11-01T01:30:00-04:00", // US fall back
            "2026-11-01T22:00:00+01:00",
            "2027-03-14T01:30:00-05:00", // US spring forward
            "2027-03-14T23:00:00+01:00",
            "2027-03-28T01:59:00+01:00", // EU spring forward, just before
            "2027-03-28T23:30:00+02:00",
        ] {
            list.push(utc(t));
        }
        list
    }

    #[test]
    fn the_first_window_starts_on_the_studios_today_on_every_day() {
        for now in pinned_instants() {
            let today = Berlin.today_at(now);
            for w in [Window::appointments(today), Window::sessions(today)] {
                assert_eq!(w.first, today, "{now}");
                assert!(w.contains(today), "{now}");
                assert_eq!(w.previous(today), None, "nothing before today ({now})");
                let next = w.next(today).unwrap();
                assert_eq!(next.first, w.last() + Duration::days(1), "{now}");
                assert_eq!(next.previous(today), Some(w), "{now}");
            }
            // A Sunday's window is not a one-day "week": it runs six days on.
            if today.weekday() == Weekday::Sun {
                assert_eq!(Window::sessions(today).last(), today + Duration::days(6));
            }
        }
    }

    #[test]
    fn paging_stops_at_the_horizon_and_never_goes_before_today() {
        let today = day("2026-11-29");
        let mut w = Window::sessions(today);
        let mut pages = 0;
        while let Some(n) = w.next(today) {
            w = n;
            pages += 1;
        }
        assert_eq!(pages, 12, "twelve weeks ahead");
        assert!(w.first <= today + Duration::days(84));
        let mut w = Window::appointments(today);
        let mut pages = 0;
        while let Some(n) = w.next(today) {
            w = n;
            pages += 1;
        }
        assert_eq!(pages, 15, "about three months ahead");
        let mut w = Window::appointments(today).starting_on(day("2026-12-02"), today);
        assert_eq!(w.first, day("2026-12-02"));
        w = w.previous(today).unwrap();
        assert_eq!(w.first, today, "clipped to today, not before");
        assert_eq!(
            Window::appointments(today)
                .starting_on(day("2020-01-01"), today)
                .first,
            today
        );
        assert_eq!(
            Window::appointments(today)
                .starting_on(day("2030-01-01"), today)
                .first,
            today + Duration::days(90)
        );
    }

    #[test]
    fn the_studios_today_decides_not_the_visitors() {
        // A visitor in Berlin at 02:00 on Monday; a New York studio is still on
        // Sunday 20:00 and its window starts on Sunday.
        let now = utc("2026-11-30T01:00:00Z");
        let new_york = chrono::FixedOffset::west_opt(5 * 3600).unwrap();
        assert_eq!(
            Window::sessions(new_york.today_at(now)).first,
            day("2026-11-29")
        );
        assert_eq!(
            Window::sessions(Berlin.today_at(now)).first,
            day("2026-11-30")
        );
    }

    /// What the demo studio (the in-wasm demo and the mock server both run it)
    /// answers for a window, as the pickers turn it into slots.
    fn demo_window(
        studio: &mut demo_studio::DemoStudio,
        now: DateTime<Utc>,
        window: Window,
        appointment: bool,
    ) -> Vec<Slot> {
        use trial_api::models::open_api::AppointmentSlotQuery;
        use trial_api::ops::{connect as k, open_api as o};
        if appointment {
            let query = AppointmentSlotQuery {
                customer_id: None,
                days_ahead: window.days,
                slot_window_start_date: Some(window.first),
            };
            let request = o::get_bookable_appointment_slots_for_trial_offers(
                trial_api::models::BookableAppointmentId(2001),
                &query,
            );
            let answer = studio.answer(&request, now);
            let raw: Vec<trial_api::models::open_api::BookableAppointmentSlot> =
                serde_json::from_str(&answer.body).unwrap();
            raw.iter()
                .filter_map(|s| crate::domain::slots::appointment_slot(s, now, &Berlin))
                .collect()
        } else {
            let request = k::get_trial_session_slots(
                trial_api::models::StudioId(1),
                window.first,
                window.last(),
            );
            let answer = studio.answer(&request, now);
            let raw: trial_api::models::connect::TrialSession =
                serde_json::from_str(&answer.body).unwrap();
            raw.slots
                .iter()
                .filter_map(|s| crate::domain::slots::session_slot(s, now, &Berlin))
                .collect()
        }
    }

    #[test]
    fn the_demo_studios_first_window_has_free_times_on_every_pinned_day() {
        for now in pinned_instants() {
            let mut studio = demo_studio::DemoStudio::new(now, "");
            let today = Berlin.today_at(now);
            for (window, appointment) in [
                (Window::appointments(today), true),
                (Window::sessions(today), false),
            ] {
                let slots = demo_window(&mut studio, now, window, appointment);
                let free: Vec<&Slot> = slots
                    .iter()
                    .filter(|s| s.availability.is_bookable())
                    .collect();
                assert!(
                    !free.is_empty(),
                    "{now}: the first {} window has a free time",
                    if appointment {
                        "appointment"
                    } else {
                        "session"
                    }
                );
                assert!(
                    free.iter()
                        .all(|s| window.contains(s.day()) && s.start.instant() > now),
                    "{now}: only times ahead of now, inside the window"
                );
            }
        }
    }

    fn slot(start: &str, free: bool) -> Slot {
        let availability = if free {
            Availability::Open { spots_left: None }
        } else {
            Availability::Full
        };
        crate::domain::slots::test_slot(start, availability)
    }

    #[test]
    fn an_empty_window_names_the_next_free_time() {
        let today = day("2026-11-29");
        let asked = std::cell::RefCell::new(Vec::new());
        let load = |w: Window| {
            asked.borrow_mut().push(w.first);
            let answer = if w.first == day("2026-12-13") {
                vec![
                    slot("2026-12-15T10:00:00.000+01:00[Europe/Berlin]", true),
                    slot("2026-12-14T09:00:00.000+01:00[Europe/Berlin]", false),
                    slot("2026-12-14T18:00:00.000+01:00[Europe/Berlin]", true),
                ]
            } else {
                vec![slot("2026-11-30T09:00:00.000+01:00[Europe/Berlin]", false)]
            };
            async move { Ok::<_, ()>(answer) }
        };
        let found =
            futures::executor::block_on(load_with_next_free(Window::sessions(today), today, load))
                .unwrap();
        assert!(!found.has_free());
        assert_eq!(found.slots.len(), 1, "the window's own slots stay");
        assert_eq!(
            found.next_free.unwrap().start.raw(),
            "2026-12-14T18:00:00.000+01:00[Europe/Berlin]",
            "the earliest free one, not the first listed"
        );
        assert_eq!(
            *asked.borrow(),
            [day("2026-11-29"), day("2026-12-06"), day("2026-12-13")],
            "one window after another, stopping at the first with a free time"
        );
    }

    #[test]
    fn no_free_time_until_the_horizon_and_errors_end_the_search() {
        let today = day("2026-11-29");
        let calls = std::cell::Cell::new(0);
        let none = |_: Window| {
            calls.set(calls.get() + 1);
            async { Ok::<Vec<Slot>, ()>(vec![]) }
        };
        let found =
            futures::executor::block_on(load_with_next_free(Window::sessions(today), today, none))
                .unwrap();
        assert_eq!(found.next_free, None);
        assert_eq!(calls.get(), 13, "this window and the 12 after it");

        let first = std::cell::Cell::new(true);
        let failing_later = |_: Window| {
            let result = if first.replace(false) {
                Ok(vec![])
            } else {
                Err("down")
            };
            async move { result }
        };
        let found = futures::executor::block_on(load_with_next_free(
            Window::appointments(today),
            today,
            failing_later,
        ));
        assert_eq!(found.unwrap().next_free, None);
        let failing = |_: Window| async { Err::<Vec<Slot>, _>("down") };
        assert_eq!(
            futures::executor::block_on(load_with_next_free(
                Window::appointments(today),
                today,
                failing
            )),
            Err("down")
        );
    }
}
