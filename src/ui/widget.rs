use super::booking::provide_booking;
use super::session::{
    self, Attribution, LeadCapture, SessionDetailsStep, SessionDoneStep, SessionTimeStep,
    StudioStep,
};
use super::{ConfirmLanding, DetailsStep, DoneStep, OfferStep, StepIndicator, TimeStep};
use crate::api::Api;
use crate::config::{Backend, BookingFlow, Mode, WidgetConfig};
use crate::domain::offer::{catalogue, Offer};
use crate::domain::studio::{StudioChoice, StudioState};
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
    /// A known prospect's `identityToken` from the page's URL (Connect).
    identity: Option<String>,
) -> impl IntoView {
    provide_context(i18n);
    let heading = config
        .heading
        .clone()
        .unwrap_or_else(|| i18n.t(Key::WidgetHeading).to_string());
    let session_flow = config.flow == BookingFlow::TrialSession;
    let confirm = config
        .confirm_booking_id
        .map(|id| id as trial_api::models::Id)
        .or(confirm);
    let privacy_url = config.privacy_url.as_ref().map(|u| u.as_str().to_string());

    let content = if let Some(booking_id) = confirm {
        view! { <ConfirmLanding api=Rc::new(api) booking_id/> }.into_any()
    } else if config.mode == Mode::Lead {
        let studio_id = config.studio_id.map(|id| id as trial_api::models::Id);
        let campaign_id = config.campaign_id.map(|id| id as trial_api::models::Id);
        view! { <LeadCapture api i18n studio_id campaign_id privacy_url/> }.into_any()
    } else if session_flow {
        session_flow_view(config, i18n, api, storage_key, identity, privacy_url).into_any()
    } else {
        let booking = provide_booking(api, i18n, storage_key);
        let trusted_base = crate::embed::asset_url("");
        let offers = LocalResource::new(move || {
            let api = booking.api();
            let trusted_base = trusted_base.clone();
            async move { load_catalogue(&api, &trusted_base).await }
        });
        let step = Signal::derive(move || booking.steps.step());
        let can_visit = Callback::new(move |s: Step| booking.steps.flow.with(|f| f.can_visit(s)));
        let on_select = Callback::new(move |s: Step| booking.steps.go_to(s));
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

/// Connect: studio (skipped when the embed fixes it) → time → details → booked.
fn session_flow_view(
    config: WidgetConfig,
    i18n: I18n,
    api: Api,
    storage_key: String,
    identity: Option<String>,
    privacy_url: Option<String>,
) -> impl IntoView {
    let attribution = Attribution {
        campaign_id: config.campaign_id.map(|id| id as trial_api::models::Id),
        referrer_id: config.referrer_id.map(|id| id as trial_api::models::Id),
        campaign_choice: config.campaign_choice,
    };
    let session = session::provide_session(api, i18n, storage_key, attribution, identity);
    let fixed = config.studio_id.map(|id| id as trial_api::models::Id);
    let studios = LocalResource::new(move || {
        let api = session.api();
        async move { session::load_studios(&api).await }
    });
    // A studio fixed by the embed is chosen at once (with its zone when the list has it).
    if let Some(id) = fixed {
        Effect::new(move |_| {
            if session.steps.flow.with_untracked(|f| f.offer().is_some()) {
                return;
            }
            let known = match studios.get() {
                None => return,
                Some(Ok(list)) => list.into_iter().find(|s| s.id == id),
                Some(Err(_)) => None,
            };
            session.steps.preselect(known.unwrap_or(StudioChoice {
                id,
                name: String::new(),
                address: String::new(),
                zip: String::new(),
                city: String::new(),
                zone: None,
                trial_name: None,
                state: StudioState::Bookable,
            }));
        });
    }
    let step = Signal::derive(move || session.steps.step());
    let can_visit = Callback::new(move |s: Step| {
        fixed.is_none() && session.steps.flow.with(|f| f.can_visit(s))
            || s != Step::Offer && session.steps.flow.with(|f| f.can_visit(s))
    });
    let on_select = Callback::new(move |s: Step| session.steps.go_to(s));
    view! {
        <StepIndicator current=step can_visit on_select first_label=Key::StepStudio/>
        <div class="tb-widget__body" part="body">
            {move || match step.get() {
                Step::Offer if fixed.is_some() => view! { <super::Loading text=Key::TimesLoading/> }.into_any(),
                Step::Offer => view! { <StudioStep studios/> }.into_any(),
                Step::Time => view! { <SessionTimeStep studio_fixed=fixed.is_some()/> }.into_any(),
                Step::Details => view! { <SessionDetailsStep privacy_url=privacy_url.clone()/> }.into_any(),
                Step::Done => view! { <SessionDoneStep keep_studio=fixed.is_some()/> }.into_any(),
            }}
        </div>
    }
}
