// End-to-end: from visit to member (issue 20), in both flows against the mock
// API and the release dist/: the studio's thank-you page (`success-url`),
// conversions to the page's own Google tag and Meta pixel (`analytics`), the
// note for the studio's staff (`note`, `utm_*`), and "None of these times suits
// me" (the call-back lead).

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { addWidget, apiAttributes, fixtures, LeadCapture, PRIVACY, TrialOffers, TrialSession } from "../kit/index.mjs";

const f = fixtures({ mock: true });

/** What each flow's visitor types (each flow's test studio asks for these fields). */
const PEOPLE = {
  "open-api": { first: "Mia", last: "Schulz", email: "mia.funnel@example.com", phone: "0221 5550100" },
  connect: { first: "Mia", last: "Schulz", email: "mia.funnel@example.com", phone: "0221 5550100", dateOfBirth: "1991-03-04" },
};
const BACKENDS = Object.keys(PEOPLE);
const STUDIO = "Kraftwerk Fitness Köln-Ehrenfeld";

/**
 * The booking page (with `query`) and one widget of `backend` on the mock.
 * Every `trial-booking:*` event is recorded in `host.events` (on the Node
 * side, so a page that navigates away keeps them).
 */
async function openWith(backend, attributes = {}, { query = "" } = {}) {
  const host = await f.open(`/pages/booking.html${query}`);
  host.events = [];
  await host.page.exposeFunction("__tbEvent", (name, detail) => host.events.push({ name, detail }));
  await host.page.evaluate(() => {
    for (const name of ["booked", "lead", "details-submitted"]) {
      document.addEventListener(`trial-booking:${name}`, (e) => window.__tbEvent(e.type, e.detail));
    }
  });
  const widget = await addWidget(host.page, widgetAttributes(backend, attributes));
  return { host, widget };
}

/** The attributes of the one widget of `backend` on the mock (its id, so its storage key, always the same). */
const widgetAttributes = (backend, attributes) => ({ lang: "en", ...apiAttributes(backend, f.mock.base), ...PRIVACY, id: "booking", ...attributes });

/** The visitor of `backend`'s flow up to the Book button. */
async function readyToBook(backend, widget) {
  if (backend === "open-api") {
    const offers = new TrialOffers(widget);
    await offers.getReadyToBook(PEOPLE[backend]);
    return offers;
  }
  const session = new TrialSession(widget);
  await session.chooseStudio(STUDIO);
  await session.chooseTime();
  await session.fillDetails(PEOPLE[backend]);
  await session.agree();
  return session;
}

/** The query of the page the browser is on now, as an object. */
const query = (page) => Object.fromEntries(new URL(page.url()).searchParams);

/** Spies for the page's Google tag and Meta pixel: every call in `window.__tags`; `throws`: each call throws after recording. */
const spyOnTags = (page, { throws = false } = {}) =>
  page.evaluate((throws) => {
    window.__tags = [];
    for (const name of ["gtag", "fbq"]) {
      window[name] = (...args) => {
        window.__tags.push([name, ...args]);
        if (throws) throw new Error(`${name} is down`);
      };
    }
  }, throws);
const tags = (page) => page.evaluate(() => window.__tags);

/** Nothing the visitor typed is in `text`. */
function nothingPersonal(backend, text) {
  for (const value of Object.values(PEOPLE[backend])) {
    for (const form of [value, encodeURIComponent(value), value.replace(/ /g, "+")]) assert.ok(!text.includes(form), `${value} is in ${text}`);
  }
}

