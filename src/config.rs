//! The widget's configuration, read from the attributes of its element.
//!
//! Pure: no DOM access. The embed hands over the element's attributes as
//! name/value pairs; this module turns them into a typed [`WidgetConfig`] or a
//! list of [`ConfigError`]s that the embed renders inside the element.

/// Which API the widget talks to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Backend {
    /// The built-in demo studio inside the wasm; no server.
    Demo,
    /// Open API trial offers through the studio's proxy (which adds the API key).
    OpenApi { proxy: ApiBase },
    /// Public Connect API of the studio's tenant, called directly.
    Connect { tenant: ApiBase },
}

impl Backend {
    pub fn kind(&self) -> &'static str {
        match self {
            Backend::Demo => "demo",
            Backend::OpenApi { .. } => "open-api",
            Backend::Connect { .. } => "connect",
        }
    }
}

/// Which API family's booking the widget runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum BookingFlow {
    /// Open API trial offers: offer → time → details → booked.
    #[default]
    TrialOffers,
    /// Connect trial sessions: studio → time → details → booked.
    TrialSession,
}

impl BookingFlow {
    pub fn as_str(self) -> &'static str {
        match self {
            BookingFlow::TrialOffers => "trial-offers",
            BookingFlow::TrialSession => "trial-session",
        }
    }
}

/// What the widget offers the visitor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    /// Pick something, pick a time, enter details, booked.
    #[default]
    Booking,
    /// Only a "we'll call you" form (Connect lead capture).
    Lead,
}

/// The widget's colours: `theme="light|dark|auto"`; `auto` follows the
/// visitor's `prefers-color-scheme`. Light unless asked: the widget sits on a
/// studio's page, and most of those are light whatever the visitor's system is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    Auto,
}

impl Theme {
    /// The modifier class of the widget's root and dialog (`style/widget.css`).
    pub fn class(self) -> &'static str {
        match self {
            Theme::Light => "tb-theme--light",
            Theme::Dark => "tb-theme--dark",
            Theme::Auto => "tb-theme--auto",
        }
    }
}

/// A base URL the widget sends API requests to: either absolute
/// (`https://…`, or `http://` on a loopback host for local testing) or a path on
/// the host page's own origin (`/booking-proxy`). Kept without a trailing slash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiBase(String);

impl ApiBase {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A link the widget shows to the visitor (e.g. the privacy policy).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkUrl(String);

impl LinkUrl {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A positive numeric id from an attribute.
pub type Id = u64;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WidgetConfig {
    pub backend: Backend,
    pub flow: BookingFlow,
    pub mode: Mode,
    /// Heading shown at the top of the widget; `None` means the translated default.
    pub heading: Option<String>,
    /// Language requested by the element (`lang` attribute), if any.
    pub lang: Option<String>,
    pub studio_id: Option<Id>,
    pub privacy_url: Option<LinkUrl>,
    pub campaign_id: Option<Id>,
    pub referrer_id: Option<Id>,
    pub confirm_booking_id: Option<Id>,
    /// Connect: let the visitor pick one of the studio's campaigns.
    pub campaign_choice: bool,
    pub theme: Theme,
    /// Inline in the page (default) or in a modal dialog the page opens.
    pub display: Display,
    /// With `display="popup"`: a floating button that opens the dialog.
    pub floating_button: bool,
    /// Also push the widget's events to `window.dataLayer` (Google Tag Manager).
    pub data_layer: bool,
    /// What the embed fills in or chooses in advance (the visitor can change it).
    pub prefill: Prefill,
    /// Whether the page URL's `tb-*` parameters may prefill (see [`PAGE_PARAMETERS`]).
    pub url_prefill: bool,
    /// Connect: `utm_*` values of the page URL that name a campaign.
    pub utm_campaigns: Vec<UtmCampaign>,
}

/// Where the widget shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Display {
    #[default]
    Inline,
    /// In a modal dialog, opened by the page's triggers (`data-trial-booking-open`),
    /// the element's `open()` or the floating button.
    Popup,
}

/// Values the embed (attributes, or the page URL where allowed) fills in or
/// chooses in advance. Personal values only prefill empty fields, stay
/// editable, and are never written to the URL or into events.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Prefill {
    /// Open API: the trial offer to choose (its `trialOfferConfigId`).
    pub offer_id: Option<Id>,
    /// Open API: show only the offers of this category (and choose it if it is the only one).
    pub offer_category: Option<String>,
    /// Connect: the studio to choose (the URL's `tb-studio-id`; the attribute is `studio-id`).
    pub studio_id: Option<Id>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// One rule of `utm-campaigns`: when the page URL's `parameter` (`utm_source`,
/// `utm_campaign`, …) equals `value`, the lead comes from campaign `campaign_id`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UtmCampaign {
    pub parameter: String,
    pub value: String,
    pub campaign_id: Id,
}

/// Page URL parameters that prefill a widget whose embed says `url-prefill`,
/// and the [`Prefill`] field each fills.
pub const PAGE_PARAMETERS: &[&str] = &[
    "tb-offer-id",
    "tb-offer-category",
    "tb-studio-id",
    "tb-first-name",
    "tb-last-name",
    "tb-email",
    "tb-phone",
];

