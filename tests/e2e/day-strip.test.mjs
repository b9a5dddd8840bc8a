// End-to-end: the time step's strip of days (WAI-ARIA tabs) in both flows (Open
// API classes and appointments, Connect trial sessions), at 360 and 1280 px,
// with every clock pinned: TB_NOW (or the mock's own), the European clock-change
// night and a Sunday night, for a visitor in another zone than the studio's.
// A screen reader's view of the strip (its accessibility tree) is what is
// checked: the studio's days from its today, the first free day shown, days
// without times disabled, each day's name with its free times; only the shown
// day's times on the page; axe clean; a later day and one of its times chosen
// with the keyboard alone; the shown day kept in view at 360 px; the window
// buttons and "Show …" moving the strip; and the time step's height on a phone.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { addWidget, apiAttributes, fixtures, PINNED_NOW, PRIVACY, translator, TrialOffers, TrialSession } from "../kit/index.mjs";

const f = fixtures({ mock: true });

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const STUDIO_ZONE = "Europe/Berlin";
/** The visitor's own zone: where it is already (or still) another day than at the studio. */
const VISITOR_ZONE = "America/New_York";
const INTRO = /Intro session with a trainer/;
const KOELN = "Kraftwerk Fitness Köln-Ehrenfeld";

/** The instants each case runs at: TB_NOW (else the mock's clock), the fall-back night, a Sunday night. */
const INSTANTS = [
  { name: PINNED_NOW ? `TB_NOW ${PINNED_NOW.toISOString()}` : "the mock's clock", iso: PINNED_NOW?.toISOString() ?? null },
  { name: "the clock-change night", iso: "2026-10-25T01:30:00+02:00" },
  { name: "a Sunday night", iso: "2026-11-29T23:30:00+01:00" },
];

/** A date as the widget writes a day's full name in en-US, on the studio's calendar. */
const longDay = (instant, zone = STUDIO_ZONE) => new Intl.DateTimeFormat("en-US", { weekday: "long", month: "long", day: "numeric", timeZone: zone }).format(instant);

/** Pins the mock's clock (a fresh demo studio) and opens the booking page pinned there, at `width`. */
async function openAt(iso, width, widgets) {
  await f.mock.control("reset", {});
  if (iso) await f.mock.control("clock", { now: iso });
  const now = iso ? new Date(iso) : await f.mock.now();
  const host = await f.open("/pages/booking.html", { viewport: { width, height: 900 }, locale: "en-US", timezoneId: VISITOR_ZONE }, { now });
  for (const attributes of widgets) await addWidget(host.page, attributes);
  return { host, now };
}

/**
 * The strip as a screen reader gets it (Playwright's snapshot of the
 * accessibility tree): its label and, per day, the tab's name, whether it is
 * selected and whether it is disabled.
 */
async function readStrip(flow) {
  const yaml = await flow.days.ariaSnapshot();
  const label = yaml.match(/^- tablist "([^"]*)"/)?.[1];
  // One line per tab: - tab "name" [selected] (quoted as a whole when the name has a colon).
  const days = [...yaml.matchAll(/^\s*- '?tab "([^"]*)"(.*?)'?$/gm)].map(([, name, rest]) => ({
    name,
    date: name.split(": ")[0],
    free: Number(name.match(/: (\d+) free times?$/)?.[1] ?? 0),
    selected: rest.includes("[selected]"),
    disabled: rest.includes("[disabled]"),
  }));
  return { label, days };
}

/** What has the focus inside the widget (its shadow root's active element). */
const focused = (widget) =>
  widget.evaluate((el) => {
    const a = el.shadowRoot.activeElement;
    return a && { role: a.getAttribute("role") ?? a.tagName.toLowerCase(), selected: a.getAttribute("aria-selected"), text: a.textContent.replace(/\s+/g, " ").trim() };
  });

/** Presses Tab until `matches(focused)`, at most 40 times. */
async function tabTo(page, widget, matches) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(widget);
    if (now && matches(now)) return now;
  }
  throw new Error(`never reached by Tab; last: ${JSON.stringify(await focused(widget))}`);
}

