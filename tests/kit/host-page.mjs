// A studio's page with widgets on it, as a visitor's browser sees it: opening
// one, putting a <trial-booking> on it, and what the widget looks like. Takes
// Playwright's objects as arguments and imports no package.

/**
 * `TB_NOW` (RFC 3339) pins every clock of a run: the mock server's (it reads
 * the variable itself) and each page's (Playwright's clock, installed before
 * the page loads). Without it the clocks are the system's.
 */
export const PINNED_NOW = process.env.TB_NOW?.trim() ? new Date(process.env.TB_NOW.trim()) : null;
if (PINNED_NOW && Number.isNaN(PINNED_NOW.getTime())) throw new Error(`TB_NOW is not a date: ${process.env.TB_NOW}`);

/** The privacy page every test studio links to (the consent then carries a link). */
export const PRIVACY = { "privacy-url": "https://studio.example/privacy" };

/**
 * The attributes of a widget of `backend` pointed at the mock server at
 * `mockBase`: the Open API through the mock's stand-in for the studio's proxy,
 * Connect directly, the demo without any.
 */
export function apiAttributes(backend, mockBase) {
  const base = { "open-api": `${mockBase}/proxy`, connect: mockBase, demo: null }[backend];
  if (base === undefined) throw new Error(`unknown backend ${backend}`);
  return base === null ? { backend } : { backend, "api-base": base };
}

/**
 * Puts a `<trial-booking>` with exactly `attributes` (name → string value, in
 * that order) at the end of the element `into` of the page, and resolves with
 * its locator: `trial-booking#id` when `attributes` has an id, else the
 * element by its place among the page's widgets. The host pages of
 * tests/e2e/pages/ have their `#host` for it.
 */
export async function addWidget(page, attributes, { into = "#host" } = {}) {
  const index = await page.evaluate(
    ([attributes, into]) => {
      const container = document.querySelector(into);
      if (!container) throw new Error(`no ${into} on ${location.pathname} to put the widget into`);
      const el = document.createElement("trial-booking");
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      container.append(el);
      return [...document.querySelectorAll("trial-booking")].indexOf(el);
    },
    [attributes, into],
  );
  return attributes.id ? page.locator(`trial-booking#${attributes.id}`) : page.locator("trial-booking").nth(index);
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
   * Opens `path` of the site at `base` in a new context of `browser` with
   * `contextOptions`. `now` (a Date) pins the page's clock there, running on;
   * without it `TB_NOW` does, if set (`now: null`: the page's own clock).
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

  /** Puts a widget on this page: see addWidget. */
  addWidget(attributes, options) {
    return addWidget(this.page, attributes, options);
  }

  /** The widget with this id, or the page's first. */
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

/** The widget's surface and text in each theme (style/widget.css), as the browser computes them. */
export const THEMES = {
  light: { surface: "rgb(255, 255, 255)", text: "rgb(31, 41, 51)" },
  dark: { surface: "rgb(26, 29, 33)", text: "rgb(228, 231, 235)" },
};

/** The colours the widget shows, computed inside its shadow root: { surface, text }. */
export function colours(widget) {
  return widget.locator("[part~=widget]").evaluate((el) => {
    const style = getComputedStyle(el);
    return { surface: style.backgroundColor, text: style.color };
  });
}
