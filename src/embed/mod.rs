//! The `<trial-booking>` element's wasm side: reads its attributes, renders
//! the widget into an open shadow root with the widget's stylesheet, and
//! unmounts when the element leaves the page.
//!
//! The element class itself is the loader, `trial-booking.js` (a class must
//! extend `HTMLElement`, and the loader must run before any wasm arrives): it
//! picks the wasm build of the element's backend and calls [`mount_element`]
//! with the visitor's language and its texts (`locales/<lang>.json`).

mod popup;
mod standalone;
mod styles;

use crate::api::{Api, Prefetched};
use crate::config::{ConfigError, Display, Theme, WidgetConfig};
use crate::domain::events::HostEvent;
use crate::i18n::{I18n, Key};
use crate::page_url::{confirm_from_page_url, page_parameters, take_identity_token};
use crate::ui::hooks::use_host_events::HostEvents;
use crate::ui::ConfigErrorPanel;
use crate::widget::Widget;
use leptos::prelude::*;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

/// The tag name studios put on their page.
pub const ELEMENT_NAME: &str = "trial-booking";

/// A widget rendered into an element's shadow root. Dropping it (JavaScript:
/// `.free()`) unmounts the widget and empties the shadow root.
#[wasm_bindgen]
pub struct MountedWidget {
    host: HtmlElement,
    /// Empty until the widget is rendered (it may wait for its texts) and
    /// again once unmounted.
    rendered: Rc<RefCell<Option<Rendered>>>,
}

/// What a mounted widget consists of once rendered.
struct Rendered {
    view: Option<Box<dyn Any>>,
    container: web_sys::Element,
    popup: Option<popup::Popup>,
    storage_key: Option<String>,
}

impl Drop for Rendered {
    fn drop(&mut self) {
        // Unmount the Leptos view (disposes its reactive owner) before
        // removing the container it lives in.
        self.view.take();
        self.container.remove();
        self.popup.take();
    }
}

#[wasm_bindgen]
impl MountedWidget {
    /// Opens the widget: the dialog with `display="popup"`; inline, scrolls it into view.
    pub fn open(&self) {
        match self
            .rendered
            .borrow()
            .as_ref()
            .and_then(|r| r.popup.as_ref())
        {
            Some(popup) => popup.open(),
            None => self.host.scroll_into_view(),
        }
    }

    /// Closes the dialog (`display="popup"`); inline, nothing to close.
    pub fn close(&self) {
        if let Some(popup) = self
            .rendered
            .borrow()
            .as_ref()
            .and_then(|r| r.popup.as_ref())
        {
            popup.close();
        }
    }

    /// Whether the dialog is open (`display="popup"`).
    pub fn is_open(&self) -> bool {
        self.rendered
            .borrow()
            .as_ref()
            .and_then(|r| r.popup.as_ref())
            .is_some_and(|p| p.is_open())
    }

    /// Wears the `theme` attribute's new value in place (the step, the
    /// choices and what was typed stay). `false` when the value is not a
    /// theme: the loader then mounts afresh, which shows the config error.
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&self, value: &str) -> bool {
        let Some(theme) = Theme::parse(value) else {
            return false;
        };
        if let Some(rendered) = self.rendered.borrow().as_ref() {
            let class = theme.class();
            rendered
                .container
                .set_class_name(&format!("tb-root {class}"));
            if let Some(popup) = &rendered.popup {
                popup.set_theme(class);
            }
        }
        true
    }

    /// Forgets the booking in progress that this tab keeps (what was typed,
    /// the lead id), so the next mount starts empty. For the element's `reset()`.
    pub fn forget(&self) {
        if let Some(key) = self
            .rendered
            .borrow()
            .as_ref()
            .and_then(|r| r.storage_key.as_ref())
        {
            crate::ui::hooks::use_kept_in_tab::forget_kept(key);
        }
    }
}

impl Drop for MountedWidget {
    fn drop(&mut self) {
        let rendered = self.rendered.borrow_mut().take();
        drop(rendered);
    }
}

/// What the loader hands over with an element.
#[derive(Default)]
pub struct Boot {
    /// The visitor's locale tag as the loader's `matchLocale` chose it
    /// (`de-CH`); `None`: the nearest `lang`, as it is.
    pub locale: Option<String>,
    /// The texts of that language: `locales/<lang>.json`, parsed. `None`: the
    /// widget fetches them itself (from next to the wasm) before it renders.
    pub texts: Option<JsValue>,
    /// The first reads, already started.
    pub prefetched: Prefetched,
    /// A mount after an attribute change: the widget goes on at the step
    /// and with the choices its previous mount handed over (`use_handover`)
    /// where the new configuration still offers them. `false`: the first step.
    pub resume: bool,
}

