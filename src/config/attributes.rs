//! The one attribute table: every attribute of `<trial-booking>`, described
//! once. The parser below reads it; the loader's observed attributes and
//! flags (`src/embed/trial-booking.js`), the element's TypeScript
//! declarations (`src/embed/trial-booking.d.ts`), the attribute tables of
//! the README and `docs/integration.md` and the snippet builder's options
//! (`configure/builder/options.js`) are generated from it
//! ([`generated`]): a native test fails when one of them differs, and
//! `TB_BLESS=1 cargo test attribute_table` writes them anew (`crate::generated`).

/// How an attribute's value is read (and typed for TypeScript).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Free text, trimmed.
    Text,
    /// On when present (empty, `true` or its own name), off when absent or
    /// `false`. Its property is a boolean.
    Flag,
    /// A positive decimal int64 id (`trial_api::models::ids::parse_decimal`).
    Id,
    /// One of a fixed set of words, case-insensitive.
    OneOf(&'static [&'static str]),
    /// Some of a fixed set of words, case-insensitive, separated by spaces
    /// or commas.
    SomeOf(&'static [&'static str]),
    /// A URL: `https://…`, a path on the page's own site (`/…`), or
    /// `http://` on a loopback host (see `config::url`).
    Url,
    /// A BCP 47 language tag. `lang` is every HTML element's own attribute:
    /// it has no property of ours.
    Language,
}

/// One attribute, as the documentation and the type declarations show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attribute {
    pub attr: Attr,
    /// The attribute's name (lower case, kebab case).
    pub name: &'static str,
    pub kind: Kind,
    /// What it takes and does (Markdown, one line).
    pub values: &'static str,
    /// What holds without it (Markdown, one line).
    pub default: &'static str,
}

impl Attribute {
    /// The element's property for it: `api-base` → `apiBase`.
    pub fn property(&self) -> String {
        let mut out = String::with_capacity(self.name.len());
        let mut upper = false;
        for c in self.name.chars() {
            if c == '-' {
                upper = true;
            } else if upper {
                out.push(c.to_ascii_uppercase());
                upper = false;
            } else {
                out.push(c);
            }
        }
        out
    }
}

macro_rules! attributes {
    ($($variant:ident {
        name: $name:literal,
        kind: $kind:expr,
        values: $values:literal,
        default: $default:literal,
        backends: $backends:expr,
        group: $group:expr $(,)?
    })*) => {
        /// Every attribute the widget reads, in the table's order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Attr {
            $($variant),*
        }

        /// The attribute table.
        pub const ATTRIBUTES: &[Attribute] = &[
            $(Attribute { attr: Attr::$variant, name: $name, kind: $kind, values: $values, default: $default }),*
        ];

        impl Attr {
            /// The attribute of this (lower-case) name.
            pub fn named(name: &str) -> Option<Attr> {
                match name {
                    $($name => Some(Attr::$variant),)*
                    _ => None,
                }
            }

            /// The backends that accept it; the others refuse it
            /// (`ConfigError::NotForBackend`, a native test keeps the two
            /// equal). The snippet builder offers it only for these.
            pub fn backends(self) -> &'static [&'static str] {
                match self {
                    $(Attr::$variant => $backends,)*
                }
            }

            /// The snippet builder's fieldset that holds it.
            pub fn group(self) -> Group {
                match self {
                    $(Attr::$variant => $group,)*
                }
            }
        }
    };
}

impl Attr {
    pub fn name(self) -> &'static str {
        ATTRIBUTES[self as usize].name
    }
}

pub const BACKENDS: &[&str] = &["demo", "open-api", "connect"];
pub const FLOWS: &[&str] = &["trial-offers", "trial-session"];
pub const MODES: &[&str] = &["booking", "lead"];
pub const DISPLAYS: &[&str] = &["inline", "popup"];
pub const THEMES: &[&str] = &["light", "dark", "auto"];
pub const ANALYTICS: &[&str] = &["none", "datalayer", "gtag", "meta"];

