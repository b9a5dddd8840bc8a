//! Every operation of `openapi.yaml` as a function that builds its
//! [`Request`]. Names follow the spec's `operationId`s.
//!
//! The short codes used in comments and tests across the project (`O1`–`O14`,
//! `K1`–`K9`) name these operations, in the order of `openapi.yaml`:
//!
//! | code | operationId | method and path |
//! |---|---|---|
//! | O1 | `getBookableTrialOfferClasses` | GET `/v1/trial-offers/bookable-trial-offers/classes` |
//! | O2 | `getBookableTrialOfferAppointments` | GET `/v1/trial-offers/bookable-trial-offers/appointments/bookable` |
//! | O3 | `getTrialOfferConfig` | GET `/v1/trial-offers/config/{configId}` |
//! | O4 | `validateForLeadCustomerCreation` | POST `/v1/trial-offers/lead/validate` |
//! | O5 | `createLeadCustomer` | POST `/v1/trial-offers/lead/create` |
//! | O6 | `getClassSlotsForTrialOffers` | GET `/v1/trial-offers/bookable-trial-offers/classes/{classId}/slots` |
//! | O7 | `getBookableAppointmentSlotsForTrialOffers` | GET `/v1/trial-offers/bookable-trial-offers/appointments/bookable/{bookableAppointmentId}/slots` |
//! | O8 | `validateClassSlotForTrialOffers` | POST `/v1/trial-offers/classes/booking/validate` |
//! | O9 | `validateForAppointmentBookingForTrialOffers` | POST `/v1/trial-offers/appointments/booking/validate` |
//! | O10 | `bookClassSlotForTrialOffers` | POST `/v1/trial-offers/classes/booking/book` |
//! | O11 | `bookAppointmentForTrialOffer` | POST `/v1/trial-offers/appointments/booking/book` |
//! | O12 | `confirmTrialOfferBooking` | POST `/v1/trial-offers/bookings/{bookingId}/confirm` |
//! | O13 | `bookClassSlot` | POST `/v1/classes/booking/book` (not a trial operation) |
//! | O14 | `getClassBookingsByCustomerId` | GET `/v1/classes/booking` (not a trial operation) |
//! | K1 | `connectGetStudioList` | GET `/connect/v2/studio` |
//! | K2 | `connectGetReferrals` | GET `/connect/v1/referral` |
//! | K3 | `connectListCampaigns` | GET `/connect/v1/campaign` |
//! | K4 | `connectGetTrialSessionSlots` | GET `/connect/v1/trialsession` |
//! | K5 | `connectGetLeadByUuid` | GET `/connect/v1/lead/{uuid}` |
//! | K6 | `connectGetTrialSessionFieldConfig` | GET `/connect/v1/trialsession/config/validation` |
//! | K7 | `connectGetCommunicationSettings` | GET `/connect/v1/studio/{studioId}/communication-settings` |
//! | K8 | `connectBookTrialSession` | POST `/connect/v1/trialsession/book` |
//! | K9 | `connectCreateLead` | POST `/connect/v1/lead` |

use crate::models::connect::*;
use crate::models::open_api::*;
use crate::request::{percent_encode, Family, Request};

/// Default and largest page size of the Open API lists (`sliceSize` 10..=100).
pub const SLICE_SIZE: u32 = 100;

/// Open API trial offers (through the studio's proxy) and classes booking.
pub mod open_api {
    use super::*;
    const F: Family = Family::OpenApi;

    /// O1: one page of bookable trial classes.
    pub fn get_bookable_trial_offer_classes(offset: &str) -> Request<TrialOfferClassPage> {
        let t = "/v1/trial-offers/bookable-trial-offers/classes";
        Request::get(F, t, t.into())
            .with_query("offset", offset)
            .with_query("sliceSize", SLICE_SIZE)
    }

    /// O2: one page of bookable trial appointments.
    pub fn get_bookable_trial_offer_appointments(
        offset: &str,
    ) -> Request<BookableTrialOfferAppointmentPage> {
        let t = "/v1/trial-offers/bookable-trial-offers/appointments/bookable";
        Request::get(F, t, t.into())
            .with_query("offset", offset)
            .with_query("sliceSize", SLICE_SIZE)
    }

    /// O3.
    pub fn get_trial_offer_config(config_id: TrialOfferConfigId) -> Request<TrialOfferConfig> {
        Request::get(
            F,
            "/v1/trial-offers/config/{configId}",
            format!("/v1/trial-offers/config/{config_id}"),
        )
    }

    /// O4.
    pub fn validate_for_lead_customer_creation(
        body: &TrialOfferLeadRequest,
    ) -> Request<LeadValidationResult> {
        let t = "/v1/trial-offers/lead/validate";
        Request::post(F, t, t.into(), Some(body))
    }

    /// O5.
    pub fn create_lead_customer(body: &TrialOfferLeadRequest) -> Request<LeadCreationResult> {
        let t = "/v1/trial-offers/lead/create";
        Request::post(F, t, t.into(), Some(body))
    }

    /// O6: one page of a class's slots (one day back to 14 days ahead).
    pub fn get_class_slots_for_trial_offers(
        class_id: ClassId,
        offset: &str,
    ) -> Request<ClassSlotPage> {
        Request::get(
            F,
            "/v1/trial-offers/bookable-trial-offers/classes/{classId}/slots",
            format!("/v1/trial-offers/bookable-trial-offers/classes/{class_id}/slots"),
        )
        .with_query("offset", offset)
        .with_query("sliceSize", SLICE_SIZE)
    }