/** axe (WCAG 2.0–2.2 A/AA) finds nothing, inside the widget too, and the page does not scroll sideways. */
async function axeClean(page, state) {
  const { violations, passes } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  // axe looked inside the widget's shadow root (a target there is a path of selectors).
  assert.ok(passes.some((rule) => rule.nodes.some((n) => Array.isArray(n.target[0]))), `axe saw inside the widget, ${state}`);
  assert.deepEqual(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" > ")).join(" | ")}`),
    [],
    `axe, ${state}`,
  );
  const scrolls = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  assert.equal(scrolls, false, `the page scrolls sideways, ${state}`);
}

/** The shown tab lies inside the strip's visible box (the strip scrolled it into view). */
async function shownInView(flow) {
  const strip = await flow.days.boundingBox();
  const tab = await flow.shownDay.boundingBox();
  return tab.x >= strip.x - 1 && tab.x + tab.width <= strip.x + strip.width + 1;
}

/**
 * What holds for any strip once its times are shown: the days are the
 * studio's from `first` on, one is shown, it is the first with free times (or
 * the chosen time's), days without times are disabled, and only the shown
 * day's times are on the page, as many free ones as its name says.
 */
async function checkStrip(flow, { first, at }) {
  await flow.shownDay.waitFor();
  const strip = await readStrip(flow);
  assert.equal(strip.label, "Days", at);
  assert.ok(strip.days.length >= 6, `${at}: ${strip.days.length} days`);
  if (first) assert.equal(strip.days[0].date, first, `${at}: the strip starts on the studio's today`);
  const shown = strip.days.filter((d) => d.selected);
  assert.equal(shown.length, 1, `${at}: one day shown`);
  const firstFree = strip.days.find((d) => d.free > 0);
  assert.equal(shown[0].name, firstFree.name, `${at}: the first day with free times is shown`);
  for (const day of strip.days) {
    assert.match(day.name, /^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}: (\d+ free times?|no free times|no times)$/, at);
    assert.equal(day.disabled, day.name.endsWith(": no times"), `${at}: a day without times is disabled, no other (${day.name})`);
  }
  // Only the shown day's times are drawn, under a heading of its date.
  const panelTimes = flow.dayPanel.locator("[part~=slot]");
  assert.equal(await flow.widget.locator("[part~=slot]").count(), await panelTimes.count(), `${at}: times outside the shown day`);
  assert.equal(await flow.dayPanel.getByRole("heading").textContent(), shown[0].date, at);
  assert.equal(await flow.dayPanel.locator("[part~=slot]:not([disabled])").count() >= shown[0].free, true, at);
  return strip;
}

/**
 * Keyboard only, from the times' step: Tab reaches the strip on the shown day
 * (roving tabindex: one stop), the arrows, Home and End move the selection with
 * the focus over the days with times only, a later day with a free time is
 * chosen, Tab goes into its times and Enter chooses the first; the details
 * then name that day. Resolves with that day's date.
 */
