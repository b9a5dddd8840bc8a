//! Attributes → [`WidgetConfig`], reading the [attribute table](super::attributes).

use super::attributes::{Attr, ANALYTICS, ATTRIBUTES, DISPLAYS, THEMES};
use super::typo::near_miss;
use super::url::{check_success_url, check_url};
use super::*;
use trial_api::models::ids::parse_decimal;
use trial_api::models::{BookingId, CampaignId, ReferrerId, StudioId, TrialOfferConfigId};

/// The attributes' raw values, by [`Attr`] (trimmed; `None` when absent).
struct Raw<'a>([Option<&'a str>; ATTRIBUTES.len()]);

impl<'a> Raw<'a> {
    fn new() -> Self {
        Raw([None; ATTRIBUTES.len()])
    }

    fn get(&self, attr: Attr) -> Option<&'a str> {
        self.0[attr as usize]
    }
}

impl WidgetConfig {
    /// Reads the configuration from the element's attributes.
    ///
    /// All problems are collected so that a web developer sees every mistake at once.
    pub fn from_attributes<'a>(
        attributes: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<WidgetConfig, Vec<ConfigError>> {
        Self::from_attributes_in_build(attributes, Built::THIS)
    }

    /// As [`WidgetConfig::from_attributes`], for a build with the given backends.
    pub fn from_attributes_in_build<'a>(
        attributes: impl IntoIterator<Item = (&'a str, &'a str)>,
        built: Built,
    ) -> Result<WidgetConfig, Vec<ConfigError>> {
        let mut errors = Vec::new();
        let mut raw = Raw::new();
        for (name, value) in attributes {
            let name = name.to_ascii_lowercase();
            match Attr::named(&name) {
                Some(attr) => raw.0[attr as usize] = Some(value.trim()),
                None => {
                    if let Some(suggestion) = near_miss(&name) {
                        errors.push(ConfigError::Misspelled {
                            attribute: name,
                            suggestion,
                        });
                    }
                }
            }
        }

        let backend_kind = raw
            .get(Attr::Backend)
            .unwrap_or("demo")
            .to_ascii_lowercase();
        let backend = match backend_kind.as_str() {
            "demo" if built.demo => Some(Backend::Demo),
            "open-api" if built.open_api => {
                base_url(&mut errors, raw.get(Attr::ApiBase), "open-api")
                    .map(|proxy| Backend::OpenApi { proxy })
            }
            "connect" if built.connect => base_url(&mut errors, raw.get(Attr::ApiBase), "connect")
                .map(|tenant| Backend::Connect { tenant }),
            "demo" | "open-api" | "connect" => {
                let backend = match backend_kind.as_str() {
                    "demo" => "demo",
                    "open-api" => "open-api",
                    _ => "connect",
                };
                errors.push(ConfigError::BackendNotInThisBuild { backend });
                None
            }
            _ => {
                errors.push(ConfigError::UnknownBackend {
                    value: raw.get(Attr::Backend).unwrap_or_default().to_string(),
                });
                None
            }
        };
        if let (Some(Backend::Demo), Some(_)) = (&backend, raw.get(Attr::ApiBase)) {
            errors.push(ConfigError::NotForBackend {
                attribute: Attr::ApiBase.name(),
                backend: "demo",
            });
        }

        let mode = match raw.get(Attr::Mode).map(str::to_ascii_lowercase).as_deref() {
            None | Some("booking") => Mode::Booking,
            Some("lead") => Mode::Lead,
            Some(_) => {
                errors.push(ConfigError::UnknownMode {
                    value: raw.get(Attr::Mode).unwrap_or_default().to_string(),
                });
                Mode::Booking
            }
        };
        if mode == Mode::Lead && matches!(backend, Some(Backend::OpenApi { .. })) {
            errors.push(ConfigError::LeadModeNeedsConnect);
        }
        // Connect speaks trial sessions, the Open API trial offers; the demo both.
        let flow = match raw.get(Attr::Flow).map(str::to_ascii_lowercase).as_deref() {
            None if matches!(backend, Some(Backend::Connect { .. }))
                || (mode == Mode::Lead && !matches!(backend, Some(Backend::OpenApi { .. }))) =>
            {
                BookingFlow::TrialSession
            }
            None => BookingFlow::TrialOffers,
            Some("trial-offers") => BookingFlow::TrialOffers,
            Some("trial-session") => BookingFlow::TrialSession,
            Some(_) => {
                errors.push(ConfigError::UnknownFlow {
                    value: raw.get(Attr::Flow).unwrap_or_default().to_string(),
                });
                BookingFlow::TrialOffers
            }
        };
        let flow_fits = match (&backend, flow) {
            (Some(Backend::OpenApi { .. }), BookingFlow::TrialSession) => false,
            (Some(Backend::Connect { .. }), BookingFlow::TrialOffers) => false,
            _ => {
                !(mode == Mode::Lead
                    && flow == BookingFlow::TrialOffers
                    && raw.get(Attr::Flow).is_some())
            }
        };
        if let (false, Some(b)) = (flow_fits, &backend) {
            errors.push(ConfigError::FlowNotForBackend {
                flow: flow.as_str(),
                backend: b.kind(),
            });
        }

        let heading = match raw.get(Attr::Heading) {
            Some("") => {
                errors.push(ConfigError::EmptyHeading);
                None
            }
            other => other.map(str::to_string),
        };
        let lang = raw
            .get(Attr::Lang)
            .filter(|l| !l.is_empty())
            .map(str::to_string);

        let campaign_choice = flag(
            &mut errors,
            Attr::CampaignChoice,
            raw.get(Attr::CampaignChoice),
        );
        let floating_button = flag(
            &mut errors,
            Attr::FloatingButton,
            raw.get(Attr::FloatingButton),
        );
        let url_prefill = flag(&mut errors, Attr::UrlPrefill, raw.get(Attr::UrlPrefill));
        let display = match one_of(&mut errors, Attr::Display, raw.get(Attr::Display), DISPLAYS) {
            Some("popup") => Display::Popup,
            _ => Display::Inline,
        };
        let theme = match one_of(&mut errors, Attr::Theme, raw.get(Attr::Theme), THEMES) {
            Some(value) => Theme::parse(value).unwrap_or_default(),
            None => Theme::Light,
        };
        if floating_button && display != Display::Popup {
            errors.push(ConfigError::FloatingButtonNeedsPopup);
        }
        let mut analytics = Analytics::default();
        for word in raw
            .get(Attr::Analytics)
            .unwrap_or_default()
            .split([' ', ',', '\n', '\t'])
            .filter(|w| !w.is_empty())
        {
            match one_of(&mut errors, Attr::Analytics, Some(word), ANALYTICS) {
                Some("datalayer") => analytics.data_layer = true,
                Some("gtag") => analytics.gtag = true,
                Some("meta") => analytics.meta = true,
                _ => {}
            }
        }
        let text = |value: Option<&str>| value.filter(|v| !v.is_empty()).map(str::to_string);
        let prefill = Prefill {
            offer_id: id(
                &mut errors,
                Attr::OfferId,
                raw.get(Attr::OfferId),
                TrialOfferConfigId,
            ),
            offer_category: text(raw.get(Attr::OfferCategory)),
            studio_id: None,
            first_name: text(raw.get(Attr::FirstName)),
            last_name: text(raw.get(Attr::LastName)),
            email: text(raw.get(Attr::Email)),
            phone: text(raw.get(Attr::Phone)),
        };
        let utm_campaigns = raw
            .get(Attr::UtmCampaigns)
            .map(|value| {
                utm_rules(value).unwrap_or_else(|| {
                    errors.push(ConfigError::InvalidUtmCampaigns {
                        value: value.to_string(),
                    });
                    Vec::new()
                })
            })
            .unwrap_or_default();
        let studio_id = id(
            &mut errors,
            Attr::StudioId,
            raw.get(Attr::StudioId),
            StudioId,
        );
        let campaign_id = id(
            &mut errors,
            Attr::CampaignId,
            raw.get(Attr::CampaignId),
            CampaignId,
        );
        let referrer_id = id(
            &mut errors,
            Attr::ReferrerId,
            raw.get(Attr::ReferrerId),
            ReferrerId,
        );
        let confirm_booking_id = id(
            &mut errors,
            Attr::ConfirmBookingId,
            raw.get(Attr::ConfirmBookingId),
            BookingId,
        );
        let privacy_url = raw
            .get(Attr::PrivacyUrl)
            .and_then(|value| match check_url(value) {
                Ok(url) => Some(LinkUrl(url)),
                Err(reason) => {
                    errors.push(ConfigError::InvalidUrl {
                        attribute: Attr::PrivacyUrl.name(),
                        value: value.to_string(),
                        reason,
                    });
                    None
                }
            });

        // Seconds: a whole number, 0 up to an hour.
        let delay_seconds =
            raw.get(Attr::SuccessDelay)
                .map_or(Some(SuccessPage::DEFAULT_DELAY_SECONDS), |value| {
                    let seconds = value
                        .parse::<u32>()
                        .ok()
                        .filter(|s| *s <= 3600 && value.bytes().all(|b| b.is_ascii_digit()));
                    if seconds.is_none() {
                        errors.push(ConfigError::InvalidSeconds {
                            attribute: Attr::SuccessDelay.name(),
                            value: value.to_string(),
                        });
                    }
                    seconds
                });
        let success = raw
            .get(Attr::SuccessUrl)
            .and_then(|value| match check_success_url(value) {
                Ok(url) => Some(SuccessPage {
                    url,
                    delay_seconds: delay_seconds?,
                }),
                Err(reason) => {
                    errors.push(ConfigError::InvalidUrl {
                        attribute: Attr::SuccessUrl.name(),
                        value: value.to_string(),
                        reason,
                    });
                    None
                }
            });

        // Attributes that only one API family understands.
        if let Some(backend) = &backend {
            let kind = backend.kind();
            let mut not_for = |present: bool, attr: Attr| {
                if present {
                    errors.push(ConfigError::NotForBackend {
                        attribute: attr.name(),
                        backend: kind,
                    });
                }
            };
            match backend {
                Backend::OpenApi { .. } => {
                    // The proxy's API key selects the studio.
                    not_for(studio_id.is_some(), Attr::StudioId);
                    not_for(campaign_choice, Attr::CampaignChoice);
                    not_for(campaign_id.is_some(), Attr::CampaignId);
                    not_for(referrer_id.is_some(), Attr::ReferrerId);
                    not_for(raw.get(Attr::UtmCampaigns).is_some(), Attr::UtmCampaigns);
                    // The Open API's lead has no field for a note (`LeadData`).
                    not_for(raw.get(Attr::Note).is_some(), Attr::Note);
                }
                Backend::Connect { .. } => {
                    not_for(confirm_booking_id.is_some(), Attr::ConfirmBookingId);
                    not_for(prefill.offer_id.is_some(), Attr::OfferId);
                    not_for(prefill.offer_category.is_some(), Attr::OfferCategory);
                }
                Backend::Demo => {}
            }
        }

        match backend {
            Some(backend) if errors.is_empty() => Ok(WidgetConfig {
                backend,
                flow,
                mode,
                heading,
                lang,
                studio_id,
                privacy_url,
                campaign_id,
                referrer_id,
                confirm_booking_id,
                campaign_choice,
                display,
                floating_button,
                analytics,
                prefill,
                url_prefill,
                utm_campaigns,
                note: text(raw.get(Attr::Note)),
                theme,
                success,
            }),
            _ => Err(errors),
        }
    }
}

