//! "Add to calendar": an iCalendar (RFC 5545) event for the booked slot, and
//! the same event as a Google Calendar and an Outlook.com link. Nothing
//! personal goes in: the offer or session, the studio's place, the times.

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

impl CalendarEvent<'_> {
    /// The event in Google Calendar's "add event" page
    /// (`calendar.google.com/calendar/render?action=TEMPLATE`), times in UTC
    /// (`dates=20261123T173000Z/20261123T183000Z`).
    pub fn google_calendar_url(&self) -> String {
        let dates = format!("{}/{}", stamp(self.start), stamp(self.end.max(self.start)));
        let mut query = form_urlencoded::Serializer::new(String::new());
        query.append_pair("action", "TEMPLATE");
        query.append_pair("text", self.title);
        query.append_pair("dates", &dates);
        if let Some(location) = self.location {
            query.append_pair("location", location);
        }
        if let Some(description) = self.description {
            query.append_pair("details", description);
        }
        format!(
            "https://calendar.google.com/calendar/render?{}",
            query.finish()
        )
    }

    /// The event in Outlook.com's compose page
    /// (`outlook.live.com/calendar/0/action/compose`), times in UTC (RFC 3339).
    pub fn outlook_url(&self) -> String {
        let utc = |t: DateTime<Utc>| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let mut query = form_urlencoded::Serializer::new(String::new());
        query.append_pair("rru", "addevent");
        query.append_pair("subject", self.title);
        query.append_pair("startdt", &utc(self.start));
        query.append_pair("enddt", &utc(self.end.max(self.start)));
        if let Some(location) = self.location {
            query.append_pair("location", location);
        }
        if let Some(description) = self.description {
            query.append_pair("body", description);
        }
        format!(
            "https://outlook.live.com/calendar/0/action/compose?{}",
            query.finish()
        )
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

    #[test]
    fn the_calendar_links_carry_the_utc_times_and_the_place_only() {
        // 18:30 in Berlin (UTC+1) is 17:30 UTC, whatever the visitor's own zone.
        let event = CalendarEvent {
            uid: "u",
            title: "Yoga Flow",
            start: at("2026-11-23T18:30:00+01:00"),
            end: at("2026-11-23T19:30:00+01:00"),
            location: Some("Kraftwerk Fitness, Venloer Str. 1 & 2, Köln"),
            description: None,
        };
        let google = event.google_calendar_url();
        assert_eq!(
            google,
            "https://calendar.google.com/calendar/render?action=TEMPLATE&text=Yoga+Flow&dates=20261123T173000Z%2F20261123T183000Z&location=Kraftwerk+Fitness%2C+Venloer+Str.+1+%26+2%2C+K%C3%B6ln"
        );
        let outlook = event.outlook_url();
        assert!(outlook.starts_with(
            "https://outlook.live.com/calendar/0/action/compose?rru=addevent&subject=Yoga+Flow&"
        ));
        assert!(
            outlook.contains("&startdt=2026-11-23T17%3A30%3A00Z&enddt=2026-11-23T18%3A30%3A00Z&")
        );
    }
}
