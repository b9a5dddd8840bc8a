//! Dispatches [`HostEvent`]s to the host page: a `CustomEvent` on the
//! `<trial-booking>` element (bubbling, composed, `detail` a plain object),
//! and, when the embed opts in (`analytics="datalayer"`), the same pushed to
//! `window.dataLayer` for Google Tag Manager.

use crate::domain::events::HostEvent;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

/// One widget's way to its host page, provided at the widget's root.
#[derive(Clone)]
pub struct HostEvents {
    host: HtmlElement,
    data_layer: bool,
}

impl HostEvents {
    pub fn new(host: HtmlElement, data_layer: bool) -> Self {
        HostEvents { host, data_layer }
    }

    /// Dispatches `event` now.
    pub fn emit(&self, event: &HostEvent) {
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&to_js(&event.detail_json()));
        if let Ok(dom_event) = CustomEvent::new_with_event_init_dict(event.name(), &init) {
            let _ = self.host.dispatch_event(&dom_event);
        }
        if self.data_layer {
            push_to_data_layer(&to_js(&event.data_layer_json()));
        }
    }
}

/// The widget's [`HostEvents`], if it has any (the browser tests mount without).
pub fn use_host_events() -> Option<HostEvents> {
    use_context::<HostEvents>()
}

fn to_js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap_or(JsValue::NULL)
}

#[wasm_bindgen(
    inline_js = "export function pushToDataLayer(entry) { (window.dataLayer = window.dataLayer || []).push(entry); }"
)]
extern "C" {
    #[wasm_bindgen(js_name = pushToDataLayer)]
    fn push_to_data_layer(entry: &JsValue);
}
