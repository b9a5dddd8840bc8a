// The example host pages in examples/ work from the built dist/ (served as
// ../dist/ next to them), under the strict policy, without console errors.

import { test } from "node:test";
import assert from "node:assert/strict";
import { colours, fixtures, THEMES, TrialOffers } from "../kit/index.mjs";

const f = fixtures();

const open = (path) => f.open(`/examples/${path}`);
/** The demo studio's first offer in the page's widget. */
const yoga = (host) => new TrialOffers(host.widget()).offer("Yoga Flow");

async function clean(host) {
  assert.deepEqual(host.consoleErrors, []);
  assert.deepEqual(await host.cspViolations(), []);
  await host.close();
}

test("inline", async () => {
  const host = await open("inline.html");
  await yoga(host).waitFor();
  // The studio's brand colour reaches the widget.
  const accent = await host.widget().evaluate((el) =>
    getComputedStyle(el.shadowRoot.querySelector(".tb-steps__item--current .tb-steps__number")).backgroundColor,
  );
  assert.equal(accent, "rgb(15, 118, 110)");
  await clean(host);
});

test("popup, from the page's button", async () => {
  const host = await open("popup.html");
  await host.page.getByRole("button", { name: "Book a free trial" }).first().click();
  await host.page.getByRole("dialog").getByRole("button", { name: "Yoga Flow" }).waitFor();
  await clean(host);
});

test("dark theme", async () => {
  const host = await open("dark-theme.html");
  await yoga(host).waitFor();
  // The widget itself is dark, not only the page around it: its own surface and
  // text as computed inside its shadow root.
  assert.deepEqual(await colours(host.widget()), THEMES.dark);
  await clean(host);
});

test("two widgets", async () => {
  const host = await open("two-widgets.html");
  await host.widget("yoga").getByRole("heading", { name: "Yoga trial" }).waitFor();
  await host.widget("kraft").getByRole("navigation", { name: "Buchungsschritte" }).waitFor();
  await clean(host);
});

test("strict CSP", async () => {
  const host = await open("strict-csp.html");
  await yoga(host).waitFor();
  await clean(host);
});

test("analytics listener", async () => {
  const host = await open("analytics.html");
  await yoga(host).click();
  const log = host.page.locator("#log");
  await log.getByText(/trial-booking:offer-selected .*"title":"Yoga Flow"/).waitFor();
  assert.match(await log.textContent(), /^trial-booking:ready /);
  // One entry per event (each after a reset push of `trialBooking`).
  assert.equal(await host.page.evaluate(() => window.dataLayer.filter((e) => e.event).length), (await log.textContent()).trim().split("\n").length);
  await clean(host);
});
