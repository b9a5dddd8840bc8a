// The host pages of docs/site-builders.md (tests/e2e/pages/site-builders/):
// the snippet the way each builder puts it into a page (imitations of their
// markup, not the builders) gives a working widget, under the strict policy,
// without console errors.

import { test } from "node:test";
import assert from "node:assert/strict";
import { fixtures, TrialOffers } from "../kit/index.mjs";

const f = fixtures();

const open = (name) => f.open(`/pages/site-builders/${name}.html`);
const firstStep = (host) => new TrialOffers(host.widget()).offer("Yoga Flow").waitFor();

async function clean(host) {
  assert.deepEqual(host.consoleErrors, []);
  assert.deepEqual(await host.cspViolations(), []);
  await host.close();
}

for (const [name, what] of [
  ["plain", "plain HTML: script in <head>, element in the page"],
  ["wordpress", "WordPress: a Custom HTML block's content printed as typed inside the post content"],
  ["webflow", "Webflow: the snippet inside a Code Embed's div.w-embed"],
  ["nextjs", "Next.js/React 19: element rendered first, props as React 19 sets them, loader imported in an effect"],
  ["wix", "Wix: the custom element's one-line file run as a classic script"],
]) {
  test(what, async () => {
    const host = await open(name);
    await firstStep(host);
    await clean(host);
  });
}

test("Webflow: the whole embed stays far below the Code Embed limit", async () => {
  const host = await open("webflow");
  const embed = await host.page.locator(".w-embed").evaluate((el) => el.innerHTML.trim());
  assert.match(embed, /^<script type="module" src="[^"]+trial-booking\.js"><\/script>\s*<trial-booking /);
  assert.ok(embed.length < 1000, `${embed.length} characters`);
  await host.close();
});

test("Wix: the loader itself cannot run as a classic script (why the one-line file exists)", async () => {
  const host = await open("wix");
  await firstStep(host);
  const failed = host.page.waitForEvent("pageerror");
  await host.page.evaluate(() => {
    const classic = document.createElement("script");
    classic.src = "/cdn/v1/trial-booking.js";
    document.head.append(classic);
  });
  assert.match((await failed).message, /import\.meta|import statement|export/);
  await host.close();
});
