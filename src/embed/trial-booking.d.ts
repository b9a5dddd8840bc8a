// Types of the <trial-booking> element, for TypeScript, React and Vue sites.
// Shipped next to trial-booking.js; reference it with
//   /// <reference path="./trial-booking.d.ts" />
// or copy it into your project. See docs/integration.md.

/** Which API the widget talks to. */
export type TrialBookingBackend = "demo" | "open-api" | "connect";

/** The attributes of <trial-booking>, as strings (boolean attributes: present or absent). */
export interface TrialBookingAttributes {
  // <attributes: generated from src/config/attributes.rs>
  /** `demo` (the built-in demo studio, no server; it says so on every step), `open-api` (trial offers through your key proxy), `connect` (the studio's public Connect API) Default: `demo`. */
  backend?: "demo" | "open-api" | "connect";
  /** `trial-offers` (Open API) or `trial-session` (Connect); only `demo` speaks both Default: follows `backend`. */
  flow?: "trial-offers" | "trial-session";
  /** `open-api`: your key proxy's URL (it adds the API key; the key never reaches the browser). `connect`: the tenant URL, e.g. `https://mystudio.api.magicline.com`. `https://…` or a path on the same site (`/booking-proxy`); `http://` only on localhost Default: required for `open-api` and `connect`. */
  "api-base"?: string;
  /** `booking`, or `lead` for a "we'll call you" form (`connect` or `demo`) Default: `booking`. */
  mode?: "booking" | "lead";
  /** the widget's heading Default: translated "Book your free trial session". */
  heading?: string;
  /** the visitor's language: `cs de en es fr hu it nb nl pl ro ru sl sv tr`, with or without region (`de-AT`) Default: the nearest `lang` on the page, then the browser's languages, then English; matched with CLDR's rules (`no` → `nb`). */
  lang?: string;
  /** `connect`: the studio's id (the visitor does not choose a studio) Default: the visitor chooses. */
  "studio-id"?: string;
  /** the studio's privacy policy, linked next to the consent Default: none. */
  "privacy-url"?: string;
  /** `connect`: passed on with a booking or lead as `sourceCampaignId` Default: none. */
  "campaign-id"?: string;
  /** `connect`: passed on with a booking as `referrerId` Default: none. */
  "referrer-id"?: string;
  /** `open-api`: confirm this booking (the page URL parameter `tb-confirm` does the same) Default: none. */
  "confirm-booking-id"?: string;
  /** `connect`: the visitor answers "How did you hear about us?" from the studio's campaigns (wins over `campaign-id`) Default: off. */
  "campaign-choice"?: "" | "true" | "false";
  /** `inline`, or `popup`: a modal dialog opened by any page element with `data-trial-booking-open` (its value: the widget's id; empty: the first popup widget), by `el.open()` or by the floating button Default: `inline`. */
  display?: "inline" | "popup";
  /** with `display="popup"`: a floating "Book a free trial" button that opens it Default: off. */
  "floating-button"?: "" | "true" | "false";
  /** one or more of: `datalayer` (every event is also pushed to `window.dataLayer`, for Google Tag Manager), `gtag` (GA4's `generate_lead` and a `book_trial` event to the page's `window.gtag`), `meta` (`Lead` and `Schedule` to the page's `window.fbq`), e.g. `datalayer gtag`; nothing personal, and nothing loaded Default: `none`. */
  analytics?: string;
  /** `open-api`: choose this trial offer (its `trialOfferConfigId`) in advance Default: none. */
  "offer-id"?: string;
  /** `open-api`: list only this category's offers (chosen if it is the only one) Default: all. */
  "offer-category"?: string;
  /** prefills the first name (an empty field only; the visitor can change it) Default: none. */
  "first-name"?: string;
  /** prefills the last name (likewise) Default: none. */
  "last-name"?: string;
  /** prefills the e-mail address (likewise) Default: none. */
  email?: string;
  /** prefills the phone number (likewise) Default: none. */
  phone?: string;
  /** let the page URL's `tb-offer-id`, `tb-offer-category`, `tb-studio-id`, `tb-first-name`, `tb-last-name`, `tb-email`, `tb-phone` prefill (they win over the attributes; nothing is ever written back to the URL) Default: off. */
  "url-prefill"?: "" | "true" | "false";
  /** `connect`: `utm_source=newsletter:12 utm_campaign=spring:13` sends campaign 12 or 13 as `sourceCampaignId` when the page URL has that `utm_*` value (the first rule that matches wins over `campaign-id`) Default: none. */
  "utm-campaigns"?: string;
  /** `connect`: a note for the studio's staff, sent with each booking (`note`) and lead (`notes`), followed by the campaign the visitor came from: the page URL's `utm_source`, `utm_medium`, `utm_campaign`, `utm_term` and `utm_content` (these are sent also without the attribute) Default: none. */
  note?: string;
  /** the studio's thank-you page, opened (the whole page, a popup's too) once the visitor is booked: `https://…` or a path on the same site. Appended: `tb_outcome` (`booked`, `confirmation_required`, `waiting_list`, `call_back`), `tb_kind` (`class`, `appointment`, `trial_session`), `tb_studio_id` (Connect), `tb_date` (the studio-local day, `2026-12-01`); nothing personal. Never taken from the page URL Default: none: the widget shows its own done step. */
  "success-url"?: string;
  /** with `success-url`: seconds the done step shows first, with a "Continue" link and a "Stay on this page" button (`0`: at once) Default: `5`. */
  "success-delay"?: string;
  /** `light`, `dark`, or `auto` (follows the visitor's `prefers-color-scheme`) Default: `light`. */
  theme?: "light" | "dark" | "auto";
  // </attributes>
}

