//! The time step's strip of days: the studio-local days a picker covers, each
//! with its slots, which of them can be chosen, which one is shown, and where
//! the arrow keys go. The slots' days are their studio-local wall-clock dates
//! (`Slot::day`), never the visitor's.
//!
//! A day is one of three kinds:
//! * with free times: marked in the strip (its name says how many);
//! * with times, none of them free (waiting list, full, not yet open, over): it can be
//!   chosen, and shows its times with the reason each cannot be booked;
//! * without any time: shown as such, but it cannot be chosen and the arrow
//!   keys pass over it, so no keyboard or screen-reader visitor lands on a day
//!   with nothing under it.

use super::slots::Slot;
use super::window::Window;
use chrono::NaiveDate;

/// One studio-local day of the strip.
#[derive(Clone, Debug, PartialEq)]
pub struct Day {
    pub date: NaiveDate,
    /// The day's slots, in time order.
    pub slots: Vec<Slot>,
    /// How many of them are free (`Availability::is_free`: a place of
    /// their own, not the waiting list).
    pub free: usize,
}

impl Day {
    /// The visitor can choose it: it has times, free or not.
    pub fn choosable(&self) -> bool {
        !self.slots.is_empty()
    }
}

/// Where a key in the strip moves the chosen day (the WAI-ARIA tabs pattern).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// Left arrow: the choosable day before, from the first to the last.
    Previous,
    /// Right arrow: the choosable day after, from the last to the first.
    Next,
    /// Home: the first choosable day.
    First,
    /// End: the last choosable day.
    Last,
}

impl Move {
    /// The move of a `KeyboardEvent.key`, if it is one of the strip's keys.
    pub fn from_key(key: &str) -> Option<Move> {
        match key {
            "ArrowLeft" => Some(Move::Previous),
            "ArrowRight" => Some(Move::Next),
            "Home" => Some(Move::First),
            "End" => Some(Move::Last),
            _ => None,
        }
    }
}

/// Consecutive studio-local days, each with its slots.
#[derive(Clone, Debug, PartialEq)]
pub struct DayStrip {
    /// In date order, one per day, without gaps.
    pub days: Vec<Day>,
}

impl DayStrip {
    /// Every day from `first` to `last` (both included), with the slots that
    /// fall on it in time order; slots on other days are left out. An empty
    /// strip when `last` is before `first`.
    pub fn new(first: NaiveDate, last: NaiveDate, mut slots: Vec<Slot>) -> DayStrip {
        slots.sort_by_key(|s| s.start.instant());
        let mut days: Vec<Day> = first
            .iter_days()
            .take_while(|d| *d <= last)
            .map(|date| Day {
                date,
                slots: Vec::new(),
                free: 0,
            })
            .collect();
        for slot in slots {
            let Ok(index) = usize::try_from((slot.day() - first).num_days()) else {
                continue;
            };
            if let Some(day) = days.get_mut(index) {
                day.free += usize::from(slot.availability.is_free());
                day.slots.push(slot);
            }
        }
        DayStrip { days }
    }

    /// A window's days (appointments, Connect trial sessions).
    pub fn for_window(window: &Window, slots: Vec<Slot>) -> DayStrip {
        DayStrip::new(window.first, window.last(), slots)
    }

    /// A class's days: from the studio's `today` to its last slot's day
    /// (classes are not windowed: the API answers its fixed two weeks).
    pub fn for_class(today: NaiveDate, slots: Vec<Slot>) -> DayStrip {
        let last = slots.iter().map(Slot::day).max().unwrap_or(today);
        DayStrip::new(today, last, slots)
    }

    /// The day with this date, if it is in the strip.
    pub fn day(&self, date: NaiveDate) -> Option<&Day> {
        let index = usize::try_from((date - self.days.first()?.date).num_days()).ok()?;
        self.days.get(index)
    }

