//! Translations. Every text a visitor sees comes from `locales/<lang>.txt`,
//! compiled in by `build.rs` (which also checks that all languages have the
//! same keys and placeholders). Pure: no DOM access.

use crate::config::{ConfigError, UrlProblem, BACKENDS, FLOWS, MODES};

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

impl Lang {
    /// The language for a BCP 47 tag such as `de`, `de-CH` or `EN_us`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.iter().copied().find(|l| l.code() == primary)
    }

    /// The first supported language among the candidates (most preferred
    /// first), or English.
    pub fn negotiate<'a>(candidates: impl IntoIterator<Item = &'a str>) -> Lang {
        Self::negotiate_locale(candidates).lang
    }

    /// As [`Lang::negotiate`], keeping the full tag of the candidate that won
    /// (`en-GB` formats times differently from `en-US`).
    /// A tag without a region (a page saying `lang="en"`) borrows a later,
    /// more specific one of the same language (the browser's `en-GB`).
    pub fn negotiate_locale<'a>(candidates: impl IntoIterator<Item = &'a str>) -> I18n {
        let tags: Vec<String> = candidates
            .into_iter()
            .map(|t| t.trim().replace('_', "-"))
            .collect();
        let valid =
            |t: &str| t.len() <= 35 && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        let Some((index, lang)) = tags
            .iter()
            .enumerate()
            .find_map(|(i, t)| Lang::from_tag(t).map(|l| (i, l)))
        else {
            return I18n::new(Lang::En);
        };
        let mut tag = tags[index].as_str();
        if !tag.contains('-') {
            let prefix = format!("{}-", lang.code());
            if let Some(specific) = tags[index + 1..]
                .iter()
                .find(|t| t.to_ascii_lowercase().starts_with(&prefix) && valid(t))
            {
                tag = specific;
            }
        }
        I18n {
            lang,
            locale: if valid(tag) {
                intern(tag.to_string())
            } else {
                lang.code()
            },
        }
    }
}

/// Locale tags live as long as the page; each distinct one is stored once.
fn intern(tag: String) -> &'static str {
    use std::cell::RefCell;
    thread_local! {
        static TAGS: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
    }
    TAGS.with(|tags| {
        let mut tags = tags.borrow_mut();
        match tags.iter().find(|t| **t == tag) {
            Some(existing) => existing,
            None => {
                let leaked: &'static str = Box::leak(tag.into_boxed_str());
                tags.push(leaked);
                leaked
            }
        }
    })
}

/// The texts of one language, and the visitor's locale for dates and times.
/// `Copy`, so components can hold it freely.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct I18n {
    pub lang: Lang,
    /// BCP 47 tag for `Intl` formatting, e.g. `en-GB` (24-hour clock) or `en-US`.
    pub locale: &'static str,
}

impl I18n {
    pub fn new(lang: Lang) -> Self {
        I18n {
            lang,
            locale: lang.code(),
        }
    }

    /// The text for `key`, with placeholders left as they are.
    pub fn t(self, key: Key) -> &'static str {
        self.lang.table()[key as usize]
    }

    /// The text for `key` with each `{name}` replaced by its value.
    pub fn format(self, key: Key, args: &[(&str, &str)]) -> String {
        fill(self.t(key), args)
    }

    /// What to tell the page's visitor and developer about a configuration mistake.
    pub fn config_error(self, error: &ConfigError) -> String {
        match error {
            ConfigError::UnknownBackend { value } => self.format(
                Key::ConfigUnknownBackend,
                &[("value", value), ("choices", &BACKENDS.join(", "))],
            ),
            ConfigError::UnknownMode { value } => self.format(
                Key::ConfigUnknownMode,
                &[("value", value), ("choices", &MODES.join(", "))],
            ),
            ConfigError::MissingAttribute { attribute, backend } => self.format(
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
                };
                self.format(key, &[("attribute", attribute), ("value", value)])
            }
            ConfigError::InvalidId { attribute, value } => self.format(
                Key::ConfigInvalidId,
                &[("attribute", attribute), ("value", value)],
            ),
            ConfigError::NotForBackend { attribute, backend } => self.format(
                Key::ConfigNotForBackend,
                &[("attribute", attribute), ("backend", backend)],
            ),
            ConfigError::LeadModeNeedsConnect => self.t(Key::ConfigLeadNeedsConnect).to_string(),
            ConfigError::EmptyHeading => self.t(Key::ConfigEmptyHeading).to_string(),
            ConfigError::UnknownValue {
                attribute,
                value,
                choices,
            } => self.format(
                Key::ConfigUnknownValue,
                &[
                    ("attribute", attribute),
                    ("value", value),
                    ("choices", &choices.join(", ")),
                ],
            ),
            ConfigError::FloatingButtonNeedsPopup => {
                self.t(Key::ConfigFloatingNeedsPopup).to_string()
            }
            ConfigError::InvalidUtmCampaigns { value } => {
                self.format(Key::ConfigInvalidUtmCampaigns, &[("value", value)])
            }
            ConfigError::BackendNotInThisBuild { backend } => {
                self.format(Key::ConfigBackendNotBuilt, &[("backend", backend)])
            }
            ConfigError::InvalidFlag { attribute, value } => self.format(
                Key::ConfigInvalidFlag,
                &[("attribute", attribute), ("value", value)],
            ),
            ConfigError::UnknownFlow { value } => self.format(
                Key::ConfigUnknownFlow,
                &[("value", value), ("choices", &FLOWS.join(", "))],
            ),
            ConfigError::FlowNotForBackend { flow, backend } => self.format(
                Key::ConfigFlowNotForBackend,
                &[("flow", flow), ("backend", backend)],
            ),
            ConfigError::Misspelled {
                attribute,
                suggestion,
            } => self.format(
                Key::ConfigMisspelled,
                &[("attribute", attribute), ("suggestion", suggestion)],
            ),
        }
    }
}

