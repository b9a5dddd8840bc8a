//! Everything that can be wrong with the attributes, and how each mistake is
//! said in the visitor's language (the page's developer reads the same text
//! in the console).

use super::{UrlProblem, BACKENDS, FLOWS, MODES};
use crate::i18n::{I18n, Key};

/// Everything that can be wrong with the attributes. Each maps to a
/// translated message in `i18n::config_error`; the English one goes to the console.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    UnknownBackend {
        value: String,
    },
    UnknownMode {
        value: String,
    },
    MissingAttribute {
        attribute: &'static str,
        backend: &'static str,
    },
    InvalidUrl {
        attribute: &'static str,
        value: String,
        reason: UrlProblem,
    },
    InvalidId {
        attribute: &'static str,
        value: String,
    },
    NotForBackend {
        attribute: &'static str,
        backend: &'static str,
    },
    LeadModeNeedsConnect,
    EmptyHeading,
    /// An attribute that looks like a misspelling of one we know.
    Misspelled {
        attribute: String,
        suggestion: &'static str,
    },
    /// `backend="demo"` (or no backend) in a build without the demo studio.
    /// The backend is known but this wasm build does not carry its flow
    /// (the page loaded a build without `trial-booking.js`).
    BackendNotInThisBuild {
        backend: &'static str,
    },
    /// A yes/no attribute with another value.
    InvalidFlag {
        attribute: &'static str,
        value: String,
    },
    UnknownFlow {
        value: String,
    },
    /// `flow` names the other API family than `backend` speaks.
    FlowNotForBackend {
        flow: &'static str,
        backend: &'static str,
    },
    /// An attribute with a fixed set of values got another one.
    UnknownValue {
        attribute: &'static str,
        value: String,
        choices: &'static [&'static str],
    },
    /// `floating-button` without `display="popup"`.
    FloatingButtonNeedsPopup,
    /// `utm-campaigns` is not a list of `utm_…=value:id` rules.
    InvalidUtmCampaigns {
        value: String,
    },
    /// A number of seconds (`success-delay`) that is not a whole number from 0 to 3600.
    InvalidSeconds {
        attribute: &'static str,
        value: String,
    },
}

