// End-to-end: the loader (trial-booking.js) against the release dist/. It
// fetches only the wasm of an element's backend, starts the first API reads
// before that wasm has arrived (and the wasm adopts them, under the same retry
// rules), shows a placeholder meanwhile, and owns the element's life: moves,
// removals and attribute changes.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { addWidget, apiAttributes, fixtures, TrialOffers, TrialSession } from "../kit/index.mjs";

const f = fixtures({ mock: true });

/** A host page with one `<trial-booking>` (English) of `backend` pointed at the mock, and more `attributes`. */
async function openWith(backend, attributes = {}, { routeWasm, now } = {}) {
  const host = await f.open("/pages/booking.html", {}, now === undefined ? undefined : { now });
  if (routeWasm) await host.page.route("**/*.wasm", routeWasm);
  const widget = await addWidget(host.page, { lang: "en", ...apiAttributes(backend, f.mock.base), ...attributes });
  return { host, widget };
}

const wasmFetched = (host) => host.requests.filter((u) => u.endsWith(".wasm")).map((u) => u.split("/").pop());

describe("one wasm per backend", () => {
  for (const [backend, wasm, ready] of [
    ["open-api", "tb-open-api_bg.wasm", (widget) => new TrialOffers(widget).offer("Yoga Flow")],
    ["connect", "tb-connect_bg.wasm", (widget) => new TrialSession(widget).studiosHeading],
    ["demo", "tb-demo_bg.wasm", (widget) => new TrialOffers(widget).offer("Yoga Flow")],
  ]) {
    test(`backend="${backend}" fetches ${wasm} only`, async () => {
      const { host, widget } = await openWith(backend);
      await ready(widget).first().waitFor();
      assert.deepEqual(wasmFetched(host), [wasm]);
      assert.deepEqual(host.consoleErrors, []);
      await host.close();
    });
  }
});

describe("prefetch", () => {
  test("the catalogue is asked for before the wasm, once, and adopted", async () => {
    await f.mock.control("reset", {});
    // The page's own clock: Playwright's pinned one (TB_NOW) also fakes the
    // resource timings this test reads. The catalogue does not depend on the date.
    const { host, widget } = await openWith("open-api", {}, { now: null });
    await new TrialOffers(widget).offer("Yoga Flow").waitFor();
    const started = await host.page.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => ({ name: e.name, startTime: e.startTime })),
    );
    const wasm = started.find((e) => e.name.endsWith("tb-open-api_bg.wasm"));
    const catalogue = started.filter((e) => e.name.includes("/bookable-trial-offers/"));
    assert.equal(catalogue.length, 2, JSON.stringify(started, null, 1));
    for (const read of catalogue) assert.ok(read.startTime <= wasm.startTime, `${read.name} started after the wasm`);
    const calls = (await f.mock.control("requests")).map((r) => `${r.method} ${r.path} ${r.acceptLanguage}`);
    assert.deepEqual(calls.sort(), [
      "GET /v1/trial-offers/bookable-trial-offers/appointments/bookable en",
      "GET /v1/trial-offers/bookable-trial-offers/classes en",
    ]);
    await host.close();
  });

  test("a failed prefetched read is retried by the wasm like any other", async () => {
    await f.mock.control("reset", {});
    await f.mock.control("faults", { method: "GET", path: "/v1/trial-offers/bookable-trial-offers/classes", status: 503, times: 1 });
    const { host, widget } = await openWith("open-api");
    await new TrialOffers(widget).offer("Yoga Flow").waitFor();
    const classes = (await f.mock.control("requests")).filter((r) => r.path === "/v1/trial-offers/bookable-trial-offers/classes");
    assert.deepEqual(classes.map((r) => r.status), [503, 200]);
    await host.close();
  });

  test("Connect's studio list is prefetched and adopted", async () => {
    await f.mock.control("reset", {});
    const { host, widget } = await openWith("connect");
    // The list's answer is shown (the heading alone shows before it arrives).
    await new TrialSession(widget).studio(/Kraftwerk Fitness Köln-Ehrenfeld/).waitFor();
    const studios = (await f.mock.control("requests")).filter((r) => r.path === "/connect/v2/studio");
    assert.equal(studios.length, 1);
    await host.close();
  });
});

describe("placeholder", () => {
  test("holds the first step's place until the wasm is there, hidden from screen readers", async () => {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    const { host, widget } = await openWith("demo", {}, {
      routeWasm: async (route) => {
        await held;
        await route.continue();
      },
    });
    const placeholder = widget.locator("[part=placeholder]");
    await placeholder.waitFor();
    assert.equal(await placeholder.getAttribute("aria-hidden"), "true");
    const box = await placeholder.boundingBox();
    assert.ok(box.height >= 300, `placeholder height ${box.height}`);
    // The host's theme reaches the placeholder.
    await widget.evaluate((el) => el.style.setProperty("--tb-color-surface", "rgb(1, 2, 3)"));
    assert.equal(await placeholder.evaluate((el) => getComputedStyle(el).backgroundColor), "rgb(1, 2, 3)");
    release();
    await new TrialOffers(widget).offer("Yoga Flow").waitFor();
    assert.equal(await placeholder.count(), 0);
    assert.deepEqual(await host.cspViolations(), []);
    await host.close();
  });
});

