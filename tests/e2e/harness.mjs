// Shared by the e2e tests: starts scripts/serve.mjs on a free port on
// 127.0.0.1, launches Debian's Chromium through playwright-core (no browser
// downloads), and wraps a page in a small page object.

import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export async function startServer() {
  const child = spawn(process.execPath, ["scripts/serve.mjs", "--port", "0"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  for await (const chunk of child.stdout) {
    out += chunk;
    const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+\/)/);
    if (m) return { base: m[1], stop: async () => { child.kill(); await once(child, "exit"); } };
  }
  throw new Error(`server did not start: ${out}`);
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A host page with widgets, as a visitor's browser sees it. */
export class HostPage {
  constructor(page, base) {
    this.page = page;
    this.base = base;
    this.consoleErrors = [];
    this.requests = [];
    page.on("console", (msg) => msg.type() === "error" && this.consoleErrors.push(msg.text()));
    page.on("pageerror", (err) => this.consoleErrors.push(`pageerror: ${err.message}`));
    page.on("request", (req) => this.requests.push(req.url()));
  }

  static async open(browser, base, path) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Registered before any page script runs (and not subject to the page's CSP).
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`),
      );
    });
    const host = new HostPage(page, base);
    host.response = await page.goto(base + path.replace(/^\//, ""));
    return host;
  }

  widget(id) {
    return id ? this.page.locator(`trial-booking#${id}`) : this.page.locator("trial-booking").first();
  }

  async shadowMode(id) {
    return this.widget(id).evaluate((el) => el.shadowRoot?.mode ?? null);
  }

  async cspViolations() {
    return this.page.evaluate(() => window.__cspViolations);
  }

  async close() {
    await this.page.context().close();
  }
}
