// Page objects, one per way through the widget, after the leptos `counters/e2e`
// fixture: each is made from a widget's locator, names what a visitor sees
// (found by role, label and text, never by markup) and does what a visitor
// does. Texts are the English ones unless a translator is given
// (`translator(lang)`, from the texts the build wrote into dist/locales/).
// Imports no package: usable with any copy of playwright-core.

import { readFileSync } from "node:fs";
import { buildDir, ROOT } from "./servers.mjs";

/** `text` with its `{variables}` filled from `vars` (left as they are when missing). */
export const english = (text, vars = {}) => text.replace(/\{(\w+)\}/g, (whole, name) => vars[name] ?? whole);

/** The texts the build wrote for a language: `locales/<file>` of dist/ (e.g. "de.json", "demo/de.json"). */
export const texts = (file) => JSON.parse(readFileSync(`${ROOT}dist/${buildDir()}locales/${file}`, "utf8"));

/** A text entry of dist/locales/ with its variables filled in (plural choices take `other`). */
export function fill(entry, vars = {}) {
  if (typeof entry === "string") return entry;
  if (Array.isArray(entry)) return entry.map((e) => fill(e, vars)).join("");
  if (Object.keys(entry).length === 1) return vars[entry.$] ?? `{${entry.$}}`;
  return fill(entry.other, vars);
}

/**
 * `t(english, vars)` for `lang`: the language's text of the message whose
 * English text is `english` (with `{name}` for variables), filled with `vars`.
 */
