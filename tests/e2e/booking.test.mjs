// End-to-end: a visitor books a trial class on a studio page whose widget
// talks to the studio's proxy (here the mock server's stand-in), against the
// release dist/. The mock's request log must show exactly the documented
// sequence with exactly these bodies.

import { test } from "node:test";
import assert from "node:assert/strict";
import { addWidget, apiAttributes, fixtures, PRIVACY, TrialOffers } from "../kit/index.mjs";

const f = fixtures({ mock: true });

/** The booking page with a widget talking to the mock through its proxy stand-in. */
async function openBookingPage(contextOptions = {}) {
  const host = await f.open("/pages/booking.html", contextOptions);
  const widget = await addWidget(host.page, { ...apiAttributes("open-api", f.mock.base), ...PRIVACY, id: "booking" });
  return { host, offers: new TrialOffers(widget) };
}

test("a class booked through the proxy sends exactly the documented requests", async () => {
  await f.mock.control("reset", {});
  const { host, offers } = await openBookingPage();
  await offers.chooseOffer("Yoga Flow");
  await offers.chooseTime();
  await offers.fillDetails({ first: "Mia", last: "Schulz", email: "mia.e2e@example.com", phone: "0221 5550100" });
  await offers.agree();
  await offers.book();
  await offers.booked();
  await offers.widget.getByRole("link", { name: "Add to calendar" }).waitFor();

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
  assert.equal(await offers.widget.locator("img").count(), 0);
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
    const { host, offers } = await openBookingPage({ timezoneId, locale: "en-GB" });
    // The page says only lang="en"; the browser's en-GB picks the clock.
    await offers.chooseOffer("Yoga Flow");
    await offers.widget.getByText("Times are the studio's local time (Europe/Berlin).").waitFor();
    const first = await offers.firstFreeTime.textContent();
    assert.ok(first.startsWith(wallClock), `${timezoneId}: ${first} should start at ${wallClock}`);
    await host.close();
  }
});

test("what the visitor typed survives a page reload", async () => {
  const { host, offers } = await openBookingPage();
  await offers.chooseOffer("Yoga Flow");
  await offers.chooseTime();
  await offers.fillDetails({ first: "Jonas", email: "jonas.reload@example.com" });
  await host.page.reload();
  const again = new TrialOffers(await addWidget(host.page, { ...apiAttributes("open-api", f.mock.base), id: "booking" }));
  await again.chooseOffer("Yoga Flow");
  await again.chooseTime();
  assert.equal(await again.firstName.inputValue(), "Jonas");
  assert.equal(await again.email.inputValue(), "jonas.reload@example.com");
  await host.close();
});
