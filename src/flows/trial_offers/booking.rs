//! The one booking state of a widget, provided once at its root
//! (`provide_booking` / `use_booking`), and the booking sequence.

use crate::api::Api;
use crate::domain::lead_form::{FormRules, LeadForm};
use crate::domain::offer::{Offer, OfferKind};
use crate::domain::outcome::{self, Booked, NextStep, Problem};
use crate::domain::slots::{Slot, SlotRef};
use crate::flow::Flow;
use crate::i18n::{I18n, Key};
use crate::ui::keyed::Keyed;
pub use crate::ui::steps::Submit;
use crate::ui::steps::{keep_in_tab, load_kept, Steps};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::rc::Rc;
use trial_api::models::open_api::*;
use trial_api::models::Id;
use trial_api::ops::open_api as o;
use trial_api::ApiError;

/// A finished booking, for the last step.
#[derive(Clone, Debug, PartialEq)]
pub struct Done {
    pub booked: Booked,
    pub offer: Offer,
    pub slot: Slot,
    pub booking_id: Id,
}

type ConfigResult = Option<Result<TrialOfferConfig, ApiError>>;

#[derive(Clone, Copy)]
pub struct Booking {
    pub steps: Steps<Offer, Slot>,
    pub form: RwSignal<LeadForm>,
    /// The lead created for this visitor: kept, so booking again never makes a second one.
    pub customer: RwSignal<Option<Id>>,
    pub done: RwSignal<Option<Done>>,
    /// The chosen offer's configuration, fetched as soon as the offer is chosen
    /// (keyed by the configuration's id: never another offer's).
    pub offer_config: Keyed<Option<Id>, ConfigResult>,
    /// The studio's IANA zone once an answer named it (Open API times carry
    /// it in their zoned strings): its today is the pickers' today.
    pub studio_zone: RwSignal<Option<String>>,
    pub i18n: I18n,
    api: StoredValue<Rc<Api>, LocalStorage>,
}

pub fn use_booking() -> Booking {
    use_context::<Booking>().expect("provide_booking at the widget root")
}

/// What survives a reload: what the visitor typed, and their lead id.
#[derive(Default, Serialize, Deserialize)]
struct Saved {
    #[serde(default)]
    form: LeadForm,
    #[serde(default)]
    customer: Option<Id>,
}

/// The flow's state, with what this tab kept and the embed's prefill in the
/// fields still empty.
pub fn provide_booking(
    api: Api,
    i18n: I18n,
    storage_key: String,
    prefill: &crate::config::Prefill,
) -> Booking {
    let mut saved: Saved = load_kept(&storage_key);
    saved.form.prefill_contact(prefill);
    let steps = Steps::provide();
    let flow = steps.flow;
    let api = StoredValue::new_local(Rc::new(api));
    let config_id =
        Memo::new(move |_| flow.with(|f: &Flow<Offer, Slot>| f.offer().map(|o| o.config_id)));
    let offer_config = Keyed::new(
        move || config_id.get(),
        move |id| {
            let api = api.get_value();
            async move {
                match id {
                    Some(id) => Some(api.call(o::get_trial_offer_config(id)).await),
                    None => None,
                }
            }
        },
    );
    let booking = Booking {
        steps,
        form: RwSignal::new(saved.form),
        customer: RwSignal::new(saved.customer),
        done: RwSignal::new(None),
        offer_config,
        studio_zone: RwSignal::new(None),
        i18n,
        api,
    };
    // What was typed stays in the tab until the booking is done.
    keep_in_tab(
        storage_key,
        move || booking.steps.flow.with(Flow::is_done),
        move || Saved {
            form: booking.form.get(),
            customer: booking.customer.get(),
        },
    );
    provide_context(booking);
    booking
}

impl Booking {
    pub fn api(&self) -> Rc<Api> {
        self.api.get_value()
    }

    pub fn restart(&self) {
        self.done.set(None);
        self.steps.restart(None);
    }

