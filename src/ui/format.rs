//! Dates and times for the visitor's locale, through the browser's `Intl`.
//!
//! Every value here is a studio-local wall-clock time (see `domain::slots`);
//! it is formatted as if it were UTC with `timeZone: "UTC"`, so the visitor's
//! own time zone never shifts it.

use crate::i18n::{I18n, Key};
use crate::time::checked_formatter;
use chrono::{NaiveDate, NaiveDateTime};
use trial_api::models::open_api::{TermWithMinutes, TermWithMinutesUnit};
use wasm_bindgen::JsValue;

/// The wall-clock formatter for `lang` and `options`, made once and kept for
/// the page's life: constructing an `Intl.DateTimeFormat` costs far more than
/// formatting with one, and a list of 1,000 slots formats 2,000 times. Keyed
/// by the language and the options' address (they are `'static` constants).
fn wall_clock_formatter(
    lang: &str,
    options: &'static [(&'static str, &'static str)],
) -> js_sys::Intl::DateTimeFormat {
    type Cache = Vec<(String, usize, js_sys::Intl::DateTimeFormat)>;
    thread_local!(static FORMATTERS: std::cell::RefCell<Cache> = const { std::cell::RefCell::new(Vec::new()) });
    let key = options.as_ptr() as usize;
    FORMATTERS.with(|cache| {
        if let Some((_, _, f)) = cache
            .borrow()
            .iter()
            .find(|(l, k, _)| l == lang && *k == key)
        {
            return f.clone();
        }
        let locales = js_sys::Array::of1(&JsValue::from_str(lang));
        let opts = js_sys::Object::new();
        for (name, value) in options.iter().chain(&[("timeZone", "UTC")]) {
            let _ =
                js_sys::Reflect::set(&opts, &JsValue::from_str(name), &JsValue::from_str(value));
        }
        let formatter = js_sys::Intl::DateTimeFormat::new(&locales, &opts);
        cache
            .borrow_mut()
            .push((lang.to_string(), key, formatter.clone()));
        formatter
    })
}

fn format(
    lang: &str,
    wall_clock: NaiveDateTime,
    options: &'static [(&'static str, &'static str)],
) -> String {
    let formatter = wall_clock_formatter(lang, options);
    let date = js_sys::Date::new(&JsValue::from_f64(
        wall_clock.and_utc().timestamp_millis() as f64
    ));
    formatter
        .format()
        .call1(&JsValue::NULL, &date)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// "Monday, 23 November" / "Montag, 23. November"
pub fn day(lang: &str, date: NaiveDate) -> String {
    format(
        lang,
        date.and_hms_opt(12, 0, 0).unwrap(),
        &[("weekday", "long"), ("day", "numeric"), ("month", "long")],
    )
}

/// "Mon, 23 Nov"
pub fn short_day(lang: &str, date: NaiveDate) -> String {
    format(
        lang,
        date.and_hms_opt(12, 0, 0).unwrap(),
        &[("weekday", "short"), ("day", "numeric"), ("month", "short")],
    )
}

/// "Mon" / "Mo": a day's name in the strip of days.
pub fn weekday(lang: &str, date: NaiveDate) -> String {
    format(
        lang,
        date.and_hms_opt(12, 0, 0).unwrap(),
        &[("weekday", "short")],
    )
}

/// "23 Nov" / "23. Nov.": a day's date in the strip of days.
pub fn day_month(lang: &str, date: NaiveDate) -> String {
    format(
        lang,
        date.and_hms_opt(12, 0, 0).unwrap(),
        &[("day", "numeric"), ("month", "short")],
    )
}

/// "18:30" / "6:30 PM", as the locale writes times.
pub fn time(lang: &str, t: NaiveDateTime) -> String {
    format(lang, t, &[("hour", "numeric"), ("minute", "2-digit")])
}

/// "18:30 – 19:30"
pub fn time_range(lang: &str, start: NaiveDateTime, end: Option<NaiveDateTime>) -> String {
    match end {
        Some(end) => format!("{} – {}", time(lang, start), time(lang, end)),
        None => time(lang, start),
    }
}

/// The zone's short name at `instant` as the locale writes it ("CEST",
/// "GMT+2", "MESZ"), from `Intl.DateTimeFormat`'s `timeZoneName: "short"`.
/// `zone` is an IANA id, or an offset such as `+02:00` when the value carried
/// no zone id. Empty if the browser cannot name it.
pub fn zone_name(lang: &str, instant: chrono::DateTime<chrono::Utc>, zone: &str) -> String {
    let Some(formatter) = checked_formatter(lang, &[("timeZone", zone), ("timeZoneName", "short")])
    else {
        return String::new();
    };
    let date = js_sys::Date::new(&JsValue::from_f64(instant.timestamp_millis() as f64));
    formatter
        .format_to_parts(&date)
        .iter()
        .find(|p| {
            js_sys::Reflect::get(p, &JsValue::from_str("type"))
                .ok()
                .and_then(|v| v.as_string())
                .as_deref()
                == Some("timeZoneName")
        })
        .and_then(|p| js_sys::Reflect::get(&p, &JsValue::from_str("value")).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// A slot's time as its button shows it: "18:30 – 19:30", or, where the
/// wall clock repeats that day (see `slots::mark_repeated`), each time with
/// its zone name: "2:15 AM GMT+2 – 2:45 AM GMT+2".
pub fn slot_time(lang: &str, slot: &crate::domain::slots::Slot) -> String {
    if !slot.repeated {
        return time_range(lang, slot.local_start, slot.local_end);
    }
    let with_zone = |local: NaiveDateTime, value: &trial_api::ZonedDateTime| {
        let zone = value
            .zone_id()
            .map(str::to_string)
            .unwrap_or_else(|| trial_api::dates::iso_offset(value.offset().local_minus_utc()));
        let name = zone_name(lang, value.instant(), &zone);
        if name.is_empty() {
            time(lang, local)
        } else {
            format!("{} {name}", time(lang, local))
        }
    };
    let start = with_zone(slot.local_start, &slot.start);
    match slot.end.as_ref().zip(slot.local_end) {
        Some((end, local_end)) => format!("{start} – {}", with_zone(local_end, end)),
        None => start,
    }
}

/// A slot's day and time: "Monday, 23 November, 18:30 – 19:30", with zone
/// names where its wall clock repeats (see [`slot_time`]).
pub fn slot_when(lang: &str, slot: &crate::domain::slots::Slot) -> String {
    format!(
        "{}, {}",
        day(lang, slot.local_start.date()),
        slot_time(lang, slot)
    )
}

/// "Monday, 23 November, 18:30 – 19:30"
pub fn when(lang: &str, start: NaiveDateTime, end: Option<NaiveDateTime>) -> String {
    format!(
        "{}, {}",
        day(lang, start.date()),
        time_range(lang, start, end)
    )
}

/// "2 days", "1 hour": how long before the start a booking must be confirmed.
pub fn term(i18n: I18n, term: &TermWithMinutes) -> Option<String> {
    let key = match term.unit {
        TermWithMinutesUnit::Minutes => Key::TermMinutes,
        TermWithMinutesUnit::Hours => Key::TermHours,
        TermWithMinutesUnit::Day => Key::TermDays,
        TermWithMinutesUnit::Week => Key::TermWeeks,
        TermWithMinutesUnit::Month => Key::TermMonths,
        TermWithMinutesUnit::Year => Key::TermYears,
        TermWithMinutesUnit::Unknown(_) => return None,
    };
    Some(i18n.format(key, &[("n", &term.value.to_string())]))
}
