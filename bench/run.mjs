// The benchmark of issue 9: first paint on a phone, against a plain-script floor.
// scripts/bench builds everything and runs this; run by hand with
//
//   BENCH_DIST=dist BENCH_RUNS=3 node bench/run.mjs
//
// It starts the mock API server (clock pinned) and bench/server.mjs (dist/
// brotli, as a CDN serves it), drives Debian's Chromium with playwright-core
// (a fresh context, so a cold cache, for every load), without throttling and
// with Lighthouse's mobile profile through CDP, interleaved, and takes the
// median of BENCH_RUNS runs. Then Lighthouse on the demo page. Writes
// target/bench/result.json and result.md and prints the table.
//
// Settings (environment):
//   BENCH_RUNS      runs per figure (default 10)
//   BENCH_LH_RUNS   Lighthouse runs (default 3; 0 skips Lighthouse)
//   BENCH_DIST      the built dist/ to serve (default dist)
//   BENCH_OUT       where results go (default target/bench)
//   BENCH_MOCK      the mock server binary (default $CARGO_TARGET_DIR or target/, release/mock-server)
//   TB_NOW          the pinned studio clock (default a Tuesday 09:00 in Berlin)
//   BENCH_ONLY      some of first-paint,slots,lighthouse (default all three)
//   BENCH_README=1  also put the table into README.md (between its bench markers)

