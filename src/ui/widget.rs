use super::booking::provide_booking;
use super::{
    ConfirmLanding, DetailsStep, DoneStep, EmptyState, OfferStep, StepIndicator, TimeStep,
};
use crate::api::Api;
use crate::config::{Backend, WidgetConfig};
use crate::domain::offer::{catalogue, Offer};
use crate::flow::Step;
use crate::i18n::{I18n, Key};
use leptos::prelude::*;
use std::rc::Rc;
use trial_api::ops::open_api as o;
use trial_api::ApiError;

/// Both catalogue lists, every page, fetched in parallel.
async fn load_catalogue(api: &Api, trusted_base: &str) -> Result<Vec<Offer>, ApiError> {
    let (classes, appointments) = futures::join!(
        api.all(o::get_bookable_trial_offer_classes),
        api.all(o::get_bookable_trial_offer_appointments)
    );
    Ok(catalogue(&classes?, &appointments?, trusted_base))
}

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

/// The widget's frame: heading, step indicator and the current step, or the
/// confirmation landing when the page was opened from a confirmation link.
#[component]
pub fn Widget(
    config: WidgetConfig,
    i18n: I18n,
    api: Api,
    /// Key for keeping the booking in progress in session storage.
    storage_key: String,
    /// A booking id to confirm from the page's URL (the attribute wins).
    confirm: Option<trial_api::models::Id>,
) -> impl IntoView {
    provide_context(i18n);
    let heading = config
        .heading
        .clone()
        .unwrap_or_else(|| i18n.t(Key::WidgetHeading).to_string());
    let is_connect = matches!(config.backend, Backend::Connect { .. });
    let confirm = config
        .confirm_booking_id
        .map(|id| id as trial_api::models::Id)
        .or(confirm);
    let privacy_url = config.privacy_url.as_ref().map(|u| u.as_str().to_string());

    let content = if let Some(booking_id) = confirm {
        view! { <ConfirmLanding api=Rc::new(api) booking_id/> }.into_any()
    } else if is_connect {
        view! { <EmptyState/> }.into_any()
    } else {
        let booking = provide_booking(api, i18n, storage_key);
        let trusted_base = crate::embed::asset_url("");
        let offers = LocalResource::new(move || {
            let api = booking.api();
            let trusted_base = trusted_base.clone();
            async move { load_catalogue(&api, &trusted_base).await }
        });
        let step = Signal::derive(move || booking.step());
        let can_visit = Callback::new(move |s: Step| booking.flow.with(|f| f.can_visit(s)));
        let on_select = Callback::new(move |s: Step| booking.go_to(s));
        view! {
            <StepIndicator current=step can_visit on_select/>
            <div class="tb-widget__body" part="body">
                {move || match step.get() {
                    Step::Offer => view! { <OfferStep catalogue=offers/> }.into_any(),
                    Step::Time => view! { <TimeStep/> }.into_any(),
                    Step::Details => view! { <DetailsStep privacy_url=privacy_url.clone()/> }.into_any(),
                    Step::Done => view! { <DoneStep/> }.into_any(),
                }}
            </div>
        }
        .into_any()
    };

    view! {
        <section class="tb-widget" part="widget" aria-labelledby="tb-heading" lang=i18n.lang.code()>
            <h2 class="tb-widget__heading" id="tb-heading" part="heading">{heading}</h2>
            {content}
        </section>
    }
}
