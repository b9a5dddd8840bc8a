//! The Connect trial-session flow: studio → time → details → booked, and the
//! "we'll call you" lead capture. Its one state is [`Session`].

mod details_step;
mod done_step;
mod lead_capture;
mod studio_step;
mod time_step;

pub use details_step::SessionDetailsStep;
pub use done_step::SessionDoneStep;
pub use lead_capture::LeadCapture;
pub use studio_step::{load_studios, StudioStep};
pub use time_step::SessionTimeStep;

use super::Start;
use crate::api::Api;
use crate::config::{Mode, WidgetConfig};
use crate::domain::lead_form::{FormRules, LeadForm};
use crate::domain::outcome;
use crate::domain::slots::{Slot, SlotRef};
use crate::domain::studio::StudioChoice;
use crate::domain::studio::StudioState;
use crate::flow::Flow;
use crate::flow::Step;
use crate::i18n::I18n;
use crate::i18n::Key;
use crate::ui::keyed::Keyed;
use crate::ui::steps::{keep_in_tab, load_kept, Steps};
use crate::ui::StepIndicator;
use leptos::prelude::*;
use std::rc::Rc;
use trial_api::models::connect::{TrialSessionBookingRequest, TrialSessionFieldConfig};
use trial_api::models::Id;
use trial_api::ops::connect as k;
use trial_api::{ApiError, ZonedDateTime};

/// A finished trial-session booking, for the last step.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionDone {
    pub studio: StudioChoice,
    pub slot: Slot,
    pub with_trainer: bool,
    pub session_name: Option<String>,
}

/// Ids from the embed config passed through with a booking or lead.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Attribution {
    pub campaign_id: Option<Id>,
    pub referrer_id: Option<Id>,
    /// Let the visitor pick one of the studio's campaigns (K3).
    pub campaign_choice: bool,
}

type FieldConfigResult = Option<Result<TrialSessionFieldConfig, ApiError>>;

#[derive(Clone, Copy)]
pub struct Session {
    pub steps: Steps<StudioChoice, Slot>,
    pub form: RwSignal<LeadForm>,
    /// The visitor wants a trainer with them (when the studio lets them choose).
    pub with_trainer: RwSignal<bool>,
    /// Whether the studio lets the visitor choose (`bookingWithoutResourcesAllowed`).
    pub trainer_optional: RwSignal<bool>,
    pub session_name: RwSignal<Option<String>>,
    pub done: RwSignal<Option<SessionDone>>,
    /// The campaign the visitor picked (with `campaign-choice`).
    pub chosen_campaign: RwSignal<Option<Id>>,
    /// The chosen studio's field configuration (K6), keyed by the studio.
    pub field_config: Keyed<Option<Id>, FieldConfigResult>,
    /// The chosen studio's campaigns (K3), when the visitor may pick one.
    pub campaigns: Keyed<Option<Id>, Vec<trial_api::models::connect::Campaign>>,
    pub i18n: I18n,
    pub attribution: Attribution,
    /// The known prospect's `identityToken`: sent back as `customerUUID`, never
    /// stored, logged or shown.
    identity: StoredValue<Option<String>>,
    api: StoredValue<Rc<Api>, LocalStorage>,
}

pub fn use_session() -> Session {
    use_context::<Session>().expect("provide_session at the widget root")
}

pub fn provide_session(
    api: Api,
    i18n: I18n,
    storage_key: String,
    attribution: Attribution,
    identity: Option<String>,
    prefill: &crate::config::Prefill,
) -> Session {
    let mut saved: LeadForm = load_kept(&storage_key);
    saved.prefill_contact(prefill);
    let steps = Steps::provide();
    let flow = steps.flow;
    let api = StoredValue::new_local(Rc::new(api));
    let studio_id =
        Memo::new(move |_| flow.with(|f: &Flow<StudioChoice, Slot>| f.offer().map(|s| s.id)));
    let field_config = Keyed::new(
        move || studio_id.get(),
        move |id| {
            let api = api.get_value();
            async move {
                match id {
                    Some(id) => Some(api.call(k::get_trial_session_field_config(id)).await),
                    None => None,
                }
            }
        },
    );
    let campaign_choice = attribution.campaign_choice;
    let campaigns = Keyed::new(
        move || studio_id.get().filter(|_| campaign_choice),
        move |id| {
            let api = api.get_value();
            async move {
                match id {
                    // Optional: without the list the visitor simply is not asked.
                    Some(id) => api.call(k::list_campaigns(id)).await.unwrap_or_default(),
                    None => Vec::new(),
                }
            }
        },
    );
    let session = Session {
        steps,
        form: RwSignal::new(saved),
        with_trainer: RwSignal::new(true),
        trainer_optional: RwSignal::new(false),
        session_name: RwSignal::new(None),
        done: RwSignal::new(None),
        chosen_campaign: RwSignal::new(None),
        field_config,
        campaigns,
        i18n,
        attribution,
        identity: StoredValue::new(identity.clone()),
        api,
    };
    // A known prospect's details fill the form (still editable).
    if let Some(uuid) = identity {
        let api = session.api();
        leptos::task::spawn_local(async move {
            if let Ok(lead) = api.call(k::get_lead_by_uuid(&uuid)).await {
                session.form.update(|f| f.prefill(&lead));
            }
        });
    }
    // What was typed stays in the tab until the booking is done.
    keep_in_tab(
        storage_key,
        move || session.steps.flow.with(Flow::is_done),
        move || session.form.get(),
    );
    provide_context(session);
    session
}

