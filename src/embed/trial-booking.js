// trial-booking embed loader. Load it with
//   <script type="module" src="https://…/trial-booking.js"></script>
// and place <trial-booking></trial-booking> where the widget should appear.
//
// It owns the <trial-booking> element. For each element it at once:
//  - shows a light placeholder of the first step's height (no layout shift),
//  - starts, side by side: the wasm build of the element's backend only
//    (tb-open-api / tb-connect / tb-demo, so a page never downloads a flow it
//    does not use), its JavaScript glue, and the backend's first API reads,
//  - hands the started reads to the wasm, which adopts them through its one
//    API layer (same status, retry and decode rules) instead of asking again.
// Everything is loaded from next to this file, whatever its URL.
// Hand-written on purpose: it must be tiny and run before any wasm arrives.

performance.mark("tb:boot");

const HERE = import.meta.url;

/**
 * The folder beside this file that holds this build's files, named for the hash
 * of their contents (`b/<hash>/`; scripts/build writes it here). A cached loader
 * thus only ever loads the files of its own build, whatever is deployed since.
 * Empty in a development build (trunk serve), whose files lie beside the loader.
 */
const BUILD = "";
const TAG = "trial-booking";

/** The languages the widget speaks: one `locales/<lang>.json` each. */
// <languages: generated from locales/*.ftl>
const LANGUAGES = ["cs", "de", "en", "es", "fr", "hu", "it", "nb", "nl", "pl", "ro", "ru", "sl", "sv", "tr"];
// </languages>

/** The attributes that change the widget (OBSERVED), and those that are on or off, whose properties are booleans (FLAGS). */
// <attributes: generated from src/config/attributes.rs>
const OBSERVED = ["backend", "flow", "api-base", "mode", "heading", "lang", "studio-id", "privacy-url", "campaign-id", "referrer-id", "confirm-booking-id", "campaign-choice", "display", "floating-button", "analytics", "offer-id", "offer-category", "first-name", "last-name", "email", "phone", "url-prefill", "utm-campaigns", "note", "success-url", "success-delay", "theme"];
const FLAGS = ["campaign-choice", "floating-button", "url-prefill"];
// </attributes>

/**
 * What the placeholder says when the widget cannot be loaded, and its button:
 * these entries of the visitor's texts file, or English when that file cannot
 * be had either (carrying all 15 languages here would cost 1.2 KB brotli).
 */
// <load-failed: generated from locales/*.ftl>
const LOAD_FAILED_KEYS = [36, 35];
const LOAD_FAILED_ENGLISH = ["Booking is unavailable right now. Please try again in a moment.", "Try again"];
// </load-failed>

/** The `category` of the `trial-booking:failed` event when the widget itself cannot be loaded or started. */
const LOAD_FAILED = "load-failed";

/** How long a load may take before the visitor is told it failed (a stalled connection). */
const LOAD_TIMEOUT_MS = 20000;

/** The wasm build for each backend; an unknown backend gets the smallest, which explains the mistake. */
const BUILDS = { "open-api": "tb-open-api", connect: "tb-connect", demo: "tb-demo" };

/** The page-URL parameter of a confirmation link (`embed::CONFIRM_PARAMETER`). */
const CONFIRM_PARAMETER = "tb-confirm";

const builds = new Map();
const texts = new Map();

/** One language's texts (`locales/<lang>.json`, parsed), fetched once per page; null if they cannot be had (the wasm then fetches them itself and reports why). */
function textsOf(lang) {
  if (!texts.has(lang)) {
    texts.set(
      lang,
      fetch(new URL(`${BUILD}locales/${lang}.json`, HERE))
        .then((response) => (response.ok ? response.json() : null))
        .catch(() => null)
        .then((words) => {
          if (!words) texts.delete(lang); // a retry asks again
          return words;
        }),
    );
  }
  return texts.get(lang);
}

/**
 * The wasm module of a build, fetched and compiled once per page. A build that
 * failed (a missing file, a network error, a module that does not start) is
 * forgotten, so trying again fetches it afresh; the glue module, which the
 * browser keeps once imported, is then imported under a fresh URL.
 */
