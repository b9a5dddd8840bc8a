//! The demo studio behaves like the reference says the real APIs do. It is
//! driven here through the same typed requests and executor the widget uses.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use demo_studio::DemoStudio;
use std::cell::RefCell;
use trial_api::client::{block_on, execute, fetch_all, RawResponse, RetryPolicy, Transport};
use trial_api::models::connect::*;
use trial_api::models::open_api::*;
use trial_api::ops::{connect as k, open_api as o};
use trial_api::request::Request;
use trial_api::{ApiError, ErrorKind};

struct Local {
    studio: RefCell<DemoStudio>,
    now: RefCell<DateTime<Utc>>,
}

impl Local {
    fn at(now: &str) -> Local {
        let now = DateTime::parse_from_rfc3339(now).unwrap().to_utc();
        Local {
            studio: RefCell::new(DemoStudio::new(now, "https://img.example")),
            now: RefCell::new(now),
        }
    }

    fn call<T: serde::de::DeserializeOwned>(&self, request: Request<T>) -> Result<T, ApiError> {
        block_on(execute(self, &RetryPolicy::default(), &request))
    }
}

impl Transport for Local {
    async fn send<T>(&self, request: &Request<T>) -> Result<RawResponse, ApiError> {
        let response = self.studio.borrow_mut().answer(request, *self.now.borrow());
        Ok(RawResponse {
            status: response.status,
            body: response.body,
            retry_after_ms: None,
        })
    }
    async fn sleep(&self, _: u64) {}
    fn random(&self) -> f64 {
        0.0
    }
}

// Saturday 2026-11-21, 09:00 in Berlin.
const NOW: &str = "2026-11-21T08:00:00Z";

fn lead(email: &str) -> LeadData {
    LeadData {
        firstname: "Mia".into(),
        lastname: "Schulz".into(),
        email: email.into(),
        telephone: Some("0221 555 0100".into()),
        ..Default::default()
    }
}

fn new_lead(api: &Local, email: &str, config: TrialOfferConfigId) -> CustomerId {
    let body = TrialOfferLeadRequest {
        lead_customer_data: lead(email),
        trial_offer_config_id: config,
    };
    assert_eq!(
        api.call(o::validate_for_lead_customer_creation(&body))
            .unwrap()
            .validation_status,
        LeadValidationStatus::Possible
    );
    api.call(o::create_lead_customer(&body))
        .unwrap()
        .lead_customer_id
        .unwrap()
}

fn all_classes(api: &Local) -> Vec<TrialOfferClass> {
    block_on(fetch_all(|offset| {
        let request = o::get_bookable_trial_offer_classes(&offset);
        async move { api.call(request) }
    }))
    .unwrap()
}

fn slots_of(api: &Local, class_id: ClassId) -> Vec<ClassSlot> {
    block_on(fetch_all(|offset| {
        let request = o::get_class_slots_for_trial_offers(class_id, &offset);
        async move { api.call(request) }
    }))
    .unwrap()
}

fn free(slot: &ClassSlot) -> i32 {
    slot.max_participants.unwrap()
        - slot.booked_participants.unwrap()
        - slot.additional_participants
}

