// The benchmark's figures: medians of the samples (summarize) and the
// Markdown table with the issue's targets (markdown). 1 KB = 1024 bytes, as
// in budget.toml.

export const TARGETS = {
  ratio: { unthrottled: 1.15, mobile: 1.3 },
  firstLoadKb: 120,
  slotsRenderMs: 16,
  daySwitchMs: 8,
  lighthouse: { performance: 98, accessibility: 100, bestPractices: 100, cls: 0 },
};

const CONDITIONS = ["unthrottled", "mobile"];

export function median(values) {
  const list = values.filter((v) => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b);
  if (list.length === 0 || list.length < values.length) return null; // any sample missing: n/a
  const mid = list.length >> 1;
  return list.length % 2 ? list[mid] : (list[mid - 1] + list[mid]) / 2;
}

const medianOf = (samples, get) => median(samples.map(get));
const unique = (lists) => [...new Set(lists.flat())];

/** The figures of one kind of page (widget or floor) under one condition. */
function pageFigures(samples) {
  if (samples.length === 0) return null;
  const totals = samples.map((s) => Object.values(s.firstLoad).reduce((n, f) => n + (f.picture ? 0 : (f.size ?? 0)), 0));
  const typical = samples[totals.indexOf(median(totals) ?? totals[0])] ?? samples[0];
  return {
    painted: medianOf(samples, (s) => s.painted),
    boot: medianOf(samples, (s) => s.marks["tb:boot"]),
    firstStep: medianOf(samples, (s) => s.marks["tb:first-step"]),
    marks: Object.fromEntries(unique(samples.map((s) => Object.keys(s.marks))).map((name) => [name, medianOf(samples, (s) => s.marks[name])])),
    requests: medianOf(samples, (s) => s.requests),
    preflights: medianOf(samples, (s) => s.preflights),
    chain: medianOf(samples, (s) => s.chain.length),
    longestChain: typical.chain,
    firstLoad: { total: median(totals), files: typical.firstLoad },
    errors: unique(samples.map((s) => s.errors)),
  };
}