/// What one visit starts with: the embed's prefill with the page URL's
/// parameters applied (where allowed), and the campaign the lead comes from.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Visit {
    pub prefill: Prefill,
    pub campaign_id: Option<Id>,
}

impl WidgetConfig {
    /// Applies the page URL's query parameters (name, value; already decoded):
    /// with `url-prefill`, `tb-*` parameters override the attributes' prefill
    /// (a bad id is ignored); a `utm-campaigns` rule that matches names the
    /// campaign (the first matching rule wins; else `campaign-id`).
    pub fn visit<'a>(&self, page_params: impl IntoIterator<Item = (&'a str, &'a str)>) -> Visit {
        let mut prefill = self.prefill.clone();
        let mut campaign_id = None;
        let params: Vec<(&str, &str)> = page_params.into_iter().collect();
        if self.url_prefill {
            for (name, value) in &params {
                let value = value.trim();
                let text = || (!value.is_empty()).then(|| value.to_string());
                let number = || value.parse::<Id>().ok().filter(|n| *n > 0);
                match *name {
                    "tb-offer-id" => prefill.offer_id = number().or(prefill.offer_id),
                    "tb-offer-category" => {
                        prefill.offer_category = text().or(prefill.offer_category.take())
                    }
                    "tb-studio-id" => prefill.studio_id = number().or(prefill.studio_id),
                    "tb-first-name" => prefill.first_name = text().or(prefill.first_name.take()),
                    "tb-last-name" => prefill.last_name = text().or(prefill.last_name.take()),
                    "tb-email" => prefill.email = text().or(prefill.email.take()),
                    "tb-phone" => prefill.phone = text().or(prefill.phone.take()),
                    _ => {}
                }
            }
        }
        for rule in &self.utm_campaigns {
            if params
                .iter()
                .any(|(name, value)| *name == rule.parameter && value.trim() == rule.value)
            {
                campaign_id = Some(rule.campaign_id);
                break;
            }
        }
        Visit {
            prefill,
            campaign_id: campaign_id.or(self.campaign_id),
        }
    }
}

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
}

/// Which backends a wasm build can talk to (its cargo features). The loader
/// picks the build of an element's backend, so a mismatch means the page
/// bypassed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Built {
    pub demo: bool,
    pub open_api: bool,
    pub connect: bool,
}

impl Built {
    /// This build.
    pub const THIS: Built = Built {
        demo: cfg!(feature = "demo"),
        open_api: cfg!(feature = "open-api"),
        connect: cfg!(feature = "connect"),
    };
    /// Every backend.
    pub const ALL: Built = Built {
        demo: true,
        open_api: true,
        connect: true,
    };
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlProblem {
    /// Not `https://`, not `http://` on loopback, not a path starting with `/`.
    Scheme,
    /// No host, a bad character, a bad port, user info, whitespace …
    Malformed,
    /// Query strings and fragments do not belong in a base URL.
    QueryOrFragment,
}

pub const BACKENDS: &[&str] = &["demo", "open-api", "connect"];
pub const MODES: &[&str] = &["booking", "lead"];
pub const FLOWS: &[&str] = &["trial-offers", "trial-session"];
pub const THEMES: &[&str] = &["light", "dark", "auto"];

/// Attributes this widget reads. Anything else on the element belongs to the
/// host page (class, id, framework attributes …) and is left alone, unless it
/// is a near miss of one of these.
pub const KNOWN_ATTRIBUTES: &[&str] = &[
    "backend",
    "flow",
    "api-base",
    "mode",
    "heading",
    "lang",
    "studio-id",
    "privacy-url",
    "campaign-id",
    "referrer-id",
    "confirm-booking-id",
    "campaign-choice",
    "display",
    "floating-button",
    "analytics",
    "offer-id",
    "offer-category",
    "first-name",
    "last-name",
    "email",
    "phone",
    "url-prefill",
    "utm-campaigns",
    "theme",
];

/// Values of `display`.
pub const DISPLAYS: &[&str] = &["inline", "popup"];
/// Values of `analytics`.
pub const ANALYTICS: &[&str] = &["none", "datalayer"];

/// Common HTML attributes that are close to ours by spelling but are the host
/// page's own business.
const HOST_ATTRIBUTES: &[&str] = &[
    "id", "class", "style", "slot", "part", "title", "hidden", "dir", "role",
];

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
        let mut raw = RawAttributes::default();
        for (name, value) in attributes {
            let name = name.to_ascii_lowercase();
            let value = value.trim();
            match name.as_str() {
                "backend" => raw.backend = Some(value),
                "flow" => raw.flow = Some(value),
                "api-base" => raw.api_base = Some(value),
                "mode" => raw.mode = Some(value),
                "heading" => raw.heading = Some(value),
                "lang" => raw.lang = Some(value),
                "studio-id" => raw.studio_id = Some(value),
                "privacy-url" => raw.privacy_url = Some(value),
                "campaign-id" => raw.campaign_id = Some(value),
                "referrer-id" => raw.referrer_id = Some(value),
                "confirm-booking-id" => raw.confirm_booking_id = Some(value),
                "campaign-choice" => raw.campaign_choice = Some(value),
                "display" => raw.display = Some(value),
                "floating-button" => raw.floating_button = Some(value),
                "analytics" => raw.analytics = Some(value),
                "offer-id" => raw.offer_id = Some(value),
                "offer-category" => raw.offer_category = Some(value),
                "first-name" => raw.first_name = Some(value),
                "last-name" => raw.last_name = Some(value),
                "email" => raw.email = Some(value),
                "phone" => raw.phone = Some(value),
                "url-prefill" => raw.url_prefill = Some(value),
                "utm-campaigns" => raw.utm_campaigns = Some(value),
                "theme" => raw.theme = Some(value),
                other => {
                    if let Some(suggestion) = near_miss(other) {
                        errors.push(ConfigError::Misspelled {
                            attribute: other.to_string(),
                            suggestion,
                        });
                    }
                }
            }
        }

