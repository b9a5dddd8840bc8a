//! Open API trial offers (`/v1/trial-offers/…`, reached through the studio's
//! proxy) and the two `/v1/classes/booking` operations. Field names follow
//! `openapi.yaml`; optional fields are `Option` and left out when `None`.

use super::common::{api_enum, FieldMode, Gender, Page};
pub use super::ids::*;
use crate::zoned::ZonedDateTime;
use serde::{Deserialize, Serialize};

// ---------------------------------------------------------------- config (O3)

api_enum! {
    pub enum TermUnit { Day = "DAY", Week = "WEEK", Month = "MONTH", Year = "YEAR", }
}

api_enum! {
    pub enum TermWithMinutesUnit {
        Minutes = "MINUTES", Hours = "HOURS", Day = "DAY", Week = "WEEK", Month = "MONTH", Year = "YEAR",
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Term {
    pub value: i32,
    pub unit: TermUnit,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TermWithMinutes {
    pub value: i32,
    pub unit: TermWithMinutesUnit,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrialOfferLeadDataConfig {
    pub trial_offer_lead_data_config_id: LeadDataConfigId,
    pub gender_mode: FieldMode,
    pub date_of_birth_mode: FieldMode,
    pub telephone_mode: FieldMode,
    pub address_mode: FieldMode,
}

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrialOfferConfig {
    pub id: TrialOfferConfigId,
    pub name: String,
    pub prevent_multiple_bookings_term: Term,
    pub contingent: i32,
    /// Present: bookings must be confirmed at the latest this long before the slot starts.
    pub confirmation_of_booking_term: Option<TermWithMinutes>,
    pub allow_booking_for_leads: bool,
    pub lead_data_config: TrialOfferLeadDataConfig,
}

// ---------------------------------------------------------------- catalogue (O1, O2)

api_enum! {
    /// STUDIO = held in the studio, STREAM = virtual.
    pub enum ClassType { Studio = "STUDIO", Stream = "STREAM", }
}

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClassCancelationCondition {
    pub cancelation_after_latest_possible: Option<bool>,
    pub latest_cancel_term: Option<TermWithMinutes>,
}

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Class {
    pub id: ClassId,
    pub title: Option<String>,
    #[serde(rename = "type")]
    pub class_type: Option<ClassType>,
    /// Minutes.
    pub duration: Option<i32>,
    pub category: Option<String>,
    pub description: Option<String>,
    /// May expire; only ever used when `https:`.
    pub img_url: Option<String>,
    pub bookable: bool,
    pub cancel_condition: Option<ClassCancelationCondition>,
}

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrialOfferClass {
    pub trial_offer_config_id: TrialOfferConfigId,
    pub trial_offer_class: Class,
    pub id: Option<TrialOfferId>,
}

pub type TrialOfferClassPage = Page<TrialOfferClass>;

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BookableAppointment {
    pub id: BookableAppointmentId,
    pub title: Option<String>,
    pub duration: Option<i32>,
    pub category: Option<String>,
    pub description: Option<String>,
    pub img_url: Option<String>,
}

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BookableTrialOfferAppointment {
    pub trial_offer_config_id: TrialOfferConfigId,
    pub trial_offer_bookable_appointment: BookableAppointment,
    pub id: Option<TrialOfferId>,
}

pub type BookableTrialOfferAppointmentPage = Page<BookableTrialOfferAppointment>;

// ---------------------------------------------------------------- slots (O6, O7)

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Instructor {
    pub id: InstructorId,
    pub first_name: String,
    pub last_name: String,
    pub public_name: Option<String>,
}

impl Instructor {
    /// The name to show a visitor: the public name when there is one.
    pub fn display_name(&self) -> String {
        match self.public_name.as_deref().map(str::trim) {
            Some(public) if !public.is_empty() => public.to_string(),
            _ => format!("{} {}", self.first_name, self.last_name)
                .trim()
                .to_string(),
        }
    }
}

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    pub id: LocationId,
    pub name: String,
    pub description: Option<String>,
}

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BasicClass {
    pub id: ClassId,
    pub title: Option<String>,
}

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClassSlot {
    pub id: ClassSlotId,
    pub start_date_time: Option<ZonedDateTime>,
    pub end_date_time: Option<ZonedDateTime>,
    pub class_information: Option<BasicClass>,
    #[serde(default)]
    pub instructors: Vec<Instructor>,
    pub location: Option<Location>,
    pub earliest_booking_date_time: Option<ZonedDateTime>,
    pub latest_booking_date_time: Option<ZonedDateTime>,
    pub max_participants: Option<i32>,
    pub max_waiting_list_participants: Option<i32>,
    pub booked_participants: Option<i32>,
    pub additional_participants: i32,
    pub waiting_list_participants: Option<i32>,
}

pub type ClassSlotPage = Page<ClassSlot>;

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BookableAppointmentSlot {
    pub start_date_time: Option<ZonedDateTime>,
    pub end_date_time: Option<ZonedDateTime>,
    #[serde(default)]
    pub instructors: Vec<Instructor>,
}

/// Query of O7: `daysAhead` is 1..=6, the window is [start, start + daysAhead).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppointmentSlotQuery {
    pub customer_id: Option<CustomerId>,
    pub days_ahead: u8,
    pub slot_window_start_date: Option<chrono::NaiveDate>,
}

impl AppointmentSlotQuery {
    pub const MAX_DAYS_AHEAD: u8 = 6;

    /// Query parameters in the spec's names; absent ones are left out.
    pub fn params(&self) -> Vec<(&'static str, String)> {
        let mut params = Vec::new();
        if let Some(id) = self.customer_id {
            params.push(("customerId", id.to_string()));
        }
        params.push((
            "daysAhead",
            self.days_ahead.clamp(1, Self::MAX_DAYS_AHEAD).to_string(),
        ));
        if let Some(date) = self.slot_window_start_date {
            params.push(("slotWindowStartDate", crate::dates::iso_date(date)));
        }
        params
    }
}

// ---------------------------------------------------------------- leads (O4, O5)

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Language {
    pub language_code: String,
    pub country_code: Option<String>,
}

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LeadCustomerAddressData {
    pub street: String,
    pub house_number: Option<String>,
    pub zip_code: String,
    pub city: String,
}

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LeadData {
    pub third_party_id: Option<String>,
    pub firstname: String,
    pub second_firstname: Option<String>,
    pub lastname: String,
    pub second_lastname: Option<String>,
    pub email: String,
    pub gender: Option<Gender>,
    /// `YYYY-MM-DD`.
    pub date_of_birth: Option<String>,
    pub telephone: Option<String>,
    pub language: Option<Language>,
    pub address: Option<LeadCustomerAddressData>,
}

/// Body of lead validate (O4) and lead create (O5).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrialOfferLeadRequest {
    pub lead_customer_data: LeadData,
    pub trial_offer_config_id: TrialOfferConfigId,
}

api_enum! {
    pub enum LeadValidationStatus {
        Possible = "POSSIBLE",
        InvalidLeadCustomerData = "INVALID_LEAD_CUSTOMER_DATA",
        DuplicateCustomer = "DUPLICATE_CUSTOMER",
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LeadValidationResult {
    pub validation_status: LeadValidationStatus,
}

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LeadCreationResult {
    pub lead_customer_id: Option<CustomerId>,
}

// ---------------------------------------------------------------- class booking (O8, O10, O13, O14)

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClassSlotBookingRequest {
    pub customer_id: CustomerId,
    pub class_slot_id: ClassSlotId,
}

api_enum! {
    pub enum ClassSlotValidationStatus {
        Available = "AVAILABLE",
        NoContingent = "NO_CONTINGENT",
        BookingLimitReached = "BOOKING_LIMIT_REACHED",
        CustomerAlreadyBooked = "CUSTOMER_ALREADY_BOOKED",
        CustomerIdle = "CUSTOMER_IDLE",
        CustomerInOtherBooking = "CUSTOMER_IN_OTHER_BOOKING",
        DisplayOnly = "DISPLAY_ONLY",
        DateTimeBeforeEarliestBookingDateTime = "DATE_TIME_BEFORE_EARLIEST_BOOKING_DATE_TIME",
        DateTimeAfterLatestBookingDateTime = "DATE_TIME_AFTER_LATEST_BOOKING_DATE_TIME",
        StudioClosed = "STUDIO_CLOSED",
        NotAvailable = "NOT_AVAILABLE",
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClassSlotValidationResult {
    pub validation_status: ClassSlotValidationStatus,
}

api_enum! {
    pub enum ClassBookingStatus {
        Booked = "BOOKED",
        BookedWithConfirmationRequired = "BOOKED_WITH_CONFIRMATION_REQUIRED",
        WaitingList = "WAITING_LIST",
        Canceled = "CANCELED",
    }
}

api_enum! {
    /// State of a class slot or appointment itself.
    pub enum SlotStatus { Planned = "PLANNED", Canceled = "CANCELED", Completed = "COMPLETED", }
}

api_enum! {
    pub enum ParticipantStatus {
        Participating = "PARTICIPATING",
        NotParticipating = "NOT_PARTICIPATING",
        Unset = "UNSET",
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClassSlotBooking {
    pub booking_id: BookingId,
    pub booking_status: ClassBookingStatus,
    pub class_slot_id: ClassSlotId,
    pub class_id: ClassId,
    pub customer_id: CustomerId,
    pub class_slot_status: SlotStatus,
    pub participant_status: ParticipantStatus,
}

// ---------------------------------------------------------------- appointment booking (O9, O11)

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppointmentBookingRequest {
    pub customer_id: CustomerId,
    pub bookable_appointment_id: BookableAppointmentId,
    /// The slot's string exactly as received.
    pub start_date_time: ZonedDateTime,
    pub end_date_time: ZonedDateTime,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub instructor_ids: Vec<InstructorId>,
}

api_enum! {
    pub enum AppointmentValidationStatus {
        PastStartDateTime = "PAST_START_DATE_TIME",
        EndDateTimeNotAfterStartDateTime = "END_DATE_TIME_NOT_AFTER_START_DATE_TIME",
        PeriodDoesNotMatch = "PERIOD_DOES_NOT_MATCH",
        CustomerInOtherBooking = "CUSTOMER_IN_OTHER_BOOKING",
        CustomerIdle = "CUSTOMER_IDLE",
        NoContingent = "NO_CONTINGENT",
        BookableAppointmentRestrictionsNotFulfilled = "BOOKABLE_APPOINTMENT_RESTRICTIONS_NOT_FULFILLED",
        BookingLimitReached = "BOOKING_LIMIT_REACHED",
        DateTimeBeforeEarliestBookingDateTime = "DATE_TIME_BEFORE_EARLIEST_BOOKING_DATE_TIME",
        DateTimeAfterLatestBookingDateTime = "DATE_TIME_AFTER_LATEST_BOOKING_DATE_TIME",
        StudioClosed = "STUDIO_CLOSED",
        ResourceNotAvailable = "RESOURCE_NOT_AVAILABLE",
        NotAvailable = "NOT_AVAILABLE",
        Available = "AVAILABLE",
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppointmentValidationResult {
    pub validation_status: AppointmentValidationStatus,
}

api_enum! {
    pub enum AppointmentBookingStatus {
        Booked = "BOOKED",
        BookedWithConfirmationRequired = "BOOKED_WITH_CONFIRMATION_REQUIRED",
        Canceled = "CANCELED",
    }
}

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppointmentBooking {
    pub booking_id: BookingId,
    pub booking_status: AppointmentBookingStatus,
    pub start_date_time: ZonedDateTime,
    pub end_date_time: ZonedDateTime,
    pub title: Option<String>,
    pub duration: Option<i32>,
    pub category: Option<String>,
    pub description: Option<String>,
    pub img_url: Option<String>,
    #[serde(default)]
    pub instructors: Vec<Instructor>,
    pub appointment_status: SlotStatus,
    pub participant_status: ParticipantStatus,
}

// ---------------------------------------------------------------- confirm (O12)

api_enum! {
    pub enum BookingConfirmationStatus { Confirmed = "CONFIRMED", Expired = "EXPIRED", }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BookingConfirmationResult {
    pub status: BookingConfirmationStatus,
}

// ---------------------------------------------------------------- errors

api_enum! {
    pub enum TypedArgType {
        Timestamp = "TIMESTAMP", Boolean = "BOOLEAN", Date = "DATE", MonthDay = "MONTH_DAY", Time = "TIME",
        Term = "TERM", TermList = "TERM_LIST", Integer = "INTEGER", Decimal = "DECIMAL", String = "STRING",
        Money = "MONEY", LimitableConfigProperty = "LIMITABLE_CONFIG_PROPERTY", I18nKey = "I18N_KEY",
        I18nKeyList = "I18N_KEY_LIST", PermissionList = "PERMISSION_LIST", Enum = "ENUM",
        AvailabilityList = "AVAILABILITY_LIST",
    }
}

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TypedArg {
    pub value: Option<serde_json::Value>,
    #[serde(rename = "type")]
    pub arg_type: Option<TypedArgType>,
}

/// The Open API's error body (`ErrorResponse`). `error_message` is for logs
/// only: the widget shows its own text for `error_code` / the status.
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OpenApiError {
    pub error_message: String,
    pub error_code: Option<String>,
    pub trace_id: Option<String>,
    pub reference: Option<String>,
    pub args: Option<Vec<serde_json::Value>>,
    pub typed_args: Option<Vec<TypedArg>>,
}
