//! What a widget tells its host page: the names and payloads of the DOM
//! `CustomEvent`s dispatched on the `<trial-booking>` element (bubbling,
//! composed), the same as Google Tag Manager `dataLayer` entries, and the
//! conversions it calls the page's own `gtag` and `fbq` with, when the embed
//! opts in (`analytics`). Pure: no DOM access.
//!
//! **No personal data**, by construction: the payloads are built only from
//! what the studio publishes (offer ids, titles, categories, studio ids and
//! names, slot times) and from outcomes. Nothing a visitor typed, no lead id,
//! no `identityToken` has a field here.

use crate::domain::offer::Offer;
use crate::domain::outcome::{Booked, NextStep, Problem};
use crate::domain::slots::Slot;
use crate::domain::steps::{Choice, Step};
use crate::domain::studio::StudioChoice;
use crate::i18n::Key;
use serde::Serialize;
use trial_api::models::{StudioId, TrialOfferConfigId};

/// One event, with its documented name and `detail`.
#[derive(Clone, Debug, PartialEq)]
pub enum HostEvent {
    /// The widget is mounted and shows its first step (or its config error).
    Ready {
        backend: &'static str,
        flow: &'static str,
        /// The visitor's language (primary subtag, e.g. `de`).
        lang: &'static str,
    },
    /// A step is shown (also the first, once the widget is ready): its name
    /// in this flow ([`Step::name`]) and its number.
    Step { name: &'static str, number: usize },
    /// Open API: the visitor chose a trial offer.
    OfferSelected(OfferInfo),
    /// Connect: the visitor (or the embed's `studio-id`) chose a studio.
    StudioSelected { studio_id: StudioId, name: String },
    /// The visitor chose a time slot.
    TimeSelected(TimeInfo),
    /// The visitor sent the details form (it passed the widget's checks).
    DetailsSubmitted,
    /// Booked. `outcome`: `BOOKED`, `BOOKED_WITH_CONFIRMATION_REQUIRED` or
    /// `WAITING_LIST`.
    Booked {
        outcome: &'static str,
        offer: Option<OfferInfo>,
        studio_id: Option<StudioId>,
        time: TimeInfo,
    },
    /// The visitor asked to be called instead of booking a time ("None of
    /// these times suits me", or `mode="lead"`), and the studio has their
    /// details: the offer (Open API) or the studio (Connect).
    Lead {
        offer: Option<OfferInfo>,
        studio_id: Option<StudioId>,
    },
    /// A booking or a read failed; `category` is ours, never the API's text.
    /// (The loader dispatches one more: `load-failed`, when the widget itself
    /// could not be loaded.)
    Failed { category: &'static str },
    /// `display="popup"`: the dialog opened (by a trigger, `el.open()` or the
    /// floating button). A popup's first `step` event follows its first opening.
    Opened,
    /// `display="popup"`: the dialog closed (its button, Escape, `el.close()`).
    Closed,
}

/// An offer as the host page may see it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OfferInfo {
    /// The trial offer's configuration id (`trialOfferConfigId`).
    pub offer_id: TrialOfferConfigId,
    /// `class` or `appointment`.
    pub kind: &'static str,
    pub title: Option<String>,
    pub category: Option<String>,
}

/// A slot's time, studio-local, with its UTC offset (RFC 3339 to the
/// second, e.g. `2026-12-01T18:00:00+01:00`, whatever form the API used).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TimeInfo {
    pub start: String,
    pub end: Option<String>,
}

/// Failure categories, from what the visitor is asked to do next.
pub mod category {
    /// The details need correcting (the API refused them).
    pub const INVALID_DETAILS: &str = "invalid-details";
    /// The time was taken or closed meanwhile; the times are shown again.
    pub const TIME_TAKEN: &str = "time-taken";
    /// Online booking cannot help; the visitor is asked to contact the studio.
    pub const CONTACT_STUDIO: &str = "contact-studio";
    /// The API or network failed; trying again may work.
    pub const TRY_AGAIN: &str = "try-again";
    /// The widget's own files could not be loaded or started (the loader's
    /// event, `LOAD_FAILED` in `src/embed/trial-booking.js`).
    pub const LOAD_FAILED: &str = "load-failed";
}

