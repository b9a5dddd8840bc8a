//! Booking logic that does not touch the DOM: the steps and their state
//! machine, offers, studios, slots, their windows and their strip of days,
//! the lead form, what the embed fills in advance, outcomes, events for the
//! host page, calendar files, the thank-you page's address. Tested natively.

pub mod days;
pub mod events;
pub mod ics;
pub mod lead_form;
pub mod offer;
pub mod outcome;
pub mod prefill;
pub mod slots;
pub mod steps;
pub mod studio;
pub mod success;
pub mod window;