async function keyboardChoosesALaterDay(page, flow, { at, width }) {
  const { days } = await readStrip(flow);
  const choosable = days.filter((d) => !d.disabled);
  const shownIndex = choosable.findIndex((d) => d.selected);
  const reached = await tabTo(page, flow.widget, (el) => el.role === "tab");
  assert.equal(reached.selected, "true", `${at}: Tab lands on the shown day, not another`);

  // End and Home: the last and the first day with times, focus following; the shown day stays in view.
  await page.keyboard.press("End");
  await flow.day(choosable.at(-1).date).and(flow.shownDay).waitFor();
  assert.equal((await focused(flow.widget)).selected, "true", `${at}: the focus follows the selection`);
  await page.waitForTimeout(50);
  assert.ok(await shownInView(flow), `${at}: End keeps the last day in view at ${width} px`);
  await page.keyboard.press("Home");
  await flow.day(choosable[0].date).and(flow.shownDay).waitFor();
  await page.waitForTimeout(50);
  assert.ok(await shownInView(flow), `${at}: Home brings the first day back into view`);
  // Left from the first wraps to the last; Right from there to the first again.
  await page.keyboard.press("ArrowLeft");
  await flow.day(choosable.at(-1).date).and(flow.shownDay).waitFor();
  await page.keyboard.press("ArrowRight");
  await flow.day(choosable[0].date).and(flow.shownDay).waitFor();

  // Right, day by day, over the disabled ones, to the first free day after the one shown at first.
  const target = choosable.findIndex((d, i) => i > shownIndex && d.free > 0);
  assert.ok(target > 0, `${at}: a later day with free times: ${JSON.stringify(choosable)}`);
  for (let i = 0; i < target; i++) {
    await page.keyboard.press("ArrowRight");
    await flow.day(choosable[i + 1].date).and(flow.shownDay).waitFor();
    const now = await focused(flow.widget);
    assert.ok(now.role === "tab" && now.selected === "true", `${at}: ${JSON.stringify(now)}`);
  }
  const later = choosable[target];
  await flow.dayPanel.getByRole("heading", { name: later.date }).waitFor();
  await axeClean(page, `${at}, a later day shown`);

  // Into its times, and the first free one chosen.
  const time = await tabTo(page, flow.widget, (el) => el.role === "button");
  const first = (await flow.dayPanel.locator("[part~=slot]:not([disabled])").first().textContent()).replace(/\s+/g, " ").trim();
  assert.equal(time.text, first, `${at}: Tab goes from the strip to the shown day's first time`);
  await page.keyboard.press("Enter");
  await flow.detailsHeading.waitFor();
  // The details name the chosen time's day ("Your choice").
  await flow.widget.getByText(later.date).first().waitFor({ timeout: 5000 });
  return later.date;
}

const openApi = (id) => ({ id, ...PRIVACY, ...apiAttributes("open-api", f.mock.base) });
const connect = (id) => ({ id, ...PRIVACY, ...apiAttributes("connect", f.mock.base), "studio-id": "1" });

describe("the strip of days, by keyboard and screen reader, axe clean", () => {
  for (const { name, iso } of INSTANTS) {
    for (const width of [360, 1280]) {
      test(`Open API: a class, ${name}, ${width} px`, async () => {
        const { host, now } = await openAt(iso, width, [openApi("oa")]);
        const widget = host.widget("oa");
        const offers = new TrialOffers(widget);
        try {
          // Yoga runs every evening: at night, today's is over.
          await offers.offer("Yoga Flow").waitFor();
          await tabTo(host.page, widget, (el) => el.text.startsWith("Yoga Flow"));
          await host.page.keyboard.press("Enter");
          await offers.timeHeading("Yoga Flow").waitFor();
          const at = `class, ${name}, ${width} px`;
          const strip = await checkStrip(offers, { first: longDay(now), at });
          assert.ok(strip.days.length >= 14, `${at}: a class's two weeks`);
          await axeClean(host.page, at);
          const day = await keyboardChoosesALaterDay(host.page, offers, { at, width });

          // Back at the times: the chosen time's day is shown, the time marked.
          await widget.getByRole("button", { name: "Back", exact: true }).click();
          await offers.timeHeading("Yoga Flow").waitFor();
          await offers.day(day).and(offers.shownDay).waitFor();
          assert.equal(await offers.dayPanel.locator("[aria-pressed=true]").count(), 1, `${at}: the chosen time is marked`);
          assert.deepEqual(host.consoleErrors, []);
        } finally {
          await host.close();
        }
      });

      test(`Open API: an appointment, ${name}, ${width} px`, async () => {
        const { host, now } = await openAt(iso, width, [openApi("oa")]);
        const offers = new TrialOffers(host.widget("oa"));
        const today = longDay(now);
        try {
          // Six days a window; earlier/later move the strip with it.
          await offers.offer(INTRO).click();
          await offers.timeHeading("Intro session with a trainer").waitFor();
          const at = `appointment, ${name}, ${width} px`;
          const first = await checkStrip(offers, { first: today, at });
          assert.equal(first.days.length, 6, at);
          await axeClean(host.page, at);
          await offers.laterDays.click();
          await offers.day(nextDate(first.days.at(-1).date, now)).waitFor();
          const later = await checkStrip(offers, { at: `${at}, later days` });
          assert.equal(later.days.length, 6);
          await offers.earlierDays.click();
          await offers.day(today).waitFor();
          await checkStrip(offers, { first: today, at: `${at}, earlier again` });
          // (The clicked button is disabled now: the keyboard starts from the step's heading.)
          await offers.timesHeading.focus();
          await keyboardChoosesALaterDay(host.page, offers, { at, width });
          assert.deepEqual(host.consoleErrors, []);
        } finally {
          await host.close();
        }
      });

      test(`Connect: trial sessions, ${name}, ${width} px`, async () => {
        const { host, now } = await openAt(iso, width, [connect("cn")]);
        const session = new TrialSession(host.widget("cn"));
        try {
          await session.timeHeading(KOELN).waitFor();
          const at = `connect, ${name}, ${width} px`;
          const strip = await checkStrip(session, { first: longDay(now), at });
          assert.equal(strip.days.length, 7, at);
          // The demo studio has no trial sessions on Sundays: a day without times.
          assert.ok(strip.days.some((d) => d.disabled && /^Sunday/.test(d.name)), `${at}: ${JSON.stringify(strip.days)}`);
          await axeClean(host.page, at);
          await keyboardChoosesALaterDay(host.page, session, { at, width });
          assert.deepEqual(host.consoleErrors, []);
        } finally {
          await host.close();
        }
      });
    }
  }
});

