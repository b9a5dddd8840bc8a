// Shared by the e2e tests: starts scripts/serve.mjs on a free port on
// 127.0.0.1, launches Debian's Chromium through playwright-core (no browser
// downloads), and wraps a page in a small page object.

import { spawn } from "node:child_process";
import { after, before } from "node:test";
import { once } from "node:events";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** Where cargo put the mock server (`CARGO_TARGET_DIR` if set). */
const TARGET = process.env.CARGO_TARGET_DIR ? `${process.env.CARGO_TARGET_DIR}/` : `${ROOT}target/`;
/** The mock server's key (`demo_studio::DEMO_API_KEY`); it opens nothing else. */
export const DEMO_API_KEY = "demo-key-not-secret";

/**
 * `TB_NOW` (RFC 3339) pins every clock of a run: the mock server's (it reads
 * the variable itself) and each page's (Playwright's clock, installed before
 * the page loads). Without it the clocks are the system's.
 */
export const PINNED_NOW = process.env.TB_NOW?.trim() ? new Date(process.env.TB_NOW.trim()) : null;
if (PINNED_NOW && Number.isNaN(PINNED_NOW.getTime())) throw new Error(`TB_NOW is not a date: ${process.env.TB_NOW}`);

/**
 * Spawns a server that prints "listening on URL" and resolves with that URL.
 * Its output stays drained (a closed pipe would kill it on its next print),
 * and stopping is safe even if it has already exited.
 */
async function spawnListening(command, args, pattern, env = process.env) {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "inherit"] });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, "exit");
      child.kill();
      await exited;
    }
  };
  const url = await new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const m = out.match(pattern);
      if (m) resolve(m[1]);
    });
    child.on("exit", () => reject(new Error(`${command} exited before listening: ${out}`)));
    child.on("error", reject);
  });
  return { url, stop };
}

export async function startServer() {
  const { url, stop } = await spawnListening(process.execPath, ["scripts/serve.mjs", "--port", "0"], /listening on (http:\/\/127\.0\.0\.1:\d+\/)/);
  return { base: url, stop };
}

/** The mock API server (built by scripts/test) on a free port. */
export async function startMock() {
  const { url: base, stop } = await spawnListening(`${TARGET}debug/mock-server`, ["--port", "0"], /listening on (http:\/\/127\.0\.0\.1:\d+)\//);
  const control = async (path, body) => {
    const response = await fetch(`${base}/__mock/${path}`, body === undefined ? {} : { method: "POST", body: JSON.stringify(body) });
    return response.json();
  };
  /** Now by the mock's clock (pinned or not), as a Date. */
  const now = async () => new Date((await control("clock")).now);
  return { base, control, now, stop };
}

/**
 * The studio's proxy: real nginx (scripts/proxy, deploy/nginx/) on a free port of
 * 127.0.0.1 in front of `upstream`, with the mock's key unless `env` says otherwise.
 * `env` takes any setting of deploy/nginx/render (PROXY_RATE, PROXY_STOCK_5XX, …).
 * `logs()` is everything nginx wrote to its logs.
 */
export async function startProxy({ upstream, origins = [], env = {} } = {}) {
  const dir = await mkdtemp(join(tmpdir(), "tb-proxy-"));
  const settings = {
    ...process.env,
    PROXY_DIR: dir,
    PROXY_ALLOWED_ORIGINS: origins.join(" "),
    ...(upstream ? { PROXY_UPSTREAM: upstream, API_KEY: DEMO_API_KEY } : {}),
    ...env,
  };
  const { url, stop } = await spawnListening(`${ROOT}scripts/proxy`, [], /proxy listening on (https?:\/\/127\.0\.0\.1:\d+)\//, settings);
  const logs = async () => {
    const files = await readdir(join(dir, "logs"));
    const texts = await Promise.all(files.map((f) => readFile(join(dir, "logs", f), "utf8")));
    return texts.join("");
  };
  return {
    base: url,
    dir,
    logs,
    stop: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
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

  /**
   * Opens `path` in a new context. `now` (a Date) pins the page's clock there,
   * running on; without it `TB_NOW` does, if set.
   */
  static async open(browser, base, path, contextOptions = {}, { now = PINNED_NOW } = {}) {
    const context = await browser.newContext(contextOptions);
    if (now) await context.clock.install({ time: now });
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

/**
 * Starts what a test file needs before its tests and stops it after:
 * the static server, a browser and, with `{ mock: true }`, the mock API.
 * Returns an object whose fields are filled in once `before` has run.
 */
export function fixtures({ mock = false } = {}) {
  const f = {};
  before(async () => {
    f.server = await startServer();
    if (mock) f.mock = await startMock();
    f.browser = await launchBrowser();
  });
  after(async () => {
    await f.browser?.close();
    await f.mock?.stop();
    await f.server?.stop();
  });
  return f;
}

/**
 * Types a visitor's contact details into a widget's details form, by label,
 * as a person would. Fields left out of `person` are left alone.
 */
export async function fillContact(root, { first, last, email, phone }) {
  for (const [label, value] of [["First name", first], ["Last name", last], ["E-mail address", email], ["Phone number", phone]]) {
    if (value !== undefined) await root.getByLabel(label).fill(value);
  }
}
