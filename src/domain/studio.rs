//! Connect: the studios a visitor can pick.

use chrono::NaiveDate;
use trial_api::dates::parse_iso_date;
use trial_api::models::connect::Studio;
use trial_api::models::StudioId;

/// Whether a studio's trial session can be booked online now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StudioState {
    Bookable,
    /// Opens on this date; trial sessions from then.
    OpensOn(NaiveDate),
    /// Closed (for good or for a while) since this date.
    Closed(NaiveDate),
    /// The studio does not offer online trial sessions.
    NotOnline,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StudioChoice {
    pub id: StudioId,
    pub name: String,
    /// "Venloer Straße 1, 50823 Köln"
    pub address: String,
    pub zip: String,
    pub city: String,
    /// IANA zone for every time shown (`None`: the times' own).
    pub zone: Option<String>,
    /// The studio's name for its trial session ("Probetraining").
    pub trial_name: Option<String>,
    pub state: StudioState,
}

impl StudioChoice {
    pub fn from_studio(studio: &Studio, today: NaiveDate) -> StudioChoice {
        let address = studio.address.clone().unwrap_or_default();
        let text = |v: &Option<String>| v.as_deref().map(str::trim).unwrap_or("").to_string();
        let street = [text(&address.street), text(&address.house_number)]
            .join(" ")
            .trim()
            .to_string();
        let town = [text(&address.zip_code), text(&address.city)]
            .join(" ")
            .trim()
            .to_string();
        let state = match (
            studio.trial_session_bookable,
            studio.opening_date.as_deref().and_then(parse_iso_date),
            studio.closing_date.as_deref().and_then(parse_iso_date),
        ) {
            (_, _, Some(closed)) if closed <= today => StudioState::Closed(closed),
            (_, Some(opens), _) if opens > today => StudioState::OpensOn(opens),
            (Some(true), _, _) => StudioState::Bookable,
            _ => StudioState::NotOnline,
        };
        StudioChoice {
            id: studio.id,
            name: studio.studio_name.trim().to_string(),
            address: [street, town]
                .into_iter()
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join(", "),
            zip: text(&address.zip_code),
            city: text(&address.city),
            zone: studio.zone().map(str::to_string),
            trial_name: studio
                .trial_session_name
                .as_deref()
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(str::to_string),
            state,
        }
    }

    pub fn is_bookable(&self) -> bool {
        self.state == StudioState::Bookable
    }

    /// Whether the studio matches what the visitor typed: the start of the
    /// postcode, or any word of the name or the city, ignoring case.
    pub fn matches(&self, query: &str) -> bool {
        let query = query.trim().to_lowercase();
        if query.is_empty() {
            return true;
        }
        let words = format!("{} {}", self.name, self.city).to_lowercase();
        self.zip.starts_with(&query)
            || words
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.starts_with(&query))
            || words.contains(&query)
    }
}

/// The studios as listed: those with online trial sessions (bookable ones
/// first, then those opening later or closed for now, which say why), by name.
/// Studios without online trial sessions are not offered. `today_at` gives a
/// studio's today in its own zone (opening and closing dates are its dates).
pub fn studio_list(
    studios: &[Studio],
    today_at: impl Fn(&Studio) -> NaiveDate,
) -> Vec<StudioChoice> {
    let mut list: Vec<_> = studios
        .iter()
        .filter(|s| s.trial_session_bookable == Some(true))
        .map(|s| StudioChoice::from_studio(s, today_at(s)))
        .collect();
    list.sort_by(|a, b| {
        (!a.is_bookable(), a.name.to_lowercase()).cmp(&(!b.is_bookable(), b.name.to_lowercase()))
    });
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn day(s: &str) -> NaiveDate {
        parse_iso_date(s).unwrap()
    }

    fn studio(extra: serde_json::Value) -> Studio {
        let mut base = json!({
            "id": 1, "studioName": "Kraftwerk Köln-Ehrenfeld", "trialSessionBookable": true,
            "trialSessionName": "Probetraining", "zoneId": {"id": "Europe/Berlin", "rules": {"fixedOffset": false}},
            "address": {"street": "Venloer Straße", "houseNumber": "1", "zipCode": "50823", "city": "Köln"}
        });
        base.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        serde_json::from_value(base).unwrap()
    }

    #[test]
    fn a_studio_as_the_visitor_sees_it() {
        let c = StudioChoice::from_studio(&studio(json!({})), day("2026-11-21"));
        assert_eq!(c.address, "Venloer Straße 1, 50823 Köln");
        assert_eq!(c.zone.as_deref(), Some("Europe/Berlin"));
        assert!(c.is_bookable());
    }

    #[test]
    fn closed_and_not_yet_opened_studios_are_explained() {
        let today = day("2026-11-21");
        let state = |extra| StudioChoice::from_studio(&studio(extra), today).state;
        assert_eq!(
            state(json!({"openingDate": "2027-01-10"})),
            StudioState::OpensOn(day("2027-01-10"))
        );
        assert_eq!(
            state(json!({"openingDate": "2026-01-10"})),
            StudioState::Bookable
        );
        assert_eq!(
            state(json!({"closingDate": "2026-11-01"})),
            StudioState::Closed(day("2026-11-01"))
        );
        assert_eq!(
            state(json!({"closingDate": "2027-03-01"})),
            StudioState::Bookable,
            "closing later: bookable now"
        );
        assert_eq!(
            state(json!({"trialSessionBookable": false})),
            StudioState::NotOnline
        );
        assert_eq!(
            state(json!({"trialSessionBookable": null})),
            StudioState::NotOnline
        );
    }

    #[test]
    fn search_by_postcode_name_or_city() {
        let c = StudioChoice::from_studio(&studio(json!({})), day("2026-11-21"));
        for query in ["", "508", "köln", "KÖLN", "ehren", "kraftwerk", " Kraft "] {
            assert!(c.matches(query), "{query}");
        }
        for query in ["538", "bonn", "x"] {
            assert!(!c.matches(query), "{query}");
        }
    }

    #[test]
    fn bookable_studios_come_first_and_offline_ones_are_not_offered() {
        let list = studio_list(
            &[
                studio(json!({"id": 1, "studioName": "Zeta", "trialSessionBookable": false})),
                studio(json!({"id": 2, "studioName": "beta"})),
                studio(json!({"id": 3, "studioName": "Alpha"})),
                studio(json!({"id": 4, "studioName": "Aaa", "closingDate": "2026-01-01"})),
            ],
            |_| day("2026-11-21"),
        );
        assert_eq!(
            list.iter().map(|s| s.id.get()).collect::<Vec<_>>(),
            [3, 2, 4]
        );
    }
}
