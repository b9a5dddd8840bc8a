// Fault drills, end to end: a visitor books a trial class in headless Chromium with the
// release dist/, through each proxy the project ships (tests/proxy/proxies/: nginx, the
// edge function in workerd, the WordPress plugin's REST route; TB_PROXIES picks some) to
// the mock API server, all on 127.0.0.1. Between the proxy and the mock sits a plug that
// can be pulled (the API is down) or drop a connection. First the full booking; then one fault at a time. For each:
// the visitor sees a specific, helpful message and never the API's (or the proxy's) own
// text, what they typed is still there, trying again works once the fault is gone, and the
// mock made exactly one lead and one booking.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { access } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { assertOneLeadOneBooking, DEMO_API_KEY, HostPage, launchBrowser, startMock, startServer, TrialOffers } from "../kit/index.mjs";
import { assertAvailable, selectedProxies } from "./proxies/index.mjs";
import { startPlug } from "./support.mjs";

const LEAD_CREATE = "/v1/trial-offers/lead/create";
const BOOK = "/v1/trial-offers/classes/booking/book";
const CLASSES = "/v1/trial-offers/bookable-trial-offers/classes";
const YOGA_SLOTS = `${CLASSES}/1001/slots`;

// The widget's messages (locales/en.txt) a visitor should see.
const SAYS = {
  conflict: "Someone else has just booked this time. Please choose another time.",
  busy: "Many people are booking right now. Please try again in a minute.",
  notAnswering: "The studio's booking system is not answering right now. Please try again in a moment.",
  server: "Something went wrong in the studio's booking system. Please try again later.",
  notAvailable: "This time cannot be booked. Please choose another time.",
  offersFailed: "The offers could not be loaded.",
  timesFailed: "The times could not be loaded.",
};
// What a visitor must never see: the API's developer texts and codes, the proxy's own
// error texts, nginx's HTML page.
const NEVER = /Mock error|developer text|mock-\d{3}|errorCode|errorMessage|traceId|HTTP_\d{3}|Bad Gateway|nginx|<html|could not be reached|did not answer in time|Too many requests|SOMETHING_NEW/i;

const f = {};
before(async () => {
  const dist = fileURLToPath(new URL("../../dist/trial-booking.js", import.meta.url));
  await access(dist).catch(() => {
    throw new Error("dist/ is missing: build it first (scripts/build, or scripts/test)");
  });
  f.site = await startServer();
  f.mock = await startMock();
  f.plug = await startPlug(f.mock.base);
  f.browser = await launchBrowser();
});
after(async () => {
  await f.browser?.close();
  await f.plug?.stop();
  await f.mock?.stop();
  await f.site?.stop();
});

/** A studio page whose widget talks to the proxy at `apiBase`, as a visitor uses it. */
class Visitor {
  static async arrive(apiBase) {
    const host = await HostPage.open(f.browser, f.site.base, "/pages/booking.html");
    const visitor = new Visitor(host, apiBase);
    await visitor.addWidget();
    return visitor;
  }

  constructor(host, apiBase) {
    this.host = host;
    this.page = host.page;
    this.apiBase = apiBase;
    this.root = host.page.locator("trial-booking");
  }

  async addWidget() {
    await this.page.evaluate((base) => {
      const el = document.createElement("trial-booking");
      el.setAttribute("backend", "open-api");
      el.setAttribute("api-base", base);
      el.setAttribute("privacy-url", "https://studio.example/privacy");
      document.getElementById("host").append(el);
    }, this.apiBase);
  }

  /** Leaves and comes back later in the same tab. */
  async comeBack() {
    await this.page.reload();
    await this.addWidget();
  }

  async chooseOffer(name = "Yoga Flow") {
    await this.root.getByRole("button", { name }).click();
    await this.root.getByRole("heading", { name: `Choose a time: ${name}` }).waitFor();
  }

  async chooseFirstFreeTime() {
    await this.root.getByRole("button", { name: /places left/ }).first().click();
    await this.root.getByRole("heading", { name: "Your details" }).waitFor();
  }

  async fillDetails(person) {
    await new TrialOffers(this.root).fillDetails(person);
    await this.root.getByLabel(/I agree that the studio processes my details/).check();
  }

  /** Offer, time and details, up to the Book button. */
  async getReadyToBook(person) {
    await this.chooseOffer();
    await this.chooseFirstFreeTime();
    await this.fillDetails(person);
  }

