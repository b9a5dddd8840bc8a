//! The one booking state of a widget, provided once at its root
//! (`provide_booking` / `use_booking`), and the booking sequence.

use crate::api::Api;
use crate::domain::lead_form::{FormRules, LeadForm};
use crate::domain::offer::{Offer, OfferKind};
use crate::domain::outcome::{self, answer_may_be_lost, Booked, LostAnswers, NextStep, Problem};
use crate::domain::slots::{BookedTime, Slot, SlotRef};
use crate::domain::steps::Flow;
use crate::flows::steps::Steps;
pub use crate::flows::steps::Submit;
use crate::i18n::{I18n, Key};
use crate::ui::hooks::use_handover::{take_handover, use_handover};
use crate::ui::hooks::use_kept_in_tab::{load_kept, use_kept_in_tab};
use crate::ui::hooks::use_keyed::Keyed;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::rc::Rc;
use trial_api::client::Transport;
use trial_api::models::open_api::*;
use trial_api::models::{
    BookableAppointmentId, BookingId, ClassSlotId, CustomerId, InstructorId, TrialOfferConfigId,
};
use trial_api::ops::open_api as o;
use trial_api::ApiError;

/// A finished booking, for the last step.
#[derive(Clone, Debug, PartialEq)]
pub struct Done {
    pub booked: Booked,
    pub offer: Offer,
    /// `None`: the visitor asked to be called instead of choosing a time.
    pub slot: Option<Slot>,
    /// `None` when the booking's answer was lost and the next try found it made.
    pub booking_id: Option<BookingId>,
}

type ConfigResult = Option<Result<TrialOfferConfig, ApiError>>;

/// What one mount of the widget hands to the next (`use_handover`): the step
/// with the choices, and the finished booking.
type Handover = (Flow<Offer, Slot>, Option<Done>);

#[derive(Clone, Copy)]
pub struct Booking {
    pub steps: Steps<Offer, Slot>,
    pub form: RwSignal<LeadForm>,
    /// The lead created for this visitor: kept, so booking again never makes a second one.
    pub customer: RwSignal<Option<CustomerId>>,
    /// Writes whose answers were lost: the next try asks before it writes.
    pub lost: RwSignal<LostAnswers>,
    /// The slot of the booking whose answer was lost (see [`LostBooking`]).
    lost_slot: RwSignal<Option<LostBooking>>,
    pub done: RwSignal<Option<Done>>,
    /// The chosen offer's configuration, fetched as soon as the offer is chosen
    /// (keyed by the configuration's id: never another offer's).
    pub offer_config: Keyed<Option<TrialOfferConfigId>, ConfigResult>,
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
    customer: Option<CustomerId>,
    #[serde(default)]
    lost: LostAnswers,
    #[serde(default)]
    lost_slot: Option<LostBooking>,
}

/// A booking whose answer was lost: what its validation needs, and its time.
/// The next try asks about it first when the visitor has chosen another time
/// since (a reload: the booked time is taken); see [`run_booking`]. Plain
/// fields, not the `OfferKind` and `SlotRef` enums: their derived
/// deserializers cost 8.5 KB raw (measured with twiggy); kept as a tuple, whose
/// deserializer is smaller than a struct's with named fields.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "LostBookingKept", into = "LostBookingKept")]
pub(crate) struct LostBooking {
    /// A class's slot; `None`: an appointment.
    pub class_slot_id: Option<ClassSlotId>,
    /// An appointment's bookable appointment.
    pub appointment_id: Option<BookableAppointmentId>,
    pub instructor_ids: Vec<InstructorId>,
    pub time: BookedTime,
}

/// [`LostBooking`] as it is kept in the tab.
type LostBookingKept = (
    Option<ClassSlotId>,
    Option<BookableAppointmentId>,
    Vec<InstructorId>,
    BookedTime,
);

impl From<LostBookingKept> for LostBooking {
    fn from((class_slot_id, appointment_id, instructor_ids, time): LostBookingKept) -> Self {
        LostBooking {
            class_slot_id,
            appointment_id,
            instructor_ids,
            time,
        }
    }
}