        let backend_kind = raw.backend.unwrap_or("demo").to_ascii_lowercase();
        let backend = match backend_kind.as_str() {
            "demo" if built.demo => Some(Backend::Demo),
            "open-api" if built.open_api => base_url(&mut errors, raw.api_base, "open-api")
                .map(|proxy| Backend::OpenApi { proxy }),
            "connect" if built.connect => base_url(&mut errors, raw.api_base, "connect")
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
                    value: raw.backend.unwrap_or_default().to_string(),
                });
                None
            }
        };
        if let (Some(Backend::Demo), Some(_)) = (&backend, raw.api_base) {
            errors.push(ConfigError::NotForBackend {
                attribute: "api-base",
                backend: "demo",
            });
        }

        let mode = match raw.mode.map(str::to_ascii_lowercase).as_deref() {
            None | Some("booking") => Mode::Booking,
            Some("lead") => Mode::Lead,
            Some(_) => {
                errors.push(ConfigError::UnknownMode {
                    value: raw.mode.unwrap_or_default().to_string(),
                });
                Mode::Booking
            }
        };
        if mode == Mode::Lead && matches!(backend, Some(Backend::OpenApi { .. })) {
            errors.push(ConfigError::LeadModeNeedsConnect);
        }
        // Connect speaks trial sessions, the Open API trial offers; the demo both.
        let flow = match raw.flow.map(str::to_ascii_lowercase).as_deref() {
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
                    value: raw.flow.unwrap_or_default().to_string(),
                });
                BookingFlow::TrialOffers
            }
        };
        let flow_fits = match (&backend, flow) {
            (Some(Backend::OpenApi { .. }), BookingFlow::TrialSession) => false,
            (Some(Backend::Connect { .. }), BookingFlow::TrialOffers) => false,
            _ => !(mode == Mode::Lead && flow == BookingFlow::TrialOffers && raw.flow.is_some()),
        };
        if let (false, Some(b)) = (flow_fits, &backend) {
            errors.push(ConfigError::FlowNotForBackend {
                flow: flow.as_str(),
                backend: b.kind(),
            });
        }

        let heading = match raw.heading {
            Some("") => {
                errors.push(ConfigError::EmptyHeading);
                None
            }
            other => other.map(str::to_string),
        };
        let lang = raw.lang.filter(|l| !l.is_empty()).map(str::to_string);

        let campaign_choice = flag(&mut errors, "campaign-choice", raw.campaign_choice);
        let floating_button = flag(&mut errors, "floating-button", raw.floating_button);
        let url_prefill = flag(&mut errors, "url-prefill", raw.url_prefill);
        let display = match one_of(&mut errors, "display", raw.display, DISPLAYS) {
            Some("popup") => Display::Popup,
            _ => Display::Inline,
        };
        let theme = match one_of(&mut errors, "theme", raw.theme, THEMES) {
            Some("dark") => Theme::Dark,
            Some("auto") => Theme::Auto,
            _ => Theme::Light,
        };
        if floating_button && display != Display::Popup {
            errors.push(ConfigError::FloatingButtonNeedsPopup);
        }
        let data_layer =
            one_of(&mut errors, "analytics", raw.analytics, ANALYTICS) == Some("datalayer");
        let text = |value: Option<&str>| value.filter(|v| !v.is_empty()).map(str::to_string);
        let prefill = Prefill {
            offer_id: id(&mut errors, "offer-id", raw.offer_id),
            offer_category: text(raw.offer_category),
            studio_id: None,
            first_name: text(raw.first_name),
            last_name: text(raw.last_name),
            email: text(raw.email),
            phone: text(raw.phone),
        };
        let utm_campaigns = raw
            .utm_campaigns
            .map(|value| {
                utm_rules(value).unwrap_or_else(|| {
                    errors.push(ConfigError::InvalidUtmCampaigns {
                        value: value.to_string(),
                    });
                    Vec::new()
                })
            })
            .unwrap_or_default();
        let studio_id = id(&mut errors, "studio-id", raw.studio_id);
        let campaign_id = id(&mut errors, "campaign-id", raw.campaign_id);
        let referrer_id = id(&mut errors, "referrer-id", raw.referrer_id);
        let confirm_booking_id = id(&mut errors, "confirm-booking-id", raw.confirm_booking_id);
        let privacy_url = raw.privacy_url.and_then(|value| match check_url(value) {
            Ok(url) => Some(LinkUrl(url)),
            Err(reason) => {
                errors.push(ConfigError::InvalidUrl {
                    attribute: "privacy-url",
                    value: value.to_string(),
                    reason,
                });
                None
            }
        });

        // Attributes that only one API family understands.
        if let Some(backend) = &backend {
            let kind = backend.kind();
            let mut not_for = |present: bool, attribute: &'static str| {
                if present {
                    errors.push(ConfigError::NotForBackend {
                        attribute,
                        backend: kind,
                    });
                }
            };
            match backend {
                Backend::OpenApi { .. } => {
                    // The proxy's API key selects the studio.
                    not_for(studio_id.is_some(), "studio-id");
                    not_for(campaign_choice, "campaign-choice");
                    not_for(campaign_id.is_some(), "campaign-id");
                    not_for(referrer_id.is_some(), "referrer-id");
                    not_for(raw.utm_campaigns.is_some(), "utm-campaigns");
                }
                Backend::Connect { .. } => {
                    not_for(confirm_booking_id.is_some(), "confirm-booking-id");
                    not_for(prefill.offer_id.is_some(), "offer-id");
                    not_for(prefill.offer_category.is_some(), "offer-category");
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
                data_layer,
                prefill,
                url_prefill,
                utm_campaigns,
                theme,
            }),
            _ => Err(errors),
        }
    }
}