/** The day after the day named `date` (a long en-US date of the year of `now`, or the next). */
function nextDate(date, now) {
  const year = new Date(now).getUTCFullYear();
  for (const y of [year, year + 1]) {
    const d = new Date(`${date.split(", ")[1]}, ${y} 12:00 UTC`);
    if (!Number.isNaN(d.getTime()) && longDay(d, "UTC") === date) return longDay(new Date(d.getTime() + 86400000), "UTC");
  }
  throw new Error(`not a date: ${date}`);
}

describe("the strip on the clock-change night and with the window's buttons", () => {
  test("both 02:15 times of the fall-back night are on the one day, each with its zone; the keys pass over a day without times", async () => {
    const iso = "2026-10-25T01:30:00+02:00";
    const { host } = await openAt(iso, 360, [openApi("dst")]);
    const slot = (start, end) => ({ startDateTime: `2026-10-${start}[Europe/Berlin]`, endDateTime: `2026-10-${end}[Europe/Berlin]`, instructors: [] });
    await f.mock.control("faults", {
      method: "GET",
      path: "/v1/trial-offers/bookable-trial-offers/appointments/bookable/2001/slots",
      body: [
        slot("25T10:00:00.000+01:00", "25T11:00:00.000+01:00"),
        slot("25T02:15:00.000+01:00", "25T02:45:00.000+01:00"),
        slot("25T02:15:00.000+02:00", "25T02:45:00.000+02:00"),
        slot("27T09:00:00.000+01:00", "27T10:00:00.000+01:00"),
      ],
      times: 10,
    });
    const offers = new TrialOffers(host.widget("dst"));
    try {
      await offers.offer(INTRO).click();
      await offers.shownDay.waitFor();
      const { days } = await readStrip(offers);
      assert.deepEqual(
        days.map((d) => [d.name, d.selected, d.disabled]),
        [
          ["Sunday, October 25: 3 free times", true, false],
          ["Monday, October 26: no times", false, true],
          ["Tuesday, October 27: 1 free time", false, false],
          ["Wednesday, October 28: no times", false, true],
          ["Thursday, October 29: no times", false, true],
          ["Friday, October 30: no times", false, true],
        ],
        "the studio's days (the visitor in New York is still on Saturday)",
      );
      const times = await offers.dayPanel.locator("[part~=slot]").evaluateAll((b) => b.map((e) => e.textContent));
      assert.equal(times.length, 3);
      assert.match(times[0], /^2:15 AM GMT\+2 – 2:45 AM GMT\+2/);
      assert.match(times[1], /^2:15 AM GMT\+1 – 2:45 AM GMT\+1/);
      assert.match(times[2], /^10:00 AM – 11:00 AM/);
      await axeClean(host.page, "the fall-back night");
      await offers.shownDay.focus();
      await host.page.keyboard.press("ArrowRight");
      await offers.day("Tuesday, October 27").and(offers.shownDay).waitFor();
      await host.page.keyboard.press("ArrowRight");
      await offers.day("Sunday, October 25").and(offers.shownDay).waitFor();
      // A disabled day cannot be chosen by pointer either.
      await offers.day("Monday, October 26").click({ force: true });
      await host.page.waitForTimeout(100);
      assert.equal((await readStrip(offers)).days.find((d) => d.selected).date, "Sunday, October 25");
    } finally {
      await host.close();
    }
  });

  test("Show the next free time: the strip moves to that window and shows its day", async () => {
    const iso = "2026-11-25T10:00:00+01:00"; // a Wednesday
    const { host } = await openAt(iso, 1280, []);
    await f.mock.control("faults", { method: "GET", path: "/connect/v1/trialsession", exactPath: true, body: { name: "Probetraining", slots: [] }, times: 1 });
    await addWidget(host.page, connect("next"));
    const session = new TrialSession(host.widget("next"));
    try {
      await session.widget.getByText("No free times on these days.", { exact: true }).waitFor();
      assert.equal(await session.days.count(), 0, "no strip over a window without any time");
      await session.widget.getByRole("button", { name: "Show Wed, Dec 2" }).click();
      await session.day("Wednesday, December 2").and(session.shownDay).waitFor();
      const { days } = await readStrip(session);
      assert.equal(days[0].date, "Wednesday, December 2");
      await session.chooseTime();
      await session.widget.getByText("Wednesday, December 2").first().waitFor({ timeout: 5000 });
    } finally {
      await host.close();
    }
  });
});

