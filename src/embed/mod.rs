//! The `<trial-booking>` element's wasm side: reads its attributes, renders
//! the widget into an open shadow root with the widget's stylesheet, and
//! unmounts when the element leaves the page.
//!
//! The element class itself is the loader, `trial-booking.js` (a class must
//! extend `HTMLElement`, and the loader must run before any wasm arrives): it
//! picks the wasm build of the element's backend and calls [`mount_element`].

mod assets;
mod popup;
mod styles;

pub use assets::asset_url;

use crate::api::{Api, Prefetched};
use crate::config::{ConfigError, Display, WidgetConfig};
use crate::domain::events::HostEvent;
use crate::i18n::{I18n, Key, Lang};
use crate::ui::host_events::HostEvents;
use crate::ui::{ConfigErrorPanel, Widget};
use leptos::prelude::*;
use std::any::Any;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

/// The tag name studios put on their page.
pub const ELEMENT_NAME: &str = "trial-booking";

/// A widget rendered into an element's shadow root. Dropping it (JavaScript:
/// `.free()`) unmounts the widget and empties the shadow root.
#[wasm_bindgen]
pub struct MountedWidget {
    view: Option<Box<dyn Any>>,
    container: web_sys::Element,
    popup: Option<popup::Popup>,
    host: HtmlElement,
    storage_key: Option<String>,
}

#[wasm_bindgen]
impl MountedWidget {
    /// Opens the widget: the dialog with `display="popup"`; inline, scrolls it into view.
    pub fn open(&self) {
        match &self.popup {
            Some(popup) => popup.open(),
            None => self.host.scroll_into_view(),
        }
    }

    /// Closes the dialog (`display="popup"`); inline, nothing to close.
    pub fn close(&self) {
        if let Some(popup) = &self.popup {
            popup.close();
        }
    }

    /// Forgets the booking in progress that this tab keeps (what was typed,
    /// the lead id), so the next mount starts empty. For the element's `reset()`.
    pub fn forget(&self) {
        if let Some(key) = &self.storage_key {
            crate::ui::steps::forget_kept(key);
        }
    }
}

impl Drop for MountedWidget {
    fn drop(&mut self) {
        // Unmount the Leptos view (disposes its reactive owner) before
        // removing the container it lives in.
        self.view.take();
        self.container.remove();
        self.popup.take();
    }
}

/// What the loader hands over with an element.
#[derive(Default)]
pub struct Boot {
    /// The visitor's locale tag as the loader negotiated it (`de-CH`); `None`:
    /// read from the element and the browser here.
    pub locale: Option<String>,
    /// The first reads, already started.
    pub prefetched: Prefetched,
}

/// The loader's entry, exported to JavaScript as `mount(host, boot)`:
/// renders the widget for `host` into its (open) shadow root. `boot` is
/// `{ lang: string, prefetched: Map<string, Promise<Response>> }` (absolute
/// request URL → the loader's `fetch`); missing fields mean "not known".
#[wasm_bindgen(js_name = mount)]
pub fn mount_element(host: HtmlElement, boot: JsValue) -> MountedWidget {
    let field = |name: &str| js_sys::Reflect::get(&boot, &JsValue::from_str(name)).ok();
    mount_with(
        &host,
        Boot {
            locale: field("lang").and_then(|v| v.as_string()),
            prefetched: field("prefetched")
                .map(Prefetched::from_js)
                .unwrap_or_default(),
        },
    )
}

/// Renders the widget for `host` into its (open) shadow root, with nothing
/// prefetched (the browser tests mount this way).
pub fn mount(host: &HtmlElement) -> MountedWidget {
    mount_with(host, Boot::default())
}

