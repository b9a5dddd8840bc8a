// The weight budget: the first load of one embed, per backend. For each
// backend a real Chromium opens a host page with one <trial-booking> (English)
// and records every file it fetches from dist/ until the widget's first step is
// usable (its `tb:first-step` performance mark). Each file counts with its
// brotli size (quality 11, as a CDN serves it). Prints the files per backend,
// the total against the target and the ceiling in budget.toml, and fails
// (exit 1) when a total is above its ceiling.
//
//   node scripts/size-report.mjs [dist]     (needs the mock server built,
//                                            cargo build -p mock-server, and
//                                            tests/e2e's packages: npm ci there)

import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { addWidget, apiAttributes, brotli, launchBrowser, startMock, startServer } from "../tests/kit/index.mjs";

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");
const dist = resolve(ROOT, process.argv[2] ?? "dist");
const budgetText = readFileSync(join(ROOT, "budget.toml"), "utf8");
const setting = (name) => {
  const value = Number(budgetText.match(new RegExp(`^${name}\\s*=\\s*(\\d+)`, "m"))?.[1]);
  if (!Number.isFinite(value)) throw new Error(`budget.toml: ${name} missing`);
  return value;
};
const target = setting("target_brotli_bytes");

const BACKENDS = [
  { name: "open-api", ceiling: "open_api_ceiling_brotli_bytes" },
  { name: "connect", ceiling: "connect_ceiling_brotli_bytes" },
  { name: "demo", ceiling: "demo_ceiling_brotli_bytes" },
];

/** What one page with one widget of `backend` fetches from dist/ until its first step is usable. */
async function firstLoad(browser, server, mock, backend) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.href.startsWith(server.base) && !url.pathname.startsWith("/pages/")) fetched.push(url.pathname.slice(1));
  });
  await page.goto(`${server.base}pages/booking.html`);
  await addWidget(page, { lang: "en", ...apiAttributes(backend.name, mock.base) });
  await page.waitForFunction(() => performance.getEntriesByName("tb:first-step").length > 0, null, { timeout: 30_000 });
  // Everything asked for until then (nothing is fetched twice).
  const files = [...new Set(fetched)];
  await context.close();
  return files.map((file) => {
    const data = readFileSync(join(dist, file));
    return { file, raw: data.length, brotli: brotli(data).length, picture: /\.(svg|png|jpe?g|webp)$/.test(file) };
  });
}

const server = await startServer({ dist });
const mock = await startMock();
const browser = await launchBrowser();
const kb = (n) => (n / 1024).toFixed(1);
let over = false;
try {
  for (const backend of BACKENDS) {
    const ceiling = setting(backend.ceiling);
    const files = await firstLoad(browser, server, mock, backend);
    const width = Math.max(...files.map((f) => f.file.length), 20);
    console.log(`\nbackend="${backend.name}": first load`);
    console.log(`  ${"file".padEnd(width)}  ${"raw".padStart(9)}  ${"brotli".padStart(9)}`);
    for (const f of files) {
      console.log(`  ${f.file.padEnd(width)}  ${String(f.raw).padStart(9)}  ${String(f.brotli).padStart(9)}${f.picture ? "  (a demo offer's picture: content, not counted)" : ""}`);
    }
    const total = files.filter((f) => !f.picture).reduce((sum, f) => sum + f.brotli, 0);
    const gap = total > target ? `${kb(total - target)} KB over the ${kb(target)} KB target` : `within the ${kb(target)} KB target`;
    const verdict = total > ceiling ? "OVER THE CEILING" : "ok";
    console.log(`  total ${kb(total)} KB brotli (${total} B), ceiling ${kb(ceiling)} KB, ${gap}: ${verdict}`);
    if (total > ceiling) over = true;
  }
} finally {
  await browser.close();
  await mock.stop();
  await server.stop();
}
if (over) {
  console.log("size: a first load is over its ceiling in budget.toml");
  process.exit(1);
}
console.log("size: every first load within its ceiling");
