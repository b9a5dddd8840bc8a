//! API models for both families, named as in `openapi.yaml`.

pub mod common;
pub mod connect;
pub mod ids;
pub mod open_api;

pub use common::{CommunicationChannel, CountryCode, FieldMode, Gender, Page};
pub use ids::*;