/// Replaces each `{name}` in `template` by its value. Unknown placeholders
/// stay visible, so a missing argument shows up in tests instead of vanishing.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => out.push_str(value),
                    None => out.push_str(&rest[start..start + end + 2]),
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_pick_the_language() {
        assert_eq!(Lang::from_tag("de"), Some(Lang::De));
        assert_eq!(Lang::from_tag("de-CH"), Some(Lang::De));
        assert_eq!(Lang::from_tag("EN_us"), Some(Lang::En));
        assert_eq!(Lang::from_tag("xx"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn negotiation_takes_the_first_supported_and_falls_back_to_english() {
        assert_eq!(Lang::negotiate(["xx-YY", "de-AT", "en"]), Lang::De);
        assert_eq!(Lang::negotiate(["zz"]), Lang::En);
        assert_eq!(Lang::negotiate([]), Lang::En);
    }

    #[test]
    fn the_full_locale_is_kept_for_formatting() {
        let i18n = Lang::negotiate_locale(["fr-FR", "en_GB", "de"]);
        assert_eq!((i18n.lang, i18n.locale), (Lang::En, "en-GB"));
        assert_eq!(Lang::negotiate_locale(["de"]).locale, "de");
        assert_eq!(
            Lang::negotiate_locale(["en", "en-GB", "de-DE"]).locale,
            "en-GB",
            "the region comes from the browser"
        );
        assert_eq!(Lang::negotiate_locale(["de", "en-GB"]).locale, "de");
        assert_eq!(Lang::negotiate_locale(["xx"]), I18n::new(Lang::En));
        assert_eq!(
            Lang::negotiate_locale(["en-<script>"]).locale,
            "en",
            "odd tags fall back to the language"
        );
        // Interned: the same tag is the same string.
        assert!(std::ptr::eq(
            Lang::negotiate_locale(["de-AT"]).locale,
            Lang::negotiate_locale(["de-AT"]).locale
        ));
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(fill("a {x} b {y}", &[("x", "1"), ("y", "2")]), "a 1 b 2");
        assert_eq!(fill("{missing} stays", &[]), "{missing} stays");
        assert_eq!(fill("open { brace", &[]), "open { brace");
        assert_eq!(fill("ünï{x}cödé", &[("x", "→")]), "ünï→cödé");
    }

    #[test]
    fn every_language_has_every_text() {
        for &lang in Lang::ALL {
            for &key in Key::ALL {
                assert!(!I18n::new(lang).t(key).is_empty(), "{lang:?} {}", key.id());
            }
        }
        assert_eq!(I18n::new(Lang::De).t(Key::StepTime), "Termin");
    }

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
                choices: crate::config::DISPLAYS,
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
                let text = I18n::new(lang).config_error(error);
                assert!(
                    !text.contains('{'),
                    "{lang:?}: unfilled placeholder in {text}"
                );
            }
        }
        let en = I18n::new(Lang::En).config_error(&ConfigError::UnknownBackend {
            value: "magicline".into(),
        });
        assert_eq!(
            en,
            "backend=\"magicline\" is not a known backend. Use one of: demo, open-api, connect."
        );
    }
}
