//! Languages in the browser: plural forms chosen by `Intl.PluralRules`, and
//! the loader's entry point `mount(element, { lang, texts, prefetched })`.

use crate::support::*;
use trial_booking::i18n::{I18n, Key, Lang};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;

#[wasm_bindgen_test]
fn plural_forms_come_from_the_browsers_plural_rules() {
    let spots = |lang: Lang, n| I18n::new(lang).count(Key::SlotSpots, n);
    assert_eq!(spots(Lang::Pl, 1), "Zostało 1 miejsce");
    assert_eq!(spots(Lang::Pl, 3), "Zostały 3 miejsca");
    assert_eq!(spots(Lang::Pl, 5), "Zostało 5 miejsc");
    assert_eq!(spots(Lang::Pl, 22), "Zostały 22 miejsca");
    assert_eq!(spots(Lang::Ru, 21), "Осталось 21 место");
    assert_eq!(spots(Lang::Ru, 14), "Осталось 14 мест");
    assert_eq!(spots(Lang::Cs, 4), "Zbývají 4 místa");
    assert_eq!(spots(Lang::Cs, 5), "Zbývá 5 míst");
    assert_eq!(spots(Lang::Sl, 2), "Še 2 prosti mesti");
    assert_eq!(spots(Lang::Sl, 103), "Še 103 prosta mesta");
    assert_eq!(spots(Lang::Ro, 1), "A mai rămas 1 loc");
    assert_eq!(spots(Lang::Ro, 19), "Au mai rămas 19 locuri");
    assert_eq!(spots(Lang::Ro, 20), "Au mai rămas 20 de locuri");
    assert_eq!(spots(Lang::Fr, 1), "1 place restante");
    assert_eq!(spots(Lang::En, 1), "1 place left");
    assert_eq!(spots(Lang::En, 2), "2 places left");
    let en = I18n::new(Lang::En);
    assert_eq!(en.count(Key::TermDays, 1), "1 day");
    assert_eq!(I18n::new(Lang::Ru).count(Key::TermWeeks, 2), "2 недели");
}

/// What the loader passes: the language's texts as `JSON.parse` gives them.
fn options(lang: &str, texts: &str) -> JsValue {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"lang".into(), &lang.into()).unwrap();
    let texts = js_sys::JSON::parse(texts).unwrap();
    js_sys::Reflect::set(&options, &"texts".into(), &texts).unwrap();
    options.into()
}

fn element(attributes: &[(&str, &str)]) -> HtmlElement {
    pin_clock();
    // Not `<trial-booking>`: the tests' element class mounts by itself; any element can host a widget.
    let el: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    for (name, value) in attributes {
        el.set_attribute(name, value).unwrap();
    }
    document().body().unwrap().append_child(&el).unwrap();
    el
}

#[wasm_bindgen_test]
async fn the_loader_mounts_a_widget_in_the_language_it_chose() {
    let el = element(&[]);
    let widget =
        trial_booking::embed::mount_element(el.clone(), options("pl-PL", Lang::Pl.bundled_json()))
            .unwrap();
    settle().await;
    let root = shadow(&el);
    by_role(&root, "heading", "Zarezerwuj bezpłatne zajęcia próbne");
    // The demo studio answers in Polish too (its texts, the browser's day names).
    find(&root, "heading", "Co chcesz wypróbować?").await;
    find(&root, "button", "Trening wprowadzający z trenerem").await;
    drop(widget);
    assert!(
        root.query_selector(".tb-root").unwrap().is_none(),
        "dropping the handle unmounts"
    );
    el.remove();
}

#[wasm_bindgen_test]
fn the_loader_is_told_what_is_wrong() {
    let el = element(&[]);
    let error = |options: JsValue| {
        let error: JsValue = trial_booking::embed::mount_element(el.clone(), options)
            .err()
            .expect("refused")
            .into();
        js_sys::Reflect::get(&error, &"message".into())
            .unwrap()
            .as_string()
            .unwrap()
    };
    // Without a language or texts the widget finds both itself.
    let widget = trial_booking::embed::mount_element(el.clone(), js_sys::Object::new().into());
    assert!(widget.is_ok());
    drop(widget);
    assert!(error(options("xx", "[]")).contains("not a language the widget speaks"));
    // (A language is read once per page: one no other test here reads.)
    assert!(error(options("hu", "[\"only one\"]")).contains("from another build"));
    el.remove();
}
