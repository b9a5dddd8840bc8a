//! The Connect trial-session flow and lead capture, through the real
//! `<trial-booking>` element, with the demo backend or the mock server.

use crate::support::*;
use serde_json::json;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{HtmlElement, ShadowRoot};

const KOELN: &str = "Kraftwerk Fitness Köln-Ehrenfeld";

async fn mounted(attributes: &[(&str, &str)]) -> (HtmlElement, ShadowRoot) {
    let el = widget(attributes);
    settle().await;
    let root = shadow(&el);
    (el, root)
}

/// The first free time on the times step: the first window, which starts on
/// the studio's today, always has one with the demo studio (any day, any hour).
async fn first_time(root: &ShadowRoot) -> HtmlElement {
    for _ in 0..400 {
        if let Some(b) = all_by_role(root, "button")
            .into_iter()
            .find(|b| b.class_list().contains("tb-slot") && !b.has_attribute("disabled"))
        {
            return b.unchecked_into();
        }
        wait(25).await;
    }
    panic!("no free time: {}", text(root))
}

async fn to_details(root: &ShadowRoot) {
    first_time(root).await.click();
    settle().await;
    find(root, "heading", "Your details").await;
}

#[wasm_bindgen_test]
async fn the_visitor_finds_a_studio_and_unbookable_ones_say_why() {
    let (el, root) = mounted(&[("lang", "en"), ("flow", "trial-session"), ("id", "studios")]).await;
    find(&root, "heading", "Where would you like to train?").await;
    let koeln = find_containing(&root, "button", KOELN).await;
    assert!(accessible_name(&root, &koeln).contains("Venloer Straße 1, 50823 Köln"));
    let duesseldorf = find_containing(&root, "button", "Düsseldorf").await;
    assert!(
        duesseldorf.has_attribute("disabled")
            && accessible_name(&root, &duesseldorf).contains("Opens on")
    );
    assert!(
        accessible_name(&root, &find_containing(&root, "button", "Aachen").await)
            .contains("Closed at the moment")
    );
    assert!(
        !all_by_role(&root, "button")
            .iter()
            .any(|b| accessible_name(&root, b).contains("Deutz")),
        "a studio without online trial sessions is not offered"
    );
    // Filters as the visitor types.
    fill(&root, "Search by name, postcode or city", "531").await;
    let names: Vec<_> = all_by_role(&root, "button")
        .iter()
        .filter(|b| b.class_list().contains("tb-studio"))
        .map(|b| accessible_name(&root, b))
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(names[0].starts_with("Kraftwerk Fitness Bonn"));
    fill(&root, "Search by name, postcode or city", "nowhere").await;
    find_text(&root, "No studio matches your search.").await;
    fill(&root, "Search by name, postcode or city", "köln").await;
    find_containing(&root, "button", KOELN)
        .await
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    find(&root, "heading", &format!("Choose a time: {KOELN}")).await;
    find_text(&root, "Times are the studio's local time (Europe/Berlin).").await;
    el.remove();
}

