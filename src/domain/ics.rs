//! "Add to calendar": an iCalendar (RFC 5545) event for the booked slot.

use chrono::{DateTime, Utc};

pub struct CalendarEvent<'a> {
    /// Unique and stable for the booking, e.g. `booking-2033@trial-booking`.
    pub uid: &'a str,
    pub title: &'a str,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub location: Option<&'a str>,
    pub description: Option<&'a str>,
}

fn stamp(t: DateTime<Utc>) -> String {
    use chrono::{Datelike, Timelike};
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (never inside a UTF-8 character).
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out
}

impl CalendarEvent<'_> {
    pub fn to_ics(&self, now: DateTime<Utc>) -> String {
        let mut lines = vec![
            "BEGIN:VCALENDAR".to_string(),
            "VERSION:2.0".into(),
            "PRODID:-//trial-booking//booking widget//EN".into(),
            "CALSCALE:GREGORIAN".into(),
            "METHOD:PUBLISH".into(),
            "BEGIN:VEVENT".into(),
            format!("UID:{}", escape(self.uid)),
            format!("DTSTAMP:{}", stamp(now)),
            format!("DTSTART:{}", stamp(self.start)),
            format!("DTEND:{}", stamp(self.end.max(self.start))),
            format!("SUMMARY:{}", escape(self.title)),
        ];
        if let Some(location) = self.location {
            lines.push(format!("LOCATION:{}", escape(location)));
        }
        if let Some(description) = self.description {
            lines.push(format!("DESCRIPTION:{}", escape(description)));
        }
        lines.extend(["END:VEVENT".to_string(), "END:VCALENDAR".to_string()]);
        lines
            .iter()
            .map(|l| fold(l))
            .collect::<Vec<_>>()
            .join("\r\n")
            + "\r\n"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().to_utc()
    }

    #[test]
    fn an_event_in_utc_with_escaped_text() {
        let event = CalendarEvent {
            uid: "booking-2033@trial-booking",
            title: "Yoga Flow, Probetraining",
            start: at("2026-11-23T17:30:00Z"),
            end: at("2026-11-23T18:30:00Z"),
            location: Some("Kursraum 1; Köln"),
            description: Some("Bring a towel\nand water"),
        };
        let ics = event.to_ics(at("2026-11-21T08:00:00Z"));
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.contains("\r\nDTSTART:20261123T173000Z\r\nDTEND:20261123T183000Z\r\n"));
        assert!(ics.contains("SUMMARY:Yoga Flow\\, Probetraining\r\n"));
        assert!(ics.contains("LOCATION:Kursraum 1\\; Köln\r\n"));
        assert!(ics.contains("DESCRIPTION:Bring a towel\\nand water\r\n"));
        assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert_eq!(ics.matches("BEGIN:").count(), 2);
    }

    #[test]
    fn long_lines_are_folded_at_75_octets_between_characters() {
        let title = "Ä".repeat(60); // 120 octets
        let event = CalendarEvent {
            uid: "u",
            title: &title,
            start: at("2026-11-23T17:30:00Z"),
            end: at("2026-11-23T18:30:00Z"),
            location: None,
            description: None,
        };
        let ics = event.to_ics(at("2026-11-21T08:00:00Z"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{title}")));
    }
}