    /// Some day can be chosen (otherwise there is no strip to show).
    pub fn has_times(&self) -> bool {
        self.days.iter().any(Day::choosable)
    }

    /// The day to show: the first of `preferred` (the day the visitor last
    /// chose, then the chosen time's day) that is in the strip and can be
    /// chosen; else the first day with a free time; else the first day with
    /// any time; `None` when no day has one.
    pub fn shown(&self, preferred: &[Option<NaiveDate>]) -> Option<NaiveDate> {
        preferred
            .iter()
            .flatten()
            .copied()
            .find(|d| self.day(*d).is_some_and(Day::choosable))
            .or_else(|| self.days.iter().find(|d| d.free > 0).map(|d| d.date))
            .or_else(|| self.days.iter().find(|d| d.choosable()).map(|d| d.date))
    }

    /// The day a key moves to from `from`, over the days that can be
    /// chosen (wrapping around at the ends, as the tabs pattern does).
    pub fn moved(&self, from: NaiveDate, by: Move) -> Option<NaiveDate> {
        let choosable: Vec<NaiveDate> = self
            .days
            .iter()
            .filter(|d| d.choosable())
            .map(|d| d.date)
            .collect();
        let (first, last) = (*choosable.first()?, *choosable.last()?);
        Some(match by {
            Move::First => first,
            Move::Last => last,
            Move::Next => choosable.into_iter().find(|d| *d > from).unwrap_or(first),
            Move::Previous => choosable
                .into_iter()
                .rev()
                .find(|d| *d < from)
                .unwrap_or(last),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::slots::{mark_repeated, Availability};
    use chrono::{DateTime, Utc};
    use demo_studio::Berlin;
    use trial_api::ZoneRules;

    fn day(s: &str) -> NaiveDate {
        trial_api::dates::parse_iso_date(s).unwrap()
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().to_utc()
    }

    use crate::domain::slots::test_slot as slot;

    fn free(start: &str) -> Slot {
        slot(start, Availability::Open { spots_left: None })
    }

    fn dates(strip: &DayStrip) -> Vec<String> {
        strip.days.iter().map(|d| d.date.to_string()).collect()
    }

    #[test]
    fn every_day_of_the_window_is_in_the_strip_with_its_studio_local_slots() {
        let window = Window::sessions(day("2026-11-23"));
        let strip = DayStrip::for_window(
            &window,
            vec![
                free("2026-11-24T10:00:00.000+01:00[Europe/Berlin]"),
                // 23:30 in Berlin is the 23rd, though it is the 23rd's 22:30 in UTC …
                free("2026-11-23T23:30:00.000+01:00[Europe/Berlin]"),
                // … and a legacy UTC 23:30 is already the 25th in the studio.
                free("2026-11-24T23:30:00.000Z"),
                // Outside the window: left out.
                free("2026-11-30T10:00:00.000+01:00[Europe/Berlin]"),
            ],
        );
        assert_eq!(
            dates(&strip),
            [
                "2026-11-23",
                "2026-11-24",
                "2026-11-25",
                "2026-11-26",
                "2026-11-27",
                "2026-11-28",
                "2026-11-29"
            ]
        );
        let counts: Vec<usize> = strip.days.iter().map(|d| d.slots.len()).collect();
        assert_eq!(counts, [1, 1, 1, 0, 0, 0, 0]);
        assert_eq!(
            strip.days[2].slots[0].local_start.to_string(),
            "2026-11-25 00:30:00"
        );
        assert!(strip.has_times());
        assert!(
            !strip.days[3].choosable(),
            "a day without times cannot be chosen"
        );
    }

    #[test]
    fn the_first_free_day_is_shown_unless_the_visitor_chose_another() {
        let window = Window::appointments(day("2026-11-23"));
        let strip = DayStrip::for_window(
            &window,
            vec![
                // Monday: only a full time and a waiting list: times, none free.
                slot(
                    "2026-11-23T07:00:00.000+01:00[Europe/Berlin]",
                    Availability::Full,
                ),
                slot(
                    "2026-11-23T08:00:00.000+01:00[Europe/Berlin]",
                    Availability::WaitingList,
                ),
                // Wednesday: two free times; Friday: one.
                free("2026-11-25T09:00:00.000+01:00[Europe/Berlin]"),
                free("2026-11-25T10:00:00.000+01:00[Europe/Berlin]"),
                free("2026-11-27T18:30:00.000+01:00[Europe/Berlin]"),
            ],
        );
        let frees: Vec<usize> = strip.days.iter().map(|d| d.free).collect();
        assert_eq!(frees, [0, 0, 2, 0, 1, 0]);
        assert_eq!(strip.shown(&[]), Some(day("2026-11-25")));
        assert_eq!(strip.shown(&[None, None]), Some(day("2026-11-25")));
        // The visitor's own choice wins, also a day with times but none free.
        assert_eq!(
            strip.shown(&[Some(day("2026-11-23"))]),
            Some(day("2026-11-23"))
        );
        // A day without times, or outside the strip, is passed over for the next preference.
        assert_eq!(
            strip.shown(&[Some(day("2026-11-24")), Some(day("2026-11-27"))]),
            Some(day("2026-11-27"))
        );
        assert_eq!(
            strip.shown(&[Some(day("2026-12-24"))]),
            Some(day("2026-11-25"))
        );
    }

    #[test]
    fn without_free_times_the_first_day_with_times_and_without_times_none() {
        let window = Window::appointments(day("2026-11-23"));
        let past = DayStrip::for_window(
            &window,
            vec![slot(
                "2026-11-24T07:00:00.000+01:00[Europe/Berlin]",
                Availability::Past,
            )],
        );
        assert_eq!(past.shown(&[]), Some(day("2026-11-24")));
        let empty = DayStrip::for_window(&window, vec![]);
        assert_eq!(
            empty.days.len(),
            6,
            "the days are there, shown as having no times"
        );
        assert!(!empty.has_times());
        assert_eq!(empty.shown(&[Some(day("2026-11-23"))]), None);
        assert_eq!(empty.moved(day("2026-11-23"), Move::Next), None);
    }

    #[test]
    fn the_keys_pass_over_days_without_times_and_wrap_around() {
        let strip = DayStrip::for_window(
            &Window::sessions(day("2026-11-23")),
            vec![
                free("2026-11-24T10:00:00.000+01:00[Europe/Berlin]"),
                slot(
                    "2026-11-26T10:00:00.000+01:00[Europe/Berlin]",
                    Availability::Full,
                ),
                free("2026-11-28T10:00:00.000+01:00[Europe/Berlin]"),
            ],
        );
        let from = |d: &str, m: Move| strip.moved(day(d), m).unwrap().to_string();
        assert_eq!(from("2026-11-24", Move::Next), "2026-11-26");
        assert_eq!(from("2026-11-26", Move::Next), "2026-11-28");
        assert_eq!(
            from("2026-11-28", Move::Next),
            "2026-11-24",
            "wraps to the first"
        );
        assert_eq!(
            from("2026-11-24", Move::Previous),
            "2026-11-28",
            "wraps to the last"
        );
        assert_eq!(from("2026-11-28", Move::Previous), "2026-11-26");
        assert_eq!(from("2026-11-26", Move::First), "2026-11-24");
        assert_eq!(from("2026-11-24", Move::Last), "2026-11-28");
        assert_eq!(Move::from_key("ArrowRight"), Some(Move::Next));
        assert_eq!(Move::from_key("ArrowLeft"), Some(Move::Previous));
        assert_eq!(Move::from_key("Home"), Some(Move::First));
        assert_eq!(Move::from_key("End"), Some(Move::Last));
        assert_eq!(Move::from_key("ArrowDown"), None);
    }

    #[test]
    fn the_clock_change_night_is_one_day_with_both_2_15_times_in_order() {
        // Pinned at 01:30 on the EU fall-back night (TB_NOW=2026-10-25T01:30:00+02:00).
        let now = utc("2026-10-25T01:30:00+02:00");
        let today = Berlin.today_at(now);
        assert_eq!(today, day("2026-10-25"));
        let window = Window::appointments(today);
        let mut list = vec![
            free("2026-10-25T10:00:00.000+01:00[Europe/Berlin]"),
            free("2026-10-25T02:15:00.000+01:00[Europe/Berlin]"),
            free("2026-10-25T02:15:00.000+02:00[Europe/Berlin]"),
            free("2026-10-26T02:15:00.000+01:00[Europe/Berlin]"),
        ];
        mark_repeated(&mut list, &Berlin);
        let strip = DayStrip::for_window(&window, list);
        assert_eq!(strip.days.len(), 6, "a 25-hour day is still one day");
        assert_eq!(strip.shown(&[]), Some(today));
        let night = &strip.days[0];
        assert_eq!(night.free, 3);
        assert_eq!(
            night
                .slots
                .iter()
                .map(|s| s.start.raw())
                .collect::<Vec<_>>(),
            [
                "2026-10-25T02:15:00.000+02:00[Europe/Berlin]",
                "2026-10-25T02:15:00.000+01:00[Europe/Berlin]",
                "2026-10-25T10:00:00.000+01:00[Europe/Berlin]"
            ],
            "in time order: the summer-time 02:15 first"
        );
        assert_eq!(
            night.slots.iter().map(|s| s.repeated).collect::<Vec<_>>(),
            [true, true, false],
            "the twins still show their zones"
        );
        assert_eq!(strip.days[1].slots.len(), 1);
        assert!(!strip.days[1].slots[0].repeated);
    }

    #[test]
    fn a_sunday_night_shows_the_studios_monday_first() {
        // Sunday 23:30 in Berlin: today is still Sunday, with nothing left today.
        let now = utc("2026-11-29T23:30:00+01:00");
        let today = Berlin.today_at(now);
        assert_eq!(today, day("2026-11-29"));
        let strip = DayStrip::for_window(
            &Window::sessions(today),
            vec![
                free("2026-11-30T09:00:00.000+01:00[Europe/Berlin]"),
                free("2026-12-01T09:00:00.000+01:00[Europe/Berlin]"),
            ],
        );
        assert_eq!(
            strip.days[0].date, today,
            "the strip starts on the studio's today"
        );
        assert!(!strip.days[0].choosable());
        assert_eq!(strip.shown(&[]), Some(day("2026-11-30")));
        // A visitor in New York (18:30 there) gets the same studio days.
        let new_york = chrono::FixedOffset::west_opt(5 * 3600).unwrap();
        assert_eq!(new_york.today_at(now), day("2026-11-29"));
    }

    #[test]
    fn a_class_runs_from_today_to_its_last_time() {
        let today = day("2026-11-23");
        let strip = DayStrip::for_class(
            today,
            vec![
                free("2026-12-03T19:00:00.000+01:00[Europe/Berlin]"),
                free("2026-11-24T19:00:00.000+01:00[Europe/Berlin]"),
            ],
        );
        assert_eq!(strip.days.first().unwrap().date, today);
        assert_eq!(strip.days.last().unwrap().date, day("2026-12-03"));
        assert_eq!(strip.days.len(), 11);
        assert_eq!(strip.shown(&[]), Some(day("2026-11-24")));
        assert_eq!(strip.day(day("2026-12-03")).unwrap().free, 1);
        assert_eq!(strip.day(day("2026-12-04")), None);
        assert_eq!(strip.day(day("2026-11-22")), None);
        assert_eq!(DayStrip::for_class(today, vec![]).days.len(), 1);
    }
}
