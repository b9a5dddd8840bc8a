//! The `<trial-booking>` custom element: reads its attributes, renders the
//! widget into an open shadow root with the widget's stylesheet, and unmounts
//! when the element leaves the page.
//!
//! The element class itself is a few lines of JavaScript (a class must extend
//! `HTMLElement`); wasm-bindgen ships it as a module file next to the wasm, so
//! the host page needs no inline script.

mod assets;
mod element;
mod standalone;
mod styles;

pub use assets::{asset_json, asset_url, json_of};

use crate::api::Api;
use crate::config::{ConfigError, WidgetConfig};
use crate::i18n::{I18n, Key};
use crate::ui::{ConfigErrorPanel, Widget};
use leptos::prelude::*;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

/// The tag name studios put on their page.
pub const ELEMENT_NAME: &str = "trial-booking";

/// Registers `<trial-booking>` from the wasm, for pages and tests without the
/// loader's element: each element's language is negotiated here and its texts
/// come compiled in (`bundled-locales`) or from `locales/<lang>.json` next to
/// the wasm. Elements already on the page are upgraded at once; calling it
/// twice is harmless, and so is calling it after the loader defined the element.
pub fn define() {
    element::define(ELEMENT_NAME, crate::config::KNOWN_ATTRIBUTES);
}

/// A widget rendered into an element's shadow root. Dropping it (JavaScript:
/// `.free()`) unmounts the widget and empties the shadow root.
#[wasm_bindgen]
pub struct MountedWidget {
    /// Empty until the widget is rendered (`define()` may wait for its texts)
    /// and again once unmounted.
    view: Rc<RefCell<Option<Box<dyn Any>>>>,
    container: web_sys::Element,
}

impl Drop for MountedWidget {
    fn drop(&mut self) {
        // Unmount the Leptos view (disposes its reactive owner) before
        // removing the container it lives in.
        let view = self.view.borrow_mut().take();
        drop(view);
        self.container.remove();
    }
}

/// The loader's entry point: renders the widget for `host` in the language the
/// loader chose.
///
/// ```js
/// const widget = mount(element, { lang: "de-AT", texts: await (await fetch("locales/de.json")).json() });
/// // later: widget.free();
/// ```
///
/// `lang` is the full tag (kept for `Intl` date and time formatting, sent as
/// `Accept-Language` by its language); `texts` is `locales/<lang>.json` of
/// that language, parsed. Throws an `Error` saying what is wrong when either
/// is missing or the texts do not fit this build.
#[wasm_bindgen(js_name = mount)]
pub fn mount_with_texts(host: HtmlElement, options: JsValue) -> Result<MountedWidget, JsError> {
    let field = |name: &str| js_sys::Reflect::get(&options, &JsValue::from_str(name)).ok();
    let lang = field("lang")
        .and_then(|v| v.as_string())
        .ok_or_else(|| JsError::new("trial-booking mount(element, { lang, texts }): lang must be a language tag such as \"de-AT\""))?;
    let texts = field("texts").unwrap_or(JsValue::UNDEFINED);
    let i18n = I18n::from_js(&lang, &texts).map_err(|e| {
        JsError::new(&format!(
            "trial-booking mount(element, {{ lang, texts }}): {e}"
        ))
    })?;
    Ok(mount(&host, i18n))
}

/// Renders the widget for `host` into its (open) shadow root, in the language
/// of `i18n`.
pub fn mount(host: &HtmlElement, i18n: I18n) -> MountedWidget {
    let widget = MountedWidget::empty(host);
    widget.render(host, i18n);
    widget
}

impl MountedWidget {
    /// Prepares `host`'s shadow root (styles, an empty container) for a widget.
    fn empty(host: &HtmlElement) -> MountedWidget {
        let shadow = shadow_root(host);
        shadow.set_inner_html("");
        styles::adopt(&shadow);
        let document = host.owner_document().expect("element in a document");
        let container = document.create_element("div").expect("create div");
        container.set_class_name("tb-root");
        shadow
            .append_child(&container)
            .expect("append to shadow root");
        MountedWidget {
            view: Rc::new(RefCell::new(None)),
            container,
        }
    }

