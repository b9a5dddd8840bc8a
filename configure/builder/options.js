// What the snippet builder (configure.html) offers, generated from the widget's
// own sources: the attribute table (src/config/attributes.rs), the languages
// (locales/*.ftl) and the custom properties the stylesheet reads
// (style/widget.css). Native tests fail while a list here differs from its
// source; `TB_BLESS=1 cargo test` writes them anew. Do not edit between the
// markers.

/**
 * Every attribute of <trial-booking>, in the table's order: `kind` is one of
 * text, flag, id, one-of (with its `choices`), url, language; `backends` the
 * backends that accept it; `group` its fieldset; `values` and `default` its
 * documentation (Markdown, one line). GROUPS: the fieldsets, in order.
 */
// <attributes: generated from src/config/attributes.rs>
export const ATTRIBUTES = [
  { name: "backend", kind: "one-of", choices: ["demo", "open-api", "connect"], backends: ["demo", "open-api", "connect"], group: "connection", values: "`demo` (the built-in demo studio, no server; it says so on every step), `open-api` (trial offers through your key proxy), `connect` (the studio's public Connect API)", default: "`demo`" },
  { name: "flow", kind: "one-of", choices: ["trial-offers", "trial-session"], backends: ["demo", "open-api", "connect"], group: "connection", values: "`trial-offers` (Open API) or `trial-session` (Connect); only `demo` speaks both", default: "follows `backend`" },
  { name: "api-base", kind: "url", choices: [], backends: ["open-api", "connect"], group: "connection", values: "`open-api`: your key proxy's URL (it adds the API key; the key never reaches the browser). `connect`: the tenant URL, e.g. `https://mystudio.api.magicline.com`. `https://…` or a path on the same site (`/booking-proxy`); `http://` only on localhost", default: "required for `open-api` and `connect`" },
  { name: "mode", kind: "one-of", choices: ["booking", "lead"], backends: ["demo", "open-api", "connect"], group: "connection", values: "`booking`, or `lead` for a \"we'll call you\" form (`connect` or `demo`)", default: "`booking`" },
  { name: "heading", kind: "text", choices: [], backends: ["demo", "open-api", "connect"], group: "look", values: "the widget's heading", default: "translated \"Book your free trial session\"" },
  { name: "lang", kind: "language", choices: [], backends: ["demo", "open-api", "connect"], group: "look", values: "the visitor's language: `cs de en es fr hu it nb nl pl ro ru sl sv tr`, with or without region (`de-AT`)", default: "the nearest `lang` on the page, then the browser's languages, then English; matched with CLDR's rules (`no` → `nb`)" },
  { name: "studio-id", kind: "id", choices: [], backends: ["demo", "connect"], group: "connection", values: "`connect`: the studio's id (the visitor does not choose a studio)", default: "the visitor chooses" },
  { name: "privacy-url", kind: "url", choices: [], backends: ["demo", "open-api", "connect"], group: "privacy", values: "the studio's privacy policy, linked next to the consent", default: "none" },
  { name: "campaign-id", kind: "id", choices: [], backends: ["demo", "connect"], group: "campaigns", values: "`connect`: passed on with a booking or lead as `sourceCampaignId`", default: "none" },
  { name: "referrer-id", kind: "id", choices: [], backends: ["demo", "connect"], group: "campaigns", values: "`connect`: passed on with a booking as `referrerId`", default: "none" },
  { name: "confirm-booking-id", kind: "id", choices: [], backends: ["demo", "open-api"], group: "confirmation", values: "`open-api`: confirm this booking (the page URL parameter `tb-confirm` does the same)", default: "none" },
  { name: "campaign-choice", kind: "flag", choices: [], backends: ["demo", "connect"], group: "campaigns", values: "`connect`: the visitor answers \"How did you hear about us?\" from the studio's campaigns (wins over `campaign-id`)", default: "off" },
  { name: "display", kind: "one-of", choices: ["inline", "popup"], backends: ["demo", "open-api", "connect"], group: "display", values: "`inline`, or `popup`: a modal dialog opened by any page element with `data-trial-booking-open` (its value: the widget's id; empty: the first popup widget), by `el.open()` or by the floating button", default: "`inline`" },
  { name: "floating-button", kind: "flag", choices: [], backends: ["demo", "open-api", "connect"], group: "display", values: "with `display=\"popup\"`: a floating \"Book a free trial\" button that opens it", default: "off" },
  { name: "analytics", kind: "some-of", choices: ["none", "datalayer", "gtag", "meta"], backends: ["demo", "open-api", "connect"], group: "analytics", values: "one or more of: `datalayer` (every event is also pushed to `window.dataLayer`, for Google Tag Manager), `gtag` (GA4's `generate_lead` and a `book_trial` event to the page's `window.gtag`), `meta` (`Lead` and `Schedule` to the page's `window.fbq`), e.g. `datalayer gtag`; nothing personal, and nothing loaded", default: "`none`" },
  { name: "offer-id", kind: "id", choices: [], backends: ["demo", "open-api"], group: "prefill", values: "`open-api`: choose this trial offer (its `trialOfferConfigId`) in advance", default: "none" },
  { name: "offer-category", kind: "text", choices: [], backends: ["demo", "open-api"], group: "prefill", values: "`open-api`: list only this category's offers (chosen if it is the only one)", default: "all" },
  { name: "first-name", kind: "text", choices: [], backends: ["demo", "open-api", "connect"], group: "prefill", values: "prefills the first name (an empty field only; the visitor can change it)", default: "none" },
  { name: "last-name", kind: "text", choices: [], backends: ["demo", "open-api", "connect"], group: "prefill", values: "prefills the last name (likewise)", default: "none" },
  { name: "email", kind: "text", choices: [], backends: ["demo", "open-api", "connect"], group: "prefill", values: "prefills the e-mail address (likewise)", default: "none" },
  { name: "phone", kind: "text", choices: [], backends: ["demo", "open-api", "connect"], group: "prefill", values: "prefills the phone number (likewise)", default: "none" },
  { name: "url-prefill", kind: "flag", choices: [], backends: ["demo", "open-api", "connect"], group: "prefill", values: "let the page URL's `tb-offer-id`, `tb-offer-category`, `tb-studio-id`, `tb-first-name`, `tb-last-name`, `tb-email`, `tb-phone` prefill (they win over the attributes; nothing is ever written back to the URL)", default: "off" },
  { name: "utm-campaigns", kind: "text", choices: [], backends: ["demo", "connect"], group: "campaigns", values: "`connect`: `utm_source=newsletter:12 utm_campaign=spring:13` sends campaign 12 or 13 as `sourceCampaignId` when the page URL has that `utm_*` value (the first rule that matches wins over `campaign-id`)", default: "none" },
  { name: "note", kind: "text", choices: [], backends: ["demo", "connect"], group: "campaigns", values: "`connect`: a note for the studio's staff, sent with each booking (`note`) and lead (`notes`), followed by the campaign the visitor came from: the page URL's `utm_source`, `utm_medium`, `utm_campaign`, `utm_term` and `utm_content` (these are sent also without the attribute)", default: "none" },
  { name: "success-url", kind: "url", choices: [], backends: ["demo", "open-api", "connect"], group: "display", values: "the studio's thank-you page, opened (the whole page, a popup's too) once the visitor is booked: `https://…` or a path on the same site. Appended: `tb_outcome` (`booked`, `confirmation_required`, `waiting_list`, `call_back`), `tb_kind` (`class`, `appointment`, `trial_session`), `tb_studio_id` (Connect), `tb_date` (the studio-local day, `2026-12-01`); nothing personal. Never taken from the page URL", default: "none: the widget shows its own done step" },
  { name: "success-delay", kind: "text", choices: [], backends: ["demo", "open-api", "connect"], group: "display", values: "with `success-url`: seconds the done step shows first, with a \"Continue\" link and a \"Stay on this page\" button (`0`: at once)", default: "`5`" },
  { name: "theme", kind: "one-of", choices: ["light", "dark", "auto"], backends: ["demo", "open-api", "connect"], group: "look", values: "`light`, `dark`, or `auto` (follows the visitor's `prefers-color-scheme`)", default: "`light`" },
];
export const GROUPS = ["connection", "look", "display", "privacy", "prefill", "campaigns", "analytics", "confirmation"];
// </attributes>

