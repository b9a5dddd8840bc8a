//! Components every flow shares (the flows themselves are in `flows`). They stay thin: texts come from `i18n`, decisions from the pure
//! modules (`config`, `flow`, `domain`).

mod announcer;
pub(crate) mod common;
mod config_error;
mod empty_state;
pub mod format;
pub mod host_events;
pub(crate) mod keyed;
mod lead_fields;
pub(crate) mod slot_window;
mod step_indicator;
pub mod steps;
mod widget;

pub use announcer::{announce, Announcer, LiveRegions};
pub use common::{
    mark_first_step, FormCheck, LoadFailed, Loading, Moved, Notice, PeriodNav, ProblemMessage,
    StepHeading,
};
pub use config_error::ConfigErrorPanel;
pub use empty_state::EmptyState;
pub use lead_fields::LeadFields;
pub use step_indicator::StepIndicator;
pub use widget::{storage_key, Widget};

use crate::i18n::I18n;
use leptos::prelude::*;

/// The visitor's language, provided once at the root of each widget.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().expect("I18n is provided by the widget root")
}