  async book() {
    await this.root.getByRole("button", { name: "Book now" }).click();
  }

  async isBooked() {
    await this.root.getByRole("heading", { name: "You're booked!" }).waitFor();
  }

  /** Waits for an announced message (role="alert") with this text; no API text beside it. */
  async sees(text) {
    await this.root.getByRole("alert").filter({ hasText: text }).first().waitFor();
    await this.assertNeverSeesApiText();
  }

  /** The browser's next answer from a URL ending in `path`. */
  answerTo(path) {
    return this.page.waitForResponse((r) => r.url().endsWith(path));
  }

  async assertNeverSeesApiText() {
    assert.equal(await this.root.getByText(NEVER).count(), 0, await this.root.evaluate((el) => el.shadowRoot.textContent));
  }

  /** The details form still holds what was typed. */
  async assertFormKept(person) {
    assert.equal(await this.root.getByLabel("First name").inputValue(), person.first);
    assert.equal(await this.root.getByLabel("Last name").inputValue(), person.last);
    assert.equal(await this.root.getByLabel("E-mail address").inputValue(), person.email);
    assert.equal(await this.root.getByLabel("Phone number").inputValue(), person.phone);
    assert.ok(await this.root.getByLabel(/I agree that the studio processes my details/).isChecked());
  }

  /** Once the lead exists, the form is replaced by who is booking. */
  async assertBookingAs(person) {
    await this.root.getByText(`You are booking as ${person.first} ${person.last} (${person.email}).`).waitFor();
  }

  async leave() {
    await this.host.close();
  }
}

const person = (drill) => ({ first: "Mia", last: "Schulz", email: `mia.${drill}@example.com`, phone: "0221 5550100" });

async function fresh(faults) {
  await f.mock.control("reset", {});
  if (faults) await f.mock.control("faults", faults);
}

const requests = () => f.mock.control("requests");

/**
 * One drill: the visitor gets ready to book (with `faults` set), then `during` meets the
 * fault and checks what the visitor is told and that what they typed is kept, ending
 * ready to book again. Once the fault is gone, booking again works, and exactly one lead
 * and one booking were made. Resolves with the mock's request log.
 */
async function drill(name, { faults, apiBase = f.proxy.base } = {}, during) {
  const mia = person(name);
  await fresh(faults);
  const visitor = await Visitor.arrive(apiBase);
  await visitor.getReadyToBook(mia);
  await during(visitor, mia);
  await visitor.book();
  await visitor.isBooked();
  const seen = await assertOneLeadOneBooking(f.mock);
  await visitor.leave();
  return seen;
}