function build(name) {
  if (!builds.has(name)) {
    const attempt = (buildAttempts.get(name) ?? 0) + 1;
    buildAttempts.set(name, attempt);
    const wasm = fetch(new URL(`${BUILD}${name}_bg.wasm`, HERE)).then((response) => {
      if (!response.ok) throw new Error(`${name}_bg.wasm: HTTP ${response.status}`);
      return response;
    });
    const glueUrl = new URL(`${BUILD}${name}.js`, HERE);
    if (attempt > 1) glueUrl.searchParams.set("attempt", String(attempt));
    const loading = import(glueUrl.href).then(async (glue) => {
      await glue.default({ module_or_path: wasm });
      performance.mark("tb:wasm-ready");
      return glue;
    });
    loading.catch(() => builds.delete(name));
    builds.set(name, loading);
  }
  return builds.get(name);
}
const buildAttempts = new Map();

/**
 * CLDR's closest language for one the widget does not speak (`no` → `nb`,
 * `gsw` → `de`); what is not listed does not match.
 */
// <language-matches: generated from CLDR by scripts/language-matches.mjs>
// CLDR 48.2.0 languageMatching: a desired language → the closest one the widget speaks, and CLDR's distance.
const MATCHES = {ab:["ru",30],ay:["es",20],az:["ru",30],be:["ru",20],br:["fr",20],ca:["es",20],co:["fr",20],crs:["fr",20],da:["nb",8],eu:["es",20],fy:["nl",20],gl:["es",20],gn:["es",20],gsw:["de",4],ht:["fr",20],hy:["ru",30],kg:["fr",30],kk:["ru",30],ku:["tr",30],ky:["ru",30],la:["it",20],lb:["de",4],ln:["fr",30],lua:["fr",30],mg:["fr",30],mn:["ru",30],nn:["nb",20],no:["nb",1],oc:["fr",20],qu:["es",30],rm:["de",20],rw:["fr",30],scn:["it",20],sk:["cs",20],tg:["ru",30],tk:["ru",30],tt:["ru",30],uz:["ru",30],wo:["fr",30]};
// </language-matches>

/**
 * How much farther each later preference stands: ICU's LocaleMatcher default
 * (CLDR's distance between `en` and `en-GB`), so a close match of a language
 * asked for first (`no` → `nb`, 1) beats a later exact one, a far one
 * (`sk` → `cs`, 20) does not.
 */
const DEMOTION = 5;

/**
 * The widget's one locale matcher. `requested`: BCP 47 tags, most preferred
 * first (`["no", "en-US"]`; `_` is read as `-`; tags `Intl.Locale` rejects are
 * skipped). Returns the tag the widget runs in: a language it speaks (its
 * texts), with the region kept for `Intl`'s date and time formats (`de-CH`).
 * CLDR does the work through the browser's `Intl.Locale` (aliases such as
 * `iw` → `he`, likely subtags: `no` → `no-Latn-NO`) and the MATCHES rules
 * above, scored as ICU does: distance + DEMOTION × position. An exact language
 * without a region borrows a later, more specific tag of the same language
 * (`en`, then `en-GB` → `en-GB`); a matched one takes the region CLDR deems
 * likely for what was asked (`no` → `nb-NO`). Nothing matches: `en`.
 */
export function matchLocale(requested) {
  const asked = requested.map((tag) => {
    try {
      return new Intl.Locale(String(tag).trim().replace(/_/g, "-"));
    } catch {
      return null;
    }
  });
  let best = null;
  asked.forEach((locale, index) => {
    if (!locale) return;
    const [language, distance] = LANGUAGES.includes(locale.language) ? [locale.language, 0] : MATCHES[locale.language] ?? [];
    const score = distance + DEMOTION * index;
    if (language && !(best?.score <= score)) best = { language, locale, score, index, exact: distance === 0 };
  });
  if (!best) return "en";
  const { language, locale, index, exact } = best;
  if (!exact) return new Intl.Locale(language, { region: locale.maximize().region }).toString();
  if (locale.region) return locale.toString();
  const specific = asked.slice(index + 1).find((l) => l?.language === language && l.region);
  return (specific ?? locale).toString();
}

/**
 * The visitor's locale: the element's `lang`, else the page's (nearest
 * `[lang]`), then the browser's preferences, through `matchLocale`.
 */
export function visitorLocale(element) {
  const page = element.closest("[lang]")?.getAttribute("lang")?.trim();
  return matchLocale([page, ...(navigator.languages ?? [])].filter(Boolean));
}

