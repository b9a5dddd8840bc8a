//! The `<trial-booking>` element: shadow root, styles, configuration errors,
//! several widgets on one page, unmounting, language.

use crate::support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;

#[wasm_bindgen_test]
async fn renders_the_shell_into_an_open_shadow_root() {
    let el = widget(&[("lang", "en")]);
    settle().await;
    let root = shadow(&el);
    assert_eq!(root.mode(), web_sys::ShadowRootMode::Open);
    assert_eq!(
        el.child_nodes().length(),
        0,
        "nothing is written into the host page's light DOM"
    );

    by_role(&root, "heading", "Book your free trial session");
    let steps = by_role(&root, "navigation", "Booking steps");
    let items: Vec<_> = all_by_role(&root, "listitem")
        .into_iter()
        .filter(|li| steps.contains(Some(li)))
        .collect();
    let names: Vec<_> = items.iter().map(|li| accessible_name(&root, li)).collect();
    assert_eq!(
        names,
        ["Offer", "Time", "Your details", "Booked"],
        "step numbers are decoration, hidden from screen readers"
    );
    assert_eq!(
        items[0].get_attribute("aria-current").as_deref(),
        Some("step")
    );
    assert!(items[1..]
        .iter()
        .all(|li| !li.has_attribute("aria-current")));
    // The demo studio's offers load (the default backend is the demo).
    find(&root, "heading", "What would you like to try?").await;
    find(&root, "button", "Yoga Flow").await;
    el.remove();
}

#[wasm_bindgen_test]
async fn styles_live_in_the_shadow_root_and_take_the_host_pages_theme() {
    let el = widget(&[("lang", "en")]);
    settle().await;
    let root = shadow(&el);
    let sheets = js_sys::Reflect::get(&root, &"adoptedStyleSheets".into()).unwrap();
    assert_eq!(js_sys::Array::from(&sheets).length(), 1);
    let window = web_sys::window().unwrap();
    // `:host { display: block }` only applies if the stylesheet reached the shadow root.
    let host_style = window.get_computed_style(&el).unwrap().unwrap();
    assert_eq!(host_style.get_property_value("display").unwrap(), "block");

    // The host page themes the widget through --tb-* custom properties.
    el.style()
        .set_property("--tb-color-accent", "rgb(200, 0, 100)")
        .unwrap();
    let current = root
        .query_selector(".tb-steps__item--current .tb-steps__number")
        .unwrap()
        .unwrap();
    let bg = window
        .get_computed_style(&current)
        .unwrap()
        .unwrap()
        .get_property_value("background-color")
        .unwrap();
    assert_eq!(bg, "rgb(200, 0, 100)");
    el.remove();
}

#[wasm_bindgen_test]
async fn a_bad_configuration_is_explained_inside_the_element_and_logged_once() {
    let console = ConsoleErrors::capture();
    let el = widget(&[
        ("lang", "en"),
        ("backend", "magicline"),
        ("studio-id", "abc"),
    ]);
    settle().await;
    let root = shadow(&el);
    by_role(&root, "heading", "This booking form cannot be shown");
    let items: Vec<_> = all_by_role(&root, "listitem")
        .iter()
        .map(|li| accessible_name(&root, li))
        .collect();
    assert_eq!(
        items,
        [
            "backend=\"magicline\" is not a known backend. Use one of: demo, open-api, connect.",
            "studio-id=\"abc\" must be a positive whole number.",
        ]
    );
    let logged = console.messages();
    assert_eq!(logged.len(), 1, "{logged:?}");
    assert!(
        logged[0].contains("backend=\"magicline\"") && logged[0].contains("studio-id=\"abc\""),
        "{logged:?}"
    );
    el.remove();
}

#[wasm_bindgen_test]
async fn the_error_message_follows_the_page_language() {
    let el = widget(&[("lang", "de"), ("backend", "connect")]);
    settle().await;
    let root = shadow(&el);
    by_role(
        &root,
        "heading",
        "Dieses Buchungsformular kann nicht angezeigt werden",
    );
    assert!(
        text(&root).contains("backend=\"connect\" braucht das Attribut api-base."),
        "{}",
        text(&root)
    );
    el.remove();
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_are_independent() {
    let first = widget(&[("lang", "en"), ("heading", "Yoga trial")]);
    let second = widget(&[("lang", "de"), ("heading", "Probetraining Kraft")]);
    let broken = widget(&[("backend", "nope")]);
    settle().await;
    by_role(&shadow(&first), "heading", "Yoga trial");
    by_role(&shadow(&second), "heading", "Probetraining Kraft");
    by_role(&shadow(&second), "navigation", "Buchungsschritte");
    assert_eq!(
        shadow(&first)
            .query_selector_all(".tb-root")
            .unwrap()
            .length(),
        1
    );

    // Removing one leaves the other exactly as it was.
    let second_root = shadow(&second).query_selector(".tb-root").unwrap().unwrap();
    first.remove();
    broken.remove();
    settle().await;
    assert_eq!(
        shadow(&first).child_nodes().length(),
        0,
        "the removed widget is unmounted"
    );
    let still = shadow(&second).query_selector(".tb-root").unwrap().unwrap();
    assert!(still.is_same_node(Some(&second_root)));
    by_role(&shadow(&second), "heading", "Probetraining Kraft");
    second.remove();
}

#[wasm_bindgen_test]
async fn the_language_comes_from_the_nearest_lang_attribute() {
    let section = document().create_element("section").unwrap();
    section.set_attribute("lang", "de-CH").unwrap();
    document().body().unwrap().append_child(&section).unwrap();
    let el: HtmlElement = widget_in(&section, &[]).unchecked_into();
    settle().await;
    by_role(
        &shadow(&el),
        "heading",
        "Buche dein kostenloses Probetraining",
    );
    section.remove();
}

#[wasm_bindgen_test]
async fn completed_steps_are_announced_and_the_current_one_marked() {
    use leptos::prelude::*;
    use trial_booking::domain::offer::Offer;
    use trial_booking::domain::steps::Step;
    use trial_booking::i18n::{I18n, Lang};
    use trial_booking::ui::StepIndicator;
    // Mounted into its own shadow root so the helpers can search it.
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let root = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    let parent: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    root.append_child(&parent).unwrap();
    let _view = leptos::mount::mount_to(parent, || {
        provide_context(I18n::new(Lang::En));
        view! { <StepIndicator current=Step::Details label={Step::label::<Offer>}/> }
    });
    settle().await;
    let names: Vec<_> = all_by_role(&root, "listitem")
        .iter()
        .map(|li| accessible_name(&root, li))
        .collect();
    assert_eq!(
        names,
        [
            "Offer, completed",
            "Time, completed",
            "Your details",
            "Booked"
        ]
    );
    let current: Vec<_> = all_by_role(&root, "listitem")
        .into_iter()
        .filter(|li| li.get_attribute("aria-current").as_deref() == Some("step"))
        .collect();
    assert_eq!(current.len(), 1);
    assert_eq!(accessible_name(&root, &current[0]), "Your details");
    host.remove();
}
