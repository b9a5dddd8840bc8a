//! The one booking state of the trial-session flow, provided once at its root
//! (`provide_booking` / `use_booking`), and the booking sequence (K7).

use crate::api::Api;
use crate::domain::lead_form::{FormRules, LeadForm};
use crate::domain::outcome::{self, answer_may_be_lost, LostAnswers, Problem};
use crate::domain::prefill::Prefill;
use crate::domain::slots::{BookedTime, Slot, SlotRef};
use crate::domain::steps::Flow;
use crate::domain::studio::StudioChoice;
use crate::flows::steps::Steps;
use crate::i18n::I18n;
use crate::ui::hooks::use_handover::{take_handover, use_handover};
use crate::ui::hooks::use_kept_in_tab::{load_kept, use_kept_in_tab};
use crate::ui::hooks::use_keyed::Keyed;
use leptos::prelude::*;
use std::rc::Rc;
use trial_api::client::Transport;
use trial_api::models::connect::{
    Campaign, ConnectLeadRequest, TrialSessionBookingRequest, TrialSessionFieldConfig,
};
use trial_api::models::{CampaignId, ReferrerId, StudioId};
use trial_api::ops::connect as k;
use trial_api::{ApiError, ZonedDateTime};

/// A finished trial-session booking, for the last step.
#[derive(Clone, Debug, PartialEq)]
pub struct Done {
    pub studio: StudioChoice,
    /// `None`: the visitor asked to be called instead of choosing a time.
    pub slot: Option<Slot>,
    pub with_trainer: bool,
    pub session_name: Option<String>,
}

/// Ids from the embed config passed through with a booking or lead.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Attribution {
    pub campaign_id: Option<CampaignId>,
    pub referrer_id: Option<ReferrerId>,
    /// Let the visitor pick one of the studio's campaigns (K3).
    pub campaign_choice: bool,
}

type FieldConfigResult = Option<Result<TrialSessionFieldConfig, ApiError>>;

/// What one mount of the widget hands to the next (`use_handover`): the step
/// with the choices, the finished booking, and the visitor's other choices.
#[derive(Clone, Default)]
struct Handover {
    flow: Flow<StudioChoice, Slot>,
    done: Option<Done>,
    with_trainer: Option<bool>,
    chosen_campaign: Option<CampaignId>,
}

/// What survives a reload, in the booking flow and the lead form
/// (`mode="lead"`) alike (one type: each kept type's deserializer costs about
/// 6 KB raw): what the visitor typed, and the writes whose answers were lost
/// (so a reload never turns a lost answer into a second booking or lead).
#[derive(Default, serde::Serialize, serde::Deserialize)]
pub(crate) struct Saved {
    #[serde(default)]
    pub form: LeadForm,
    /// The studio chosen in the lead form.
    #[serde(default)]
    pub studio: Option<StudioId>,
    #[serde(default)]
    pub lost: LostAnswers,
    /// The time of the booking whose answer was lost.
    #[serde(default)]
    pub lost_slot: Option<BookedTime>,
}

#[derive(Clone, Copy)]
pub struct Booking {
    pub steps: Steps<StudioChoice, Slot>,
    pub form: RwSignal<LeadForm>,
    /// The visitor wants a trainer with them (when the studio lets them choose).
    pub with_trainer: RwSignal<bool>,
    /// Whether the studio lets the visitor choose (`bookingWithoutResourcesAllowed`).
    pub trainer_optional: RwSignal<bool>,
    pub session_name: RwSignal<Option<String>>,
    pub done: RwSignal<Option<Done>>,
    /// The campaign the visitor picked (with `campaign-choice`).
    pub chosen_campaign: RwSignal<Option<CampaignId>>,
    /// Writes whose answers were lost: the next try's `TRIALSESSION_ALREADY_BOOKED`
    /// is the booking, and a lost lead is never sent again ([`run_lead`]).
    pub lost: RwSignal<LostAnswers>,
    /// The time of the booking whose answer was lost (see [`BookedTime`]).
    lost_slot: RwSignal<Option<BookedTime>>,
    /// The chosen studio's field configuration (K6), keyed by the studio.
    pub field_config: Keyed<Option<StudioId>, FieldConfigResult>,
    /// The chosen studio's campaigns (K3), when the visitor may pick one.
    pub campaigns: Keyed<Option<StudioId>, Vec<Campaign>>,
    pub i18n: I18n,
    pub attribution: Attribution,
    /// The known prospect's `identityToken`: sent back as `customerUUID`, never
    /// stored, logged or shown.
    identity: StoredValue<Option<String>>,
    /// The note for the studio's staff (`config::visit::staff_note`).
    note: StoredValue<Option<String>>,
    api: StoredValue<Rc<Api>, LocalStorage>,
}