/// An attribute every backend reads.
pub const EVERY_BACKEND: &[&str] = BACKENDS;
/// An attribute of the two APIs' (the demo has no server).
pub const API_BACKENDS: &[&str] = &["open-api", "connect"];
/// An attribute of the Open API's trial offers (and the demo, which speaks both flows).
pub const OPEN_API_OR_DEMO: &[&str] = &["demo", "open-api"];
/// An attribute of Connect's (and the demo, which speaks both flows).
pub const CONNECT_OR_DEMO: &[&str] = &["demo", "connect"];

/// The fieldsets of the snippet builder (`configure.html`), in its order; each
/// attribute names its own. Their legends are the builder's texts
/// `group-<name>` (`configure/builder/texts/en.json`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// Which API, where, which studio, and what the visitor does.
    Connection,
    /// Language, heading and theme.
    Look,
    /// Inline or popup, and the thank-you page once booked.
    Display,
    /// The privacy policy.
    Privacy,
    /// What is filled in or chosen in advance.
    Prefill,
    /// Campaigns and referrers passed on.
    Campaigns,
    /// Events for analytics.
    Analytics,
    /// A confirmation page's booking.
    Confirmation,
}

impl Group {
    /// Every group, in the builder's order.
    pub const ALL: &[Group] = &[
        Group::Connection,
        Group::Look,
        Group::Display,
        Group::Privacy,
        Group::Prefill,
        Group::Campaigns,
        Group::Analytics,
        Group::Confirmation,
    ];

    /// Its name in the builder's options and texts.
    pub fn as_str(self) -> &'static str {
        match self {
            Group::Connection => "connection",
            Group::Look => "look",
            Group::Display => "display",
            Group::Privacy => "privacy",
            Group::Prefill => "prefill",
            Group::Campaigns => "campaigns",
            Group::Analytics => "analytics",
            Group::Confirmation => "confirmation",
        }
    }
}

