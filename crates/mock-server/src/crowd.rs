//! `POST /__mock/crowd {"slots": n}`: every window of free times the mock
//! answers (an Open API appointment's slots, Connect trial sessions) holds
//! exactly `n` free times, spread evenly from the later of the window's start
//! and now to the window's end, 30 minutes each, in the demo studio's zone.
//! The benchmark renders such a list; `{"slots": 0}` (or a reset) ends it.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Timelike, Utc};
use demo_studio::Berlin;
use serde_json::{json, Value};

const APPOINTMENT_SLOTS: (&str, &str) = (
    "/v1/trial-offers/bookable-trial-offers/appointments/bookable/",
    "/slots",
);
const TRIAL_SESSIONS: &str = "/connect/v1/trialsession";

/// The crowded answer to a window request the demo studio answered with
/// `body`, or `None` when `path` is not a window of free times.
pub fn fill(
    path: &str,
    query: &[(String, String)],
    body: &str,
    count: u32,
    now: DateTime<Utc>,
) -> Option<String> {
    let param = |name: &str| {
        query
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    let today = Berlin.local(now).date();
    let date = |name: &str| param(name).and_then(trial_api::dates::parse_iso_date);
    let mut answer: Value = serde_json::from_str(body).ok()?;
    if path.starts_with(APPOINTMENT_SLOTS.0) && path.ends_with(APPOINTMENT_SLOTS.1) {
        let first = date("slotWindowStartDate").unwrap_or(today);
        let days = param("daysAhead").and_then(|d| d.parse().ok()).unwrap_or(1);
        let instructors = answer
            .get(0)
            .map(|slot| slot["instructors"].clone())
            .unwrap_or(json!([]));
        let slots = starts(first, first + Duration::days(days), count, now)
            .map(|(start, end)| json!({"startDateTime": start, "endDateTime": end, "instructors": instructors}))
            .collect();
        Some(Value::Array(slots).to_string())
    } else if path == TRIAL_SESSIONS {
        let (first, last) = (date("startDate")?, date("endDate")?);
        answer["slots"] = starts(first, last + Duration::days(1), count, now)
            .map(|(start, end)| json!({"startDateTime": start, "endDateTime": end}))
            .collect();
        Some(answer.to_string())
    } else {
        None
    }
}

/// `count` zoned (start, end) pairs in `[first, end)` (studio-local days),
/// none before the next whole minute after `now`.
fn starts(
    first: NaiveDate,
    end: NaiveDate,
    count: u32,
    now: DateTime<Utc>,
) -> impl Iterator<Item = (String, String)> {
    let soon = Berlin.local(now + Duration::minutes(1));
    let soon = soon - Duration::seconds(i64::from(soon.second()));
    let from: NaiveDateTime = first.and_hms_opt(0, 0, 0).unwrap().max(soon);
    let to = end.and_hms_opt(0, 0, 0).unwrap();
    let span = (to - from).num_seconds().max(0);
    let count = if span < 60 { 0 } else { i64::from(count) };
    (0..count).map(move |i| {
        let start = from + Duration::seconds(span * i / count);
        let start = start - Duration::seconds(i64::from(start.second()));
        let end = start + Duration::minutes(30);
        (Berlin.zoned(start), Berlin.zoned(end))
    })
}