export function summarize({ loads, slots, lighthouse }) {
  const firstPaint = {};
  for (const scenario of unique(loads.map((l) => l.scenario))) {
    firstPaint[scenario] = {};
    for (const condition of CONDITIONS) {
      const of = (kind) => loads.filter((l) => l.scenario === scenario && l.condition === condition && l.kind === kind);
      const widget = pageFigures(of("widget"));
      const floor = pageFigures(of("floor"));
      if (!widget) continue;
      const ratio = floor?.painted ? widget.painted / floor.painted : null;
      firstPaint[scenario][condition] = { widget, floor, ratio };
    }
  }
  const slotFigures = {};
  for (const flow of unique(slots.map((s) => s.flow))) {
    slotFigures[flow] = {};
    for (const condition of CONDITIONS) {
      const samples = slots.filter((s) => s.flow === flow && s.condition === condition);
      if (samples.length === 0) continue;
      slotFigures[flow][condition] = Object.fromEntries(
        ["render", "toFrame", "longestFrame", "switchNextPaint", "switchRender", "switchLongestFrame"].map((k) => [k, medianOf(samples, (s) => s[k])]),
      );
      slotFigures[flow][condition].errors = unique(samples.map((s) => s.errors));
    }
  }
  const lh = lighthouse.length
    ? {
        ...Object.fromEntries(["performance", "accessibility", "bestPractices", "lcp", "tbt", "cls", "fcp"].map((k) => [k, medianOf(lighthouse, (r) => r[k])])),
        failing: {
          accessibility: unique(lighthouse.map((r) => r.failing.accessibility)),
          bestPractices: unique(lighthouse.map((r) => r.failing.bestPractices)),
        },
      }
    : null;
  return { firstPaint, slots: slotFigures, lighthouse: lh };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (t) => (t === null || t === undefined ? "n/a" : t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${Math.round(t)} ms`);
const frame = (t) => (t === null || t === undefined ? "n/a" : `${t.toFixed(1)} ms`);
const verdict = (ok) => (ok === null ? "n/a" : ok ? "pass" : "**miss**");
const both = (list) => list.join(" · ");

/** The Markdown table (and the per-file first load), with targets and pass/miss. */
export function markdown(result) {
  const { firstPaint, slots, lighthouse } = result.summary;
  const rows = [];
  const row = (what, unthrottled, mobile, target = "", outcome = "") => rows.push(`| ${what} | ${unthrottled} | ${mobile} | ${target} | ${outcome} |`);
  const per = (figures, show) => CONDITIONS.map((c) => (figures[c] ? show(figures[c], c) : "n/a"));

  for (const [scenario, figures] of Object.entries(firstPaint)) {
    const hasFloor = CONDITIONS.some((c) => figures[c]?.floor);
    const painted = per(figures, (f) => (f.floor ? `${ms(f.widget.painted)} = **${f.ratio.toFixed(2)}×** floor (${ms(f.floor.painted)})` : ms(f.widget.painted)));
    if (hasFloor) {
      const target = `≤ ${TARGETS.ratio.unthrottled}× · ≤ ${TARGETS.ratio.mobile}×`;
      const ok = per(figures, (f, c) => verdict(f.ratio === null ? null : f.ratio <= TARGETS.ratio[c]));
      row(`**${scenario}**: offers painted (outside observer)`, ...painted, target, both(ok));
    } else {
      row(`**${scenario}**: offers painted (outside observer; no floor: no API)`, ...painted);
    }
    row(`${scenario}: marks \`tb:boot\` → \`tb:first-step\``, ...per(figures, (f) => `${ms(f.widget.boot)} → ${ms(f.widget.firstStep)}`));
    const requests = (p) => `${p.requests}${p.preflights ? ` (${p.preflights} preflights)` : ""}, chain of ${p.chain}`;
    row(
      `${scenario}: requests before painted, longest chain`,
      ...per(figures, (f) => requests(f.widget) + (f.floor ? ` · floor ${requests(f.floor)}` : "")),
    );
    const load = figures.mobile?.widget.firstLoad ?? figures.unthrottled.widget.firstLoad;
    row(
      `${scenario}: first load, brotli as served`,
      ...per(figures, (f) => `${kb(f.widget.firstLoad.total)} in ${Object.values(f.widget.firstLoad.files).filter((file) => !file.picture).length} files`),
      `≤ ${TARGETS.firstLoadKb} KB${scenario === "demo" ? " (demo: reported)" : ""}`,
      scenario === "demo" ? "" : verdict(load.total <= TARGETS.firstLoadKb * 1024),
    );
  }

  for (const [flow, figures] of Object.entries(slots)) {
    const within = (key, limit) => both(per(figures, (f) => verdict(f[key] === null ? null : f[key] <= limit)));
    const withFrame = (total, longest) => `${frame(total)}${longest ? ` (longest frame ${frame(longest)})` : ""}`;
    row(`1,000 slots (${flow}): response → list painted`, ...per(figures, (f) => withFrame(f.render, f.longestFrame)), `≤ ${TARGETS.slotsRenderMs} ms`, within("render", TARGETS.slotsRenderMs));
    row(`day switch (${flow}): click → next paint`, ...per(figures, (f) => frame(f.switchNextPaint)), `≤ ${TARGETS.daySwitchMs} ms`, within("switchNextPaint", TARGETS.daySwitchMs));
    row(`day switch (${flow}): response → 1,000 slots painted`, ...per(figures, (f) => withFrame(f.switchRender, f.switchLongestFrame)), `≤ ${TARGETS.slotsRenderMs} ms`, within("switchRender", TARGETS.slotsRenderMs));
  }

  if (lighthouse) {
    const t = TARGETS.lighthouse;
    const scores = `${lighthouse.performance} / ${lighthouse.accessibility} / ${lighthouse.bestPractices}`;
    const ok = lighthouse.performance >= t.performance && lighthouse.accessibility >= t.accessibility && lighthouse.bestPractices >= t.bestPractices;
    row(`Lighthouse ${result.lighthouseRuns}×, demo page: performance / accessibility / best practices`, "", scores, `≥ ${t.performance} / ${t.accessibility} / ${t.bestPractices}`, verdict(ok));
    row(
      "Lighthouse: LCP, TBT, CLS",
      "",
      `${ms(lighthouse.lcp)}, ${ms(lighthouse.tbt)}, ${lighthouse.cls === null ? "n/a" : Number(lighthouse.cls.toFixed(3))}`,
      `CLS ${t.cls}`,
      verdict(lighthouse.cls === null ? null : lighthouse.cls <= t.cls),
    );
  }

  const scenarios = Object.keys(firstPaint);
  const fileNames = unique(scenarios.map((s) => Object.keys((firstPaint[s].mobile ?? firstPaint[s].unthrottled).widget.firstLoad.files)));
  const files = fileNames.map((name) => {
    const cells = scenarios.map((s) => {
      const f = (firstPaint[s].mobile ?? firstPaint[s].unthrottled).widget.firstLoad.files[name];
      if (!f) return "";
      const notes = [f.encoding === "br" ? null : (f.encoding ?? "not compressed"), f.picture ? "picture, not counted" : null].filter(Boolean);
      return `${kb(f.size)}${notes.length ? ` (${notes.join(", ")})` : ""}`;
    });
    return `| ${name} | ${cells.join(" | ")} |`;
  });

  const m = result.conditions.mobile;
  const lines = [
    `Measured ${result.date.slice(0, 10)} (commit ${result.commit}, Chromium ${result.chromium}), median of ${result.runs} runs, the studio clock pinned at ${result.studioClock}; one full run took ${Math.round(result.seconds / 60)} min (load average ${result.load.before.toFixed(1)} before, ${result.load.after.toFixed(1)} after, on ${result.cores} cores).`,
    "",
    "| | no throttling | mobile | target | result |",
    "|---|---|---|---|---|",
    ...rows,
    ...(scenarios.length
      ? [
          "",
          "First load per file until the first step is painted (mobile; brotli bytes as served):",
          "",
          `| file | ${scenarios.join(" | ")} |`,
          `|---|${scenarios.map(() => "---").join("|")}|`,
          ...files,
        ]
      : []),
    "",
    `*mobile*: Lighthouse's mobile profile through CDP (its devtools throttling of mobileSlow4G): ${m.network.latency} ms request latency, ` +
      `${((m.network.downloadThroughput * 8) / 1024).toFixed(1)} kbps down, ${((m.network.uploadThroughput * 8) / 1024).toFixed(1)} kbps up, CPU ×${m.cpuSlowdown}, ` +
      `${m.viewport.width}×${m.viewport.height} at ${m.deviceScaleFactor}×. *no throttling*: loopback, ${result.conditions.unthrottled.viewport.width}×${result.conditions.unthrottled.viewport.height}. ` +
      "A fresh browser context (cold cache) for every load.",
  ];
  const problems = [
    ...Object.entries(firstPaint).flatMap(([s, f]) => CONDITIONS.flatMap((c) => (f[c] ? [...f[c].widget.errors, ...(f[c].floor?.errors ?? [])].map((e) => `${s} (${c}): ${e}`) : []))),
    ...Object.entries(slots).flatMap(([s, f]) => CONDITIONS.flatMap((c) => (f[c]?.errors ?? []).map((e) => `slots ${s} (${c}): ${e}`))),
  ];
  if (lighthouse && (lighthouse.failing.accessibility.length || lighthouse.failing.bestPractices.length)) {
    problems.push(`Lighthouse audits below 1: ${[...lighthouse.failing.accessibility, ...lighthouse.failing.bestPractices].join(", ")}`);
  }
  if (problems.length) lines.push("", "Seen during the run:", "", ...unique(problems).map((p) => `* ${p}`));
  return lines.join("\n") + "\n";
}