impl HostEvent {
    /// The DOM event's name.
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::Ready { .. } => "trial-booking:ready",
            HostEvent::Step { .. } => "trial-booking:step",
            HostEvent::OfferSelected(_) => "trial-booking:offer-selected",
            HostEvent::StudioSelected { .. } => "trial-booking:studio-selected",
            HostEvent::TimeSelected(_) => "trial-booking:time-selected",
            HostEvent::DetailsSubmitted => "trial-booking:details-submitted",
            HostEvent::Booked { .. } => "trial-booking:booked",
            HostEvent::Lead { .. } => "trial-booking:lead",
            HostEvent::Failed { .. } => "trial-booking:failed",
            HostEvent::Opened => "trial-booking:open",
            HostEvent::Closed => "trial-booking:close",
        }
    }

    /// The `dataLayer` event name: `trial_booking_` and the DOM name's suffix
    /// in snake case (`trial_booking_time_selected`).
    pub fn data_layer_name(&self) -> String {
        let suffix = self.name().trim_start_matches("trial-booking:");
        format!("trial_booking_{}", suffix.replace('-', "_"))
    }

    /// The event's `detail`, as JSON text (for `JSON.parse`).
    pub fn detail_json(&self) -> String {
        serde_json::to_string(&self.detail()).unwrap_or_else(|_| "null".into())
    }

    /// The `dataLayer` entry, as JSON text: `{ "event": …, "trialBooking": detail }`.
    pub fn data_layer_json(&self) -> String {
        #[derive(Serialize)]
        struct Entry<'a> {
            event: String,
            #[serde(rename = "trialBooking")]
            trial_booking: Detail<'a>,
        }
        let entry = Entry {
            event: self.data_layer_name(),
            trial_booking: self.detail(),
        };
        serde_json::to_string(&entry).unwrap_or_else(|_| "null".into())
    }

    /// The event's `detail` (serialized with serde, not built as a
    /// `serde_json::Value`: that costs the wasm several KB more).
    fn detail(&self) -> Detail<'_> {
        match self {
            HostEvent::Ready {
                backend,
                flow,
                lang,
            } => Detail::Ready {
                backend,
                flow,
                lang,
            },
            HostEvent::Step { name, number } => Detail::Step {
                step: name,
                number: *number,
            },
            HostEvent::OfferSelected(offer) => Detail::Offer(offer),
            HostEvent::StudioSelected { studio_id, name } => Detail::Studio {
                studio_id: *studio_id,
                name,
            },
            HostEvent::TimeSelected(time) => Detail::Time(time),
            HostEvent::DetailsSubmitted | HostEvent::Opened | HostEvent::Closed => Detail::Empty {},
            HostEvent::Booked {
                outcome,
                offer,
                studio_id,
                time,
            } => Detail::Booked {
                outcome,
                offer: offer.as_ref(),
                studio_id: *studio_id,
                start: &time.start,
                end: time.end.as_deref(),
            },
            HostEvent::Lead { offer, studio_id } => Detail::Lead {
                offer: offer.as_ref(),
                studio_id: *studio_id,
            },
            HostEvent::Failed { category } => Detail::Failed { category },
        }
    }
}

/// A call of one of the page's own tag functions: `gtag` (GA4, Google Ads)
/// or `fbq` (the Meta pixel), and its arguments as a JSON array.
#[derive(Clone, Debug, PartialEq)]
pub struct TagCall {
    pub function: &'static str,
    pub args_json: String,
}

/// The GA4 event a booking sends besides `generate_lead` (GA4 recommends none
/// for a booking; this name follows its verb_object style).
pub const GTAG_BOOKING_EVENT: &str = "book_trial";

