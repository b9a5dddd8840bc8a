//! The trial-offer booking flow, as a visitor goes through it: through the
//! real `<trial-booking>` element, with the demo backend or the mock server.

use crate::support::*;
use serde_json::json;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{HtmlElement, ShadowRoot};

async fn demo_widget(id: &str) -> (HtmlElement, ShadowRoot) {
    let el = widget(&[("lang", "en"), ("id", id)]);
    settle().await;
    let root = shadow(&el);
    (el, root)
}

async fn mock_widget(id: &str) -> (HtmlElement, ShadowRoot) {
    let base = format!("{}/proxy", mock());
    let el = widget(&[
        ("lang", "en"),
        ("id", id),
        ("backend", "open-api"),
        ("api-base", &base),
        ("privacy-url", "https://studio.example/privacy"),
    ]);
    settle().await;
    let root = shadow(&el);
    (el, root)
}

/// Offer → first bookable time whose status contains `slot_status`.
async fn choose_offer_and_time(root: &ShadowRoot, offer: &str, slot_status: &str) {
    click(root, "button", offer).await;
    find(root, "heading", &format!("Choose a time: {offer}")).await;
    let slot: HtmlElement = all_by_role_eventually(root, slot_status).await;
    slot.click();
    settle().await;
    find(root, "heading", "Your details").await;
}

async fn all_by_role_eventually(root: &ShadowRoot, status: &str) -> HtmlElement {
    for _ in 0..200 {
        let found = all_by_role(root, "button").into_iter().find(|b| {
            !b.has_attribute("disabled")
                && b.class_list().contains("tb-slot")
                && accessible_name(root, b).contains(status)
        });
        if let Some(b) = found {
            return b.unchecked_into();
        }
        // Not among the shown day's times: the next day of the strip that has times.
        if let Some(next) = next_day(root) {
            next.click();
            settle().await;
            continue;
        }
        wait(50).await;
    }
    panic!("no bookable time with {status:?}: {}", text(root))
}

/// The tab of the day after the shown one that has times (the time step's
/// strip of days shows one day's times at a time).
fn next_day(root: &ShadowRoot) -> Option<HtmlElement> {
    let tabs = all_by_role(root, "tab");
    let shown = tabs
        .iter()
        .position(|t| t.get_attribute("aria-selected").as_deref() == Some("true"))?;
    tabs.into_iter()
        .skip(shown + 1)
        .find(|t| t.get_attribute("aria-disabled").as_deref() != Some("true"))
        .map(|t| t.unchecked_into())
}

async fn fill_basics(root: &ShadowRoot, email: &str) {
    fill(root, "First name", "Mia").await;
    fill(root, "Last name", "Schulz").await;
    fill(root, "E-mail address", email).await;
}

#[wasm_bindgen_test]
async fn a_class_is_booked_from_start_to_finish() {
    let (el, root) = demo_widget("class-booking").await;
    choose_offer_and_time(&root, "Yoga Flow", "places left").await;
    fill_basics(&root, &unique("class")).await;
    fill(&root, "Phone number", "0221 5550100").await;
    check(&root, "I agree").await;
    click(&root, "button", "Book now").await;
    find(&root, "heading", "You're booked!").await;
    let summary = text(&root);
    assert!(
        summary.contains("Yoga Flow")
            && summary.contains("Anna B.")
            && summary.contains("Group room 1"),
        "{summary}"
    );
    let calendar = find(&root, "link", "Add to calendar").await;
    let href = calendar.get_attribute("href").unwrap();
    assert!(
        href.starts_with("data:text/calendar") && href.contains("BEGIN%3AVEVENT"),
        "{href}"
    );
    let current = root.query_selector("[aria-current=step]").unwrap().unwrap();
    assert_eq!(accessible_name(&root, &current), "Booked");
    el.remove();
}

#[wasm_bindgen_test]
async fn an_appointment_is_booked_in_a_window_of_days() {
    let (el, root) = demo_widget("appointment-booking").await;
    click(&root, "button", "Intro session with a trainer").await;
    find(
        &root,
        "heading",
        "Choose a time: Intro session with a trainer",
    )
    .await;
    find(&root, "button", "Later days").await;
    let slot = all_by_role_eventually(&root, "Free").await;
    slot.click();
    settle().await;
    find(&root, "heading", "Your details").await;
    fill_basics(&root, &unique("appointment")).await;
    // This offer's configuration requires date of birth and phone.
    fill(&root, "Phone number", "0221 5550101").await;
    fill(&root, "Date of birth", "1990-04-12").await;
    check(&root, "I agree").await;
    click(&root, "button", "Book now").await;
    find(&root, "heading", "You're booked!").await;
    el.remove();
}

