//! What happened, in the visitor's terms: every validation status, booking
//! status and API error maps to a message and to what the visitor can do
//! next. The API's own texts never reach the screen.

use crate::i18n::Key;
use trial_api::models::open_api::{
    AppointmentBookingStatus, AppointmentValidationStatus, ClassBookingStatus,
    ClassSlotValidationStatus, LeadValidationStatus, TermWithMinutes,
};
use trial_api::ErrorKind;

/// What the visitor can do about a problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextStep {
    /// Correct the form.
    FixDetails,
    /// Pick another time (the slots are reloaded).
    ChooseAnotherTime,
    /// Nothing online will help: call or write to the studio.
    ContactStudio,
    /// Try the same again.
    TryAgain,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Problem {
    pub message: Key,
    pub next: NextStep,
}

const fn problem(message: Key, next: NextStep) -> Problem {
    Problem { message, next }
}

use NextStep::*;

pub fn lead_validation(status: &LeadValidationStatus) -> Option<Problem> {
    match status {
        LeadValidationStatus::Possible => None,
        LeadValidationStatus::InvalidLeadCustomerData => {
            Some(problem(Key::LeadInvalid, FixDetails))
        }
        LeadValidationStatus::DuplicateCustomer => Some(problem(Key::LeadDuplicate, ContactStudio)),
        LeadValidationStatus::Unknown(_) => Some(problem(Key::LeadUnknown, ContactStudio)),
    }
}

pub fn class_validation(status: &ClassSlotValidationStatus) -> Option<Problem> {
    use ClassSlotValidationStatus as S;
    Some(match status {
        S::Available => return None,
        S::NoContingent => problem(Key::SlotNoContingent, ContactStudio),
        S::BookingLimitReached => problem(Key::SlotLimitReached, ChooseAnotherTime),
        S::CustomerAlreadyBooked => problem(Key::SlotAlreadyBooked, ChooseAnotherTime),
        S::CustomerIdle => problem(Key::SlotCustomerIdle, ContactStudio),
        S::CustomerInOtherBooking => problem(Key::SlotOtherBooking, ChooseAnotherTime),
        S::DisplayOnly => problem(Key::SlotDisplayOnly, ContactStudio),
        S::DateTimeBeforeEarliestBookingDateTime => problem(Key::SlotNotYetOpen, ChooseAnotherTime),
        S::DateTimeAfterLatestBookingDateTime => problem(Key::SlotClosed, ChooseAnotherTime),
        S::StudioClosed => problem(Key::SlotStudioClosed, ChooseAnotherTime),
        S::NotAvailable | S::Unknown(_) => problem(Key::SlotNotAvailable, ChooseAnotherTime),
    })
}

pub fn appointment_validation(status: &AppointmentValidationStatus) -> Option<Problem> {
    use AppointmentValidationStatus as S;
    Some(match status {
        S::Available => return None,
        S::NoContingent => problem(Key::SlotNoContingent, ContactStudio),
        S::BookingLimitReached => problem(Key::SlotLimitReached, ChooseAnotherTime),
        S::CustomerIdle => problem(Key::SlotCustomerIdle, ContactStudio),
        S::CustomerInOtherBooking => problem(Key::SlotOtherBooking, ChooseAnotherTime),
        S::BookableAppointmentRestrictionsNotFulfilled => {
            problem(Key::SlotRestrictions, ContactStudio)
        }
        S::StudioClosed => problem(Key::SlotStudioClosed, ChooseAnotherTime),
        S::PastStartDateTime => problem(Key::SlotPast, ChooseAnotherTime),
        S::PeriodDoesNotMatch | S::EndDateTimeNotAfterStartDateTime => {
            problem(Key::SlotPeriodChanged, ChooseAnotherTime)
        }
        S::DateTimeBeforeEarliestBookingDateTime => problem(Key::SlotNotYetOpen, ChooseAnotherTime),
        S::DateTimeAfterLatestBookingDateTime => problem(Key::SlotClosed, ChooseAnotherTime),
        S::ResourceNotAvailable => problem(Key::SlotNoResource, ChooseAnotherTime),
        S::NotAvailable | S::Unknown(_) => problem(Key::SlotNotAvailable, ChooseAnotherTime),
    })
}

/// How a booking ended, when it worked.
#[derive(Clone, Debug, PartialEq)]
pub enum Booked {
    Booked,
    /// The studio has the visitor's details but no booking was made: a lead
    /// whose creation answer was lost, met again as a duplicate. The studio
    /// calls to agree a time.
    StudioWillCall,
    /// The visitor must confirm (by the studio's e-mail) at the latest this
    /// long before the start, or the booking is cancelled automatically.
    ConfirmationRequired {
        term: Option<TermWithMinutes>,
    },
    WaitingList,
}

pub fn class_booking(
    status: &ClassBookingStatus,
    term: Option<TermWithMinutes>,
) -> Result<Booked, Problem> {
    match status {
        ClassBookingStatus::Booked => Ok(Booked::Booked),
        ClassBookingStatus::BookedWithConfirmationRequired => {
            Ok(Booked::ConfirmationRequired { term })
        }
        ClassBookingStatus::WaitingList => Ok(Booked::WaitingList),
        ClassBookingStatus::Canceled => Err(problem(Key::BookingCanceled, ChooseAnotherTime)),
        ClassBookingStatus::Unknown(_) => Err(problem(Key::BookingUnknown, ContactStudio)),
    }
}

