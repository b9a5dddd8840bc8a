// End-to-end: time. Every clock pinned (Playwright's page clock and the mock
// server's), the pickers of both flows, against both the mock API and the
// in-wasm demo studio, on every weekday early and late and on the European
// and US clock-change days; a studio in another zone than the visitor; the
// fall-back hour's repeated times; a date typed digit by digit; and an answer
// for a window the visitor has already left.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { addWidget, apiAttributes, fixtures, TrialOffers, TrialSession } from "../kit/index.mjs";

const f = fixtures({ mock: true });
const BERLIN = "Europe/Berlin";

/** Monday to Sunday at 05:30 and 23:30 Berlin time, and the clock-change days. */
const INSTANTS = [
  ...[23, 24, 25, 26, 27, 28, 29].flatMap((d) => [`2026-11-${d}T05:30:00+01:00`, `2026-11-${d}T23:30:00+01:00`]),
  "2026-10-25T01:30:00+02:00", // EU fall back
  "2026-10-25T23:30:00+01:00",
  "2026-11-01T01:30:00-04:00", // US fall back
  "2026-11-01T22:00:00+01:00",
  "2027-03-14T01:30:00-05:00", // US spring forward
  "2027-03-14T23:00:00+01:00",
  "2027-03-28T01:59:00+01:00", // EU spring forward
  "2027-03-28T23:30:00+02:00",
];

/** A date as the widget writes it (en-US), on the calendar of `zone`. */
function dayIn(instant, zone, style = "short") {
  const options = style === "short" ? { weekday: "short", day: "numeric", month: "short" } : { weekday: "long", day: "numeric", month: "long" };
  return new Intl.DateTimeFormat("en-US", { ...options, timeZone: zone }).format(instant);
}

/** The booking page with widgets (attribute maps, each with an id), its clock pinned at `now`. */
async function openWidgets(now, widgets, contextOptions = {}) {
  const host = await f.open("/pages/booking.html", { locale: "en-US", timezoneId: BERLIN, ...contextOptions }, { now });
  for (const attributes of widgets) await addWidget(host.page, attributes);
  return host;
}

const openApi = (id) => ({ id, ...apiAttributes("open-api", f.mock.base) });
const connect = (id, extra = {}) => ({ id, ...apiAttributes("connect", f.mock.base), ...extra });
/** The demo studio's and the mock's appointment offer. */
const INTRO = /Intro session with a trainer/;

/** The first window of a picker (its page object): its dates, once its free times are shown. */
async function firstWindow({ widget, freeTimes: free }) {
  await free.first().waitFor();
  return {
    range: await widget.locator(".tb-window__range").textContent(),
    free: await free.count(),
    text: await widget.textContent(),
  };
}

describe("the first window of every picker has bookable times, whatever the day", () => {
  for (const iso of INSTANTS) {
    test(iso, async () => {
      const now = new Date(iso);
      await f.mock.control("clock", { now: iso });
      const host = await openWidgets(now, [
        openApi("oa-appointment"),
        openApi("oa-class"),
        connect("cn", { "studio-id": "1" }),
        { id: "demo-appointment", backend: "demo" },
        { id: "demo-session", backend: "demo", flow: "trial-session", "studio-id": "1" },
      ]);
      const today = dayIn(now, BERLIN);
      for (const id of ["oa-appointment", "demo-appointment"]) {
        const offers = new TrialOffers(host.widget(id));
        await offers.offer(INTRO).click();
        const w = await firstWindow(offers);
        assert.ok(w.range.startsWith(today), `${id} at ${iso}: the window starts on the studio's today (${today}), not ${w.range}`);
        assert.ok(!w.text.includes("No free times on these days"), `${id} at ${iso}`);
      }
      for (const id of ["cn", "demo-session"]) {
        const w = await firstWindow(new TrialSession(host.widget(id)));
        assert.ok(w.range.startsWith(today), `${id} at ${iso}: ${w.range} should start on ${today}`);
        assert.ok(!w.text.includes("No free times on these days"), `${id} at ${iso}`);
      }
      // A class's strip of days starts on the studio's today (Yoga runs every evening).
      const classes = new TrialOffers(host.widget("oa-class"));
      await classes.offer(/Yoga Flow/).click();
      await classes.freeTimes.first().waitFor();
      const firstDay = await classes.days.getByRole("tab").first().evaluate((tab) => tab.textContent);
      assert.ok(firstDay.includes(dayIn(now, BERLIN, "long")), `classes at ${iso}: ${firstDay}`);
      assert.deepEqual(host.consoleErrors, []);
      await host.close();
    });
  }
});