#[wasm_bindgen_test]
async fn a_full_class_with_room_on_the_waiting_list() {
    let (el, root) = demo_widget("waiting-list").await;
    choose_offer_and_time(&root, "HIIT Express", "Waiting list").await;
    fill_basics(&root, &unique("waiting")).await;
    fill(&root, "Phone number", "0221 5550102").await;
    check(&root, "I agree").await;
    click(&root, "button", "Join the waiting list").await;
    find(&root, "heading", "You're on the waiting list").await;
    el.remove();
}

#[wasm_bindgen_test]
async fn a_booking_that_needs_confirmation_explains_the_term() {
    let (el, root) = demo_widget("confirmation").await;
    choose_offer_and_time(&root, "Barbell Basics", "places left").await;
    fill_basics(&root, &unique("confirm")).await;
    choose(&root, "Gender", "FEMALE").await;
    fill(&root, "Street", "Venloer Straße").await;
    fill(&root, "Postcode", "50823").await;
    fill(&root, "City", "Köln").await;
    check(&root, "I agree").await;
    click(&root, "button", "Book now").await;
    find(&root, "heading", "Almost done: please confirm your booking").await;
    find_text(&root, "Please confirm at the latest 1 day before the start, otherwise the booking is cancelled automatically.").await;
    el.remove();
}