/// GA4 parameters of a conversion (no `value`, no `currency`).
#[derive(Serialize)]
struct GtagParams<'a> {
    lead_source: &'static str,
    outcome: &'a str,
    offer_kind: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    offer_id: Option<TrialOfferConfigId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    offer_name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    studio_id: Option<StudioId>,
}

/// Meta standard parameters of a conversion (no `value`, no `currency`).
#[derive(Serialize)]
struct MetaParams<'a> {
    content_category: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    content_name: Option<&'a str>,
    outcome: &'a str,
}

impl HostEvent {
    /// What the page's own tags are told of this event: with `gtag`, GA4's
    /// recommended `generate_lead` for every visitor whose details reached
    /// the studio, and [`GTAG_BOOKING_EVENT`] for a booking; with `meta`, the
    /// standard `Lead` and `Schedule`. Only outcomes convert; nothing
    /// personal, no value. A call-back (the `lead` event, or the outcome
    /// `CALL_BACK`: the studio has the details, nothing is booked) is a lead only.
    pub fn tag_calls(&self, gtag: bool, meta: bool) -> Vec<TagCall> {
        let (outcome, offer, studio_id) = match self {
            HostEvent::Booked {
                outcome,
                offer,
                studio_id,
                ..
            } => (*outcome, offer, studio_id),
            HostEvent::Lead { offer, studio_id } => ("CALL_BACK", offer, studio_id),
            _ => return Vec::new(),
        };
        // `BOOKED_WITH_CONFIRMATION_REQUIRED` → `confirmation_required`, as on the thank-you page.
        let outcome = outcome
            .strip_prefix("BOOKED_WITH_")
            .unwrap_or(outcome)
            .to_ascii_lowercase();
        let booked = outcome != "call_back";
        let kind = offer.as_ref().map_or("trial_session", |o| o.kind);
        let name = offer.as_ref().and_then(|o| o.title.as_deref());
        // Each tag's parameters are serialized once; the names around them are plain words.
        let mut calls = Vec::new();
        let mut call = |function, verb, events: [&str; 2], params: &str| {
            for event in events.into_iter().take(1 + usize::from(booked)) {
                calls.push(TagCall {
                    function,
                    args_json: format!("[\"{verb}\",\"{event}\",{params}]"),
                });
            }
        };
        if gtag {
            let params = GtagParams {
                lead_source: "trial_booking",
                outcome: &outcome,
                offer_kind: kind,
                offer_id: offer.as_ref().map(|o| o.offer_id),
                offer_name: name,
                studio_id: *studio_id,
            };
            let params = serde_json::to_string(&params).unwrap_or_default();
            call(
                "gtag",
                "event",
                ["generate_lead", GTAG_BOOKING_EVENT],
                &params,
            );
        }
        if meta {
            let params = MetaParams {
                content_category: kind,
                content_name: name,
                outcome: &outcome,
            };
            let params = serde_json::to_string(&params).unwrap_or_default();
            call("fbq", "track", ["Lead", "Schedule"], &params);
        }
        calls
    }
}

