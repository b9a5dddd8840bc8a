//! The real gloo-net client in Chromium against the mock API server over HTTP
//! (started by scripts/test, its URL baked in as MOCK_API_URL), and the demo
//! backend driving a complete booking.

use crate::support::{control, mock, requests_to};
use serde_json::{json, Value};
use trial_api::client::RetryPolicy;
use trial_api::models::connect::{ConnectErrorCode, LeadCustomer, TrialSessionBookingRequest};
use trial_api::models::open_api::*;
use trial_api::models::{ClassSlotId, CustomerId, StudioId, TrialOfferConfigId};
use trial_api::ops::{connect as k, open_api as o};
use trial_api::{ApiError, ApiProblem, ErrorKind};
use trial_booking::api::{Api, Backend, DemoTransport, HttpTransport};
use wasm_bindgen_test::wasm_bindgen_test;

/// The Open API through the mock's proxy stand-in (which adds the key).
fn open_api() -> Api {
    Api::new(Backend::Http(HttpTransport::new(
        &format!("{}/proxy", mock()),
        "de-DE",
    )))
}

fn connect() -> Api {
    Api::new(Backend::Http(HttpTransport::new(mock(), "en")))
}

async fn fault(value: Value) {
    assert_eq!(control("faults", Some(value)).await["added"], 1);
}

#[wasm_bindgen_test]
async fn a_paged_list_is_fetched_to_the_end() {
    let api = open_api();
    let classes = api.all(o::get_bookable_trial_offer_classes).await.unwrap();
    let yoga = classes
        .iter()
        .find(|c| c.trial_offer_class.title.as_deref() == Some("Yoga Flow"))
        .unwrap()
        .trial_offer_class
        .id;
    let path = format!("/v1/trial-offers/bookable-trial-offers/classes/{yoga}/slots");
    // The server answers ten at a time, whatever the client asks for.
    fault(json!({"path": path, "sliceSize": 10, "times": 5})).await;
    let slots = api
        .all(|offset| o::get_class_slots_for_trial_offers(yoga, offset))
        .await
        .unwrap();
    assert!(slots.len() > 10, "more than one page: {}", slots.len());
    let requests = requests_to(&path).await;
    let offsets: Vec<String> = requests
        .iter()
        // This client's requests (its language); the mock's log also holds
        // the earlier tests' widgets' requests for the same class.
        .filter(|r| r["acceptLanguage"] == "de-DE")
        .map(|r| {
            r["query"]
                .as_array()
                .unwrap()
                .iter()
                .find(|q| q[0] == "offset")
                .unwrap()[1]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        offsets,
        ["0", "10"],
        "each returned offset passed back unchanged"
    );
    let ids: std::collections::HashSet<_> = slots.iter().map(|s| s.id).collect();
    assert_eq!(ids.len(), slots.len(), "no slot twice");
    // The key never came from the browser; the language did.
    assert!(requests.iter().all(|r| r["clientSentApiKey"] == false));
}

#[wasm_bindgen_test]
async fn a_429_is_waited_out_then_the_read_succeeds() {
    let path = "/v1/trial-offers/config/3";
    fault(json!({"path": path, "status": 429, "retryAfter": 1, "times": 1})).await;
    let started = js_sys::Date::now();
    let config = open_api()
        .call(o::get_trial_offer_config(TrialOfferConfigId(3)))
        .await
        .unwrap();
    assert_eq!(config.id, TrialOfferConfigId(3));
    assert!(
        js_sys::Date::now() - started >= 900.0,
        "Retry-After (1 s) was honoured"
    );
    assert_eq!(requests_to(path).await.len(), 2);
}

#[wasm_bindgen_test]
async fn a_409_is_decoded_into_the_typed_error_and_a_write_is_sent_once() {
    let path = "/connect/v1/trialsession/book";
    fault(json!({"method": "POST", "path": path, "status": 409, "errorCodes": ["CONFLICT"]})).await;
    let before = requests_to(path).await.len();
    let body = TrialSessionBookingRequest {
        studio_id: StudioId(1),
        start_date_time: trial_api::ZonedDateTime::parse(
            "2030-01-07T10:00:00.000+01:00[Europe/Berlin]",
        )
        .unwrap(),
        trainer_required: true,
        lead_customer: LeadCustomer {
            firstname: "Ada".into(),
            lastname: "Lovelace".into(),
            ..Default::default()
        },
        note: None,
        participants: None,
        referral_code: None,
        referrer_id: None,
        source_campaign_id: None,
    };
    let error = connect()
        .call(k::book_trial_session(&body))
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(409));
    assert_eq!(error.kind(), ErrorKind::Conflict);
    assert!(error.has_code(&ConnectErrorCode::Conflict));
    assert!(error.trace_id().is_some());
    assert_eq!(
        requests_to(path).await.len(),
        before + 1,
        "a booking is never retried"
    );

    // The Open API's body is decoded as its own error type.
    fault(json!({"method": "POST", "path": "/v1/trial-offers/classes/booking/book", "status": 409, "errorCodes": ["CONCURRENT_MODIFICATION"]})).await;
    let error = open_api()
        .call(o::book_class_slot_for_trial_offers(
            &ClassSlotBookingRequest {
                customer_id: CustomerId(1),
                class_slot_id: ClassSlotId(2),
            },
        ))
        .await
        .unwrap_err();
    match error {
        ApiError::Http {
            status: 409,
            problem: Some(problem),
            ..
        } => {
            assert!(
                matches!(*problem, ApiProblem::OpenApi(ref e) if e.error_code.as_deref() == Some("CONCURRENT_MODIFICATION"))
            );
        }
        other => panic!("expected a typed 409, got {other:?}"),
    }
}

