//! What every flow shares (the flows themselves are in `flows`): one Leptos
//! component per file, and the hooks in [`hooks`], one per file. They stay
//! thin: texts come from `i18n`, decisions from the pure modules (`config`,
//! `domain`).

mod calendar_links;
pub mod common;
mod config_error;
pub mod day_strip;
mod empty_state;
pub mod format;
pub mod hooks;
mod lead_fields;
pub mod slot_window;
mod step_indicator;
mod success_redirect;

pub use calendar_links::{calendar_links, CalendarLinks};
pub use common::{
    mark_first_step, FormCheck, LoadFailed, Loading, Moved, Notice, PeriodNav, ProblemMessage,
    StepHeading,
};
pub use config_error::ConfigErrorPanel;
pub use empty_state::EmptyState;
pub use hooks::use_announcer::{announce, Announcer, LiveRegions};
pub use lead_fields::LeadFields;
pub use step_indicator::StepIndicator;
pub use success_redirect::SuccessRedirect;

use crate::i18n::I18n;
use leptos::prelude::*;

/// The visitor's language, provided once at the root of each widget.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().expect("I18n is provided by the widget root")
}
