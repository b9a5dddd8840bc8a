//! Dates and times for the visitor's locale, through the browser's `Intl`.
//!
//! Every value here is a studio-local wall-clock time (see `domain::slots`);
//! it is formatted as if it were UTC with `timeZone: "UTC"`, so the visitor's
//! own time zone never shifts it.

use crate::i18n::{I18n, Key};
use chrono::{NaiveDate, NaiveDateTime, Timelike};
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

/// The studio's time zone by IANA id, answered by the browser's `Intl`
/// (used for legacy UTC values; zoned values carry their own wall clock).
/// An unknown or missing id counts as UTC rather than failing.
#[derive(Clone, Debug, Default)]
pub struct StudioZone {
    pub id: Option<String>,
    /// The zone's `Intl` formatter, made on first use: one slot list asks
    /// for offsets many times, and constructing a formatter costs far more
    /// than using one.
    formatter: std::cell::OnceCell<Option<js_sys::Intl::DateTimeFormat>>,
}

impl StudioZone {
    pub fn new(id: Option<&str>) -> Self {
        StudioZone {
            id: id.map(str::to_string),
            formatter: std::cell::OnceCell::new(),
        }
    }

    /// `Intl.DateTimeFormat("en-US", {timeZone, …})`, or `None` if the browser
    /// does not know the zone (the constructor throws a RangeError).
    fn formatter(id: &str) -> Option<js_sys::Intl::DateTimeFormat> {
        checked_formatter(
            "en-US",
            &[
                ("timeZone", id),
                ("hourCycle", "h23"),
                ("year", "numeric"),
                ("month", "numeric"),
                ("day", "numeric"),
                ("hour", "numeric"),
                ("minute", "numeric"),
                ("second", "numeric"),
            ],
        )
    }
}

/// `new Intl.DateTimeFormat(locale, options)`, or `None` where it throws (a
/// `RangeError` for a time zone the browser does not know); js-sys's own
/// constructor binding cannot report that.
fn checked_formatter(
    locale: &str,
    options: &[(&str, &str)],
) -> Option<js_sys::Intl::DateTimeFormat> {
    use wasm_bindgen::JsCast;
    let intl = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    let constructor: js_sys::Function =
        js_sys::Reflect::get(&intl, &JsValue::from_str("DateTimeFormat"))
            .ok()?
            .dyn_into()
            .ok()?;
    let opts = js_sys::Object::new();
    for (name, value) in options {
        let _ = js_sys::Reflect::set(&opts, &JsValue::from_str(name), &JsValue::from_str(value));
    }
    let args = js_sys::Array::of2(&JsValue::from_str(locale), &opts);
    js_sys::Reflect::construct(&constructor, &args)
        .ok()
        .map(|f| f.unchecked_into())
}

impl trial_api::ZoneRules for StudioZone {
    fn offset_at(&self, instant: chrono::DateTime<chrono::Utc>) -> chrono::FixedOffset {
        let utc = chrono::FixedOffset::east_opt(0).unwrap();
        let Some(formatter) = self
            .formatter
            .get_or_init(|| self.id.as_deref().and_then(Self::formatter))
        else {
            return utc;
        };
        let date = js_sys::Date::new(&JsValue::from_f64(instant.timestamp_millis() as f64));
        // A few (type, number) pairs: a list, not a HashMap (whose hashing
        // machinery would be in the wasm for this alone).
        let mut part: Vec<(String, u32)> = Vec::with_capacity(6);
        for p in formatter.format_to_parts(&date).iter() {
            let kind = js_sys::Reflect::get(&p, &JsValue::from_str("type"))
                .ok()
                .and_then(|v| v.as_string());
            let value = js_sys::Reflect::get(&p, &JsValue::from_str("value"))
                .ok()
                .and_then(|v| v.as_string());
            if let (Some(k), Some(v)) = (kind, value.and_then(|v| v.parse::<u32>().ok())) {
                part.push((k, v));
            }
        }
        let get = |k: &str| part.iter().find(|(name, _)| name == k).map(|(_, v)| *v);
        let local =
            (|| {
                NaiveDate::from_ymd_opt(get("year")? as i32, get("month")?, get("day")?)?
                    .and_hms_opt(get("hour")? % 24, get("minute")?, get("second")?)
            })();
        local
            .and_then(|l| {
                let seconds = (l - instant
                    .naive_utc()
                    .with_nanosecond(0)
                    .unwrap_or(instant.naive_utc()))
                .num_seconds();
                chrono::FixedOffset::east_opt(seconds as i32)
            })
            .unwrap_or(utc)
    }
}

/// The browser's own time zone (`Intl.DateTimeFormat().resolvedOptions().timeZone`):
/// the best guess of a studio's zone until an answer names it.
pub fn browser_zone() -> Option<String> {
    let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options();
    js_sys::Reflect::get(&options, &JsValue::from_str("timeZone"))
        .ok()
        .and_then(|v| v.as_string())
}

/// The studio's today: in its zone when known, else in the browser's (the
/// best guess until an answer names the studio's zone).
pub fn studio_today(zone: Option<String>) -> NaiveDate {
    crate::clock::today_in(&StudioZone::new(zone.or_else(browser_zone).as_deref()))
}
