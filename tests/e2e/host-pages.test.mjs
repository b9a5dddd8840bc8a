// End-to-end: real studio sites, as issue "Real host pages" found them. Each test is a host
// page written the way such sites are (a framework's inline script before the module, a
// header that is a web component, a Trusted-Types policy, a page that sets its own
// overflow), or a failure they meet (a missing wasm), against the release dist/.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { addWidget, apiAttributes, assertOneLeadOneBooking, colours, fixtures, THEMES, translator, TrialOffers, TrialSession } from "../kit/index.mjs";

const f = fixtures({ mock: true });

const PERSON = { first: "Mia", last: "Schulz", email: "mia.hosts@example.com", phone: "0221 5550100" };

/** Records the widget's events from the document (they bubble out of its shadow root). */
function recordEvents(page) {
  return page.addInitScript(() => {
    window.__events = [];
    for (const name of ["ready", "step", "open", "close", "failed", "booked"]) {
      document.addEventListener(`trial-booking:${name}`, (e) => window.__events.push({ name: e.type.slice(14), detail: e.detail }));
    }
  });
}
const eventsOf = (page) => page.evaluate(() => window.__events);

describe("properties set before the loader runs", () => {
  test("are taken over: the studio's offers show, not the demo's, and later sets still work", async () => {
    await f.mock.control("reset", {});
    const api = `${f.mock.base}/proxy`;
    const host = await f.open(`/pages/framework-order.html?api=${encodeURIComponent(api)}`);
    const widget = host.widget("tb");
    const offers = new TrialOffers(widget);
    await offers.offersHeading.waitFor();
    await offers.offer("Yoga Flow").waitFor();
    // The real studio: its API was asked, and nothing says "demo".
    assert.ok((await f.mock.control("requests")).some((r) => r.path.startsWith("/v1/trial-offers/")));
    assert.equal(await widget.locator("[part~=demo-notice]").count(), 0);
    // The properties are the element's again: reading and setting go to the attributes.
    assert.deepEqual(
      await widget.evaluate((el) => [Object.hasOwn(el, "apiBase"), el.getAttribute("backend"), el.apiBase]),
      [false, "open-api", api],
    );
    await widget.evaluate((el) => {
      el.apiBase = null;
      el.backend = "demo";
    });
    await widget.locator("[part~=demo-notice]").waitFor();
    assert.deepEqual(host.consoleErrors, []);
    await host.close();
  });

  test("the demo studio says it is a demo on every step", async () => {
    const host = await f.open("/pages/booking.html");
    const widget = await addWidget(host.page, { lang: "en" });
    const offers = new TrialOffers(widget);
    const notice = widget.getByText("Demo studio: nothing here is booked for real.");
    await offers.offersHeading.waitFor();
    await notice.waitFor();
    await offers.chooseOffer();
    assert.ok(await notice.isVisible());
    await offers.chooseTime();
    assert.ok(await notice.isVisible());
    await offers.fillDetails(PERSON);
    await offers.agree();
    await offers.book();
    await offers.booked();
    assert.ok(await notice.isVisible());
    await host.close();
  });
});