    fn render(&self, host: &HtmlElement, i18n: I18n) {
        let view = render(host, &self.container, i18n);
        *self.view.borrow_mut() = Some(view);
    }
}

fn render(host: &HtmlElement, container: &web_sys::Element, i18n: I18n) -> Box<dyn Any> {
    let attributes = read_attributes(host);
    let config =
        WidgetConfig::from_attributes(attributes.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    let parent: HtmlElement = container.clone().unchecked_into();
    match config {
        Ok(config) => {
            let api = Api::from_config(&config.backend, i18n.lang.code());
            let storage_key = crate::ui::storage_key(&config, host.get_attribute("id").as_deref());
            let confirm = confirm_from_page_url();
            let identity = take_identity_token();
            Box::new(leptos::mount::mount_to(parent, move || {
                view! { <Widget config i18n api storage_key confirm identity/> }
            }))
        }
        Err(errors) => {
            report_to_console(host, i18n, &errors);
            Box::new(leptos::mount::mount_to(
                parent,
                move || view! { <ConfigErrorPanel errors i18n/> },
            ))
        }
    }
}

/// The URL parameter with which a studio's confirmation e-mail links to the
/// page holding the widget: `https://studio.example/probetraining?tb-confirm=2033`.
pub const CONFIRM_PARAMETER: &str = "tb-confirm";

fn confirm_from_page_url() -> Option<trial_api::models::Id> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params
        .get(CONFIRM_PARAMETER)?
        .trim()
        .parse()
        .ok()
        .filter(|id: &trial_api::models::Id| *id > 0)
}

/// The URL parameter with which a studio's e-mail brings a known prospect.
pub const IDENTITY_PARAMETER: &str = "identityToken";

thread_local! {
    /// The token, once taken from the URL: every widget on the page gets it.
    static IDENTITY: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Takes `identityToken` from the page's URL and removes it from the address
/// bar at once (it is a secret: it must not end up in bookmarks, shared links
/// or `Referer` headers). Never logged.
fn take_identity_token() -> Option<String> {
    let from_url = (|| {
        let window = web_sys::window()?;
        let location = window.location();
        let params = web_sys::UrlSearchParams::new_with_str(&location.search().ok()?).ok()?;
        let token = params.get(IDENTITY_PARAMETER)?.trim().to_string();
        params.delete(IDENTITY_PARAMETER);
        let query = String::from(params.to_string());
        let clean = format!(
            "{}{}{}",
            location.pathname().ok()?,
            if query.is_empty() {
                String::new()
            } else {
                format!("?{query}")
            },
            location.hash().ok()?
        );
        let _ = window
            .history()
            .ok()?
            .replace_state_with_url(&JsValue::NULL, "", Some(&clean));
        let valid = !token.is_empty()
            && token.len() <= 64
            && token.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
        valid.then_some(token)
    })();
    IDENTITY.with(|cell| {
        let mut stored = cell.borrow_mut();
        if from_url.is_some() {
            *stored = from_url;
        }
        stored.clone()
    })
}

/// Forgets the `identityToken` once it has done its job (the prospect booked).
pub fn forget_identity() {
    IDENTITY.with(|cell| cell.borrow_mut().take());
}

fn read_attributes(host: &HtmlElement) -> Vec<(String, String)> {
    host.get_attribute_names()
        .iter()
        .filter_map(|name| name.as_string())
        .map(|name| {
            let value = host.get_attribute(&name).unwrap_or_default();
            (name, value)
        })
        .collect()
}

fn shadow_root(host: &HtmlElement) -> ShadowRoot {
    host.shadow_root().unwrap_or_else(|| {
        host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .expect("a custom element can have a shadow root")
    })
}

/// One `console.error` per broken element, with the element itself so the
/// developer can click through to it. In the widget's language: only that
/// language's texts are loaded.
fn report_to_console(host: &HtmlElement, i18n: I18n, errors: &[ConfigError]) {
    let mut message = format!("<{ELEMENT_NAME}>: {}", i18n.t(Key::ConfigErrorTitle));
    for error in errors {
        message.push_str("\n  - ");
        message.push_str(&i18n.config_error(error));
    }
    web_sys::console::error_2(&JsValue::from_str(&message), host);
}