fn mount_with(host: &HtmlElement, boot: Boot) -> MountedWidget {
    let attributes = read_attributes(host);
    let config =
        WidgetConfig::from_attributes(attributes.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    let i18n = match &boot.locale {
        Some(tag) => Lang::negotiate_locale([tag.as_str()]),
        None => visitor_language(host),
    };

    let shadow = shadow_root(host);
    shadow.set_inner_html("");
    styles::adopt(&shadow);
    let document = host.owner_document().expect("element in a document");
    let container = document.create_element("div").expect("create div");
    container.set_class_name("tb-root");
    let popup = match &config {
        Ok(c) if c.display == Display::Popup => Some(popup::Popup::new(
            &document,
            &shadow,
            i18n,
            c.floating_button,
        )),
        _ => None,
    };
    match &popup {
        Some(popup) => popup.body().append_child(&container),
        None => shadow.append_child(&container),
    }
    .expect("append the widget's container");
    let parent: HtmlElement = container.clone().unchecked_into();
    let events = HostEvents::new(host.clone(), config.as_ref().is_ok_and(|c| c.data_layer));
    let ready = match &config {
        Ok(c) => HostEvent::Ready {
            backend: c.backend.kind(),
            flow: c.flow.as_str(),
            lang: i18n.lang.code(),
        },
        Err(_) => HostEvent::Ready {
            backend: "",
            flow: "",
            lang: i18n.lang.code(),
        },
    };

    let mut storage_key = None;
    let view: Box<dyn Any> = match config {
        Ok(config) => {
            let api = Api::from_config(&config.backend, i18n.lang.code(), boot.prefetched);
            let key = crate::ui::storage_key(&config, host.get_attribute("id").as_deref());
            storage_key = Some(key.clone());
            let confirm = confirm_from_page_url();
            let identity = take_identity_token();
            let visit = config.visit(
                page_parameters()
                    .iter()
                    .map(|(n, v)| (n.as_str(), v.as_str())),
            );
            let events = events.clone();
            Box::new(leptos::mount::mount_to(parent, move || {
                provide_context(events);
                view! { <Widget config i18n api storage_key=key confirm identity visit/> }
            }))
        }
        Err(errors) => {
            report_to_console(host, &errors);
            Box::new(leptos::mount::mount_to(
                parent,
                move || view! { <ConfigErrorPanel errors i18n/> },
            ))
        }
    };
    events.emit(&ready);
    MountedWidget {
        view: Some(view),
        container,
        popup,
        host: host.clone(),
        storage_key,
    }
}

/// The page URL's query parameters, decoded (for [`WidgetConfig::visit`]).
/// Read only: nothing is ever written back to the URL.
fn page_parameters() -> Vec<(String, String)> {
    let Some(search) = web_sys::window().and_then(|w| w.location().search().ok()) else {
        return Vec::new();
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    js_sys::try_iter(&params)
        .ok()
        .flatten()
        .into_iter()
        .flatten()
        .filter_map(|entry| {
            let pair: js_sys::Array = entry.ok()?.dyn_into().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
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

/// The element's own `lang`, else the nearest ancestor's (usually `<html lang>`),
/// else the browser's preferred languages, else English.
fn visitor_language(host: &HtmlElement) -> I18n {
    let page_lang = host
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|el| el.get_attribute("lang"))
        .filter(|lang| !lang.trim().is_empty());
    let browser: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|l| l.as_string())
                .collect()
        })
        .unwrap_or_default();
    Lang::negotiate_locale(page_lang.iter().chain(browser.iter()).map(String::as_str))
}

fn shadow_root(host: &HtmlElement) -> ShadowRoot {
    host.shadow_root().unwrap_or_else(|| {
        host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .expect("a custom element can have a shadow root")
    })
}

/// One `console.error` per broken element, in English, with the element itself
/// so the developer can click through to it.
fn report_to_console(host: &HtmlElement, errors: &[ConfigError]) {
    let english = I18n::new(Lang::En);
    let mut message = format!("<{ELEMENT_NAME}>: {}", english.t(Key::ConfigErrorTitle));
    for error in errors {
        message.push_str("\n  - ");
        message.push_str(&english.config_error(error));
    }
    web_sys::console::error_2(&JsValue::from_str(&message), host);
}