describe("a widget that cannot be loaded", () => {
  // Every file the loader itself fetches before the widget can start, and a wasm that does not start.
  const faults = [
    ["the wasm is missing", "**/tb-demo_bg.wasm", { status: 404, body: "not found" }],
    ["the glue is missing", "**/tb-demo.js", { status: 404, body: "not found" }],
    ["the wasm is not a wasm module", "**/tb-demo_bg.wasm", { status: 200, contentType: "application/wasm", body: "not wasm" }],
  ];
  for (const [name, pattern, answer] of faults) {
    test(`says so in the page's language, tells the page, and tries again: ${name}`, async () => {
      const host = await f.open("/pages/booking.html");
      await recordEvents(host.page);
      await host.page.reload();
      await host.page.route(pattern, (route) => route.fulfill(answer));
      await host.page.evaluate(() => document.documentElement.setAttribute("lang", "de"));
      const started = Date.now();
      const widget = await addWidget(host.page, { id: "booking", analytics: "datalayer" });
      const alert = widget.getByRole("alert");
      await alert.getByText("Die Buchung ist gerade nicht verfügbar.", { exact: false }).waitFor({ timeout: 5000 });
      assert.ok(Date.now() - started < 5000);
      assert.deepEqual(
        (await eventsOf(host.page)).filter((e) => e.name === "failed"),
        [{ name: "failed", detail: { category: "load-failed" } }],
      );
      const pushed = await host.page.evaluate(() => window.dataLayer.filter((e) => e.event).map((e) => [e.event, e.trialBooking]));
      assert.deepEqual(pushed, [["trial_booking_failed", { category: "load-failed" }]]);
      // The file is back: "try again" loads the widget.
      await host.page.unroute(pattern);
      await widget.getByRole("button", { name: "Erneut versuchen" }).click();
      await widget.getByRole("heading", { name: "Was möchtest du ausprobieren?" }).waitFor();
      await host.close();
    });
  }
});

describe("popup", () => {
  test("a trigger inside another component's shadow root opens it, and Escape returns focus there", async () => {
    const host = await f.open("/pages/shadow-header.html");
    const trigger = host.page.locator("site-header").getByRole("button", { name: "Book a free trial" });
    const widget = host.widget("trial");
    await widget.evaluate((el) => customElements.whenDefined("trial-booking"));
    await trigger.click();
    const dialog = widget.getByRole("dialog");
    await dialog.waitFor();
    await dialog.getByRole("heading", { name: "What would you like to try?" }).waitFor();
    await host.page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    const focused = await host.page.evaluate(() => {
      const header = document.activeElement;
      return [header?.tagName, header?.shadowRoot?.activeElement?.textContent];
    });
    assert.deepEqual(focused, ["SITE-HEADER", "Book a free trial"]);
    assert.deepEqual(host.consoleErrors, []);
    await host.close();
  });

  test("its first step is told when it first opens, and opening and closing are events", async () => {
    const host = await f.open("/pages/booking.html");
    await recordEvents(host.page);
    await host.page.reload();
    const widget = await addWidget(host.page, { id: "booking", lang: "en", display: "popup", "floating-button": "", analytics: "datalayer" });
    const launcher = widget.getByRole("button", { name: "Book a free trial" });
    await launcher.waitFor();
    assert.deepEqual((await eventsOf(host.page)).map((e) => e.name), ["ready"], "nothing is shown while it is closed");
    await launcher.click();
    const dialog = widget.getByRole("dialog");
    await dialog.getByRole("heading", { name: "What would you like to try?" }).waitFor();
    await dialog.getByRole("button", { name: "Close" }).click();
    await dialog.waitFor({ state: "hidden" });
    await launcher.click();
    await dialog.waitFor();
    await host.page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    // (A dialog's close event comes a moment after it is hidden.)
    await host.page.waitForFunction(() => window.__events.filter((e) => e.name === "close").length === 2, null, { timeout: 2000 });
    const seen = await eventsOf(host.page);
    assert.deepEqual(
      seen.map((e) => (e.name === "step" ? `step ${e.detail.step}` : e.name)),
      ["ready", "open", "step offer", "close", "open", "close"],
    );
    const pushed = await host.page.evaluate(() => window.dataLayer.filter((e) => e.event).map((e) => e.event));
    assert.deepEqual(pushed, [
      "trial_booking_ready",
      "trial_booking_open",
      "trial_booking_step",
      "trial_booking_close",
      "trial_booking_open",
      "trial_booking_close",
    ]);
    await host.close();
  });

  test("closing it leaves the page's own overflow exactly as it was, and nothing behind shifts", async () => {
    const host = await f.open("/pages/overflow.html");
    const page = host.page;
    // A long page: it has a scrollbar.
    await page.evaluate(() => (document.getElementById("behind").style.height = "3000px"));
    const before = await page.evaluate(() => [document.documentElement.style.cssText, document.getElementById("behind").getBoundingClientRect().width]);
    assert.equal(before[0], "overflow-y: scroll;");
    const widget = host.widget("trial");
    await widget.getByRole("button", { name: "Book a free trial" }).click();
    const dialog = widget.getByRole("dialog");
    await dialog.waitFor();
    const open = await page.evaluate(() => [getComputedStyle(document.documentElement).overflowY, document.getElementById("behind").getBoundingClientRect().width]);
    assert.deepEqual(open, ["hidden", before[1]], "the page does not scroll, and keeps its width");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    // (The dialog's close event, which unlocks, comes a moment after it is hidden.)
    await page.waitForFunction((css) => document.documentElement.style.cssText === css, before[0], { timeout: 2000 });
    await host.close();
  });
});

