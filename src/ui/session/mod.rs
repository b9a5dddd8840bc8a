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

use super::booking::{storage, Submit};
use crate::api::Api;
use crate::domain::lead_form::{FormRules, LeadForm};
use crate::domain::outcome::{self, NextStep, Problem};
use crate::domain::slots::{Slot, SlotRef};
use crate::domain::studio::StudioChoice;
use crate::flow::{Flow, Step};
use crate::i18n::I18n;
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
    pub flow: RwSignal<Flow<StudioChoice, Slot>>,
    pub form: RwSignal<LeadForm>,
    /// The visitor wants a trainer with them (when the studio lets them choose).
    pub with_trainer: RwSignal<bool>,
    /// Whether the studio lets the visitor choose (`bookingWithoutResourcesAllowed`).
    pub trainer_optional: RwSignal<bool>,
    pub session_name: RwSignal<Option<String>>,
    pub submit: RwSignal<Submit>,
    pub done: RwSignal<Option<SessionDone>>,
    pub notice: RwSignal<Option<Problem>>,
    pub reload_times: RwSignal<u32>,
    pub moved: RwSignal<bool>,
    /// The campaign the visitor picked (with `campaign-choice`).
    pub chosen_campaign: RwSignal<Option<Id>>,
    /// The chosen studio's field configuration (K6).
    pub field_config: LocalResource<FieldConfigResult>,
    /// The chosen studio's campaigns (K3), when the visitor may pick one.
    pub campaigns: LocalResource<Vec<trial_api::models::connect::Campaign>>,
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
) -> Session {
    let saved: LeadForm = storage()
        .and_then(|s| s.get_item(&storage_key).ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default();
    let flow = RwSignal::new(Flow::default());
    let api = StoredValue::new_local(Rc::new(api));
    let studio_id =
        Memo::new(move |_| flow.with(|f: &Flow<StudioChoice, Slot>| f.offer().map(|s| s.id)));
    let field_config = LocalResource::new(move || {
        let id = studio_id.get();
        let api = api.get_value();
        async move {
            match id {
                Some(id) => Some(api.call(k::get_trial_session_field_config(id)).await),
                None => None,
            }
        }
    });
    let campaign_choice = attribution.campaign_choice;
    let campaigns = LocalResource::new(move || {
        let id = studio_id.get();
        let api = api.get_value();
        async move {
            match id.filter(|_| campaign_choice) {
                // Optional: without the list the visitor simply is not asked.
                Some(id) => api.call(k::list_campaigns(id)).await.unwrap_or_default(),
                None => Vec::new(),
            }
        }
    });
    let session = Session {
        flow,
        form: RwSignal::new(saved),
        with_trainer: RwSignal::new(true),
        trainer_optional: RwSignal::new(false),
        session_name: RwSignal::new(None),
        submit: RwSignal::new(Submit::Idle),
        done: RwSignal::new(None),
        notice: RwSignal::new(None),
        reload_times: RwSignal::new(0),
        moved: RwSignal::new(false),
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
    // What was typed is kept in the tab until the booking is done.
    Effect::new(move |_| {
        let done = session.flow.with(Flow::is_done);
        let Some(storage) = storage() else { return };
        if done {
            let _ = storage.remove_item(&storage_key);
        } else if let Ok(text) = serde_json::to_string(&session.form.get()) {
            let _ = storage.set_item(&storage_key, &text);
        }
    });
    provide_context(session);
    provide_context(super::common::Moved(session.moved));
    session
}

impl Session {
    pub fn api(&self) -> Rc<Api> {
        self.api.get_value()
    }

    pub fn identity(&self) -> Option<String> {
        self.identity.get_value()
    }

    pub fn step(&self) -> Step {
        self.flow.with(Flow::step)
    }

    pub fn choose_studio(&self, studio: StudioChoice) {
        self.moved.set(true);
        self.notice.set(None);
        self.submit.set(Submit::Idle);
        self.flow.update(|f| f.choose_offer(studio));
    }

    /// A studio fixed by the embed config: chosen without the visitor.
    pub fn preselect_studio(&self, studio: StudioChoice) {
        self.flow.update(|f| f.choose_offer(studio));
    }

    pub fn choose_slot(&self, slot: Slot) {
        self.moved.set(true);
        self.notice.set(None);
        self.submit.set(Submit::Idle);
        self.flow.update(|f| f.choose_slot(slot));
    }

    pub fn go_to(&self, step: Step) {
        self.moved.set(true);
        self.flow.update(|f| {
            f.go_to(step);
        });
    }

    pub fn restart(&self, keep_studio: Option<StudioChoice>) {
        self.moved.set(true);
        self.done.set(None);
        self.submit.set(Submit::Idle);
        self.notice.set(None);
        self.flow.update(|f| {
            f.restart();
            if let Some(studio) = keep_studio {
                f.choose_offer(studio);
            }
        });
    }

    /// Books the chosen slot (`trialsession/book`), once, however often clicked.
    pub fn book(&self, rules: FormRules) {
        if self.submit.get_untracked() == Submit::Busy {
            return;
        }
        let (Some(studio), Some(slot)) = self
            .flow
            .with_untracked(|f| (f.offer().cloned(), f.slot().cloned()))
        else {
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
        self.submit.set(Submit::Busy);
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
                    this.submit.set(Submit::Idle);
                    this.moved.set(true);
                    this.flow.update(Flow::booked);
                }
                Err(error) => {
                    let problem = outcome::api_error(error.kind());
                    if problem.next == NextStep::ChooseAnotherTime {
                        // CONFLICT: the time was just taken. Fresh times, the reason, the form as it was.
                        this.submit.set(Submit::Idle);
                        this.notice.set(Some(problem));
                        this.reload_times.update(|n| *n += 1);
                        this.moved.set(true);
                        this.flow.update(Flow::slot_lost);
                    } else {
                        this.submit.set(Submit::Failed(problem));
                    }
                }
            }
        });
    }
}
