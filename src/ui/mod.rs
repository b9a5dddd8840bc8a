//! Components. They stay thin: texts come from `i18n`, decisions from the pure
//! modules (`config`, `flow`).

mod config_error;
mod empty_state;
mod step_indicator;
mod widget;

pub use config_error::ConfigErrorPanel;
pub use empty_state::EmptyState;
pub use step_indicator::StepIndicator;
pub use widget::Widget;

use crate::i18n::I18n;
use leptos::prelude::*;

/// The visitor's language, provided once at the root of each widget.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().expect("I18n is provided by the widget root")
}
