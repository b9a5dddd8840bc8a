//! The few date texts the APIs use, written and read by hand: chrono's
//! `format`/`parse_from_str` machinery costs the widget's bundle more than
//! these lines do.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

/// `2026-11-23`
pub fn iso_date(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// `2026-11-23T18:30:00.000` (milliseconds, as the APIs write them)
pub fn iso_local(t: NaiveDateTime) -> String {
    format!(
        "{}T{:02}:{:02}:{:02}.{:03}",
        iso_date(t.date()),
        t.hour(),
        t.minute(),
        t.second(),
        t.nanosecond() / 1_000_000
    )
}

/// `+01:00`
pub fn iso_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

fn digits(text: &str) -> Option<u32> {
    (!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// Reads `YYYY-MM-DD` (a real date only).
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(
        digits(&text[..4])? as i32,
        digits(&text[5..7])?,
        digits(&text[8..])?,
    )
}

/// Reads an HTTP-date in its IMF-fixdate form, `Sun, 06 Nov 1994 08:49:37 GMT`
/// (the form servers must send, e.g. in `Retry-After`).
pub fn parse_http_date(text: &str) -> Option<NaiveDateTime> {
    let mut parts = text.split_whitespace();
    let _weekday = parts.next()?.strip_suffix(',')?;
    let day = digits(parts.next()?)?;
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .iter()
    .position(|m| Some(*m) == parts.clone().next())? as u32
        + 1;
    parts.next();
    let year = digits(parts.next()?)? as i32;
    let mut hms = parts.next()?.split(':');
    let (h, m, s) = (
        digits(hms.next()?)?,
        digits(hms.next()?)?,
        digits(hms.next()?)?,
    );
    if parts.next()? != "GMT" || parts.next().is_some() || hms.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month, day)?.and_hms_opt(h, m, s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_written_and_read() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();
        assert_eq!(iso_date(d), "2026-03-09");
        assert_eq!(parse_iso_date("2026-03-09"), Some(d));
        for bad in [
            "2026-3-9",
            "2026-02-30",
            "26-03-09",
            "2026/03/09",
            "2026-03-09x",
            "+026-03-09",
            "",
        ] {
            assert_eq!(parse_iso_date(bad), None, "{bad}");
        }
        let t = d.and_hms_milli_opt(7, 5, 3, 42).unwrap();
        assert_eq!(iso_local(t), "2026-03-09T07:05:03.042");
        assert_eq!(iso_offset(3600), "+01:00");
        assert_eq!(iso_offset(-12600), "-03:30");
        assert_eq!(iso_offset(0), "+00:00");
    }

    #[test]
    fn http_dates() {
        let t = parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
        assert_eq!(iso_local(t), "1994-11-06T08:49:37.000");
        for bad in [
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "06 Nov 1994 08:49:37 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 31 Feb 1994 08:49:37 GMT",
            "soon",
        ] {
            assert_eq!(parse_http_date(bad), None, "{bad}");
        }
    }
}
