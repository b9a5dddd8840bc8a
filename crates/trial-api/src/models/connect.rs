//! Connect API (`/connect/…`): public, called from the browser. Field names
//! follow `openapi.yaml`; optional fields are `Option` and left out when `None`.

pub use super::common::Id;
use super::common::{api_enum, CommunicationChannel, CountryCode, FieldMode, Gender};
use crate::zoned::ZonedDateTime;
use serde::{Deserialize, Serialize};

// ---------------------------------------------------------------- studios (K1)

api_enum! {
    pub enum DayOfWeek {
        Monday = "MONDAY", Tuesday = "TUESDAY", Wednesday = "WEDNESDAY", Thursday = "THURSDAY",
        Friday = "FRIDAY", Saturday = "SATURDAY", Sunday = "SUNDAY",
    }
}

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct LocalTime {
    #[serde(default)]
    pub hour: u32,
    #[serde(default)]
    pub minute: u32,
    #[serde(default)]
    pub second: u32,
    #[serde(default)]
    pub nano: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OpeningHoursRange {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_of_week_from: Option<DayOfWeek>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_of_week_to: Option<DayOfWeek>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_from: Option<LocalTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_to: Option<LocalTime>,
}

/// The studio's time zone. Only `id` is used; `rules` (a Java dump) is ignored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ZoneId {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StudioTag {
    pub identifier: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StudioAddress {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub house_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_code_alpha2: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_addition: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_address_information: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub floor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portal: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stairway: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_block: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub building_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city_part: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_street: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Studio {
    pub id: Id,
    pub studio_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trial_session_bookable: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trial_session_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone_id: Option<ZoneId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<StudioAddress>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub studio_email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub studio_phone: Option<String>,
    #[serde(default)]
    pub opening_hours: Vec<OpeningHoursRange>,
    #[serde(default)]
    pub studio_tags: Vec<StudioTag>,
    /// `YYYY-MM-DD`: the studio opens later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening_date: Option<String>,
    /// `YYYY-MM-DD`: closed (for good or for a while) from this date on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing_date: Option<String>,
    /// ISO 4217 or `UNDEFINED`; kept as text (a long list that grows).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_rate_bundles: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub master_studio_id: Option<Id>,
}

impl Studio {
    /// The studio's IANA zone id, if it sent one.
    pub fn zone(&self) -> Option<&str> {
        self.zone_id
            .as_ref()?
            .id
            .as_deref()
            .filter(|z| !z.is_empty())
    }
}

// ---------------------------------------------------------------- referral, campaign (K2, K3)

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Referral {
    pub id: Id,
    #[serde(rename = "type")]
    pub referral_type: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Campaign {
    pub id: Id,
    pub name: String,
    pub external_identifier: String,
}

// ---------------------------------------------------------------- communication settings (K7)

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CommunicationChannelSetting {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub communication_channel: Option<CommunicationChannel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_overridable: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessageCategory {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database_id: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_asterisk: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub optlock: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CommunicationSetting {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_category: Option<MessageCategory>,
    #[serde(default)]
    pub communication_channels: Vec<CommunicationChannelSetting>,
}

// ---------------------------------------------------------------- trial session (K4, K6)

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrialSessionSlot {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date_time: Option<ZonedDateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date_time: Option<ZonedDateTime>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrialSession {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// true: the visitor may choose whether a trainer is needed; false: always with trainer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub booking_without_resources_allowed: Option<bool>,
    #[serde(default)]
    pub slots: Vec<TrialSessionSlot>,
}

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrialSessionFieldConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_mode: Option<FieldMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_mode: Option<FieldMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub telephone_mode: Option<FieldMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender_mode: Option<FieldMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_birth_mode: Option<FieldMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_of_birth_mode: Option<FieldMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_id_mode: Option<FieldMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_mode: Option<FieldMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip_mode: Option<FieldMode>,
    /// When set, date of birth is mandatory and younger visitors cannot book.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_age: Option<u32>,
}

// ---------------------------------------------------------------- leads (K5, K8, K9)

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConnectAddressDetails {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_information: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub block: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub building_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city_part: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub floor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portal: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_street: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stairway: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_type: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConnectAddress {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub house_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<ConnectAddressDetails>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CommunicationPreference {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_category_id: Option<Id>,
    #[serde(default)]
    pub active_communication_channels: Vec<CommunicationChannel>,
}

/// Marketing-contact consent per channel.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PrivacyConfiguration {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letter: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_message: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub my_sports_message: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LeadCustomer {
    pub firstname: String,
    pub lastname: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_firstname: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_lastname: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_of_birth: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_of_birth: Option<CountryCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_id: Option<String>,
    /// Only when the page had `identityToken` (a secret: never log it).
    #[serde(
        default,
        rename = "customerUUID",
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_uuid: Option<String>,
    /// Only on fetched leads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub studio_id: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<ConnectAddress>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub communication_preferences: Option<Vec<CommunicationPreference>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_configuration: Option<PrivacyConfiguration>,
}

/// Body of `POST /connect/v1/trialsession/book` (K8).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrialSessionBookingRequest {
    pub studio_id: Id,
    /// The slot's `startDateTime` exactly as received.
    pub start_date_time: ZonedDateTime,
    pub trainer_required: bool,
    pub lead_customer: LeadCustomer,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referral_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referrer_id: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_campaign_id: Option<Id>,
}

/// The lead a booking or lead creation made or updated (not a booking id).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConnectCustomerRef {
    pub id: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_number: Option<String>,
}

/// Body of `POST /connect/v1/lead` (K9): flat, unlike the booking's lead.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConnectLeadRequest {
    pub studio_id: Id,
    pub firstname: String,
    pub lastname: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firstname2: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lastname2: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub house_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_address_information: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub floor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portal: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stairway: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_block: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_campaign_id: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub communication_preferences: Option<Vec<CommunicationPreference>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_configuration: Option<PrivacyConfiguration>,
}

// ---------------------------------------------------------------- errors

api_enum! {
    pub enum ConnectErrorCode {
        EntityNotFound = "ENTITY_NOT_FOUND",
        Conflict = "CONFLICT",
        BadRequest = "BAD_REQUEST",
        RequiredParameterMissing = "REQUIRED_PARAMETER_MISSING",
        ValidationFailed = "VALIDATION_FAILED",
        Forbidden = "FORBIDDEN",
        OperationNotAllowedForStudio = "OPERATION_NOT_ALLOWED_FOR_STUDIO",
        ServerError = "SERVER_ERROR",
        FeatureDisabled = "FEATURE_DISABLED",
        StudioNotInGermany = "STUDIO_NOT_IN_GERMANY",
        VoucherValidationFailedInvalidCode = "VOUCHER_VALIDATION_FAILED_INVALID_CODE",
        VoucherValidationFailedNotRedeemableHere = "VOUCHER_VALIDATION_FAILED_NOT_REDEEMABLE_HERE",
        VoucherValidationFailedNotInValidityPeriod = "VOUCHER_VALIDATION_FAILED_NOT_IN_VALIDITY_PERIOD",
        VoucherValidationFailedNotAllowedForRate = "VOUCHER_VALIDATION_FAILED_NOT_ALLOWED_FOR_RATE",
        TrialsessionAlreadyBooked = "TRIALSESSION_ALREADY_BOOKED",
        ActiveMemberCannotBookTrialSession = "ACTIVE_MEMBER_CANNOT_BOOK_TRIAL_SESSION",
    }
}

/// The Connect error body. `message` is for developers and logs: never shown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConnectError {
    #[serde(default)]
    pub error_codes: Vec<ConnectErrorCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trace_id: Option<String>,
}
