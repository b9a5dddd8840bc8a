//! The studio's time zone rules, answered by the browser's `Intl`, and the
//! studio's today.

use chrono::{NaiveDate, Timelike};
use wasm_bindgen::JsValue;

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
pub fn checked_formatter(
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
    super::today_in(&StudioZone::new(zone.or_else(browser_zone).as_deref()))
}