describe("on a phone", () => {
  test("the demo studio's time step at 360 px: one day at a time, the strip swipes sideways", async () => {
    const host = await f.open("/", { viewport: { width: 360, height: 900 }, deviceScaleFactor: 1, hasTouch: true, isMobile: true });
    try {
      // The demo page speaks German.
      const offers = new TrialOffers(host.page.locator("trial-booking"), { t: translator("de") });
      await offers.offer("Yoga Flow").click();
      await offers.firstFreeTime.waitFor();
      const height = (await host.page.locator("trial-booking").boundingBox()).height;
      // Before the strip this step was 2,269 px tall (one card per day, the README's screenshot).
      console.log(`the time step at 360 px: ${Math.round(height)} px tall`);
      assert.ok(height < 1000, `${height} px`);
      const strip = offers.days;
      const { scrollWidth, clientWidth, snap } = await strip.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, snap: getComputedStyle(el).scrollSnapType }));
      assert.ok(scrollWidth > clientWidth, "two weeks of days are wider than a phone: the strip scrolls");
      assert.match(snap, /^x/);
      // A swipe (a sideways scroll) moves the days, not the page.
      await strip.evaluate((el) => el.scrollBy({ left: 400 }));
      await host.page.waitForTimeout(100);
      assert.ok((await strip.evaluate((el) => el.scrollLeft)) > 0);
      assert.equal(await host.page.evaluate(() => window.scrollX), 0);
      // Choosing a day far on (by tapping it) shows it and keeps it in view.
      const last = offers.choosableDays.last();
      await last.tap();
      await last.and(offers.shownDay).waitFor();
      await host.page.waitForTimeout(50);
      assert.ok(await shownInView(offers));
    } finally {
      await host.close();
    }
  });
});
