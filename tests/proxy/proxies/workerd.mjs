// The edge function (deploy/edge/) as a Cloudflare Worker, run by workerd, Cloudflare's own
// runtime (npm package `workerd`, installed with tests/e2e's `npm ci`), on 127.0.0.1.

import { spawn } from "node:child_process";
import { once } from "node:events";
import { access, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO_API_KEY } from "../../kit/index.mjs";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const WORKERD = join(ROOT, "tests/e2e/node_modules/.bin/workerd");
const EDGE = "deploy/edge";

export const name = "workerd";

export const traits = {
  /** Malformed requests that workerd's HTTP server answers itself: the Worker never sees them. */
  platformAnswers: { "lower-case method": "workerd answers an unknown method with its own 501 text/plain" },
  /** Upstream response headers: only the rules' forwardResponseHeaders pass, none holding the key. */
  responseHeaders: "allow-list",
  stockErrorPages: false,
  servesHttps: false,
  privateConfig: false,
  oneStudio: null,
  hostAccessLog: null,
};

export async function available() {
  return access(WORKERD).then(
    () => null,
    () => `${WORKERD} is missing: run npm ci in tests/e2e (scripts/setup.sh does)`,
  );
}

/** A Cap'n Proto text literal. */
function text(value) {
  const literal = JSON.stringify(String(value));
  if (/\\u/.test(literal)) throw new Error(`not expressible in a capnp text literal: ${literal}`);
  return literal;
}

/** The rate limit of deploy/edge/wrangler.toml: the Worker is tested with what it ships with. */
async function shippedRateLimit() {
  const toml = await readFile(join(ROOT, EDGE, "wrangler.toml"), "utf8");
  const m = toml.match(/\[\[ratelimits\]\][^[]*?name = "RATE_LIMITER"[^[]*?simple = \{ limit = (\d+), period = (\d+) \}/);
  if (!m) throw new Error("deploy/edge/wrangler.toml has no RATE_LIMITER binding");
  return { limit: Number(m[1]), period: Number(m[2]) };
}

/**
 * Starts deploy/edge/worker.mjs in workerd on a free port of 127.0.0.1 in front of
 * `upstream` (or `studios`), with Cloudflare's rate-limiting binding (workerd's own
 * implementation, as wrangler.toml configures it unless `rateLimit` says otherwise). Keys
 * are secrets taken from the environment (`fromEnvironment`), never written to a file.
 * `vars` are further text bindings; `deployRoot`, the folder holding another copy of deploy/
 * (its rules, its Worker) instead of this checkout's. Resolves once it listens; `logs()` is
 * what it printed.
 */
export async function startEdgeProxy({ upstream, origins = [], key = DEMO_API_KEY, studios, rateLimit, vars = {}, caFile, deployRoot = ROOT } = {}) {
  const dir = await mkdtemp(join(tmpdir(), "tb-workerd-"));
  const secrets = {};
  const bindings = [`(name = "PROXY_ALLOWED_ORIGINS", text = ${text(origins.join(" "))})`];
  if (studios) {
    const lines = studios.map((s, i) => {
      secrets[`STUDIO_KEY_${i}`] = s.key;
      return `${s.name} ${s.route} ${s.upstream} env:STUDIO_KEY_${i}`;
    });
    bindings.push(`(name = "PROXY_STUDIOS", text = ${text(lines.join("\n"))})`);
  } else {
    secrets.API_KEY = key;
    bindings.push(`(name = "PROXY_UPSTREAM", text = ${text(upstream)})`);
  }
  for (const name of Object.keys(secrets)) bindings.push(`(name = "${name}", fromEnvironment = "${name}")`);
  for (const [name, value] of Object.entries(vars)) bindings.push(`(name = ${text(name)}, text = ${text(value)})`);
  const limit = rateLimit ? { limit: rateLimit.requests, period: 60 } : await shippedRateLimit();
  if (rateLimit) bindings.push(`(name = "PROXY_RETRY_AFTER", text = "${rateLimit.retryAfter}")`);
  const props = JSON.stringify({ namespace: "1001", ...limit });
  bindings.push(`(name = "RATE_LIMITER", service = (name = "ratelimit", entrypoint = "RateLimit", props = (json = ${text(props)})))`);
  const tls = caFile ? `trustedCertificates = [ ${text(await readFile(caFile, "utf8"))} ]` : "trustBrowserCas = true";

  const config = `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "proxy", worker = .proxy),
    # Cloudflare's rate-limiting binding as workerd implements it.
    (name = "ratelimit", worker = (
      modules = [ (name = "ratelimit.js", bundled = "/workerd/ratelimit.js") ],
      compatibilityDate = "2026-11-01",
    )),
    # fetch() may reach this machine's loopback only: the mock API server.
    (name = "internet", network = (allow = ["local"], tlsOptions = (${tls}))),
  ],
  sockets = [ (name = "http", address = "127.0.0.1:0", http = (), service = "proxy") ],
);
const proxy :Workerd.Worker = (
  modules = [
    (name = "worker.mjs", esModule = embed "/${EDGE}/worker.mjs"),
    (name = "trial-offers-proxy.mjs", esModule = embed "/${EDGE}/trial-offers-proxy.mjs"),
    (name = "proxy-rules.mjs", esModule = embed "/${EDGE}/proxy-rules.mjs"),
  ],
  compatibilityDate = "2026-11-01",
  bindings = [
    ${bindings.join(",\n    ")}
  ],
);
`;
  await writeFile(join(dir, "config.capnp"), config);

  const started = Date.now();
  // --experimental: the bundled rate-limit Worker is an experimental workerd feature.
  // --control-fd 3: workerd writes the port it listens on to fd 3 (JSON).
  const child = spawn(WORKERD, ["serve", "--experimental", "--import-path", deployRoot, join(dir, "config.capnp"), "config", "--control-fd", "3"], {
    cwd: dir,
    env: { PATH: process.env.PATH, ...secrets },
    stdio: ["ignore", "pipe", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const port = await new Promise((resolve, reject) => {
    let control = "";
    child.stdio[3].on("data", (chunk) => {
      control += chunk;
      const m = control.match(/"event":"listen","socket":"http","port":(\d+)/);
      if (m) resolve(Number(m[1]));
    });
    child.on("exit", (code) => reject(new Error(`workerd exited (${code}) before listening:\n${output}`)));
    child.on("error", reject);
  });
  const startup = Date.now() - started;

  return {
    base: `http://127.0.0.1:${port}`,
    dir,
    startupMs: startup,
    logs: async () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, "exit");
        child.kill();
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The shared adapter interface (see nginx.mjs): the same options, as the Worker takes them. */
export async function start({ upstream, origins, key, studios, rateLimit, readTimeout, caFile, deployRoot } = {}) {
  if (rateLimit) {
    // Cloudflare's limiter counts in fixed windows of 60 s here: start well inside one, so
    // that a test's burst of requests is counted in a single window.
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 10_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
  }
  return startEdgeProxy({ upstream, origins, key, studios, rateLimit, caFile, deployRoot, vars: readTimeout ? { PROXY_READ_TIMEOUT: readTimeout } : {} });
}