/// The shapes of `detail`, field names as documented (camelCase).
#[derive(Serialize)]
#[serde(untagged, rename_all_fields = "camelCase")]
enum Detail<'a> {
    Ready {
        backend: &'a str,
        flow: &'a str,
        lang: &'a str,
    },
    Step {
        step: &'static str,
        number: usize,
    },
    Offer(&'a OfferInfo),
    Studio {
        studio_id: StudioId,
        name: &'a str,
    },
    Time(&'a TimeInfo),
    Empty {},
    Booked {
        outcome: &'a str,
        offer: Option<&'a OfferInfo>,
        studio_id: Option<StudioId>,
        start: &'a str,
        end: Option<&'a str>,
    },
    Lead {
        offer: Option<&'a OfferInfo>,
        studio_id: Option<StudioId>,
    },
    Failed {
        category: &'a str,
    },
}

/// A flow's first choice (an offer, a studio), as events describe it.
pub trait Chosen: Choice {
    /// The event for the visitor choosing it.
    fn selected_event(&self) -> HostEvent;
    /// What a booked event says about it: the offer, or the studio's id.
    fn booked_parts(&self) -> (Option<OfferInfo>, Option<StudioId>);
}

impl Choice for Offer {
    const STEP_NAME: &'static str = "offer";
    const STEP_LABEL: Key = Key::StepOffer;
}

impl Chosen for Offer {
    fn selected_event(&self) -> HostEvent {
        HostEvent::OfferSelected(offer_info(self))
    }
    fn booked_parts(&self) -> (Option<OfferInfo>, Option<StudioId>) {
        (Some(offer_info(self)), None)
    }
}

impl Choice for StudioChoice {
    const STEP_NAME: &'static str = "studio";
    const STEP_LABEL: Key = Key::StepStudio;
}

impl Chosen for StudioChoice {
    fn selected_event(&self) -> HostEvent {
        HostEvent::StudioSelected {
            studio_id: self.id,
            name: self.name.clone(),
        }
    }
    fn booked_parts(&self) -> (Option<OfferInfo>, Option<StudioId>) {
        (None, Some(self.id))
    }
}

/// The event of step `step` shown in a flow whose first choice is `C`.
pub fn step_shown<C: Choice>(step: Step) -> HostEvent {
    HostEvent::Step {
        name: step.name::<C>(),
        number: step.number(),
    }
}

fn offer_info(offer: &Offer) -> OfferInfo {
    OfferInfo {
        offer_id: offer.config_id,
        kind: offer.kind.name(),
        title: offer.title.clone(),
        category: offer.category.clone(),
    }
}

/// A slot's times, studio-local with their UTC offset (RFC 3339, seconds).
pub fn time_info(slot: &Slot) -> TimeInfo {
    let rfc3339 = |t: &trial_api::ZonedDateTime| {
        t.instant()
            .with_timezone(&t.offset())
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
    };
    TimeInfo {
        start: rfc3339(&slot.start),
        end: slot.end.as_ref().map(rfc3339),
    }
}

/// The booked event's `outcome` (the Open API's status names).
pub fn outcome(booked: &Booked) -> &'static str {
    match booked {
        Booked::Booked => "BOOKED",
        Booked::ConfirmationRequired { .. } => "BOOKED_WITH_CONFIRMATION_REQUIRED",
        Booked::WaitingList => "WAITING_LIST",
        Booked::StudioWillCall => "CALL_BACK",
    }
}