describe("attributes changed later", () => {
  test("a dark-mode switch on the details step keeps the step, the time and what was typed", async () => {
    await f.mock.control("reset", {});
    const host = await f.open("/pages/booking.html");
    const widget = await addWidget(host.page, { lang: "en", ...apiAttributes("open-api", f.mock.base) });
    const offers = new TrialOffers(widget);
    await offers.chooseOffer();
    await offers.chooseTime();
    await offers.fillDetails(PERSON);
    const catalogueReads = async () => (await f.mock.control("requests")).filter((r) => r.path.includes("/bookable-trial-offers/")).length;
    const readsBefore = await catalogueReads();
    await widget.evaluate((el) => el.setAttribute("theme", "dark"));
    await host.page.waitForFunction(
      (el) => getComputedStyle(el.shadowRoot.querySelector("[part~=widget]")).color === "rgb(228, 231, 235)",
      await widget.elementHandle(),
    );
    assert.deepEqual(await colours(widget), THEMES.dark);
    assert.ok(await offers.detailsHeading.isVisible());
    assert.equal(await offers.firstName.inputValue(), PERSON.first);
    assert.equal(await catalogueReads(), readsBefore, "nothing fetched again");
    await offers.agree();
    await offers.book();
    await offers.booked();
    await host.close();
  });
});

describe("any attribute changed later", () => {
  test("a language and heading change on the details step keeps the step, the time and what was typed, and books once", async () => {
    await f.mock.control("reset", {});
    const host = await f.open("/pages/booking.html");
    await recordEvents(host.page);
    await host.page.reload();
    const widget = await addWidget(host.page, { lang: "en", analytics: "datalayer", ...apiAttributes("open-api", f.mock.base) });
    const offers = new TrialOffers(widget);
    await offers.chooseOffer();
    await offers.chooseTime();
    await offers.fillDetails(PERSON);
    const stepsBefore = (await eventsOf(host.page)).filter((e) => e.name === "step").length;
    await widget.evaluate((el) => {
      el.setAttribute("lang", "de");
      el.setAttribute("heading", "Probetraining buchen");
    });
    const german = new TrialOffers(widget, { t: translator("de") });
    await widget.getByRole("heading", { name: "Probetraining buchen" }).waitFor();
    await german.detailsHeading.waitFor();
    assert.equal(await german.firstName.inputValue(), PERSON.first);
    assert.equal(await german.email.inputValue(), PERSON.email);
    // The step was told once: a remount for a new setting is not a new step.
    assert.equal((await eventsOf(host.page)).filter((e) => e.name === "step").length, stepsBefore);
    // The details step has the time chosen before (it cannot be shown without one): book it.
    await german.agree();
    await german.book();
    await german.booked();
    assert.ok((await eventsOf(host.page)).some((e) => e.name === "booked"), "a booked event");
    await assertOneLeadOneBooking(f.mock);
    await host.close();
  });

  test("a choice the new configuration no longer offers is dropped: offer-id names another offer", async () => {
    await f.mock.control("reset", {});
    const host = await f.open("/pages/booking.html");
    const widget = await addWidget(host.page, { lang: "en", ...apiAttributes("open-api", f.mock.base) });
    const offers = new TrialOffers(widget);
    await offers.chooseOffer("Yoga Flow");
    await offers.chooseTime();
    await offers.fillDetails(PERSON);
    // Barbell Basics has trial-offer configuration 2; Yoga Flow has another.
    await widget.evaluate((el) => el.setAttribute("offer-id", "2"));
    await offers.timeHeading("Barbell Basics").waitFor();
    assert.equal(await offers.detailsHeading.count(), 0);
    // What was typed is still there for the new offer's details.
    await offers.chooseTime();
    assert.equal(await offers.firstName.inputValue(), PERSON.first);
    await host.close();
  });

  test("Connect: a heading change keeps the studio, the time and the details; another studio-id starts at its times", async () => {
    await f.mock.control("reset", {});
    const host = await f.open("/pages/booking.html");
    const widget = await addWidget(host.page, { lang: "en", ...apiAttributes("connect", f.mock.base) });
    const session = new TrialSession(widget);
    await session.chooseStudio("Kraftwerk Fitness Köln-Ehrenfeld");
    await session.chooseTime();
    await session.fillDetails(PERSON);
    await widget.evaluate((el) => el.setAttribute("heading", "Probetraining"));
    await widget.getByRole("heading", { name: "Probetraining" }).waitFor();
    await session.detailsHeading.waitFor();
    assert.equal(await session.lastName.inputValue(), PERSON.last);
    await widget.evaluate((el) => el.setAttribute("studio-id", "2"));
    await session.timeHeading("Kraftwerk Fitness Bonn").waitFor();
    assert.equal(await session.detailsHeading.count(), 0);
    await host.close();
  });
});

