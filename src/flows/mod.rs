//! The booking flows, one folder each, with the same files in each: `mod.rs`
//! (the flow's view), `state.rs` (its one state, `provide_booking` /
//! `use_booking`, and the booking sequence), and one `*_step.rs` per step.
//! Every wasm build carries only the flows of its backend (cargo features
//! `open-api`, `connect`, `demo`); what they share lives in [`steps`], `ui`,
//! `domain` and `api`.
//!
//! - [`trial_offers`]: Open API trial offers: offer → time → details →
//!   booked, and the confirmation link's landing.
//! - [`trial_session`]: Connect trial sessions: studio → time → details →
//!   booked, and the "we'll call you" lead capture.

pub mod steps;
#[cfg(feature = "open-api")]
pub mod trial_offers;
#[cfg(feature = "connect")]
pub mod trial_session;

use crate::api::Api;
use crate::config::{BookingFlow, Visit, WidgetConfig};
use crate::i18n::I18n;
use leptos::prelude::*;
use trial_api::models::BookingId;

/// What a flow starts with besides the configuration.
pub struct Start {
    pub api: Api,
    pub i18n: I18n,
    /// Key for keeping the booking in progress in session storage.
    pub storage_key: String,
    /// A booking id to confirm from the page's URL (the attribute wins).
    pub confirm: Option<BookingId>,
    /// A known prospect's `identityToken` from the page's URL (Connect).
    pub identity: Option<String>,
    /// The embed's prefill and the campaign, after the page URL's parameters.
    pub visit: Visit,
}

/// The configured flow's view, below the widget's heading.
pub fn view(config: WidgetConfig, start: Start) -> AnyView {
    match config.flow {
        #[cfg(feature = "open-api")]
        BookingFlow::TrialOffers => trial_offers::view(config, start),
        #[cfg(feature = "connect")]
        BookingFlow::TrialSession => trial_session::view(config, start),
        // The configuration refuses a backend whose flow is not in this build.
        #[allow(unreachable_patterns)]
        _ => {
            let errors = vec![crate::config::ConfigError::BackendNotInThisBuild {
                backend: config.backend.kind(),
            }];
            view! { <crate::ui::ConfigErrorPanel errors i18n=start.i18n/> }.into_any()
        }
    }
}
