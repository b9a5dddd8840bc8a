// End-to-end smoke test of the release dist/: the shell renders on the demo
// page, two widgets share a page, and a strict-CSP host page works.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { buildDir, fixtures } from "../kit/index.mjs";

const f = fixtures();

describe("demo page", () => {
  test("shows the widget shell in an open shadow root", async () => {
    const host = await f.open("/");
    const { page } = host;
    await page.getByRole("heading", { name: "Buche dein kostenloses Probetraining" }).waitFor();
    assert.equal(await host.shadowMode(), "open");

    const steps = page.getByRole("navigation", { name: "Buchungsschritte" }).getByRole("listitem");
    assert.deepEqual(await steps.allInnerTexts().then((t) => t.map((s) => s.replace(/\s+/g, " ").trim())), [
      "1 Angebot",
      "2 Termin",
      "3 Deine Daten",
      "4 Gebucht",
    ]);
    assert.equal(await steps.first().getAttribute("aria-current"), "step");
    await page.getByRole("heading", { name: "Was möchtest du ausprobieren?" }).waitFor();
    await page.getByRole("button", { name: "Yoga Flow" }).waitFor();

    // The studio's brand colour reaches the widget through --tb-color-accent.
    const accent = await host.widget().evaluate((el) =>
      getComputedStyle(el.shadowRoot.querySelector(".tb-steps__item--current .tb-steps__number")).backgroundColor,
    );
    assert.equal(accent, "rgb(194, 65, 12)");

    assert.deepEqual(host.consoleErrors, []);
    assert.deepEqual(await host.cspViolations(), []);
    assert.ok(host.requests.every((url) => url.startsWith(f.server.base) || url.startsWith("data:")), host.requests.join("\n"));
    await host.close();
  });
});

describe("Connect demo page", () => {
  test("offers the studio choice, under the strict policy", async () => {
    const host = await f.open("/connect.html");
    await host.page.getByRole("heading", { name: "Wo möchtest du trainieren?" }).waitFor();
    await host.page.getByRole("button", { name: /Kraftwerk Fitness Köln-Ehrenfeld/ }).waitFor();
    assert.deepEqual(host.consoleErrors, []);
    assert.deepEqual(await host.cspViolations(), []);
    await host.close();
  });
});

describe("two widgets on one page", () => {
  test("render independently from a sub-path, and removing one leaves the other", async () => {
    const host = await f.open("/pages/two-widgets.html");
    const { page } = host;
    await host.widget("yoga").getByRole("heading", { name: "Yoga trial" }).waitFor();
    await host.widget("kraft").getByRole("heading", { name: "Kraft-Probetraining" }).waitFor();
    await host.widget("kraft").getByRole("navigation", { name: "Buchungsschritte" }).waitFor();
    await host.widget("broken").getByRole("heading", { name: "This booking form cannot be shown" }).waitFor();

    // Everything came from the /cdn/v1/ prefix the page used: the demo's wasm
    // once for both demo widgets, and the smallest build to explain the broken one.
    const wasm = host.requests.filter((u) => u.endsWith(".wasm")).sort();
    const build = `${f.server.base}cdn/v1/${buildDir()}`;
    assert.deepEqual(wasm, [`${build}tb-demo_bg.wasm`, `${build}tb-open-api_bg.wasm`]);

    // Exactly one console error, from the misconfigured element.
    assert.equal(host.consoleErrors.length, 1, host.consoleErrors.join("\n"));
    assert.match(host.consoleErrors[0], /backend="nope" is not a known backend/);

    const yoga = await host.widget("yoga").elementHandle();
    await yoga.evaluate((el) => el.remove());
    await page.waitForFunction((el) => el.shadowRoot.childNodes.length === 0, yoga);
    await host.widget("kraft").getByRole("heading", { name: "Kraft-Probetraining" }).waitFor();
    assert.equal(await host.widget("kraft").evaluate((el) => el.shadowRoot.querySelectorAll(".tb-root").length), 1);
    await host.close();
  });
});

describe("older browsers", () => {
  test("without constructable stylesheets the widget is still styled", async () => {
    const context = await f.browser.newContext();
    const page = await context.newPage();
    // A browser from before constructable stylesheets (e.g. Safari before 16.4).
    await page.addInitScript(() => Object.defineProperty(window, "CSSStyleSheet", { value: undefined }));
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${f.server.base}pages/strict-csp.html?csp=off`);
    await page.getByRole("heading", { name: "Book your free trial session" }).waitFor();
    const widget = page.locator("trial-booking");
    assert.equal(await widget.evaluate((el) => getComputedStyle(el).display), "block");
    assert.equal(await widget.evaluate((el) => el.shadowRoot.querySelectorAll("style").length), 1);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("confirmation link", () => {
  test("a page opened with ?tb-confirm confirms that booking", async () => {
    const host = await f.open("/pages/strict-csp.html?tb-confirm=900001");
    await host.page.getByRole("heading", { name: "Your booking is confirmed" }).waitFor();
    const expired = await f.open("/pages/strict-csp.html?tb-confirm=900002");
    await expired.page.getByRole("heading", { name: "This confirmation link has expired" }).waitFor();
    assert.deepEqual([...host.consoleErrors, ...expired.consoleErrors], []);
    await host.close();
    await expired.close();
  });
});

describe("strict Content-Security-Policy", () => {
  test("the canary page proves the policy is enforced and violations are seen", async () => {
    const host = await f.open("/pages/csp-canary.html");
    assert.equal(await host.page.evaluate(() => window.inlineScriptRan ?? false), false);
    const violations = await host.cspViolations();
    assert.ok(violations.some((v) => v.startsWith("script-src")), violations.join("\n"));
    assert.ok(violations.some((v) => v.startsWith("style-src")), violations.join("\n"));
    await host.close();
  });

  test("a host page with the strict policy renders the widget with no violation", async () => {
    const host = await f.open("/pages/strict-csp.html");
    const csp = host.response.headers()["content-security-policy"];
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval';/);
    assert.match(csp, /style-src 'self';/);
    await host.page.getByRole("heading", { name: "Book your free trial session" }).waitFor();
    // Styles applied (constructed stylesheet, allowed under style-src 'self').
    assert.equal(await host.widget().evaluate((el) => getComputedStyle(el).display), "block");
    assert.deepEqual(await host.cspViolations(), []);
    assert.deepEqual(host.consoleErrors, []);
    await host.close();
  });
});