#[derive(Default)]
struct RawAttributes<'a> {
    backend: Option<&'a str>,
    flow: Option<&'a str>,
    api_base: Option<&'a str>,
    mode: Option<&'a str>,
    heading: Option<&'a str>,
    lang: Option<&'a str>,
    studio_id: Option<&'a str>,
    privacy_url: Option<&'a str>,
    campaign_id: Option<&'a str>,
    referrer_id: Option<&'a str>,
    confirm_booking_id: Option<&'a str>,
    campaign_choice: Option<&'a str>,
    display: Option<&'a str>,
    floating_button: Option<&'a str>,
    analytics: Option<&'a str>,
    offer_id: Option<&'a str>,
    offer_category: Option<&'a str>,
    first_name: Option<&'a str>,
    last_name: Option<&'a str>,
    email: Option<&'a str>,
    phone: Option<&'a str>,
    url_prefill: Option<&'a str>,
    utm_campaigns: Option<&'a str>,
    theme: Option<&'a str>,
}

/// A boolean attribute: present (empty, its own name, or "true") means on.
fn flag(errors: &mut Vec<ConfigError>, attribute: &'static str, value: Option<&str>) -> bool {
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
    attribute: &'static str,
    value: Option<&str>,
    choices: &'static [&'static str],
) -> Option<&'static str> {
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
fn utm_rules(value: &str) -> Option<Vec<UtmCampaign>> {
    value
        .split([' ', ',', '\n', '\t'])
        .filter(|rule| !rule.is_empty())
        .map(|rule| {
            let (condition, id) = rule.rsplit_once(':')?;
            let (parameter, value) = condition.split_once('=')?;
            let campaign_id = id.parse::<Id>().ok().filter(|n| *n > 0)?;
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
            attribute: "api-base",
            backend,
        });
        return None;
    };
    match check_url(value) {
        Ok(url) => Some(ApiBase(url.trim_end_matches('/').to_string())),
        Err(reason) => {
            errors.push(ConfigError::InvalidUrl {
                attribute: "api-base",
                value: value.to_string(),
                reason,
            });
            None
        }
    }
}

fn id(errors: &mut Vec<ConfigError>, attribute: &'static str, value: Option<&str>) -> Option<Id> {
    let value = value?;
    // Only plain ASCII digits: no sign, no spaces, no "1e3", no leading "+".
    let parsed = if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        value.parse::<Id>().ok().filter(|&n| n > 0)
    } else {
        None
    };
    if parsed.is_none() {
        errors.push(ConfigError::InvalidId {
            attribute,
            value: value.to_string(),
        });
    }
    parsed
}

/// Checks a URL given in an attribute and returns it unchanged when usable.
///
/// Accepted: `https://host[:port][/path]`, `http://` with a loopback host
/// (`localhost`, `127.x.x.x`, `[::1]`) for local testing, and a path on the host
/// page's origin starting with a single `/`.
pub fn check_url(value: &str) -> Result<String, UrlProblem> {
    if value.is_empty()
        || value
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
    {
        return Err(UrlProblem::Malformed);
    }
    if value.contains('?') || value.contains('#') {
        return Err(UrlProblem::QueryOrFragment);
    }
    if let Some(path) = value.strip_prefix('/') {
        if path.starts_with('/') {
            // `//host/...` is protocol-relative: say it the long way.
            return Err(UrlProblem::Scheme);
        }
        return check_path(value).map(|_| value.to_string());
    }
    let lower = value.to_ascii_lowercase();
    let (rest, secure) = if let Some(rest) = lower.strip_prefix("https://") {
        (rest, true)
    } else if let Some(rest) = lower.strip_prefix("http://") {
        (rest, false)
    } else {
        return Err(UrlProblem::Scheme);
    };
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let host = check_authority(authority)?;
    if !secure && !is_loopback(host) {
        return Err(UrlProblem::Scheme);
    }
    check_path(path)?;
    Ok(value.to_string())
}