pub fn use_booking() -> Booking {
    use_context::<Booking>().expect("provide_booking at the widget root")
}

pub fn provide_booking(
    api: Api,
    i18n: I18n,
    storage_key: String,
    attribution: Attribution,
    identity: Option<String>,
    prefill: &Prefill,
    note: Option<String>,
) -> Booking {
    let mut saved: Saved = load_kept(&storage_key);
    saved.form.prefill_contact(prefill);
    // An attribute change remounted the widget: go on where the visitor was.
    let handed = take_handover::<Handover>(&storage_key);
    let resumed = handed.is_some();
    let handed = handed.unwrap_or_default();
    let steps = Steps::provide(resumed.then_some(handed.flow));
    let flow = steps.flow;
    let api = StoredValue::new_local(Rc::new(api));
    let studio_id =
        Memo::new(move |_| flow.with(|f: &Flow<StudioChoice, Slot>| f.choice().map(|s| s.id)));
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
    let session = Booking {
        steps,
        form: RwSignal::new(saved.form),
        with_trainer: RwSignal::new(handed.with_trainer.unwrap_or(true)),
        trainer_optional: RwSignal::new(false),
        session_name: RwSignal::new(None),
        done: RwSignal::new(handed.done),
        chosen_campaign: RwSignal::new(handed.chosen_campaign),
        // The lost marks are in the tab's keep, for a remount as for a reload.
        lost: RwSignal::new(saved.lost),
        lost_slot: RwSignal::new(saved.lost_slot),
        field_config,
        campaigns,
        i18n,
        attribution,
        identity: StoredValue::new(identity.clone()),
        note: StoredValue::new(note),
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
    use_handover(storage_key.clone(), move || Handover {
        flow: session.steps.flow.get(),
        done: session.done.get(),
        with_trainer: Some(session.with_trainer.get()),
        chosen_campaign: session.chosen_campaign.get(),
    });
    // What was typed stays in the tab until the booking is done.
    use_kept_in_tab(
        storage_key,
        move || session.steps.flow.with(Flow::is_done),
        move || Saved {
            form: session.form.get(),
            studio: None,
            lost: session.lost.get(),
            lost_slot: session.lost_slot.get(),
        },
    );
    provide_context(session);
    session
}

impl Booking {
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
            note: self.note.get_value(),
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
        let mut lost = self.lost.get_untracked();
        let mut lost_slot = self.lost_slot.get_untracked();
        leptos::task::spawn_local(async move {
            let result = run_booking(&api, &body, &mut lost, &mut lost_slot, &slot).await;
            // Found made: the time left in lost_slot is that booking's (see run_booking).
            let earlier = (result == Ok(Made::Earlier))
                .then(|| lost_slot.take())
                .flatten();
            this.lost.set(lost);
            this.lost_slot.set(lost_slot);
            match result {
                Ok(_) => {
                    // The known prospect is booked: the token has done its job.
                    this.identity.set_value(None);
                    crate::page_url::forget_identity();
                    let session_name = this.session_name.get_untracked();
                    // Found made: the time of the booking that was made.
                    let slot = match earlier {
                        Some(earlier) => {
                            earlier.on(slot, &crate::time::StudioZone::new(studio.zone.as_deref()))
                        }
                        None => slot,
                    };
                    this.done.set(Some(Done {
                        studio,
                        slot: Some(slot),
                        with_trainer,
                        session_name,
                    }));
                    this.steps.booked("BOOKED");
                }
                Err(problem) => this.steps.failed(problem),
            }
        });
    }

    /// "We'll call you": a lead for the chosen studio (`POST /connect/v1/lead`),
    /// without a booking. Once, however often clicked.
    pub fn ask_to_be_called(&self, rules: FormRules) {
        let (Some(studio), _) = self.steps.chosen() else {
            return;
        };
        let campaign = self
            .chosen_campaign
            .get_untracked()
            .or(self.attribution.campaign_id);
        let body = self.form.with_untracked(|f| {
            f.to_connect_lead(
                &rules,
                studio.id,
                self.i18n.locale,
                campaign,
                self.note.get_value(),
            )
        });
        if !self.steps.start_submit() {
            return;
        }
        let this = *self;
        let api = self.api();
        let mut lost = self.lost.get_untracked();
        leptos::task::spawn_local(async move {
            let result = run_lead(&api, &body, &mut lost).await;
            this.lost.set(lost);
            match result {
                Ok(()) => {
                    let session_name = this.session_name.get_untracked();
                    this.done.set(Some(Done {
                        studio,
                        slot: None,
                        with_trainer: false,
                        session_name,
                    }));
                    this.steps.lead_made();
                }
                Err(problem) => this.steps.failed(problem),
            }
        });
    }
}

/// Which try made a booking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Made {
    /// This one.
    Now,
    /// An earlier one whose answer was lost.
    Earlier,
}