/** An `api-base` the widget will accept, without its trailing slashes; else null. */
function apiBase(value) {
  const base = value?.trim().replace(/\/+$/, "");
  if (!base) return null;
  if (base.startsWith("/") || base.startsWith("https://")) return base;
  return /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(base) ? base : null;
}

/**
 * The first reads of a backend's first step, started now. Their URLs are the
 * ones the wasm builds (`trial_api::ops`), so it finds and adopts them.
 */
function prefetch(element, backend, locale) {
  const started = new Map();
  const base = apiBase(element.getAttribute("api-base"));
  const confirming = element.hasAttribute("confirm-booking-id") || new URLSearchParams(location.search).has(CONFIRM_PARAMETER);
  if (!base || confirming) return started;
  const paths =
    backend === "open-api"
      ? [
          "/v1/trial-offers/bookable-trial-offers/classes?offset=0&sliceSize=100",
          "/v1/trial-offers/bookable-trial-offers/appointments/bookable?offset=0&sliceSize=100",
        ]
      : backend === "connect"
        ? ["/connect/v2/studio"]
        : [];
  for (const path of paths) {
    const url = `${base}${path}`;
    const answer = fetch(url, {
      headers: { Accept: "application/json", "Accept-Language": locale.split("-")[0].toLowerCase() },
      signal: AbortSignal.timeout(15000),
    });
    // A failed read is the wasm's to report (and retry); no unhandled rejection here.
    answer.catch(() => {});
    started.set(url, answer);
  }
  return started;
}

// In em of the browser's default size, like the widget (a host page's root
// font size changes neither), and in the element's theme (style/widget.css).
const PLACEHOLDER_CSS = `
:host { display: block; }
.tb-placeholder {
  box-sizing: border-box;
  font-size: var(--tb-font-size, medium);
  max-width: var(--tb-max-width, 42em);
  min-height: var(--tb-first-step-height, 30em);
  margin-inline: auto;
  padding: calc(var(--tb-space, 1em) * 1.25);
  color-scheme: light;
  background: var(--tb-color-surface, light-dark(#fff, #1a1d21));
  border: 1px solid var(--tb-color-border, #7b8794);
  border-radius: var(--tb-radius, 0.75em);
}
.tb-placeholder--dark { color-scheme: dark; }
.tb-placeholder--auto { color-scheme: light dark; }
.tb-placeholder__line {
  height: 1.5em;
  margin-bottom: var(--tb-space, 1em);
  border-radius: calc(var(--tb-radius, 0.75em) / 2);
  background: var(--tb-color-surface-alt, light-dark(#f5f7fa, #262b31));
}
.tb-placeholder__line:first-child { width: 60%; }
.tb-placeholder__message {
  margin: 0 0 var(--tb-space, 1em);
  color: var(--tb-color-text, light-dark(#1f2933, #e4e7eb));
  font-family: var(--tb-font-family, system-ui, sans-serif);
}
.tb-placeholder__retry {
  font: inherit;
  font-family: var(--tb-font-family, system-ui, sans-serif);
  padding: 0.5em 1.25em;
  border: 0;
  border-radius: calc(var(--tb-radius, 0.75em) / 2);
  background: var(--tb-color-accent, light-dark(#1d4ed8, #8ab4f8));
  color: var(--tb-color-on-accent, light-dark(#ffffff, #0d1b2a));
  cursor: pointer;
}
.tb-placeholder__line--card { height: 5em; }
`;
let placeholderSheet;

/** The placeholder's styles: a shared constructed sheet, or a `<style>` where there is none. */
function placeholderStyles(root) {
  try {
    placeholderSheet ??= new CSSStyleSheet();
    if (!placeholderSheet.cssRules.length) placeholderSheet.replaceSync(PLACEHOLDER_CSS);
    root.adoptedStyleSheets = [placeholderSheet];
    return [];
  } catch {
    const style = document.createElement("style");
    style.textContent = PLACEHOLDER_CSS;
    return [style];
  }
}

