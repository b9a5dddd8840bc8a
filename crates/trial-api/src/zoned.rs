//! Date-times as the APIs send them.
//!
//! * zoned (Open API, migrated Connect tenants): `2022-06-22T08:00:00.000+02:00[Europe/Berlin]`
//! * legacy UTC (Connect, not yet migrated):    `2021-08-23T09:00:00.000Z`
//! * plain offset (a generated example):        `2019-08-24T14:15:22+02:00`
//!
//! None of these is guaranteed RFC 3339 (the `[zone]` suffix, seconds that Java
//! leaves out when zero), so this module parses them itself. The original
//! string is kept: booking requests must send it back verbatim.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Which of the API's forms a value came in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// `…+02:00[Europe/Berlin]`: wall clock, offset and zone id.
    Zoned,
    /// `…Z` with no zone id: an instant in UTC; the studio's zone must be applied.
    LegacyUtc,
    /// `…+02:00` with no zone id: an instant with the offset it was written in.
    Offset,
}

/// A date-time from the API: the exact original text and what it means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ZonedDateTime {
    raw: String,
    /// The date-time as written (before the offset).
    written: NaiveDateTime,
    offset: FixedOffset,
    zone: Option<String>,
    form: Form,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub input: String,
    pub reason: &'static str,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "not an API date-time ({}): {:?}",
            self.reason, self.input
        )
    }
}

impl std::error::Error for ParseError {}

impl ZonedDateTime {
    pub fn parse(input: &str) -> Result<ZonedDateTime, ParseError> {
        let fail = |reason| ParseError {
            input: input.to_string(),
            reason,
        };
        // Split off the `[Zone/Id]` suffix (detected by the last character).
        let (body, zone) = match input.strip_suffix(']') {
            Some(rest) => {
                let open = rest.rfind('[').ok_or_else(|| fail("']' without '['"))?;
                let zone = &rest[open + 1..];
                if zone.is_empty()
                    || !zone
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"/_+-".contains(&b))
                {
                    return Err(fail("bad zone id"));
                }
                (&rest[..open], Some(zone.to_string()))
            }
            None => (input, None),
        };
        let (date_time, offset) = split_offset(body).ok_or_else(|| fail("no offset"))?;
        let offset = parse_offset(offset).ok_or_else(|| fail("bad offset"))?;
        let (date, time) = date_time.split_once('T').ok_or_else(|| fail("no 'T'"))?;
        let date = parse_date(date).ok_or_else(|| fail("bad date"))?;
        let time = parse_time(time).ok_or_else(|| fail("bad time"))?;
        let form = match (&zone, body.ends_with('Z')) {
            (Some(_), _) => Form::Zoned,
            (None, true) => Form::LegacyUtc,
            (None, false) => Form::Offset,
        };
        Ok(ZonedDateTime {
            raw: input.to_string(),
            written: date.and_time(time),
            offset,
            zone,
            form,
        })
    }

    /// The exact string the API sent; send this back in requests.
    pub fn raw(&self) -> &str {
        &self.raw
    }

    pub fn form(&self) -> Form {
        self.form
    }

    /// The moment in time, independent of any zone.
    pub fn instant(&self) -> DateTime<Utc> {
        (self.written - self.offset_duration()).and_utc()
    }

    /// The offset from UTC the value was written in (`+00:00` for legacy UTC).
    pub fn offset(&self) -> FixedOffset {
        self.offset
    }

    /// The IANA zone id, e.g. `Europe/Berlin`; `None` for the legacy and offset forms.
    pub fn zone_id(&self) -> Option<&str> {
        self.zone.as_deref()
    }

    /// The studio-local wall clock when the string carries it (zoned form);
    /// `None` for legacy UTC values, which need the studio's zone (see
    /// [`ZonedDateTime::local_in`]).
    pub fn local(&self) -> Option<NaiveDateTime> {
        (self.form != Form::LegacyUtc).then_some(self.written)
    }

    /// The studio-local wall clock: as written for zoned values, otherwise the
    /// instant shifted by the studio zone's offset at that instant.
    pub fn local_in(&self, studio_zone: &impl ZoneRules) -> NaiveDateTime {
        match self.form {
            Form::Zoned => self.written,
            Form::LegacyUtc | Form::Offset => studio_zone.local_at(self.instant()),
        }
    }

    fn offset_duration(&self) -> chrono::Duration {
        chrono::Duration::seconds(i64::from(self.offset.local_minus_utc()))
    }
}