for (const kind of await selectedProxies()) {
  describe(kind.name, () => {
    before(async () => {
      await assertAvailable(kind);
      const origins = [new URL(f.site.base).origin];
      // As a studio runs it, but with a short read timeout so that a stall is over quickly.
      f.proxy = await kind.start({ upstream: f.plug.base, origins, readTimeout: "2s" });
      // nginx's stock HTML error pages for 502/503/504, as many proxies and load balancers answer.
      f.htmlProxy = kind.traits.stockErrorPages ? await kind.start({ upstream: f.plug.base, origins, stock5xx: true }) : undefined;
    });
    after(async () => {
      await f.htmlProxy?.stop();
      await f.proxy?.stop();
    });

    test("the full trial-offer booking through the proxy", async () => {
      await fresh();
      const visitor = await Visitor.arrive(f.proxy.base);
      await visitor.getReadyToBook(person("full"));
      await visitor.book();
      await visitor.isBooked();
      await visitor.root.getByRole("link", { name: "Add to calendar" }).waitFor();

      const seen = await assertOneLeadOneBooking(f.mock);
      const calls = seen.map((r) => `${r.method} ${r.path}`);
      assert.deepEqual(calls.slice(0, 2).sort(), [`GET ${CLASSES.replace("classes", "appointments/bookable")}`, `GET ${CLASSES}`]);
      assert.deepEqual(calls.slice(2, 4).sort(), [`GET ${YOGA_SLOTS}`, "GET /v1/trial-offers/config/1"]);
      assert.deepEqual(calls.slice(4), [
        "POST /v1/trial-offers/lead/validate",
        `POST ${LEAD_CREATE}`,
        "POST /v1/trial-offers/classes/booking/validate",
        `POST ${BOOK}`,
      ]);
      // The mock answered every one (a missing or wrong key would have been a 401), in the page's language.
      assert.ok(seen.every((r) => r.status === 200 && r.acceptLanguage === "en"), JSON.stringify(seen.map((r) => r.status)));
      assert.deepEqual(visitor.host.consoleErrors, []);
      assert.ok(visitor.host.requests.every((u) => u.startsWith("http://127.0.0.1:") || u.startsWith("data:")));
      const page = await visitor.page.content();
      assert.ok(!page.includes(DEMO_API_KEY));
      await visitor.leave();
    });

    test("drill: 409 on book", async () => {
      const seen = await drill("conflict", { faults: { method: "POST", path: BOOK, status: 409 } }, async (visitor, mia) => {
        await visitor.book();
        // Back at the times, freshly loaded, with the reason.
        await visitor.sees(SAYS.conflict);
        await visitor.root.getByRole("heading", { name: "Choose a time: Yoga Flow" }).waitFor();
        await visitor.chooseFirstFreeTime();
        await visitor.assertBookingAs(mia);
      });
      assert.equal(seen.filter((r) => r.path === LEAD_CREATE).length, 1, "the lead is not created again");
    });

    test("drill: 429 on a list read", async () => {
      await drill("busy", {}, async (visitor, mia) => {
        // The visitor leaves and comes back while the API is rate-limiting: the widget tries
        // four times (honouring Retry-After), then says so.
        await f.mock.control("faults", { method: "GET", path: CLASSES, status: 429, retryAfter: 1, times: 4 });
        await visitor.comeBack();
        await visitor.sees(SAYS.offersFailed);
        await visitor.sees(SAYS.busy);
        const tries = (await requests()).filter((r) => r.path === CLASSES && r.status === 429).length;
        assert.equal(tries, 4);
        await visitor.root.getByRole("button", { name: "Try again" }).click();
        await visitor.chooseOffer();
        await visitor.chooseFirstFreeTime();
        await visitor.assertFormKept(mia);
      });
    });

    test("drill: 500 on lead create", async () => {
      const seen = await drill("server", { faults: { method: "POST", path: LEAD_CREATE, status: 500 } }, async (visitor, mia) => {
        await visitor.book();
        await visitor.sees(SAYS.server);
        await visitor.assertFormKept(mia);
      });
      assert.deepEqual(seen.filter((r) => r.path === LEAD_CREATE).map((r) => r.status), [500, 200]);
    });

    test("drill: the API is down (a 502: the proxy's JSON, or nginx's own HTML page)", async () => {
      // nginx can also answer with its stock HTML page, as many proxies and load balancers do.
      const html = f.htmlProxy !== undefined;
      await drill("down", { apiBase: (f.htmlProxy ?? f.proxy).base }, async (visitor, mia) => {
        await f.plug.pull();
        try {
          const before = (await requests()).length;
          const answer = visitor.answerTo("/lead/validate");
          await visitor.book();
          const response = await answer;
          assert.equal(response.status(), 502);
          assert.match(response.headers()["content-type"], html ? /^text\/html/ : /^application\/json/);
          await visitor.sees(SAYS.notAnswering);
          await visitor.assertFormKept(mia);
          assert.equal((await requests()).length, before, "nothing reached the API");
        } finally {
          await f.plug.pushIn();
        }
      });
    });

    test("drill: malformed JSON on slots", async () => {
      await drill("malformed", {}, async (visitor, mia) => {
        await f.mock.control("faults", { method: "GET", path: YOGA_SLOTS, malformed: true });
        await visitor.comeBack();
        await visitor.root.getByRole("button", { name: "Yoga Flow" }).click();
        await visitor.sees(SAYS.timesFailed);
        await visitor.sees(SAYS.server);
        await visitor.root.getByRole("button", { name: "Try again" }).click();
        await visitor.chooseFirstFreeTime();
        await visitor.assertFormKept(mia);
      });
    });

    test("drill: a stalled upstream (the proxy gives up after its read timeout)", async () => {
      const faults = { method: "POST", path: "/v1/trial-offers/lead/validate", delayMs: 4000 };
      await drill("stalled", { faults }, async (visitor, mia) => {
        const answer = visitor.answerTo("/lead/validate");
        await visitor.book();
        assert.equal((await answer).status(), 504);
        await visitor.sees(SAYS.notAnswering);
        await visitor.assertFormKept(mia);
      });
    });

    test("drill: a dropped connection on book", async () => {
      const seen = await drill("dropped", { faults: { method: "POST", path: BOOK, drop: true } }, async (visitor, mia) => {
        f.plug.dropAfter(BOOK);
        const answer = visitor.answerTo("/classes/booking/book");
        await visitor.book();
        // The API closed the connection without a word; the proxy answers 502 for it.
        assert.equal((await answer).status(), 502);
        await visitor.sees(SAYS.notAnswering);
        await visitor.assertBookingAs(mia);
      });
      assert.deepEqual(seen.filter((r) => r.path === BOOK).map((r) => r.status), [null, 200]);
    });

    test("drill: the booking made, its answer lost on the way: the next try finds it made", async () => {
      const seen = await drill("lost-booking", {}, async (visitor, mia) => {
        // The plug passes the book on to the API, which books, and drops the answer.
        f.plug.dropAfter(BOOK);
        const answer = visitor.answerTo("/classes/booking/book");
        await visitor.book();
        assert.equal((await answer).status(), 502);
        await visitor.sees(SAYS.notAnswering);
        await visitor.assertBookingAs(mia);
      });
      // The second try asked (validate: already booked) and never booked again.
      assert.deepEqual(seen.filter((r) => r.path === BOOK).map((r) => r.status), [200]);
    });

    test("drill: the lead made, its answer lost on the way: the studio has the details, never a second lead", async () => {
      const mia = person("lost-lead");
      await fresh();
      const visitor = await Visitor.arrive(f.proxy.base);
      await visitor.getReadyToBook(mia);
      f.plug.dropAfter(LEAD_CREATE);
      await visitor.book();
      await visitor.sees(SAYS.notAnswering);
      await visitor.book();
      await visitor.root.getByRole("heading", { name: "The studio has your details" }).waitFor();
      await visitor.root.getByRole("paragraph").filter({ hasText: "The studio will call you to agree a time for your trial session." }).waitFor();
      const seen = await requests();
      assert.deepEqual(seen.filter((r) => r.path === LEAD_CREATE).map((r) => r.status), [200], "one lead");
      assert.equal(seen.filter((r) => r.path === BOOK).length, 0, "no booking");
      await visitor.leave();
    });

    test("drill: an unknown enum value in a validation status", async () => {
      const faults = { method: "POST", path: "/v1/trial-offers/classes/booking/validate", unknownEnum: true };
      await drill("enum", { faults }, async (visitor, mia) => {
        await visitor.book();
        await visitor.sees(SAYS.notAvailable);
        await visitor.root.getByRole("heading", { name: "Choose a time: Yoga Flow" }).waitFor();
        await visitor.chooseFirstFreeTime();
        await visitor.assertBookingAs(mia);
      });
    });

    test("drill: an API text field that contains HTML", async () => {
      const mia = person("html");
      await fresh();
      const list = await (await fetch(`${f.mock.base}${CLASSES}?offset=0&sliceSize=100`, { headers: { "X-API-KEY": DEMO_API_KEY } })).json();
      const yoga = list.result.find((item) => item.trialOfferClass.title === "Yoga Flow");
      const title = `Yoga <img src=x onerror="window.__injected=1"><b>Flow</b>`;
      yoga.trialOfferClass.title = title;
      yoga.trialOfferClass.description = `<script>window.__injected=2</script><a href="https://evil.example">Click</a>`;
      await f.mock.control("faults", { method: "GET", path: CLASSES, body: { ...list, hasNext: false } });
      const visitor = await Visitor.arrive(f.proxy.base);
      // Shown as the text it is, never as markup.
      await visitor.chooseOffer(title);
      assert.equal(await visitor.root.locator("img, b, script, a[href^='https://evil']").count(), 0);
      await visitor.chooseFirstFreeTime();
      await visitor.fillDetails(mia);
      await visitor.book();
      await visitor.isBooked();
      await visitor.root.getByText(title).first().waitFor();
      assert.equal(await visitor.root.locator("img, b, script").count(), 0);
      assert.equal(await visitor.page.evaluate(() => window.__injected), undefined);
      await assertOneLeadOneBooking(f.mock);
      await visitor.leave();
    });
  });
}
