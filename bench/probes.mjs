// What the benchmark runs inside the page, before any of the page's own
// scripts (Playwright init scripts: each function is sent as source, so it
// may use nothing from outside itself but its one argument).

/**
 * Pins the page's clock at `pinnedMs` (the mock server's now), running on
 * from there, as the e2e tests pin it, but through `Date` alone:
 * `performance.now()`, marks and timers stay the browser's own, so every time
 * measured here is real.
 */
export function pinClock(pinnedMs) {
  const Real = Date;
  const shift = pinnedMs - Real.now();
  const now = () => Real.now() + shift;
  globalThis.Date = new Proxy(Real, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length ? args : [now()], newTarget),
    apply: () => new Real(now()).toString(),
    get: (target, name) => (name === "now" ? now : Reflect.get(target, name)),
  });
}

/**
 * The outside observer. Every frame it looks for one of `titles` as text on
 * screen inside the elements matching `roots` (a `<trial-booking>`'s open
 * shadow root, or the floor's list); the frame that shows it is painted when
 * a message posted from that frame's requestAnimationFrame arrives. That
 * moment (performance.now(), from navigation start) is `__bench.painted`.
 * `__bench.ready` resolves with it.
 *
 * Also here, for the slot measurements: `__bench.slotsPainted(…)` and
 * `__bench.armSwitch(…)` (see below), and every long animation frame
 * (`__bench.longFrames`; an observer hears of a frame a little after it).
 */
export function observe({ titles, roots }) {
  const bench = (window.__bench = { painted: null, longFrames: [] });
  let resolve;
  bench.ready = new Promise((r) => (resolve = r));
  /** After the rendering of the current frame: a task queued from its rAF. */
  const afterPaint = () =>
    new Promise((done) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  const searchRoots = () =>
    [...document.querySelectorAll(roots)].map((el) => el.shadowRoot ?? (el.localName.includes("-") ? null : el)).filter(Boolean);
  const shown = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!titles.some((t) => node.data.includes(t))) continue;
      const el = node.parentElement;
      if (el?.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && el.getBoundingClientRect().height > 0) return true;
    }
    return false;
  };
  const poll = () => {
    if (searchRoots().some(shown)) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.painted = performance.now();
        resolve(bench.painted);
      };
      channel.port2.postMessage(null);
    } else {
      requestAnimationFrame(poll);
    }
  };
  requestAnimationFrame(poll);

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longFrames.push({ startTime: e.startTime, duration: e.duration, blockingDuration: e.blockingDuration });
    }).observe({ type: "long-animation-frame", buffered: true });
  } catch {
    bench.longFrames = null; // not supported by this browser
  }

  const widgetRoot = () => document.querySelector("trial-booking")?.shadowRoot;
  /** The latest resource whose URL contains `part` and that ended after `since`. */
  const arrived = (part, since) =>
    performance
      .getEntriesByType("resource")
      .filter((e) => e.name.includes(part) && e.responseEnd > since)
      .at(-1);
  /**
   * Resolves once `count` elements matching `selector` in the widget's shadow
   * root are in the DOM (and the first is not `stale`) and that frame is
   * painted: { dom, painted, responseEnd } with the end of the newest
   * response for `part` after `since`.
   */
  bench.slotsPainted = ({ selector, count, part, since, stale = null }) =>
    new Promise((done) => {
      const root = widgetRoot();
      if (!root) {
        // The widget has not started yet: look again next frame.
        requestAnimationFrame(() => bench.slotsPainted({ selector, count, part, since, stale }).then(done));
        return;
      }
      const check = () => {
        const list = root.querySelectorAll(selector);
        if (list.length < count || list[0] === stale) return false;
        const dom = performance.now();
        observer.disconnect();
        afterPaint().then((painted) => done({ dom, painted, responseEnd: arrived(part, since)?.responseEnd ?? null }));
        return true;
      };
      const observer = new MutationObserver(check);
      if (!check()) observer.observe(root, { childList: true, subtree: true });
    });

  /**
   * Call before clicking what switches the days; then await `__bench.switched`:
   * { click, nextPaint } (the click event's timeStamp and the next paint after
   * it) and the new days' slots as `slotsPainted` gives them.
   */
  bench.armSwitch = ({ selector, count, part }) => {
    const stale = widgetRoot().querySelector(selector);
    const since = performance.now();
    const clicked = new Promise((done) =>
      addEventListener("click", (event) => afterPaint().then((nextPaint) => done({ click: event.timeStamp, nextPaint })), {
        capture: true,
        once: true,
      }),
    );
    const slots = bench.slotsPainted({ selector, count, part, since, stale });
    bench.switched = Promise.all([clicked, slots]).then(([a, b]) => ({ ...a, ...b }));
  };
}
