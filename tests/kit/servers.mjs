// Starting the project's servers for a test, the size report or the
// benchmark: one way to start a process and wait until it listens, and the
// three servers built on it (the static site, the mock API, the nginx proxy).
// Node's own modules only, so that any package (tests/e2e, bench) may use it.

import { existsSync, readdirSync } from "node:fs";
import { spawn } from "node:child_process";
import { once } from "node:events";
import net from "node:net";
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

/** The checkout, with a trailing slash. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** Where cargo puts what it builds (`CARGO_TARGET_DIR` if set), with a trailing slash. */
/**
 * The folder of dist/ that holds a build's files (`b/<hash>/`, the one build
 * scripts/build writes into the loader); "" for an unhashed dist (trunk serve).
 */
export function buildDir(dist = `${ROOT}dist`) {
  const builds = existsSync(`${dist}/b`) ? readdirSync(`${dist}/b`) : [];
  if (builds.length > 1) throw new Error(`${dist}/b holds several builds: ${builds}`);
  return builds.length ? `b/${builds[0]}/` : "";
}

export const TARGET = process.env.CARGO_TARGET_DIR ? `${process.env.CARGO_TARGET_DIR.replace(/\/$/, "")}/` : `${ROOT}target/`;
/** The mock server's key (`demo_studio::DEMO_API_KEY`); it opens nothing else. */
export const DEMO_API_KEY = "demo-key-not-secret";

/**
 * What every server of the project prints once it is ready:
 * "listening on http://127.0.0.1:PORT/" (the proxy: "proxy listening on …").
 */
const LISTENING = /listening on (https?:\/\/127\.0\.0\.1:\d+)\//;

/**
 * Starts `command args` and resolves, once it prints a line matching
 * `pattern`, with { base: the pattern's first group (for the project's
 * servers, their URL without the trailing slash), stop() }. Its standard
 * output stays drained (a closed pipe would kill it on its next print), its
 * standard error goes to ours; it fails with what the process said if it
 * exits first. stop() waits for the exit and is safe after one.
 */
export function listening(command, args = [], { pattern = LISTENING, env = process.env, cwd = ROOT } = {}) {
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "inherit"] });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, "exit");
      child.kill();
      await exited;
    }
  };
  const said = [];
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on("line", (line) => {
      said.push(line);
      const m = line.match(pattern);
      if (m) resolve({ base: m[1], stop });
    });
    child.once("exit", (code, signal) =>
      reject(new Error(`${command} ${args.join(" ")} exited (${signal ?? code}) before it was listening: ${said.join("\n")}`)),
    );
    child.once("error", reject);
  });
}

/** A free port on 127.0.0.1 (nothing listens there once this resolves). */
export async function freePort() {
  const server = net.createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address();
  server.close();
  await once(server, "close");
  return port;
}

/**
 * Exactly one lead and one booking were made (answered 2xx) by `mock`, however
 * often they were tried; resolves with its request log.
 */
export async function assertOneLeadOneBooking(mock) {
  const seen = await mock.control("requests");
  const made = (path) => seen.filter((r) => r.path === path && r.status >= 200 && r.status < 300).length;
  assert.equal(made("/v1/trial-offers/lead/create"), 1, "leads made");
  assert.equal(made("/v1/trial-offers/classes/booking/book"), 1, "bookings made");
  return seen;
}

/**
 * scripts/serve.mjs on a free port: dist/, the test pages (/pages/), the
 * examples. `base` ends with a slash (`${base}pages/booking.html`).
 */
export async function startServer({ dist } = {}) {
  const { base, stop } = await listening(process.execPath, ["scripts/serve.mjs", "--port", "0", ...(dist ? ["--dist", dist] : [])]);
  return { base: `${base}/`, stop };
}

/**
 * The mock API server on a free port: by default the debug build
 * (`cargo build -p mock-server`); `binary` names another, `now` (RFC 3339)
 * pins its clock (else it reads `TB_NOW` itself). `control(path, body)` is
 * its `/__mock/…` API (a body makes it a POST), `now()` its clock as a Date.
 */
export async function startMock({ binary = `${TARGET}debug/mock-server`, now } = {}) {
  const { base, stop } = await listening(binary, ["--port", "0", ...(now ? ["--now", now] : [])]).catch((error) => {
    throw new Error(`the mock server (${binary}) did not start; build it with cargo build -p mock-server: ${error.message}`);
  });
  const control = async (path, body) => {
    const response = await fetch(`${base}/__mock/${path}`, body === undefined ? {} : { method: "POST", body: JSON.stringify(body) });
    return response.json();
  };
  return { base, control, now: async () => new Date((await control("clock")).now), stop };
}

/**
 * The studio's proxy: real nginx (scripts/proxy, deploy/nginx/) on a free port of
 * 127.0.0.1 in front of `upstream`, with the mock's key unless `env` says otherwise.
 * `env` takes any setting of deploy/nginx/render (PROXY_RATE, PROXY_STOCK_5XX, …).
 * `logs()` is everything nginx wrote to its logs.
 */
export async function startProxy({ upstream, origins = [], env = {} } = {}) {
  const dir = await mkdtemp(join(tmpdir(), "tb-proxy-"));
  const settings = {
    ...process.env,
    PROXY_DIR: dir,
    PROXY_ALLOWED_ORIGINS: origins.join(" "),
    ...(upstream ? { PROXY_UPSTREAM: upstream, API_KEY: DEMO_API_KEY } : {}),
    ...env,
  };
  const { base, stop } = await listening(`${ROOT}scripts/proxy`, [], { env: settings });
  const logs = async () => {
    const files = await readdir(join(dir, "logs"));
    const texts = await Promise.all(files.map((f) => readFile(join(dir, "logs", f), "utf8")));
    return texts.join("");
  };
  return {
    base,
    dir,
    logs,
    stop: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