/** The languages the widget speaks. */
// <languages: generated from locales/*.ftl>
export const LANGUAGES = ["cs", "de", "en", "es", "fr", "hu", "it", "nb", "nl", "pl", "ro", "ru", "sl", "sv", "tr"];
// </languages>

/**
 * The `--tb-*` custom properties a page may set on the element: `property` is
 * the CSS property whose value it is (a value is checked against it), `light`
 * and `dark` its defaults in each theme.
 */
// <variables: generated from style/widget.css>
export const VARIABLES = [
  { name: "--tb-color-text", property: "color", light: "#1f2933", dark: "#e4e7eb" },
  { name: "--tb-color-muted", property: "color", light: "#52606d", dark: "#a9b4bf" },
  { name: "--tb-color-surface", property: "color", light: "#ffffff", dark: "#1a1d21" },
  { name: "--tb-color-surface-alt", property: "color", light: "#f5f7fa", dark: "#262b31" },
  { name: "--tb-color-border", property: "color", light: "#7b8794", dark: "#7b8794" },
  { name: "--tb-color-accent", property: "color", light: "#1d4ed8", dark: "#8ab4f8" },
  { name: "--tb-color-on-accent", property: "color", light: "#ffffff", dark: "#0d1b2a" },
  { name: "--tb-color-error", property: "color", light: "#b42318", dark: "#ff9b8f" },
  { name: "--tb-color-error-surface", property: "color", light: "#fef3f2", dark: "#3b1d1b" },
  { name: "--tb-font-family", property: "font-family", light: "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif", dark: "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif" },
  { name: "--tb-font-size", property: "font-size", light: "medium", dark: "medium" },
  { name: "--tb-line-height", property: "line-height", light: "1.5", dark: "1.5" },
  { name: "--tb-radius", property: "border-radius", light: "0.75em", dark: "0.75em" },
  { name: "--tb-space", property: "padding", light: "1em", dark: "1em" },
  { name: "--tb-max-width", property: "max-width", light: "42em", dark: "42em" },
  { name: "--tb-first-step-height", property: "min-height", light: "30em", dark: "30em" },
];
// </variables>
