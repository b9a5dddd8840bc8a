// The nginx proxy (deploy/nginx/, started by scripts/proxy through the test kit).

import { access } from "node:fs/promises";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_API_KEY, startProxy } from "../../kit/index.mjs";

export const name = "nginx";

/** What the shared tests may expect of this proxy beyond the rules. */
export const traits = {
  /** Its own code answers every malformed request in the list (nginx parses HTTP itself). */
  platformAnswers: {},
  /** Upstream response headers: nginx removes a fixed list, not everything but a few. */
  responseHeaders: "fixed-list",
  /** PROXY_STOCK_5XX=1: nginx's own HTML 502/503/504 pages (the drills' "HTML 502" variant). */
  stockErrorPages: true,
  /** Serves https itself (PROXY_TLS_CERT / PROXY_TLS_KEY). */
  servesHttps: true,
  /** Writes its configuration, key included, into a private directory (`dir`). */
  privateConfig: true,
  /** Why it forwards to one studio only; null: several, by host name or path prefix (PROXY_STUDIOS). */
  oneStudio: null,
  /**
   * Why its one line per request is the host web server's access log (which names every
   * path as sent, a refused one too); null: its own log has it, with no path for a refusal.
   */
  hostAccessLog: null,
};

export async function available() {
  return access("/usr/sbin/nginx").then(
    () => null,
    () => "nginx is missing (apt-get install nginx; scripts/setup.sh installs it)",
  );
}

/**
 * Starts nginx in front of `upstream` (one studio) or `studios` ([{ name, route, upstream,
 * key }]). `rateLimit: { requests, retryAfter }` lets `requests` through at once and then
 * one a minute; `readTimeout` ("1s"), `caFile` and `stock5xx` as the settings say; `env`
 * passes any other setting of deploy/nginx/render. `deployRoot`: the folder holding another
 * copy of deploy/ (its rules, its render) instead of this checkout's.
 */
export async function start({ upstream, origins = [], key = DEMO_API_KEY, studios, rateLimit, readTimeout, caFile, stock5xx, deployRoot, env = {} } = {}) {
  const settings = { ...env };
  if (deployRoot) settings.PROXY_RENDER = join(deployRoot, "deploy/nginx/render");
  let studiosDir = null;
  if (studios) {
    studiosDir = await mkdtemp(join(tmpdir(), "tb-studios-"));
    const lines = studios.map((s, i) => {
      settings[`STUDIO_KEY_${i}`] = s.key;
      return `${s.name} ${s.route} ${s.upstream} env:STUDIO_KEY_${i}`;
    });
    settings.PROXY_STUDIOS = join(studiosDir, "studios");
    await writeFile(settings.PROXY_STUDIOS, `${lines.join("\n")}\n`);
  }
  if (rateLimit) Object.assign(settings, { PROXY_RATE: "1r/m", PROXY_BURST: String(rateLimit.requests - 1), PROXY_RETRY_AFTER: String(rateLimit.retryAfter) });
  if (readTimeout) settings.PROXY_READ_TIMEOUT = readTimeout;
  if (caFile) settings.PROXY_CA_FILE = caFile;
  if (stock5xx) settings.PROXY_STOCK_5XX = "1";
  const proxy = await startProxy({ upstream: studios ? undefined : upstream, origins, env: { ...(studios ? {} : { API_KEY: key }), ...settings } });
  return {
    ...proxy,
    stop: async () => {
      await proxy.stop();
      if (studiosDir) await rm(studiosDir, { recursive: true, force: true });
    },
  };
}