#[wasm_bindgen_test]
async fn a_visitor_under_the_minimum_age_is_told_before_anything_is_sent() {
    let (el, root) = mounted(&[
        ("lang", "en"),
        ("flow", "trial-session"),
        ("studio-id", "1"),
        ("id", "too-young"),
    ])
    .await;
    to_details(&root).await;
    fill(&root, "First name", "Kim").await;
    fill(&root, "Last name", "Young").await;
    fill(&root, "E-mail address", &unique("young")).await;
    fill(&root, "Date of birth", "2015-06-01").await;
    check(&root, "I agree").await;
    click(&root, "button", "Book now").await;
    find_text(
        &root,
        "You must be at least 16 years old to book a trial session.",
    )
    .await;
    let dob = find(&root, "textbox", "Date of birth").await;
    assert_eq!(dob.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(!text(&root).contains("You're booked!"));
    el.remove();
}

#[wasm_bindgen_test]
async fn a_trial_session_is_booked_with_the_trainer_choice_and_consent() {
    let (el, root) = mounted(&[
        ("lang", "en"),
        ("flow", "trial-session"),
        ("id", "session-booking"),
    ])
    .await;
    find_containing(&root, "button", KOELN)
        .await
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    to_details(&root).await;
    fill(&root, "First name", "Noah").await;
    fill(&root, "Last name", "Weber").await;
    fill(&root, "E-mail address", &unique("session")).await;
    fill(&root, "Date of birth", "1992-02-02").await;
    // Köln lets the visitor choose whether a trainer comes along.
    let trainer = find(&root, "checkbox", "I would like a trainer to be with me.").await;
    assert!(trainer
        .unchecked_ref::<web_sys::HtmlInputElement>()
        .checked());
    check(&root, "E-mail").await;
    check(&root, "I agree").await;
    click(&root, "button", "Book now").await;
    find(&root, "heading", "You're booked!").await;
    find_text(&root, "With a trainer").await;
    find_text(&root, KOELN).await;
    find(&root, "link", "Add to calendar").await;
    el.remove();
}

#[wasm_bindgen_test]
async fn a_conflict_reloads_the_times_and_keeps_everything_typed() {
    let (el, root) = mounted(&[
        ("lang", "en"),
        ("backend", "connect"),
        ("api-base", mock()),
        ("studio-id", "1"),
        ("id", "conflict"),
    ])
    .await;
    to_details(&root).await;
    fill(&root, "First name", "Lea").await;
    fill(&root, "Last name", "Conflict").await;
    fill(&root, "E-mail address", &unique("conflict")).await;
    fill(&root, "Date of birth", "1990-01-01").await;
    check(&root, "I agree").await;
    control("faults", Some(json!({"method": "POST", "path": "/connect/v1/trialsession/book", "status": 409, "errorCodes": ["CONFLICT"]}))).await;
    let loads = requests_to("/connect/v1/trialsession").await.len();
    click(&root, "button", "Book now").await;
    let alert = find_containing(&root, "alert", "Someone else").await;
    assert_eq!(
        accessible_name(&root, &alert),
        "Someone else has just booked this time. Please choose another time."
    );
    find(&root, "heading", &format!("Choose a time: {KOELN}")).await;
    first_time(&root).await;
    assert!(
        requests_to("/connect/v1/trialsession").await.len() > loads,
        "the times were reloaded"
    );
    to_details(&root).await;
    assert_eq!(value_of(&root, "First name").await, "Lea");
    assert_eq!(value_of(&root, "Date of birth").await, "1990-01-01");
    click(&root, "button", "Book now").await;
    find(&root, "heading", "You're booked!").await;
    el.remove();
}

#[wasm_bindgen_test]
async fn a_known_prospect_is_prefilled_and_sent_back_as_customer_uuid() {
    let uuid = "2340b1cc-3fe7-4f81-8eca-f92181dd2bb4";
    let window = web_sys::window().unwrap();
    let history = window.history().unwrap();
    let before = window.location().href().unwrap();
    history
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("?identityToken={uuid}&utm=x")),
        )
        .unwrap();
    let (el, root) = mounted(&[
        ("lang", "en"),
        ("backend", "connect"),
        ("api-base", mock()),
        ("studio-id", "1"),
        ("id", "prospect"),
    ])
    .await;
    let search = window.location().search().unwrap();
    assert!(
        !search.contains(uuid) && search.contains("utm=x"),
        "the token leaves the address bar at once: {search}"
    );
    to_details(&root).await;
    for _ in 0..100 {
        if value_of(&root, "First name").await == "Lena" {
            break;
        }
        wait(50).await;
    }
    assert_eq!(value_of(&root, "First name").await, "Lena");
    assert_eq!(
        value_of(&root, "E-mail address").await,
        "lena.hoffmann@example.com"
    );
    fill(&root, "Last name", "Hoffmann-Berg").await; // still editable
    check(&root, "I agree").await;
    let before_books = requests_to("/connect/v1/trialsession/book").await.len();
    click(&root, "button", "Book now").await;
    find(&root, "heading", "You're booked!").await;
    let books = requests_to("/connect/v1/trialsession/book").await;
    let sent = &books[before_books]["body"]["leadCustomer"];
    assert_eq!(sent["customerUUID"], uuid);
    assert_eq!(sent["lastname"], "Hoffmann-Berg");
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&before))
        .unwrap();
    el.remove();
}