describe("the thank-you page (success-url)", () => {
  for (const backend of BACKENDS) {
    test(`${backend}: once booked the page goes to success-url with what happened and nothing personal`, async () => {
      await f.mock.control("reset", {});
      const { host, widget } = await openWith(backend, { "success-url": "/pages/blank.html?from=studio#thanks", "success-delay": "0" });
      const flow = await readyToBook(backend, widget);
      await flow.book();
      await host.page.waitForURL(/\/pages\/blank\.html/);
      const [booked] = host.events.filter((e) => e.name === "trial-booking:booked").map((e) => e.detail);
      const expected = {
        from: "studio",
        tb_outcome: "booked",
        tb_kind: backend === "open-api" ? "class" : "trial_session",
        ...(backend === "connect" ? { tb_studio_id: "1" } : {}),
        tb_date: booked.start.slice(0, 10),
      };
      assert.deepEqual(query(host.page), expected);
      assert.equal(new URL(host.page.url()).hash, "#thanks");
      nothingPersonal(backend, host.page.url());
      await host.close();
    });

    test(`${backend}: meanwhile "Continue" goes at once and "Stay on this page" stays`, async () => {
      await f.mock.control("reset", {});
      const { host, widget } = await openWith(backend, { "success-url": "/pages/blank.html", "success-delay": "2" });
      const flow = await readyToBook(backend, widget);
      await flow.book();
      await flow.booked();
      const start = host.page.url();
      const proceed = widget.getByRole("link", { name: "Continue" });
      await widget.getByText("In a moment you will be taken to the next page.").waitFor();
      await widget.getByRole("button", { name: "Stay on this page" }).click();
      await host.page.waitForTimeout(2600);
      assert.equal(host.page.url(), start, "the visitor stayed");
      assert.equal(await widget.getByText("In a moment you will be taken to the next page.").count(), 0);
      assert.match(await proceed.getAttribute("href"), /^\/pages\/blank\.html\?tb_outcome=booked&tb_kind=/);
      await proceed.click();
      await host.page.waitForURL(/\/pages\/blank\.html\?tb_outcome=booked/);
      await host.close();
    });

    test(`${backend}: http: is refused with a clear message`, async () => {
      const { host, widget } = await openWith(backend, { "success-url": "http://studio.example/danke" });
      const said = 'success-url="http://studio.example/danke" must start with https:// or be a path on this site starting with /.';
      await widget.getByText(said).waitFor();
      assert.ok(host.consoleErrors.some((e) => e.includes(said)), host.consoleErrors.join("\n"));
      await host.close();
    });

    test(`${backend}: the page URL can neither set nor change it`, async () => {
      const evil = "https://evil.example/phish";
      const params = `?url-prefill=&success-url=${encodeURIComponent(evil)}&tb-success-url=${encodeURIComponent(evil)}&tb_success_url=${encodeURIComponent(evil)}`;
      // Without the attribute: the done step stays, with no way on.
      await f.mock.control("reset", {});
      const plain = await openWith(backend, { "url-prefill": "" }, { query: params });
      const flow = await readyToBook(backend, plain.widget);
      await flow.book();
      await flow.booked();
      await plain.host.page.waitForTimeout(300);
      assert.equal(await plain.widget.getByRole("link", { name: "Continue" }).count(), 0);
      assert.equal(new URL(plain.host.page.url()).pathname, "/pages/booking.html");
      await plain.host.close();
      // With it: the attribute's page, whatever the URL says.
      await f.mock.control("reset", {});
      const set = await openWith(backend, { "url-prefill": "", "success-url": "/pages/blank.html", "success-delay": "0" }, { query: params });
      await (await readyToBook(backend, set.widget)).book();
      await set.host.page.waitForURL(/\/pages\/blank\.html\?tb_outcome=booked/);
      assert.ok(!set.host.page.url().includes("evil"), set.host.page.url());
      await set.host.close();
    });
  }

  test("a popup's booking takes the whole page there", async () => {
    await f.mock.control("reset", {});
    const { host, widget } = await openWith("open-api", { display: "popup", "success-url": "/pages/blank.html", "success-delay": "1" });
    await widget.evaluate((el) => el.open());
    const dialog = host.page.getByRole("dialog");
    const offers = await readyToBook("open-api", dialog);
    await offers.book();
    await offers.booked();
    await host.page.waitForURL(/\/pages\/blank\.html\?tb_outcome=booked&tb_kind=class&tb_date=/);
    await host.close();
  });
});