attributes! {
    Backend {
        name: "backend",
        kind: Kind::OneOf(BACKENDS),
        values: "`demo` (the built-in demo studio, no server; it says so on every step), `open-api` (trial offers through your key proxy), `connect` (the studio's public Connect API)",
        default: "`demo`",
        backends: EVERY_BACKEND,
        group: Group::Connection,
    }
    Flow {
        name: "flow",
        kind: Kind::OneOf(FLOWS),
        values: "`trial-offers` (Open API) or `trial-session` (Connect); only `demo` speaks both",
        default: "follows `backend`",
        backends: EVERY_BACKEND,
        group: Group::Connection,
    }
    ApiBase {
        name: "api-base",
        kind: Kind::Url,
        values: "`open-api`: your key proxy's URL (it adds the API key; the key never reaches the browser). `connect`: the tenant URL, e.g. `https://mystudio.api.magicline.com`. `https://…` or a path on the same site (`/booking-proxy`); `http://` only on localhost",
        default: "required for `open-api` and `connect`",
        backends: API_BACKENDS,
        group: Group::Connection,
    }
    Mode {
        name: "mode",
        kind: Kind::OneOf(MODES),
        values: "`booking`, or `lead` for a \"we'll call you\" form (`connect` or `demo`)",
        default: "`booking`",
        backends: EVERY_BACKEND,
        group: Group::Connection,
    }
    Heading {
        name: "heading",
        kind: Kind::Text,
        values: "the widget's heading",
        default: "translated \"Book your free trial session\"",
        backends: EVERY_BACKEND,
        group: Group::Look,
    }
    Lang {
        name: "lang",
        kind: Kind::Language,
        values: "the visitor's language: `cs de en es fr hu it nb nl pl ro ru sl sv tr`, with or without region (`de-AT`)",
        default: "the nearest `lang` on the page, then the browser's languages, then English; matched with CLDR's rules (`no` → `nb`)",
        backends: EVERY_BACKEND,
        group: Group::Look,
    }
    StudioId {
        name: "studio-id",
        kind: Kind::Id,
        values: "`connect`: the studio's id (the visitor does not choose a studio)",
        default: "the visitor chooses",
        backends: CONNECT_OR_DEMO,
        group: Group::Connection,
    }
    PrivacyUrl {
        name: "privacy-url",
        kind: Kind::Url,
        values: "the studio's privacy policy, linked next to the consent",
        default: "none",
        backends: EVERY_BACKEND,
        group: Group::Privacy,
    }
    CampaignId {
        name: "campaign-id",
        kind: Kind::Id,
        values: "`connect`: passed on with a booking or lead as `sourceCampaignId`",
        default: "none",
        backends: CONNECT_OR_DEMO,
        group: Group::Campaigns,
    }
    ReferrerId {
        name: "referrer-id",
        kind: Kind::Id,
        values: "`connect`: passed on with a booking as `referrerId`",
        default: "none",
        backends: CONNECT_OR_DEMO,
        group: Group::Campaigns,
    }
    ConfirmBookingId {
        name: "confirm-booking-id",
        kind: Kind::Id,
        values: "`open-api`: confirm this booking (the page URL parameter `tb-confirm` does the same)",
        default: "none",
        backends: OPEN_API_OR_DEMO,
        group: Group::Confirmation,
    }
    CampaignChoice {
        name: "campaign-choice",
        kind: Kind::Flag,
        values: "`connect`: the visitor answers \"How did you hear about us?\" from the studio's campaigns (wins over `campaign-id`)",
        default: "off",
        backends: CONNECT_OR_DEMO,
        group: Group::Campaigns,
    }
    Display {
        name: "display",
        kind: Kind::OneOf(DISPLAYS),
        values: "`inline`, or `popup`: a modal dialog opened by any page element with `data-trial-booking-open` (its value: the widget's id; empty: the first popup widget), by `el.open()` or by the floating button",
        default: "`inline`",
        backends: EVERY_BACKEND,
        group: Group::Display,
    }
    FloatingButton {
        name: "floating-button",
        kind: Kind::Flag,
        values: "with `display=\"popup\"`: a floating \"Book a free trial\" button that opens it",
        default: "off",
        backends: EVERY_BACKEND,
        group: Group::Display,
    }
    Analytics {
        name: "analytics",
        kind: Kind::SomeOf(ANALYTICS),
        values: "one or more of: `datalayer` (every event is also pushed to `window.dataLayer`, for Google Tag Manager), `gtag` (GA4's `generate_lead` and a `book_trial` event to the page's `window.gtag`), `meta` (`Lead` and `Schedule` to the page's `window.fbq`), e.g. `datalayer gtag`; nothing personal, and nothing loaded",
        default: "`none`",
        backends: EVERY_BACKEND,
        group: Group::Analytics,
    }
    OfferId {
        name: "offer-id",
        kind: Kind::Id,
        values: "`open-api`: choose this trial offer (its `trialOfferConfigId`) in advance",
        default: "none",
        backends: OPEN_API_OR_DEMO,
        group: Group::Prefill,
    }
    OfferCategory {
        name: "offer-category",
        kind: Kind::Text,
        values: "`open-api`: list only this category's offers (chosen if it is the only one)",
        default: "all",
        backends: OPEN_API_OR_DEMO,
        group: Group::Prefill,
    }
    FirstName {
        name: "first-name",
        kind: Kind::Text,
        values: "prefills the first name (an empty field only; the visitor can change it)",
        default: "none",
        backends: EVERY_BACKEND,
        group: Group::Prefill,
    }
    LastName {
        name: "last-name",
        kind: Kind::Text,
        values: "prefills the last name (likewise)",
        default: "none",
        backends: EVERY_BACKEND,
        group: Group::Prefill,
    }
    Email {
        name: "email",
        kind: Kind::Text,
        values: "prefills the e-mail address (likewise)",
        default: "none",
        backends: EVERY_BACKEND,
        group: Group::Prefill,
    }
    Phone {
        name: "phone",
        kind: Kind::Text,
        values: "prefills the phone number (likewise)",
        default: "none",
        backends: EVERY_BACKEND,
        group: Group::Prefill,
    }
    UrlPrefill {
        name: "url-prefill",
        kind: Kind::Flag,
        values: "let the page URL's `tb-offer-id`, `tb-offer-category`, `tb-studio-id`, `tb-first-name`, `tb-last-name`, `tb-email`, `tb-phone` prefill (they win over the attributes; nothing is ever written back to the URL)",
        default: "off",
        backends: EVERY_BACKEND,
        group: Group::Prefill,
    }
    UtmCampaigns {
        name: "utm-campaigns",
        kind: Kind::Text,
        values: "`connect`: `utm_source=newsletter:12 utm_campaign=spring:13` sends campaign 12 or 13 as `sourceCampaignId` when the page URL has that `utm_*` value (the first rule that matches wins over `campaign-id`)",
        default: "none",
        backends: CONNECT_OR_DEMO,
        group: Group::Campaigns,
    }
    Note {
        name: "note",
        kind: Kind::Text,
        values: "`connect`: a note for the studio's staff, sent with each booking (`note`) and lead (`notes`), followed by the campaign the visitor came from: the page URL's `utm_source`, `utm_medium`, `utm_campaign`, `utm_term` and `utm_content` (these are sent also without the attribute)",
        default: "none",
        backends: CONNECT_OR_DEMO,
        group: Group::Campaigns,
    }
    SuccessUrl {
        name: "success-url",
        kind: Kind::Url,
        values: "the studio's thank-you page, opened (the whole page, a popup's too) once the visitor is booked: `https://…` or a path on the same site. Appended: `tb_outcome` (`booked`, `confirmation_required`, `waiting_list`, `call_back`), `tb_kind` (`class`, `appointment`, `trial_session`), `tb_studio_id` (Connect), `tb_date` (the studio-local day, `2026-12-01`); nothing personal. Never taken from the page URL",
        default: "none: the widget shows its own done step",
        backends: EVERY_BACKEND,
        group: Group::Display,
    }
    SuccessDelay {
        name: "success-delay",
        kind: Kind::Text,
        values: "with `success-url`: seconds the done step shows first, with a \"Continue\" link and a \"Stay on this page\" button (`0`: at once)",
        default: "`5`",
        backends: EVERY_BACKEND,
        group: Group::Display,
    }
    Theme {
        name: "theme",
        kind: Kind::OneOf(THEMES),
        values: "`light`, `dark`, or `auto` (follows the visitor's `prefers-color-scheme`)",
        default: "`light`",
        backends: EVERY_BACKEND,
        group: Group::Look,
    }
}

