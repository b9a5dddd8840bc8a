//! The widget's configuration, read from the attributes of its element.
//!
//! Pure: no DOM access. The embed hands over the element's attributes as
//! name/value pairs; this module turns them into a typed [`WidgetConfig`] or a
//! list of [`ConfigError`]s that the embed renders inside the element. By concern:
//! * [`attributes`]: the one attribute table, and the parser that reads it;
//! * [`url`]: which URLs an attribute may name;
//! * [`errors`]: what can be wrong, and how it is said in the visitor's language;
//! * [`typo`]: near misses of attribute names;
//! * [`visit`]: the page URL's prefill and campaign rules applied to a visit.

pub mod attributes;
pub mod errors;
mod parse;
pub mod typo;
pub mod url;
pub mod visit;

pub use crate::domain::prefill::Prefill;
pub use attributes::{
    Attr, Attribute, Kind, ANALYTICS, ATTRIBUTES, BACKENDS, DISPLAYS, FLOWS, MODES, THEMES,
};
pub use errors::ConfigError;
use trial_api::models::{BookingId, CampaignId, ReferrerId, StudioId};
pub use url::{check_success_url, check_url, UrlProblem};
pub use visit::{UtmCampaign, Visit, PAGE_PARAMETERS};

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
    /// The `theme` attribute's value (`light`, `dark`, `auto`, any case,
    /// spaces around ignored); `None` for anything else.
    pub fn parse(value: &str) -> Option<Theme> {
        match value.trim().to_ascii_lowercase().as_str() {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "auto" => Some(Theme::Auto),
            _ => None,
        }
    }

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

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WidgetConfig {
    pub backend: Backend,
    pub flow: BookingFlow,
    pub mode: Mode,
    /// Heading shown at the top of the widget; `None` means the translated default.
    pub heading: Option<String>,
    /// Language requested by the element (`lang` attribute), if any.
    pub lang: Option<String>,
    pub studio_id: Option<StudioId>,
    pub privacy_url: Option<LinkUrl>,
    pub campaign_id: Option<CampaignId>,
    pub referrer_id: Option<ReferrerId>,
    pub confirm_booking_id: Option<BookingId>,
    /// Connect: let the visitor pick one of the studio's campaigns.
    pub campaign_choice: bool,
    pub theme: Theme,
    /// Inline in the page (default) or in a modal dialog the page opens.
    pub display: Display,
    /// With `display="popup"`: a floating button that opens the dialog.
    pub floating_button: bool,
    /// Where else the widget's events go: `dataLayer`, `gtag`, `fbq`.
    pub analytics: Analytics,
    /// What the embed fills in or chooses in advance (the visitor can change it).
    pub prefill: Prefill,
    /// Whether the page URL's `tb-*` parameters may prefill (see [`visit::PAGE_PARAMETERS`]).
    pub url_prefill: bool,
    /// Connect: `utm_*` values of the page URL that name a campaign.
    pub utm_campaigns: Vec<UtmCampaign>,
    /// Connect: the embed's note for the studio's staff (`note`).
    pub note: Option<String>,
    /// The studio's thank-you page (`success-url`, `success-delay`); only
    /// ever from the element's attributes, never from the page URL.
    pub success: Option<SuccessPage>,
}

/// Where the visitor goes once booked, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SuccessPage {
    /// `https://…` or a path on the page's own site (`config::url::check_success_url`).
    pub url: String,
    /// Seconds the done step shows first (0: at once).
    pub delay_seconds: u32,
}

impl SuccessPage {
    /// `success-delay` without the attribute: long enough to read the done step.
    pub const DEFAULT_DELAY_SECONDS: u32 = 5;
}

/// `analytics="datalayer gtag meta"`: the page's own tags the widget's
/// events also go to (each only when the page has it; none is ever loaded).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Analytics {
    /// Every event pushed to `window.dataLayer` (Google Tag Manager).
    pub data_layer: bool,
    /// Conversions to `window.gtag` (GA4, Google Ads).
    pub gtag: bool,
    /// Conversions to `window.fbq` (the Meta pixel).
    pub meta: bool,
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

#[cfg(test)]
mod tests;