export function translator(lang) {
  const en = texts("en.json");
  const own = texts(`${lang}.json`);
  return (text, vars) => {
    const i = en.findIndex((e) => fill(e) === text);
    if (i === -1) throw new Error(`no English text "${text}" in dist/locales/en.json`);
    return fill(own[i], vars);
  };
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A text with variables as a pattern: each `{variable}` stands for some text. */
const pattern = (text) => new RegExp(escape(text).replace(/\\\{\w+\\\}/g, ".+"));
/** What a text with one variable says before it, as a pattern for the start of a name. */
const startOf = (text) => new RegExp(`^${escape(text.slice(0, text.search(/\{\w+\}/)))}`);

const CONSENT = "I agree that the studio processes my details to arrange my trial session, as described in the {link}.";
const CONSENT_PLAIN = "I agree that the studio processes my details to arrange my trial session.";
/** The longest start two texts share (a few words at least). */
const sameStart = (a, b) => {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  if (n < 12) throw new Error(`"${a}" and "${b}" share too little to find the consent by`);
  return a.slice(0, n);
};

/** The visitor's details and the consent: the form both flows and the lead capture show. */
class DetailsForm {
  constructor(widget, { t = english } = {}) {
    this.widget = widget;
    this.t = t;
    this.firstName = this.field("First name");
    this.lastName = this.field("Last name");
    this.email = this.field("E-mail address");
    this.phone = this.field("Phone number");
    this.dateOfBirth = this.field("Date of birth");
    /** The consent, with or without its link to the privacy policy: what both sentences start with. */
    this.consent = widget.getByLabel(new RegExp(`^${escape(sameStart(t(CONSENT, { link: "" }), t(CONSENT_PLAIN)))}`));
    this.tryAgain = widget.getByRole("button", { name: t("Try again") });
  }

  /** A field by its label as the widget writes it: the label, then " (optional)" where it may stay empty. */
  field(label) {
    return this.widget.getByLabel(new RegExp(`^${escape(this.t(label))}( \\(${escape(this.t("optional"))}\\))?$`));
  }

  /** An announcement (role="alert") that says `text` (a string or pattern). */
  alert(text) {
    return this.widget.getByRole("alert").filter({ hasText: text });
  }

  /** Types the visitor's details, by label, as a person would; what `person` leaves out stays as it is. */
  async fillDetails({ first, last, email, phone, dateOfBirth }) {
    for (const [field, value] of [
      [this.firstName, first],
      [this.lastName, last],
      [this.email, email],
      [this.phone, phone],
      [this.dateOfBirth, dateOfBirth],
    ]) {
      if (value !== undefined) await field.fill(value);
    }
  }

  async agree() {
    await this.consent.check();
  }
}

/** What both booking flows share from the times on: times, details, booking, the outcome. */
class BookingFlow extends DetailsForm {
  constructor(widget, options) {
    super(widget, options);
    const t = this.t;
    /**
     * Every time of the shown days that can be chosen. A time's name is its
     * time and its status in the visitor's words, so the times are found by
     * the part the widget gives each (the one a host page styles).
     */
    this.freeTimes = widget.locator("[part~=slot]:not([disabled])");
    /** The time chooseTime() chooses unless told another. */
    this.firstFreeTime = this.freeTimes.first();
    /**
     * The strip of days (WAI-ARIA tabs): one tab per studio-local day of the
     * times loaded, named by its full date and how many free times it has;
     * only the shown day's times are on the page (see chooseDay()).
     */
    this.days = widget.getByRole("tablist", { name: t("Days") });
    /** The tab of the day whose times are shown. */
    this.shownDay = this.days.getByRole("tab", { selected: true });
    /** The tabs of the days that can be shown (a day without any time is aria-disabled). */
    this.choosableDays = this.days.locator('[role=tab]:not([aria-disabled="true"])');
    /** The shown day's times (the tab panel, named by its day's tab). */
    this.dayPanel = widget.getByRole("tabpanel");
    this.detailsHeading = widget.getByRole("heading", { name: t("Your details") });
    this.bookButton = widget.getByRole("button", { name: t("Book now") });
    this.bookedHeading = widget.getByRole("heading", { name: t("You're booked!") });
  }

  /**
   * A day's tab: `date` is the start of its name (the full date as the widget
   * writes it, "Monday, November 23") or a pattern of it.
   */
  day(date) {
    // (No digit may follow: "December 1" is not "December 15".)
    return this.days.getByRole("tab", { name: typeof date === "string" ? new RegExp(`^${escape(date)}(?!\\d)`) : date });
  }

  /** Shows the times of the day `date` (see day()) and waits until they are shown. */
  async chooseDay(date) {
    const tab = this.day(date);
    await tab.click();
    await tab.and(this.shownDay).waitFor();
  }

  /**
   * Shows the days one after another, from the shown one on, until `time` (a
   * locator of a time) is on the page; resolves with it (an error when no day has it).
   */
  async findTime(time) {
    const count = await this.choosableDays.count();
    for (let i = 0; i < count; i++) {
      if (await time.count()) return time;
      const shown = await this.shownDay.getAttribute("id");
      const ids = await this.choosableDays.evaluateAll((tabs) => tabs.map((tab) => tab.id));
      const next = ids[ids.indexOf(shown) + 1];
      if (!next) break;
      await this.choosableDays.and(this.widget.locator(`[id="${next}"]`)).click();
      await this.widget.locator(`[id="${next}"][aria-selected=true]`).waitFor();
    }
    if (await time.count()) return time;
    throw new Error(`no day shows ${time}`);
  }

  /** Chooses `time` (the first free one unless told another) and waits for the details; resolves with its text. */
  async chooseTime(time = this.firstFreeTime) {
    const text = await time.textContent();
    await time.click();
    await this.detailsHeading.waitFor();
    return text;
  }

  async book() {
    await this.bookButton.click();
  }

  /** Waits until the visitor is told they are booked. */
  async booked() {
    await this.bookedHeading.waitFor();
  }
}

/** The Open API trial offers: offer → time → details → book → done. */
export class TrialOffers extends BookingFlow {
  constructor(widget, options) {
    super(widget, options);
    const t = this.t;
    this.offersHeading = widget.getByRole("heading", { name: t("What would you like to try?") });
    /** The heading of the times, whichever offer was chosen. */
    this.timesHeading = widget.getByRole("heading", { name: startOf(t("Choose a time: {offer}")) });
    /** A class's times that still have places (a class time says how many are left). */
    this.timesWithPlaces = widget.getByRole("button", { name: pattern(t("{n} places left")), disabled: false });
    /** A class time with places (for an appointment, whose times say "Free", choose `freeTimes.first()`). */
    this.firstFreeTime = this.timesWithPlaces.first();
    this.laterDays = widget.getByRole("button", { name: t("Later days") });
    this.earlierDays = widget.getByRole("button", { name: t("Earlier days") });
  }

  /** The button of an offer (its title, or a pattern of it). */
  offer(title) {
    return this.widget.getByRole("button", { name: title });
  }

  timeHeading(title) {
    return this.widget.getByRole("heading", { name: this.t("Choose a time: {offer}", { offer: title }) });
  }

  /** Chooses the offer with this title and waits for its times' heading. */
  async chooseOffer(title = "Yoga Flow") {
    await this.offer(title).click();
    await this.timeHeading(title).waitFor();
  }

  /** Offer, time and details, up to the Book button. */
  async getReadyToBook(person, { offer = "Yoga Flow" } = {}) {
    await this.chooseOffer(offer);
    await this.chooseTime();
    await this.fillDetails(person);
    await this.agree();
  }
}

/** The Connect trial session: studio → time → details → book → done. */
export class TrialSession extends BookingFlow {
  constructor(widget, options) {
    super(widget, options);
    const t = this.t;
    this.studiosHeading = widget.getByRole("heading", { name: t("Where would you like to train?") });
    /** The heading of the times, whichever studio was chosen. */
    this.timesHeading = widget.getByRole("heading", { name: startOf(t("Choose a time: {studio}")) });
    this.search = widget.getByLabel(t("Search by name, postcode or city"));
    this.campaign = widget.getByLabel(t("How did you hear about us?"));
    this.laterWeek = widget.getByRole("button", { name: t("Later week") });
    this.earlierWeek = widget.getByRole("button", { name: t("Earlier week") });
  }

  /** The button of a studio (its name, or a pattern of it: the button also gives the address). */
  studio(name) {
    return this.widget.getByRole("button", { name });
  }

  /** The times' heading of the studio named `name` (it may say more after the name). */
  timeHeading(name) {
    return this.widget.getByRole("heading", { name: new RegExp(`^${escape(this.t("Choose a time: {studio}", { studio: name }))}`) });
  }

  /** Chooses the studio named `name` and waits for its times' heading. */
  async chooseStudio(name) {
    await this.studio(new RegExp(escape(name))).click();
    await this.timeHeading(name).waitFor();
  }

  /** The checkbox of a way the studio may contact the visitor ("E-mail", "Letter", …). */
  marketing(channel) {
    return this.widget.getByRole("checkbox", { name: this.t(channel) });
  }
}

/** The lead capture ("We'll call you", `mode="lead"`): the visitor's details → send → thanks. */
export class LeadCapture extends DetailsForm {
  constructor(widget, options) {
    super(widget, options);
    const t = this.t;
    this.heading = widget.getByRole("heading", { name: t("We'll call you") });
    /** The form's drop-down lists (the studio first, where the embed names none). */
    this.choices = widget.getByRole("combobox");
    this.sendButton = widget.getByRole("button", { name: new RegExp(escape(t("Send"))) });
    this.sentHeading = widget.getByRole("heading", { name: t("Thank you!") });
  }

  async send() {
    await this.sendButton.click();
  }
}
