// End-to-end accessibility (WCAG 2.2 AA): axe on every step of both flows, their
// error and done states (the call-back form and the way to the thank-you page
// too), in the light and the dark theme, at 360 and 1280 px; at
// every state also no horizontal scrolling, 44 px touch targets and no live region
// inside another (and again at 320 px and at 200 % zoom). Then the announced 409
// (MutationObserver), focus rings, reduced motion, and sizes on a host page with
// html { font-size: 62.5% } against a default one.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { addWidget, apiAttributes, colours, fixtures, LeadCapture, PRIVACY, THEMES, TrialOffers, TrialSession } from "../kit/index.mjs";

const f = fixtures({ mock: true });

/** axe's WCAG 2.0, 2.1 and 2.2 rules, levels A and AA. */
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const LIVE = "[role=alert], [role=status], [role=log], [aria-live]";
const CONFLICT = "Someone else has just booked this time. Please choose another time.";
const BOOK_OPEN_API = "/v1/trial-offers/classes/booking/book";
const BOOK_CONNECT = "/connect/v1/trialsession/book";

/**
 * A studio page with one widget. `theme`: "light", "dark", or "auto" (then the
 * page's context prefers a dark scheme). `width` in CSS px; a 200 % zoom of a
 * 1280 px window is a 640 px viewport.
 */
async function openWidget({ backend, theme = "light", width = 1280, page = "/pages/booking.html", attributes = {}, context = {} }) {
  const host = await f.open(page, { viewport: { width, height: 900 }, colorScheme: theme === "auto" ? "dark" : "light", ...context });
  const root = await addWidget(host.page, {
    ...apiAttributes(backend, f.mock.base),
    ...PRIVACY,
    ...(theme === "light" ? {} : { theme }),
    ...attributes,
  });
  const Flow = backend === "connect" ? TrialSession : TrialOffers;
  return { host, page: host.page, root, flow: new Flow(root) };
}

/**
 * What must hold in every state: no axe violation, no horizontal scrolling, every
 * control at least 44 × 44 px, no live region inside another.
 */
