// End-to-end: the done step's calendar links (Google Calendar, Outlook.com) in both flows,
// for a studio in another zone than the visitor's browser: the times in UTC, the place
// where the API gives it, nothing personal.

import { test } from "node:test";
import assert from "node:assert/strict";
import { addWidget, apiAttributes, fixtures, TrialOffers, TrialSession } from "../kit/index.mjs";

const f = fixtures({ mock: true });
const PERSON = { first: "Mia", last: "Schulz", email: "mia.calendar@example.com", phone: "0221 5550100", dateOfBirth: "1990-04-12" };

/** `2026-12-08T09:00:00+01:00` as Google's `20261208T080000Z`. */
const stamp = (rfc3339) => new Date(rfc3339).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

for (const [name, backend, Flow, extra] of [
  ["trial offers", "open-api", TrialOffers, {}],
  ["trial session", "connect", TrialSession, { "studio-id": "1" }],
]) {
  test(`${name}: Google Calendar and Outlook.com links with the studio's times in UTC, from a browser in New York`, async () => {
    await f.mock.control("reset", {});
    const host = await f.open("/pages/booking.html", { timezoneId: "America/New_York" });
    await host.page.evaluate(() => {
      window.__booked = null;
      document.addEventListener("trial-booking:booked", (e) => (window.__booked = e.detail));
    });
    const widget = await addWidget(host.page, { lang: "en", ...apiAttributes(backend, f.mock.base), ...extra });
    const flow = new Flow(widget);
    if (flow instanceof TrialOffers) await flow.chooseOffer();
    await flow.chooseTime();
    await flow.fillDetails(backend === "connect" ? PERSON : { ...PERSON, dateOfBirth: undefined });
    await flow.agree();
    await flow.book();
    await flow.booked();
    const booked = await host.page.evaluate(() => window.__booked);
    const google = new URL(await widget.getByRole("link", { name: "Add to Google Calendar" }).getAttribute("href"));
    const outlook = new URL(await widget.getByRole("link", { name: "Add to Outlook.com" }).getAttribute("href"));
    assert.equal(google.origin + google.pathname, "https://calendar.google.com/calendar/render");
    assert.equal(google.searchParams.get("dates"), `${stamp(booked.start)}/${stamp(booked.end ?? booked.start)}`);
    assert.equal(outlook.origin + outlook.pathname, "https://outlook.live.com/calendar/0/action/compose");
    assert.equal(outlook.searchParams.get("startdt"), new Date(booked.start).toISOString().replace(/\.\d{3}/, ""));
    if (backend === "connect") assert.match(google.searchParams.get("location"), /^Kraftwerk Fitness Köln-Ehrenfeld, /);
    for (const link of [google, outlook]) {
      const text = decodeURIComponent(link.search);
      for (const personal of [PERSON.first, PERSON.last, PERSON.email, PERSON.phone]) assert.ok(!text.includes(personal), `${personal} in ${link}`);
    }
    assert.equal(await widget.getByRole("link", { name: "Add to Google Calendar" }).getAttribute("target"), "_blank");
    await host.close();
  });
}