/// The UTC offset a time zone has at a given instant. In the browser this is
/// answered by `Intl`; natively (and in tests) by fixed or scripted rules.
pub trait ZoneRules {
    fn offset_at(&self, instant: DateTime<Utc>) -> FixedOffset;

    /// The wall clock in this zone at `instant`.
    fn local_at(&self, instant: DateTime<Utc>) -> NaiveDateTime {
        instant.naive_utc()
            + chrono::Duration::seconds(i64::from(self.offset_at(instant).local_minus_utc()))
    }

    /// The calendar date in this zone at `instant`: the studio's "today" when
    /// `instant` is now.
    fn today_at(&self, instant: DateTime<Utc>) -> chrono::NaiveDate {
        self.local_at(instant).date()
    }

    /// Whether the wall-clock time that `instant` shows in this zone also
    /// happens at another instant (the repeated hour when clocks go back).
    /// Checked against the offsets in force up to a day either side, so any
    /// transition of up to a few hours is found.
    fn is_repeated_wall_clock(&self, instant: DateTime<Utc>) -> bool {
        let own = self.offset_at(instant);
        let wall = self.local_at(instant);
        [-24, -3, 3, 24].into_iter().any(|hours| {
            let other = self.offset_at(instant + chrono::Duration::hours(hours));
            if other == own {
                return false;
            }
            let twin =
                (wall - chrono::Duration::seconds(i64::from(other.local_minus_utc()))).and_utc();
            twin != instant && self.offset_at(twin) == other
        })
    }
}

impl ZoneRules for FixedOffset {
    fn offset_at(&self, _: DateTime<Utc>) -> FixedOffset {
        *self
    }
}

impl fmt::Display for ZonedDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

impl Serialize for ZonedDateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.raw)
    }
}

impl<'de> Deserialize<'de> for ZonedDateTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        ZonedDateTime::parse(&raw).map_err(serde::de::Error::custom)
    }
}

/// Splits `2022-06-22T08:00:00.000+02:00` into date-time and offset (`Z`, `±HH:MM`).
fn split_offset(body: &str) -> Option<(&str, &str)> {
    if let Some(dt) = body.strip_suffix('Z') {
        return Some((dt, "Z"));
    }
    // The offset sign comes after the 'T' (dates contain '-' too).
    let t = body.find('T')?;
    let sign = body[t..].rfind(['+', '-'])? + t;
    Some((&body[..sign], &body[sign..]))
}

fn parse_offset(text: &str) -> Option<FixedOffset> {
    if text == "Z" {
        return FixedOffset::east_opt(0);
    }
    let sign = match text.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits = &text[1..];
    let (h, m) = match digits.len() {
        2 => (digits, "00"),
        4 => (&digits[..2], &digits[2..]),
        5 if digits.as_bytes()[2] == b':' => (&digits[..2], &digits[3..]),
        _ => return None,
    };
    let (h, m) = (number(h)?, number(m)?);
    if h > 18 || m > 59 || (h == 18 && m > 0) {
        return None;
    }
    FixedOffset::east_opt(sign * (h as i32 * 3600 + m as i32 * 60))
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(
        number(&text[..4])? as i32,
        number(&text[5..7])?,
        number(&text[8..])?,
    )
}

