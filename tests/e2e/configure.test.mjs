// The snippet builder (dist/configure.html), as an agency uses it: every
// attribute of the table and every custom property of the stylesheet is
// offered; the live preview and the snippet follow the options (brand colour,
// popup and floating button); settings that cannot work are said in a live
// region; the preview talks to the real API once its URL is given; the copied
// snippet, pasted into a blank page that loads the loader from the CDN
// (mapped to this dist/), gives the same widget; axe finds nothing; and
// everything can be done from the keyboard. Served as every page here is,
// under the strict Content-Security-Policy.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { fixtures, ROOT, TrialOffers } from "../kit/index.mjs";
import { ATTRIBUTES, VARIABLES } from "../../configure/builder/options.js";

const f = fixtures({ mock: true });

/** axe's WCAG 2.0, 2.1 and 2.2 rules, levels A and AA (as tests/e2e/a11y.test.mjs). */
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
/** Where the snippet loads the loader from by default (README's CDN snippet). */
const CDN = "https://cdn.jsdelivr.net/npm/trial-booking@1/dist/";
const ORANGE = { hex: "#c2410c", rgb: "rgb(194, 65, 12)" };
const TEAL = { hex: "#0f766e", rgb: "rgb(15, 118, 110)" };
const DEFAULT_ACCENT = "rgb(29, 78, 216)";

/** The brand colour a widget paints (its current step's number), computed inside its shadow root. */
const accentOf = (widget) =>
  widget.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector(".tb-steps__item--current .tb-steps__number")).backgroundColor);

/** The builder in a fresh context; resolves once its options are built and the preview shows the demo's first step. */
async function openBuilder(contextOptions = {}) {
  const host = await f.open("/configure.html", { viewport: { width: 1280, height: 900 }, ...contextOptions });
  const { page } = host;
  await page.locator("html[data-builder=ready]").waitFor();
  const preview = page.locator("#preview trial-booking");
  return {
    host,
    page,
    preview,
    /** The snippet; `flat`: its white space runs as one space (a long element has an attribute a line). */
    snippet: async ({ flat = false } = {}) => {
      const text = await page.getByLabel(/^Snippet/).inputValue();
      return flat ? text.replace(/\s+/g, " ") : text;
    },
    css: () => page.getByLabel(/^CSS/).inputValue(),
    warnings: page.getByRole("status", { name: "Check" }),
    /** Waits until the preview's brand colour is `rgb`. */
    previewAccent: (rgb) =>
      page.waitForFunction(
        (rgb) => {
          const number = document.querySelector("#preview trial-booking")?.shadowRoot?.querySelector(".tb-steps__item--current .tb-steps__number");
          return number && getComputedStyle(number).backgroundColor === rgb;
        },
        rgb,
        { timeout: 5000 },
      ),
    /** Waits until the warnings say (or, `present: false`, no longer say) `text`. */
    warning: (text, present = true) =>
      page.waitForFunction(([text, present]) => document.getElementById("warnings").textContent.includes(text) === present, [text, present], {
        timeout: 5000,
      }),
  };
}

/** No console error (but those expected, each matching one of `expected`), no CSP violation; closes the page. */
async function clean(host, expected = []) {
  assert.deepEqual(
    host.consoleErrors.filter((error) => !expected.some((e) => e.test(error))),
    [],
  );
  assert.deepEqual(await host.cspViolations(), []);
  await host.close();
}

