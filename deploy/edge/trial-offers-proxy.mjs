// The trial-offer key proxy as a Web-standard handler: the rules of deploy/proxy-rules.json
// (embedded in proxy-rules.mjs), the same as deploy/nginx/ follows. No dependencies: Request,
// Response, Headers, URL, fetch, AbortSignal and crypto are the platform's (Cloudflare Workers,
// Vercel, Netlify, Node 20+). The thin entry files beside it (worker.mjs, api/trial-offers.mjs,
// netlify/functions/trial-offers.mjs) call `handle(request, env, { clientAddress })`.
//
// Settings (`env`: the Worker's bindings, or process.env):
//   One studio:       PROXY_UPSTREAM (https://mystudio.open-api.magicline.com), API_KEY (a secret)
//   Several studios:  PROXY_STUDIOS, one studio a line (or separated by ";"):
//                       NAME ROUTE UPSTREAM env:SECRET
//                     ROUTE: host=booking.studio.example | path=/studio-name | any
//                     SECRET: the name of the secret that holds that studio's key
//   Both:             PROXY_ALLOWED_ORIGINS   the studios' web sites, space- or comma-separated
//                     RATE_LIMITER            Cloudflare's rate-limiting binding, if bound
//                     PROXY_RATE, PROXY_BURST, PROXY_RETRY_AFTER, PROXY_READ_TIMEOUT
//                                             as nginx's (10r/s, 40, 2, 10s by default)
// The deployment guide: docs/deploy-edge.md.

import RULES from "./proxy-rules.mjs";

const HEADER_NAME = /^[A-Za-z][A-Za-z0-9-]*$/;
const KEY = /^[A-Za-z0-9._~+/=:-]{8,512}$/;
const ORIGIN = /^https?:\/\/([A-Za-z0-9.-]+|\[[0-9a-fA-F:]+\])(:[0-9]{1,5})?$/;
const UPSTREAM = /^(https?):\/\/([A-Za-z0-9.-]+|\[[0-9a-fA-F:]+\])(:[0-9]{1,5})?\/?$/;
const STUDIO_NAME = /^[a-z0-9][a-z0-9_-]{0,62}$/;

/** The 12 operations: path pattern (ids by idPattern) → method. */
const OPERATIONS = RULES.operations.map(({ method, path }) => ({
  method,
  pattern: new RegExp(`^${path.split(/\{[A-Za-z]+\}/).map(escapeRegExp).join(RULES.idPattern)}$`),
}));

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

class ConfigError extends Error {}

// ---- Settings -----------------------------------------------------------------------------

let cached = { signature: null, config: null };

