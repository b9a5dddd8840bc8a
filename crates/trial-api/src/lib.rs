//! The pure API layer of trial-booking: models of both API families, zoned
//! date-times, requests as values, errors, pagination and the retry policy
//! (the demo studio that answers them is `crates/demo-studio`). No DOM, no HTTP: the widget's client and the mock server
//! build on it.

pub mod client;
pub mod dates;
pub mod error;
pub mod models;
pub mod ops;
pub mod request;
pub mod zoned;

pub use error::{ApiError, ApiProblem, ErrorKind};
pub use zoned::{Form, ZoneRules, ZonedDateTime};