impl From<LostBooking> for LostBookingKept {
    fn from(lost: LostBooking) -> Self {
        (
            lost.class_slot_id,
            lost.appointment_id,
            lost.instructor_ids,
            lost.time,
        )
    }
}

impl LostBooking {
    fn of(kind: &OfferKind, slot: &Slot) -> Self {
        let (class_slot_id, instructor_ids) = match &slot.reference {
            SlotRef::Class { slot_id } => (Some(*slot_id), Vec::new()),
            SlotRef::Appointment { instructor_ids, .. } => (None, instructor_ids.clone()),
            SlotRef::Session { .. } => (None, Vec::new()),
        };
        let appointment_id = match kind {
            OfferKind::Appointment { appointment_id } => Some(*appointment_id),
            OfferKind::Class { .. } => None,
        };
        LostBooking {
            class_slot_id,
            appointment_id,
            instructor_ids,
            time: BookedTime::of(slot),
        }
    }

    /// Whether `slot` is this booking's.
    fn is(&self, slot: &Slot) -> bool {
        let class_slot_id = match &slot.reference {
            SlotRef::Class { slot_id } => Some(*slot_id),
            _ => None,
        };
        self.class_slot_id == class_slot_id && self.time.start == slot.start
    }
}

/// The flow's state, with what this tab kept and the embed's prefill in the
/// fields still empty.
pub fn provide_booking(
    api: Api,
    i18n: I18n,
    storage_key: String,
    prefill: &crate::domain::prefill::Prefill,
) -> Booking {
    let mut saved: Saved = load_kept(&storage_key);
    saved.form.prefill_contact(prefill);
    // An attribute change remounted the widget: go on where the visitor was.
    let (resumed, done) = match take_handover::<Handover>(&storage_key) {
        Some((flow, done)) => (Some(flow), done),
        None => (None, None),
    };
    let steps = Steps::provide(resumed);
    let flow = steps.flow;
    let api = StoredValue::new_local(Rc::new(api));
    let config_id =
        Memo::new(move |_| flow.with(|f: &Flow<Offer, Slot>| f.choice().map(|o| o.config_id)));
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
        lost: RwSignal::new(saved.lost),
        lost_slot: RwSignal::new(saved.lost_slot),
        done: RwSignal::new(done),
        offer_config,
        studio_zone: RwSignal::new(None),
        i18n,
        api,
    };
    use_handover(storage_key.clone(), move || -> Handover {
        (booking.steps.flow.get(), booking.done.get())
    });
    // What was typed stays in the tab until the booking is done.
    use_kept_in_tab(
        storage_key,
        move || booking.steps.flow.with(Flow::is_done),
        move || Saved {
            form: booking.form.get(),
            customer: booking.customer.get(),
            lost: booking.lost.get(),
            lost_slot: booking.lost_slot.get(),
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

    /// Sends the booking, or for a visitor who asked to be called (no time
    /// chosen) only the lead. Does nothing while one is already on its way,
    /// so a double click books once.
    pub fn book(&self, rules: FormRules, config: TrialOfferConfig) {
        let (Some(offer), slot) = self.steps.chosen() else {
            return;
        };
        let slot = slot.filter(|_| !self.steps.flow.with_untracked(Flow::wants_call));
        if !self.steps.start_submit() {
            return;
        }
        let this = *self;
        let form = self.form.get_untracked();
        let customer = self.customer.get_untracked();
        let lost = self.lost.get_untracked();
        let mut lost_slot = self.lost_slot.get_untracked();
        let lang = self.i18n.lang.code(); // the lead's language: "de", not "de-CH"
        let api = self.api();
        leptos::task::spawn_local(async move {
            let mut known_customer = customer;
            let mut lost = lost;
            let order = Order {
                offer: &offer,
                slot: slot.as_ref(),
                form: &form,
                rules: &rules,
                config: &config,
                lang,
            };
            let result =
                run_booking(&api, &order, &mut known_customer, &mut lost, &mut lost_slot).await;
            // Booked: a slot left is the booking found made (see run_booking).
            let earlier = result.is_ok().then(|| lost_slot.take()).flatten();
            this.customer.set(known_customer);
            this.lost.set(lost);
            this.lost_slot.set(lost_slot);
            match result {
                Ok((booked, booking_id)) => {
                    let outcome = crate::domain::events::outcome(&booked);
                    let asked_for_call = slot.is_none();
                    // Found made: the time of the booking that was made.
                    let slot = match (slot, earlier) {
                        (Some(slot), Some(earlier)) => {
                            let zone = this.studio_zone.get_untracked();
                            let zone = crate::time::StudioZone::new(zone.as_deref());
                            Some(earlier.time.on(slot, &zone))
                        }
                        (slot, _) => slot,
                    };
                    this.done.set(Some(Done {
                        booked,
                        offer,
                        slot,
                        booking_id,
                    }));
                    if asked_for_call {
                        this.steps.lead_made();
                    } else {
                        this.steps.booked(outcome);
                    }
                }
                Err(problem) => this.steps.failed(problem),
            }
        });
    }
}

/// What one booking sends: the chosen offer and slot (none: the visitor asked
/// to be called, only the lead is made), the visitor's details under the
/// offer's form rules, and the lead's language (`de`, not `de-CH`).
pub(crate) struct Order<'a> {
    pub offer: &'a Offer,
    pub slot: Option<&'a Slot>,
    pub form: &'a LeadForm,
    pub rules: &'a FormRules,
    pub config: &'a TrialOfferConfig,
    pub lang: &'a str,
}