    /// Sends the booking. Does nothing while one is already on its way, so a
    /// double click books once.
    pub fn book(&self, rules: FormRules, config: TrialOfferConfig) {
        let (Some(offer), Some(slot)) = self.steps.chosen() else {
            return;
        };
        if !self.steps.start_submit() {
            return;
        }
        let this = *self;
        let form = self.form.get_untracked();
        let customer = self.customer.get_untracked();
        let lang = self.i18n.lang.code(); // the lead's language: "de", not "de-CH"
        let api = self.api();
        leptos::task::spawn_local(async move {
            let mut known_customer = customer;
            let result = run_booking(
                &api,
                &offer,
                &slot,
                &form,
                &rules,
                &config,
                &mut known_customer,
                lang,
            )
            .await;
            this.customer.set(known_customer);
            match result {
                Ok((booked, booking_id)) => {
                    let outcome = crate::domain::events::outcome(&booked);
                    this.done.set(Some(Done {
                        booked,
                        offer,
                        slot,
                        booking_id,
                    }));
                    this.steps.booked(outcome);
                }
                Err(problem) => this.steps.failed(problem),
            }
        });
    }
}

/// Lead validate → lead create (once per visitor) → booking validate → book.
#[allow(clippy::too_many_arguments)]
async fn run_booking(
    api: &Api,
    offer: &Offer,
    slot: &Slot,
    form: &LeadForm,
    rules: &FormRules,
    config: &TrialOfferConfig,
    customer: &mut Option<Id>,
    lang: &str,
) -> Result<(Booked, Id), Problem> {
    let failed = |e: ApiError| outcome::api_error(e.kind());
    let customer_id = match *customer {
        Some(id) => id,
        None => {
            let lead = TrialOfferLeadRequest {
                lead_customer_data: form.to_open_api(rules, lang),
                trial_offer_config_id: config.id,
            };
            let check = api
                .call(o::validate_for_lead_customer_creation(&lead))
                .await
                .map_err(failed)?;
            if let Some(problem) = outcome::lead_validation(&check.validation_status) {
                return Err(problem);
            }
            let created = api
                .call(o::create_lead_customer(&lead))
                .await
                .map_err(failed)?;
            let id = created.lead_customer_id.ok_or(Problem {
                message: Key::LeadUnknown,
                next: NextStep::ContactStudio,
            })?;
            *customer = Some(id);
            id
        }
    };
    let term = config.confirmation_of_booking_term.clone();
    match (&offer.kind, &slot.reference) {
        (OfferKind::Class { .. }, SlotRef::Class { slot_id }) => {
            let body = ClassSlotBookingRequest {
                customer_id,
                class_slot_id: *slot_id,
            };
            let check = api
                .call(o::validate_class_slot_for_trial_offers(&body))
                .await
                .map_err(failed)?;
            if let Some(problem) = outcome::class_validation(&check.validation_status) {
                return Err(problem);
            }
            let booking = api
                .call(o::book_class_slot_for_trial_offers(&body))
                .await
                .map_err(failed)?;
            outcome::class_booking(&booking.booking_status, term).map(|b| (b, booking.booking_id))
        }
        (
            OfferKind::Appointment { appointment_id },
            SlotRef::Appointment {
                start,
                end,
                instructor_ids,
            },
        ) => {
            let parse = |s: &str| {
                trial_api::ZonedDateTime::parse(s).map_err(|_| Problem {
                    message: Key::SlotPeriodChanged,
                    next: NextStep::ChooseAnotherTime,
                })
            };
            let body = AppointmentBookingRequest {
                customer_id,
                bookable_appointment_id: *appointment_id,
                start_date_time: parse(start)?,
                end_date_time: parse(end)?,
                instructor_ids: instructor_ids.clone(),
            };
            let check = api
                .call(o::validate_for_appointment_booking_for_trial_offers(&body))
                .await
                .map_err(failed)?;
            if let Some(problem) = outcome::appointment_validation(&check.validation_status) {
                return Err(problem);
            }
            let booking = api
                .call(o::book_appointment_for_trial_offer(&body))
                .await
                .map_err(failed)?;
            outcome::appointment_booking(&booking.booking_status, term)
                .map(|b| (b, booking.booking_id))
        }
        _ => Err(Problem {
            message: Key::SlotPeriodChanged,
            next: NextStep::ChooseAnotherTime,
        }),
    }
}