pub fn appointment_booking(
    status: &AppointmentBookingStatus,
    term: Option<TermWithMinutes>,
) -> Result<Booked, Problem> {
    match status {
        AppointmentBookingStatus::Booked => Ok(Booked::Booked),
        AppointmentBookingStatus::BookedWithConfirmationRequired => {
            Ok(Booked::ConfirmationRequired { term })
        }
        AppointmentBookingStatus::Canceled => Err(problem(Key::BookingCanceled, ChooseAnotherTime)),
        AppointmentBookingStatus::Unknown(_) => Err(problem(Key::BookingUnknown, ContactStudio)),
    }
}

/// An API error, as the visitor is told it.
/// Whether a write that failed with `error` may still have been carried out:
/// its answer was lost on the way (no connection, a time-out, or a gateway's
/// 502/503/504 after the upstream may have acted). Such a write is never sent
/// again blindly: the next try first asks (the validation calls), and meeting
/// its own booking or lead there counts as the success it is.
pub fn answer_may_be_lost(error: &trial_api::ApiError) -> bool {
    matches!(
        error.kind(),
        ErrorKind::Offline | ErrorKind::Timeout | ErrorKind::NotAnswering
    )
}

/// The writes of one visitor's booking whose answers were lost (see
/// [`answer_may_be_lost`]), kept with what the visitor typed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LostAnswers {
    /// The lead's creation (Open API O10) may have happened.
    #[serde(default)]
    pub lead: bool,
    /// The booking (Open API O12/O14, Connect K7) may have happened.
    #[serde(default)]
    pub booking: bool,
}

pub fn api_error(kind: ErrorKind) -> Problem {
    match kind {
        ErrorKind::Offline => problem(Key::ErrorOffline, TryAgain),
        ErrorKind::Timeout => problem(Key::ErrorTimeout, TryAgain),
        ErrorKind::Busy => problem(Key::ErrorBusy, TryAgain),
        ErrorKind::NotAnswering => problem(Key::ErrorNotAnswering, TryAgain),
        ErrorKind::NotFound => problem(Key::ErrorNotFound, ChooseAnotherTime),
        ErrorKind::Conflict => problem(Key::ErrorConflict, ChooseAnotherTime),
        ErrorKind::Invalid => problem(Key::ErrorInvalid, FixDetails),
        ErrorKind::Unavailable => problem(Key::ErrorUnavailable, ContactStudio),
        ErrorKind::AlreadyBooked => problem(Key::ErrorAlreadyBooked, ContactStudio),
        ErrorKind::ActiveMember => problem(Key::ErrorActiveMember, ContactStudio),
        ErrorKind::Server => problem(Key::ErrorServer, TryAgain),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_known_status_has_its_own_answer() {
        assert!(lead_validation(&LeadValidationStatus::Possible).is_none());
        assert!(class_validation(&ClassSlotValidationStatus::Available).is_none());
        assert!(appointment_validation(&AppointmentValidationStatus::Available).is_none());
        let leads: Vec<_> = LeadValidationStatus::KNOWN
            .iter()
            .filter_map(lead_validation)
            .collect();
        assert_eq!(leads.len(), 2);
        let classes: HashSet<_> = ClassSlotValidationStatus::KNOWN
            .iter()
            .filter_map(class_validation)
            .map(|p| p.message)
            .collect();
        // NOT_AVAILABLE shares the general message; all others are specific.
        assert_eq!(classes.len(), ClassSlotValidationStatus::KNOWN.len() - 1);
        let appointments: Vec<_> = AppointmentValidationStatus::KNOWN
            .iter()
            .filter_map(appointment_validation)
            .collect();
        assert_eq!(
            appointments.len(),
            AppointmentValidationStatus::KNOWN.len() - 1
        );
    }

    #[test]
    fn unknown_statuses_still_say_something_useful() {
        let unknown = ClassSlotValidationStatus::Unknown("NEW".into());
        assert_eq!(class_validation(&unknown).unwrap().next, ChooseAnotherTime);
        assert_eq!(
            class_booking(&ClassBookingStatus::Unknown("NEW".into()), None)
                .unwrap_err()
                .next,
            ContactStudio
        );
        assert_eq!(
            lead_validation(&LeadValidationStatus::Unknown("NEW".into()))
                .unwrap()
                .next,
            ContactStudio
        );
    }

    #[test]
    fn what_the_visitor_can_do() {
        assert_eq!(
            lead_validation(&LeadValidationStatus::DuplicateCustomer).unwrap(),
            problem(Key::LeadDuplicate, ContactStudio)
        );
        assert_eq!(
            lead_validation(&LeadValidationStatus::InvalidLeadCustomerData)
                .unwrap()
                .next,
            FixDetails
        );
        assert_eq!(
            class_validation(&ClassSlotValidationStatus::BookingLimitReached)
                .unwrap()
                .next,
            ChooseAnotherTime
        );
        assert_eq!(api_error(ErrorKind::Conflict).next, ChooseAnotherTime);
        assert_eq!(api_error(ErrorKind::Offline).next, TryAgain);
    }

    #[test]
    fn booking_statuses() {
        assert_eq!(
            class_booking(&ClassBookingStatus::WaitingList, None),
            Ok(Booked::WaitingList)
        );
        let term = TermWithMinutes {
            value: 1,
            unit: trial_api::models::open_api::TermWithMinutesUnit::Day,
        };
        assert_eq!(
            appointment_booking(
                &AppointmentBookingStatus::BookedWithConfirmationRequired,
                Some(term.clone())
            ),
            Ok(Booked::ConfirmationRequired { term: Some(term) })
        );
        assert_eq!(
            class_booking(&ClassBookingStatus::Canceled, None)
                .unwrap_err()
                .message,
            Key::BookingCanceled
        );
    }
}