#[test]
fn the_catalogue_has_classes_and_appointments_with_configs() {
    let api = Local::at(NOW);
    let classes = all_classes(&api);
    assert_eq!(classes.len(), 3);
    assert!(classes
        .iter()
        .all(|c| c.trial_offer_class.description.is_some()));
    let appointments = api
        .call(o::get_bookable_trial_offer_appointments("0"))
        .unwrap();
    assert_eq!(appointments.result.len(), 2);
    assert!(!appointments.has_next);
    let confirm = api
        .call(o::get_trial_offer_config(TrialOfferConfigId(2)))
        .unwrap();
    assert!(confirm.confirmation_of_booking_term.is_some());
    // Between them the configs use every field mode.
    let modes: std::collections::HashSet<String> = (1..=3)
        .map(|id| {
            api.call(o::get_trial_offer_config(TrialOfferConfigId(id)))
                .unwrap()
                .lead_data_config
        })
        .flat_map(|c| {
            [
                c.gender_mode,
                c.date_of_birth_mode,
                c.telephone_mode,
                c.address_mode,
            ]
        })
        .map(|m| m.to_string())
        .collect();
    assert_eq!(modes.len(), 3);
    assert_eq!(
        api.call(o::get_trial_offer_config(TrialOfferConfigId(99)))
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
}

#[test]
fn class_slots_are_paged_and_in_the_window_in_berlin_time() {
    let api = Local::at(NOW);
    let yoga = slots_of(&api, ClassId(1001));
    assert_eq!(
        yoga.len(),
        15,
        "yesterday (past, in the window) plus 14 days"
    );
    let first = yoga[0].start_date_time.as_ref().unwrap();
    assert_eq!(first.raw(), "2026-11-20T18:30:00.000+01:00[Europe/Berlin]");
    assert_eq!(first.zone_id(), Some("Europe/Berlin"));
    let hiit = slots_of(&api, ClassId(1002));
    assert!(hiit.iter().any(|s| free(s) == 1), "a nearly full slot");
    assert!(hiit
        .iter()
        .any(|s| free(s) == 0 && s.waiting_list_participants < s.max_waiting_list_participants));
    assert!(hiit
        .iter()
        .any(|s| free(s) == 0 && s.waiting_list_participants == s.max_waiting_list_participants));
}

#[test]
fn a_class_booking_takes_a_place_and_cannot_be_repeated() {
    let api = Local::at(NOW);
    let customer = new_lead(&api, "mia@example.com", TrialOfferConfigId(1));
    let slot = slots_of(&api, ClassId(1001))[2].clone();
    let request = ClassSlotBookingRequest {
        customer_id: customer,
        class_slot_id: slot.id,
    };
    assert_eq!(
        api.call(o::validate_class_slot_for_trial_offers(&request))
            .unwrap()
            .validation_status,
        ClassSlotValidationStatus::Available
    );
    let booking = api
        .call(o::book_class_slot_for_trial_offers(&request))
        .unwrap();
    assert_eq!(booking.booking_status, ClassBookingStatus::Booked);
    let after = slots_of(&api, ClassId(1001))
        .into_iter()
        .find(|s| s.id == slot.id)
        .unwrap();
    assert_eq!(
        after.booked_participants,
        slot.booked_participants.map(|b| b + 1)
    );
    // The same slot again says so.
    assert_eq!(
        api.call(o::validate_class_slot_for_trial_offers(&request))
            .unwrap()
            .validation_status,
        ClassSlotValidationStatus::CustomerAlreadyBooked
    );
    assert_eq!(
        api.call(o::book_class_slot_for_trial_offers(&request))
            .unwrap_err()
            .status(),
        Some(409)
    );
    // The regular class booking lists it.
    assert_eq!(
        api.call(o::get_class_bookings_by_customer_id(customer))
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn waiting_list_full_slots_and_confirmation() {
    let api = Local::at(NOW);
    let hiit = slots_of(&api, ClassId(1002));
    let waiting = hiit
        .iter()
        .find(|s| free(s) == 0 && s.waiting_list_participants < s.max_waiting_list_participants)
        .unwrap();
    let full = hiit
        .iter()
        .find(|s| free(s) == 0 && s.waiting_list_participants == s.max_waiting_list_participants)
        .unwrap();
    let customer = new_lead(&api, "wait@example.com", TrialOfferConfigId(1));
    let booking = api
        .call(o::book_class_slot_for_trial_offers(
            &ClassSlotBookingRequest {
                customer_id: customer,
                class_slot_id: waiting.id,
            },
        ))
        .unwrap();
    assert_eq!(booking.booking_status, ClassBookingStatus::WaitingList);
    let status = api
        .call(o::validate_class_slot_for_trial_offers(
            &ClassSlotBookingRequest {
                customer_id: customer,
                class_slot_id: full.id,
            },
        ))
        .unwrap();
    assert_eq!(
        status.validation_status,
        ClassSlotValidationStatus::BookingLimitReached
    );

    let barbell = slots_of(&api, ClassId(1003));
    let other = new_lead(&api, "lift@example.com", TrialOfferConfigId(2));
    let booking = api
        .call(o::book_class_slot_for_trial_offers(
            &ClassSlotBookingRequest {
                customer_id: other,
                class_slot_id: barbell[0].id,
            },
        ))
        .unwrap();
    assert_eq!(
        booking.booking_status,
        ClassBookingStatus::BookedWithConfirmationRequired
    );
    // Contingent of that offer is 1.
    let again = api
        .call(o::validate_class_slot_for_trial_offers(
            &ClassSlotBookingRequest {
                customer_id: other,
                class_slot_id: barbell[1].id,
            },
        ))
        .unwrap();
    assert_eq!(
        again.validation_status,
        ClassSlotValidationStatus::NoContingent
    );
    // The last Barbell slot's booking window is not open yet.
    let later = new_lead(&api, "later@example.com", TrialOfferConfigId(2));
    let early = api
        .call(o::validate_class_slot_for_trial_offers(
            &ClassSlotBookingRequest {
                customer_id: later,
                class_slot_id: barbell.last().unwrap().id,
            },
        ))
        .unwrap();
    assert_eq!(
        early.validation_status,
        ClassSlotValidationStatus::DateTimeBeforeEarliestBookingDateTime
    );
    // Yesterday's yoga is over.
    let past = slots_of(&api, ClassId(1001))[0].id;
    let late = api
        .call(o::validate_class_slot_for_trial_offers(
            &ClassSlotBookingRequest {
                customer_id: later,
                class_slot_id: past,
            },
        ))
        .unwrap();
    assert_eq!(
        late.validation_status,
        ClassSlotValidationStatus::DateTimeAfterLatestBookingDateTime
    );
}

#[test]
fn leads_are_validated_and_duplicates_recognised() {
    let api = Local::at(NOW);
    let check = |data: LeadData| {
        api.call(o::validate_for_lead_customer_creation(
            &TrialOfferLeadRequest {
                lead_customer_data: data,
                trial_offer_config_id: TrialOfferConfigId(1),
            },
        ))
        .unwrap()
        .validation_status
    };
    assert_eq!(
        check(lead("duplicate@example.com")),
        LeadValidationStatus::DuplicateCustomer
    );
    assert_eq!(
        check(lead("not-an-email")),
        LeadValidationStatus::InvalidLeadCustomerData
    );
    assert_eq!(
        check(LeadData {
            firstname: " ".into(),
            ..lead("a@example.com")
        }),
        LeadValidationStatus::InvalidLeadCustomerData
    );
    new_lead(&api, "Once@Example.com", TrialOfferConfigId(1));
    assert_eq!(
        check(lead("once@example.com")),
        LeadValidationStatus::DuplicateCustomer
    );
    let create = api.call(o::create_lead_customer(&TrialOfferLeadRequest {
        lead_customer_data: lead("duplicate@example.com"),
        trial_offer_config_id: TrialOfferConfigId(1),
    }));
    assert_eq!(create.unwrap_err().kind(), ErrorKind::Invalid);
}

#[test]
fn appointments_in_windows_of_up_to_six_days() {
    let api = Local::at(NOW);
    let monday = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let query = AppointmentSlotQuery {
        customer_id: None,
        days_ahead: 6,
        slot_window_start_date: Some(monday),
    };
    let slots = api
        .call(o::get_bookable_appointment_slots_for_trial_offers(
            BookableAppointmentId(2001),
            &query,
        ))
        .unwrap();
    assert_eq!(slots.len(), 15, "Mon–Fri, three a day");
    assert!(slots.iter().all(|s| !s.instructors.is_empty()));
    let too_wide = AppointmentSlotQuery {
        days_ahead: 6,
        ..query.clone()
    };
    assert!(api
        .call(o::get_bookable_appointment_slots_for_trial_offers(
            BookableAppointmentId(2001),
            &too_wide
        ))
        .is_ok());

    let customer = new_lead(&api, "intro@example.com", TrialOfferConfigId(3));
    let slot = &slots[0];
    let body = AppointmentBookingRequest {
        customer_id: customer,
        bookable_appointment_id: BookableAppointmentId(2001),
        start_date_time: slot.start_date_time.clone().unwrap(),
        end_date_time: slot.end_date_time.clone().unwrap(),
        instructor_ids: vec![slot.instructors[0].id],
    };
    assert_eq!(
        api.call(o::validate_for_appointment_booking_for_trial_offers(&body))
            .unwrap()
            .validation_status,
        AppointmentValidationStatus::Available
    );
    let booked = api
        .call(o::book_appointment_for_trial_offer(&body))
        .unwrap();
    assert_eq!(booked.booking_status, AppointmentBookingStatus::Booked);
    assert_eq!(
        booked.start_date_time.raw(),
        slot.start_date_time.as_ref().unwrap().raw()
    );
    let after = api
        .call(o::get_bookable_appointment_slots_for_trial_offers(
            BookableAppointmentId(2001),
            &query,
        ))
        .unwrap();
    assert_eq!(after.len(), 14, "the booked time is gone");

    let shifted = AppointmentBookingRequest {
        end_date_time: slots[1].start_date_time.clone().unwrap(),
        ..body.clone()
    };
    let other = new_lead(&api, "other@example.com", TrialOfferConfigId(3));
    let status = api
        .call(o::validate_for_appointment_booking_for_trial_offers(
            &AppointmentBookingRequest {
                customer_id: other,
                ..shifted
            },
        ))
        .unwrap();
    assert_eq!(
        status.validation_status,
        AppointmentValidationStatus::PeriodDoesNotMatch
    );
    let taken = api
        .call(o::validate_for_appointment_booking_for_trial_offers(
            &AppointmentBookingRequest {
                customer_id: other,
                ..body
            },
        ))
        .unwrap();
    assert_eq!(
        taken.validation_status,
        AppointmentValidationStatus::ResourceNotAvailable
    );
}

#[test]
fn bookings_needing_confirmation_can_be_confirmed_in_time_only() {
    let api = Local::at(NOW);
    assert_eq!(
        api.call(o::confirm_trial_offer_booking(BookingId(900_001)))
            .unwrap()
            .status,
        BookingConfirmationStatus::Confirmed
    );
    assert_eq!(
        api.call(o::confirm_trial_offer_booking(BookingId(900_002)))
            .unwrap()
            .status,
        BookingConfirmationStatus::Expired
    );
    assert_eq!(
        api.call(o::confirm_trial_offer_booking(BookingId(1)))
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
}

#[test]
fn bad_requests_get_the_open_api_error_body() {
    let api = Local::at(NOW);
    let mut request = o::get_bookable_trial_offer_classes("0");
    request.query.retain(|(n, _)| *n != "sliceSize");
    request.query.push(("sliceSize", "5".into()));
    let error = api.call(request).unwrap_err();
    assert_eq!(error.status(), Some(400));
    assert!(error.trace_id().unwrap().starts_with("demo-"));
}

// ------------------------------------------------------------------ Connect

fn connect_lead(email: &str, birth: &str) -> LeadCustomer {
    LeadCustomer {
        firstname: "Jan".into(),
        lastname: "Becker".into(),
        email: Some(email.into()),
        date_of_birth: Some(birth.into()),
        ..Default::default()
    }
}

fn week(api: &Local, studio: StudioId) -> TrialSession {
    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    api.call(k::get_trial_session_slots(studio, day(21), day(28)))
        .unwrap()
}

#[test]
fn studios_filter_by_zip_or_city_and_explain_themselves() {
    let api = Local::at(NOW);
    let all = api.call(k::get_studio_list(None, &[])).unwrap();
    assert_eq!(all.len(), 5);
    assert!(all.iter().all(|s| s.zone() == Some("Europe/Berlin")));
    assert!(all.iter().any(|s| s.trial_session_bookable == Some(false)));
    assert!(
        all.iter().any(|s| s.opening_date.is_some())
            && all.iter().any(|s| s.closing_date.is_some())
    );
    let koeln = api.call(k::get_studio_list(Some("Köln"), &[])).unwrap();
    assert_eq!(koeln.len(), 2);
    assert_eq!(
        api.call(k::get_studio_list(Some("531"), &[])).unwrap()[0].id,
        StudioId(2)
    );
    assert!(api
        .call(k::get_studio_list(None, &["NOPE"]))
        .unwrap()
        .is_empty());
}

#[test]
fn a_trial_session_is_booked_once_and_the_slot_is_gone() {
    let api = Local::at(NOW);
    let session = week(&api, StudioId(1));
    assert_eq!(session.booking_without_resources_allowed, Some(true));
    assert!(session.slots.len() > 20);
    let slot = session.slots[0].start_date_time.clone().unwrap();
    let body = TrialSessionBookingRequest {
        studio_id: StudioId(1),
        start_date_time: slot.clone(),
        trainer_required: false,
        lead_customer: connect_lead("jan@example.com", "1990-01-01"),
        note: None,
        participants: None,
        referral_code: None,
        referrer_id: Some(ReferrerId(10)),
        source_campaign_id: Some(CampaignId(2)),
    };
    let reference = api.call(k::book_trial_session(&body)).unwrap();
    assert!(reference.uuid.is_some());
    assert!(!week(&api, StudioId(1))
        .slots
        .iter()
        .any(|s| s.start_date_time.as_ref() == Some(&slot)));
    // Someone else on the same time: CONFLICT. The same person again: already booked.
    let other = TrialSessionBookingRequest {
        lead_customer: connect_lead("eva@example.com", "1990-01-01"),
        ..body.clone()
    };
    assert_eq!(
        api.call(k::book_trial_session(&other)).unwrap_err().kind(),
        ErrorKind::Conflict
    );
    let next = TrialSessionBookingRequest {
        start_date_time: session.slots[1].start_date_time.clone().unwrap(),
        ..body
    };
    assert_eq!(
        api.call(k::book_trial_session(&next)).unwrap_err().kind(),
        ErrorKind::AlreadyBooked
    );
}

#[test]
fn connect_rules_minimum_age_trainer_members() {
    let api = Local::at(NOW);
    let config = api
        .call(k::get_trial_session_field_config(StudioId(1)))
        .unwrap();
    assert_eq!(config.minimum_age, Some(16));
    let slot = week(&api, StudioId(1)).slots[3]
        .start_date_time
        .clone()
        .unwrap();
    let book =
        |lead: LeadCustomer, studio: StudioId, at: &trial_api::ZonedDateTime, trainer: bool| {
            api.call(k::book_trial_session(&TrialSessionBookingRequest {
                studio_id: studio,
                start_date_time: at.clone(),
                trainer_required: trainer,
                lead_customer: lead,
                note: None,
                participants: None,
                referral_code: None,
                referrer_id: None,
                source_campaign_id: None,
            }))
        };
    assert_eq!(
        book(
            connect_lead("kid@example.com", "2012-05-01"),
            StudioId(1),
            &slot,
            false
        )
        .unwrap_err()
        .kind(),
        ErrorKind::Invalid
    );
    assert_eq!(
        book(
            connect_lead("member@example.com", "1980-05-01"),
            StudioId(1),
            &slot,
            false
        )
        .unwrap_err()
        .kind(),
        ErrorKind::ActiveMember
    );
    let bonn = week(&api, StudioId(2));
    assert_eq!(bonn.booking_without_resources_allowed, Some(false));
    let bonn_slot = bonn.slots[0].start_date_time.clone().unwrap();
    let with_address = LeadCustomer {
        phone: Some("0228 1".into()),
        address: Some(ConnectAddress {
            street: Some("A".into()),
            city: Some("Bonn".into()),
            zip: Some("53115".into()),
            ..Default::default()
        }),
        ..connect_lead("bonn@example.com", "1980-05-01")
    };
    assert_eq!(
        book(with_address.clone(), StudioId(2), &bonn_slot, false)
            .unwrap_err()
            .kind(),
        ErrorKind::Invalid
    );
    assert!(book(with_address, StudioId(2), &bonn_slot, true).is_ok());
    let deutz = api.call(k::get_trial_session_slots(
        StudioId(5),
        NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
    ));
    assert_eq!(deutz.unwrap_err().kind(), ErrorKind::Unavailable);
}

#[test]
fn a_known_prospect_is_found_and_updated_by_uuid() {
    let api = Local::at(NOW);
    let uuid = demo_studio::KNOWN_PROSPECT_UUID;
    let known = api.call(k::get_lead_by_uuid(uuid)).unwrap();
    assert_eq!(known.firstname, "Lena");
    let slot = week(&api, StudioId(1)).slots[5]
        .start_date_time
        .clone()
        .unwrap();
    let body = TrialSessionBookingRequest {
        studio_id: StudioId(1),
        start_date_time: slot,
        trainer_required: true,
        lead_customer: LeadCustomer {
            customer_uuid: Some(uuid.into()),
            phone: Some("+49 1".into()),
            ..known
        },
        note: None,
        participants: None,
        referral_code: None,
        referrer_id: None,
        source_campaign_id: None,
    };
    let reference = api.call(k::book_trial_session(&body)).unwrap();
    assert_eq!(
        reference.uuid.as_deref(),
        Some(uuid),
        "the existing lead is updated, not duplicated"
    );
    assert_eq!(
        api.call(k::get_lead_by_uuid("nope")).unwrap_err().kind(),
        ErrorKind::NotFound
    );
}

#[test]
fn lead_capture_and_the_small_lists() {
    let api = Local::at(NOW);
    let reference = api
        .call(k::create_lead(&ConnectLeadRequest {
            email: Some("ola@example.com".into()),
            ..ConnectLeadRequest::new(StudioId(1), "Ola".into(), "Nowak".into())
        }))
        .unwrap();
    assert!(reference.id > LeadId(0));
    assert_eq!(
        api.call(k::list_campaigns(StudioId(1))).unwrap()[0].id,
        CampaignId(2)
    );
    assert_eq!(api.call(k::get_referrals(StudioId(1))).unwrap().len(), 2);
    assert_eq!(
        api.call(k::get_communication_settings(StudioId(1)))
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        api.call(k::list_campaigns(StudioId(99)))
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
}

#[test]
fn the_schedule_moves_with_the_clock() {
    let api = Local::at(NOW);
    *api.now.borrow_mut() += Duration::days(2);
    let yoga = slots_of(&api, ClassId(1001));
    // The window is now 22 Nov 09:00 … 7 Dec 09:00: the 20th and 21st dropped out.
    assert_eq!(yoga.len(), 14, "the window moved two days on");
    assert!(yoga[0]
        .start_date_time
        .as_ref()
        .unwrap()
        .raw()
        .starts_with("2026-11-22T18:30"));
}

#[test]
fn the_studio_speaks_the_visitors_language() {
    use demo_studio::DemoTexts;
    let now = DateTime::parse_from_rfc3339(NOW).unwrap().to_utc();
    let mut studio = DemoStudio::new(now, "");
    let mut answer = |lang: &str, request: &Request<_>| -> serde_json::Value {
        let response = studio
            .answer(request, now)
            .in_language(&DemoTexts::bundled(lang));
        assert_eq!(response.status, 200);
        serde_json::from_str(&response.body).unwrap()
    };
    let titles = |page: serde_json::Value| -> Vec<String> {
        page["result"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["trialOfferBookableAppointment"]["title"].to_string())
            .collect()
    };
    let list = o::get_bookable_trial_offer_appointments("");
    assert_eq!(
        titles(answer("en", &list)),
        [r#""Intro session with a trainer""#, r#""Body check""#]
    );
    assert_eq!(
        titles(answer("de-DE,en;q=0.5", &list)),
        [r#""Einführung mit Trainer""#, r#""Körperanalyse""#]
    );
    assert_eq!(
        titles(answer("pl", &list)),
        [
            r#""Trening wprowadzający z trenerem""#,
            r#""Analiza składu ciała""#
        ]
    );
    // The answer still decodes into its model.
    let page: BookableTrialOfferAppointmentPage =
        serde_json::from_value(answer("ru", &list)).unwrap();
    assert_eq!(page.result.len(), 2);
    let campaigns = studio
        .answer(&k::list_campaigns(StudioId(1)), now)
        .in_language(&DemoTexts::bundled("fr"));
    let campaigns: Vec<Campaign> = serde_json::from_str(&campaigns.body).unwrap();
    assert_eq!(campaigns[1].name, "Sport en entreprise");
}