/// The loader's entry, exported to JavaScript as `mount(host, boot)`:
/// renders the widget for `host` into its (open) shadow root.
///
/// `boot` is `{ lang: string, texts: Array, prefetched: Map<string, Promise<Response>>, resume: boolean }`:
/// `lang` the full tag the loader chose (`de-AT`, kept for `Intl`), `texts`
/// the parsed `locales/<lang>.json` of that language, `prefetched` the first
/// reads (absolute request URL → the loader's `fetch`), `resume` true when an
/// attribute change remounts the widget (see [`Boot::resume`]). A missing `lang` is
/// the nearest `lang` attribute, as it is; missing `texts` are fetched here (later than the loader
/// could). Throws an `Error` saying what is wrong when `lang` is not a
/// language the widget speaks or the texts do not fit this build.
#[wasm_bindgen(js_name = mount)]
pub fn mount_element(host: HtmlElement, boot: JsValue) -> Result<MountedWidget, JsError> {
    let field = |name: &str| {
        js_sys::Reflect::get(&boot, &JsValue::from_str(name))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    let boot = Boot {
        locale: field("lang").and_then(|v| v.as_string()),
        texts: field("texts"),
        prefetched: field("prefetched")
            .map(Prefetched::from_js)
            .unwrap_or_default(),
        resume: field("resume").is_some_and(|v| v.is_truthy()),
    };
    match boot.texts.clone() {
        Some(texts) => {
            let tag = boot.locale.clone().unwrap_or_else(|| "en".into());
            let i18n = I18n::from_js(&tag, &texts).map_err(|e| {
                JsError::new(&format!(
                    "<{ELEMENT_NAME}> mount(element, {{ lang, texts }}): {e}"
                ))
            })?;
            Ok(mount_with(&host, i18n, boot.prefetched, boot.resume))
        }
        None => Ok(standalone::mount_fetching(&host, boot)),
    }
}

/// Renders the widget for `host` into its (open) shadow root, with nothing
/// prefetched, in the language of the nearest `lang` (the browser tests mount
/// this way; they have every language's texts compiled in).
pub fn mount(host: &HtmlElement) -> MountedWidget {
    standalone::mount_fetching(host, Boot::default())
}

/// Renders the widget for `host` in the language of `i18n`.
pub fn mount_with(
    host: &HtmlElement,
    i18n: I18n,
    prefetched: Prefetched,
    resume: bool,
) -> MountedWidget {
    let widget = MountedWidget::empty(host);
    widget.render(i18n, prefetched, resume);
    widget
}

impl MountedWidget {
    /// A widget for `host` that is not rendered yet.
    fn empty(host: &HtmlElement) -> MountedWidget {
        MountedWidget {
            host: host.clone(),
            rendered: Rc::new(RefCell::new(None)),
        }
    }

    fn render(&self, i18n: I18n, prefetched: Prefetched, resume: bool) {
        let rendered = render(&self.host, i18n, prefetched, resume);
        *self.rendered.borrow_mut() = Some(rendered);
    }
}

fn render(host: &HtmlElement, i18n: I18n, prefetched: Prefetched, resume: bool) -> Rendered {
    let attributes = read_attributes(host);
    let config =
        WidgetConfig::from_attributes(attributes.iter().map(|(n, v)| (n.as_str(), v.as_str())));

    let shadow = shadow_root(host);
    // No string-to-HTML sink anywhere (pages with Trusted Types refuse them).
    while let Some(child) = shadow.first_child() {
        let _ = shadow.remove_child(&child);
    }
    styles::adopt(&shadow);
    let document = host.owner_document().expect("element in a document");
    let container = document.create_element("div").expect("create div");
    // The theme's colours (also the dialog's); a broken configuration is shown in the light one.
    let theme = config.as_ref().map_or(Theme::Light, |c| c.theme).class();
    container.set_class_name(&format!("tb-root {theme}"));
    let is_popup = matches!(&config, Ok(c) if c.display == Display::Popup);
    let events = HostEvents::new(
        host.clone(),
        config.as_ref().map(|c| c.analytics).unwrap_or_default(),
        !is_popup,
    );
    let popup = match &config {
        Ok(c) if is_popup => Some(popup::Popup::new(
            &document,
            &shadow,
            i18n,
            c.floating_button,
            theme,
            events.clone(),
        )),
        _ => None,
    };
    match &popup {
        Some(popup) => popup.body().append_child(&container),
        None => shadow.append_child(&container),
    }
    .expect("append the widget's container");
    let parent: HtmlElement = container.clone().unchecked_into();
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
            let api = Api::from_config(&config.backend, i18n.lang.code(), prefetched);
            let key = crate::widget::storage_key(&config, host.get_attribute("id").as_deref());
            storage_key = Some(key.clone());
            if !resume {
                crate::ui::hooks::use_handover::forget_handover(&key);
            }
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
            report_to_console(host, i18n, &errors);
            Box::new(leptos::mount::mount_to(
                parent,
                move || view! { <ConfigErrorPanel errors i18n/> },
            ))
        }
    };
    events.emit(&ready);
    Rendered {
        view: Some(view),
        container,
        popup,
        storage_key,
    }
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
        message.push_str(&error.message(i18n));
    }
    web_sys::console::error_2(&JsValue::from_str(&message), host);
}