describe("Norwegian", () => {
  // Norwegian pages and browsers say `no` (the macrolanguage); CLDR matches it to Bokmål.
  const norwegian = { t: translator("nb") };

  test("a page that says lang=\"no\" books in Bokmål, with Norwegian dates", async () => {
    const host = await f.open("/pages/norwegian.html", { locale: "en-US" });
    const widget = host.page.locator("trial-booking");
    const offers = new TrialOffers(widget, norwegian);
    await offers.offersHeading.waitFor();
    assert.equal(await widget.locator("[part~=widget]").getAttribute("lang"), "nb");
    await offers.chooseOffer();
    const time = await offers.chooseTime();
    // Intl with nb-NO writes the 24-hour clock ("18:00"), never "6:00 PM".
    assert.match(time, /\b\d{2}:\d{2}\b/);
    assert.doesNotMatch(time, /AM|PM/);
    assert.deepEqual(host.consoleErrors, []);
    await host.close();
  });

  test("a browser that says no-NO gets Bokmål on a page without a language", async () => {
    const host = await f.open("/pages/booking.html", { locale: "no-NO" });
    await host.page.evaluate(() => document.documentElement.removeAttribute("lang"));
    const widget = await addWidget(host.page, {});
    await new TrialOffers(widget, norwegian).offersHeading.waitFor();
    await host.close();
  });
});

describe("Trusted Types", () => {
  test("a page that requires them books a trial", async () => {
    const host = await f.open("/pages/trusted-types.html");
    const widget = host.widget();
    const offers = new TrialOffers(widget);
    await offers.offersHeading.waitFor();
    await offers.getReadyToBook(PERSON);
    await offers.book();
    await offers.booked();
    assert.deepEqual(host.consoleErrors, []);
    assert.deepEqual(await host.cspViolations(), []);
    await host.close();
  });

  test("every other view renders too: the Connect flow, the lead form, the popup, a config error", async () => {
    const host = await f.open("/pages/trusted-types.html");
    const session = new TrialSession(await addWidget(host.page, { id: "session", lang: "en", flow: "trial-session" }));
    await session.studiosHeading.waitFor();
    await session.chooseStudio("Kraftwerk Fitness Köln-Ehrenfeld");
    await session.chooseTime();
    const lead = await addWidget(host.page, { id: "lead", lang: "en", mode: "lead" });
    await lead.getByRole("heading", { name: "We'll call you" }).waitFor();
    const popup = await addWidget(host.page, { id: "popup", lang: "en", display: "popup", "floating-button": "" });
    await popup.getByRole("button", { name: "Book a free trial" }).click();
    await popup.getByRole("dialog").getByRole("heading", { name: "What would you like to try?" }).waitFor();
    await host.page.keyboard.press("Escape");
    const broken = await addWidget(host.page, { id: "broken", lang: "en", backend: "nonsense" });
    await broken.getByRole("heading").first().waitFor();
    // The broken one reports its configuration in the console; nothing else may.
    assert.deepEqual(host.consoleErrors.filter((e) => !e.startsWith("<trial-booking>:")), []);
    assert.deepEqual(await host.cspViolations(), []);
    await host.close();
  });
});