#[wasm_bindgen_test]
async fn lead_capture_checks_the_form_then_sends_the_lead() {
    let (el, root) = mounted(&[("lang", "en"), ("mode", "lead"), ("id", "lead")]).await;
    find(&root, "heading", "We'll call you").await;
    click(&root, "button", "Send").await;
    find_text(&root, "Please correct the marked fields.").await;
    find_text(&root, "Please choose one.").await;
    choose(&root, "Studio", "2").await;
    fill(&root, "First name", "Ola").await;
    fill(&root, "Last name", "Nowak").await;
    fill(&root, "E-mail address", &unique("lead")).await;
    fill(&root, "Phone number", "0228 555 0111").await;
    check(&root, "I agree").await;
    click(&root, "button", "Send").await;
    find(&root, "heading", "Thank you!").await;
    el.remove();
}

#[wasm_bindgen_test]
async fn with_the_demo_two_visitors_race_for_a_time_and_the_second_is_told() {
    // Two demo widgets share one demo studio, as two visitors share one real studio.
    let (first_el, first) = mounted(&[
        ("lang", "en"),
        ("flow", "trial-session"),
        ("studio-id", "1"),
        ("id", "race-a"),
    ])
    .await;
    let (second_el, second) = mounted(&[
        ("lang", "en"),
        ("flow", "trial-session"),
        ("studio-id", "1"),
        ("id", "race-b"),
    ])
    .await;
    to_details(&first).await;
    to_details(&second).await;
    for (root, name) in [(&first, "first"), (&second, "second")] {
        fill(root, "First name", "Racer").await;
        fill(root, "Last name", name).await;
        fill(root, "E-mail address", &unique(name)).await;
        fill(root, "Date of birth", "1988-08-08").await;
        check(root, "I agree").await;
    }
    click(&second, "button", "Book now").await;
    find(&second, "heading", "You're booked!").await;
    click(&first, "button", "Book now").await;
    let alert = find_containing(&first, "alert", "Someone else").await;
    assert_eq!(
        accessible_name(&first, &alert),
        "Someone else has just booked this time. Please choose another time."
    );
    to_details(&first).await;
    assert_eq!(
        value_of(&first, "Last name").await,
        "first",
        "the form is kept"
    );
    click(&first, "button", "Book now").await;
    find(&first, "heading", "You're booked!").await;
    first_el.remove();
    second_el.remove();
}

#[wasm_bindgen_test]
async fn with_the_demo_a_known_prospect_is_prefilled() {
    let window = web_sys::window().unwrap();
    let history = window.history().unwrap();
    let before = window.location().href().unwrap();
    history
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some("?identityToken=2340b1cc-3fe7-4f81-8eca-f92181dd2bb4"),
        )
        .unwrap();
    let (el, root) = mounted(&[
        ("lang", "en"),
        ("flow", "trial-session"),
        ("studio-id", "1"),
        ("id", "demo-prospect"),
    ])
    .await;
    assert_eq!(
        window.location().search().unwrap(),
        "",
        "the token leaves the address bar"
    );
    to_details(&root).await;
    for _ in 0..100 {
        if value_of(&root, "First name").await == "Lena" {
            break;
        }
        wait(50).await;
    }
    assert_eq!(value_of(&root, "First name").await, "Lena");
    assert_eq!(value_of(&root, "Date of birth").await, "1994-03-12");
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&before))
        .unwrap();
    crate::support::forget_identity();
    el.remove();
}