impl ConfigError {
    /// What to tell the page's visitor and developer about a configuration mistake.
    pub fn message(&self, i18n: I18n) -> String {
        match self {
            ConfigError::UnknownBackend { value } => i18n.format(
                Key::ConfigUnknownBackend,
                &[("value", value), ("choices", &BACKENDS.join(", "))],
            ),
            ConfigError::UnknownMode { value } => i18n.format(
                Key::ConfigUnknownMode,
                &[("value", value), ("choices", &MODES.join(", "))],
            ),
            ConfigError::MissingAttribute { attribute, backend } => i18n.format(
                Key::ConfigMissingAttribute,
                &[("attribute", attribute), ("backend", backend)],
            ),
            ConfigError::InvalidUrl {
                attribute,
                value,
                reason,
            } => {
                let key = match reason {
                    UrlProblem::Scheme => Key::ConfigUrlScheme,
                    UrlProblem::Malformed => Key::ConfigUrlMalformed,
                    UrlProblem::QueryOrFragment => Key::ConfigUrlQuery,
                    UrlProblem::NotHttps => Key::ConfigUrlHttpsOnly,
                };
                i18n.format(key, &[("attribute", attribute), ("value", value)])
            }
            ConfigError::InvalidId { attribute, value } => i18n.format(
                Key::ConfigInvalidId,
                &[("attribute", attribute), ("value", value)],
            ),
            ConfigError::InvalidSeconds { attribute, value } => i18n.format(
                Key::ConfigInvalidSeconds,
                &[("attribute", attribute), ("value", value)],
            ),
            ConfigError::NotForBackend { attribute, backend } => i18n.format(
                Key::ConfigNotForBackend,
                &[("attribute", attribute), ("backend", backend)],
            ),
            ConfigError::LeadModeNeedsConnect => i18n.t(Key::ConfigLeadNeedsConnect).to_string(),
            ConfigError::EmptyHeading => i18n.t(Key::ConfigEmptyHeading).to_string(),
            ConfigError::UnknownValue {
                attribute,
                value,
                choices,
            } => i18n.format(
                Key::ConfigUnknownValue,
                &[
                    ("attribute", attribute),
                    ("value", value),
                    ("choices", &choices.join(", ")),
                ],
            ),
            ConfigError::FloatingButtonNeedsPopup => {
                i18n.t(Key::ConfigFloatingNeedsPopup).to_string()
            }
            ConfigError::InvalidUtmCampaigns { value } => {
                i18n.format(Key::ConfigInvalidUtmCampaigns, &[("value", value)])
            }
            ConfigError::BackendNotInThisBuild { backend } => {
                i18n.format(Key::ConfigBackendNotBuilt, &[("backend", backend)])
            }
            ConfigError::InvalidFlag { attribute, value } => i18n.format(
                Key::ConfigInvalidFlag,
                &[("attribute", attribute), ("value", value)],
            ),
            ConfigError::UnknownFlow { value } => i18n.format(
                Key::ConfigUnknownFlow,
                &[("value", value), ("choices", &FLOWS.join(", "))],
            ),
            ConfigError::FlowNotForBackend { flow, backend } => i18n.format(
                Key::ConfigFlowNotForBackend,
                &[("flow", flow), ("backend", backend)],
            ),
            ConfigError::Misspelled {
                attribute,
                suggestion,
            } => i18n.format(
                Key::ConfigMisspelled,
                &[("attribute", attribute), ("suggestion", suggestion)],
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn config_errors_are_fully_translated() {
        let errors = [
            ConfigError::UnknownBackend { value: "x".into() },
            ConfigError::UnknownMode { value: "x".into() },
            ConfigError::MissingAttribute {
                attribute: "api-base",
                backend: "connect",
            },
            ConfigError::InvalidUrl {
                attribute: "api-base",
                value: "x".into(),
                reason: UrlProblem::Scheme,
            },
            ConfigError::InvalidUrl {
                attribute: "api-base",
                value: "x".into(),
                reason: UrlProblem::Malformed,
            },
            ConfigError::InvalidUrl {
                attribute: "api-base",
                value: "x".into(),
                reason: UrlProblem::QueryOrFragment,
            },
            ConfigError::InvalidUrl {
                attribute: "success-url",
                value: "x".into(),
                reason: UrlProblem::NotHttps,
            },
            ConfigError::InvalidSeconds {
                attribute: "success-delay",
                value: "x".into(),
            },
            ConfigError::InvalidId {
                attribute: "studio-id",
                value: "x".into(),
            },
            ConfigError::NotForBackend {
                attribute: "studio-id",
                backend: "open-api",
            },
            ConfigError::LeadModeNeedsConnect,
            ConfigError::EmptyHeading,
            ConfigError::BackendNotInThisBuild { backend: "demo" },
            ConfigError::UnknownValue {
                attribute: "display",
                value: "x".into(),
                choices: super::super::DISPLAYS,
            },
            ConfigError::FloatingButtonNeedsPopup,
            ConfigError::InvalidUtmCampaigns { value: "x".into() },
            ConfigError::UnknownFlow { value: "x".into() },
            ConfigError::InvalidFlag {
                attribute: "campaign-choice",
                value: "x".into(),
            },
            ConfigError::FlowNotForBackend {
                flow: "trial-session",
                backend: "open-api",
            },
            ConfigError::Misspelled {
                attribute: "bakend".into(),
                suggestion: "backend",
            },
        ];
        for &lang in Lang::ALL {
            for error in &errors {
                let text = error.message(I18n::new(lang));
                assert!(
                    !text.contains('{'),
                    "{lang:?}: unfilled placeholder in {text}"
                );
            }
        }
        let en = ConfigError::UnknownBackend {
            value: "magicline".into(),
        }
        .message(I18n::new(Lang::En));
        assert_eq!(
            en,
            "backend=\"magicline\" is not a known backend. Use one of: demo, open-api, connect."
        );
    }
}