describe("conversions to the page's own gtag and fbq (analytics)", () => {
  for (const backend of BACKENDS) {
    test(`${backend}: a booking is generate_lead and book_trial to gtag, Lead and Schedule to fbq, with nothing personal`, async () => {
      await f.mock.control("reset", {});
      const { host, widget } = await openWith(backend, { analytics: "gtag meta" });
      await spyOnTags(host.page);
      const flow = await readyToBook(backend, widget);
      assert.deepEqual(await tags(host.page), [], "choosing and typing convert nothing");
      await flow.book();
      await flow.booked();
      const [booked] = host.events.filter((e) => e.name === "trial-booking:booked").map((e) => e.detail);
      const params =
        backend === "open-api"
          ? { lead_source: "trial_booking", outcome: "booked", offer_kind: "class", offer_id: booked.offer.offerId, offer_name: "Yoga Flow" }
          : { lead_source: "trial_booking", outcome: "booked", offer_kind: "trial_session", studio_id: 1 };
      const meta =
        backend === "open-api"
          ? { content_category: "class", content_name: "Yoga Flow", outcome: "booked" }
          : { content_category: "trial_session", outcome: "booked" };
      assert.deepEqual(await tags(host.page), [
        ["gtag", "event", "generate_lead", params],
        ["gtag", "event", "book_trial", params],
        ["fbq", "track", "Lead", meta],
        ["fbq", "track", "Schedule", meta],
      ]);
      nothingPersonal(backend, JSON.stringify(await tags(host.page)));
      assert.equal(await host.page.evaluate(() => window.dataLayer), undefined, "no dataLayer unless asked");
      assert.deepEqual(host.consoleErrors, []);
      await host.close();
    });
  }

  test("only what is asked: datalayer alone calls neither tag", async () => {
    await f.mock.control("reset", {});
    const { host, widget } = await openWith("open-api", { analytics: "datalayer" });
    await spyOnTags(host.page);
    const flow = await readyToBook("open-api", widget);
    await flow.book();
    await flow.booked();
    assert.deepEqual(await tags(host.page), []);
    assert.ok((await host.page.evaluate(() => window.dataLayer.length)) > 0);
    await host.close();
  });

  test("a page without the tags, or with tags that throw, books all the same", async () => {
    for (const [backend, throws] of [["open-api", null], ["connect", true]]) {
      await f.mock.control("reset", {});
      const { host, widget } = await openWith(backend, { analytics: "gtag meta" });
      if (throws) await spyOnTags(host.page, { throws });
      const flow = await readyToBook(backend, widget);
      await flow.book();
      await flow.booked();
      if (throws) assert.equal((await tags(host.page)).length, 4, "each was called once");
      assert.deepEqual(host.consoleErrors, [], `${backend}: nothing thrown reaches the page`);
      await host.close();
    }
  });
});

describe("a note for the studio's staff (note, utm_*)", () => {
  const CAMPAIGN = "?utm_source=newsletter&utm_campaign=spring+sale&utm_medium=&tb-email=x%40example.com";
  const NOTE = "Open day flyer\nutm_source=newsletter, utm_campaign=spring sale";

  test("a Connect booking carries the embed's note and the campaign the visitor came from", async () => {
    await f.mock.control("reset", {});
    const { host, widget } = await openWith("connect", { note: "Open day flyer" }, { query: CAMPAIGN });
    const session = await readyToBook("connect", widget);
    await session.book();
    await session.booked();
    const [book] = (await f.mock.control("requests")).filter((r) => r.path === "/connect/v1/trialsession/book");
    assert.equal(book.body.note, NOTE);
    await host.close();
  });

  test("a Connect lead (mode=\"lead\") carries it as notes; without either there is none", async () => {
    for (const [attributes, query, notes] of [
      [{ mode: "lead", "studio-id": "1", note: "Open day flyer" }, CAMPAIGN, NOTE],
      [{ mode: "lead", "studio-id": "1" }, "", undefined],
    ]) {
      await f.mock.control("reset", {});
      const { host, widget } = await openWith("connect", attributes, { query });
      const lead = new LeadCapture(widget);
      await lead.fillDetails(PEOPLE["open-api"]); // name, e-mail and phone: what the form asks
      await lead.agree();
      await lead.send();
      await lead.sentHeading.waitFor();
      const [sent] = (await f.mock.control("requests")).filter((r) => r.path === "/connect/v1/lead");
      assert.equal(sent.body.notes, notes);
      await host.close();
    }
  });

  test("the Open API's lead has no field for it: nothing is sent", async () => {
    await f.mock.control("reset", {});
    const { host, widget } = await openWith("open-api", {}, { query: CAMPAIGN });
    const offers = await readyToBook("open-api", widget);
    await offers.book();
    await offers.booked();
    const bodies = (await f.mock.control("requests")).filter((r) => r.method === "POST").map((r) => JSON.stringify(r.body));
    assert.ok(bodies.every((b) => !b.includes("newsletter")), bodies.join("\n"));
    await host.close();
  });
});

