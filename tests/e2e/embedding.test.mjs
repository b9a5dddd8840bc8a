// End-to-end: what a studio's web agency builds on, against the release dist/:
// events for analytics (DOM and dataLayer), the popup and its triggers,
// prefill by attribute and by page URL, and the element's JavaScript API.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { addWidget, apiAttributes, fixtures, TrialOffers, TrialSession } from "../kit/index.mjs";

const f = fixtures({ mock: true });

/**
 * A page with one widget (id "booking"); events of every kind are recorded from
 * the document (they bubble out of the shadow root), from before it is added.
 */
async function openWith(attributes, { query = "", viewport } = {}) {
  const host = await f.open(`/pages/booking.html${query}`, viewport ? { viewport } : {});
  await host.page.evaluate(() => {
    window.__events = [];
    for (const name of ["ready", "step", "offer-selected", "studio-selected", "time-selected", "details-submitted", "booked", "failed"]) {
      document.addEventListener(`trial-booking:${name}`, (e) =>
        window.__events.push({ name: e.type, detail: e.detail, composed: e.composed, target: e.target.id }),
      );
    }
  });
  const widget = await addWidget(host.page, { id: "booking", ...attributes });
  return { host, widget };
}

const events = (host) => host.page.evaluate(() => window.__events);

const PERSON = { first: "Mia", last: "Schulz", email: "mia.events@example.com", phone: "0221 5550100" };

describe("events", () => {
  test("a booking fires each documented event once, with its payload and no personal data", async () => {
    await f.mock.control("reset", {});
    const { host, widget } = await openWith({ lang: "en", ...apiAttributes("open-api", f.mock.base), analytics: "datalayer" });
    const offers = new TrialOffers(widget);
    await offers.getReadyToBook(PERSON);
    await offers.book();
    await offers.booked();

    const seen = await events(host);
    assert.ok(seen.every((e) => e.composed && e.target === "booking"));
    const names = seen.map((e) => e.name);
    assert.deepEqual(names, [
      "trial-booking:ready",
      "trial-booking:step",
      "trial-booking:offer-selected",
      "trial-booking:step",
      "trial-booking:time-selected",
      "trial-booking:step",
      "trial-booking:details-submitted",
      "trial-booking:booked",
      "trial-booking:step",
    ]);
    const byName = (name) => seen.filter((e) => e.name === name).map((e) => e.detail);
    assert.deepEqual(byName("trial-booking:ready"), [{ backend: "open-api", flow: "trial-offers", lang: "en" }]);
    assert.deepEqual(byName("trial-booking:step").map((d) => `${d.number} ${d.step}`), ["1 offer", "2 time", "3 details", "4 done"]);
    const [offer] = byName("trial-booking:offer-selected");
    assert.equal(offer.title, "Yoga Flow");
    assert.equal(offer.kind, "class");
    assert.ok(Number.isInteger(offer.offerId));
    const [time] = byName("trial-booking:time-selected");
    assert.match(time.start, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    const [booked] = byName("trial-booking:booked");
    assert.equal(booked.outcome, "BOOKED");
    assert.deepEqual(booked.offer, offer);
    assert.equal(booked.start, time.start);
    assert.deepEqual(byName("trial-booking:details-submitted"), [{}]);

    // Nothing the visitor typed is in any event, nor any id the API gave them.
    const text = JSON.stringify(seen);
    for (const value of Object.values(PERSON)) assert.ok(!text.includes(value), `${value} leaked`);
    assert.ok(!/customer|lead|identity|token/i.test(text), text);

    // The same, for Google Tag Manager.
    // Each event comes after a reset of `trialBooking` (GTM merges pushes into one model).
    const pushed = await host.page.evaluate(() => window.dataLayer);
    for (let i = 0; i < pushed.length; i += 2) assert.deepEqual(pushed[i], { trialBooking: null }, `push ${i}`);
    const layer = pushed.filter((e) => e.event);
    assert.deepEqual(
      layer.map((e) => e.event),
      names.map((n) => `trial_booking_${n.slice("trial-booking:".length).replace(/-/g, "_")}`),
    );
    assert.deepEqual(layer.at(-2).trialBooking, booked);
    await host.close();
  });

  test("a lost time fires failed with our category, never the API's text; no dataLayer unless asked", async () => {
    await f.mock.control("reset", {});
    const { host, widget } = await openWith({ lang: "en", ...apiAttributes("open-api", f.mock.base) });
    const offers = new TrialOffers(widget);
    await offers.getReadyToBook(PERSON);
    await f.mock.control("faults", { method: "POST", path: "/v1/trial-offers/classes/booking/book", status: 409, times: 1 });
    await offers.book();
    await offers.alert(/Someone else has just booked this time/).waitFor();
    const failed = (await events(host)).filter((e) => e.name === "trial-booking:failed");
    assert.deepEqual(failed.map((e) => e.detail), [{ category: "time-taken" }]);
    assert.equal(await host.page.evaluate(() => window.dataLayer), undefined);
    await host.close();
  });

  test("Connect names the studio", async () => {
    const { host, widget } = await openWith({ lang: "en", ...apiAttributes("connect", f.mock.base) });
    await new TrialSession(widget).chooseStudio("Kraftwerk Fitness Köln-Ehrenfeld");
    const seen = await events(host);
    const studio = seen.find((e) => e.name === "trial-booking:studio-selected").detail;
    assert.equal(studio.name, "Kraftwerk Fitness Köln-Ehrenfeld");
    assert.deepEqual(seen.filter((e) => e.name === "trial-booking:step").map((e) => e.detail.step), ["studio", "time"]);
    await host.close();
  });
});

describe("popup", () => {
  async function openPopupPage(attributes = {}, viewport) {
    const { host } = await openWith({ lang: "en", backend: "demo", display: "popup", ...attributes }, { viewport });
    await host.page.evaluate(() => {
      const trigger = document.createElement("button");
      trigger.textContent = "Book a free trial now";
      trigger.setAttribute("data-trial-booking-open", "");
      document.getElementById("host").prepend(trigger);
    });
    return host;
  }

  test("a trigger opens a modal dialog that traps focus, closes on Escape and gives focus back", async () => {
    const host = await openPopupPage({}, { width: 360, height: 740 });
    const { page } = host;
    // Nothing inline while closed.
    const dialog = page.getByRole("dialog", { name: "Book your free trial session" });
    assert.equal(await dialog.isVisible(), false);
    const trigger = page.getByRole("button", { name: "Book a free trial now" });
    await trigger.focus();
    await page.keyboard.press("Enter");
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Yoga Flow" }).waitFor();
    // 100 % wide on a 360 px phone.
    assert.equal((await dialog.boundingBox()).width, 360);
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).overflow), "hidden");
    // Tabbing never leaves the dialog.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press("Tab");
      const inside = await page.evaluate(() => document.activeElement?.id === "booking");
      assert.ok(inside, `focus left the dialog after ${i + 1} Tab presses`);
    }
    // The page behind is inert: the dialog's backdrop takes the click.
    await assert.rejects(trigger.click({ timeout: 500 }));
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    assert.ok(await trigger.evaluate((el) => el === document.activeElement), "focus returns to the trigger");
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.documentElement).overflow), "hidden");
    assert.deepEqual(await host.cspViolations(), []);
    await host.close();
  });

  test("the floating button, open() and the close button", async () => {
    const host = await openPopupPage({ "floating-button": "" });
    const { page } = host;
    await host.widget().getByRole("button", { name: "Book a free trial" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Yoga Flow" }).waitFor();
    await dialog.getByRole("button", { name: "Close" }).click();
    await dialog.waitFor({ state: "hidden" });
    await host.widget().evaluate((el) => el.open());
    await dialog.waitFor();
    await host.widget().evaluate((el) => el.close());
    await dialog.waitFor({ state: "hidden" });
    await host.close();
  });
});