/// The Open API booking sequence (REFERENCE.md, "Booking a trial offer"):
/// lead validate (O9) → lead create (O10), only while `customer` is `None`,
/// so a lead is never made twice for one visitor → booking validate (O11/O13)
/// → book (O12/O14); without a slot (the visitor asked to be called) it ends
/// with the lead. `customer` is set as soon as the lead exists, even when a
/// later call fails. Writes are never retried (see `RetryPolicy`). A write whose
/// answer was lost is marked in `lost`; the next try's validation then meets
/// it: `DUPLICATE_CUSTOMER` after a lost lead is the studio having the details
/// ([`Booked::StudioWillCall`]), `CUSTOMER_ALREADY_BOOKED` (a class) or
/// `CUSTOMER_IN_OTHER_BOOKING` (an appointment) after a lost booking is the
/// booking made (without its id). A lost booking's slot is kept in
/// `lost_slot` (the first lost one's, while the mark stands): when the visitor
/// has chosen another time since, that booking is asked about first
/// ([`was_made`]). A booking made now clears both; one found made clears the
/// mark and leaves its slot in `lost_slot`, for the done step.
///
/// Errors: a [`Problem`] that says what the visitor can do next.
pub(crate) async fn run_booking<B: Transport>(
    api: &Api<B>,
    order: &Order<'_>,
    customer: &mut Option<CustomerId>,
    lost: &mut LostAnswers,
    lost_slot: &mut Option<LostBooking>,
) -> Result<(Booked, Option<BookingId>), Problem> {
    let Order {
        offer,
        slot,
        form,
        rules,
        config,
        lang,
    } = *order;
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
            if lost.lead && check.validation_status == LeadValidationStatus::DuplicateCustomer {
                return Ok((Booked::StudioWillCall, None));
            }
            if let Some(problem) = outcome::lead_validation(&check.validation_status) {
                return Err(problem);
            }
            let created = api
                .call(o::create_lead_customer(&lead))
                .await
                .map_err(|e| {
                    lost.lead |= answer_may_be_lost(&e);
                    failed(e)
                })?;
            lost.lead = false;
            let id = created.lead_customer_id.ok_or(Problem {
                message: Key::LeadUnknown,
                next: NextStep::ContactStudio,
            })?;
            *customer = Some(id);
            id
        }
    };
    // Asked to be called: the lead is all (a lead this tab made is not made again).
    let Some(slot) = slot else {
        return Ok((Booked::StudioWillCall, None));
    };
    // A book call's answer lost: the booking may have been made. Which of two
    // lost tries was made is unknown: the first one's slot is kept.
    let maybe_made = |e: ApiError, lost: &mut LostAnswers, lost_slot: &mut Option<LostBooking>| {
        if answer_may_be_lost(&e) {
            lost.booking = true;
            lost_slot.get_or_insert_with(|| LostBooking::of(&offer.kind, slot));
        }
        failed(e)
    };
    let settled = |lost: &mut LostAnswers, lost_slot: &mut Option<LostBooking>| {
        lost.booking = false;
        *lost_slot = None;
    };
    // The visitor chose another time since a booking's answer was lost: was
    // that booking made? Then it is the booking; never make a second.
    if let Some(earlier) = lost_slot.as_ref().filter(|e| lost.booking && !e.is(slot)) {
        if was_made(api, customer_id, earlier).await.map_err(failed)? {
            lost.booking = false;
            return Ok((Booked::Booked, None));
        }
        settled(lost, lost_slot);
    }
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
            if lost.booking
                && check.validation_status == ClassSlotValidationStatus::CustomerAlreadyBooked
            {
                lost.booking = false;
                return Ok((Booked::Booked, None));
            }
            if let Some(problem) = outcome::class_validation(&check.validation_status) {
                return Err(problem);
            }
            let booking = api
                .call(o::book_class_slot_for_trial_offers(&body))
                .await
                .map_err(|e| maybe_made(e, lost, lost_slot))?;
            settled(lost, lost_slot);
            outcome::class_booking(&booking.booking_status, term)
                .map(|b| (b, Some(booking.booking_id)))
        }
        (
            OfferKind::Appointment { appointment_id },
            SlotRef::Appointment {
                start,
                end,
                instructor_ids,
            },
        ) => {
            let parse = |s: &str| trial_api::ZonedDateTime::parse(s).map_err(|_| period_changed());
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
            if lost.booking
                && check.validation_status == AppointmentValidationStatus::CustomerInOtherBooking
            {
                lost.booking = false;
                return Ok((Booked::Booked, None));
            }
            if let Some(problem) = outcome::appointment_validation(&check.validation_status) {
                return Err(problem);
            }
            let booking = api
                .call(o::book_appointment_for_trial_offer(&body))
                .await
                .map_err(|e| maybe_made(e, lost, lost_slot))?;
            settled(lost, lost_slot);
            outcome::appointment_booking(&booking.booking_status, term)
                .map(|b| (b, Some(booking.booking_id)))
        }
        _ => Err(period_changed()),
    }
}

