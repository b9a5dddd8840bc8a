// Types of the <trial-booking> element, for TypeScript, React and Vue sites.
// Shipped next to trial-booking.js; reference it with
//   /// <reference path="./trial-booking.d.ts" />
// or copy it into your project. See docs/integration.md.

/** Which API the widget talks to. */
export type TrialBookingBackend = "demo" | "open-api" | "connect";

/** The attributes of <trial-booking>, as strings (boolean attributes: present or absent). */
export interface TrialBookingAttributes {
  /** Default `demo`. */
  backend?: TrialBookingBackend;
  /** `trial-offers` (Open API) or `trial-session` (Connect); follows the backend. */
  flow?: "trial-offers" | "trial-session";
  /** Your Open API proxy, or the studio's Connect API (`https://…`, or a path `/…`). */
  "api-base"?: string;
  /** `booking` (default) or `lead` (Connect: a "we'll call you" form). */
  mode?: "booking" | "lead";
  heading?: string;
  /** BCP 47 tag; default: the page's language, then the browser's. */
  lang?: string;
  "studio-id"?: string;
  "privacy-url"?: string;
  "campaign-id"?: string;
  "referrer-id"?: string;
  "confirm-booking-id"?: string;
  "campaign-choice"?: "" | "true" | "false";
  /** `inline` (default) or `popup` (a modal dialog the page opens). */
  display?: "inline" | "popup";
  /** With `display="popup"`: a floating button that opens it. */
  "floating-button"?: "" | "true" | "false";
  /** `light` (default), `dark`, or `auto` (follows the visitor's system). */
  theme?: "light" | "dark" | "auto";
  /** `datalayer`: also push every event to `window.dataLayer`. Default `none`. */
  analytics?: "none" | "datalayer";
  /** Open API: the trial offer (its `trialOfferConfigId`) to choose in advance. */
  "offer-id"?: string;
  /** Open API: show only this category's offers. */
  "offer-category"?: string;
  "first-name"?: string;
  "last-name"?: string;
  email?: string;
  phone?: string;
  /** Let the page URL's `tb-*` parameters prefill (tb-offer-id, tb-offer-category, tb-studio-id, tb-first-name, tb-last-name, tb-email, tb-phone). */
  "url-prefill"?: "" | "true" | "false";
  /** Connect: `utm_source=newsletter:12 utm_campaign=spring:13` (parameter=value:campaign id). */
  "utm-campaigns"?: string;
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
    outcome: "BOOKED" | "BOOKED_WITH_CONFIRMATION_REQUIRED" | "WAITING_LIST";
    offer: TrialBookingOffer | null;
    studioId: number | null;
  } & TrialBookingTime;
  "trial-booking:failed": { category: "invalid-details" | "time-taken" | "contact-studio" | "try-again" };
}

export type TrialBookingEventMap = {
  [K in keyof TrialBookingEventDetails]: CustomEvent<TrialBookingEventDetails[K]>;
};

/** The element. Its properties mirror the attributes (`apiBase` is `api-base`). */
export interface TrialBookingElement extends HTMLElement {
  backend: TrialBookingBackend | null;
  flow: string | null;
  apiBase: string | null;
  mode: string | null;
  heading: string | null;
  studioId: string | null;
  privacyUrl: string | null;
  campaignId: string | null;
  referrerId: string | null;
  confirmBookingId: string | null;
  campaignChoice: boolean;
  display: "inline" | "popup" | null;
  floatingButton: boolean;
  analytics: "none" | "datalayer" | null;
  offerId: string | null;
  offerCategory: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  urlPrefill: boolean;
  utmCampaigns: string | null;
  /** `auto` follows the visitor's `prefers-color-scheme`; `null`: light. */
  theme: "light" | "dark" | "auto" | null;
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