describe("prefill", () => {
  test("attributes fill the details, stay editable and never reach the URL or events", async () => {
    const { host, widget } = await openWith({
      lang: "en",
      backend: "demo",
      "offer-id": "1",
      "first-name": "Mia",
      email: "mia.prefill@example.com",
    });
    const offers = new TrialOffers(widget);
    // The offer is chosen in advance: the times show.
    await offers.timesHeading.waitFor();
    await offers.chooseTime(offers.freeTimes.first());
    assert.equal(await offers.firstName.inputValue(), "Mia");
    assert.equal(await offers.email.inputValue(), "mia.prefill@example.com");
    await offers.firstName.fill("Marie");
    assert.equal(await offers.firstName.inputValue(), "Marie");
    assert.ok(!host.page.url().includes("Mia"));
    assert.ok(!JSON.stringify(await events(host)).includes("mia.prefill"));
    await host.close();
  });

  test("the page URL fills in only where the embed allows it, and campaigns come from utm_*", async () => {
    const query = "?tb-first-name=Ada&tb-email=ada%40example.com&tb-studio-id=1&utm_source=newsletter";
    for (const allowed of [false, true]) {
      await f.mock.control("reset", {});
      const { host, widget } = await openWith(
        {
          lang: "en",
          ...apiAttributes("connect", f.mock.base),
          "first-name": "Mia",
          "utm-campaigns": "utm_source=newsletter:2",
          ...(allowed ? { "url-prefill": "" } : {}),
        },
        { query },
      );
      const session = new TrialSession(widget);
      if (allowed) {
        // tb-studio-id chose the studio; the visitor may still go back.
        await session.timeHeading("Kraftwerk Fitness Köln-Ehrenfeld").waitFor();
      } else {
        await session.studio(/Kraftwerk Fitness Köln-Ehrenfeld/).click();
      }
      await session.chooseTime();
      assert.equal(await session.firstName.inputValue(), allowed ? "Ada" : "Mia");
      assert.equal(await session.email.inputValue(), allowed ? "ada@example.com" : "");
      assert.equal(host.page.url(), `${f.server.base}pages/booking.html${query}`, "the URL is left as it was");
      if (allowed) {
        await session.fillDetails({ last: "Lovelace", phone: "0221 5550100", dateOfBirth: "1990-12-10" });
        await session.agree();
        await session.book();
        await session.booked();
        const book = (await f.mock.control("requests")).find((r) => r.path === "/connect/v1/trialsession/book");
        assert.equal(book.body.sourceCampaignId, 2);
      }
      await host.close();
    }
  });
});

describe("JavaScript API", () => {
  test("properties mirror the attributes, and reset() starts over", async () => {
    const { host, widget } = await openWith({ lang: "en", backend: "demo" });
    const offers = new TrialOffers(widget);
    await offers.chooseOffer("Yoga Flow");
    const mirrored = await widget.evaluate((el) => {
      el.heading = "Probetraining";
      el.urlPrefill = true;
      const result = [el.backend, el.getAttribute("heading"), el.hasAttribute("url-prefill"), el.floatingButton];
      el.urlPrefill = false;
      return [...result, el.hasAttribute("url-prefill")];
    });
    assert.deepEqual(mirrored, ["demo", "Probetraining", true, false, false]);
    await widget.getByRole("heading", { name: "Probetraining" }).waitFor();
    // A new heading keeps the visitor where they were; reset() starts over.
    await offers.timeHeading("Yoga Flow").waitFor();
    await widget.evaluate((el) => el.reset());
    await offers.offersHeading.waitFor();
    await host.close();
  });
});