describe("the element's life", () => {
  test("a removed widget is freed and comes back when reinserted", async () => {
    const { host, widget } = await openWith("demo");
    const offers = new TrialOffers(widget);
    await offers.offer("Yoga Flow").waitFor();
    await widget.evaluate((el) => {
      window.__removed = el;
      el.remove();
    });
    await host.page.waitForFunction(() => window.__removed.shadowRoot.querySelector(".tb-root") === null);
    await host.page.evaluate(() => document.getElementById("host").append(window.__removed));
    await offers.offer("Yoga Flow").waitFor();
    await host.close();
  });

  test("moving the element keeps the running widget", async () => {
    const { host, widget } = await openWith("demo");
    const offers = new TrialOffers(widget);
    await offers.offer("Yoga Flow").waitFor();
    const same = await widget.evaluate(async (el) => {
      const before = el.shadowRoot.querySelector(".tb-root");
      const elsewhere = document.createElement("div");
      document.body.append(elsewhere);
      elsewhere.append(el);
      await new Promise((r) => setTimeout(r, 50));
      return el.shadowRoot.querySelector(".tb-root") === before;
    });
    assert.ok(same, "a move must not remount");
    await host.close();
  });

  test("changing attributes remounts once with the new configuration", async () => {
    const { host, widget } = await openWith("demo", { heading: "Before" });
    await widget.getByRole("heading", { name: "Before" }).waitFor();
    await widget.evaluate((el) => {
      el.setAttribute("heading", "After");
      el.setAttribute("lang", "de");
    });
    await widget.getByRole("heading", { name: "After" }).waitFor();
    await widget.getByRole("navigation", { name: "Buchungsschritte" }).waitFor();
    assert.equal(await widget.evaluate((el) => el.shadowRoot.querySelectorAll(".tb-root").length), 1);
    await host.close();
  });

  test("switching the backend loads that backend's wasm", async () => {
    const { host, widget } = await openWith("demo");
    const offers = new TrialOffers(widget);
    await offers.offer("Yoga Flow").waitFor();
    await widget.evaluate((el, mock) => {
      el.setAttribute("backend", "connect");
      el.setAttribute("api-base", mock);
    }, f.mock.base);
    await new TrialSession(widget).studiosHeading.waitFor();
    assert.deepEqual(wasmFetched(host), ["tb-demo_bg.wasm", "tb-connect_bg.wasm"]);
    await host.close();
  });
});

describe("language", () => {
  test("the element's, the page's, then the browser's, keeping the region", async () => {
    const host = await f.open("/pages/booking.html", { locale: "de-AT" });
    const locales = await host.page.evaluate(async () => {
      const { visitorLocale } = await import("/trial-booking.js");
      const probe = (html) => {
        const box = document.createElement("div");
        box.innerHTML = html;
        document.body.append(box);
        const result = visitorLocale(box.querySelector("trial-booking"));
        box.remove();
        return result;
      };
      document.documentElement.lang = "";
      return [
        probe('<trial-booking lang="en-GB"></trial-booking>'),
        probe('<section lang="de-CH"><trial-booking></trial-booking></section>'),
        probe('<section lang="xx"><trial-booking></trial-booking></section>'),
        probe('<section lang="de"><trial-booking></trial-booking></section>'),
      ];
    });
    // The browser says de-AT: it fills in a region the page leaves open.
    assert.deepEqual(locales, ["en-GB", "de-CH", "de-AT", "de-AT"]);
    await host.close();
  });

  test("one matcher, CLDR's: aliases, likely regions, close languages, preference order", async () => {
    const host = await f.open("/pages/booking.html");
    const cases = [
      [["no"], "nb-NO"], // the macrolanguage: CLDR's distance to Bokmål is 1
      [["no-NO"], "nb-NO"],
      [["nn"], "nb-NO"], // Nynorsk reads Bokmål (20)
      [["gsw"], "de-CH"], // Swiss German: German, with the region CLDR finds likely
      [["mo"], "ro"], // an alias Intl.Locale resolves
      [["EN_us"], "en-US"],
      [["de-ch"], "de-CH"],
      [["no", "de"], "nb-NO"], // a close match asked for first beats a later exact one
      [["sk", "de"], "de"], // a far one (Slovak → Czech, 20) does not
      [["sk"], "cs-SK"],
      [["da", "de"], "de"],
      [["xx-YY", "de-AT", "en"], "de-AT"],
      [["en", "en-GB", "de-DE"], "en-GB"],
      [["de", "en-GB"], "de"],
      [["not a tag!", "fr"], "fr"],
      [["zz"], "en"],
      [[], "en"],
    ];
    const got = await host.page.evaluate(async (cases) => {
      const { matchLocale } = await import("/trial-booking.js");
      return cases.map(([asked]) => matchLocale(asked));
    }, cases);
    assert.deepEqual(got, cases.map(([, want]) => want));
    await host.close();
  });
});