/// `HH:MM`, `HH:MM:SS`, `HH:MM:SS.f` (1 to 9 fraction digits).
fn parse_time(text: &str) -> Option<NaiveTime> {
    let (hms, fraction) = match text.split_once('.') {
        Some((hms, f)) if !f.is_empty() && f.len() <= 9 => (hms, Some(f)),
        Some(_) => return None,
        None => (text, None),
    };
    let b = hms.as_bytes();
    let (h, m, s) = match b.len() {
        5 if b[2] == b':' => (number(&hms[..2])?, number(&hms[3..])?, 0),
        8 if b[2] == b':' && b[5] == b':' => {
            (number(&hms[..2])?, number(&hms[3..5])?, number(&hms[6..])?)
        }
        _ => return None,
    };
    if fraction.is_some() && b.len() != 8 {
        return None;
    }
    let nanos = match fraction {
        Some(f) => number(f)? * 10u32.pow(9 - f.len() as u32),
        None => 0,
    };
    NaiveTime::from_hms_nano_opt(h, m, s, nanos)
}

/// Digits only (no sign, no spaces), as u32.
fn number(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Datelike, Timelike};

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn local(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S%.f").unwrap()
    }

    /// Berlin's rules for 2026, enough to test legacy values around both DST changes.
    struct Berlin2026;
    impl ZoneRules for Berlin2026 {
        fn offset_at(&self, instant: DateTime<Utc>) -> FixedOffset {
            let summer =
                instant >= utc("2026-03-29T01:00:00Z") && instant < utc("2026-10-25T01:00:00Z");
            FixedOffset::east_opt(if summer { 7200 } else { 3600 }).unwrap()
        }
    }

    /// New York's rules (US daylight time since 2007): second Sunday of
    /// March 02:00 local to first Sunday of November 02:00 local.
    struct NewYork;
    impl ZoneRules for NewYork {
        fn offset_at(&self, instant: DateTime<Utc>) -> FixedOffset {
            let nth_sunday = |month: u32, n: u32| {
                let first = NaiveDate::from_ymd_opt(instant.year(), month, 1).unwrap();
                let to_sunday = (7 - first.weekday().num_days_from_sunday()) % 7;
                first + chrono::Duration::days(i64::from(to_sunday + 7 * (n - 1)))
            };
            let start = nth_sunday(3, 2).and_hms_opt(7, 0, 0).unwrap().and_utc();
            let end = nth_sunday(11, 1).and_hms_opt(6, 0, 0).unwrap().and_utc();
            let summer = instant >= start && instant < end;
            FixedOffset::west_opt(if summer { 4 * 3600 } else { 5 * 3600 }).unwrap()
        }
    }

    #[test]
    fn the_studios_today_is_its_own_calendar_date() {
        // 02:00 on Monday in Berlin is still Sunday 20:00 in New York.
        let now = utc("2026-11-30T01:00:00Z");
        assert_eq!(
            NewYork.today_at(now),
            NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
        );
        assert_eq!(
            Berlin2026.today_at(now),
            NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
        );
        assert_eq!(NewYork.local_at(now), local("2026-11-29 20:00:00"));
    }

    #[test]
    fn repeated_wall_clock_times_are_found_on_fall_back_days_only() {
        // Berlin 2026-10-25: 02:00-03:00 happens twice (+02:00, then +01:00).
        for (instant, repeated) in [
            ("2026-10-25T00:15:00Z", true),  // 02:15+02:00
            ("2026-10-25T01:15:00Z", true),  // 02:15+01:00
            ("2026-10-24T23:45:00Z", false), // 01:45+02:00
            ("2026-10-25T02:00:00Z", false), // 03:00+01:00
            ("2026-03-29T00:30:00Z", false), // 01:30+01:00, before the spring gap
            ("2026-03-29T01:30:00Z", false), // 03:30+02:00, after it
            ("2026-07-01T10:00:00Z", false),
        ] {
            assert_eq!(
                Berlin2026.is_repeated_wall_clock(utc(instant)),
                repeated,
                "Berlin {instant}"
            );
        }
        // New York 2026-11-01: 01:00-02:00 happens twice (-04:00, then -05:00).
        for (instant, repeated) in [
            ("2026-11-01T05:30:00Z", true),  // 01:30-04:00
            ("2026-11-01T06:30:00Z", true),  // 01:30-05:00
            ("2026-11-01T07:30:00Z", false), // 02:30-05:00
            ("2027-03-14T06:30:00Z", false), // 01:30-05:00, before the spring gap
        ] {
            assert_eq!(
                NewYork.is_repeated_wall_clock(utc(instant)),
                repeated,
                "New York {instant}"
            );
        }
        assert!(!FixedOffset::east_opt(3600)
            .unwrap()
            .is_repeated_wall_clock(utc("2026-10-25T01:15:00Z")));
    }

    #[test]
    fn the_reference_examples() {
        let z = ZonedDateTime::parse("2022-06-22T08:00:00.000+02:00[Europe/Berlin]").unwrap();
        assert_eq!(z.form(), Form::Zoned);
        assert_eq!(z.instant(), utc("2022-06-22T06:00:00Z"));
        assert_eq!(z.offset().local_minus_utc(), 7200);
        assert_eq!(z.zone_id(), Some("Europe/Berlin"));
        assert_eq!(z.local(), Some(local("2022-06-22 08:00:00")));
        assert_eq!(z.raw(), "2022-06-22T08:00:00.000+02:00[Europe/Berlin]");

        let legacy = ZonedDateTime::parse("2021-08-23T09:00:00.000Z").unwrap();
        assert_eq!(legacy.form(), Form::LegacyUtc);
        assert_eq!(legacy.instant(), utc("2021-08-23T09:00:00Z"));
        assert_eq!(legacy.zone_id(), None);
        assert_eq!(legacy.local(), None);

        let plain = ZonedDateTime::parse("2019-08-24T14:15:22Z").unwrap();
        assert_eq!(plain.instant(), utc("2019-08-24T14:15:22Z"));
    }

    #[test]
    fn a_table_of_valid_forms() {
        // (input, instant in UTC, wall clock as written)
        let cases = [
            (
                "2022-06-22T08:00+02:00[Europe/Berlin]",
                "2022-06-22T06:00:00Z",
                "2022-06-22 08:00:00",
            ),
            (
                "2022-06-22T08:00:30+02:00[Europe/Berlin]",
                "2022-06-22T06:00:30Z",
                "2022-06-22 08:00:30",
            ),
            (
                "2022-06-22T08:00:00.5+02:00[Europe/Berlin]",
                "2022-06-22T06:00:00.5Z",
                "2022-06-22 08:00:00.5",
            ),
            (
                "2022-06-22T08:00:00.123456789+02:00[Europe/Berlin]",
                "2022-06-22T06:00:00.123456789Z",
                "2022-06-22 08:00:00.123456789",
            ),
            (
                "2022-01-10T08:00:00.000+01:00[Europe/Vienna]",
                "2022-01-10T07:00:00Z",
                "2022-01-10 08:00:00",
            ),
            (
                "2022-01-10T08:00:00.000-05:00[America/New_York]",
                "2022-01-10T13:00:00Z",
                "2022-01-10 08:00:00",
            ),
            (
                "2022-01-10T20:30:00.000-03:30[America/St_Johns]",
                "2022-01-11T00:00:00Z",
                "2022-01-10 20:30:00",
            ),
            (
                "2022-01-10T23:30:00.000-08:00[America/Los_Angeles]",
                "2022-01-11T07:30:00Z",
                "2022-01-10 23:30:00",
            ),
            (
                "2022-01-10T00:15:00.000+05:45[Asia/Kathmandu]",
                "2022-01-09T18:30:00Z",
                "2022-01-10 00:15:00",
            ),
            (
                "2022-01-10T08:00:00.000+14:00[Pacific/Kiritimati]",
                "2022-01-09T18:00:00Z",
                "2022-01-10 08:00:00",
            ),
            (
                "2022-06-22T08:00Z[UTC]",
                "2022-06-22T08:00:00Z",
                "2022-06-22 08:00:00",
            ),
            (
                "2022-06-22T08:00:00.000+00:00[Etc/GMT+0]",
                "2022-06-22T08:00:00Z",
                "2022-06-22 08:00:00",
            ),
            (
                "2024-02-29T12:00:00+0100[Europe/Paris]",
                "2024-02-29T11:00:00Z",
                "2024-02-29 12:00:00",
            ),
            (
                "2024-12-31T23:59:59.999+01[Europe/Paris]",
                "2024-12-31T22:59:59.999Z",
                "2024-12-31 23:59:59.999",
            ),
            ("2021-08-23T09:00Z", "2021-08-23T09:00:00Z", ""),
        ];
        for (input, instant, wall) in cases {
            let parsed = ZonedDateTime::parse(input).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(parsed.instant(), utc(instant), "{input}");
            if !wall.is_empty() {
                assert_eq!(parsed.local(), Some(local(wall)), "{input}");
            }
            assert_eq!(parsed.raw(), input);
        }
    }

    #[test]
    fn spring_forward_in_berlin() {
        // 02:00 → 03:00 on 2026-03-29: the last winter minute and the first summer one are a minute apart.
        let before = ZonedDateTime::parse("2026-03-29T01:59:00.000+01:00[Europe/Berlin]").unwrap();
        let after = ZonedDateTime::parse("2026-03-29T03:00:00.000+02:00[Europe/Berlin]").unwrap();
        assert_eq!(
            after.instant() - before.instant(),
            chrono::Duration::minutes(1)
        );
        assert_eq!(after.local().unwrap().hour(), 3);
        // A 60-minute class across the change: 01:30 winter to 03:30 summer.
        let start = ZonedDateTime::parse("2026-03-29T01:30:00.000+01:00[Europe/Berlin]").unwrap();
        let end = ZonedDateTime::parse("2026-03-29T03:30:00.000+02:00[Europe/Berlin]").unwrap();
        assert_eq!(end.instant() - start.instant(), chrono::Duration::hours(1));
    }

    #[test]
    fn fall_back_in_berlin_gives_the_same_wall_clock_twice() {
        let first = ZonedDateTime::parse("2026-10-25T02:30:00.000+02:00[Europe/Berlin]").unwrap();
        let second = ZonedDateTime::parse("2026-10-25T02:30:00.000+01:00[Europe/Berlin]").unwrap();
        assert_eq!(first.local(), second.local());
        assert_eq!(
            second.instant() - first.instant(),
            chrono::Duration::hours(1)
        );
        assert!(first.instant() < second.instant());
    }

    #[test]
    fn dst_in_new_york_with_negative_offsets() {
        let before = ZonedDateTime::parse("2026-11-01T01:30:00-04:00[America/New_York]").unwrap();
        let after = ZonedDateTime::parse("2026-11-01T01:30:00-05:00[America/New_York]").unwrap();
        assert_eq!(before.instant(), utc("2026-11-01T05:30:00Z"));
        assert_eq!(after.instant(), utc("2026-11-01T06:30:00Z"));
        assert_eq!(before.offset().local_minus_utc(), -4 * 3600);
    }

    #[test]
    fn legacy_utc_takes_the_studio_zone_on_both_sides_of_dst() {
        let winter = ZonedDateTime::parse("2026-03-29T00:30:00.000Z").unwrap();
        let summer = ZonedDateTime::parse("2026-03-29T01:30:00.000Z").unwrap();
        assert_eq!(winter.local_in(&Berlin2026), local("2026-03-29 01:30:00"));
        assert_eq!(summer.local_in(&Berlin2026), local("2026-03-29 03:30:00"));
        let autumn = ZonedDateTime::parse("2026-10-25T00:30:00.000Z").unwrap();
        let later = ZonedDateTime::parse("2026-10-25T01:30:00.000Z").unwrap();
        assert_eq!(autumn.local_in(&Berlin2026), local("2026-10-25 02:30:00"));
        assert_eq!(later.local_in(&Berlin2026), local("2026-10-25 02:30:00"));
        // Zoned values keep their own wall clock whatever zone rules are given.
        let zoned = ZonedDateTime::parse("2026-07-01T10:00:00.000+02:00[Europe/Berlin]").unwrap();
        assert_eq!(
            zoned.local_in(&FixedOffset::east_opt(-3 * 3600).unwrap()),
            local("2026-07-01 10:00:00")
        );
        // Near midnight the studio-local date differs from the UTC date.
        let late = ZonedDateTime::parse("2026-07-01T22:30:00.000Z").unwrap();
        assert_eq!(late.local_in(&Berlin2026).day(), 2);
    }

    #[test]
    fn garbage_is_rejected_with_a_reason() {
        let cases = [
            "",
            "2022-06-22",
            "08:00:00+02:00",
            "2022-06-22 08:00:00+02:00",
            "2022-06-22T08:00:00",
            "2022-06-22T08:00:00.000+02:00[",
            "2022-06-22T08:00:00.000+02:00[]",
            "2022-06-22T08:00:00.000+02:00Europe/Berlin]",
            "2022-06-22T08:00:00.000+02:00[Europe/Ber lin]",
            "2022-13-22T08:00:00+02:00",
            "2022-02-30T08:00:00+02:00",
            "2022-06-22T24:00:00+02:00",
            "2022-06-22T08:60:00+02:00",
            "2022-06-22T8:00:00+02:00",
            "2022-06-22T08:00:00.+02:00",
            "2022-06-22T08:00:00.0000000001+02:00",
            "2022-06-22T08:00.5+02:00",
            "2022-06-22T08:00:00+19:00",
            "2022-06-22T08:00:00+02:60",
            "2022-06-22T08:00:00+2:00",
            "2022-06-22T08:00:00 +02:00",
            "22-06-22T08:00:00+02:00",
            "2022-06-22T08:00:00+02:00[Europe/Berlin]x",
            "+2022-06-22T08:00:00Z",
        ];
        for input in cases {
            assert!(ZonedDateTime::parse(input).is_err(), "accepted {input:?}");
        }
    }

    #[test]
    fn serde_keeps_the_string_verbatim() {
        let raw = "\"2022-06-22T08:00:00.000+02:00[Europe/Berlin]\"";
        let z: ZonedDateTime = serde_json::from_str(raw).unwrap();
        assert_eq!(serde_json::to_string(&z).unwrap(), raw);
        assert!(serde_json::from_str::<ZonedDateTime>("\"yesterday\"").is_err());
    }

    /// Property: for many instants and offsets, writing the zoned form and
    /// parsing it gives back the instant, the offset and the wall clock.
    #[test]
    fn round_trips_over_many_generated_values() {
        let mut seed: u64 = 0x2026_1121;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            seed >> 33
        };
        for _ in 0..5000 {
            let secs = (next() % (60 * 365 * 86_400)) as i64 + 946_684_800; // 2000..2060
            let millis = (next() % 1000) as u32;
            let offset_min = (next() % (2 * 14 * 60 + 1)) as i32 - 14 * 60;
            let instant = DateTime::from_timestamp(secs, millis * 1_000_000).unwrap();
            let offset = FixedOffset::east_opt(offset_min * 60).unwrap();
            let wall = instant.with_timezone(&offset);
            let text = format!("{}[Etc/Test]", wall.format("%Y-%m-%dT%H:%M:%S%.3f%:z"));
            let parsed = ZonedDateTime::parse(&text).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(parsed.instant(), instant, "{text}");
            assert_eq!(parsed.offset(), offset, "{text}");
            assert_eq!(parsed.local(), Some(wall.naive_local()), "{text}");
            let legacy = format!("{}", instant.format("%Y-%m-%dT%H:%M:%S%.3fZ"));
            assert_eq!(
                ZonedDateTime::parse(&legacy).unwrap().local_in(&offset),
                wall.naive_local()
            );
        }
    }
}
