//! Typed ids. Both APIs give every id as an int64 (`format: int64` in
//! `openapi.yaml`); each kind of id is its own type here, so a studio id
//! cannot be sent where a booking id belongs, and no id is ever cast with
//! `as`. Modelled on octocrab's `id_type!`.
//!
//! On the wire an id is a bare JSON number (`#[serde(transparent)]`). Ids the
//! API sends are taken as they are; ids typed by a person (an attribute, a
//! page-URL parameter) go through [`parse_decimal`], which refuses anything
//! but a positive decimal int64.

use serde::{Deserialize, Serialize};

/// Parses a positive id written in decimal ASCII digits (no sign, spaces,
/// exponent or leading `+`), as an embed attribute or a page-URL parameter
/// writes one. `None` for anything else, including zero and values above
/// `i64::MAX` (`9223372036854775807`), which do not fit the API's int64.
pub fn parse_decimal(text: &str) -> Option<i64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse::<i64>().ok().filter(|n| *n > 0)
}

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl $name {
            /// The id as the API writes it.
            pub const fn get(self) -> i64 {
                self.0
            }

            /// A positive decimal id typed by a person (see [`parse_decimal`]).
            pub fn parse(text: &str) -> Option<Self> {
                parse_decimal(text).map(Self)
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
    )*};
}

id_type! {
    /// A studio (Connect `studioId`; the Open API's studio is the proxy's key).
    StudioId,
    /// A trial offer's configuration (`trialOfferConfigId`, `configId`): what
    /// the visitor chooses on the offer step.
    TrialOfferConfigId,
    /// The wrapper id of a listed trial offer (`TrialOfferClass.id`, undocumented).
    TrialOfferId,
    /// A trial offer's lead-data configuration (`trialOfferLeadDataConfigId`).
    LeadDataConfigId,
    /// A class (`classId`).
    ClassId,
    /// One slot of a class (`classSlotId`).
    ClassSlotId,
    /// A bookable appointment (`bookableAppointmentId`).
    BookableAppointmentId,
    /// A customer, leads included (`customerId`, `leadCustomerId`).
    CustomerId,
    /// A booking (`bookingId`).
    BookingId,
    /// An instructor (`instructorIds`).
    InstructorId,
    /// A class's location (`Location.id`).
    LocationId,
    /// A Connect marketing campaign (`sourceCampaignId`, `Campaign.id`).
    CampaignId,
    /// A Connect referrer (`referrerId`, `Referral.id`).
    ReferrerId,
    /// A Connect lead (`Lead.id` in a lead answer).
    LeadId,
    /// A Connect message category (`messageCategoryId`).
    MessageCategoryId,
    /// The Connect database id of a communication setting (`databaseId`).
    DatabaseId,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_ids_are_positive_decimal_int64s() {
        assert_eq!(StudioId::parse("12"), Some(StudioId(12)));
        assert_eq!(
            BookingId::parse("9223372036854775807"),
            Some(BookingId(i64::MAX))
        );
        for bad in [
            "",
            "0",
            "-1",
            "+1",
            " 1",
            "1e3",
            "0x10",
            "9223372036854775808",
            "18446744073709551615",
        ] {
            assert_eq!(StudioId::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn ids_are_bare_numbers_on_the_wire() {
        assert_eq!(serde_json::to_string(&ClassSlotId(7)).unwrap(), "7");
        assert_eq!(
            serde_json::from_str::<CustomerId>("1234567890123").unwrap(),
            CustomerId(1234567890123)
        );
        assert_eq!(BookingId(2033).to_string(), "2033");
    }
}