import { execFileSync, spawn } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { screenEmulationMetrics, throttling, userAgents } from "lighthouse/core/config/constants.js";
import { chromiumOptions, listening, ROOT, startMock, TARGET, TrialOffers, TrialSession } from "../tests/kit/index.mjs";
import { observe, pinClock } from "./probes.mjs";
import { markdown, median, summarize } from "./report.mjs";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const env = process.env;
const count = (name, fallback) => {
  const n = Number(env[name] ?? fallback);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, not ${env[name]}`);
  return n;
};
const RUNS = Math.max(1, count("BENCH_RUNS", 10));
const LH_RUNS = count("BENCH_LH_RUNS", 3);
const DIST = resolve(ROOT, env.BENCH_DIST ?? "dist");
const OUT = resolve(ROOT, env.BENCH_OUT ?? "target/bench");
const MOCK = env.BENCH_MOCK ?? `${TARGET}release/mock-server`;
const NOW = env.TB_NOW?.trim() || "2026-11-24T09:00:00+01:00";
const CHROMIUM = env.CHROMIUM ?? "/usr/bin/chromium";
const ONLY = new Set((env.BENCH_ONLY ?? "first-paint,slots,lighthouse").split(",").map((s) => s.trim()));
const LOAD_TIMEOUT = 90_000;

/** Lighthouse's mobile profile (its devtools throttling of mobileSlow4G), and none. */
const MOBILE = throttling.mobileSlow4G;
const CONDITIONS = {
  unthrottled: {
    label: "no throttling",
    context: { viewport: pick(screenEmulationMetrics.desktop, "width", "height") },
  },
  mobile: {
    label: "mobile",
    context: {
      viewport: pick(screenEmulationMetrics.mobile, "width", "height"),
      deviceScaleFactor: screenEmulationMetrics.mobile.deviceScaleFactor,
      isMobile: true,
      hasTouch: true,
      userAgent: userAgents.mobile,
    },
    // As Lighthouse's emulation.js sends them: kbps to bytes per second.
    network: {
      offline: false,
      latency: MOBILE.requestLatencyMs,
      downloadThroughput: Math.floor((MOBILE.downloadThroughputKbps * 1024) / 8),
      uploadThroughput: Math.floor((MOBILE.uploadThroughputKbps * 1024) / 8),
    },
    cpu: MOBILE.cpuSlowdownMultiplier,
  },
};

function pick(object, ...names) {
  return Object.fromEntries(names.map((n) => [n, object[n]]));
}

async function main() {
  const started = Date.now();
  const startLoad = loadavg()[0];
  await readFile(join(DIST, "index.html")).catch(() => {
    throw new Error(`no build in ${DIST} (scripts/bench builds it; BENCH_DIST names another)`);
  });
  const mock = await startMock({ binary: MOCK, now: NOW });
  const server = await listening(process.execPath, [join(HERE, "server.mjs"), "--dist", DIST, "--mock", mock.base]);
  const { control } = mock;
  // The GPU path stays on: it is part of what paints.
  const browser = await chromium.launch(chromiumOptions({ gpu: true }));
  const chromiumVersion = browser.version();
  try {
    const titles = await firstTitles(mock.base);
    const scenarios = [
      { id: "open-api", widget: "/bench/widget.html?backend=open-api", floor: "/bench/floor.html?backend=open-api", titles: titles.offers },
      { id: "connect", widget: "/bench/widget.html?backend=connect", floor: "/bench/floor.html?backend=connect", titles: titles.studios },
      { id: "demo", widget: "/", floor: null, titles: titles.offers },
    ];
    const slotFlows = [
      {
        id: "open-api",
        url: "/bench/widget.html?backend=open-api",
        titles: titles.offers,
        pageObject: (widget) => new TrialOffers(widget),
        open: (offers) => offers.offer(/Intro session with a trainer/),
        part: "/slots",
        switches: (offers) => [offers.laterDays, offers.earlierDays],
      },
      {
        id: "connect",
        url: "/bench/widget.html?backend=connect&studio-id=1",
        titles: [],
        pageObject: (widget) => new TrialSession(widget),
        part: "/connect/v1/trialsession?",
        switches: (session) => [session.laterWeek, session.earlierWeek],
      },
    ];
    const bench = { browser, base: server.base, control };
    const loads = [];
    const slots = [];
    // One warm-up round (browser process, disk cache of the files), not counted.
    for (let run = 0; run <= RUNS; run++) {
      const order = run % 2 ? ["mobile", "unthrottled"] : ["unthrottled", "mobile"];
      for (const condition of order) {
        for (const s of ONLY.has("first-paint") ? scenarios : []) {
          for (const [kind, path] of [["widget", s.widget], ["floor", s.floor]]) {
            if (!path) continue;
            const observed = { titles: s.titles, roots: kind === "floor" ? "#floor" : "trial-booking" };
            const sample = await twice(() => measureLoad(bench, condition, path, observed));
            if (run > 0) loads.push({ run, condition, scenario: s.id, kind, ...sample });
          }
        }
        for (const flow of ONLY.has("slots") ? slotFlows : []) {
          const sample = await twice(() => measureSlots(bench, condition, flow));
          if (run > 0) slots.push({ run, condition, flow: flow.id, ...sample });
        }
      }
      console.error(`[bench] run ${run || "warm-up"}${run ? ` of ${RUNS}` : ""} done (${Math.round((Date.now() - started) / 1000)} s)`);
    }
    await browser.close();
    const lighthouse = [];
    for (let i = 0; i < (ONLY.has("lighthouse") ? LH_RUNS : 0); i++) {
      lighthouse.push(await runLighthouse(`${server.base}/`));
      console.error(`[bench] Lighthouse ${i + 1} of ${LH_RUNS} done`);
    }
    const result = {
      date: new Date().toISOString(),
      commit: git("rev-parse", "--short", "HEAD") + (git("status", "--porcelain", "--untracked-files=no") ? " (with changes)" : ""),
      chromium: chromiumVersion,
      node: process.version,
      runs: RUNS,
      lighthouseRuns: LH_RUNS,
      studioClock: NOW,
      dist: DIST,
      conditions: Object.fromEntries(Object.entries(CONDITIONS).map(([k, c]) => [k, { label: c.label, ...c.context, network: c.network ?? null, cpuSlowdown: c.cpu ?? 1 }])),
      seconds: Math.round((Date.now() - started) / 1000),
      // Other work on the machine skews every figure: the 1-minute load average before and after.
      load: { before: startLoad, after: loadavg()[0] },
      cores: availableParallelism(),
      summary: summarize({ loads, slots, lighthouse }),
      samples: { loads, slots, lighthouse },
    };
    await mkdir(OUT, { recursive: true });
    const table = markdown(result);
    await writeFile(join(OUT, "result.json"), JSON.stringify(result, null, 2) + "\n");
    await writeFile(join(OUT, "result.md"), table);
    console.log(table);
    if (env.BENCH_README === "1") await intoReadme(table);
    console.error(`[bench] ${join(OUT, "result.json")} and result.md written (${result.seconds} s)`);
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
    await mock.stop();
  }
}

/** A measurement, tried once more if it fails (a busy machine can miss a timeout); the second failure ends the run. */
async function twice(measure) {
  try {
    return await measure();
  } catch (e) {
    console.error(`[bench] trying again after: ${e.message}`);
    return measure();
  }
}

/** Replaces what README.md holds between `<!-- bench:begin -->` and `<!-- bench:end -->`. */
async function intoReadme(table) {
  const path = join(ROOT, "README.md");
  const text = await readFile(path, "utf8");
  const [begin, end] = ["<!-- bench:begin -->", "<!-- bench:end -->"].map((m) => text.indexOf(m));
  if (begin < 0 || end < begin) throw new Error("README.md has no <!-- bench:begin --> … <!-- bench:end --> markers");
  await writeFile(path, `${text.slice(0, begin)}<!-- bench:begin -->\n${table}${text.slice(end)}`);
  console.error("[bench] README.md: table replaced");
}

function git(...args) {
  try {
    return execFileSync("git", ["-C", ROOT, ...args], { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

/** What the first steps show: the catalogue's offer titles and Connect's studio names. */
async function firstTitles(base) {
  const get = (path) => fetch(base + path).then((r) => r.json());
  const lists = "/proxy/v1/trial-offers/bookable-trial-offers";
  const [classes, appointments, studios] = await Promise.all([
    get(`${lists}/classes?offset=0&sliceSize=100`),
    get(`${lists}/appointments/bookable?offset=0&sliceSize=100`),
    get("/connect/v2/studio"),
  ]);
  return {
    offers: [...classes.result.map((c) => c.trialOfferClass.title), ...appointments.result.map((a) => a.trialOfferBookableAppointment.title)],
    studios: studios.map((s) => s.studioName),
  };
}

/**
 * A new page in a fresh context (cold cache) under `condition`, its clock
 * pinned to the mock's (whose studio starts afresh), the observer installed,
 * and a log of the network as CDP reports it.
 */
async function openPage({ browser, control }, condition, observed) {
  const c = CONDITIONS[condition];
  await control("reset", {});
  const now = new Date((await control("clock")).now).getTime();
  const context = await browser.newContext({ locale: "en-US", timezoneId: "Europe/Berlin", ...c.context });
  await context.addInitScript(pinClock, now);
  await context.addInitScript(observe, observed);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  const cdp = await context.newCDPSession(page);
  const network = new NetworkLog(cdp);
  await cdp.send("Network.enable");
  if (c.network) await cdp.send("Network.emulateNetworkConditions", c.network);
  if (c.cpu) await cdp.send("Emulation.setCPUThrottlingRate", { rate: c.cpu });
  return { context, page, network, errors };
}

/** Requests as CDP saw them: for sizes (Content-Length as served) and CORS preflights. */
class NetworkLog {
  constructor(cdp) {
    this.requests = new Map();
    this.lastActivity = Date.now();
    cdp.on("Network.requestWillBeSent", (e) => {
      this.lastActivity = Date.now();
      this.requests.set(e.requestId, { url: e.request.url, method: e.request.method, type: e.type, done: false });
    });
    cdp.on("Network.responseReceived", (e) => {
      const r = this.requests.get(e.requestId);
      if (!r) return;
      const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
      Object.assign(r, {
        status: e.response.status,
        mime: e.response.mimeType,
        encoding: headers["content-encoding"] ?? null,
        length: headers["content-length"] ? Number(headers["content-length"]) : null,
      });
    });
    const finish = (e) => {
      this.lastActivity = Date.now();
      const r = this.requests.get(e.requestId);
      if (r) Object.assign(r, { done: true, received: e.encodedDataLength ?? null });
    };
    cdp.on("Network.loadingFinished", finish);
    cdp.on("Network.loadingFailed", finish);
  }

  /** Resolves once nothing has been in flight for `quietMs` (or after `maxMs`). */
  async settled(quietMs = 500, maxMs = 15_000) {
    const until = Date.now() + maxMs;
    while (Date.now() < until) {
      const busy = [...this.requests.values()].some((r) => !r.done);
      if (!busy && Date.now() - this.lastActivity >= quietMs) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** The first request for `url` that is not a CORS preflight. */
  find(url) {
    return [...this.requests.values()].find((r) => r.url === url && !preflight(r));
  }

  preflights(url) {
    return [...this.requests.values()].filter((r) => r.url === url && preflight(r)).length;
  }
}

/** Chromium logs a CORS preflight as an OPTIONS request (of type "Other", or "Preflight"). */
const preflight = (r) => r.type === "Preflight" || r.method === "OPTIONS";

/** One load of `path` until the first step's data is painted, and what it took. */
async function measureLoad(bench, condition, path, observed) {
  const { context, page, network, errors } = await openPage(bench, condition, observed);
  try {
    const url = bench.base + path;
    await page.goto(url, { waitUntil: "commit", timeout: LOAD_TIMEOUT });
    const painted = await page.evaluate(() => window.__bench.ready).catch((e) => {
      throw new Error(`${path} (${condition}): nothing painted: ${e.message}; ${errors.join("; ")}`);
    });
    await network.settled();
    const timeline = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      const entry = (e, start) => ({ url: e.name, type: e.initiatorType, start, end: e.responseEnd, bodySize: e.encodedBodySize });
      return {
        // Every mark of the widget's (`tb:…`), the first of each name.
        marks: Object.fromEntries(
          performance
            .getEntriesByType("mark")
            .filter((m) => m.name.startsWith("tb:"))
            .reverse()
            .map((m) => [m.name, m.startTime]),
        ),
        requests: [entry(nav, 0), ...performance.getEntriesByType("resource").map((e) => entry(e, e.startTime))],
      };
    });
    const hostOwned = hostStylesheets(await (await fetch(url)).text(), url);
    const before = timeline.requests
      .filter((r) => r.start < painted)
      .map((r) => {
        const seen = network.find(r.url);
        return { ...r, preflights: network.preflights(r.url), size: seen?.length ?? r.bodySize, encoding: seen?.encoding ?? null, mime: seen?.mime ?? "" };
      });
    const origin = new URL(url).origin;
    const firstLoad = before.filter((r, i) => i > 0 && new URL(r.url).origin === origin && !hostOwned.has(r.url));
    return {
      painted,
      marks: timeline.marks,
      requests: before.length + before.reduce((n, r) => n + r.preflights, 0),
      preflights: before.reduce((n, r) => n + r.preflights, 0),
      chain: longestChain(before).map((r) => short(r.url, origin)),
      // Pictures (the demo's offer images) are listed but, as in budget.toml, not counted: content, not code.
      firstLoad: Object.fromEntries(firstLoad.map((r) => [short(r.url, origin), { size: r.size, encoding: r.encoding, picture: r.mime.startsWith("image/") }])),
      errors,
    };
  } finally {
    await context.close();
  }
}

/** A URL as the table names it: the path on the dist server, else host and path. */
function short(url, origin) {
  const u = new URL(url);
  return u.origin === origin ? u.pathname.replace(/^\//, "") || "(page)" : `api ${u.pathname}`;
}

/** The stylesheets the host page links itself (the demo page's own look): not the embed's. */
function hostStylesheets(html, base) {
  const links = html.match(/<link\b[^>]*>/gi) ?? [];
  return new Set(
    links
      .filter((l) => /\brel=["']?stylesheet\b/i.test(l))
      .map((l) => l.match(/\bhref=["']?([^"'\s>]+)/i)?.[1])
      .filter(Boolean)
      .map((href) => new URL(href, base).href),
  );
}

/**
 * The longest chain of requests each of which started only after the one
 * before it had finished (from the page's own timings): how many round trips
 * stand one after another between navigation and the first step.
 */
function longestChain(requests) {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const best = sorted.map((r) => [r]);
  sorted.forEach((r, i) => {
    for (let j = 0; j < i; j++) {
      if (sorted[j].end <= r.start && best[j].length + 1 > best[i].length) best[i] = [...best[j], r];
    }
  });
  return best.reduce((a, b) => (b.length > a.length ? b : a), []);
}

/** The crowd of free times in one window, and what shows they are painted: the shown day's times (only its times are drawn). */
const CROWD = 1000;
const SLOT = { selector: "[role=tabpanel] .tb-slot", count: 1 };

/**
 * 1,000 slots in one window: from the slots' response to the shown day's
 * times painted; then each day switch (the flow's later/earlier buttons):
 * click to the next paint, and the new days' response to their shown day painted.
 */
async function measureSlots(bench, condition, flow) {
  const { context, page, errors } = await openPage(bench, condition, { titles: flow.titles, roots: "trial-booking" });
  const visitor = flow.pageObject(page.locator("trial-booking"));
  try {
    await bench.control("crowd", { slots: CROWD });
    await page.goto(bench.base + flow.url, { waitUntil: "commit", timeout: LOAD_TIMEOUT });
    const wait = { ...SLOT, part: flow.part, since: 0 };
    if (flow.open) {
      await page.evaluate(() => window.__bench.ready);
      wait.since = await page.evaluate(() => performance.now());
      await flow.open(visitor).click({ timeout: LOAD_TIMEOUT });
    }
    const first = await page.evaluate((w) => window.__bench.slotsPainted(w), wait);
    const switches = [];
    for (const button of flow.switches(visitor)) {
      await page.evaluate((w) => window.__bench.armSwitch(w), { ...SLOT, part: flow.part });
      await button.click({ timeout: LOAD_TIMEOUT });
      switches.push(await page.evaluate(() => window.__bench.switched));
    }
    // Long animation frames are reported a little after they end.
    await page.waitForTimeout(300);
    const longFrames = (await page.evaluate(() => window.__bench.longFrames)) ?? [];
    const longest = (from, to) => Math.max(0, ...longFrames.filter((f) => f.startTime < to && f.startTime + f.duration > from).map((f) => f.duration));
    const since = (s) => s.responseEnd ?? s.click ?? 0;
    const figures = (s) => ({
      render: s.responseEnd === null ? null : s.painted - s.responseEnd,
      // From the response to the frame that shows the slots (its rAF): script work.
      toFrame: s.responseEnd === null ? null : s.dom - s.responseEnd,
      longestFrame: longest(since(s), s.painted),
    });
    const switched = switches.map(figures);
    return {
      ...figures(first),
      switchNextPaint: median(switches.map((s) => s.nextPaint - s.click)),
      switchRender: median(switched.map((s) => s.render)),
      switchLongestFrame: Math.max(...switched.map((s) => s.longestFrame)),
      raw: { first, switches, longFrames },
      errors,
    };
  } catch (e) {
    throw new Error(`slots, ${flow.id} (${condition}): ${e.message}; ${errors.join("; ")}`);
  } finally {
    await bench.control("crowd", { slots: 0 });
    await context.close();
  }
}

/** One Lighthouse run (mobile, its defaults) on `url`: scores and the three metrics. */
async function runLighthouse(url) {
  const out = join(OUT, "lighthouse.json");
  await mkdir(OUT, { recursive: true });
  const cli = join(HERE, "node_modules/lighthouse/cli/index.js");
  await new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [cli, url, "--quiet", "--output=json", `--output-path=${out}`, "--only-categories=performance,accessibility,best-practices", "--chrome-flags=--headless --no-sandbox"],
      { env: { ...env, CHROME_PATH: CHROMIUM }, stdio: ["ignore", "inherit", "inherit"] },
    );
    child.once("exit", (code) => (code === 0 ? done() : fail(new Error(`lighthouse exited with ${code}`))));
    child.once("error", fail);
  });
  const report = JSON.parse(await readFile(out, "utf8"));
  await rm(out);
  const score = (c) => Math.round((report.categories[c]?.score ?? NaN) * 100);
  const metric = (a) => report.audits[a]?.numericValue ?? null;
  const failing = (c) =>
    report.categories[c].auditRefs.filter((r) => r.weight > 0 && report.audits[r.id].score !== null && report.audits[r.id].score < 1).map((r) => r.id);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    lcp: metric("largest-contentful-paint"),
    tbt: metric("total-blocking-time"),
    cls: metric("cumulative-layout-shift"),
    fcp: metric("first-contentful-paint"),
    failing: { accessibility: failing("accessibility"), bestPractices: failing("best-practices") },
    warnings: report.runWarnings,
  };
}

main().catch((e) => {
  console.error(`[bench] ${e.stack ?? e}`);
  process.exit(1);
});