describe('"None of these times suits me"', () => {
  for (const backend of BACKENDS) {
    test(`${backend}: the times lead to "We'll call you", what was typed stays, and exactly one lead is made, no booking`, async () => {
      await f.mock.control("reset", {});
      const { host, widget } = await openWith(backend, { analytics: "gtag meta" });
      await spyOnTags(host.page);
      const flow = backend === "open-api" ? new TrialOffers(widget) : new TrialSession(widget);
      if (backend === "open-api") await flow.chooseOffer("Yoga Flow");
      else await flow.chooseStudio(STUDIO);
      await flow.chooseTime();
      const { phone, ...typed } = PEOPLE[backend];
      await flow.fillDetails(typed);
      await flow.agree();
      await widget.getByRole("button", { name: "Back" }).click();
      await flow.timesHeading.waitFor();
      await widget.getByRole("button", { name: "None of these times suits me" }).click();
      await widget.getByRole("heading", { name: "We'll call you" }).waitFor();
      for (const [field, value] of [[flow.firstName, typed.first], [flow.lastName, typed.last], [flow.email, typed.email]]) {
        assert.equal(await field.inputValue(), value, "what was typed is kept");
      }
      assert.ok(await flow.consent.isChecked());
      // The studio calls: the phone number is required now.
      const send = widget.getByRole("button", { name: "Send" });
      await send.click();
      await flow.alert("Please correct the marked fields.").waitFor();
      assert.equal(await flow.phone.getAttribute("aria-invalid"), "true");
      await flow.phone.fill(phone);
      await send.click();
      await widget.getByRole("heading", { name: "The studio has your details" }).waitFor();
      await widget.getByRole("paragraph").filter({ hasText: "The studio will call you to agree a time for your trial session." }).waitFor();

      const seen = await f.mock.control("requests");
      const posted = seen.filter((r) => r.method === "POST").map((r) => r.path);
      assert.deepEqual(posted, backend === "open-api" ? ["/v1/trial-offers/lead/validate", "/v1/trial-offers/lead/create"] : ["/connect/v1/lead"]);
      const lead = seen.find((r) => r.path.endsWith("/lead/create") || r.path === "/connect/v1/lead").body;
      const sentPhone = backend === "open-api" ? lead.leadCustomerData.telephone : lead.phone;
      assert.equal(sentPhone, phone);
      if (backend === "connect") assert.equal(lead.studioId, 1);
      // Told to the page as a lead, never as a booking.
      const names = host.events.map((e) => e.name);
      assert.deepEqual(names.filter((n) => n !== "trial-booking:details-submitted"), ["trial-booking:lead"]);
      const [detail] = host.events.filter((e) => e.name === "trial-booking:lead").map((e) => e.detail);
      if (backend === "open-api") assert.equal(detail.offer.title, "Yoga Flow");
      else assert.deepEqual(detail, { offer: null, studioId: 1 });
      const called = await tags(host.page);
      assert.deepEqual(called.map((t) => `${t[0]} ${t[2]} ${t[3].outcome}`), ["gtag generate_lead call_back", "fbq Lead call_back"]);
      nothingPersonal(backend, JSON.stringify([called, host.events]));
      await host.close();
    });
  }

  test("a window without free times offers it in its message", async () => {
    await f.mock.control("reset", {});
    // Every window the widget asks for (the first and the search ahead) is empty.
    await f.mock.control("faults", { method: "GET", path: "/connect/v1/trialsession", exactPath: true, body: { name: "Probetraining", slots: [] }, times: 50 });
    const { host, widget } = await openWith("connect");
    const session = new TrialSession(widget);
    await session.chooseStudio(STUDIO);
    // The message: the innermost element with its words (a `has` locator is relative to each div).
    const message = widget.locator("div", { has: host.page.getByText("No free times on these days.", { exact: true }) }).last();
    await message.getByRole("button", { name: "None of these times suits me" }).click();
    await widget.getByRole("heading", { name: "We'll call you" }).waitFor();
    assert.equal(await widget.getByRole("button", { name: "None of these times suits me" }).count(), 0);
    await f.mock.control("reset", {});
    await host.close();
  });

  test("asking to be called leads to the thank-you page as call_back", async () => {
    await f.mock.control("reset", {});
    const { host, widget } = await openWith("connect", { "success-url": "/pages/blank.html", "success-delay": "0" });
    const session = new TrialSession(widget);
    await session.chooseStudio(STUDIO);
    await widget.getByRole("button", { name: "None of these times suits me" }).click();
    await session.fillDetails(PEOPLE.connect);
    await session.agree();
    await widget.getByRole("button", { name: "Send" }).click();
    await host.page.waitForURL(/\/pages\/blank\.html/);
    assert.deepEqual(query(host.page), { tb_outcome: "call_back", tb_kind: "trial_session", tb_studio_id: "1" });
    await host.close();
  });
});