    /// O7: an appointment's slots in [start, start + daysAhead).
    pub fn get_bookable_appointment_slots_for_trial_offers(
        bookable_appointment_id: BookableAppointmentId,
        query: &AppointmentSlotQuery,
    ) -> Request<Vec<BookableAppointmentSlot>> {
        let mut request = Request::get(
            F,
            "/v1/trial-offers/bookable-trial-offers/appointments/bookable/{bookableAppointmentId}/slots",
            format!("/v1/trial-offers/bookable-trial-offers/appointments/bookable/{bookable_appointment_id}/slots"),
        );
        for (name, value) in query.params() {
            request = request.with_query(name, value);
        }
        request
    }

    /// O8.
    pub fn validate_class_slot_for_trial_offers(
        body: &ClassSlotBookingRequest,
    ) -> Request<ClassSlotValidationResult> {
        let t = "/v1/trial-offers/classes/booking/validate";
        Request::post(F, t, t.into(), Some(body))
    }

    /// O9.
    pub fn validate_for_appointment_booking_for_trial_offers(
        body: &AppointmentBookingRequest,
    ) -> Request<AppointmentValidationResult> {
        let t = "/v1/trial-offers/appointments/booking/validate";
        Request::post(F, t, t.into(), Some(body))
    }

    /// O10.
    pub fn book_class_slot_for_trial_offers(
        body: &ClassSlotBookingRequest,
    ) -> Request<ClassSlotBooking> {
        let t = "/v1/trial-offers/classes/booking/book";
        Request::post(F, t, t.into(), Some(body))
    }

    /// O11.
    pub fn book_appointment_for_trial_offer(
        body: &AppointmentBookingRequest,
    ) -> Request<AppointmentBooking> {
        let t = "/v1/trial-offers/appointments/booking/book";
        Request::post(F, t, t.into(), Some(body))
    }

    /// O12: no body.
    pub fn confirm_trial_offer_booking(
        booking_id: BookingId,
    ) -> Request<BookingConfirmationResult> {
        Request::post(
            F,
            "/v1/trial-offers/bookings/{bookingId}/confirm",
            format!("/v1/trial-offers/bookings/{booking_id}/confirm"),
            None::<&()>,
        )
    }

    /// O13: the regular (non-trial) class booking.
    pub fn book_class_slot(body: &ClassSlotBookingRequest) -> Request<ClassSlotBooking> {
        let t = "/v1/classes/booking/book";
        Request::post(F, t, t.into(), Some(body))
    }

    /// O14 (deprecated upstream).
    pub fn get_class_bookings_by_customer_id(
        customer_id: CustomerId,
    ) -> Request<Vec<ClassSlotBooking>> {
        let t = "/v1/classes/booking";
        Request::get(F, t, t.into()).with_query("customerId", customer_id)
    }
}

/// Connect API (public, called from the browser).
pub mod connect {
    use super::*;
    const F: Family = Family::Connect;

    /// K1: studios, optionally filtered (both filters AND-ed; tags OR-ed).
    pub fn get_studio_list(
        address_search_query: Option<&str>,
        studio_tags: &[&str],
    ) -> Request<Vec<Studio>> {
        let t = "/connect/v2/studio";
        let mut request = Request::get(F, t, t.into());
        for tag in studio_tags {
            request = request.with_query("studioTags", tag);
        }
        if let Some(q) = address_search_query
            .map(str::trim)
            .filter(|q| !q.is_empty())
        {
            request = request.with_query("addressSearchQuery", q);
        }
        request
    }

    /// K2.
    pub fn get_referrals(studio_id: StudioId) -> Request<Vec<Referral>> {
        let t = "/connect/v1/referral";
        Request::get(F, t, t.into()).with_query("studioId", studio_id)
    }

    /// K3.
    pub fn list_campaigns(studio_id: StudioId) -> Request<Vec<Campaign>> {
        let t = "/connect/v1/campaign";
        Request::get(F, t, t.into()).with_query("studioId", studio_id)
    }

    /// K4: slots between two dates (inclusive, `YYYY-MM-DD`).
    pub fn get_trial_session_slots(
        studio_id: StudioId,
        start: chrono::NaiveDate,
        end: chrono::NaiveDate,
    ) -> Request<TrialSession> {
        let t = "/connect/v1/trialsession";
        Request::get(F, t, t.into())
            .with_query("studioId", studio_id)
            .with_query("startDate", crate::dates::iso_date(start))
            .with_query("endDate", crate::dates::iso_date(end))
    }

    /// K5: a known prospect by identityToken. The token is a secret: it goes
    /// into the path of this one request and nowhere else.
    pub fn get_lead_by_uuid(uuid: &str) -> Request<LeadCustomer> {
        Request::get(
            F,
            "/connect/v1/lead/{uuid}",
            format!("/connect/v1/lead/{}", percent_encode(uuid)),
        )
    }

    /// K6.
    pub fn get_trial_session_field_config(studio_id: StudioId) -> Request<TrialSessionFieldConfig> {
        let t = "/connect/v1/trialsession/config/validation";
        Request::get(F, t, t.into()).with_query("studioId", studio_id)
    }

    /// K7.
    pub fn get_communication_settings(studio_id: StudioId) -> Request<Vec<CommunicationSetting>> {
        Request::get(
            F,
            "/connect/v1/studio/{studioId}/communication-settings",
            format!("/connect/v1/studio/{studio_id}/communication-settings"),
        )
    }

    /// K8.
    pub fn book_trial_session(body: &TrialSessionBookingRequest) -> Request<ConnectCustomerRef> {
        let t = "/connect/v1/trialsession/book";
        Request::post(F, t, t.into(), Some(body))
    }

    /// K9.
    pub fn create_lead(body: &ConnectLeadRequest) -> Request<ConnectCustomerRef> {
        let t = "/connect/v1/lead";
        Request::post(F, t, t.into(), Some(body))
    }
}
