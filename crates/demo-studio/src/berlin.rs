//! Europe/Berlin's rules (EU summer time since 1996), enough for the demo
//! studio to write correct zoned strings without a time-zone database.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Utc, Weekday};
use trial_api::zoned::ZoneRules;

pub const ZONE: &str = "Europe/Berlin";

pub struct Berlin;

fn last_sunday(year: i32, month: u32) -> NaiveDate {
    let next_month = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    let mut day = next_month.unwrap().pred_opt().unwrap();
    while day.weekday() != Weekday::Sun {
        day = day.pred_opt().unwrap();
    }
    day
}

impl ZoneRules for Berlin {
    fn offset_at(&self, instant: DateTime<Utc>) -> FixedOffset {
        let year = instant.year();
        let start = Utc.from_utc_datetime(&last_sunday(year, 3).and_hms_opt(1, 0, 0).unwrap());
        let end = Utc.from_utc_datetime(&last_sunday(year, 10).and_hms_opt(1, 0, 0).unwrap());
        let summer = instant >= start && instant < end;
        FixedOffset::east_opt(if summer { 7200 } else { 3600 }).unwrap()
    }
}

impl Berlin {
    /// The offset for a studio-local wall-clock time. In the autumn hour that
    /// happens twice, the earlier (summer) one is used; the demo schedules no
    /// slot in the spring gap.
    pub fn offset_for_local(&self, local: NaiveDateTime) -> FixedOffset {
        let summer = FixedOffset::east_opt(7200).unwrap();
        let as_summer = local - chrono::Duration::hours(2);
        if self.offset_at(as_summer.and_utc()) == summer {
            summer
        } else {
            self.offset_at((local - chrono::Duration::hours(1)).and_utc())
        }
    }

    /// `2026-11-23T18:00:00.000+01:00[Europe/Berlin]`
    pub fn zoned(&self, local: NaiveDateTime) -> String {
        let offset = self.offset_for_local(local);
        format!(
            "{}{}[{ZONE}]",
            trial_api::dates::iso_local(local),
            trial_api::dates::iso_offset(offset.local_minus_utc())
        )
    }

    pub fn local(&self, instant: DateTime<Utc>) -> NaiveDateTime {
        instant
            .with_timezone(&self.offset_at(instant))
            .naive_local()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use trial_api::ZonedDateTime;

    fn local(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn summer_and_winter_offsets() {
        assert_eq!(
            Berlin.zoned(local("2026-07-01 18:00")),
            "2026-07-01T18:00:00.000+02:00[Europe/Berlin]"
        );
        assert_eq!(
            Berlin.zoned(local("2026-11-23 18:00")),
            "2026-11-23T18:00:00.000+01:00[Europe/Berlin]"
        );
        assert_eq!(
            Berlin.zoned(local("2026-03-29 01:30")),
            "2026-03-29T01:30:00.000+01:00[Europe/Berlin]"
        );
        assert_eq!(
            Berlin.zoned(local("2026-03-29 03:30")),
            "2026-03-29T03:30:00.000+02:00[Europe/Berlin]"
        );
        assert_eq!(
            Berlin.zoned(local("2026-10-25 03:30")),
            "2026-10-25T03:30:00.000+01:00[Europe/Berlin]"
        );
    }

    #[test]
    fn written_strings_parse_back_to_the_same_wall_clock() {
        let mut t = local("2026-01-01 00:30");
        while t < local("2027-01-01 00:00") {
            use chrono::Timelike;
            // 02:00–03:00 on the last Sunday of March does not exist in Berlin.
            if t.date() == last_sunday(2026, 3) && t.hour() == 2 {
                t += chrono::Duration::hours(7);
                continue;
            }
            let text = Berlin.zoned(t);
            let parsed = ZonedDateTime::parse(&text).unwrap();
            assert_eq!(parsed.local(), Some(t), "{text}");
            assert_eq!(Berlin.local(parsed.instant()), t, "{text}");
            t += chrono::Duration::hours(7);
        }
    }
}
