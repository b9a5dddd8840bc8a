//! Components. They stay thin: texts come from `i18n`, decisions from the pure
//! modules (`config`, `flow`, `domain`).

pub mod booking;
mod common;
mod config_error;
mod confirm_landing;
mod details_step;
mod done_step;
mod empty_state;
pub mod format;
mod keyed;
mod offer_step;
pub mod session;
mod slot_window;
mod step_indicator;
pub mod steps;
mod time_step;
mod widget;

pub use common::{FormCheck, LoadFailed, Loading, Moved, PeriodNav, ProblemMessage, StepHeading};
pub use config_error::ConfigErrorPanel;
pub use confirm_landing::ConfirmLanding;
pub use details_step::{DetailsStep, LeadFields};
pub use done_step::DoneStep;
pub use empty_state::EmptyState;
pub use offer_step::OfferStep;
pub use step_indicator::StepIndicator;
pub use time_step::TimeStep;
pub use widget::{storage_key, Widget};

use crate::i18n::I18n;
use leptos::prelude::*;

/// The visitor's language, provided once at the root of each widget.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().expect("I18n is provided by the widget root")
}
