// Prints raw / gzip / brotli bytes of every file in the release dist/, the gap
// to the product's target, and fails (exit 1) when the brotli total exceeds
// the ceiling in budget.toml. Of the per-language texts (locales/<lang>.json,
// locales/demo/<lang>.json) only the largest of each folder counts: a visitor
// downloads one language.
//
//   node scripts/size-report.mjs [dist]

import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");
const dist = resolve(ROOT, process.argv[2] ?? "dist");
const budgetText = readFileSync(join(ROOT, "budget.toml"), "utf8");
const setting = (name) => {
  const value = Number(budgetText.match(new RegExp(`^${name}\\s*=\\s*(\\d+)`, "m"))?.[1]);
  if (!Number.isFinite(value)) throw new Error(`budget.toml: ${name} missing`);
  return value;
};
const target = setting("target_brotli_bytes");
const budget = setting("ceiling_brotli_bytes");

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const rows = [...files(dist)].map((path) => {
  const data = readFileSync(path);
  return {
    file: relative(dist, path),
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length,
  };
});
if (rows.length === 0) throw new Error(`${dist} is empty: build first`);

// A visitor downloads the texts of one language: of each folder of
// locales/*.json only the largest file counts (the others are listed).
const largest = new Map();
for (const r of rows.filter((r) => /^locales\/(.*\/)?[a-z]{2}\.json$/.test(r.file))) {
  const dir = r.file.replace(/[^/]+$/, "");
  if (!largest.has(dir) || largest.get(dir).brotli < r.brotli) largest.set(dir, r);
}
const counted = (r) => !/^locales\//.test(r.file) || [...largest.values()].includes(r);
const total = (key) => rows.filter(counted).reduce((sum, r) => sum + r[key], 0);
const width = Math.max(...rows.map((r) => r.file.length), 5);
const line = (file, raw, gzip, brotli) =>
  `${file.padEnd(width)}  ${String(raw).padStart(9)}  ${String(gzip).padStart(9)}  ${String(brotli).padStart(9)}`;
console.log(line("file", "raw", "gzip", "brotli"));
for (const r of rows) console.log(line(r.file, r.raw, r.gzip, r.brotli) + (counted(r) ? "" : "  (one language counts)"));
console.log(line("total", total("raw"), total("gzip"), total("brotli")));

const used = total("brotli");
const kb = (n) => (n / 1024).toFixed(1);
const gap = used > target ? `${kb(used - target)} KB over the ${kb(target)} KB target` : `within the ${kb(target)} KB target`;
if (used > budget) {
  console.log(`size: over the ceiling: ${kb(used)} KB brotli > ${kb(budget)} KB (${gap})`);
  process.exit(1);
}
console.log(`size: ${kb(used)} KB brotli, ceiling ${kb(budget)} KB, ${gap}`);
