// Keyboard only: a visitor books on the demo page with Tab, Enter and Space,
// and after every step the focus lands on the new step's heading.

import { test } from "node:test";
import assert from "node:assert/strict";
import { fixtures, translator, TrialOffers } from "../kit/index.mjs";

const f = fixtures();

/** What has the focus inside the widget: tag, role-ish text. */
async function focused(page) {
  return page.evaluate(() => {
    const el = document.querySelector("trial-booking").shadowRoot.activeElement;
    return el ? { tag: el.tagName, text: el.textContent.replace(/\s+/g, " ").trim(), id: el.id } : null;
  });
}

/** Presses Tab until the focused element matches, at most 40 times. */
async function tabTo(page, matches) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (now && matches(now)) return now;
  }
  throw new Error(`never reached by Tab; last: ${JSON.stringify(await focused(page))}`);
}

test("a booking with the keyboard alone, focus following each step", async () => {
  const host = await f.open("/");
  const { page } = host;
  // The demo page speaks German.
  const offers = new TrialOffers(page.locator("trial-booking"), { t: translator("de") });
  await offers.offer("Yoga Flow").waitFor();

  await tabTo(page, (el) => el.tag === "BUTTON" && el.text.startsWith("Yoga Flow"));
  await page.keyboard.press("Enter");
  await offers.timeHeading("Yoga Flow").waitFor();
  await offers.freeTimes.first().waitFor();
  assert.deepEqual((await focused(page)).tag, "H3", "focus moves to the times' heading");

  await tabTo(page, (el) => el.tag === "BUTTON" && /Plätze frei/.test(el.text));
  await page.keyboard.press("Enter");
  await offers.detailsHeading.waitFor();
  await offers.firstName.waitFor();
  assert.equal((await focused(page)).text, "Deine Daten", "focus moves to the details' heading");

  for (const [id, text] of [
    ["tb-firstname", "Kai"],
    ["tb-lastname", "Tastatur"],
    ["tb-email", "kai.keyboard@example.com"],
    ["tb-phone", "0221 5550199"],
  ]) {
    await tabTo(page, (el) => el.id === id);
    await page.keyboard.type(text);
  }
  await tabTo(page, (el) => el.id === "tb-privacy");
  await page.keyboard.press("Space");
  await tabTo(page, (el) => el.tag === "BUTTON" && el.text === "Jetzt buchen");
  await page.keyboard.press("Enter");
  await offers.booked();
  assert.equal((await focused(page)).text, "Du bist gebucht!", "focus moves to the result");
  assert.deepEqual(host.consoleErrors, []);
  await host.close();
});