const NEW_YORK_STUDIO = {
  id: 77,
  studioName: "Kraftwerk Brooklyn",
  trialSessionBookable: true,
  zoneId: { id: "America/New_York" },
  address: { street: "Bedford Avenue", houseNumber: "100", zipCode: "11211", city: "Brooklyn" },
};
const NEW_YORK_SUNDAY = [
  { startDateTime: "2026-11-29T21:00:00.000-05:00[America/New_York]", endDateTime: "2026-11-29T22:00:00.000-05:00[America/New_York]" },
  { startDateTime: "2026-11-30T10:00:00.000-05:00[America/New_York]", endDateTime: "2026-11-30T11:00:00.000-05:00[America/New_York]" },
];

test("a window without free times says when the next one is and goes there", async () => {
  const now = new Date("2026-11-25T10:00:00+01:00"); // a Wednesday
  await f.mock.control("clock", { now: now.toISOString() });
  // The first window (Wed 25 – Tue 1 Dec) has nothing free; later ones are as usual.
  await f.mock.control("faults", { method: "GET", path: "/connect/v1/trialsession", exactPath: true, body: { name: "Probetraining", slots: [] }, times: 1 });
  const host = await openWidgets(now, [connect("next", { "studio-id": "1" })]);
  const widget = host.widget("next");
  // Shown (exactly these words: the announcement of both is a copy for screen readers).
  await widget.getByText("No free times on these days.", { exact: true }).waitFor();
  await widget.getByText("The next free time is Wednesday, December 2, 9:00 AM.", { exact: true }).waitFor();
  await widget.getByRole("button", { name: "Show Wed, Dec 2" }).click();
  await widget.getByRole("heading", { name: "Wednesday, December 2" }).waitFor();
  assert.ok((await widget.locator(".tb-window__range").textContent()).startsWith("Wed, Dec 2"));
  // Focus moves once the new window is drawn (a frame after its heading may show).
  await widget.locator(".tb-window__range").evaluate(
    (el) =>
      new Promise((resolve, reject) => {
        const started = performance.now();
        const check = () => {
          if (el.getRootNode().activeElement === el) resolve();
          else if (performance.now() - started > 5000) reject(new Error("focus did not follow to the dates"));
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
  assert.equal(await widget.getByText("No free times on these days.", { exact: true }).count(), 0);
  await host.close();
  await f.mock.control("reset", {});
});

describe("the studio's today, not the visitor's", () => {
  // 02:00 on Monday in Berlin is still Sunday 20:00 in New York.
  const now = new Date("2026-11-30T01:00:00Z");

  test("Connect: a New York studio's Sunday evening is offered to a Berlin browser", async () => {
    await f.mock.control("reset", {});
    await f.mock.control("clock", { now: now.toISOString() });
    await f.mock.control("faults", [
      { method: "GET", path: "/connect/v2/studio", body: [NEW_YORK_STUDIO], times: 5 },
      { method: "GET", path: "/connect/v1/trialsession", exactPath: true, body: { name: "Trial workout", bookingWithoutResourcesAllowed: false, slots: NEW_YORK_SUNDAY }, times: 20 },
    ]);
    const host = await openWidgets(now, [connect("ny")]);
    const widget = host.widget("ny");
    await new TrialSession(widget).studio(/Kraftwerk Brooklyn/).click();
    await widget.getByRole("heading", { name: "Sunday, November 29" }).waitFor();
    assert.ok((await widget.locator(".tb-window__range").textContent()).startsWith("Sun, Nov 29"));
    await widget.getByRole("button", { name: "9:00 PM – 10:00 PM" }).waitFor();
    const asked = (await f.mock.control("requests")).filter((r) => r.path === "/connect/v1/trialsession");
    assert.equal(Object.fromEntries(asked[0].query).startDate, "2026-11-29", "asked from the studio's today");
    await host.close();
    await f.mock.control("reset", {});
  });

  test("Open API: the zone in the times moves the first window to the studio's today", async () => {
    await f.mock.control("reset", {});
    await f.mock.control("clock", { now: now.toISOString() });
    const slots = NEW_YORK_SUNDAY.map((s) => ({ ...s, instructors: [] }));
    await f.mock.control("faults", { method: "GET", path: "/v1/trial-offers/bookable-trial-offers/appointments/bookable/2001/slots", body: slots, times: 10 });
    const host = await openWidgets(now, [openApi("ny")]);
    const widget = host.widget("ny");
    await new TrialOffers(widget).offer(INTRO).click();
    await widget.getByRole("heading", { name: "Sunday, November 29" }).waitFor();
    await widget.getByRole("button", { name: /^9:00 PM – 10:00 PM/ }).waitFor();
    assert.ok((await widget.locator(".tb-window__range").textContent()).startsWith("Sun, Nov 29"));
    const asked = (await f.mock.control("requests")).filter((r) => r.path.endsWith("/2001/slots")).map((r) => Object.fromEntries(r.query).slotWindowStartDate);
    // The browser's own today first; the answer names New York, whose today is Sunday.
    assert.deepEqual(asked, ["2026-11-30", "2026-11-29"]);
    await host.close();
    await f.mock.control("reset", {});
  });
});

describe("details and slots a person can trust", () => {
  test("the two 02:15 slots of the fall-back night say which is which, and go back verbatim", async () => {
    const now = new Date("2026-10-24T12:00:00+02:00");
    await f.mock.control("reset", {});
    await f.mock.control("clock", { now: now.toISOString() });
    const slot = (start, end) => ({ startDateTime: `2026-10-25T${start}[Europe/Berlin]`, endDateTime: `2026-10-25T${end}[Europe/Berlin]`, instructors: [] });
    await f.mock.control("faults", {
      method: "GET",
      path: "/v1/trial-offers/bookable-trial-offers/appointments/bookable/2001/slots",
      body: [slot("02:15:00.000+02:00", "02:45:00.000+02:00"), slot("02:15:00.000+01:00", "02:45:00.000+01:00"), slot("10:00:00.000+01:00", "11:00:00.000+01:00")],
      times: 10,
    });
    const host = await openWidgets(now, [openApi("dst")]);
    const widget = host.widget("dst");
    const offers = new TrialOffers(widget);
    await offers.offer(INTRO).click();
    const twins = widget.getByRole("button", { name: /^2:15/ });
    await twins.first().waitFor();
    assert.equal(await twins.count(), 2);
    const names = await twins.evaluateAll((buttons) => buttons.map((b) => b.textContent));
    assert.notEqual(names[0], names[1], "different visible text (and so accessible names)");
    assert.ok(names.every((n) => /GMT\+[12]/.test(n)), names.join(" | "));
    // A time that does not repeat stays as it was.
    await widget.getByRole("button", { name: /^10:00 AM – 11:00 AM Free/ }).waitFor();

    await offers.chooseTime(twins.nth(1));
    await offers.fillDetails({ first: "Mia", last: "Schulz", email: "mia.dst@example.com", phone: "0221 5550100", dateOfBirth: "1990-04-12" });
    await offers.agree();
    await offers.book();
    // (Polled from here: a page-side waitForFunction with an async predicate
    // would see a Promise, which is truthy at once.)
    let validate;
    for (let i = 0; i < 200 && !validate; i++) {
      validate = (await f.mock.control("requests")).find((r) => r.path === "/v1/trial-offers/appointments/booking/validate");
      if (!validate) await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(validate, "the booking was validated");
    assert.equal(validate.body.startDateTime, "2026-10-25T02:15:00.000+01:00[Europe/Berlin]");
    assert.equal(validate.body.endDateTime, "2026-10-25T02:45:00.000+01:00[Europe/Berlin]");
    await host.close();
    await f.mock.control("reset", {});
  });

  test("a date of birth typed digit by digit is kept and sent as typed", async () => {
    await f.mock.control("reset", {});
    const now = await f.mock.now();
    const host = await openWidgets(now, [openApi("dob")]);
    const offers = new TrialOffers(host.widget("dob"));
    const widget = offers.widget;
    await offers.offer(INTRO).click();
    await offers.chooseTime(offers.freeTimes.first());
    const dob = offers.dateOfBirth;

    // An impossible date is a field error, not "no date".
    await dob.focus();
    await host.page.keyboard.type("02302008");
    await offers.book();
    await widget.getByText("Please enter a valid date.").waitFor();
    assert.equal(await widget.locator("#tb-dob-error").textContent(), "Please enter a valid date.");

    // Typed again, through the partial year 0200 (which the browser reports as empty).
    await dob.focus();
    await host.page.keyboard.type("02292008");
    assert.equal(await dob.inputValue(), "2008-02-29");
    await offers.fillDetails({ first: "Mia", last: "Schulz", email: "mia.dob@example.com", phone: "0221 5550100" });
    await offers.agree();
    await offers.book();
    await offers.booked();
    const lead = (await f.mock.control("requests")).find((r) => r.path === "/v1/trial-offers/lead/validate");
    assert.equal(lead.body.leadCustomerData.dateOfBirth, "2008-02-29", JSON.stringify(lead.body));
    await host.close();
  });

  test("an answer for a window the visitor has left is never shown", async () => {
    await f.mock.control("reset", {});
    const now = new Date("2026-11-25T10:00:00+01:00"); // a Wednesday
    await f.mock.control("clock", { now: now.toISOString() });
    // The first window's answer waits until this test releases it.
    await f.mock.control("faults", { method: "GET", path: "/v1/trial-offers/bookable-trial-offers/appointments/bookable/2001/slots", hold: "first-window", times: 1 });
    const host = await openWidgets(now, [openApi("stale")]);
    const offers = new TrialOffers(host.widget("stale"));
    const widget = offers.widget;
    // Every day heading that is ever put on screen, for however short a time.
    await widget.evaluate((el) => {
      window.__days = [];
      new MutationObserver(() => {
        for (const h of el.shadowRoot.querySelectorAll(".tb-day__heading")) if (!window.__days.includes(h.textContent)) window.__days.push(h.textContent);
      }).observe(el.shadowRoot, { childList: true, subtree: true, characterData: true });
    });
    await offers.offer(INTRO).click();
    await widget.getByText("Loading the times…").waitFor();
    await offers.laterDays.click();
    // The later window is asked for at once and shown, while the first is still held.
    await offers.freeTimes.first().waitFor();
    const asked = (await f.mock.control("requests")).filter((r) => r.path.endsWith("/2001/slots")).map((r) => Object.fromEntries(r.query).slotWindowStartDate);
    assert.deepEqual(asked, ["2026-11-25", "2026-12-01"]);
    assert.ok((await widget.locator(".tb-window__range").textContent()).startsWith("Tue, Dec 1"));
    await f.mock.control("release", { hold: "first-window" });
    await host.page.waitForTimeout(700);
    const days = await host.page.evaluate(() => window.__days);
    assert.ok(days.length > 0);
    assert.ok(days.every((d) => d.includes("December")), `only the later window's days ever appeared: ${days.join(", ")}`);
    assert.ok((await widget.locator(".tb-window__range").textContent()).startsWith("Tue, Dec 1"));
    await host.close();
    await f.mock.control("reset", {});
  });
});
