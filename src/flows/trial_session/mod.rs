//! The Connect trial-session flow: studio → time → details → booked, and the
//! "we'll call you" lead capture. Its one state is [`state::Booking`].

mod details_step;
mod done_step;
mod lead_capture;
pub mod state;
mod studio_step;
mod time_step;

pub use details_step::DetailsStep;
pub use done_step::DoneStep;
pub use lead_capture::LeadCapture;
pub use studio_step::{load_studios, StudioStep};
pub use time_step::TimeStep;

use super::Start;
use crate::config::{Mode, WidgetConfig};
use crate::domain::steps::Step;
use crate::domain::studio::{StudioChoice, StudioState};
use crate::i18n::Key;
use crate::ui::StepIndicator;
use leptos::prelude::*;
use state::{provide_booking, Attribution};

/// Connect: studio (skipped when the embed fixes it) → time → details →
/// booked; or, with `mode="lead"`, the lead capture form.
pub fn view(config: WidgetConfig, start: Start) -> AnyView {
    let Start {
        api,
        i18n,
        storage_key,
        identity,
        visit,
        ..
    } = start;
    let privacy_url = config.privacy_url.as_ref().map(|u| u.as_str().to_string());
    let success = config.success;
    if config.mode == Mode::Lead {
        let studio_id = config.studio_id;
        let campaign_id = visit.campaign_id;
        let (prefill, note) = (visit.prefill, visit.note);
        return view! { <LeadCapture api i18n storage_key studio_id campaign_id note privacy_url prefill success/> }
            .into_any();
    }
    let attribution = Attribution {
        campaign_id: visit.campaign_id,
        referrer_id: config.referrer_id,
        campaign_choice: config.campaign_choice,
    };
    let booking = provide_booking(
        api,
        i18n,
        storage_key,
        attribution,
        identity,
        &visit.prefill,
        visit.note.clone(),
    );
    let fixed = config.studio_id;
    let studios = LocalResource::new(move || {
        let api = booking.api();
        async move { load_studios(&api).await }
    });
    // A widget that resumed after an attribute change keeps its studio only
    // while the new configuration still offers it (and fixes no other).
    Effect::new(move |checked: Option<bool>| {
        if checked == Some(true) {
            return true;
        }
        let Some(chosen) = booking
            .steps
            .flow
            .with_untracked(|f| f.choice().map(|s| s.id))
        else {
            return true;
        };
        let valid = match (fixed, studios.get()) {
            (Some(id), _) => id == chosen,
            (None, None) => return false,
            (None, Some(Ok(list))) => list.iter().any(|s| s.id == chosen && s.is_bookable()),
            (None, Some(Err(_))) => true,
        };
        if !valid {
            booking.restart(None);
        }
        true
    });
    // A studio the page URL names is chosen once its list arrives (the
    // visitor may still go back and choose another).
    if let (None, Some(id)) = (fixed, visit.prefill.studio_id) {
        Effect::new(move |applied: Option<bool>| {
            if applied == Some(true) {
                return true;
            }
            let Some(Ok(list)) = studios.get() else {
                return false;
            };
            let known = list.into_iter().find(|s| s.id == id && s.is_bookable());
            if let Some(studio) = known {
                if booking.steps.flow.with_untracked(|f| f.choice().is_none()) {
                    booking.steps.preselect(studio);
                }
            }
            true
        });
    }
    // A studio fixed by the embed is chosen at once (with its zone when the list has it).
    if let Some(id) = fixed {
        Effect::new(move |_| {
            if booking.steps.flow.with_untracked(|f| f.choice().is_some()) {
                return;
            }
            let known = match studios.get() {
                None => return,
                Some(Ok(list)) => list.into_iter().find(|s| s.id == id),
                Some(Err(_)) => None,
            };
            booking.steps.preselect(known.unwrap_or(StudioChoice {
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
    let step = Signal::derive(move || booking.steps.step());
    let can_visit = Callback::new(move |s: Step| {
        fixed.is_none() && booking.steps.flow.with(|f| f.can_visit(s))
            || s != Step::Choice && booking.steps.flow.with(|f| f.can_visit(s))
    });
    let on_select = Callback::new(move |s: Step| booking.steps.go_to(s));
    view! {
        <StepIndicator current=step can_visit on_select label={Step::label::<StudioChoice>}/>
        <div class="tb-widget__body" part="body">
            {move || match step.get() {
                Step::Choice if fixed.is_some() => view! { <crate::ui::Loading text=Key::TimesLoading/> }.into_any(),
                Step::Choice => view! { <StudioStep studios/> }.into_any(),
                Step::Time => view! { <TimeStep studio_fixed=fixed.is_some()/> }.into_any(),
                Step::Details => view! { <DetailsStep privacy_url=privacy_url.clone()/> }.into_any(),
                Step::Done => view! { <DoneStep keep_studio=fixed.is_some() success=success.clone()/> }.into_any(),
            }}
        </div>
    }
    .into_any()
}