describe("the page URL", () => {
  test("a + in a prefilled e-mail stays a +", async () => {
    const host = await f.open("/pages/booking.html?tb-email=anna+fit@example.com");
    const widget = await addWidget(host.page, { lang: "en", "url-prefill": "" });
    const offers = new TrialOffers(widget);
    await offers.chooseOffer();
    await offers.chooseTime();
    assert.equal(await offers.email.inputValue(), "anna+fit@example.com");
    await host.close();
  });

  test("a utm-campaigns value with a space matches the page's (+ and %20)", async () => {
    for (const query of ["?utm_campaign=spring+sale", "?utm_campaign=spring%20sale"]) {
      await f.mock.control("reset", {});
      const host = await f.open(`/pages/booking.html${query}`);
      const widget = await addWidget(host.page, {
        lang: "en",
        ...apiAttributes("connect", f.mock.base),
        "studio-id": "1",
        "utm-campaigns": "utm_campaign=spring+sale:13",
      });
      const session = new TrialSession(widget);
      await session.chooseTime();
      await session.fillDetails({ ...PERSON, dateOfBirth: "1990-04-12" });
      await session.agree();
      await session.book();
      await session.booked();
      const [booking] = (await f.mock.control("requests")).filter((r) => r.method === "POST" && r.path === "/connect/v1/trialsession/book");
      assert.equal(booking.body.sourceCampaignId, 13, query);
      await host.close();
    }
  });
});

describe("Google Tag Manager", () => {
  test("no key of an earlier event leaks into a later one of GTM's data model", async () => {
    await f.mock.control("reset", {});
    await f.mock.control("faults", { method: "POST", path: "/v1/trial-offers/classes/booking/book", status: 409, errorCodes: ["CONCURRENT_MODIFICATION"], times: 1 });
    const host = await f.open("/pages/booking.html");
    const widget = await addWidget(host.page, { lang: "en", ...apiAttributes("open-api", f.mock.base), analytics: "datalayer" });
    const offers = new TrialOffers(widget);
    await offers.getReadyToBook(PERSON);
    await offers.book(); // taken meanwhile: a failed event with a category
    await offers.timesHeading.waitFor();
    await offers.chooseTime();
    await offers.book();
    await offers.booked();
    // GTM's data model: each push merged into the last, objects recursively; null clears.
    const atBooked = await host.page.evaluate(() => {
      const merge = (into, from) => {
        for (const [key, value] of Object.entries(from)) {
          if (value && typeof value === "object" && !Array.isArray(value) && into[key] && typeof into[key] === "object") merge(into[key], value);
          else into[key] = value && typeof value === "object" ? structuredClone(value) : value;
        }
        return into;
      };
      const model = {};
      for (const entry of window.dataLayer) {
        merge(model, entry);
        if (entry.event === "trial_booking_booked") return structuredClone(model.trialBooking);
      }
      return null;
    });
    assert.ok(atBooked, "booked was pushed");
    assert.equal(atBooked.category, undefined, JSON.stringify(atBooked));
    assert.equal(atBooked.outcome, "BOOKED");
    await host.close();
  });
});
