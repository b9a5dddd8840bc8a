//! The demo studio: a believable fitness studio that answers both API
//! families the way the reference describes, from memory, with state.
//!
//! It is a server in all but transport: [`DemoStudio::handle`] takes a method,
//! path, query and JSON body and returns a status and JSON body. The widget's
//! demo backend calls it inside the wasm; the mock API server puts it behind
//! real HTTP. So the UI cannot tell the demo from a real backend except by its
//! data.
//!
//! What it offers (times in Europe/Berlin, relative to "now"):
//! * classes: Yoga Flow (daily), HIIT Express (one slot nearly full, one full
//!   with room on the waiting list, one completely full), Barbell Basics
//!   (bookings need confirmation; one slot whose booking window opens later),
//!   Mobility (display only);
//! * appointments: Intro session with a trainer, Body check;
//! * lead configs exercising every field mode;
//! * Connect: five studios (bookable, not bookable, opening later, closed),
//!   trial-session slots, field config with a minimum age, a known prospect.
//!
//! Recognisable e-mail addresses: `duplicate@…` is an existing customer
//! (`DUPLICATE_CUSTOMER`), `member@…` an active member and `booked@…` someone
//! who already had a trial session (Connect).

mod berlin;
mod connect;
mod open_api;
mod texts;

pub use berlin::{Berlin, ZONE};
pub use connect::KNOWN_PROSPECT_UUID;
pub use texts::{en, DemoText, DemoTexts, DEMO_LANGUAGES};

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::Serialize;
use trial_api::models::connect::{
    Campaign, CommunicationChannelSetting, CommunicationSetting, ConnectError, ConnectErrorCode,
    LeadCustomer, MessageCategory, Referral, Studio,
};
use trial_api::models::ids::parse_decimal;
use trial_api::models::open_api::{ClassSlot, OpenApiError, TrialOfferConfig};
use trial_api::models::{
    BookableAppointmentId, BookingId, CampaignId, ClassId, ClassSlotId, CommunicationChannel,
    CustomerId, DatabaseId, LeadId, ReferrerId, StudioId, TrialOfferConfigId,
};

/// The API key the demo's Open API side expects (the mock server checks it;
/// the in-wasm demo has no proxy and skips the check).
pub const DEMO_API_KEY: &str = "demo-key-not-secret";

/// A request as the studio sees it.
#[derive(Clone, Debug)]
pub struct DemoRequest<'a> {
    pub method: &'a str,
    pub path: &'a str,
    pub query: Vec<(String, String)>,
    pub body: Option<&'a str>,
}

impl DemoRequest<'_> {
    fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn params(&self, name: &str) -> Vec<&str> {
        self.query
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct DemoResponse {
    pub status: u16,
    pub body: String,
}

impl DemoResponse {
    /// This answer with the studio's texts in the language of `texts` (the
    /// request's `Accept-Language`).
    pub fn in_language(mut self, texts: &DemoTexts) -> Self {
        self.body = texts.localize(self.body);
        self
    }

    fn json(value: &impl Serialize) -> Self {
        DemoResponse {
            status: 200,
            body: serde_json::to_string(value).expect("demo data serialises"),
        }
    }
}

/// Whether a write only checks (`…/validate`) or is carried out (`…/create`,
/// `…/book`): each pair of operations shares one handler.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    Validate,
    Carry,
}

/// An offer of the trial-offer catalogue with its schedule.
#[derive(Clone, Debug)]
struct DemoClass {
    class: trial_api::models::open_api::Class,
    config_id: TrialOfferConfigId,
    slots: Vec<ClassSlot>,
}

#[derive(Clone, Debug)]
struct DemoAppointment {
    appointment: trial_api::models::open_api::BookableAppointment,
    config_id: TrialOfferConfigId,
    /// Start times (studio-local hour, minute) on the weekdays it runs (Mon = 0).
    times: Vec<(u32, u32)>,
    weekdays: Vec<u32>,
    instructors: Vec<trial_api::models::open_api::Instructor>,
}

#[derive(Clone, Debug)]
struct OpenApiLead {
    id: CustomerId,
    email: String,
}

#[derive(Clone, Debug)]
struct Booking {
    id: BookingId,
    customer_id: CustomerId,
    config_id: TrialOfferConfigId,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    kind: BookingKind,
}

#[derive(Clone, Debug)]
enum BookingKind {
    Class {
        slot_id: ClassSlotId,
        class_id: ClassId,
        status: trial_api::models::open_api::ClassBookingStatus,
    },
    Appointment {
        appointment_id: BookableAppointmentId,
    },
}

#[derive(Clone, Debug)]
struct TrialSlot {
    studio_id: StudioId,
    start: NaiveDateTime,
    taken: bool,
}

#[derive(Clone, Debug)]
struct ConnectLead {
    id: LeadId,
    uuid: String,
    lead: LeadCustomer,
    trial_booked: bool,
}

/// The studio and everything that has been booked so far.
pub struct DemoStudio {
    today: NaiveDate,
    classes: Vec<DemoClass>,
    appointments: Vec<DemoAppointment>,
    configs: Vec<TrialOfferConfig>,
    leads: Vec<OpenApiLead>,
    bookings: Vec<Booking>,
    studios: Vec<Studio>,
    trial_slots: Vec<TrialSlot>,
    connect_leads: Vec<ConnectLead>,
    campaigns: Vec<Campaign>,
    referrals: Vec<Referral>,
    /// The last id handed out (leads, bookings): each kind wraps it in its type.
    next_id: i64,
    traces: u64,
}

