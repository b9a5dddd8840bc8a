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
 * moment (performance.now(), from navigation start) is `__bench.painted`;
 * `__bench.ready` resolves with it.
 *
 * Also here, for the slot measurements: `__bench.slotsPainted(…)` and
 * `__bench.armSwitch(…)` (see below), and every long animation frame
 * (`__bench.longFrames`; an observer hears of a frame a little after it).
 */
export function observe({ titles, roots }) {
  const bench = (window.__bench = { painted: null, longFrames: [] });
  /**
   * Looks once a frame, in its requestAnimationFrame (so never inside the
   * page's own tasks), until `shows()`; resolves with that frame's time and
   * the time it is painted: when a message posted from that rAF arrives.
   */
  const frameShowing = (shows) =>
    new Promise((done) => {
      const look = () => {
        if (!shows()) return requestAnimationFrame(look);
        const frame = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done({ frame, painted: performance.now() });
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(look);
    });
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
  bench.ready = frameShowing(() => searchRoots().some(shown)).then(({ painted }) => (bench.painted = painted));

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
   * Resolves once a frame shows `count` elements matching `selector` in the
   * widget's shadow root (the first of them not `stale`) and that frame is
   * painted: { dom: the frame's requestAnimationFrame, painted, responseEnd:
   * the end of the newest response for `part` after `since` }. Looked for once
   * a frame, so nothing of it runs inside the widget's own tasks.
   */
  bench.slotsPainted = ({ selector, count, part, since, stale = null }) =>
    frameShowing(() => {
      const list = widgetRoot()?.querySelectorAll(selector) ?? [];
      return list.length >= count && list[0] !== stale;
    }).then(({ frame, painted }) => ({ dom: frame, painted, responseEnd: arrived(part, since)?.responseEnd ?? null }));

  /**
   * Call before clicking what switches the days; then await `__bench.switched`:
   * { click, nextPaint } (the click event's timeStamp and the next paint after
   * it) and the new days' slots as `slotsPainted` gives them.
   */
  bench.armSwitch = ({ selector, count, part }) => {
    const stale = widgetRoot().querySelector(selector);
    const since = performance.now();
    const clicked = new Promise((done) =>
      addEventListener("click", (event) => frameShowing(() => true).then(({ painted }) => done({ click: event.timeStamp, nextPaint: painted })), {
        capture: true,
        once: true,
      }),
    );
    const slots = bench.slotsPainted({ selector, count, part, since, stale });
    bench.switched = Promise.all([clicked, slots]).then(([a, b]) => ({ ...a, ...b }));
  };
}