async function check(page, state, results) {
  const { violations, passes } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  // axe looked inside the widget's shadow root (a target there is a path of selectors).
  assert.ok(passes.some((rule) => rule.nodes.some((n) => Array.isArray(n.target[0]) && n.target[0][0] === "trial-booking")), `axe saw the widget, ${state}`);
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" > ")).join(" | ")}`);
  assert.deepEqual(found, [], `axe, ${state}`);
  const layout = await page.locator("trial-booking").evaluate((el) => {
    const shadow = el.shadowRoot;
    const live = [...shadow.querySelectorAll("[role=alert], [role=status], [role=log], [aria-live]")];
    const small = [...shadow.querySelectorAll("button, a[href], input, select, textarea")]
      .filter((c) => c.getClientRects().length && !c.closest(".tb-visually-hidden"))
      .map((c) => {
        // A checkbox's target is its label too; a link inside a sentence is exempt.
        const target = c.type === "checkbox" ? shadow.querySelector(`label[for="${c.id}"]`) : c;
        if (c.tagName === "A" && c.closest("label, p")) return null;
        const box = target.getBoundingClientRect();
        const width = c.type === "checkbox" ? box.width + c.getBoundingClientRect().width : box.width;
        return width < 43.5 || box.height < 43.5 ? `${c.tagName.toLowerCase()} "${(c.textContent || c.id).trim().slice(0, 30)}" ${Math.round(width)}×${Math.round(box.height)}` : null;
      })
      .filter(Boolean);
    const widget = shadow.querySelector(".tb-widget");
    return {
      pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      widgetScrolls: widget.scrollWidth > widget.clientWidth + 1,
      nested: live.filter((r) => live.some((o) => o !== r && o.contains(r))).length,
      small,
    };
  });
  assert.deepEqual(layout, { pageScrolls: false, widgetScrolls: false, nested: 0, small: [] }, `layout, ${state}`);
  results.push(state);
}

async function expectTheme(root, theme) {
  const { surface } = await colours(root);
  if (theme === "light") assert.equal(surface, THEMES.light.surface);
  else assert.equal(surface, THEMES.dark.surface, `theme ${theme}`);
}

/**
 * From the times on: details, the details with mistakes, a 409 on booking (back
 * at the times, told why), and booked; checked at each. `flow` is the widget's
 * page object; its first free time is a class time with places left, or a
 * Connect time.
 */
async function detailsToBooked({ page, flow, at, results, bookPath, person }) {
  await flow.chooseTime();
  await flow.firstName.waitFor();
  await check(page, `details (${at})`, results);

  await flow.book();
  await flow.alert("Please correct the marked fields.").waitFor();
  await check(page, `details with mistakes (${at})`, results);

  await flow.fillDetails(person);
  await flow.agree();
  await f.mock.control("faults", { method: "POST", path: bookPath, status: 409, errorCodes: ["CONFLICT"] });
  await flow.book();
  await flow.alert(CONFLICT).waitFor();
  await flow.timesHeading.waitFor();
  await flow.firstFreeTime.waitFor();
  await check(page, `times after a 409 (${at})`, results);

  await flow.firstFreeTime.click();
  await flow.book();
  await flow.booked();
  await check(page, `booked (${at})`, results);
}

async function openApiFlow({ theme, width }) {
  const results = [];
  await f.mock.control("reset", {});
  const { host, page, root, flow } = await openWidget({ backend: "open-api", theme, width });
  const at = `open-api, ${theme}, ${width} px`;
  await flow.offersHeading.waitFor();
  await expectTheme(root, theme);
  await check(page, `offers (${at})`, results);

  await flow.chooseOffer("Yoga Flow");
  await flow.firstFreeTime.waitFor();
  await check(page, `times (${at})`, results);

  const person = { first: "Mia", last: "Schulz", email: `mia.a11y.${theme}.${width}@example.com`, phone: "0221 5550100" };
  await detailsToBooked({ page, flow, at, results, bookPath: BOOK_OPEN_API, person });
  await host.close();

  // The catalogue cannot be loaded (a 500 is not retried).
  await f.mock.control("faults", { method: "GET", path: "/v1/trial-offers/bookable-trial-offers/classes", status: 500 });
  const failing = await openWidget({ backend: "open-api", theme, width });
  await failing.flow.alert("The offers could not be loaded.").waitFor();
  await failing.flow.tryAgain.waitFor();
  await check(failing.page, `offers failed to load (${at})`, results);
  await failing.host.close();
  return results;
}

async function connectFlow({ theme, width }) {
  const results = [];
  await f.mock.control("reset", {});
  const { host, page, root, flow } = await openWidget({ backend: "connect", theme, width });
  const at = `connect, ${theme}, ${width} px`;
  await flow.studiosHeading.waitFor();
  const studio = flow.studio(/Köln-Ehrenfeld/);
  await studio.waitFor();
  await expectTheme(root, theme);
  await check(page, `studios (${at})`, results);

  await flow.search.fill("Atlantis");
  await root.getByRole("status").filter({ hasText: /No studio/ }).waitFor();
  await check(page, `no studio matches (${at})`, results);
  await flow.search.fill("");

  await studio.click();
  await flow.timeHeading("Kraftwerk Fitness Köln-Ehrenfeld").waitFor();
  await flow.firstFreeTime.waitFor();
  await check(page, `times (${at})`, results);

  const person = { first: "Mia", last: "Schulz", email: `mia.session.${theme}.${width}@example.com`, dateOfBirth: "1991-03-04" };
  await detailsToBooked({ page, flow, at, results, bookPath: BOOK_CONNECT, person });
  await host.close();

  // The studios cannot be loaded.
  await f.mock.control("faults", { method: "GET", path: "/connect/v2/studio", status: 500 });
  const failing = await openWidget({ backend: "connect", theme, width });
  await failing.flow.alert("The studios could not be loaded.").waitFor();
  await check(failing.page, `studios failed to load (${at})`, results);
  await failing.host.close();

  // "We'll call you": the form, and its mistakes.
  const lead = await openWidget({ backend: "connect", theme, width, attributes: { mode: "lead" } });
  const form = new LeadCapture(lead.root);
  await form.sendButton.waitFor();
  await form.choices.first().waitFor();
  await check(lead.page, `lead form (${at})`, results);
  await form.send();
  await form.alert("Please correct the marked fields.").waitFor();
  await check(lead.page, `lead form with mistakes (${at})`, results);
  await lead.host.close();
  return results;
}

// The axe matrix: both themes (dark once by attribute, once by `auto` on a dark
// system) at both widths; then the reflow widths (320 px; 640 px is a 1280 px
// window at 200 % zoom) in the light theme.
const MATRIX = [
  { theme: "light", width: 360 },
  { theme: "dark", width: 360 },
  { theme: "light", width: 1280 },
  { theme: "auto", width: 1280 },
  { theme: "light", width: 320 },
  { theme: "dark", width: 640 },
];

describe("axe: zero WCAG 2.2 A/AA violations, no horizontal scrolling, 44 px targets", () => {
  for (const { theme, width } of MATRIX) {
    test(`Open API trial offers, ${theme}, ${width} px`, async () => {
      const states = await openApiFlow({ theme, width });
      assert.equal(states.length, 7, states.join("\n"));
    });
    test(`Connect trial sessions, ${theme}, ${width} px`, async () => {
      const states = await connectFlow({ theme, width });
      assert.equal(states.length, 10, states.join("\n"));
    });
  }
});

/**
 * "None of these times suits me": its form, the form's mistakes and the
 * studio-will-call step; and a done step on its way to the thank-you page
 * (Continue and Stay). Checked at each.
 */
async function callBackAndThankYou({ backend, theme, width }) {
  const results = [];
  await f.mock.control("reset", {});
  const at = `${backend}, ${theme}, ${width} px`;
  // A long pause: the done step stays while it is checked.
  const { host, page, root, flow } = await openWidget({ backend, theme, width, attributes: { "success-url": "/pages/blank.html", "success-delay": "600" } });
  if (backend === "connect") await flow.chooseStudio("Kraftwerk Fitness Köln-Ehrenfeld");
  else await flow.chooseOffer("Yoga Flow");
  await root.getByRole("button", { name: "None of these times suits me" }).click();
  await root.getByRole("heading", { name: "We'll call you" }).waitFor();
  await flow.firstName.waitFor();
  await check(page, `call-back form (${at})`, results);
  await root.getByRole("button", { name: "Send" }).click();
  await flow.alert("Please correct the marked fields.").waitFor();
  await check(page, `call-back form with mistakes (${at})`, results);
  const person = { first: "Mia", last: "Schulz", email: `mia.call.${backend}.${theme}.${width}@example.com`, phone: "0221 5550100" };
  await flow.fillDetails(backend === "connect" ? { ...person, dateOfBirth: "1991-03-04" } : person);
  await flow.agree();
  await root.getByRole("button", { name: "Send" }).click();
  await root.getByRole("heading", { name: "The studio has your details" }).waitFor();
  await root.getByRole("link", { name: "Continue" }).waitFor();
  await check(page, `the studio will call, on the way to the thank-you page (${at})`, results);
  await root.getByRole("button", { name: "Stay on this page" }).click();
  await check(page, `the studio will call, staying (${at})`, results);
  await host.close();
  return results;
}

describe("axe: the call-back form and the way to the thank-you page", () => {
  for (const backend of ["open-api", "connect"]) {
    for (const { theme, width } of [MATRIX[0], MATRIX[3]]) {
      test(`${backend}, ${theme}, ${width} px`, async () => {
        const states = await callBackAndThankYou({ backend, theme, width });
        assert.equal(states.length, 4, states.join("\n"));
      });
    }
  }
});

/**
 * Watches the widget's shadow root from now on: every node through which a
 * text containing `needle` arrives, with the live region it arrived in (if
 * any), whether that region was there before watching started and what it said
 * then.
 */
async function watchFor(root, needle) {
  await root.evaluate(
    (el, { needle, selector }) => {
      const shadow = el.shadowRoot;
      const before = new Map([...shadow.querySelectorAll(selector)].map((r) => [r, r.textContent]));
      window.__landings = [];
      window.__regionsBefore = before;
      new MutationObserver((records) => {
        for (const record of records) {
          const nodes = record.type === "characterData" ? [record.target] : [...record.addedNodes];
          for (const node of nodes) {
            if (!node.textContent.includes(needle)) continue;
            const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
            const region = element.closest(selector);
            window.__landings.push({
              live: region !== null,
              role: region?.getAttribute("role") ?? null,
              existedBefore: region !== null && before.has(region),
              emptyBefore: region !== null && before.get(region) === "",
              connected: element.isConnected,
            });
          }
        }
      }).observe(shadow, { subtree: true, childList: true, characterData: true });
    },
    { needle, selector: LIVE },
  );
  return async () =>
    root.evaluate(
      (el, selector) => ({
        landings: window.__landings,
        regionsNow: [...el.shadowRoot.querySelectorAll(selector)].map((r) => window.__regionsBefore.has(r)),
      }),
      LIVE,
    );
}

describe("the 409 message lands in a live region that was there, empty, before it", () => {
  for (const backend of ["open-api", "connect"]) {
    test(backend, async () => {
      await f.mock.control("reset", {});
      const { host, root, flow } = await openWidget({ backend, attributes: backend === "connect" ? { "studio-id": "1" } : {} });
      if (backend === "open-api") {
        await flow.offer("Yoga Flow").click();
      }
      await flow.chooseTime();
      await flow.fillDetails({
        first: "Mia",
        last: "Schulz",
        email: `mia.observed.${backend}@example.com`,
        phone: "0221 5550100",
        ...(backend === "connect" ? { dateOfBirth: "1991-03-04" } : {}),
      });
      await flow.agree();
      await f.mock.control("faults", { method: "POST", path: backend === "connect" ? BOOK_CONNECT : BOOK_OPEN_API, status: 409, errorCodes: ["CONFLICT"] });

      const observed = await watchFor(root, "Someone else has just booked");
      await flow.book();
      await flow.timesHeading.waitFor();
      await flow.alert(CONFLICT).waitFor();
      await host.page.waitForTimeout(500); // anything said twice would have arrived by now
      const { landings, regionsNow } = await observed();

      const announced = landings.filter((l) => l.live);
      // Said once, in an alert region that was there and empty before the click.
      assert.deepEqual(announced, [{ live: true, role: "alert", existedBefore: true, emptyBefore: true, connected: true }], JSON.stringify(landings));
      // Its visible copy (beside the times) is no live region of its own.
      assert.ok(landings.some((l) => !l.live), "the message is shown too");
      // No live region came or went: the same ones, there from the start.
      assert.ok(regionsNow.length >= 2 && regionsNow.every(Boolean), JSON.stringify(regionsNow));
      await host.close();
    });
  }
});

describe("sizes", () => {
  /** Computed sizes of what a visitor touches and reads, through each step of the Open API flow. */
  async function measure(pagePath, { fontSize } = {}) {
    await f.mock.control("reset", {});
    const { host, page, root, flow } = await openWidget({ backend: "open-api", page: pagePath, width: 1280 });
    if (fontSize) {
      // The visitor's own browser setting (Settings → Appearance → Font size).
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Page.setFontSizes", { fontSizes: { standard: fontSize } });
    }
    const box = async (locator) => {
      const b = await locator.boundingBox();
      return { width: b.width, height: b.height };
    };
    const style = (locator, property) => locator.evaluate((el, p) => parseFloat(getComputedStyle(el)[p]), property);
    const sizes = {};
    await flow.offersHeading.waitFor();
    sizes.widgetHeading = await style(root.getByRole("heading", { level: 2 }), "fontSize");
    sizes.stepHeading = await style(flow.offersHeading, "fontSize");
    sizes.stepHeadingLineHeight = await style(flow.offersHeading, "lineHeight");
    sizes.offerCard = await box(flow.offer("Yoga Flow"));
    sizes.stepIndicator = await box(root.getByRole("navigation", { name: "Booking steps" }));
    await flow.offer("Yoga Flow").click();
    await flow.firstFreeTime.waitFor();
    sizes.slot = await box(flow.firstFreeTime);
    sizes.slotFont = await style(flow.firstFreeTime, "fontSize");
    sizes.dayHeading = await style(root.getByRole("heading", { level: 4 }).first(), "fontSize");
    await flow.firstFreeTime.click();
    await flow.firstName.waitFor();
    sizes.inputFont = await style(flow.firstName, "fontSize");
    sizes.input = await box(flow.firstName);
    sizes.emailFont = await style(flow.email, "fontSize");
    sizes.bookButton = await box(flow.bookButton);
    sizes.backButton = await box(root.getByRole("button", { name: "Back" }));
    sizes.consentLabel = await box(root.getByText(/I agree that the studio processes my details/));
    sizes.widget = await box(root.locator(".tb-widget"));
    await host.close();
    return sizes;
  }

  function assertClose(actual, expected, path = "") {
    if (typeof expected === "number") {
      assert.ok(Math.abs(actual - expected) <= 0.5, `${path}: ${actual} vs ${expected}`);
      return;
    }
    for (const key of Object.keys(expected)) assertClose(actual[key], expected[key], `${path}.${key}`);
  }

  test("a host page with html { font-size: 62.5% } changes nothing (±0.5 px)", async () => {
    const normal = await measure("/pages/booking.html");
    const small = await measure("/pages/small-root.html");
    console.log(JSON.stringify({ normal, small }));
    assertClose(small, normal);
    // At the browser's default: 16 px inputs, 44 px targets.
    assert.equal(normal.inputFont, 16);
    assert.ok(normal.bookButton.height >= 44 && normal.bookButton.width >= 44, JSON.stringify(normal.bookButton));
    assert.ok(normal.slot.height >= 44 && normal.input.height >= 44 && normal.backButton.height >= 44);
    assert.ok(normal.consentLabel.height >= 44, JSON.stringify(normal.consentLabel));
  });

  test("the visitor's own font size setting still scales the widget", async () => {
    const larger = await measure("/pages/small-root.html", { fontSize: 24 });
    assert.equal(larger.inputFont, 24);
    assert.ok(larger.bookButton.height >= 66 - 0.5, JSON.stringify(larger.bookButton));
  });

  test("the page's own elements keep the page's styles (nothing leaks out)", async () => {
    const { host, page, flow } = await openWidget({ backend: "open-api", page: "/pages/small-root.html" });
    await flow.offersHeading.waitFor();
    const link = page.getByRole("link", { name: /shares a class name/ });
    assert.equal(await link.evaluate((el) => getComputedStyle(el).fontSize), "10px");
    assert.equal(await link.evaluate((el) => getComputedStyle(el).backgroundColor), "rgba(0, 0, 0, 0)");
    await host.close();
  });
});

describe("focus and motion", () => {
  test("every control reached with Tab shows a focus ring", async () => {
    await f.mock.control("reset", {});
    const { host, page, flow } = await openWidget({ backend: "open-api", theme: "dark" });
    await flow.offer("Yoga Flow").waitFor();
    const rings = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      rings.push(
        await page.evaluate(() => {
          let el = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          const style = getComputedStyle(el);
          const inWidget = el.getRootNode() instanceof ShadowRoot;
          return { inWidget, name: el.textContent.trim().slice(0, 20), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
        }),
      );
    }
    const inWidget = rings.filter((r) => r.inWidget);
    assert.ok(inWidget.length >= 4, JSON.stringify(rings));
    for (const ring of inWidget) assert.ok(ring.outline === "solid" && ring.width >= 2, JSON.stringify(ring));
    await host.close();
  });

  test("with prefers-reduced-motion the loading spinner stands still", async () => {
    for (const reducedMotion of ["reduce", "no-preference"]) {
      await f.mock.control("reset", {});
      await f.mock.control("faults", { method: "GET", path: "/v1/trial-offers/bookable-trial-offers/classes", hold: `spin-${reducedMotion}` });
      const { host, root } = await openWidget({ backend: "open-api", context: { reducedMotion } });
      const spinner = root.locator(".tb-spinner");
      await spinner.waitFor();
      const animation = await spinner.evaluate((el) => getComputedStyle(el).animationName);
      assert.equal(animation, reducedMotion === "reduce" ? "none" : "tb-spin");
      await f.mock.control("release", { hold: `spin-${reducedMotion}` });
      await host.close();
    }
  });
});

describe("themes", () => {
  const surface = async (root) => (await colours(root)).surface;
  const accent = (root) => root.locator(".tb-steps__item--current .tb-steps__number").evaluate((el) => getComputedStyle(el).backgroundColor);

  test("dark by attribute, with the host's brand colour winning inside the shadow root; a theme set after mount applies", async () => {
    const { host, root, flow } = await openWidget({ backend: "open-api", theme: "light" });
    await flow.offer("Yoga Flow").waitFor();
    assert.equal(await surface(root), THEMES.light.surface);
    await root.evaluate((el) => el.setAttribute("theme", "dark"));
    await flow.offer("Yoga Flow").waitFor();
    await host.page.waitForFunction(() => document.querySelector("trial-booking").shadowRoot.querySelector(".tb-theme--dark .tb-widget"));
    assert.equal(await surface(root), THEMES.dark.surface);
    await root.evaluate((el) => el.style.setProperty("--tb-color-accent", "rgb(253, 186, 116)"));
    assert.equal(await accent(root), "rgb(253, 186, 116)");
    await host.close();
  });

  test("auto follows the visitor's colour scheme", async () => {
    for (const [colorScheme, expected] of [["dark", THEMES.dark.surface], ["light", THEMES.light.surface]]) {
      const { host, root, flow } = await openWidget({ backend: "open-api", theme: "auto", context: { colorScheme } });
      await flow.offer("Yoga Flow").waitFor();
      assert.equal(await surface(root), expected, colorScheme);
      await host.close();
    }
  });

  test("the loader's placeholder is dark for a dark widget", async () => {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    const host = await f.open("/pages/booking.html");
    await host.page.route(/tb-open-api_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    const widget = await addWidget(host.page, { ...apiAttributes("open-api", f.mock.base), theme: "dark" });
    const placeholder = widget.locator("[part=placeholder]");
    await placeholder.waitFor();
    assert.equal(await placeholder.evaluate((el) => getComputedStyle(el).backgroundColor), THEMES.dark.surface);
    release();
    await new TrialOffers(widget).offer("Yoga Flow").waitFor();
    await host.close();
  });

  test("an unknown theme is explained in the element", async () => {
    const { host, root } = await openWidget({ backend: "open-api", attributes: { theme: "blue" } });
    await root.getByText('theme="blue" is not known. Use one of: light, dark, auto.').waitFor();
    await host.close();
  });
});