fn check_authority(authority: &str) -> Result<&str, UrlProblem> {
    if authority.contains('@') {
        return Err(UrlProblem::Malformed);
    }
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let end = v6.find(']').ok_or(UrlProblem::Malformed)?;
        let after = &v6[end + 1..];
        let port = match after.strip_prefix(':') {
            Some(p) => Some(p),
            None if after.is_empty() => None,
            None => return Err(UrlProblem::Malformed),
        };
        let addr = &v6[..end];
        if addr.is_empty()
            || !addr
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
        {
            return Err(UrlProblem::Malformed);
        }
        (&authority[..end + 2], port)
    } else {
        match authority.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        }
    };
    if let Some(port) = port {
        let valid = !port.is_empty()
            && port.len() <= 5
            && port.bytes().all(|b| b.is_ascii_digit())
            && port.parse::<u32>().is_ok_and(|p| (1..=65535).contains(&p));
        if !valid {
            return Err(UrlProblem::Malformed);
        }
    }
    if !host.starts_with('[') {
        let labels_ok = !host.is_empty()
            && host.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            });
        if !labels_ok {
            return Err(UrlProblem::Malformed);
        }
    }
    Ok(host)
}

fn check_path(path: &str) -> Result<(), UrlProblem> {
    let ok = path
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"/-._~%!$&'()*+,;=:@".contains(&b));
    if ok {
        Ok(())
    } else {
        Err(UrlProblem::Malformed)
    }
}

fn is_loopback(host: &str) -> bool {
    host == "localhost" || host == "[::1]" || {
        let mut parts = host.split('.');
        parts.next() == Some("127")
            && host.split('.').count() == 4
            && host
                .split('.')
                .all(|p| !p.is_empty() && p.parse::<u8>().is_ok())
    }
}

