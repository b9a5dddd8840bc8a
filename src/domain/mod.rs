//! Booking logic that does not touch the DOM: offers, slots, the lead form,
//! outcomes, calendar files. Tested natively.

pub mod events;
pub mod ics;
pub mod lead_form;
pub mod offer;
pub mod outcome;
pub mod slots;
pub mod studio;
pub mod window;
