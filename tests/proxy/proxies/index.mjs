// The proxies the shared tests run against: one adapter file per proxy in this folder
// (nginx.mjs, workerd.mjs, wordpress.mjs), each exporting `name`, `traits` (what the tests
// may expect of it beyond the rules, each documented in nginx.mjs), `available()` and
// `start(options)` → { base, logs(), stop() }; `base` is the URL the widget's api-base would
// be (the tests append `/v1/trial-offers/…`). Adding a proxy is adding its file.
// TB_PROXIES=nginx,workerd picks some (default: all, in name order).

import { readdir } from "node:fs/promises";

export async function selectedProxies() {
  const known = (await readdir(new URL(".", import.meta.url)))
    .filter((f) => f.endsWith(".mjs") && f !== "index.mjs")
    .map((f) => f.slice(0, -".mjs".length))
    .sort();
  const wanted = (process.env.TB_PROXIES ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = wanted.filter((w) => !known.includes(w));
  if (unknown.length > 0) throw new Error(`TB_PROXIES names no adapter in tests/proxy/proxies/: ${unknown.join(", ")} (known: ${known.join(", ")})`);
  return Promise.all((wanted.length > 0 ? wanted : known).map((n) => import(`./${n}.mjs`)));
}

/** Fails (never skips) when a selected proxy cannot run here: a missing proxy is a failure. */
export async function assertAvailable(proxy) {
  const missing = await proxy.available();
  if (missing) throw new Error(`${proxy.name}: ${missing}`);
}