/// An attribute name within two edits of one of ours (and not a common host
/// attribute) is almost certainly a typo worth reporting.
fn near_miss(name: &str) -> Option<&'static str> {
    if HOST_ATTRIBUTES.contains(&name) || name.starts_with("data-") || name.starts_with("aria-") {
        return None;
    }
    KNOWN_ATTRIBUTES
        .iter()
        .map(|known| (edit_distance(name, known), *known))
        .filter(|(d, known)| *d <= 2 && *d < known.len() / 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, known)| known)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut row = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            row[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(row[j] + 1);
        }
        prev = row;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(attrs: &[(&str, &str)]) -> Result<WidgetConfig, Vec<ConfigError>> {
        WidgetConfig::from_attributes(attrs.iter().copied())
    }

    fn errors(attrs: &[(&str, &str)]) -> Vec<ConfigError> {
        parse(attrs).expect_err("config should be rejected")
    }

    #[test]
    fn embedding_attributes_default_to_inline_without_analytics_or_prefill() {
        let config = parse(&[]).unwrap();
        assert_eq!(config.display, Display::Inline);
        assert!(!config.floating_button && !config.data_layer && !config.url_prefill);
        assert_eq!(config.prefill, Prefill::default());
        assert!(config.utm_campaigns.is_empty());
    }

    #[test]
    fn display_analytics_and_the_floating_button_are_parsed() {
        let config = parse(&[
            ("display", "POPUP"),
            ("floating-button", ""),
            ("analytics", "datalayer"),
        ])
        .unwrap();
        assert_eq!(config.display, Display::Popup);
        assert!(config.floating_button && config.data_layer);
        assert!(!parse(&[("analytics", "none")]).unwrap().data_layer);
        assert_eq!(
            errors(&[("display", "modal"), ("analytics", "ga4")]),
            vec![
                ConfigError::UnknownValue {
                    attribute: "display",
                    value: "modal".into(),
                    choices: DISPLAYS
                },
                ConfigError::UnknownValue {
                    attribute: "analytics",
                    value: "ga4".into(),
                    choices: ANALYTICS
                },
            ]
        );
        assert_eq!(
            errors(&[("floating-button", "true")]),
            vec![ConfigError::FloatingButtonNeedsPopup]
        );
        assert_eq!(
            errors(&[("display", "popup"), ("floating-button", "yes")]),
            vec![ConfigError::InvalidFlag {
                attribute: "floating-button",
                value: "yes".into()
            }]
        );
    }

    #[test]
    fn prefill_attributes_are_read_and_checked() {
        let config = parse(&[
            ("offer-id", "12"),
            ("offer-category", " Yoga "),
            ("first-name", "Mia"),
            ("last-name", "Schulz"),
            ("email", "mia@example.com"),
            ("phone", "+49 221 555"),
            ("url-prefill", ""),
        ])
        .unwrap();
        assert_eq!(
            config.prefill,
            Prefill {
                offer_id: Some(12),
                offer_category: Some("Yoga".into()),
                studio_id: None,
                first_name: Some("Mia".into()),
                last_name: Some("Schulz".into()),
                email: Some("mia@example.com".into()),
                phone: Some("+49 221 555".into()),
            }
        );
        assert!(config.url_prefill);
        assert_eq!(
            errors(&[("offer-id", "yoga")]),
            vec![ConfigError::InvalidId {
                attribute: "offer-id",
                value: "yoga".into()
            }]
        );
        assert_eq!(
            errors(&[
                ("backend", "connect"),
                ("api-base", "https://t.example"),
                ("offer-category", "Yoga")
            ]),
            vec![ConfigError::NotForBackend {
                attribute: "offer-category",
                backend: "connect"
            }]
        );
    }

    #[test]
    fn the_page_url_prefills_only_when_the_embed_allows_it() {
        let params = [
            ("tb-first-name", "Ada"),
            ("tb-offer-id", "7"),
            ("tb-studio-id", "x"),
            ("tb-email", ""),
        ];
        let closed = parse(&[("first-name", "Mia"), ("email", "mia@example.com")]).unwrap();
        assert_eq!(closed.visit(params).prefill, closed.prefill);
        let open = parse(&[
            ("first-name", "Mia"),
            ("email", "mia@example.com"),
            ("url-prefill", "true"),
        ])
        .unwrap();
        let visit = open.visit(params);
        assert_eq!(visit.prefill.first_name.as_deref(), Some("Ada"));
        assert_eq!(visit.prefill.offer_id, Some(7));
        // A bad or empty value leaves the embed's own.
        assert_eq!(visit.prefill.studio_id, None);
        assert_eq!(visit.prefill.email.as_deref(), Some("mia@example.com"));
    }

    #[test]
    fn utm_parameters_name_the_campaign() {
        let config = parse(&[
            ("backend", "connect"),
            ("api-base", "https://t.example"),
            ("campaign-id", "5"),
            (
                "utm-campaigns",
                "utm_source=newsletter:12, utm_campaign=spring:13",
            ),
        ])
        .unwrap();
        assert_eq!(
            config.utm_campaigns[1],
            UtmCampaign {
                parameter: "utm_campaign".into(),
                value: "spring".into(),
                campaign_id: 13
            }
        );
        assert_eq!(
            config.visit([("utm_campaign", "spring")]).campaign_id,
            Some(13)
        );
        assert_eq!(
            config
                .visit([("utm_campaign", "spring"), ("utm_source", "newsletter")])
                .campaign_id,
            Some(12),
            "the first rule that matches wins"
        );
        assert_eq!(config.visit([("utm_source", "ads")]).campaign_id, Some(5));
        for bad in [
            "utm_source=newsletter",
            "source=x:1",
            "utm_source=x:0",
            "utm_Source=x:1",
        ] {
            assert_eq!(
                errors(&[("utm-campaigns", bad)]),
                vec![ConfigError::InvalidUtmCampaigns { value: bad.into() }],
                "{bad}"
            );
        }
        assert_eq!(
            errors(&[
                ("backend", "open-api"),
                ("api-base", "/proxy"),
                ("utm-campaigns", "utm_source=x:1")
            ]),
            vec![ConfigError::NotForBackend {
                attribute: "utm-campaigns",
                backend: "open-api"
            }]
        );
    }

    #[test]
    fn no_attributes_is_the_demo() {
        let config = parse(&[]).unwrap();
        assert_eq!(config.backend, Backend::Demo);
        assert_eq!(config.mode, Mode::Booking);
        assert_eq!(config.heading, None);
    }

    #[test]
    fn open_api_through_a_proxy() {
        let config = parse(&[
            ("backend", "open-api"),
            ("api-base", "https://proxy.studio.example/trial/"),
        ])
        .unwrap();
        assert_eq!(
            config.backend,
            Backend::OpenApi {
                proxy: ApiBase("https://proxy.studio.example/trial".into())
            }
        );
    }

    #[test]
    fn connect_with_tenant_and_studio() {
        let config = parse(&[
            ("backend", "connect"),
            ("api-base", "https://fitstar.api.magicline.com"),
            ("studio-id", "1210005340"),
            ("campaign-id", "2"),
            ("referrer-id", "10"),
            ("privacy-url", "https://fitstar.example/datenschutz"),
            ("heading", "Probetraining buchen"),
            ("lang", "de"),
        ])
        .unwrap();
        assert_eq!(config.backend.kind(), "connect");
        assert_eq!(config.studio_id, Some(1_210_005_340));
        assert_eq!(config.campaign_id, Some(2));
        assert_eq!(config.referrer_id, Some(10));
        assert_eq!(
            config.privacy_url.unwrap().as_str(),
            "https://fitstar.example/datenschutz"
        );
        assert_eq!(config.heading.as_deref(), Some("Probetraining buchen"));
        assert_eq!(config.lang.as_deref(), Some("de"));
    }

    #[test]
    fn a_same_origin_proxy_path_is_fine() {
        let config = parse(&[("backend", "open-api"), ("api-base", "/booking-proxy")]).unwrap();
        assert_eq!(
            config.backend,
            Backend::OpenApi {
                proxy: ApiBase("/booking-proxy".into())
            }
        );
    }

    #[test]
    fn theme_is_light_dark_or_auto() {
        assert_eq!(parse(&[]).unwrap().theme, Theme::Light, "light by default");
        for (value, theme) in [
            ("light", Theme::Light),
            ("dark", Theme::Dark),
            (" Dark ", Theme::Dark),
            ("AUTO", Theme::Auto),
        ] {
            assert_eq!(parse(&[("theme", value)]).unwrap().theme, theme, "{value}");
        }
        for value in ["", "black", "night"] {
            assert_eq!(
                errors(&[("theme", value)]),
                vec![ConfigError::UnknownValue {
                    attribute: "theme",
                    value: value.into(),
                    choices: THEMES
                }]
            );
        }
        // A near miss of the name is caught like any other.
        assert_eq!(
            errors(&[("them", "dark")]),
            vec![ConfigError::Misspelled {
                attribute: "them".into(),
                suggestion: "theme"
            }]
        );
        assert_eq!(Theme::Dark.class(), "tb-theme--dark");
    }

    #[test]
    fn names_and_keywords_ignore_case() {
        let config = parse(&[
            ("BACKEND", "Connect"),
            ("api-base", "https://t.api.magicline.com"),
            ("Mode", "LEAD"),
        ])
        .unwrap();
        assert_eq!(config.mode, Mode::Lead);
        assert_eq!(config.backend.kind(), "connect");
    }

    #[test]
    fn unknown_backend_is_rejected() {
        assert_eq!(
            errors(&[("backend", "magicline")]),
            vec![ConfigError::UnknownBackend {
                value: "magicline".into()
            }]
        );
        assert_eq!(
            errors(&[("backend", "")]),
            vec![ConfigError::UnknownBackend { value: "".into() }]
        );
    }

    #[test]
    fn real_backends_need_a_base_url() {
        assert_eq!(
            errors(&[("backend", "connect")]),
            vec![ConfigError::MissingAttribute {
                attribute: "api-base",
                backend: "connect"
            }]
        );
        assert_eq!(
            errors(&[("backend", "open-api")]),
            vec![ConfigError::MissingAttribute {
                attribute: "api-base",
                backend: "open-api"
            }]
        );
    }

    #[test]
    fn malformed_urls_are_rejected() {
        let cases: &[(&str, UrlProblem)] = &[
            ("ftp://x.example", UrlProblem::Scheme),
            ("javascript:alert(1)", UrlProblem::Scheme),
            ("proxy.example", UrlProblem::Scheme),
            ("//proxy.example/x", UrlProblem::Scheme),
            ("http://proxy.example", UrlProblem::Scheme),
            ("https://", UrlProblem::Malformed),
            ("https://exa mple.com", UrlProblem::Malformed),
            ("https://user:pw@proxy.example", UrlProblem::Malformed),
            ("https://proxy.example:99999", UrlProblem::Malformed),
            ("https://proxy.example:", UrlProblem::Malformed),
            ("https://proxy.example:8o", UrlProblem::Malformed),
            ("https://-bad.example", UrlProblem::Malformed),
            ("https://a..b", UrlProblem::Malformed),
            ("https://proxy.example/a b", UrlProblem::Malformed),
            ("https://proxy.example/<script>", UrlProblem::Malformed),
            ("https://proxy.example/?key=1", UrlProblem::QueryOrFragment),
            ("https://proxy.example/#x", UrlProblem::QueryOrFragment),
            ("", UrlProblem::Malformed),
        ];
        for (value, reason) in cases {
            assert_eq!(check_url(value), Err(*reason), "{value}");
            let errs = errors(&[("backend", "connect"), ("api-base", value)]);
            assert_eq!(
                errs,
                vec![ConfigError::InvalidUrl {
                    attribute: "api-base",
                    value: value.trim().to_string(),
                    reason: *reason
                }],
                "{value}"
            );
        }
    }

    #[test]
    fn plain_http_only_on_loopback() {
        for ok in [
            "http://127.0.0.1:8080",
            "http://localhost:3000/api",
            "http://[::1]:9000",
            "HTTPS://Tenant.API.example",
        ] {
            assert!(check_url(ok).is_ok(), "{ok}");
        }
        assert_eq!(check_url("http://127.0.0.256"), Err(UrlProblem::Scheme));
        assert_eq!(check_url("http://10.0.0.1"), Err(UrlProblem::Scheme));
    }

    #[test]
    fn ids_must_be_positive_whole_numbers() {
        for bad in [
            "abc",
            "-1",
            "0",
            "1.5",
            "+3",
            "1e3",
            " ",
            "99999999999999999999999",
        ] {
            let errs = errors(&[
                ("backend", "connect"),
                ("api-base", "https://t.example"),
                ("studio-id", bad),
            ]);
            assert_eq!(
                errs,
                vec![ConfigError::InvalidId {
                    attribute: "studio-id",
                    value: bad.trim().into()
                }],
                "{bad}"
            );
        }
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let errs = errors(&[
            ("backend", "connect"),
            ("studio-id", "x"),
            ("mode", "popup"),
            ("privacy-url", "nope"),
        ]);
        assert_eq!(errs.len(), 4, "{errs:?}");
    }

    #[test]
    fn attributes_for_the_other_family_are_flagged() {
        assert_eq!(
            errors(&[
                ("backend", "open-api"),
                ("api-base", "/proxy"),
                ("studio-id", "7")
            ]),
            vec![ConfigError::NotForBackend {
                attribute: "studio-id",
                backend: "open-api"
            }]
        );
        assert_eq!(
            errors(&[
                ("backend", "connect"),
                ("api-base", "https://t.example"),
                ("confirm-booking-id", "7")
            ]),
            vec![ConfigError::NotForBackend {
                attribute: "confirm-booking-id",
                backend: "connect"
            }]
        );
        assert_eq!(
            errors(&[("api-base", "https://t.example")]),
            vec![ConfigError::NotForBackend {
                attribute: "api-base",
                backend: "demo"
            }]
        );
        assert_eq!(
            errors(&[
                ("backend", "open-api"),
                ("api-base", "/proxy"),
                ("mode", "lead")
            ]),
            vec![ConfigError::LeadModeNeedsConnect]
        );
    }

    #[test]
    fn typos_get_a_suggestion_but_host_attributes_pass() {
        assert_eq!(
            errors(&[("bakend", "demo")]),
            vec![ConfigError::Misspelled {
                attribute: "bakend".into(),
                suggestion: "backend"
            }]
        );
        assert_eq!(
            errors(&[("studio_id", "3")]),
            vec![ConfigError::Misspelled {
                attribute: "studio_id".into(),
                suggestion: "studio-id"
            }]
        );
        assert!(parse(&[
            ("id", "w1"),
            ("class", "big"),
            ("style", "x"),
            ("data-v-1a2b", ""),
            ("_ngcontent-c0", "")
        ])
        .is_ok());
    }

    #[test]
    fn each_build_accepts_only_its_own_backend() {
        let in_build = |built: Built, attrs: &[(&str, &str)]| {
            WidgetConfig::from_attributes_in_build(attrs.iter().copied(), built)
        };
        let open_api = Built {
            demo: false,
            open_api: true,
            connect: false,
        };
        let connect = Built {
            demo: false,
            open_api: false,
            connect: true,
        };
        let not_built = |backend| Err(vec![ConfigError::BackendNotInThisBuild { backend }]);
        assert_eq!(in_build(open_api, &[]), not_built("demo"));
        assert_eq!(
            in_build(open_api, &[("backend", "demo")]),
            not_built("demo")
        );
        assert_eq!(
            in_build(
                open_api,
                &[("backend", "connect"), ("api-base", "https://t.example")]
            ),
            not_built("connect")
        );
        assert!(in_build(open_api, &[("backend", "open-api"), ("api-base", "/proxy")]).is_ok());
        assert_eq!(
            in_build(connect, &[("backend", "open-api"), ("api-base", "/proxy")]),
            not_built("open-api")
        );
        assert!(in_build(
            connect,
            &[("backend", "connect"), ("api-base", "https://t.example")]
        )
        .is_ok());
        // An unknown backend is explained the same way in every build.
        assert_eq!(
            in_build(connect, &[("backend", "magicline")]),
            Err(vec![ConfigError::UnknownBackend {
                value: "magicline".into()
            }])
        );
        assert!(in_build(Built::ALL, &[]).is_ok());
    }

    /// The loader (`trial-booking.js`) re-mounts a widget when one of these
    /// changes, so its list must be this one.
    #[test]
    fn the_loader_observes_every_known_attribute() {
        let loader = include_str!("embed/trial-booking.js");
        let line = loader
            .lines()
            .find(|l| l.starts_with("const OBSERVED = ["))
            .expect("trial-booking.js declares const OBSERVED");
        let observed: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
        assert_eq!(observed, KNOWN_ATTRIBUTES);
    }

    #[test]
    fn the_flow_follows_the_backend_unless_the_demo_is_told() {
        assert_eq!(parse(&[]).unwrap().flow, BookingFlow::TrialOffers);
        assert_eq!(
            parse(&[("flow", "trial-session")]).unwrap().flow,
            BookingFlow::TrialSession
        );
        assert_eq!(
            parse(&[("mode", "lead")]).unwrap().flow,
            BookingFlow::TrialSession
        );
        assert_eq!(
            parse(&[("backend", "connect"), ("api-base", "https://t.example")])
                .unwrap()
                .flow,
            BookingFlow::TrialSession
        );
        assert_eq!(
            parse(&[("backend", "open-api"), ("api-base", "/p")])
                .unwrap()
                .flow,
            BookingFlow::TrialOffers
        );
        assert_eq!(
            errors(&[
                ("backend", "open-api"),
                ("api-base", "/p"),
                ("flow", "trial-session")
            ]),
            vec![ConfigError::FlowNotForBackend {
                flow: "trial-session",
                backend: "open-api"
            }]
        );
        assert_eq!(
            errors(&[
                ("backend", "connect"),
                ("api-base", "https://t.example"),
                ("flow", "trial-offers")
            ]),
            vec![ConfigError::FlowNotForBackend {
                flow: "trial-offers",
                backend: "connect"
            }]
        );
        assert_eq!(
            errors(&[("flow", "classes")]),
            vec![ConfigError::UnknownFlow {
                value: "classes".into()
            }]
        );
    }

    #[test]
    fn campaign_choice_is_a_yes_no_attribute() {
        let connect = |v: &'static str| {
            parse(&[
                ("backend", "connect"),
                ("api-base", "https://t.example"),
                ("campaign-choice", v),
            ])
        };
        assert!(connect("").unwrap().campaign_choice);
        assert!(connect("true").unwrap().campaign_choice);
        assert!(!connect("false").unwrap().campaign_choice);
        assert_eq!(
            connect("maybe"),
            Err(vec![ConfigError::InvalidFlag {
                attribute: "campaign-choice",
                value: "maybe".into()
            }])
        );
        assert!(!parse(&[]).unwrap().campaign_choice);
    }

    #[test]
    fn empty_heading_is_a_mistake() {
        assert_eq!(
            errors(&[("heading", "  ")]),
            vec![ConfigError::EmptyHeading]
        );
    }
}