/// The slot no longer fits its offer (its period or kind changed).
fn period_changed() -> Problem {
    Problem {
        message: Key::SlotPeriodChanged,
        next: NextStep::ChooseAnotherTime,
    }
}

/// Whether the booking `earlier` (whose answer was lost) was made: its
/// validation says the customer is on it (`CUSTOMER_ALREADY_BOOKED`, a class)
/// or has a booking then (`CUSTOMER_IN_OTHER_BOOKING`, an appointment).
async fn was_made<B: Transport>(
    api: &Api<B>,
    customer_id: CustomerId,
    earlier: &LostBooking,
) -> Result<bool, ApiError> {
    let time = &earlier.time;
    Ok(match (earlier.class_slot_id, earlier.appointment_id) {
        (Some(class_slot_id), _) => {
            let body = ClassSlotBookingRequest {
                customer_id,
                class_slot_id,
            };
            let check = api
                .call(o::validate_class_slot_for_trial_offers(&body))
                .await?;
            check.validation_status == ClassSlotValidationStatus::CustomerAlreadyBooked
        }
        (None, Some(bookable_appointment_id)) => {
            let body = AppointmentBookingRequest {
                customer_id,
                bookable_appointment_id,
                start_date_time: time.start.clone(),
                end_date_time: time.end.clone().unwrap_or_else(|| time.start.clone()),
                instructor_ids: earlier.instructor_ids.clone(),
            };
            let check = api
                .call(o::validate_for_appointment_booking_for_trial_offers(&body))
                .await?;
            check.validation_status == AppointmentValidationStatus::CustomerInOtherBooking
        }
        (None, None) => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::slots::Availability;
    use std::cell::RefCell;
    use std::collections::VecDeque;
    use trial_api::client::{block_on, RawResponse};
    use trial_api::models::{ClassId, ClassSlotId};
    use trial_api::request::Request;

    /// Answers from a script, in order, and records what was sent.
    struct Scripted {
        answers: RefCell<VecDeque<(u16, &'static str)>>,
        sent: RefCell<Vec<String>>,
    }

    impl Scripted {
        fn new(answers: &[(u16, &'static str)]) -> Api<Scripted> {
            Api::new(Scripted {
                answers: RefCell::new(answers.iter().copied().collect()),
                sent: RefCell::new(Vec::new()),
            })
        }
    }

    impl Transport for Scripted {
        async fn send<T>(&self, request: &Request<T>) -> Result<RawResponse, ApiError> {
            self.sent.borrow_mut().push(format!(
                "{} {}",
                request.method.as_str(),
                request.path_and_query()
            ));
            let (status, body) = self
                .answers
                .borrow_mut()
                .pop_front()
                .expect("script ran out");
            Ok(RawResponse {
                status,
                body: body.into(),
                retry_after_ms: None,
            })
        }
        async fn sleep(&self, _ms: u64) {}
        fn random(&self) -> f64 {
            0.5
        }
    }

    const CONFIG: &str = r#"{"id":1,"name":"Probetraining","preventMultipleBookingsTerm":{"value":2,"unit":"WEEK"},"contingent":2,"allowBookingForLeads":true,"leadDataConfig":{"trialOfferLeadDataConfigId":1,"genderMode":"INACTIVE","dateOfBirthMode":"INACTIVE","telephoneMode":"INACTIVE","addressMode":"INACTIVE"}}"#;
    const POSSIBLE: (u16, &str) = (200, r#"{"validationStatus":"POSSIBLE"}"#);
    const CREATED: (u16, &str) = (200, r#"{"leadCustomerId":1001}"#);
    const AVAILABLE: (u16, &str) = (200, r#"{"validationStatus":"AVAILABLE"}"#);
    const BOOKED: (u16, &str) = (
        200,
        r#"{"bookingId":2033,"bookingStatus":"BOOKED","classSlotId":14928,"classId":7,"customerId":1001,"classSlotStatus":"PLANNED","participantStatus":"PARTICIPATING"}"#,
    );
    const LEAD_VALIDATE: &str = "POST /v1/trial-offers/lead/validate";
    const LEAD_CREATE: &str = "POST /v1/trial-offers/lead/create";
    const BOOKING_VALIDATE: &str = "POST /v1/trial-offers/classes/booking/validate";
    const BOOK: &str = "POST /v1/trial-offers/classes/booking/book";

    fn book(
        api: &Api<Scripted>,
        customer: &mut Option<CustomerId>,
    ) -> Result<(Booked, Option<BookingId>), Problem> {
        book_after(api, customer, &mut LostAnswers::default())
    }

    fn book_after(
        api: &Api<Scripted>,
        customer: &mut Option<CustomerId>,
        lost: &mut LostAnswers,
    ) -> Result<(Booked, Option<BookingId>), Problem> {
        send(api, customer, lost, true)
    }

    /// Sends the visitor's booking, or (`with_slot` false: they asked to be called) the lead.
    fn send(
        api: &Api<Scripted>,
        customer: &mut Option<CustomerId>,
        lost: &mut LostAnswers,
        with_slot: bool,
    ) -> Result<(Booked, Option<BookingId>), Problem> {
        send_after(api, customer, lost, with_slot, &mut None)
    }

    /// send(), with the slot of a booking whose answer was lost (`lost_slot`).
    fn send_after(
        api: &Api<Scripted>,
        customer: &mut Option<CustomerId>,
        lost: &mut LostAnswers,
        with_slot: bool,
        lost_slot: &mut Option<LostBooking>,
    ) -> Result<(Booked, Option<BookingId>), Problem> {
        let config: TrialOfferConfig = serde_json::from_str(CONFIG).unwrap();
        let offer = Offer {
            kind: OfferKind::Class {
                class_id: ClassId(7),
            },
            config_id: config.id,
            title: Some("Yoga".into()),
            category: None,
            duration_minutes: Some(60),
            description: None,
            image: None,
        };
        let start = trial_api::ZonedDateTime::parse("2030-01-07T10:00:00.000+01:00[Europe/Berlin]")
            .unwrap();
        let local = chrono::NaiveDate::from_ymd_opt(2030, 1, 7)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap();
        let slot = Slot {
            reference: SlotRef::Class {
                slot_id: ClassSlotId(14928),
            },
            start,
            end: None,
            local_start: local,
            local_end: None,
            availability: Availability::Open { spots_left: None },
            instructors: Vec::new(),
            location: None,
            repeated: false,
        };
        let form = LeadForm {
            firstname: "Mia".into(),
            lastname: "Muster".into(),
            email: "mia@example.com".into(),
            privacy_accepted: true,
            ..LeadForm::default()
        };
        let rules = FormRules::from_open_api(&config.lead_data_config);
        let order = Order {
            offer: &offer,
            slot: Some(&slot).filter(|_| with_slot),
            form: &form,
            rules: &rules,
            config: &config,
            lang: "de",
        };
        block_on(run_booking(api, &order, customer, lost, lost_slot))
    }

    fn sent(api: &Api<Scripted>) -> Vec<String> {
        api.transport()
            .sent
            .borrow()
            .iter()
            .map(|s| s.split('?').next().unwrap().to_string())
            .collect()
    }

    #[test]
    fn a_lost_booking_at_another_time_is_asked_about_first_and_never_made_twice() {
        let earlier = LostBooking {
            class_slot_id: Some(ClassSlotId(14000)),
            appointment_id: None,
            instructor_ids: Vec::new(),
            time: BookedTime {
                start: trial_api::ZonedDateTime::parse(
                    "2030-01-07T09:00:00.000+01:00[Europe/Berlin]",
                )
                .unwrap(),
                end: None,
            },
        };
        let marked = || LostAnswers {
            lead: false,
            booking: true,
        };
        let already = (200, r#"{"validationStatus":"CUSTOMER_ALREADY_BOOKED"}"#);
        let gateway = (502, "<html>Bad gateway</html>");
        let mut customer = Some(CustomerId(1001));
        // It was made: that is the booking; the time chosen since is not booked.
        let api = Scripted::new(&[already]);
        let (mut lost, mut lost_slot) = (marked(), Some(earlier.clone()));
        let done = send_after(&api, &mut customer, &mut lost, true, &mut lost_slot);
        assert_eq!(done, Ok((Booked::Booked, None)));
        assert_eq!(sent(&api), [BOOKING_VALIDATE]);
        // The mark is cleared; its slot is left for the done step to show.
        assert_eq!((lost.booking, lost_slot.as_ref()), (false, Some(&earlier)));
        // The question goes unanswered: nothing is booked, the mark and its slot stay.
        let api = Scripted::new(&[gateway]);
        let (mut lost, mut lost_slot) = (marked(), Some(earlier.clone()));
        assert!(send_after(&api, &mut customer, &mut lost, true, &mut lost_slot).is_err());
        assert_eq!(sent(&api), [BOOKING_VALIDATE]);
        assert_eq!((lost.booking, lost_slot.as_ref()), (true, Some(&earlier)));
        // It was not made: the time chosen since is booked, once.
        let api = Scripted::new(&[AVAILABLE, AVAILABLE, BOOKED]);
        let done = send_after(&api, &mut customer, &mut lost, true, &mut lost_slot);
        assert_eq!(done, Ok((Booked::Booked, Some(BookingId(2033)))));
        assert_eq!(sent(&api), [BOOKING_VALIDATE, BOOKING_VALIDATE, BOOK]);
        assert_eq!((lost.booking, lost_slot), (false, None));
        // It was not made, and the new booking's answer is lost: the new slot is kept.
        let api = Scripted::new(&[AVAILABLE, AVAILABLE, gateway]);
        let (mut lost, mut lost_slot) = (marked(), Some(earlier.clone()));
        assert!(send_after(&api, &mut customer, &mut lost, true, &mut lost_slot).is_err());
        assert!(lost.booking);
        assert_eq!(
            lost_slot.map(|s| s.class_slot_id),
            Some(Some(ClassSlotId(14928)))
        );
        // Without a lost answer the earlier time is not asked about.
        let api = Scripted::new(&[AVAILABLE, BOOKED]);
        let mut lost_slot = Some(earlier.clone());
        let done = send_after(
            &api,
            &mut customer,
            &mut LostAnswers::default(),
            true,
            &mut lost_slot,
        );
        assert_eq!(done, Ok((Booked::Booked, Some(BookingId(2033)))));
        assert_eq!(sent(&api), [BOOKING_VALIDATE, BOOK]);
    }

    #[test]
    fn a_new_visitor_is_made_a_lead_then_booked_in_four_calls() {
        let api = Scripted::new(&[POSSIBLE, CREATED, AVAILABLE, BOOKED]);
        let mut customer = None;
        let (booked, booking_id) = book(&api, &mut customer).unwrap();
        assert_eq!(
            (booked, booking_id),
            (Booked::Booked, Some(BookingId(2033)))
        );
        assert_eq!(customer, Some(CustomerId(1001)));
        assert_eq!(
            sent(&api),
            [LEAD_VALIDATE, LEAD_CREATE, BOOKING_VALIDATE, BOOK]
        );
    }

    #[test]
    fn a_known_lead_is_never_created_again() {
        let api = Scripted::new(&[AVAILABLE, BOOKED]);
        let mut customer = Some(CustomerId(1001));
        book(&api, &mut customer).unwrap();
        assert_eq!(sent(&api), [BOOKING_VALIDATE, BOOK]);
    }

    #[test]
    fn a_failed_book_keeps_the_lead_so_trying_again_makes_none() {
        let conflict = (409, r#"{"errorCodes":["CONCURRENT_MODIFICATION"]}"#);
        let api = Scripted::new(&[POSSIBLE, CREATED, AVAILABLE, conflict]);
        let mut customer = None;
        let problem = book(&api, &mut customer).unwrap_err();
        assert_eq!(problem.next, NextStep::ChooseAnotherTime);
        assert_eq!(
            customer,
            Some(CustomerId(1001)),
            "the lead is kept for the next try"
        );
        let again = Scripted::new(&[AVAILABLE, BOOKED]);
        book(&again, &mut customer).unwrap();
        assert_eq!(sent(&again), [BOOKING_VALIDATE, BOOK]);
    }

    #[test]
    fn a_refused_lead_stops_before_any_write() {
        let api = Scripted::new(&[(200, r#"{"validationStatus":"INVALID_LEAD_CUSTOMER_DATA"}"#)]);
        let mut customer = None;
        let problem = book(&api, &mut customer).unwrap_err();
        assert_eq!(problem.next, NextStep::FixDetails);
        assert_eq!(customer, None);
        assert_eq!(sent(&api), [LEAD_VALIDATE]);
    }

    #[test]
    fn an_unavailable_slot_is_never_booked() {
        let api = Scripted::new(&[(200, r#"{"validationStatus":"BOOKING_LIMIT_REACHED"}"#)]);
        let mut customer = Some(CustomerId(1001));
        let problem = book(&api, &mut customer).unwrap_err();
        assert_eq!(problem.next, NextStep::ChooseAnotherTime);
        assert_eq!(sent(&api), [BOOKING_VALIDATE]);
    }

    #[test]
    fn a_booking_whose_answer_was_lost_is_found_made_and_never_made_again() {
        let dropped = (504, "<html>Gateway Time-out</html>");
        let api = Scripted::new(&[AVAILABLE, dropped]);
        let (mut customer, mut lost) = (Some(CustomerId(1001)), LostAnswers::default());
        let problem = book_after(&api, &mut customer, &mut lost).unwrap_err();
        assert_eq!(problem.next, NextStep::TryAgain);
        assert!(lost.booking);
        let already = (200, r#"{"validationStatus":"CUSTOMER_ALREADY_BOOKED"}"#);
        let again = Scripted::new(&[already]);
        let (booked, id) = book_after(&again, &mut customer, &mut lost).unwrap();
        assert_eq!(
            (booked, id),
            (Booked::Booked, None),
            "the done step, without a second booking"
        );
        assert_eq!(sent(&again), [BOOKING_VALIDATE]);
        // Without a lost answer "already booked" is what it says.
        let fresh = Scripted::new(&[already]);
        assert!(book(&fresh, &mut customer).is_err());
    }

    #[test]
    fn a_lead_whose_answer_was_lost_is_the_studio_calling_never_a_second_lead() {
        let api = Scripted::new(&[POSSIBLE, (502, "")]);
        let (mut customer, mut lost) = (None, LostAnswers::default());
        book_after(&api, &mut customer, &mut lost).unwrap_err();
        assert!(lost.lead && customer.is_none());
        let duplicate = (200, r#"{"validationStatus":"DUPLICATE_CUSTOMER"}"#);
        let again = Scripted::new(&[duplicate]);
        let (booked, id) = book_after(&again, &mut customer, &mut lost).unwrap();
        assert_eq!((booked, id), (Booked::StudioWillCall, None));
        assert_eq!(sent(&again), [LEAD_VALIDATE], "no second lead");
    }
    #[test]
    fn asking_to_be_called_makes_the_lead_once_and_books_nothing() {
        let api = Scripted::new(&[POSSIBLE, CREATED]);
        let (mut customer, mut lost) = (None, LostAnswers::default());
        let done = send(&api, &mut customer, &mut lost, false);
        assert_eq!(done, Ok((Booked::StudioWillCall, None)));
        assert_eq!(sent(&api), [LEAD_VALIDATE, LEAD_CREATE]);
        assert_eq!(customer, Some(CustomerId(1001)));
        let again = Scripted::new(&[]);
        let done = send(&again, &mut customer, &mut lost, false);
        assert_eq!(done, Ok((Booked::StudioWillCall, None)));
        assert!(
            sent(&again).is_empty(),
            "a lead this tab made is not made again"
        );
    }

    #[test]
    fn an_appointment_whose_answer_was_lost_is_found_made() {
        let config: TrialOfferConfig = serde_json::from_str(CONFIG).unwrap();
        let offer = Offer {
            kind: OfferKind::Appointment {
                appointment_id: trial_api::models::BookableAppointmentId(2001),
            },
            config_id: config.id,
            title: Some("Intro".into()),
            category: None,
            duration_minutes: Some(30),
            description: None,
            image: None,
        };
        let start = "2030-01-07T10:00:00.000+01:00[Europe/Berlin]";
        let end = "2030-01-07T10:30:00.000+01:00[Europe/Berlin]";
        let local = chrono::NaiveDate::from_ymd_opt(2030, 1, 7)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap();
        let slot = Slot {
            reference: SlotRef::Appointment {
                start: start.into(),
                end: end.into(),
                instructor_ids: Vec::new(),
            },
            start: trial_api::ZonedDateTime::parse(start).unwrap(),
            end: None,
            local_start: local,
            local_end: None,
            availability: Availability::Open { spots_left: None },
            instructors: Vec::new(),
            location: None,
            repeated: false,
        };
        let form = LeadForm::default();
        let rules = FormRules::from_open_api(&config.lead_data_config);
        let order = Order {
            offer: &offer,
            slot: Some(&slot),
            form: &form,
            rules: &rules,
            config: &config,
            lang: "de",
        };
        let (mut customer, mut lost) = (Some(CustomerId(1001)), LostAnswers::default());
        let dropped = Scripted::new(&[AVAILABLE, (503, "")]);
        block_on(run_booking(
            &dropped,
            &order,
            &mut customer,
            &mut lost,
            &mut None,
        ))
        .unwrap_err();
        assert!(lost.booking);
        let again = Scripted::new(&[(200, r#"{"validationStatus":"CUSTOMER_IN_OTHER_BOOKING"}"#)]);
        let done = block_on(run_booking(
            &again,
            &order,
            &mut customer,
            &mut lost,
            &mut None,
        ))
        .unwrap();
        assert_eq!(done, (Booked::Booked, None));
        assert_eq!(
            sent(&again),
            ["POST /v1/trial-offers/appointments/booking/validate"]
        );
        assert!(!lost.booking, "found made: the next booking starts afresh");
    }
}
