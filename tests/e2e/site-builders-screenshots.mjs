// Takes docs/site-builders.md's screenshots: the demo widget inside the host
// pages of tests/e2e/pages/site-builders/ (imitations of each builder's
// markup), into docs/screenshots/site-builders/. Run after a release build:
//   node tests/e2e/site-builders-screenshots.mjs
import { fileURLToPath } from "node:url";
import { launchBrowser, startServer, TrialOffers } from "../kit/index.mjs";

const out = fileURLToPath(new URL("../../docs/screenshots/site-builders/", import.meta.url));
const shots = [
  ["plain", { width: 900, height: 700 }],
  ["plain", { width: 390, height: 800 }, "plain-phone"],
  ["wordpress", { width: 900, height: 700 }],
  ["webflow", { width: 900, height: 700 }],
  ["nextjs", { width: 900, height: 700 }],
];
const server = await startServer();
const browser = await launchBrowser();
for (const [page_, viewport, name = page_] of shots) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${server.base}pages/site-builders/${page_}.html`);
  await new TrialOffers(page.locator("trial-booking")).offer("Yoga Flow").waitFor();
  await page.waitForTimeout(250);
  await page.screenshot({ path: `${out}${name}.png`, animations: "disabled" });
  await context.close();
}
await browser.close();
await server.stop();
console.log(`screenshots written to ${out}`);