/// The Connect booking sequence: one `POST /connect/v1/trialsession/book`
/// (K7), sent once (writes are never retried). A `CONFLICT` (the time was
/// just taken) becomes "choose another time", with fresh times and the form
/// as it was. A try whose answer is lost is marked in `lost.booking`, the
/// time of its `slot` kept in `lost_slot` (the first lost one's, while the
/// mark stands); the next try's `TRIALSESSION_ALREADY_BOOKED` is that
/// booking: a success, [`Made::Earlier`], which clears the mark and leaves
/// the time in `lost_slot` for the done step. A booking made now clears both.
///
/// Errors: a [`Problem`] that says what the visitor can do next.
pub(crate) async fn run_booking<B: Transport>(
    api: &Api<B>,
    body: &TrialSessionBookingRequest,
    lost: &mut LostAnswers,
    lost_slot: &mut Option<BookedTime>,
    slot: &Slot,
) -> Result<Made, Problem> {
    match api.call(k::book_trial_session(body)).await {
        Ok(_lead) => {
            lost.booking = false;
            *lost_slot = None;
            Ok(Made::Now)
        }
        Err(error) if lost.booking && error.kind() == trial_api::ErrorKind::AlreadyBooked => {
            lost.booking = false;
            Ok(Made::Earlier)
        }
        Err(error) => {
            if answer_may_be_lost(&error) {
                lost.booking = true;
                // Which of two lost tries was made is unknown: the first is kept.
                lost_slot.get_or_insert_with(|| BookedTime::of(slot));
            }
            Err(outcome::api_error(error.kind()))
        }
    }
}