/// The texts that other files carry of the attribute table, generated from
/// it (and checked against those files by a native test).
pub mod generated {
    use super::{Group, Kind, ATTRIBUTES};

    /// The loader's two lines: the attributes it observes, and the flags
    /// (whose properties are booleans).
    pub fn loader_lines() -> String {
        let list = |names: Vec<&str>| {
            names
                .iter()
                .map(|n| format!("\"{n}\""))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let observed = ATTRIBUTES.iter().map(|a| a.name).collect();
        let flags = ATTRIBUTES
            .iter()
            .filter(|a| a.kind == Kind::Flag)
            .map(|a| a.name)
            .collect();
        format!(
            "const OBSERVED = [{}];\nconst FLAGS = [{}];\n",
            list(observed),
            list(flags)
        )
    }

    fn union(choices: &[&str]) -> String {
        choices
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(" | ")
    }

    /// A one-line TypeScript doc comment (no `*/` can end it early).
    fn ts_doc(text: &str, indent: &str) -> String {
        format!("{indent}/** {} */\n", text.replace("*/", "* /"))
    }

    /// The members of `TrialBookingAttributes`: each attribute as a string
    /// (a flag: present or `"true"`/`"false"`).
    pub fn typescript_attributes() -> String {
        let mut out = String::new();
        for a in ATTRIBUTES {
            let ty = match a.kind {
                Kind::Flag => "\"\" | \"true\" | \"false\"".to_string(),
                Kind::OneOf(choices) => union(choices),
                _ => "string".to_string(),
            };
            let name = if a.name.contains('-') {
                format!("\"{}\"", a.name)
            } else {
                a.name.to_string()
            };
            out.push_str(&ts_doc(
                &format!("{} Default: {}.", a.values, a.default),
                "  ",
            ));
            out.push_str(&format!("  {name}?: {ty};\n"));
        }
        out
    }

    /// The element's properties, one per attribute (`lang` is every
    /// element's own).
    pub fn typescript_properties() -> String {
        let mut out = String::new();
        for a in ATTRIBUTES.iter().filter(|a| a.kind != Kind::Language) {
            let ty = match a.kind {
                Kind::Flag => "boolean".to_string(),
                Kind::OneOf(choices) => format!("{} | null", union(choices)),
                _ => "string | null".to_string(),
            };
            out.push_str(&ts_doc(&format!("The `{}` attribute.", a.name), "  "));
            out.push_str(&format!("  {}: {ty};\n", a.property()));
        }
        out
    }

    /// The name of a kind in the snippet builder's options.
    fn kind_name(kind: Kind) -> &'static str {
        match kind {
            Kind::Text => "text",
            Kind::Flag => "flag",
            Kind::Id => "id",
            Kind::OneOf(_) => "one-of",
            Kind::SomeOf(_) => "some-of",
            Kind::Url => "url",
            Kind::Language => "language",
        }
    }

