//! Connect API (`/connect/…`): public, called from the browser. Field names
//! follow `openapi.yaml`; optional fields are `Option` and left out when `None`.

use super::common::{api_enum, CommunicationChannel, CountryCode, FieldMode, Gender};
pub use super::ids::*;
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

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OpeningHoursRange {
    pub day_of_week_from: Option<DayOfWeek>,
    pub day_of_week_to: Option<DayOfWeek>,
    pub time_from: Option<LocalTime>,
    pub time_to: Option<LocalTime>,
}

/// The studio's time zone. Only `id` is used; `rules` (a Java dump) is ignored.
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ZoneId {
    pub id: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StudioTag {
    pub identifier: String,
    pub name: String,
}

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StudioAddress {
    pub street: Option<String>,
    pub house_number: Option<String>,
    pub zip_code: Option<String>,
    pub city: Option<String>,
    pub country_code: Option<String>,
    pub country_code_alpha2: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub street_addition: Option<String>,
    pub province: Option<String>,
    pub province_code: Option<String>,
    pub additional_address_information: Option<String>,
    pub door: Option<String>,
    pub floor: Option<String>,
    pub portal: Option<String>,
    pub stairway: Option<String>,
    pub street_block: Option<String>,
    pub street_type: Option<String>,
    pub building_name: Option<String>,
    pub city_part: Option<String>,
    pub district: Option<String>,
    pub second_street: Option<String>,
}

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Studio {
    pub id: StudioId,
    pub studio_name: String,
    pub trial_session_bookable: Option<bool>,
    pub trial_session_name: Option<String>,
    pub zone_id: Option<ZoneId>,
    pub address: Option<StudioAddress>,
    pub studio_email: Option<String>,
    pub studio_phone: Option<String>,
    #[serde(default)]
    pub opening_hours: Vec<OpeningHoursRange>,
    #[serde(default)]
    pub studio_tags: Vec<StudioTag>,
    /// `YYYY-MM-DD`: the studio opens later.
    pub opening_date: Option<String>,
    /// `YYYY-MM-DD`: closed (for good or for a while) from this date on.
    pub closing_date: Option<String>,
    /// ISO 4217 or `UNDEFINED`; kept as text (a long list that grows).
    pub currency_code: Option<String>,
    pub has_rate_bundles: Option<bool>,
    pub master_studio_id: Option<StudioId>,
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
    pub id: ReferrerId,
    #[serde(rename = "type")]
    pub referral_type: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Campaign {
    pub id: CampaignId,
    pub name: String,
    pub external_identifier: String,
}

// ---------------------------------------------------------------- communication settings (K7)

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CommunicationChannelSetting {
    pub communication_channel: Option<CommunicationChannel>,
    pub active: Option<bool>,
    pub customer_overridable: Option<bool>,
}

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessageCategory {
    pub database_id: Option<DatabaseId>,
    pub name: Option<String>,
    pub short_description: Option<String>,
    pub public_description: Option<String>,
    pub show_asterisk: Option<bool>,
    pub optlock: Option<i64>,
}

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CommunicationSetting {
    pub message_category: Option<MessageCategory>,
    #[serde(default)]
    pub communication_channels: Vec<CommunicationChannelSetting>,
}

// ---------------------------------------------------------------- trial session (K4, K6)

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrialSessionSlot {
    pub start_date_time: Option<ZonedDateTime>,
    pub end_date_time: Option<ZonedDateTime>,
}

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrialSession {
    pub name: Option<String>,
    pub description: Option<String>,
    /// true: the visitor may choose whether a trainer is needed; false: always with trainer.
    pub booking_without_resources_allowed: Option<bool>,
    #[serde(default)]
    pub slots: Vec<TrialSessionSlot>,
}

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrialSessionFieldConfig {
    pub name_mode: Option<FieldMode>,
    pub email_mode: Option<FieldMode>,
    pub telephone_mode: Option<FieldMode>,
    pub gender_mode: Option<FieldMode>,
    pub date_of_birth_mode: Option<FieldMode>,
    pub place_of_birth_mode: Option<FieldMode>,
    pub tax_id_mode: Option<FieldMode>,
    pub address_mode: Option<FieldMode>,
    pub zip_mode: Option<FieldMode>,
    /// When set, date of birth is mandatory and younger visitors cannot book.
    pub minimum_age: Option<u32>,
}

// ---------------------------------------------------------------- leads (K5, K8, K9)

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConnectAddressDetails {
    pub additional_information: Option<String>,
    pub block: Option<String>,
    pub building_name: Option<String>,
    pub city_part: Option<String>,
    pub district: Option<String>,
    pub door: Option<String>,
    pub floor: Option<String>,
    pub portal: Option<String>,
    pub province: Option<String>,
    pub province_code: Option<String>,
    pub second_street: Option<String>,
    pub stairway: Option<String>,
    pub street_type: Option<String>,
}

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConnectAddress {
    pub street: Option<String>,
    pub house_number: Option<String>,
    pub zip: Option<String>,
    pub city: Option<String>,
    pub country: Option<CountryCode>,
    pub details: Option<ConnectAddressDetails>,
}

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CommunicationPreference {
    pub message_category_id: Option<MessageCategoryId>,
    #[serde(default)]
    pub active_communication_channels: Vec<CommunicationChannel>,
}

/// Marketing-contact consent per channel.
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PrivacyConfiguration {
    pub email: Option<bool>,
    pub letter: Option<bool>,
    pub phone: Option<bool>,
    pub text_message: Option<bool>,
    pub my_sports_message: Option<bool>,
}

#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LeadCustomer {
    pub firstname: String,
    pub lastname: String,
    pub second_firstname: Option<String>,
    pub second_lastname: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub gender: Option<Gender>,
    /// `YYYY-MM-DD`.
    pub date_of_birth: Option<String>,
    pub place_of_birth: Option<String>,
    pub country_of_birth: Option<CountryCode>,
    pub tax_id: Option<String>,
    /// Only when the page had `identityToken` (a secret: never log it).
    #[serde(rename = "customerUUID")]
    pub customer_uuid: Option<String>,
    /// Only on fetched leads.
    pub studio_id: Option<StudioId>,
    pub address: Option<ConnectAddress>,
    pub communication_preferences: Option<Vec<CommunicationPreference>>,
    pub privacy_configuration: Option<PrivacyConfiguration>,
}

/// Body of `POST /connect/v1/trialsession/book` (K8).
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrialSessionBookingRequest {
    pub studio_id: StudioId,
    /// The slot's `startDateTime` exactly as received.
    pub start_date_time: ZonedDateTime,
    pub trainer_required: bool,
    pub lead_customer: LeadCustomer,
    pub note: Option<String>,
    pub participants: Option<i32>,
    pub referral_code: Option<String>,
    pub referrer_id: Option<ReferrerId>,
    pub source_campaign_id: Option<CampaignId>,
}

/// The lead a booking or lead creation made or updated (not a booking id).
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConnectCustomerRef {
    pub id: LeadId,
    pub uuid: Option<String>,
    pub customer_number: Option<String>,
}

/// Body of `POST /connect/v1/lead` (K9): flat, unlike the booking's lead.
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConnectLeadRequest {
    pub studio_id: StudioId,
    pub firstname: String,
    pub lastname: String,
    pub firstname2: Option<String>,
    pub lastname2: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub gender: Option<Gender>,
    pub date_of_birth: Option<String>,
    pub street: Option<String>,
    pub house_number: Option<String>,
    pub zip_code: Option<String>,
    pub city: Option<String>,
    pub country_code: Option<String>,
    pub additional_address_information: Option<String>,
    pub door: Option<String>,
    pub floor: Option<String>,
    pub portal: Option<String>,
    pub stairway: Option<String>,
    pub street_block: Option<String>,
    pub street_type: Option<String>,
    pub province: Option<String>,
    pub province_code: Option<String>,
    pub tax_id: Option<String>,
    pub locale: Option<String>,
    pub notes: Option<String>,
    pub source_campaign_id: Option<CampaignId>,
    pub communication_preferences: Option<Vec<CommunicationPreference>>,
    pub privacy_configuration: Option<PrivacyConfiguration>,
}

impl ConnectLeadRequest {
    /// A lead for `studio_id` with only the required names; every optional
    /// field empty (fill them with struct update syntax).
    pub fn new(studio_id: StudioId, firstname: String, lastname: String) -> Self {
        ConnectLeadRequest {
            studio_id,
            firstname,
            lastname,
            firstname2: None,
            lastname2: None,
            email: None,
            phone: None,
            gender: None,
            date_of_birth: None,
            street: None,
            house_number: None,
            zip_code: None,
            city: None,
            country_code: None,
            additional_address_information: None,
            door: None,
            floor: None,
            portal: None,
            stairway: None,
            street_block: None,
            street_type: None,
            province: None,
            province_code: None,
            tax_id: None,
            locale: None,
            notes: None,
            source_campaign_id: None,
            communication_preferences: None,
            privacy_configuration: None,
        }
    }
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
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConnectError {
    #[serde(default)]
    pub error_codes: Vec<ConnectErrorCode>,
    pub message: Option<String>,
    pub trace_id: Option<String>,
}
