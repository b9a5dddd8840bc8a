// End-to-end: a visitor books a Connect trial session on a studio page whose
// widget calls the (mock) Connect API directly. The first attempt meets a
// CONFLICT: the times reload, the form stays, the second attempt books.
// The mock's request log must show exactly that, with exactly these bodies.

import { test } from "node:test";
import assert from "node:assert/strict";
import { addWidget, apiAttributes, fixtures, PRIVACY, TrialSession } from "../kit/index.mjs";

const f = fixtures({ mock: true });

test("a Connect booking survives a CONFLICT and sends exactly the documented requests", async () => {
  await f.mock.control("reset", {});
  const host = await f.open("/pages/booking.html");
  const session = new TrialSession(
    await addWidget(host.page, {
      ...apiAttributes("connect", f.mock.base),
      "studio-id": "1",
      "campaign-id": "2",
      "campaign-choice": "",
      "referrer-id": "10",
      ...PRIVACY,
    }),
  );
  await session.timeHeading("Kraftwerk Fitness Köln-Ehrenfeld").waitFor();
  // The first window starts on the studio's today and has free times, whatever the day.
  await session.chooseTime();
  await session.fillDetails({ first: "Mia", last: "Schulz", email: "mia.connect@example.com", dateOfBirth: "1991-03-04" });
  await session.marketing("E-mail").check();
  // The visitor names the campaign that brought them (the configured one is the fallback).
  await session.campaign.selectOption({ label: "Corporate fitness" });
  await session.agree();

  await f.mock.control("faults", { method: "POST", path: "/connect/v1/trialsession/book", status: 409, errorCodes: ["CONFLICT"] });
  await session.book();
  await session.alert("Someone else has just booked this time.").waitFor();
  await session.timesHeading.waitFor();
  await session.firstFreeTime.waitFor();
  await session.firstFreeTime.click();
  assert.equal(await session.firstName.inputValue(), "Mia", "what was typed is still there");
  await session.book();
  await session.booked();

  const seen = await f.mock.control("requests");
  const calls = seen.map((r) => `${r.method} ${r.path}`);
  const firstBook = calls.indexOf("POST /connect/v1/trialsession/book");
  assert.ok(firstBook > 0, calls.join("\n"));
  // Before booking: the studio list, the week's slots and the field configuration.
  assert.deepEqual([...new Set(calls.slice(0, firstBook))].sort(), [
    "GET /connect/v1/campaign",
    "GET /connect/v1/trialsession",
    "GET /connect/v1/trialsession/config/validation",
    "GET /connect/v2/studio",
  ]);
  // Then: the conflict, fresh slots, and the booking that worked.
  assert.deepEqual(calls.slice(firstBook), [
    "POST /connect/v1/trialsession/book",
    "GET /connect/v1/trialsession",
    "POST /connect/v1/trialsession/book",
  ]);
  const [conflicted, booked] = seen.filter((r) => r.method === "POST").map((r) => r.body);
  const expectedLead = {
    firstname: "Mia",
    lastname: "Schulz",
    email: "mia.connect@example.com",
    dateOfBirth: "1991-03-04",
    privacyConfiguration: { email: true, letter: false, phone: false, textMessage: false },
  };
  for (const body of [conflicted, booked]) {
    assert.deepEqual(Object.keys(body).sort(), ["leadCustomer", "referrerId", "sourceCampaignId", "startDateTime", "studioId", "trainerRequired"]);
    assert.equal(body.studioId, 1);
    assert.equal(body.trainerRequired, true);
    assert.equal(body.referrerId, 10);
    assert.equal(body.sourceCampaignId, 3, "the campaign the visitor picked");
    assert.deepEqual(body.leadCustomer, expectedLead);
    assert.match(body.startDateTime, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000[+-]\d\d:\d\d\[Europe\/Berlin\]$/);
  }
  // The slot string goes back exactly as the API sent it.
  const slotsAnswer = await (await fetch(`${f.mock.base}/connect/v1/trialsession?studioId=1&startDate=${booked.startDateTime.slice(0, 10)}&endDate=${booked.startDateTime.slice(0, 10)}`)).json();
  assert.ok(
    slotsAnswer.slots.length === 0 || !slotsAnswer.slots.some((s) => s.startDateTime === booked.startDateTime),
    "the booked time is taken now",
  );
  const slotQuery = Object.fromEntries(seen.find((r) => r.path === "/connect/v1/trialsession").query);
  assert.equal(slotQuery.studioId, "1");
  assert.match(slotQuery.startDate, /^\d{4}-\d\d-\d\d$/);
  assert.ok(seen.every((r) => r.acceptLanguage === "en" && r.clientSentApiKey === false));
  assert.deepEqual(host.consoleErrors.filter((e) => !e.includes("409")), []);
  await host.close();
});