impl Session {
    pub fn api(&self) -> Rc<Api> {
        self.api.get_value()
    }

    pub fn identity(&self) -> Option<String> {
        self.identity.get_value()
    }

    pub fn restart(&self, keep_studio: Option<StudioChoice>) {
        self.done.set(None);
        self.steps.restart(keep_studio);
    }

    /// Books the chosen slot (`trialsession/book`), once, however often clicked.
    pub fn book(&self, rules: FormRules) {
        let (Some(studio), Some(slot)) = self.steps.chosen() else {
            return;
        };
        let SlotRef::Session { start } = &slot.reference else {
            return;
        };
        let Ok(start) = ZonedDateTime::parse(start) else {
            return;
        };
        let with_trainer =
            !self.trainer_optional.get_untracked() || self.with_trainer.get_untracked();
        let body = TrialSessionBookingRequest {
            studio_id: studio.id,
            start_date_time: start,
            trainer_required: with_trainer,
            lead_customer: self
                .form
                .with_untracked(|f| f.to_connect(&rules, self.identity().as_deref())),
            note: None,
            participants: None,
            referral_code: None,
            referrer_id: self.attribution.referrer_id,
            source_campaign_id: self
                .chosen_campaign
                .get_untracked()
                .or(self.attribution.campaign_id),
        };
        if !self.steps.start_submit() {
            return;
        }
        let this = *self;
        let api = self.api();
        leptos::task::spawn_local(async move {
            match api.call(k::book_trial_session(&body)).await {
                Ok(_lead) => {
                    // The known prospect is booked: the token has done its job.
                    this.identity.set_value(None);
                    crate::embed::forget_identity();
                    let session_name = this.session_name.get_untracked();
                    this.done.set(Some(SessionDone {
                        studio,
                        slot,
                        with_trainer,
                        session_name,
                    }));
                    this.steps.booked("BOOKED");
                }
                // A CONFLICT (the time was just taken) shows fresh times and the reason, the form as it was.
                Err(error) => this.steps.failed(outcome::api_error(error.kind())),
            }
        });
    }
}
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
    if config.mode == Mode::Lead {
        let studio_id = config.studio_id.map(|id| id as trial_api::models::Id);
        let campaign_id = visit.campaign_id.map(|id| id as trial_api::models::Id);
        let prefill = visit.prefill;
        return view! { <LeadCapture api i18n studio_id campaign_id privacy_url prefill/> }
            .into_any();
    }
    let attribution = Attribution {
        campaign_id: visit.campaign_id.map(|id| id as trial_api::models::Id),
        referrer_id: config.referrer_id.map(|id| id as trial_api::models::Id),
        campaign_choice: config.campaign_choice,
    };
    let session = provide_session(
        api,
        i18n,
        storage_key,
        attribution,
        identity,
        &visit.prefill,
    );
    let fixed = config.studio_id.map(|id| id as trial_api::models::Id);
    let studios = LocalResource::new(move || {
        let api = session.api();
        async move { load_studios(&api).await }
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
            let id = id as trial_api::models::Id;
            let known = list.into_iter().find(|s| s.id == id && s.is_bookable());
            if let Some(studio) = known {
                if session.steps.flow.with_untracked(|f| f.offer().is_none()) {
                    session.steps.preselect(studio);
                }
            }
            true
        });
    }
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
                Step::Offer if fixed.is_some() => view! { <crate::ui::Loading text=Key::TimesLoading/> }.into_any(),
                Step::Offer => view! { <StudioStep studios/> }.into_any(),
                Step::Time => view! { <SessionTimeStep studio_fixed=fixed.is_some()/> }.into_any(),
                Step::Details => view! { <SessionDetailsStep privacy_url=privacy_url.clone()/> }.into_any(),
                Step::Done => view! { <SessionDoneStep keep_studio=fixed.is_some()/> }.into_any(),
            }}
        </div>
    }
    .into_any()
}