/** The settings in `env`, checked (a ConfigError names what is wrong, never a key). */
function configOf(env) {
  const names = ["PROXY_UPSTREAM", "API_KEY", "PROXY_STUDIOS", "PROXY_ALLOWED_ORIGINS", "PROXY_RATE", "PROXY_BURST", "PROXY_RETRY_AFTER", "PROXY_READ_TIMEOUT"];
  const secretNames = [...String(env.PROXY_STUDIOS ?? "").matchAll(/env:([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
  const signature = JSON.stringify([...names, ...secretNames].map((n) => env[n] ?? null));
  if (cached.signature !== signature) cached = { signature, config: parseConfig(env) };
  return cached.config;
}

function parseConfig(env) {
  const text = (name) => (typeof env[name] === "string" ? env[name].trim() : "");
  const studios = [];
  const addStudio = (name, route, upstream, key) => {
    if (!STUDIO_NAME.test(name)) throw new ConfigError(`studio name is not valid: '${name}'`);
    const u = upstream.match(UPSTREAM);
    if (!u) throw new ConfigError(`studio ${name}: upstream must be http(s)://host[:port] without a path: '${upstream}'`);
    if (!KEY.test(key)) throw new ConfigError(`studio ${name}: the key is missing or not a key`);
    let match;
    if (route === "any") match = { kind: "any" };
    else if (/^host=[a-z0-9.-]+$/.test(route)) match = { kind: "host", host: route.slice(5) };
    else if (/^path=\/[A-Za-z0-9_-]+$/.test(route)) match = { kind: "path", prefix: route.slice(5) };
    else throw new ConfigError(`studio ${name}: route must be host=NAME, path=/PREFIX or any: '${route}'`);
    studios.push({ name, match, upstream: upstream.replace(/\/$/, ""), key });
  };

  if (text("PROXY_STUDIOS")) {
    if (text("PROXY_UPSTREAM") || text("API_KEY")) throw new ConfigError("set either PROXY_STUDIOS or PROXY_UPSTREAM with API_KEY, not both");
    for (const line of text("PROXY_STUDIOS").split(/[\n;]/)) {
      const fields = line.trim().split(/\s+/).filter(Boolean);
      if (fields.length === 0 || fields[0].startsWith("#")) continue;
      if (fields.length !== 4 || !/^env:[A-Za-z_][A-Za-z0-9_]*$/.test(fields[3])) {
        throw new ConfigError(`PROXY_STUDIOS: expected NAME ROUTE UPSTREAM env:SECRET, got: ${fields.slice(0, 3).join(" ")} …`);
      }
      const secret = fields[3].slice(4);
      addStudio(fields[0], fields[1], fields[2], typeof env[secret] === "string" ? env[secret].trim() : "");
    }
    if (studios.length === 0) throw new ConfigError("PROXY_STUDIOS lists no studio");
  } else {
    if (!text("PROXY_UPSTREAM")) throw new ConfigError("set PROXY_UPSTREAM (or PROXY_STUDIOS for several studios)");
    addStudio("single", "any", text("PROXY_UPSTREAM"), text("API_KEY"));
  }
  if (studios.filter((s) => s.match.kind === "any").length > 1) throw new ConfigError("PROXY_STUDIOS: at most one studio may have the route any");
  // "any" matches every request: it comes after the specific routes.
  studios.sort((a, b) => (a.match.kind === "any") - (b.match.kind === "any"));

  const origins = new Set();
  for (const origin of text("PROXY_ALLOWED_ORIGINS").split(/[\s,]+/).filter(Boolean)) {
    if (!ORIGIN.test(origin)) throw new ConfigError(`origin in PROXY_ALLOWED_ORIGINS is not valid: '${origin}'`);
    origins.add(origin);
  }

  const rate = text("PROXY_RATE") || `${RULES.rateLimit.perSecond}r/s`;
  const r = rate.match(/^([0-9]+)r\/([sm])$/);
  if (!r || Number(r[1]) === 0) throw new ConfigError(`PROXY_RATE is not valid: '${rate}'`);
  const integer = (name, fallback) => {
    const value = text(name) || String(fallback);
    if (!/^[0-9]+$/.test(value)) throw new ConfigError(`${name} is not valid: '${value}'`);
    return Number(value);
  };
  const timeout = text("PROXY_READ_TIMEOUT") || `${RULES.upstreamTimeoutSeconds}s`;
  const t = timeout.match(/^([0-9]+)(ms|s)?$/);
  if (!t) throw new ConfigError(`PROXY_READ_TIMEOUT is not valid: '${timeout}'`);
  return {
    studios,
    origins,
    rate: { perMs: Number(r[1]) / (r[2] === "s" ? 1000 : 60_000), burst: integer("PROXY_BURST", RULES.rateLimit.burst) },
    retryAfter: integer("PROXY_RETRY_AFTER", RULES.rateLimit.retryAfterSeconds),
    timeoutMs: Number(t[1]) * (t[2] === "ms" ? 1 : 1000),
  };
}

// ---- Rate limit ---------------------------------------------------------------------------

/**
 * The fallback when the platform has no limiter: nginx's leaky bucket (limit_req with
 * `burst` and `nodelay`), in this instance's memory only. A platform runs many instances,
 * so the limit per client is per instance; see docs/deploy-edge.md.
 */
const buckets = new Map();
const MAX_BUCKETS = 10_000;

function allowedByBucket(key, rate, now) {
  const last = buckets.get(key);
  let excess = 0;
  if (last) {
    excess = Math.max(0, last.excess - (now - last.at) * rate.perMs) + 1;
    if (excess > rate.burst) return false;
    buckets.delete(key);
  }
  buckets.set(key, { excess, at: now });
  if (buckets.size > MAX_BUCKETS) buckets.delete(buckets.keys().next().value);
  return true;
}

async function allowed(env, key, config, now, log) {
  if (env.RATE_LIMITER && typeof env.RATE_LIMITER.limit === "function") {
    try {
      return (await env.RATE_LIMITER.limit({ key })).success !== false;
    } catch (e) {
      // A failing limiter does not stop bookings; it is logged (without the client's address).
      log(`rate limiter failed: ${e?.name ?? "Error"}`);
      return true;
    }
  }
  return allowedByBucket(key, config.rate, now);
}

// ---- The handler --------------------------------------------------------------------------

/**
 * Answers one request: forwards it to the studio's Open API with the key, or refuses it
 * with a JSON error in the Open API shape. `clientAddress` is the visitor's address as the
 * platform reports it (for the rate limit and the log); `url`, the URL the visitor asked for
 * where the platform hands over another (a rewrite); `log` gets one line per request.
 */
export async function handle(request, env = {}, { clientAddress = "", url = request.url, log = console.log } = {}) {
  const started = Date.now();
  const traceId = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("");
  const entry = { method: /^[A-Z]{1,10}$/.test(request.method) ? request.method : "-", path: "-", studio: "", upstream: null };
  const origin = request.headers.get("Origin") ?? "";
  let config = null;
  let response;
  try {
    config = configOf(env);
    response = await answer(request, new URL(url), env, config, { origin, clientAddress, traceId, entry, started, log });
  } catch (e) {
    // Only the error's kind is logged for anything unforeseen: its message might quote input.
    log(e instanceof ConfigError ? `trial-offers proxy: configuration error: ${e.message}` : `trial-offers proxy: internal error: ${e?.name ?? "Error"} trace=${traceId}`);
    response = errorResponse(500, traceId);
  }
  decorate(response.headers, request.method, config?.origins.has(origin) ? origin : "");
  const seconds = (ms) => (ms / 1000).toFixed(3);
  const upstream = entry.upstream ? `upstream=${entry.upstream.status} ${seconds(entry.upstream.ms)}` : "upstream= -";
  log(`${new Date(started).toISOString()} ${clientNetwork(clientAddress)} studio=${entry.studio} "${entry.method} ${entry.path}" ${response.status} - ${seconds(Date.now() - started)} ${upstream} trace=${traceId}`);
  return response;
}

async function answer(request, url, env, config, { origin, clientAddress, traceId, entry, started, log }) {
  if (url.pathname.length + url.search.length > RULES.maxUriBytes) return errorResponse(414, traceId);
  for (const [name, value] of request.headers) {
    if (name.length + 2 + value.length > RULES.maxHeaderBytes) return errorResponse(431, traceId);
  }
  const transferEncoding = request.headers.get("Transfer-Encoding");
  if (transferEncoding !== null && transferEncoding.trim().toLowerCase() !== "chunked") return errorResponse(400, traceId);

  // Which studio, and which operation; the path is checked as it will be forwarded.
  let studio = null;
  let apiPath = null;
  for (const s of config.studios) {
    const m = s.match;
    if (m.kind === "host" && url.hostname === m.host && url.pathname.startsWith("/v1/")) apiPath = url.pathname;
    else if (m.kind === "path" && url.pathname.startsWith(`${m.prefix}/v1/`)) apiPath = url.pathname.slice(m.prefix.length);
    else if (m.kind === "any" && url.pathname.startsWith("/v1/")) apiPath = url.pathname;
    if (apiPath !== null) {
      studio = s;
      break;
    }
  }
  if (!studio) return errorResponse(404, traceId);
  entry.studio = studio.name;
  const operation = OPERATIONS.find((o) => o.pattern.test(apiPath));
  if (!operation) return errorResponse(404, traceId);
  entry.path = apiPath;

  if (origin !== "" && !config.origins.has(origin)) return errorResponse(403, traceId);
  if (request.method === "OPTIONS") return new Response(null, { status: 204 });
  if (request.method !== operation.method) {
    const refused = errorResponse(405, traceId);
    refused.headers.set("Allow", `${operation.method}, OPTIONS`);
    return refused;
  }
  if (!(await allowed(env, clientAddress || "unknown", config, started, log))) {
    const limited = errorResponse(429, traceId);
    limited.headers.set("Retry-After", String(config.retryAfter));
    return limited;
  }

  let body;
  if (operation.method === "POST") {
    const length = request.headers.get("Content-Length");
    if (length !== null && Number(length) > RULES.maxBodyBytes) return errorResponse(413, traceId);
    body = await readCapped(request.body, RULES.maxBodyBytes);
    if (body === null) return errorResponse(413, traceId);
  }

  const headers = new Headers();
  for (const name of RULES.forwardRequestHeaders) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  headers.set("X-API-KEY", studio.key);
  const sent = Date.now();
  let upstream;
  try {
    upstream = await fetch(`${studio.upstream}${apiPath}${url.search}`, {
      method: operation.method,
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(config.timeoutMs),
    });
  } catch (e) {
    const timedOut = e?.name === "TimeoutError" || e?.name === "AbortError";
    entry.upstream = { status: timedOut ? 504 : 502, ms: Date.now() - sent };
    return errorResponse(timedOut ? 504 : 502, traceId);
  }
  entry.upstream = { status: upstream.status, ms: Date.now() - sent };

  // Only the listed headers come back, and none whose value holds the key.
  const answerHeaders = new Headers();
  for (const name of RULES.forwardResponseHeaders) {
    const value = upstream.headers.get(name);
    if (value !== null && !value.includes(studio.key)) answerHeaders.set(name, value);
  }
  const noBody = [101, 204, 205, 304].includes(upstream.status) || request.method === "HEAD";
  if (noBody) await upstream.body?.cancel();
  return new Response(noBody ? null : upstream.body, { status: upstream.status, headers: answerHeaders });
}

/** The body's bytes, or null when it is larger than `max`. */
async function readCapped(stream, max) {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** The proxy's own answer: a JSON error in the Open API shape. */
function errorResponse(status, traceId) {
  const { errorMessage, errorCode } = RULES.errors[String(status)];
  return new Response(`${JSON.stringify({ errorMessage, errorCode, traceId })}\n`, {
    status,
    headers: { "Content-Type": "application/json" },
  });
}

/** On every answer: the rules' answer headers, and CORS for an allowed origin. */
function decorate(headers, method, allowedOrigin) {
  for (const [name, value] of Object.entries(RULES.answerHeaders)) headers.set(name, value);
  if (!allowedOrigin) return;
  headers.set("Access-Control-Allow-Origin", allowedOrigin);
  headers.set("Access-Control-Expose-Headers", RULES.cors.exposeHeaders.join(", "));
  if (method === "OPTIONS") {
    headers.set("Access-Control-Allow-Methods", RULES.cors.allowMethods.join(", "));
    headers.set("Access-Control-Allow-Headers", RULES.cors.allowHeaders.join(", "));
    headers.set("Access-Control-Max-Age", String(RULES.cors.maxAgeSeconds));
  }
}

/** The client's network, as nginx logs it: a.b.c.0, or the first 48 bits of IPv6. */
function clientNetwork(address) {
  const v4 = address.match(/^([0-9]+\.[0-9]+\.[0-9]+)\.[0-9]+$/);
  if (v4) return `${v4[1]}.0`;
  const v6 = address.match(/^([0-9a-fA-F]*:[0-9a-fA-F]*:[0-9a-fA-F]*):/);
  return v6 ? `${v6[1]}::` : "-";
}

for (const name of [...RULES.forwardRequestHeaders, ...RULES.forwardResponseHeaders]) {
  if (!HEADER_NAME.test(name)) throw new Error(`proxy-rules: not a header name: ${name}`);
}
