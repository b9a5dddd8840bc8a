// Takes the README's screenshots of each booking step on the demo page, at a
// phone's and a desktop's width, and the integration guide's two studio
// themes (examples/two-widgets.html), into docs/screenshots/. Run after a
// release build:  node tests/e2e/screenshots.mjs
import { fileURLToPath } from "node:url";
import { launchBrowser, startServer, translator, TrialOffers } from "../kit/index.mjs";

const out = fileURLToPath(new URL("../../docs/screenshots/", import.meta.url));
const server = await startServer();
const browser = await launchBrowser();
for (const width of [360, 1280]) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(server.base);
  const widget = page.locator("trial-booking");
  // The demo page speaks German.
  const offers = new TrialOffers(widget, { t: translator("de") });
  const shot = async (name) => {
    await page.waitForTimeout(250);
    await widget.screenshot({ path: `${out}${name}-${width}.png`, animations: "disabled" });
  };
  await offers.offer("Yoga Flow").waitFor();
  await shot("1-offer");
  await offers.offer("Yoga Flow").click();
  await offers.firstFreeTime.waitFor();
  await shot("2-time");
  await offers.timesWithPlaces.first().click();
  await offers.fillDetails({ first: "Mia", last: "Schulz", email: "mia@example.com", phone: "0221 555 0100" });
  await offers.agree();
  await shot("3-details");
  await offers.book();
  await offers.booked();
  await shot("4-done");
  await context.close();
}
{
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${server.base}examples/two-widgets.html`);
  for (const [id, name] of [["yoga", "theme-zen"], ["kraft", "theme-kraft"]]) {
    const widget = page.locator(`trial-booking#${id}`);
    await widget.locator(".tb-offer").first().waitFor();
    await page.waitForTimeout(250);
    await widget.screenshot({ path: `${out}${name}.png`, animations: "disabled" });
  }
  await context.close();
}
await browser.close();
await server.stop();
console.log(`screenshots written to ${out}`);