#[wasm_bindgen_test]
async fn mistakes_are_shown_next_to_the_fields_before_anything_is_sent() {
    let (el, root) = demo_widget("form-errors").await;
    choose_offer_and_time(&root, "Yoga Flow", "places left").await;
    fill(&root, "E-mail address", "mia@example").await;
    click(&root, "button", "Book now").await;
    find_text(&root, "Please correct the marked fields.").await;
    let first = find(&root, "textbox", "First name").await;
    assert_eq!(first.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = first.get_attribute("aria-describedby").unwrap();
    assert_eq!(
        root.get_element_by_id(&described)
            .unwrap()
            .text_content()
            .unwrap(),
        "Please fill in this field."
    );
    assert!(
        root.active_element()
            .is_some_and(|a| a.is_same_node(Some(&first))),
        "focus moves to the first mistake"
    );
    find_text(
        &root,
        "Please enter a valid e-mail address, like name@example.com.",
    )
    .await;
    find_text(
        &root,
        "Please agree so that the studio may use your details.",
    )
    .await;
    // Fixing a field clears its message.
    fill(&root, "E-mail address", "mia@example.com").await;
    assert!(!text(&root).contains("Please enter a valid e-mail address"));
    assert_eq!(
        find(&root, "heading", "Your details").await.tag_name(),
        "H3",
        "still on the details step"
    );
    el.remove();
}

#[wasm_bindgen_test]
async fn a_known_customer_is_told_to_contact_the_studio() {
    let (el, root) = demo_widget("duplicate").await;
    choose_offer_and_time(&root, "Yoga Flow", "places left").await;
    fill_basics(&root, "duplicate@example.com").await;
    fill(&root, "Phone number", "0221 5550103").await;
    check(&root, "I agree").await;
    click(&root, "button", "Book now").await;
    let alert = find_containing(&root, "alert", "already registered").await;
    assert_eq!(
        accessible_name(&root, &alert),
        "You are already registered with this studio. Please contact the studio to book your trial session."
    );
    assert!(!text(&root).contains("You're booked!"));
    el.remove();
}

#[wasm_bindgen_test]
async fn what_was_typed_survives_a_reload() {
    let attrs = [("lang", "en"), ("id", "reload")];
    let el = widget(&attrs);
    settle().await;
    let root = shadow(&el);
    choose_offer_and_time(&root, "Yoga Flow", "places left").await;
    fill(&root, "First name", "Jonas").await;
    fill(&root, "E-mail address", "jonas@example.com").await;
    el.remove(); // the page goes away …
    settle().await;
    let again = widget(&attrs); // … and comes back
    settle().await;
    let root = shadow(&again);
    choose_offer_and_time(&root, "Yoga Flow", "places left").await;
    assert_eq!(value_of(&root, "First name").await, "Jonas");
    assert_eq!(value_of(&root, "E-mail address").await, "jonas@example.com");
    again.remove();
    // A booking-free page with another id starts empty.
    let other = widget(&[("lang", "en"), ("id", "reload-other")]);
    settle().await;
    let root = shadow(&other);
    choose_offer_and_time(&root, "Yoga Flow", "places left").await;
    assert_eq!(value_of(&root, "First name").await, "");
    other.remove();
}

#[wasm_bindgen_test]
async fn the_step_indicator_and_back_keep_earlier_choices() {
    let (el, root) = demo_widget("navigation").await;
    choose_offer_and_time(&root, "Yoga Flow", "places left").await;
    fill(&root, "First name", "Ada").await;
    // Completed steps are buttons back.
    click(&root, "button", "Offer, completed").await;
    find(&root, "heading", "What would you like to try?").await;
    let yoga = find(&root, "button", "Yoga Flow").await;
    assert_eq!(yoga.get_attribute("aria-pressed").as_deref(), Some("true"));
    click(&root, "button", "Yoga Flow").await;
    find(&root, "heading", "Choose a time: Yoga Flow").await;
    // The chosen time is still marked; choosing it again leads back to the details.
    let mut chosen = None;
    for _ in 0..200 {
        chosen = root.query_selector(".tb-slot[aria-pressed=true]").unwrap();
        if chosen.is_some() {
            break;
        }
        wait(50).await;
    }
    chosen
        .expect("the chosen time is marked")
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    find(&root, "heading", "Your details").await;
    assert_eq!(value_of(&root, "First name").await, "Ada");
    click(&root, "button", "Back").await;
    find(&root, "heading", "Choose a time: Yoga Flow").await;
    el.remove();
}

#[wasm_bindgen_test]
async fn the_confirmation_link_confirms_or_says_it_expired() {
    let ok = widget(&[("lang", "en"), ("confirm-booking-id", "900001")]);
    let late = widget(&[("lang", "en"), ("confirm-booking-id", "900002")]);
    settle().await;
    find(&shadow(&ok), "heading", "Your booking is confirmed").await;
    find(
        &shadow(&late),
        "heading",
        "This confirmation link has expired",
    )
    .await;
    ok.remove();
    late.remove();
}

// ------------------------------------------------------------------ against the mock server

async fn to_details_with_mock(id: &str, email: &str) -> (HtmlElement, ShadowRoot) {
    let (el, root) = mock_widget(id).await;
    choose_offer_and_time(&root, "Yoga Flow", "places left").await;
    fill_basics(&root, email).await;
    fill(&root, "Phone number", "0221 5550104").await;
    check(&root, "I agree").await;
    (el, root)
}

#[wasm_bindgen_test]
async fn a_double_click_on_book_sends_one_booking() {
    let path = "/v1/trial-offers/classes/booking/book";
    let before = requests_to(path).await.len();
    let (el, root) = to_details_with_mock("double-click", &unique("double")).await;
    let book: HtmlElement = find(&root, "button", "Book now").await.unchecked_into();
    book.click();
    book.click();
    settle().await;
    book.click();
    find(&root, "heading", "You're booked!").await;
    assert_eq!(requests_to(path).await.len(), before + 1);
    el.remove();
}

#[wasm_bindgen_test]
async fn every_class_validation_status_has_its_message() {
    let cases = [
        ("NO_CONTINGENT", "You have already used the trial sessions this offer allows. Please contact the studio."),
        ("BOOKING_LIMIT_REACHED", "This time is fully booked, waiting list included. Please choose another time."),
        ("CUSTOMER_ALREADY_BOOKED", "You have already booked this time."),
        ("CUSTOMER_IDLE", "Your membership is paused at that time. Please contact the studio."),
        ("CUSTOMER_IN_OTHER_BOOKING", "You already have another booking at that time. Please choose another time."),
        ("DISPLAY_ONLY", "This class cannot be booked online. Please contact the studio."),
        ("DATE_TIME_BEFORE_EARLIEST_BOOKING_DATE_TIME", "Booking for this time is not open yet. Please choose another time."),
        ("DATE_TIME_AFTER_LATEST_BOOKING_DATE_TIME", "Booking for this time has closed. Please choose another time."),
        ("STUDIO_CLOSED", "The studio is closed at that time. Please choose another time."),
        ("NOT_AVAILABLE", "This time cannot be booked. Please choose another time."),
        ("SOMETHING_NEW", "This time cannot be booked. Please choose another time."),
    ];
    let lead_creations = requests_to("/v1/trial-offers/lead/create").await.len();
    let (el, root) = to_details_with_mock("statuses", &unique("statuses")).await;
    for (status, message) in cases {
        control("faults", Some(json!({"path": "/v1/trial-offers/classes/booking/validate", "body": {"validationStatus": status}}))).await;
        click(&root, "button", "Book now").await;
        let alert = find_containing(&root, "alert", &message[..20]).await;
        assert_eq!(accessible_name(&root, &alert), message, "{status}");
        if text(&root).contains("Choose a time: Yoga Flow") {
            // Sent back to the times: pick one again (what was typed is kept).
            let slot = all_by_role_eventually(&root, "places left").await;
            slot.click();
            settle().await;
            find(&root, "heading", "Your details").await;
        }
    }
    assert_eq!(
        requests_to("/v1/trial-offers/lead/create").await.len(),
        lead_creations + 1,
        "one lead, however often the visitor tries"
    );
    assert!(!text(&root).contains("You're booked!"));
    el.remove();
}

#[wasm_bindgen_test]
async fn the_api_message_is_never_shown() {
    let (el, root) = to_details_with_mock("api-message", &unique("message")).await;
    control("faults", Some(json!({"method": "POST", "path": "/v1/trial-offers/classes/booking/book", "status": 500}))).await;
    click(&root, "button", "Book now").await;
    let alert = find_containing(&root, "alert", "Something went wrong").await;
    assert_eq!(
        accessible_name(&root, &alert),
        "Something went wrong in the studio's booking system. Please try again later."
    );
    assert!(
        !text(&root).contains("Mock error"),
        "the developer message stays out of the page"
    );
    // The visitor tries again, and it works.
    click(&root, "button", "Book now").await;
    find(&root, "heading", "You're booked!").await;
    el.remove();
}

#[wasm_bindgen_test]
async fn an_empty_catalogue_and_a_failed_load_each_say_so_with_a_retry() {
    let empty = json!({"result": [], "hasNext": false, "offset": "0"});
    control(
        "faults",
        Some(json!([
            {"path": "/v1/trial-offers/bookable-trial-offers/classes", "body": empty},
            {"path": "/v1/trial-offers/bookable-trial-offers/appointments/bookable", "body": empty}
        ])),
    )
    .await;
    let (el, root) = mock_widget("empty-catalogue").await;
    find(&root, "heading", "Nothing to book right now").await;
    click(&root, "button", "Try again").await;
    find(&root, "button", "Yoga Flow").await;
    el.remove();

    control(
        "faults",
        Some(json!({"path": "/v1/trial-offers/bookable-trial-offers/classes", "status": 500})),
    )
    .await;
    let (el, root) = mock_widget("failed-catalogue").await;
    find_containing(&root, "alert", "could not be loaded").await;
    find_text(&root, "The offers could not be loaded.").await;
    find_text(
        &root,
        "Something went wrong in the studio's booking system. Please try again later.",
    )
    .await;
    click(&root, "button", "Try again").await;
    find(&root, "button", "Yoga Flow").await;
    el.remove();
}

#[wasm_bindgen_test]
async fn an_offer_not_open_to_leads_is_explained() {
    let (el, root) = mock_widget("not-for-leads").await;
    control("faults", Some(json!({"path": "/v1/trial-offers/config/1", "body": {
        "id": 1, "name": "Members only", "preventMultipleBookingsTerm": {"value": 1, "unit": "WEEK"}, "contingent": 1,
        "allowBookingForLeads": false,
        "leadDataConfig": {"trialOfferLeadDataConfigId": 1, "genderMode": "INACTIVE", "dateOfBirthMode": "INACTIVE", "telephoneMode": "INACTIVE", "addressMode": "INACTIVE"}
    }}))).await;
    click(&root, "button", "Yoga Flow").await;
    find_text(&root, "This offer cannot be booked online by new visitors. Please contact the studio to arrange your trial session.").await;
    assert!(
        all_by_role(&root, "button")
            .iter()
            .all(|b| !b.class_list().contains("tb-slot")),
        "no times to pick"
    );
    el.remove();
}

#[wasm_bindgen_test]
async fn a_finished_booking_forgets_the_stored_details() {
    let storage = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap();
    let key = "trial-booking:v1:demo:demo:forget";
    let (el, root) = demo_widget("forget").await;
    choose_offer_and_time(&root, "Yoga Flow", "places left").await;
    fill_basics(&root, &unique("forget")).await;
    fill(&root, "Phone number", "0221 5550105").await;
    assert!(
        storage.get_item(key).unwrap().unwrap().contains("Mia"),
        "kept while booking"
    );
    check(&root, "I agree").await;
    click(&root, "button", "Book now").await;
    find(&root, "heading", "You're booked!").await;
    settle().await;
    assert_eq!(storage.get_item(key).unwrap(), None, "cleared once booked");
    el.remove();
}
