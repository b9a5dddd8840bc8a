//! The studio's thank-you page (`success-url`): its address with what
//! happened appended as query parameters, nothing personal among them.

use crate::domain::outcome::Booked;
use chrono::NaiveDate;
use trial_api::models::StudioId;

/// What the thank-you page is told about the booking.
#[derive(Clone, Debug, PartialEq)]
pub struct Landing<'a> {
    pub booked: &'a Booked,
    /// `class` or `appointment` (an Open API offer), `trial_session` (Connect).
    pub kind: &'static str,
    /// Connect: the studio booked at (the Open API's proxy key names the studio).
    pub studio_id: Option<StudioId>,
    /// The booked time's studio-local day (none for a call-back: nothing is booked).
    pub day: Option<NaiveDate>,
}

/// `tb_outcome`'s value for an outcome.
pub fn outcome_param(booked: &Booked) -> &'static str {
    match booked {
        Booked::Booked => "booked",
        Booked::ConfirmationRequired { .. } => "confirmation_required",
        Booked::WaitingList => "waiting_list",
        Booked::StudioWillCall => "call_back",
    }
}

/// `base` (as `config::check_success_url` accepted it: `https://…` or a
/// path, maybe with a query and a fragment) with `tb_outcome`, `tb_kind`,
/// `tb_studio_id` and `tb_date` (`YYYY-MM-DD`) added to its query, before any
/// fragment. Every value is a fixed word, a number or a date: nothing needs
/// encoding, nothing personal can get in.
pub fn success_url(base: &str, landing: &Landing<'_>) -> String {
    let (before, fragment) = base.split_at(base.find('#').unwrap_or(base.len()));
    let joiner = match before.find('?') {
        None => "?",
        Some(_) if before.ends_with(['?', '&']) => "",
        Some(_) => "&",
    };
    let mut url = format!(
        "{before}{joiner}tb_outcome={}&tb_kind={}",
        outcome_param(landing.booked),
        landing.kind
    );
    if let Some(id) = landing.studio_id {
        url.push_str(&format!("&tb_studio_id={id}"));
    }
    if let (Some(day), false) = (landing.day, *landing.booked == Booked::StudioWillCall) {
        url.push_str(&format!("&tb_date={day}"));
    }
    url + fragment
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2026, 12, 1)
    }

    #[test]
    fn the_outcome_kind_studio_and_day_are_appended() {
        let booked = Booked::Booked;
        let landing = Landing {
            booked: &booked,
            kind: "trial_session",
            studio_id: Some(StudioId(7)),
            day: day(),
        };
        assert_eq!(
            success_url("https://studio.example/danke", &landing),
            "https://studio.example/danke?tb_outcome=booked&tb_kind=trial_session&tb_studio_id=7&tb_date=2026-12-01"
        );
    }

    #[test]
    fn a_query_is_kept_and_a_fragment_stays_last() {
        let booked = Booked::WaitingList;
        let landing = Landing {
            booked: &booked,
            kind: "class",
            studio_id: None,
            day: day(),
        };
        assert_eq!(
            success_url("/danke?lang=de#top", &landing),
            "/danke?lang=de&tb_outcome=waiting_list&tb_kind=class&tb_date=2026-12-01#top"
        );
        assert_eq!(
            success_url("/?page_id=12&", &landing),
            "/?page_id=12&tb_outcome=waiting_list&tb_kind=class&tb_date=2026-12-01"
        );
        assert_eq!(
            success_url("/danke?", &landing),
            "/danke?tb_outcome=waiting_list&tb_kind=class&tb_date=2026-12-01"
        );
    }

    #[test]
    fn every_outcome_has_its_word_and_a_call_back_no_day() {
        let confirm = Booked::ConfirmationRequired { term: None };
        let call = Booked::StudioWillCall;
        let words: Vec<_> = [&Booked::Booked, &confirm, &Booked::WaitingList, &call]
            .into_iter()
            .map(outcome_param)
            .collect();
        assert_eq!(
            words,
            [
                "booked",
                "confirmation_required",
                "waiting_list",
                "call_back"
            ]
        );
        let landing = Landing {
            booked: &call,
            kind: "appointment",
            studio_id: None,
            day: day(),
        };
        assert_eq!(
            success_url("https://studio.example/danke", &landing),
            "https://studio.example/danke?tb_outcome=call_back&tb_kind=appointment"
        );
    }
}