/// A boolean attribute: present (empty, its own name, or "true") means on.
fn flag(errors: &mut Vec<ConfigError>, attr: Attr, value: Option<&str>) -> bool {
    let attribute = attr.name();
    match value.map(str::to_ascii_lowercase).as_deref() {
        None | Some("false") => false,
        Some("" | "true") => true,
        Some(v) if v == attribute => true,
        Some(_) => {
            errors.push(ConfigError::InvalidFlag {
                attribute,
                value: value.unwrap_or_default().to_string(),
            });
            false
        }
    }
}

/// An attribute with a fixed set of values (case-insensitive); `None` when absent or wrong.
fn one_of(
    errors: &mut Vec<ConfigError>,
    attr: Attr,
    value: Option<&str>,
    choices: &'static [&'static str],
) -> Option<&'static str> {
    let attribute = attr.name();
    let value = value?;
    let found = choices
        .iter()
        .find(|c| c.eq_ignore_ascii_case(value))
        .copied();
    if found.is_none() {
        errors.push(ConfigError::UnknownValue {
            attribute,
            value: value.to_string(),
            choices,
        });
    }
    found
}

/// `utm_source=newsletter:12 utm_campaign=spring:13` (spaces or commas between
/// rules); `None` when a rule is malformed.
/// The rules of `utm-campaigns`: `utm_campaign=spring+sale:13 …`. A rule's
/// value is decoded as the page URL's query is (`application/x-www-form-urlencoded`,
/// WHATWG URL §5: `+` and `%20` are a space), so it matches the decoded page value.
fn utm_rules(value: &str) -> Option<Vec<UtmCampaign>> {
    value
        .split([' ', ',', '\n', '\t'])
        .filter(|rule| !rule.is_empty())
        .map(|rule| {
            let (condition, id) = rule.rsplit_once(':')?;
            let (parameter, value) = form_urlencoded::parse(condition.as_bytes()).next()?;
            let (parameter, value) = (parameter.as_ref(), value.as_ref());
            let campaign_id = CampaignId::parse(id)?;
            let valid = parameter.starts_with("utm_")
                && parameter.len() > 4
                && parameter
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'_')
                && !value.is_empty();
            valid.then(|| UtmCampaign {
                parameter: parameter.to_string(),
                value: value.to_string(),
                campaign_id,
            })
        })
        .collect()
}

fn base_url(
    errors: &mut Vec<ConfigError>,
    value: Option<&str>,
    backend: &'static str,
) -> Option<ApiBase> {
    let Some(value) = value else {
        errors.push(ConfigError::MissingAttribute {
            attribute: Attr::ApiBase.name(),
            backend,
        });
        return None;
    };
    match check_url(value) {
        Ok(url) => Some(ApiBase(url.trim_end_matches('/').to_string())),
        Err(reason) => {
            errors.push(ConfigError::InvalidUrl {
                attribute: Attr::ApiBase.name(),
                value: value.to_string(),
                reason,
            });
            None
        }
    }
}

/// A positive decimal int64 id of the kind `make` builds; an error naming the
/// attribute for anything else (a sign, a space, `1e3`, zero, or a number
/// above `i64::MAX`, which the API's int64 cannot hold).
fn id<T>(
    errors: &mut Vec<ConfigError>,
    attr: Attr,
    value: Option<&str>,
    make: fn(i64) -> T,
) -> Option<T> {
    let value = value?;
    let parsed = parse_decimal(value).map(make);
    if parsed.is_none() {
        errors.push(ConfigError::InvalidId {
            attribute: attr.name(),
            value: value.to_string(),
        });
    }
    parsed
}