/** Grey shapes where the first step will be, in the element's theme, hidden from screen readers. */
function showPlaceholder(root) {
  const styles = placeholderStyles(root);
  const box = document.createElement("div");
  const theme = root.host.getAttribute("theme")?.trim().toLowerCase();
  box.className = theme === "dark" || theme === "auto" ? `tb-placeholder tb-placeholder--${theme}` : "tb-placeholder";
  box.setAttribute("part", "placeholder");
  box.setAttribute("aria-hidden", "true");
  for (const kind of ["", "", "card", "card", "card"]) {
    const line = document.createElement("div");
    line.className = kind ? "tb-placeholder__line tb-placeholder__line--card" : "tb-placeholder__line";
    box.append(line);
  }
  root.replaceChildren(...styles, box);
}

/**
 * Instead of the placeholder: the widget could not be loaded. Says so in the
 * visitor's language, with a button that tries again; announced (a live region
 * that exists before its text).
 */
async function showLoadFailed(root, lang, retry) {
  const words = await Promise.race([textsOf(lang), new Promise((resolve) => setTimeout(resolve, 3000, null))]);
  const [message, again] = LOAD_FAILED_KEYS.map((key, i) => (typeof words?.[key] === "string" ? words[key] : LOAD_FAILED_ENGLISH[i]));
  const styles = placeholderStyles(root);
  const box = document.createElement("div");
  const theme = root.host.getAttribute("theme")?.trim().toLowerCase();
  box.className = theme === "dark" || theme === "auto" ? `tb-placeholder tb-placeholder--${theme}` : "tb-placeholder";
  box.setAttribute("part", "placeholder");
  const status = document.createElement("p");
  status.className = "tb-placeholder__message";
  status.setAttribute("role", "alert");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "tb-placeholder__retry";
  button.setAttribute("part", "button");
  button.textContent = again;
  button.addEventListener("click", retry);
  box.append(status, button);
  root.replaceChildren(...styles, box);
  // The text goes in after the region is on the page, so it is announced.
  requestAnimationFrame(() => (status.textContent = message));
}

/**
 * The <trial-booking> element. Besides its attributes it offers `open()`,
 * `close()`, `reset()` and one property per attribute (`apiBase` for
 * `api-base`, …), typed in trial-booking.d.ts.
 */
export class TrialBookingElement extends HTMLElement {
  static get observedAttributes() {
    return OBSERVED;
  }

  /** Opens the widget: the dialog with `display="popup"` (once loaded, if it is still loading); inline, scrolls to it. */
  open() {
    if (this._tbMounted) this._tbMounted.open();
    else this._tbOpenWhenReady = true;
  }

  /** Closes the dialog (`display="popup"`). */
  close() {
    this._tbOpenWhenReady = false;
    this._tbMounted?.close();
  }

  /** Starts over: forgets the booking in progress this tab kept, and shows the first step. */
  reset() {
    this._tbMounted?.forget();
    if (this._tbWidget) {
      this._tbUnmount();
      this._tbMount();
    }
  }

  connectedCallback() {
    // Properties a page (or a framework's binding) set before this loader
    // defined the element are own data properties that hide the accessors:
    // take them over ("upgrade property"), so they count and later sets work.
    for (const property of PROPERTIES) {
      if (Object.prototype.hasOwnProperty.call(this, property)) {
        const value = this[property];
        delete this[property];
        this[property] = value;
      }
    }
    if (!this._tbWidget) this._tbMount();
  }

  disconnectedCallback() {
    // Moving the element disconnects and reconnects it at once: keep the widget then.
    queueMicrotask(() => {
      if (!this.isConnected) this._tbUnmount();
    });
  }

  attributeChangedCallback(name, before, after) {
    if (!this._tbWidget || before === after) return;
    // A visual attribute re-styles in place: the step, the choices and what was typed stay.
    if (name === "theme" && this._tbMounted && !this._tbRemount && this._tbMounted.setTheme(after ?? "")) return;
    if (this._tbRemount) return;
    // Frameworks set several attributes in a row: remount once, afterwards.
    this._tbRemount = true;
    queueMicrotask(() => {
      this._tbRemount = false;
      if (this._tbWidget) {
        // An open popup stays open.
        if (this._tbMounted?.is_open()) this._tbOpenWhenReady = true;
        // The step and the choices go over, where the new configuration still offers them.
        const resume = Boolean(this._tbMounted);
        this._tbUnmount();
        this._tbMount(resume);
      }
    });
  }

