//! The root component: the widget's frame (heading, live regions) and the
//! configured flow below it.

use crate::api::Api;
use crate::config::{Backend, Visit, WidgetConfig};
use crate::flows::{self, Start};
use crate::i18n::{I18n, Key};
use crate::ui::{Announcer, LiveRegions};
use leptos::prelude::*;
use trial_api::models::BookingId;

/// Where a booking in progress is kept across reloads: one key per backend
/// (and per element id, when the page has several widgets).
pub fn storage_key(config: &WidgetConfig, element_id: Option<&str>) -> String {
    let base = match &config.backend {
        Backend::Demo => "demo",
        Backend::OpenApi { proxy } => proxy.as_str(),
        Backend::Connect { tenant } => tenant.as_str(),
    };
    format!(
        "trial-booking:v1:{}:{base}:{}",
        config.backend.kind(),
        element_id.unwrap_or("")
    )
}

/// The widget's frame: its heading and the configured flow below it.
#[component]
pub fn Widget(
    config: WidgetConfig,
    i18n: I18n,
    api: Api,
    /// Key for keeping the booking in progress in session storage.
    storage_key: String,
    /// A booking id to confirm from the page's URL (the attribute wins).
    confirm: Option<BookingId>,
    /// A known prospect's `identityToken` from the page's URL (Connect).
    identity: Option<String>,
    /// The embed's prefill and the campaign, after the page URL's parameters.
    visit: Visit,
) -> impl IntoView {
    provide_context(i18n);
    let announcer = Announcer::provide();
    // The demo studio never passes for a real one: it says so above every step.
    // (Only the demo build can have the demo backend: the others leave the notice out.)
    let demo = cfg!(feature = "demo") && matches!(config.backend, Backend::Demo);
    let heading = config
        .heading
        .clone()
        .unwrap_or_else(|| i18n.t(Key::WidgetHeading).to_string());
    let content = flows::view(
        config,
        Start {
            api,
            i18n,
            storage_key,
            confirm,
            identity,
            visit,
        },
    );

    view! {
        <section class="tb-widget" part="widget" aria-labelledby="tb-heading" lang=i18n.lang.code()>
            <h2 class="tb-widget__heading" id="tb-heading" part="heading">{heading}</h2>
            {demo.then(|| view! { <p class="tb-demo-notice" part="demo-notice">{i18n.t(Key::DemoNotice)}</p> })}
            <LiveRegions announcer/>
            {content}
        </section>
    }
}