/** A slot's time, studio-local with its UTC offset (RFC 3339, e.g. `2026-12-01T18:00:00+01:00`). */
export interface TrialBookingTime {
  start: string;
  end: string | null;
}

export interface TrialBookingOffer {
  offerId: number;
  kind: "class" | "appointment";
  title: string | null;
  category: string | null;
}

/** `detail` of each event. None carries personal data. */
export interface TrialBookingEventDetails {
  "trial-booking:ready": { backend: TrialBookingBackend | ""; flow: "trial-offers" | "trial-session" | ""; lang: string };
  "trial-booking:step": { step: "offer" | "studio" | "time" | "details" | "done"; number: 1 | 2 | 3 | 4 };
  "trial-booking:offer-selected": TrialBookingOffer;
  "trial-booking:studio-selected": { studioId: number; name: string };
  "trial-booking:time-selected": TrialBookingTime;
  "trial-booking:details-submitted": Record<string, never>;
  "trial-booking:booked": {
    outcome: "BOOKED" | "BOOKED_WITH_CONFIRMATION_REQUIRED" | "WAITING_LIST" | "CALL_BACK";
    offer: TrialBookingOffer | null;
    studioId: number | null;
  } & TrialBookingTime;
  /** The visitor asked to be called instead of booking a time ("None of these times suits me", or `mode="lead"`), and the studio has their details. */
  "trial-booking:lead": { offer: TrialBookingOffer | null; studioId: number | null };
  /** `load-failed`: the widget itself could not be loaded or started (the loader shows a message and a retry button). */
  "trial-booking:failed": { category: "invalid-details" | "time-taken" | "contact-studio" | "try-again" | "load-failed" };
  /** `display="popup"`: the dialog opened; a popup's first `step` follows its first opening. */
  "trial-booking:open": Record<string, never>;
  /** `display="popup"`: the dialog closed. */
  "trial-booking:close": Record<string, never>;
}

export type TrialBookingEventMap = {
  [K in keyof TrialBookingEventDetails]: CustomEvent<TrialBookingEventDetails[K]>;
};

/** The element. Its properties mirror the attributes (`apiBase` is `api-base`). */
export interface TrialBookingElement extends HTMLElement {
  // <properties: generated from src/config/attributes.rs>
  /** The `backend` attribute. */
  backend: "demo" | "open-api" | "connect" | null;
  /** The `flow` attribute. */
  flow: "trial-offers" | "trial-session" | null;
  /** The `api-base` attribute. */
  apiBase: string | null;
  /** The `mode` attribute. */
  mode: "booking" | "lead" | null;
  /** The `heading` attribute. */
  heading: string | null;
  /** The `studio-id` attribute. */
  studioId: string | null;
  /** The `privacy-url` attribute. */
  privacyUrl: string | null;
  /** The `campaign-id` attribute. */
  campaignId: string | null;
  /** The `referrer-id` attribute. */
  referrerId: string | null;
  /** The `confirm-booking-id` attribute. */
  confirmBookingId: string | null;
  /** The `campaign-choice` attribute. */
  campaignChoice: boolean;
  /** The `display` attribute. */
  display: "inline" | "popup" | null;
  /** The `floating-button` attribute. */
  floatingButton: boolean;
  /** The `analytics` attribute. */
  analytics: string | null;
  /** The `offer-id` attribute. */
  offerId: string | null;
  /** The `offer-category` attribute. */
  offerCategory: string | null;
  /** The `first-name` attribute. */
  firstName: string | null;
  /** The `last-name` attribute. */
  lastName: string | null;
  /** The `email` attribute. */
  email: string | null;
  /** The `phone` attribute. */
  phone: string | null;
  /** The `url-prefill` attribute. */
  urlPrefill: boolean;
  /** The `utm-campaigns` attribute. */
  utmCampaigns: string | null;
  /** The `note` attribute. */
  note: string | null;
  /** The `success-url` attribute. */
  successUrl: string | null;
  /** The `success-delay` attribute. */
  successDelay: string | null;
  /** The `theme` attribute. */
  theme: "light" | "dark" | "auto" | null;
  // </properties>
  /** Opens the dialog (`display="popup"`); inline, scrolls the widget into view. */
  open(): void;
  /** Closes the dialog. */
  close(): void;
  /** Forgets the booking in progress and shows the first step. */
  reset(): void;
  addEventListener<K extends keyof TrialBookingEventMap>(
    type: K,
    listener: (this: TrialBookingElement, event: TrialBookingEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof TrialBookingEventMap>(
    type: K,
    listener: (this: TrialBookingElement, event: TrialBookingEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    "trial-booking": TrialBookingElement;
  }
  /** The events bubble out of the element and its shadow root: listen on `document` too. */
  interface DocumentEventMap extends TrialBookingEventMap {}
  interface Window {
    /** Google Tag Manager's queue; `analytics="datalayer"` pushes `{ event: "trial_booking_…", trialBooking: detail }`. */
    dataLayer?: unknown[];
  }
}
