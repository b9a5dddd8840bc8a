import { startWordPress, ADMIN } from "./wordpress.mjs";
import { launchBrowser } from "../e2e/harness.mjs";
const site = await startWordPress({});
const browser = await launchBrowser();
try {
  const page = await (await browser.newContext()).newPage();
  page.on("response", r => console.log(r.status(), r.url(), r.headers().location ?? ""));
  console.log(await site.sql("SELECT option_name, option_value FROM wp_options WHERE option_name IN ('siteurl','home')"));
  await page.goto(site.base + "wp-login.php");
  await page.getByLabel("Username or Email Address").fill(ADMIN.user);
  await page.getByLabel("Password", { exact: true }).fill(ADMIN.password);
  await page.getByRole("button", { name: "Log In" }).click();
  await page.waitForTimeout(3000);
  console.log(page.url());
  console.log((await page.locator("body").innerText()).slice(0, 1500));
  console.log(await page.getByRole("heading").allInnerTexts());
} finally { await browser.close(); await site.stop(); }