impl DemoStudio {
    /// A fresh studio whose schedule is built around `now`. Image URLs are
    /// `{image_base}/{name}.svg`.
    pub fn new(now: DateTime<Utc>, image_base: &str) -> Self {
        let today = Berlin.local(now).date();
        let mut studio = DemoStudio {
            today,
            classes: Vec::new(),
            appointments: Vec::new(),
            configs: open_api::configs(),
            leads: Vec::new(),
            bookings: Vec::new(),
            studios: connect::studios(today),
            trial_slots: Vec::new(),
            connect_leads: Vec::new(),
            campaigns: vec![
                Campaign {
                    id: CampaignId(2),
                    name: en(DemoText::CampaignAutumn).into(),
                    external_identifier: "AUTUMN".into(),
                },
                Campaign {
                    id: CampaignId(3),
                    name: en(DemoText::CampaignCorporate).into(),
                    external_identifier: "CORPORATE".into(),
                },
            ],
            referrals: vec![
                Referral {
                    id: ReferrerId(10),
                    referral_type: "FRIEND".into(),
                },
                Referral {
                    id: ReferrerId(11),
                    referral_type: "SOCIAL_MEDIA".into(),
                },
            ],
            next_id: 5000,
            traces: 0,
        };
        studio.classes = open_api::classes(today, image_base);
        studio.appointments = open_api::appointments(image_base);
        studio.trial_slots = connect::trial_slots(today);
        studio.connect_leads.push(connect::known_prospect());
        open_api::seed_confirmable_bookings(&mut studio, now);
        studio
    }

    /// Answers one of the operations' typed requests (`trial_api::ops`) at `now`,
    /// with the studio's texts in English ([`DemoResponse::in_language`]
    /// gives them in the visitor's).
    pub fn answer<T>(
        &mut self,
        request: &trial_api::request::Request<T>,
        now: DateTime<Utc>,
    ) -> DemoResponse {
        let body = request.body.as_ref().map(|b| b.to_string());
        let demo = DemoRequest {
            method: request.method.as_str(),
            path: &request.path,
            query: request
                .query
                .iter()
                .map(|(n, v)| (n.to_string(), v.clone()))
                .collect(),
            body: body.as_deref(),
        };
        self.handle(&demo, now)
    }

    /// Answers one request at time `now`.
    pub fn handle(&mut self, request: &DemoRequest, now: DateTime<Utc>) -> DemoResponse {
        let path = request.path.split('?').next().unwrap_or_default();
        let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
        match segments.first() {
            Some(&"v1") => self.handle_open_api(request, &segments[1..], now),
            Some(&"connect") => self.handle_connect(request, &segments[1..], now),
            _ => DemoResponse {
                status: 404,
                body: String::new(),
            },
        }
    }

    fn next_id(&mut self) -> i64 {
        self.next_id += 1;
        self.next_id
    }

    fn trace(&mut self) -> String {
        self.traces += 1;
        format!("demo-{:08x}", self.traces)
    }

    fn open_api_error(&mut self, status: u16, code: &str, message: &str) -> DemoResponse {
        let body = OpenApiError {
            error_message: message.to_string(),
            error_code: Some(code.to_string()),
            trace_id: Some(self.trace()),
            reference: None,
            args: None,
            typed_args: None,
        };
        DemoResponse {
            status,
            body: serde_json::to_string(&body).unwrap(),
        }
    }

    fn connect_error(
        &mut self,
        status: u16,
        code: ConnectErrorCode,
        message: &str,
    ) -> DemoResponse {
        let body = ConnectError {
            error_codes: vec![code],
            message: Some(message.to_string()),
            trace_id: Some(self.trace()),
        };
        DemoResponse {
            status,
            body: serde_json::to_string(&body).unwrap(),
        }
    }
}

/// Parses a JSON body, or says why not.
fn parse_body<T: serde::de::DeserializeOwned>(request: &DemoRequest) -> Result<T, String> {
    let body = request.body.ok_or("a JSON body is required")?;
    serde_json::from_str(body).map_err(|e| e.to_string())
}

/// An id in a path segment, of the kind `make` builds; `None` when it is not one.
fn id_segment<T>(segment: &str, make: fn(i64) -> T) -> Option<T> {
    parse_decimal(segment).map(make)
}

/// Category settings the studio offers (Connect K7).
fn communication_settings() -> Vec<CommunicationSetting> {
    let channels = |active: &[CommunicationChannel]| {
        [
            CommunicationChannel::Email,
            CommunicationChannel::TextMessage,
            CommunicationChannel::Phone,
            CommunicationChannel::Letter,
        ]
        .into_iter()
        .map(|c| CommunicationChannelSetting {
            active: Some(active.contains(&c)),
            customer_overridable: Some(true),
            communication_channel: Some(c),
        })
        .collect()
    };
    vec![
        CommunicationSetting {
            message_category: Some(MessageCategory {
                database_id: Some(DatabaseId(1)),
                name: Some("NEWSLETTER".into()),
                short_description: Some(en(DemoText::NewsletterName).into()),
                public_description: Some(en(DemoText::NewsletterDescription).into()),
                show_asterisk: Some(false),
                optlock: Some(0),
            }),
            communication_channels: channels(&[CommunicationChannel::Email]),
        },
        CommunicationSetting {
            message_category: Some(MessageCategory {
                database_id: Some(DatabaseId(2)),
                name: Some("OFFERS".into()),
                short_description: Some(en(DemoText::OffersName).into()),
                public_description: Some(en(DemoText::OffersDescription).into()),
                show_asterisk: Some(false),
                optlock: Some(0),
            }),
            communication_channels: channels(&[]),
        },
    ]
}