/// "We'll call you": one `POST /connect/v1/lead` (K9). Connect has no way to
/// ask whether a lead was made and no duplicate check, so when an earlier
/// try's answer was lost (`lost.lead`, see [`answer_may_be_lost`]) the lead is
/// taken as made and not sent again: the visitor reads that the studio will
/// call (a second lead for one visitor is the fault the studio sees; a lead
/// that never arrived is the rarer case of a request lost before it left).
///
/// Errors: a [`Problem`] that says what the visitor can do next.
pub(crate) async fn run_lead<B: Transport>(
    api: &Api<B>,
    body: &ConnectLeadRequest,
    lost: &mut LostAnswers,
) -> Result<(), Problem> {
    if lost.lead {
        lost.lead = false;
        return Ok(());
    }
    match api.call(k::create_lead(body)).await {
        Ok(_lead) => Ok(()),
        Err(error) => {
            lost.lead |= answer_may_be_lost(&error);
            Err(outcome::api_error(error.kind()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::outcome::NextStep;
    use std::cell::Cell;
    use trial_api::client::{block_on, RawResponse};
    use trial_api::request::Request;

    /// Answers every request with one status and body, and counts them.
    struct Answers(u16, &'static str, Cell<u32>);

    impl Transport for Answers {
        async fn send<T>(&self, _request: &Request<T>) -> Result<RawResponse, ApiError> {
            self.2.set(self.2.get() + 1);
            Ok(RawResponse {
                status: self.0,
                body: self.1.into(),
                retry_after_ms: None,
            })
        }
        async fn sleep(&self, _ms: u64) {}
        fn random(&self) -> f64 {
            0.5
        }
    }

    fn body() -> TrialSessionBookingRequest {
        let lead = crate::domain::lead_form::LeadForm {
            firstname: "Mia".into(),
            lastname: "Muster".into(),
            email: "mia@example.com".into(),
            privacy_accepted: true,
            ..Default::default()
        };
        TrialSessionBookingRequest {
            studio_id: StudioId(1),
            start_date_time: ZonedDateTime::parse("2030-01-07T10:00:00.000+01:00[Europe/Berlin]")
                .unwrap(),
            trainer_required: true,
            lead_customer: lead.to_connect(
                &FormRules::from_connect(&serde_json::from_str("{}").unwrap()),
                None,
            ),
            note: None,
            participants: None,
            referral_code: None,
            referrer_id: None,
            source_campaign_id: Some(CampaignId(3)),
        }
    }

    /// A session at `hour` o'clock.
    fn at(hour: u32) -> Slot {
        crate::domain::slots::test_slot(
            &format!("2030-01-07T{hour:02}:00:00.000+01:00[Europe/Berlin]"),
            crate::domain::slots::Availability::Open { spots_left: None },
        )
    }

    #[test]
    fn a_booked_session_is_one_call() {
        let api = Api::new(Answers(200, r#"{"id":5}"#, Cell::new(0)));
        assert_eq!(
            block_on(run_booking(
                &api,
                &body(),
                &mut LostAnswers::default(),
                &mut None,
                &at(10)
            )),
            Ok(Made::Now)
        );
        assert_eq!(api.transport().2.get(), 1);
    }

    #[test]
    fn a_taken_time_asks_for_another_and_is_not_sent_again() {
        let api = Api::new(Answers(409, r#"{"errorCodes":["CONFLICT"]}"#, Cell::new(0)));
        let problem = block_on(run_booking(
            &api,
            &body(),
            &mut LostAnswers::default(),
            &mut None,
            &at(10),
        ))
        .unwrap_err();
        assert_eq!(problem.next, NextStep::ChooseAnotherTime);
        assert_eq!(api.transport().2.get(), 1, "a write is never retried");
    }

    #[test]
    fn a_booking_whose_answer_was_lost_is_found_made_on_the_next_try() {
        let (mut lost, mut lost_slot) = (LostAnswers::default(), None);
        let dropped = Api::new(Answers(502, "<html>Bad gateway</html>", Cell::new(0)));
        let problem = block_on(run_booking(
            &dropped,
            &body(),
            &mut lost,
            &mut lost_slot,
            &at(10),
        ))
        .unwrap_err();
        assert_eq!(problem.next, NextStep::TryAgain);
        assert!(lost.booking);
        assert_eq!(lost_slot, Some(BookedTime::of(&at(10))));
        // A try at another time that is refused, or lost too, keeps the first time.
        let refused = Api::new(Answers(500, r#"{"errorCodes":["X"]}"#, Cell::new(0)));
        block_on(run_booking(
            &refused,
            &body(),
            &mut lost,
            &mut lost_slot,
            &at(11),
        ))
        .unwrap_err();
        block_on(run_booking(
            &dropped,
            &body(),
            &mut lost,
            &mut lost_slot,
            &at(12),
        ))
        .unwrap_err();
        assert!(lost.booking);
        assert_eq!(lost_slot, Some(BookedTime::of(&at(10))));
        let again = Api::new(Answers(
            400,
            r#"{"errorCodes":["TRIALSESSION_ALREADY_BOOKED"]}"#,
            Cell::new(0),
        ));
        assert_eq!(
            block_on(run_booking(
                &again,
                &body(),
                &mut lost,
                &mut lost_slot,
                &at(11)
            )),
            Ok(Made::Earlier)
        );
        assert!(!lost.booking);
        // The mark is cleared; the time booked is left for the done step to show.
        assert_eq!(lost_slot, Some(BookedTime::of(&at(10))));
        // Without a lost answer the same refusal is what it says.
        let fresh = Api::new(Answers(
            400,
            r#"{"errorCodes":["TRIALSESSION_ALREADY_BOOKED"]}"#,
            Cell::new(0),
        ));
        assert!(block_on(run_booking(
            &fresh,
            &body(),
            &mut LostAnswers::default(),
            &mut None,
            &at(10)
        ))
        .is_err());
    }

    fn lead() -> ConnectLeadRequest {
        let form = crate::domain::lead_form::LeadForm {
            firstname: "Mia".into(),
            lastname: "Muster".into(),
            telephone: "+49 170 1234567".into(),
            privacy_accepted: true,
            ..Default::default()
        };
        let rules = FormRules::from_connect(&serde_json::from_str("{}").unwrap());
        form.to_connect_lead(&rules, StudioId(1), "de-DE", None, None)
    }

    #[test]
    fn a_lead_whose_answer_was_lost_is_never_sent_again() {
        for dropped in [502, 503, 504] {
            let mut lost = LostAnswers::default();
            let api = Api::new(Answers(dropped, "<html>Gateway</html>", Cell::new(0)));
            let problem = block_on(run_lead(&api, &lead(), &mut lost)).unwrap_err();
            assert_eq!(problem.next, NextStep::TryAgain);
            assert!(lost.lead, "{dropped} may hide a lead that was made");
            // The next try: the studio has it; nothing is sent.
            assert_eq!(block_on(run_lead(&api, &lead(), &mut lost)), Ok(()));
            assert_eq!(api.transport().2.get(), 1, "one lead, never two");
            assert!(!lost.lead);
        }
        // A refusal says nothing was made: the next try sends again.
        let mut lost = LostAnswers::default();
        let api = Api::new(Answers(
            400,
            r#"{"errorCodes":["VALIDATION_FAILED"]}"#,
            Cell::new(0),
        ));
        assert!(block_on(run_lead(&api, &lead(), &mut lost)).is_err());
        assert!(!lost.lead);
        assert!(block_on(run_lead(&api, &lead(), &mut lost)).is_err());
        assert_eq!(api.transport().2.get(), 2);
        let made = Api::new(Answers(200, r#"{"id":5}"#, Cell::new(0)));
        assert_eq!(block_on(run_lead(&made, &lead(), &mut lost)), Ok(()));
    }
}