/// The failed event for a problem the visitor is shown.
pub fn failed(problem: &Problem) -> HostEvent {
    HostEvent::Failed {
        category: match problem.next {
            NextStep::FixDetails => category::INVALID_DETAILS,
            NextStep::ChooseAnotherTime => category::TIME_TAKEN,
            NextStep::ContactStudio => category::CONTACT_STUDIO,
            NextStep::TryAgain => category::TRY_AGAIN,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    impl HostEvent {
        fn detail_value(&self) -> Value {
            serde_json::from_str(&self.detail_json()).unwrap()
        }
        fn data_layer_entry(&self) -> Value {
            serde_json::from_str(&self.data_layer_json()).unwrap()
        }
    }

    fn time() -> TimeInfo {
        TimeInfo {
            start: "2026-12-01T18:00:00+01:00".into(),
            end: Some("2026-12-01T19:00:00+01:00".into()),
        }
    }

    fn offer() -> OfferInfo {
        OfferInfo {
            offer_id: TrialOfferConfigId(1),
            kind: "class",
            title: Some("Yoga Flow".into()),
            category: Some("Yoga".into()),
        }
    }

    fn every_event() -> Vec<HostEvent> {
        vec![
            HostEvent::Ready {
                backend: "open-api",
                flow: "trial-offers",
                lang: "de",
            },
            step_shown::<StudioChoice>(Step::Choice),
            HostEvent::OfferSelected(offer()),
            HostEvent::StudioSelected {
                studio_id: StudioId(7),
                name: "Kraftwerk".into(),
            },
            HostEvent::TimeSelected(time()),
            HostEvent::DetailsSubmitted,
            HostEvent::Booked {
                outcome: "WAITING_LIST",
                offer: Some(offer()),
                studio_id: None,
                time: time(),
            },
            HostEvent::Failed {
                category: category::TIME_TAKEN,
            },
            HostEvent::Opened,
            HostEvent::Closed,
            HostEvent::Lead {
                offer: None,
                studio_id: Some(StudioId(7)),
            },
        ]
    }

    #[test]
    fn times_are_studio_local_rfc3339_whatever_the_apis_form() {
        let zoned = |raw: &str| trial_api::ZonedDateTime::parse(raw).unwrap();
        let slot = crate::domain::slots::Slot {
            reference: crate::domain::slots::SlotRef::Session { start: "x".into() },
            start: zoned("2026-11-30T18:30:00.000+01:00[Europe/Berlin]"),
            end: Some(zoned("2026-11-30T19:30:00-05:00")),
            local_start: chrono::NaiveDate::from_ymd_opt(2026, 11, 30)
                .unwrap()
                .and_hms_opt(18, 30, 0)
                .unwrap(),
            local_end: None,
            availability: crate::domain::slots::Availability::Open { spots_left: None },
            instructors: Vec::new(),
            location: None,
            repeated: false,
        };
        assert_eq!(
            time_info(&slot),
            TimeInfo {
                start: "2026-11-30T18:30:00+01:00".into(),
                end: Some("2026-11-30T19:30:00-05:00".into()),
            }
        );
    }

    #[test]
    fn names_are_documented_and_distinct() {
        let names: Vec<_> = every_event().iter().map(HostEvent::name).collect();
        assert_eq!(
            names,
            [
                "trial-booking:ready",
                "trial-booking:step",
                "trial-booking:offer-selected",
                "trial-booking:studio-selected",
                "trial-booking:time-selected",
                "trial-booking:details-submitted",
                "trial-booking:booked",
                "trial-booking:failed",
                "trial-booking:open",
                "trial-booking:close",
                "trial-booking:lead",
            ]
        );
        assert_eq!(
            HostEvent::TimeSelected(time()).data_layer_name(),
            "trial_booking_time_selected"
        );
    }

    #[test]
    fn payloads_have_their_documented_shape() {
        let booked = &every_event()[6];
        assert_eq!(
            booked.detail_value(),
            json!({
                "outcome": "WAITING_LIST",
                "offer": {"offerId": 1, "kind": "class", "title": "Yoga Flow", "category": "Yoga"},
                "studioId": null,
                "start": "2026-12-01T18:00:00+01:00",
                "end": "2026-12-01T19:00:00+01:00",
            })
        );
        assert_eq!(
            every_event()[1].detail_value(),
            json!({"step": "studio", "number": 1})
        );
        assert_eq!(
            booked.data_layer_entry()["event"],
            json!("trial_booking_booked")
        );
        assert_eq!(
            booked.data_layer_entry()["trialBooking"],
            booked.detail_value()
        );
        assert_eq!(HostEvent::DetailsSubmitted.detail_json(), "{}");
        assert_eq!(
            every_event()[10].detail_value(),
            json!({"offer": null, "studioId": 7})
        );
    }

    fn tag_args(event: &HostEvent, gtag: bool, meta: bool) -> Vec<(&'static str, Value)> {
        event
            .tag_calls(gtag, meta)
            .into_iter()
            .map(|c| (c.function, serde_json::from_str(&c.args_json).unwrap()))
            .collect()
    }

    #[test]
    fn a_booking_is_a_lead_and_a_booking_to_gtag_and_meta() {
        let booked = HostEvent::Booked {
            outcome: "BOOKED_WITH_CONFIRMATION_REQUIRED",
            offer: Some(offer()),
            studio_id: None,
            time: time(),
        };
        let ga4 = json!({"lead_source": "trial_booking", "outcome": "confirmation_required", "offer_kind": "class", "offer_id": 1, "offer_name": "Yoga Flow"});
        let fb = json!({"content_category": "class", "content_name": "Yoga Flow", "outcome": "confirmation_required"});
        assert_eq!(
            tag_args(&booked, true, true),
            vec![
                ("gtag", json!(["event", "generate_lead", ga4])),
                ("gtag", json!(["event", "book_trial", ga4])),
                ("fbq", json!(["track", "Lead", fb])),
                ("fbq", json!(["track", "Schedule", fb])),
            ]
        );
        assert_eq!(tag_args(&booked, false, true).len(), 2);
        assert_eq!(tag_args(&booked, false, false), vec![]);
    }

    #[test]
    fn a_connect_booking_names_the_studio_and_a_call_back_is_a_lead_only() {
        let session = HostEvent::Booked {
            outcome: "BOOKED",
            offer: None,
            studio_id: Some(StudioId(7)),
            time: time(),
        };
        assert_eq!(
            tag_args(&session, true, false)[1],
            (
                "gtag",
                json!(["event", "book_trial", {"lead_source": "trial_booking", "outcome": "booked", "offer_kind": "trial_session", "studio_id": 7}])
            )
        );
        let call = HostEvent::Booked {
            outcome: "CALL_BACK",
            offer: None,
            studio_id: Some(StudioId(7)),
            time: time(),
        };
        let names: Vec<Value> = tag_args(&call, true, true)
            .into_iter()
            .map(|(_, args)| args[1].clone())
            .collect();
        assert_eq!(names, [json!("generate_lead"), json!("Lead")]);
    }

    #[test]
    fn asking_to_be_called_is_a_lead_to_both() {
        let lead = HostEvent::Lead {
            offer: Some(offer()),
            studio_id: None,
        };
        assert_eq!(
            tag_args(&lead, true, true),
            vec![
                (
                    "gtag",
                    json!(["event", "generate_lead", {"lead_source": "trial_booking", "outcome": "call_back", "offer_kind": "class", "offer_id": 1, "offer_name": "Yoga Flow"}])
                ),
                (
                    "fbq",
                    json!(["track", "Lead", {"content_category": "class", "content_name": "Yoga Flow", "outcome": "call_back"}])
                ),
            ]
        );
    }

    #[test]
    fn only_outcomes_reach_the_tags() {
        for event in every_event()
            .iter()
            .filter(|e| !matches!(e, HostEvent::Booked { .. } | HostEvent::Lead { .. }))
        {
            assert_eq!(event.tag_calls(true, true), vec![], "{}", event.name());
        }
    }

    /// Every key any payload can carry: none of them holds personal data.
    #[test]
    fn no_payload_has_a_field_for_personal_data() {
        const ALLOWED: &[&str] = &[
            "backend", "flow", "lang", "step", "number", "offerId", "kind", "title", "category",
            "studioId", "name", "start", "end", "outcome", "offer",
        ];
        fn keys(value: &Value, out: &mut Vec<String>) {
            if let Value::Object(map) = value {
                for (key, inner) in map {
                    out.push(key.clone());
                    keys(inner, out);
                }
            }
        }
        const TAG_PARAMS: &[&str] = &[
            "lead_source",
            "outcome",
            "offer_kind",
            "offer_id",
            "offer_name",
            "studio_id",
            "content_category",
            "content_name",
        ];
        for event in every_event() {
            let mut found = Vec::new();
            for call in event.tag_calls(true, true) {
                let args: Value = serde_json::from_str(&call.args_json).unwrap();
                let mut params = Vec::new();
                keys(&args[2], &mut params);
                for key in params {
                    assert!(
                        TAG_PARAMS.contains(&key.as_str()),
                        "{}: {key}",
                        event.name()
                    );
                }
            }
            keys(&event.data_layer_entry()["trialBooking"], &mut found);
            for key in found {
                assert!(ALLOWED.contains(&key.as_str()), "{}: {key}", event.name());
            }
        }
    }
}
