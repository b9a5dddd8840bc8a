// End-to-end: a visitor books a trial class on a studio page whose widget
// talks to the studio's proxy (here the mock server's stand-in), against the
// release dist/. The mock's request log must show exactly the documented
// sequence with exactly these bodies.

import { test } from "node:test";
import assert from "node:assert/strict";
import { fillContact, fixtures, HostPage } from "./harness.mjs";

const f = fixtures({ mock: true });

/** The booking page with a widget talking to the mock through its proxy stand-in. */
async function openBookingPage(contextOptions = {}) {
  const host = await HostPage.open(f.browser, f.server.base, "/pages/booking.html", contextOptions);
  await host.page.evaluate((base) => {
    const el = document.createElement("trial-booking");
    el.setAttribute("backend", "open-api");
    el.setAttribute("api-base", base);
    el.setAttribute("privacy-url", "https://studio.example/privacy");
    el.id = "booking";
    document.getElementById("host").append(el);
  }, `${f.mock.base}/proxy`);
  return host;
}

class BookingWidget {
  constructor(page) {
    this.page = page;
    this.root = page.locator("trial-booking");
  }
  async chooseOffer(name) {
    await this.root.getByRole("button", { name }).click();
    await this.root.getByRole("heading", { name: `Choose a time: ${name}` }).waitFor();
  }
  /** The first time that still has places; returns its accessible name. */
  async chooseFirstFreeTime() {
    const slot = this.root.getByRole("button", { name: /places left/ }).first();
    const name = await slot.textContent();
    await slot.click();
    await this.root.getByRole("heading", { name: "Your details" }).waitFor();
    return name;
  }
  async fillDetails({ first, last, email, phone }) {
    await fillContact(this.root, { first, last, email, phone });
  }
}

test("a class booked through the proxy sends exactly the documented requests", async () => {
  await f.mock.control("reset", {});
  const host = await openBookingPage();
  const widget = new BookingWidget(host.page);
  await widget.chooseOffer("Yoga Flow");
  await widget.chooseFirstFreeTime();
  await widget.fillDetails({ first: "Mia", last: "Schulz", email: "mia.e2e@example.com", phone: "0221 5550100" });
  await widget.root.getByLabel(/I agree that the studio processes my details/).check();
  await widget.root.getByRole("button", { name: "Book now" }).click();
  await widget.root.getByRole("heading", { name: "You're booked!" }).waitFor();
  await widget.root.getByRole("link", { name: "Add to calendar" }).waitFor();

  const seen = await f.mock.control("requests");
  const calls = seen.map((r) => `${r.method} ${r.path}`);
  // The two catalogue lists load in parallel, then the config and the slots in parallel.
  assert.deepEqual(calls.slice(0, 2).sort(), [
    "GET /v1/trial-offers/bookable-trial-offers/appointments/bookable",
    "GET /v1/trial-offers/bookable-trial-offers/classes",
  ]);
  assert.deepEqual(calls.slice(2, 4).sort(), [
    "GET /v1/trial-offers/bookable-trial-offers/classes/1001/slots",
    "GET /v1/trial-offers/config/1",
  ]);
  assert.deepEqual(calls.slice(4), [
    "POST /v1/trial-offers/lead/validate",
    "POST /v1/trial-offers/lead/create",
    "POST /v1/trial-offers/classes/booking/validate",
    "POST /v1/trial-offers/classes/booking/book",
  ]);
  const lead = {
    leadCustomerData: {
      firstname: "Mia",
      lastname: "Schulz",
      email: "mia.e2e@example.com",
      telephone: "0221 5550100",
      language: { languageCode: "en" },
    },
    trialOfferConfigId: 1,
  };
  assert.deepEqual(seen[4].body, lead);
  assert.deepEqual(seen[5].body, lead);
  const booking = seen[6].body;
  assert.deepEqual(Object.keys(booking).sort(), ["classSlotId", "customerId"]);
  assert.ok(Number.isInteger(booking.customerId) && Number.isInteger(booking.classSlotId));
  assert.deepEqual(seen[7].body, booking);
  const slotsQuery = Object.fromEntries(seen.find((r) => r.path.endsWith("/slots")).query);
  assert.deepEqual(slotsQuery, { offset: "0", sliceSize: "100" });
  // Every request: the page's language, and never an API key from the browser.
  assert.ok(seen.every((r) => r.acceptLanguage === "en" && r.clientSentApiKey === false));
  assert.deepEqual(host.consoleErrors, []);
  // The mock's pictures are plain http: the widget does not load them, and
  // nothing leaves 127.0.0.1.
  assert.ok(host.requests.every((u) => u.startsWith("http://127.0.0.1:") || u.startsWith("data:")), host.requests.join("\n"));
  assert.equal(await widget.root.locator("img").count(), 0);
  await host.close();
});

test("times are the studio's, whatever the visitor's own time zone", async () => {
  const slots = await (await fetch(`${f.mock.base}/proxy/v1/trial-offers/bookable-trial-offers/classes/1001/slots?sliceSize=100`)).json();
  const now = await f.mock.now();
  const future = slots.result.find((s) => s.bookedParticipants < s.maxParticipants && Date.parse(s.startDateTime.replace(/\[.*\]$/, "")) > now.getTime());
  const [hour, minute] = future.startDateTime.slice(11, 16).split(":").map(Number); // as written, in Europe/Berlin
  // The visitor reads it in their locale's format (en-GB: 24-hour clock).
  const wallClock = new Intl.DateTimeFormat("en-GB", { hour: "numeric", minute: "2-digit", timeZone: "UTC" }).format(Date.UTC(2000, 0, 1, hour, minute));
  for (const timezoneId of ["America/New_York", "Asia/Tokyo"]) {
    const host = await openBookingPage({ timezoneId, locale: "en-GB" });
    // The page says only lang="en"; the browser's en-GB picks the clock.
    const widget = new BookingWidget(host.page);
    await widget.chooseOffer("Yoga Flow");
    await widget.root.getByText("Times are the studio's local time (Europe/Berlin).").waitFor();
    const first = await widget.root.getByRole("button", { name: /places left/ }).first().textContent();
    assert.ok(first.startsWith(wallClock), `${timezoneId}: ${first} should start at ${wallClock}`);
    await host.close();
  }
});

test("what the visitor typed survives a page reload", async () => {
  const host = await openBookingPage();
  const widget = new BookingWidget(host.page);
  await widget.chooseOffer("Yoga Flow");
  await widget.chooseFirstFreeTime();
  await widget.root.getByLabel("First name").fill("Jonas");
  await widget.root.getByLabel("E-mail address").fill("jonas.reload@example.com");
  await host.page.reload();
  await host.page.evaluate((base) => {
    const el = document.createElement("trial-booking");
    el.setAttribute("backend", "open-api");
    el.setAttribute("api-base", base);
    el.id = "booking";
    document.getElementById("host").append(el);
  }, `${f.mock.base}/proxy`);
  const again = new BookingWidget(host.page);
  await again.chooseOffer("Yoga Flow");
  await again.chooseFirstFreeTime();
  assert.equal(await again.root.getByLabel("First name").inputValue(), "Jonas");
  assert.equal(await again.root.getByLabel("E-mail address").inputValue(), "jonas.reload@example.com");
  await host.close();
});