  /** Mounts the widget; `resume`: after an attribute change, going on where the visitor was. */
  _tbMount(resume = false) {
    const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    const backend = (this.getAttribute("backend") ?? "demo").trim().toLowerCase();
    const locale = visitorLocale(this);
    const prefetched = prefetch(this, backend, locale);
    if ((this.getAttribute("display") ?? "").trim().toLowerCase() === "popup") root.replaceChildren();
    else showPlaceholder(root);
    // The wasm, its glue and the visitor's one language travel side by side.
    const language = textsOf(locale.split("-")[0].toLowerCase());
    const mounting = (this._tbWidget = Promise.all([build(BUILDS[backend] ?? BUILDS["open-api"]), language]).then(([glue, words]) => {
      // Unmounted or remounted while loading: this mount is void.
      if (this._tbWidget !== mounting) return null;
      return glue.mount(this, words ? { lang: locale, texts: words, prefetched, resume } : { lang: locale, prefetched, resume });
    }));
    // A load that stalls is a failure too, after a while.
    let timer;
    const stalled = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`not loaded within ${LOAD_TIMEOUT_MS / 1000} s`)), LOAD_TIMEOUT_MS);
    });
    Promise.race([mounting, stalled]).then(
      (widget) => {
        clearTimeout(timer);
        if (widget && this._tbWidget !== mounting) widget.free();
        else if (widget) {
          this._tbMounted = widget;
          if (this._tbOpenWhenReady) {
            this._tbOpenWhenReady = false;
            widget.open();
          }
        }
      },
      (error) => {
        clearTimeout(timer);
        if (this._tbWidget !== mounting) return;
        this._tbWidget = undefined;
        // A mount that arrives after the stall is given up is not shown.
        mounting.then((late) => late?.free(), () => {});
        this._tbFailed(locale.split("-")[0].toLowerCase(), error);
      },
    );
  }

  /** The widget could not be loaded or started: tell the visitor and the page, offer to try again. */
  _tbFailed(lang, error) {
    console.error(`<${TAG}>: the widget could not be loaded`, error);
    const root = this.shadowRoot;
    showLoadFailed(root, lang, () => {
      if (!this._tbWidget) this._tbMount();
    });
    // A popup's failure shows where the dialog would open: on the page, in place.
    this.dispatchEvent(new CustomEvent(`${TAG}:failed`, { bubbles: true, composed: true, detail: { category: LOAD_FAILED } }));
    if (/\bdatalayer\b/i.test(this.getAttribute("analytics") ?? "")) {
      const dataLayer = (window.dataLayer = window.dataLayer || []);
      dataLayer.push({ trialBooking: null });
      dataLayer.push({ event: "trial_booking_failed", trialBooking: { category: LOAD_FAILED } });
    }
  }

  _tbUnmount() {
    this._tbWidget = undefined;
    this._tbMounted?.free();
    this._tbMounted = undefined;
  }
}

// One property per attribute: `el.apiBase = "/proxy"` is `el.setAttribute("api-base", "/proxy")`.
// (`lang` is the element's own, as on every HTML element.)
const PROPERTIES = [];
for (const attribute of OBSERVED) {
  const property = attribute.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
  if (property in HTMLElement.prototype) continue;
  PROPERTIES.push(property);
  Object.defineProperty(TrialBookingElement.prototype, property, {
    configurable: true,
    enumerable: true,
    get() {
      return FLAGS.includes(attribute) ? this.hasAttribute(attribute) : this.getAttribute(attribute);
    },
    set(value) {
      if (value === null || value === undefined || value === false) this.removeAttribute(attribute);
      else this.setAttribute(attribute, value === true ? "" : String(value));
    },
  });
}

/**
 * Any element with `data-trial-booking-open` opens a widget when clicked: the
 * one whose id is its value, or else the page's first `display="popup"` one.
 */
function openFromTrigger(event) {
  // Along the composed path: a trigger inside another component's shadow root counts.
  const trigger = event.composedPath().find((node) => node instanceof Element && node.hasAttribute("data-trial-booking-open"));
  if (!trigger) return;
  const id = trigger.getAttribute("data-trial-booking-open");
  const widget = id ? document.getElementById(id) : document.querySelector(`${TAG}[display="popup" i]`);
  if (widget instanceof TrialBookingElement) {
    event.preventDefault();
    widget.open();
  }
}

if (!customElements.get(TAG)) {
  customElements.define(TAG, TrialBookingElement);
  document.addEventListener("click", openFromTrigger);
}
