//! The Open API trial-offer flow: offer → time → details → booked, and the
//! landing of a studio's confirmation link. Its one state is
//! [`state::Booking`].

mod confirm_landing;
mod details_step;
mod done_step;
mod offer_step;
pub mod state;
mod time_step;

pub use confirm_landing::ConfirmLanding;
pub use details_step::DetailsStep;
pub use done_step::DoneStep;
pub use offer_step::OfferStep;
pub use time_step::TimeStep;

use super::Start;
use crate::api::Api;
use crate::config::WidgetConfig;
use crate::domain::offer::{catalogue, in_category, preselected, Offer};
use crate::domain::steps::Step;
use crate::ui::StepIndicator;
use leptos::prelude::*;
use state::provide_booking;
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
/// The flow's steps, or the confirmation landing when the page was opened
/// from a confirmation link.
pub fn view(config: WidgetConfig, start: Start) -> AnyView {
    let Start {
        api,
        i18n,
        storage_key,
        confirm,
        visit,
        ..
    } = start;
    let privacy_url = config.privacy_url.as_ref().map(|u| u.as_str().to_string());
    let success = config.success;
    let confirm = config.confirm_booking_id.or(confirm);
    if let Some(booking_id) = confirm {
        return view! { <ConfirmLanding api=Rc::new(api) booking_id/> }.into_any();
    }
    let booking = provide_booking(api, i18n, storage_key, &visit.prefill);
    let (offer_id, category) = (visit.prefill.offer_id, visit.prefill.offer_category.clone());
    let trusted_base = crate::dist::asset_url("");
    let offers = LocalResource::new({
        let category = category.clone();
        move || {
            let api = booking.api();
            let trusted_base = trusted_base.clone();
            let category = category.clone();
            async move {
                let offers = load_catalogue(&api, &trusted_base).await?;
                Ok(in_category(offers, category.as_deref()))
            }
        }
    });
    // Once, when the catalogue first arrives: a widget that resumed after an
    // attribute change keeps its offer only while the new configuration still
    // lists it (and names no other); then the embed's offer is chosen, unless
    // one is.
    Effect::new(move |applied: Option<bool>| {
        if applied == Some(true) {
            return true;
        }
        let Some(Ok(list)) = offers.get() else {
            return false;
        };
        let chosen = booking
            .steps
            .flow
            .with_untracked(|f| f.choice().map(|o| (o.kind, o.config_id)));
        if let Some((kind, config_id)) = chosen {
            if !list.iter().any(|o| o.kind == kind)
                || offer_id.is_some_and(|wanted| wanted != config_id)
            {
                booking.restart();
            }
        }
        if let Some(offer) = preselected(&list, offer_id, category.as_deref()) {
            if booking.steps.flow.with_untracked(|f| f.choice().is_none()) {
                booking.steps.preselect(offer.clone());
            }
        }
        true
    });
    let step = Signal::derive(move || booking.steps.step());
    let can_visit = Callback::new(move |s: Step| booking.steps.flow.with(|f| f.can_visit(s)));
    let on_select = Callback::new(move |s: Step| booking.steps.go_to(s));
    view! {
        <StepIndicator current=step label={Step::label::<Offer>} can_visit on_select/>
        <div class="tb-widget__body" part="body">
            {move || match step.get() {
                Step::Choice => view! { <OfferStep catalogue=offers/> }.into_any(),
                Step::Time => view! { <TimeStep/> }.into_any(),
                Step::Details => view! { <DetailsStep privacy_url=privacy_url.clone()/> }.into_any(),
                Step::Done => view! { <DoneStep success=success.clone()/> }.into_any(),
            }}
        </div>
    }
    .into_any()
}