describe("the snippet builder", () => {
  test("ships with the options of this build: every attribute and custom property, each by its label", async () => {
    // The page in dist/ carries the options generated from the sources (a native test keeps those current).
    const shipped = await readFile(`${ROOT}dist/configure/options.js`, "utf8");
    assert.equal(shipped, await readFile(`${ROOT}configure/builder/options.js`, "utf8"));
    const b = await openBuilder();
    const control = (a) => (a.kind === "one-of" || a.kind === "some-of" ? b.page.getByRole("group", { name: a.name, exact: true }) : b.page.getByLabel(a.name, { exact: true }));
    for (const backend of ["demo", "open-api", "connect"]) {
      await b.page.getByRole("radio", { name: backend, exact: true }).check();
      for (const a of ATTRIBUTES) {
        assert.equal(await control(a).isVisible(), a.backends.includes(backend), `${a.name} offered with backend="${backend}"`);
      }
    }
    for (const v of VARIABLES) assert.ok(await b.page.getByLabel(v.name, { exact: true }).isVisible(), v.name);
    // The builder's own files are not part of any widget's load.
    assert.deepEqual(
      b.host.requests.filter((url) => /\/b\/[^/]+\//.test(url) && /configure/.test(url)),
      [],
    );
    await clean(b.host);
  });

  test("changing the brand colour repaints the preview and the snippet", async () => {
    const b = await openBuilder();
    await new TrialOffers(b.preview).offer("Yoga Flow").waitFor();
    assert.equal(await accentOf(b.preview), DEFAULT_ACCENT);
    assert.doesNotMatch(await b.snippet(), /<style>/);

    await b.page.getByLabel("--tb-color-accent", { exact: true }).fill(ORANGE.hex);
    await b.previewAccent(ORANGE.rgb);
    assert.match(await b.snippet(), /<style>\ntrial-booking \{\n {2}--tb-color-accent: #c2410c;\n\}\n<\/style>\n<trial-booking backend="demo"><\/trial-booking>/);
    assert.equal(await b.css(), "trial-booking {\n  --tb-color-accent: #c2410c;\n}\n");

    // The colour picker beside it does the same.
    await b.page.getByLabel("Pick --tb-color-accent").fill(TEAL.hex);
    await b.previewAccent(TEAL.rgb);
    assert.equal(await b.page.getByLabel("--tb-color-accent", { exact: true }).inputValue(), TEAL.hex);
    assert.match(await b.snippet(), /--tb-color-accent: #0f766e;/);

    // The corner radius too; emptied, each is the theme's default again.
    await b.page.getByLabel("--tb-radius", { exact: true }).fill("0");
    await b.page.waitForFunction(() => getComputedStyle(document.querySelector("#preview trial-booking").shadowRoot.querySelector("[part~=widget]")).borderTopLeftRadius === "0px");
    assert.match(await b.css(), /--tb-radius: 0;/);
    await b.page.getByLabel("--tb-color-accent", { exact: true }).fill("");
    await b.previewAccent(DEFAULT_ACCENT);
    assert.doesNotMatch(await b.snippet(), /--tb-color-accent/);
    await clean(b.host);
  });

  test("popup, without and with the floating button, changes the preview and the snippet", async () => {
    const b = await openBuilder();
    await new TrialOffers(b.preview).offer("Yoga Flow").waitFor();
    await b.page.getByRole("radio", { name: "popup", exact: true }).check();
    let snippet = await b.snippet();
    assert.match(snippet, /<button type="button" data-trial-booking-open>Book a free trial<\/button>\n<trial-booking backend="demo" display="popup"><\/trial-booking>/);
    // Not in the page any more: a button of the page opens it.
    await b.page.waitForFunction(() => !document.querySelector("#preview trial-booking").shadowRoot.querySelector("[part~=widget]")?.checkVisibility());
    const opener = b.page.locator("#preview").getByRole("button", { name: "Book a free trial" });
    await opener.click();
    const dialog = b.page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Yoga Flow" }).waitFor();
    await b.page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });

    await b.page.getByLabel("floating-button", { exact: true }).check();
    snippet = await b.snippet();
    assert.match(snippet, /<trial-booking backend="demo" display="popup" floating-button><\/trial-booking>/);
    assert.doesNotMatch(snippet, /data-trial-booking-open/);
    // The page's opener is gone; the widget's own floating button opens it.
    const launcher = b.preview.getByRole("button", { name: "Book a free trial" });
    await launcher.waitFor();
    assert.equal(await opener.count(), 1, "the floating button is the only one");
    await launcher.click();
    await dialog.getByRole("button", { name: "Yoga Flow" }).waitFor();
    await b.page.keyboard.press("Escape");

    // The floating button without the popup cannot work: said.
    await b.page.getByRole("radio", { name: "inline", exact: true }).check();
    await b.warning('floating-button works only with display="popup"');
    // The preview's widget says so too (and logs it, as on any page).
    await b.preview.getByText('The attribute floating-button only works with display="popup".').waitFor();
    await clean(b.host, [/floating-button only works with display="popup"/]);
  });

  test("settings that cannot work are said in a live region that was there before", async () => {
    const b = await openBuilder();
    assert.equal(await b.warnings.count(), 1);
    await b.warning("privacy-url is empty");
    await b.page.getByLabel("privacy-url", { exact: true }).fill("https://studio.example/privacy");
    await b.warning("Every setting can work.");

    // open-api without api-base.
    await b.page.getByRole("radio", { name: "open-api", exact: true }).check();
    await b.warning('api-base is missing: with backend="open-api"');
    assert.match(await b.snippet(), /<trial-booking backend="open-api" privacy-url="https:\/\/studio.example\/privacy"><\/trial-booking>/);
    // Until then the preview shows the demo studio's trial offers.
    assert.equal(await b.preview.getAttribute("backend"), "demo");
    assert.equal(await b.preview.getAttribute("flow"), "trial-offers");
    await new TrialOffers(b.preview).offer("Yoga Flow").waitFor();

    // connect: the API's URL, and the studio's id.
    await b.page.getByRole("radio", { name: "connect", exact: true }).check();
    await b.warning('api-base is missing: with backend="connect"');
    await b.warning("studio-id is empty");
    const apiBase = b.page.getByLabel("api-base", { exact: true });
    await apiBase.fill("http://mystudio.api.magicline.com");
    await b.warning("api-base starts with http://");
    assert.equal(await apiBase.getAttribute("aria-invalid"), "true");
    assert.equal(await b.preview.getAttribute("backend"), "demo", "the preview does not try a URL the widget refuses");
    await apiBase.fill("/booking-proxy");
    await b.warning("api-base starts with http://", false);
    assert.equal(await apiBase.getAttribute("aria-invalid"), null);
    await b.page.getByLabel("studio-id", { exact: true }).fill("12x");
    await b.warning("studio-id must be a whole number");
    await b.page.getByLabel("studio-id", { exact: true }).fill("12");
    await b.warning("Every setting can work.");
    assert.match(await b.snippet({ flat: true }), /backend="connect" api-base="\/booking-proxy" studio-id="12" privacy-url="https:\/\/studio.example\/privacy"/);

    // A colour pair below AA contrast.
    await b.page.getByLabel("--tb-color-on-accent", { exact: true }).fill("#9ca3af");
    await b.warning("--tb-color-on-accent on --tb-color-accent: contrast");
    // The preview's widget said "12x" was wrong too, as on any page.
    await clean(b.host, [/studio-id="12x" must be a positive whole number/]);
  });

  test("the preview talks to the real API once its URL is given", async () => {
    const b = await openBuilder();
    await b.page.getByRole("radio", { name: "connect", exact: true }).check();
    await b.page.getByLabel("api-base", { exact: true }).fill(f.mock.base);
    await b.page.waitForFunction((base) => document.querySelector("#preview trial-booking").getAttribute("api-base") === base, f.mock.base);
    assert.equal(await b.preview.getAttribute("backend"), "connect");
    // The mock's studios, read from it (CORS is open there).
    await b.preview.getByRole("heading", { name: /Book your free trial/ }).waitFor();
    await b.page.waitForFunction(() => document.querySelector("#preview trial-booking").shadowRoot.textContent.includes("Kraftwerk"));
    assert.ok(b.host.requests.some((url) => url.startsWith(`${f.mock.base}/connect/v2/studio`)), "the studios were asked of the mock");
    assert.match(await b.page.locator("#preview-note").textContent(), new RegExp(`talks to ${f.mock.base}`));
    await b.warning("api-base points to this computer");
    await clean(b.host);
  });

  test("the copied snippet, pasted into a blank page, gives the same widget", async () => {
    const b = await openBuilder({ permissions: ["clipboard-read", "clipboard-write"] });
    await b.page.getByLabel("privacy-url", { exact: true }).fill("https://studio.example/privacy");
    await b.page.getByLabel("heading", { exact: true }).fill("Probetraining & mehr");
    await b.page.getByLabel("lang", { exact: true }).selectOption("de");
    await b.page.getByLabel("--tb-color-accent", { exact: true }).fill(ORANGE.hex);
    await b.page.getByLabel("--tb-radius", { exact: true }).fill("0.25em");
    await b.previewAccent(ORANGE.rgb);
    await b.page.getByRole("button", { name: "Copy snippet" }).click();
    await b.page.getByRole("status").filter({ hasText: "Snippet copied." }).waitFor();
    const copied = await b.page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await b.snippet());
    assert.match(copied, new RegExp(`src="${CDN}trial-booking.js"`));

    // A studio's blank page with the snippet pasted in; the CDN is this dist/.
    const context = await f.browser.newContext();
    await context.route(`${CDN}**`, async (route) => {
      const response = await route.fetch({ url: f.server.base + route.request().url().slice(CDN.length) });
      await route.fulfill({ response, headers: { ...response.headers(), "access-control-allow-origin": "*" } });
    });
    await context.route("https://studio.example/", (route) =>
      route.fulfill({
        contentType: "text/html; charset=utf-8",
        body: `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>A studio</title><link rel="icon" href="data:,"></head>\n<body>\n${copied}</body>\n</html>\n`,
      }),
    );
    const page = await context.newPage();
    const errors = [];
    page.on("console", (msg) => msg.type() === "error" && errors.push(msg.text()));
    await page.goto("https://studio.example/");
    const pasted = page.locator("trial-booking");
    await pasted.getByRole("heading", { name: "Probetraining & mehr" }).waitFor();
    await b.preview.getByRole("heading", { name: "Probetraining & mehr" }).waitFor();
    const attributes = (el) => el.evaluate((el) => Object.fromEntries(el.getAttributeNames().filter((n) => n !== "style").map((n) => [n, el.getAttribute(n)])));
    assert.deepEqual(await attributes(pasted), await attributes(b.preview));
    assert.deepEqual(await attributes(pasted), { backend: "demo", heading: "Probetraining & mehr", lang: "de", "privacy-url": "https://studio.example/privacy" });
    assert.equal(await accentOf(pasted), ORANGE.rgb);
    assert.equal(await accentOf(pasted), await accentOf(b.preview));
    const radius = (el) => el.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector("[part~=widget]")).borderTopLeftRadius);
    assert.equal(await radius(pasted), await radius(b.preview));
    assert.deepEqual(errors, []);
    await context.close();
    await clean(b.host);
  });

  for (const width of [1280, 360]) {
    test(`axe finds no violation (${width} px), with warnings and the preview`, async () => {
      const b = await openBuilder({ viewport: { width, height: 900 } });
      await new TrialOffers(b.preview).offer("Yoga Flow").waitFor();
      const check = async (state) => {
        const { violations, passes } = await new AxeBuilder({ page: b.page }).withTags(WCAG).analyze();
        assert.ok(passes.some((rule) => rule.nodes.some((n) => Array.isArray(n.target[0]) && n.target[0][0].includes("trial-booking"))), `axe saw the preview, ${state}`);
        const found = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" > ")).join(" | ")}`);
        assert.deepEqual(found, [], `axe, ${state}`);
        assert.equal(await b.page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth), false, `no sideways scrolling, ${state}`);
      };
      await check("at first");
      await b.page.getByRole("radio", { name: "connect", exact: true }).check();
      await b.page.getByLabel("api-base", { exact: true }).fill("http://studio.example");
      await b.page.getByLabel("--tb-color-accent", { exact: true }).fill(ORANGE.hex);
      await b.warning("api-base starts with http://");
      await check("connect, with warnings");
      await clean(b.host);
    });
  }

  test("keyboard only: every option is reached with Tab and changed with the arrows, Space and typing", async () => {
    const b = await openBuilder({ permissions: ["clipboard-read", "clipboard-write"] });
    const { page } = b;
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.name || "");
    /** Tabs forward until the element with this id has the focus. */
    const tabTo = async (id) => {
      for (let i = 0; i < 150; i++) {
        if ((await focused()) === id) return;
        await page.keyboard.press("Tab");
      }
      assert.fail(`Tab never reached #${id}`);
    };
    await tabTo("opt-backend-demo");
    await page.keyboard.press("ArrowDown");
    assert.match(await b.snippet(), /backend="open-api"/);
    await page.keyboard.press("ArrowDown");
    assert.match(await b.snippet(), /backend="connect"/);
    await tabTo("opt-api-base");
    await page.keyboard.type("/booking-proxy");
    assert.match(await b.snippet(), /api-base="\/booking-proxy"/);
    await tabTo("opt-lang");
    await page.keyboard.press("ArrowDown");
    assert.match(await b.snippet(), /lang="cs"/);
    await tabTo("opt-theme-light");
    await page.keyboard.press("ArrowRight");
    assert.match(await b.snippet(), /theme="dark"/);
    await tabTo("var-tb-color-accent");
    await page.keyboard.type(ORANGE.hex);
    assert.match(await b.snippet(), /--tb-color-accent: #c2410c;/);
    await tabTo("opt-display-inline");
    await page.keyboard.press("ArrowRight");
    await tabTo("opt-floating-button");
    await page.keyboard.press("Space");
    assert.match(await b.snippet({ flat: true }), /display="popup" floating-button/);
    await tabTo("loader-jsdelivr");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await tabTo("loader-url");
    await page.keyboard.type("https://studio.example/widget/trial-booking.js");
    assert.match(await b.snippet(), /^<script type="module" src="https:\/\/studio.example\/widget\/trial-booking.js"><\/script>/);
    await tabTo("copy-snippet");
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "Snippet copied." }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await b.snippet());
    await clean(b.host);
  });
});
