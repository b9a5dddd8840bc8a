//! Dispatches [`HostEvent`]s to the host page: a `CustomEvent` on the
//! `<trial-booking>` element (bubbling, composed, `detail` a plain object),
//! and, where the embed opts in (`analytics`), the same pushed to
//! `window.dataLayer` for Google Tag Manager, and its conversions to the
//! page's own `window.gtag` and `window.fbq` (`HostEvent::tag_calls`). GTM
//! merges every push into one data model, so each event is preceded by
//! `{ trialBooking: null }` (the way Google documents for clearing an object
//! before the next event): no key of an earlier event's `trialBooking` leaks
//! into a later one. A tag function the page does not have is skipped, and
//! one that throws changes nothing for the visitor.

use crate::config::Analytics;
use crate::domain::events::HostEvent;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

/// One widget's way to its host page, provided at the widget's root.
#[derive(Clone)]
pub struct HostEvents {
    host: HtmlElement,
    analytics: Analytics,
    /// Whether the visitor has seen the widget: at once inline; a popup from
    /// its first opening on (its steps are not "shown" while it is closed).
    seen: ArcRwSignal<bool>,
}

impl HostEvents {
    /// `seen`: false for a popup, until [`HostEvents::mark_seen`].
    pub fn new(host: HtmlElement, analytics: Analytics, seen: bool) -> Self {
        HostEvents {
            host,
            analytics,
            seen: ArcRwSignal::new(seen),
        }
    }

    /// The visitor sees the widget now (a popup opened); once, for good.
    pub fn mark_seen(&self) {
        if !self.seen.get_untracked() {
            self.seen.set(true);
        }
    }

    /// Whether the visitor has seen the widget (tracked: an effect that reads
    /// it runs again at a popup's first opening).
    pub fn seen(&self) -> bool {
        self.seen.get()
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
        if self.analytics.data_layer {
            push_to_data_layer(&to_js(&event.data_layer_json()));
        }
        for call in event.tag_calls(self.analytics.gtag, self.analytics.meta) {
            call_tag(call.function, &to_js(&call.args_json));
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
    inline_js = "export function pushToDataLayer(entry) { const dl = (window.dataLayer = window.dataLayer || []); dl.push({ trialBooking: null }); dl.push(entry); }
export function callTag(name, args) { try { const f = window[name]; if (typeof f === 'function') f(...args); } catch (e) {} }"
)]
extern "C" {
    #[wasm_bindgen(js_name = pushToDataLayer)]
    fn push_to_data_layer(entry: &JsValue);
    /// `window[name](...args)` when the page has that function; whatever it throws is dropped.
    #[wasm_bindgen(js_name = callTag)]
    fn call_tag(name: &str, args: &JsValue);
}