    /// The snippet builder's options (`configure/builder/options.js`): every
    /// attribute with its kind, choices, the backends that accept it, its
    /// fieldset and its documentation (Markdown, one line), in the table's
    /// order; then the fieldsets in their order. JavaScript: an ES module's
    /// two `export const`s, one attribute a line.
    pub fn builder_options() -> String {
        let quote = |text: &str| serde_json::to_string(text).expect("a string serialises");
        let list = |items: &[&str]| {
            format!(
                "[{}]",
                items
                    .iter()
                    .map(|i| quote(i))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let mut out = String::from("export const ATTRIBUTES = [\n");
        for a in ATTRIBUTES {
            let choices = match a.kind {
                Kind::OneOf(choices) | Kind::SomeOf(choices) => list(choices),
                _ => "[]".to_string(),
            };
            out.push_str(&format!(
                "  {{ name: {}, kind: {}, choices: {choices}, backends: {}, group: {}, values: {}, default: {} }},\n",
                quote(a.name),
                quote(kind_name(a.kind)),
                list(a.attr.backends()),
                quote(a.attr.group().as_str()),
                quote(a.values),
                quote(a.default),
            ));
        }
        out.push_str("];\n");
        let groups: Vec<&str> = Group::ALL.iter().map(|g| g.as_str()).collect();
        out.push_str(&format!("export const GROUPS = {};\n", list(&groups)));
        out
    }

    /// The documentation's attribute table (Markdown).
    pub fn markdown_table() -> String {
        let mut out = String::from("| attribute | values | default |\n|---|---|---|\n");
        for a in ATTRIBUTES {
            out.push_str(&format!(
                "| `{}` | {} | {} |\n",
                a.name,
                a.values.replace('|', "\\|"),
                a.default.replace('|', "\\|")
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_the_order_of_its_enum() {
        for (i, a) in ATTRIBUTES.iter().enumerate() {
            assert_eq!(a.attr as usize, i, "{}", a.name);
            assert_eq!(Attr::named(a.name), Some(a.attr));
            assert_eq!(a.attr.name(), a.name);
        }
        assert_eq!(Attr::named("nope"), None);
    }

    #[test]
    fn properties_are_camel_case() {
        let names: Vec<String> = [Attr::ApiBase, Attr::ConfirmBookingId, Attr::Theme]
            .iter()
            .map(|a| ATTRIBUTES[*a as usize].property())
            .collect();
        assert_eq!(names, ["apiBase", "confirmBookingId", "theme"]);
    }

    /// The loader, the type declarations and both documentation tables say
    /// what the table says (`TB_BLESS=1` rewrites them from it).
    #[test]
    fn attribute_table_is_the_one_source() {
        use crate::generated::{check, Place};
        let place = |file, begin, end, text| Place {
            file,
            begin,
            end,
            text,
        };
        check(
            "the attribute table (src/config/attributes.rs)",
            vec![
                place(
                    "src/embed/trial-booking.js",
                    "// <attributes: generated from src/config/attributes.rs>\n",
                    "// </attributes>",
                    generated::loader_lines(),
                ),
                place(
                    "src/embed/trial-booking.d.ts",
                    "  // <attributes: generated from src/config/attributes.rs>\n",
                    "  // </attributes>",
                    generated::typescript_attributes(),
                ),
                place(
                    "src/embed/trial-booking.d.ts",
                    "  // <properties: generated from src/config/attributes.rs>\n",
                    "  // </properties>",
                    generated::typescript_properties(),
                ),
                place(
                    "docs/integration.md",
                    "<!-- attributes: generated from src/config/attributes.rs -->\n",
                    "<!-- /attributes -->",
                    generated::markdown_table(),
                ),
                place(
                    "README.md",
                    "<!-- attributes: generated from src/config/attributes.rs -->\n",
                    "<!-- /attributes -->",
                    generated::markdown_table(),
                ),
                place(
                    "configure/builder/options.js",
                    "// <attributes: generated from src/config/attributes.rs>\n",
                    "// </attributes>",
                    generated::builder_options(),
                ),
            ],
        );
    }

    /// What the table says an attribute's backends are is what the parser
    /// does: on any other backend it refuses the attribute (NotForBackend),
    /// on these it does not.
    #[test]
    fn backends_are_those_the_parser_accepts_it_on() {
        use crate::config::{ConfigError, WidgetConfig};
        for a in ATTRIBUTES.iter().filter(|a| a.attr != Attr::Backend) {
            let sample = match a.kind {
                Kind::Text => "x",
                Kind::Flag => "",
                Kind::Id => "7",
                Kind::OneOf(choices) | Kind::SomeOf(choices) => choices[0],
                Kind::Url => "https://studio.example/x",
                Kind::Language => "de",
            };
            for &backend in BACKENDS {
                let mut attributes = vec![("backend", backend)];
                if backend != "demo" && a.attr != Attr::ApiBase {
                    attributes.push(("api-base", "https://t.example"));
                }
                attributes.push((a.name, sample));
                let refused =
                    WidgetConfig::from_attributes_in_build(attributes, crate::config::Built::ALL)
                        .err()
                        .unwrap_or_default()
                        .contains(&ConfigError::NotForBackend {
                            attribute: a.name,
                            backend,
                        });
                assert_eq!(
                    refused,
                    !a.attr.backends().contains(&backend),
                    "{} on {backend}",
                    a.name
                );
            }
        }
    }

    /// Every fieldset of the builder has its legend among the builder's texts.
    #[test]
    fn every_group_has_a_legend() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/configure/builder/texts/en.json"
        );
        let texts: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        for group in Group::ALL {
            let key = format!("group-{}", group.as_str());
            assert!(
                texts[&key].as_str().is_some_and(|t| !t.is_empty()),
                "{path} has no {key:?}"
            );
        }
    }
}