describe("an answer lost on the way never reads as a failure, and nothing is made twice", () => {
  const BOOK = "/connect/v1/trialsession/book";
  const LEAD = "/connect/v1/lead";
  const NOT_ANSWERING = "The studio's booking system is not answering right now. Please try again in a moment.";
  const OFFLINE = "There is no connection. Please check your internet connection and try again.";

  /**
   * The next POST to `path` reaches the mock (which carries it out), and its
   * answer is lost on the way: a gateway's 504, or (`reset`) a dropped connection.
   */
  async function loseNextAnswer(page, path, { reset = false } = {}) {
    let lost = false;
    await page.route(`${f.mock.base}${path}`, async (route) => {
      if (lost || route.request().method() !== "POST") return route.fallback();
      lost = true;
      await route.fetch();
      if (reset) await route.abort("connectionreset");
      else await route.fulfill({ status: 504, contentType: "text/html", body: "<html><body>504 Gateway Time-out</body></html>" });
    });
  }

  /** Reloads the page and adds the same widget again (same id: same storage key). */
  async function reload(host, attributes = {}, backend = "connect") {
    await host.page.reload();
    return addWidget(host.page, widgetAttributes(backend, attributes));
  }

  /** The full date in a day tab's name ("Tuesday, December 8"). */
  const date = (tab) => tab.match(/[A-Z][a-z]+, [A-Z][a-z]+ \d+/)[0];

  const posts = async (path) => (await f.mock.control("requests")).filter((r) => r.method === "POST" && r.path === path);

  test("a booking made, its answer lost, the page reloaded: the next try ends on the done step with the time booked, one booking", async () => {
    await f.mock.control("reset", {});
    const { host, widget } = await openWith("connect");
    const session = new TrialSession(widget);
    await session.chooseStudio(STUDIO);
    const day = await session.shownDay.textContent();
    const booked = (await session.chooseTime()).match(/\d{1,2}:\d{2}/)[0];
    await session.fillDetails(PEOPLE.connect);
    await session.agree();
    await loseNextAnswer(host.page, BOOK);
    await session.book();
    await session.alert(NOT_ANSWERING).waitFor();
    // A reload: what was typed and the lost answer are kept in the tab; the
    // time booked is taken now, so the visitor chooses another.
    const again = new TrialSession(await reload(host));
    await again.chooseStudio(STUDIO);
    const otherDay = await again.shownDay.textContent();
    const other = (await again.chooseTime()).match(/\d{1,2}:\d{2}/)[0];
    assert.notEqual(`${otherDay} ${other}`, `${day} ${booked}`, "the time booked is no longer free");
    assert.equal(await again.firstName.inputValue(), PEOPLE.connect.first, "what was typed is kept");
    if (!(await again.consent.isChecked())) await again.agree();
    await again.book();
    await again.booked();
    const done = (await again.widget.getByRole("definition").allTextContents()).join(" | ");
    assert.ok(done.includes(date(day)) && done.includes(booked), `the done step shows the time booked (${date(day)} ${booked}), not ${date(otherDay)} ${other}: ${done}`);
    const books = await posts(BOOK);
    assert.deepEqual(books.map((r) => r.status), [200, 409], "one booking: the retry met it (TRIALSESSION_ALREADY_BOOKED)");
    await host.close();
  });

  test('"None of these times suits me": a lead made, its answer lost: the next try says the studio will call, one lead', async () => {
    await f.mock.control("reset", {});
    const { host, widget } = await openWith("connect");
    const session = new TrialSession(widget);
    await session.chooseStudio(STUDIO);
    await widget.getByRole("button", { name: "None of these times suits me" }).click();
    await session.fillDetails(PEOPLE.connect);
    await session.agree();
    await loseNextAnswer(host.page, LEAD, { reset: true });
    const send = widget.getByRole("button", { name: "Send" });
    await send.click();
    await session.alert(OFFLINE).waitFor();
    await send.click();
    await widget.getByRole("heading", { name: "The studio has your details" }).waitFor();
    assert.equal((await posts(LEAD)).length, 1, "one lead, never two");
    assert.deepEqual(host.events.map((e) => e.name).filter((n) => n === "trial-booking:lead"), ["trial-booking:lead"]);
    await host.close();
  });

  test('mode="lead": a lead made, its answer lost, the page reloaded: what was typed is kept, the next try says the studio will call, one lead', async () => {
    await f.mock.control("reset", {});
    const { host, widget } = await openWith("connect", { mode: "lead" });
    const lead = new LeadCapture(widget);
    await widget.getByRole("combobox", { name: "Studio" }).selectOption("1"); // the test studio
    await lead.fillDetails(PEOPLE["open-api"]);
    await lead.agree();
    await loseNextAnswer(host.page, LEAD);
    await lead.send();
    await lead.alert(NOT_ANSWERING).waitFor();
    const again = new LeadCapture(await reload(host, { mode: "lead" }));
    await again.firstName.waitFor();
    assert.equal(await again.firstName.inputValue(), PEOPLE["open-api"].first, "what was typed is kept");
    assert.equal(await again.phone.inputValue(), PEOPLE["open-api"].phone);
    const studio = again.widget.getByRole("combobox", { name: "Studio" });
    await studio.locator("option:checked").filter({ hasText: STUDIO }).waitFor({ state: "attached" });
    if (!(await again.consent.isChecked())) await again.agree();
    await again.send();
    await again.sentHeading.waitFor();
    assert.equal((await posts(LEAD)).length, 1, "one lead, never two");
    await host.close();
  });
  test("Open API: a class booked, its answer lost, the page reloaded, another time chosen: the done step shows the time booked, one booking", async () => {
    const CLASS_BOOK = "/v1/trial-offers/classes/booking/book";
    await f.mock.control("reset", {});
    const { host, widget } = await openWith("open-api");
    const offers = new TrialOffers(widget);
    await offers.chooseOffer("Yoga Flow");
    const day = await offers.shownDay.textContent();
    const booked = (await offers.chooseTime()).match(/\d{1,2}:\d{2}/)[0];
    await offers.fillDetails(PEOPLE["open-api"]);
    await offers.agree();
    await loseNextAnswer(host.page, `/proxy${CLASS_BOOK}`); // the mock's stand-in for the key proxy
    await offers.book();
    await offers.alert(NOT_ANSWERING).waitFor();
    const again = new TrialOffers(await reload(host, {}, "open-api"));
    await again.chooseOffer("Yoga Flow");
    // Another day's time than the one booked: the next day after the one shown (the first free day).
    const ids = await again.choosableDays.evaluateAll((tabs) => tabs.map((tab) => tab.id));
    const next = again.days.locator(`[id="${ids[ids.indexOf(await again.shownDay.getAttribute("id")) + 1]}"]`);
    await next.click();
    await next.and(again.shownDay).waitFor();
    const otherDay = await again.shownDay.textContent();
    const other = (await again.chooseTime()).match(/\d{1,2}:\d{2}/)[0];
    assert.notEqual(otherDay, day);
    // The lead was made before: the visitor books as them.
    await again.widget.getByText(`${PEOPLE["open-api"].first} ${PEOPLE["open-api"].last}`, { exact: false }).waitFor();
    await again.book();
    await again.booked();
    const done = (await again.widget.getByRole("definition").allTextContents()).join(" | ");
    assert.ok(done.includes(date(day)) && done.includes(booked), `the done step shows the time booked (${date(day)} ${booked}), not ${date(otherDay)} ${other}: ${done}`);
    const seen = await f.mock.control("requests");
    assert.deepEqual(seen.filter((r) => r.method === "POST" && r.path === CLASS_BOOK).map((r) => r.status), [200], "one booking");
    assert.equal(seen.filter((r) => r.method === "POST" && r.path === "/v1/trial-offers/lead/create").length, 1, "one lead");
    await host.close();
  });
});