#[wasm_bindgen_test]
async fn malformed_json_is_a_decode_error() {
    fault(json!({"path": "/connect/v1/campaign", "malformed": true})).await;
    let error = connect()
        .call(k::list_campaigns(StudioId(1)))
        .await
        .unwrap_err();
    assert!(matches!(error, ApiError::Decode(_)), "{error:?}");
    assert_eq!(error.kind(), ErrorKind::Server);
}

#[wasm_bindgen_test]
async fn a_slow_answer_is_a_timeout() {
    fault(json!({"path": "/connect/v1/referral", "delayMs": 3000})).await;
    let api = Api::new(Backend::Http(
        HttpTransport::new(mock(), "en").with_timeout(400),
    ))
    .with_policy(RetryPolicy {
        max_retries: 0,
        ..RetryPolicy::default()
    });
    let started = js_sys::Date::now();
    let error = api.call(k::get_referrals(StudioId(1))).await.unwrap_err();
    assert_eq!(error, ApiError::Timeout);
    assert!(
        js_sys::Date::now() - started < 2500.0,
        "gave up at the time limit, not when the server answered"
    );
}

/// A read whose answer is no longer wanted (a stale time window) is dropped
/// mid-flight: its time limit must go with it. Before, the timer fired later
/// into a freed closure ("closure invoked after being dropped").
#[wasm_bindgen_test]
async fn a_dropped_request_leaves_no_timer_behind() {
    use futures::FutureExt;
    fault(json!({"path": "/connect/v1/referral", "delayMs": 1500})).await;
    let errors = js_sys::Array::new();
    let on_error = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::ErrorEvent)>::new({
        let errors = errors.clone();
        move |e: web_sys::ErrorEvent| {
            errors.push(&e.message().into());
        }
    });
    let window = web_sys::window().unwrap();
    window
        .add_event_listener_with_callback(
            "error",
            wasm_bindgen::JsCast::unchecked_ref(on_error.as_ref()),
        )
        .unwrap();
    let api = Api::new(Backend::Http(
        HttpTransport::new(mock(), "en").with_timeout(300),
    ));
    {
        let call = api.call(k::get_referrals(StudioId(1))).fuse();
        let pause = trial_booking::api::sleep(50).fuse();
        futures::pin_mut!(call, pause);
        futures::select! {
            _ = call => panic!("the mock was told to wait 1.5 s"),
            _ = pause => {}
        }
        // Leaving the block drops the request mid-flight.
    }
    trial_booking::api::sleep(600).await;
    window
        .remove_event_listener_with_callback(
            "error",
            wasm_bindgen::JsCast::unchecked_ref(on_error.as_ref()),
        )
        .unwrap();
    assert_eq!(errors.length(), 0, "{:?}", errors.to_vec());
}

#[wasm_bindgen_test]
async fn unknown_enum_values_from_the_server_are_tolerated() {
    fault(json!({"path": "/v1/trial-offers/config/2", "unknownEnum": true})).await;
    let config = open_api()
        .call(o::get_trial_offer_config(TrialOfferConfigId(2)))
        .await
        .unwrap();
    assert!(!config.lead_data_config.gender_mode.is_known());
    assert!(
        config.lead_data_config.gender_mode.is_shown(),
        "an unknown mode shows the field as optional"
    );
}

#[wasm_bindgen_test]
async fn the_demo_backend_drives_a_complete_booking() {
    let api = Api::new(Backend::Demo(DemoTransport::fresh()));
    let classes = api.all(o::get_bookable_trial_offer_classes).await.unwrap();
    let appointments = api
        .all(o::get_bookable_trial_offer_appointments)
        .await
        .unwrap();
    assert!(!classes.is_empty() && !appointments.is_empty());
    let offer = &classes[0];
    let config = api
        .call(o::get_trial_offer_config(offer.trial_offer_config_id))
        .await
        .unwrap();
    assert!(config.allow_booking_for_leads);
    let slots = api
        .all(|offset| o::get_class_slots_for_trial_offers(offer.trial_offer_class.id, offset))
        .await
        .unwrap();
    let now = trial_booking::time::now();
    let slot = slots
        .iter()
        .find(|s| {
            s.start_date_time
                .as_ref()
                .is_some_and(|t| t.instant() > now + chrono::Duration::hours(2))
        })
        .unwrap();
    let lead = TrialOfferLeadRequest {
        lead_customer_data: LeadData {
            firstname: "Grace".into(),
            lastname: "Hopper".into(),
            email: "grace@example.com".into(),
            telephone: Some("0221 1234".into()),
            ..Default::default()
        },
        trial_offer_config_id: config.id,
    };
    assert_eq!(
        api.call(o::validate_for_lead_customer_creation(&lead))
            .await
            .unwrap()
            .validation_status,
        LeadValidationStatus::Possible
    );
    let customer = api
        .call(o::create_lead_customer(&lead))
        .await
        .unwrap()
        .lead_customer_id
        .unwrap();
    let request = ClassSlotBookingRequest {
        customer_id: customer,
        class_slot_id: slot.id,
    };
    assert_eq!(
        api.call(o::validate_class_slot_for_trial_offers(&request))
            .await
            .unwrap()
            .validation_status,
        ClassSlotValidationStatus::Available
    );
    let booking = api
        .call(o::book_class_slot_for_trial_offers(&request))
        .await
        .unwrap();
    assert_eq!(booking.booking_status, ClassBookingStatus::Booked);
    assert_eq!(booking.customer_id, customer);
}
