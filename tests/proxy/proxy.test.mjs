// The proxy alone: real nginx (deploy/nginx/, started by scripts/proxy) in front of the
// mock API server, both on 127.0.0.1. What passes, what is refused, CORS, limits, the
// key, TLS to the upstream, several studios, and what ends up in the logs.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_API_KEY, launchBrowser, startMock, startProxy, startServer } from "../kit/index.mjs";
import { answers, freePort, selfSignedCertificate, send, startRecorder, trialOfferOperations } from "./support.mjs";

const ORIGIN = "https://www.studio.example";
const FOREIGN = "https://elsewhere.example";
const CORS = ["access-control-allow-origin", "access-control-expose-headers", "access-control-allow-methods", "access-control-allow-headers", "access-control-max-age"];

let mock;
let proxy;
/** Every proxy started, so the last test can read all their logs. */
const proxies = [];
const started = async (options) => {
  const p = await startProxy(options);
  proxies.push(p);
  return p;
};

before(async () => {
  mock = await startMock();
  proxy = await started({ upstream: mock.base, origins: [ORIGIN, "http://127.0.0.1:8080"] });
});
after(async () => {
  for (const p of proxies) await p.stop();
  await mock?.stop();
});

const seenCount = async () => (await mock.control("requests")).length;
const lastSeen = async () => (await mock.control("requests")).at(-1);
const json = { "Content-Type": "application/json" };

/** The Open API error shape: errorMessage, errorCode, traceId. */
function assertErrorShape(answer, code) {
  assert.match(answer.headers["content-type"], /^application\/json/);
  const body = answer.json();
  assert.deepEqual(Object.keys(body).sort(), ["errorCode", "errorMessage", "traceId"]);
  assert.equal(body.errorCode, code);
  assert.ok(body.errorMessage.length > 0 && body.traceId.length > 0);
}

test("the 12 trial-offer operations of openapi.yaml pass, with the key added", async () => {
  const operations = await trialOfferOperations();
  assert.equal(operations.length, 12, operations.map((o) => `${o.method} ${o.path}`).join("\n"));
  for (const { method, path } of operations) {
    const concrete = path.replace(/\{[^}]+\}/g, "1001");
    const query = concrete.endsWith("/slots") || concrete.endsWith("/classes") ? "?offset=0&sliceSize=10" : "";
    const answer = await send(proxy.base, method, concrete + query, {
      headers: { ...json, "Accept-Language": "de-CH" },
      body: method === "POST" ? '{"customerId": 1}' : undefined,
    });
    // The mock answers 401 to a missing or wrong key; 2xx or its own 4xx means the key was right.
    assert.notEqual(answer.status, 401, `${method} ${path}: ${answer.text}`);
    assert.ok(answer.status < 500, `${method} ${path}: ${answer.status} ${answer.text}`);
    const seen = await lastSeen();
    assert.equal(`${seen.method} ${seen.path}`, `${method} ${concrete}`);
    assert.equal(seen.acceptLanguage, "de-CH");
    if (query) assert.deepEqual(seen.query, [["offset", "0"], ["sliceSize", "10"]]);
    if (method === "POST") assert.deepEqual(seen.body, { customerId: 1 });
  }
});

test("anything else gets a JSON 404 or 405 in the Open API error shape and never reaches the API", async () => {
  const before = await seenCount();
  const notFound = [
    ["GET", "/"],
    ["GET", "/v1/customers"],
    ["GET", "/v1/classes/booking?customerId=1"],
    ["POST", "/v1/classes/booking/book"],
    ["GET", "/v1/trial-offers"],
    ["GET", "/v1/trial-offers/config"],
    ["GET", "/v1/trial-offers/config/abc"],
    ["GET", "/v1/trial-offers/config/1/extra"],
    ["GET", "/v1/trial-offers/config/1/../../../customers"],
    ["GET", "/v1/trial-offers/config/%31"],
    ["GET", "/v1/trial-offers/config/1%2F..%2F..%2Fcustomers"],
    ["GET", "//v1/trial-offers/config/1"],
    ["GET", "/V1/trial-offers/config/1"],
    ["GET", "/x/v1/trial-offers/config/1"],
    ["GET", "/proxy/v1/trial-offers/config/1"],
    ["GET", "/connect/v2/studio"],
    ["GET", "/__mock/requests"],
    ["POST", "/__mock/reset"],
  ];
  for (const [method, path] of notFound) {
    const answer = await send(proxy.base, method, path, { headers: { Origin: ORIGIN } });
    assert.equal(answer.status, 404, `${method} ${path}`);
    assertErrorShape(answer, "NOT_FOUND");
    assert.equal(answer.headers["access-control-allow-origin"], ORIGIN);
  }
  const wrongMethod = [
    ["DELETE", "/v1/trial-offers/config/1", "GET, OPTIONS"],
    ["PUT", "/v1/trial-offers/lead/create", "POST, OPTIONS"],
    ["PATCH", "/v1/trial-offers/lead/create", "POST, OPTIONS"],
    ["GET", "/v1/trial-offers/classes/booking/book", "POST, OPTIONS"],
    ["POST", "/v1/trial-offers/bookable-trial-offers/classes", "GET, OPTIONS"],
    ["GET", "/v1/trial-offers/bookings/7/confirm", "POST, OPTIONS"],
  ];
  for (const [method, path, allow] of wrongMethod) {
    const answer = await send(proxy.base, method, path, { headers: { Origin: ORIGIN } });
    assert.equal(answer.status, 405, `${method} ${path}`);
    assertErrorShape(answer, "METHOD_NOT_ALLOWED");
    assert.equal(answer.headers.allow, allow);
    assert.equal(answer.headers["access-control-allow-origin"], ORIGIN);
  }
  // HEAD would check the key's validity upstream: refused too (no body to a HEAD).
  const head = await send(proxy.base, "HEAD", "/v1/trial-offers/bookable-trial-offers/classes");
  assert.equal(head.status, 405);
  assert.equal(await seenCount(), before, "nothing refused reached the API");
});

test("a key the client sends is replaced, whatever its spelling", async () => {
  const answer = await send(proxy.base, "GET", "/v1/trial-offers/config/1", {
    headers: ["X-API-KEY", "stolen-or-wrong", "x-api-key", "another", "X-Api-Key", "third"],
  });
  assert.equal(answer.status, 200, answer.text);
  assert.equal(answer.json().name, "Trial session", "the demo studio in English: no Accept-Language");
});

test("CORS: allowed origins on every answer, preflight included; other origins get no CORS headers", async () => {
  await mock.control("faults", [
    { method: "POST", path: "/v1/trial-offers/classes/booking/book", status: 409, errorCodes: ["CONCURRENT"] },
    { method: "POST", path: "/v1/trial-offers/lead/create", status: 500 },
  ]);
  const cases = [
    ["GET", "/v1/trial-offers/config/1", 200],
    ["POST", "/v1/trial-offers/classes/booking/book", 409],
    ["POST", "/v1/trial-offers/lead/create", 500],
    ["GET", "/v1/customers", 404],
    ["DELETE", "/v1/trial-offers/config/1", 405],
  ];
  for (const [method, path, status] of cases) {
    const answer = await send(proxy.base, method, path, { headers: { Origin: ORIGIN, ...json }, body: method === "POST" ? "{}" : undefined });
    assert.equal(answer.status, status, `${method} ${path}`);
    assert.deepEqual(answer.all("Access-Control-Allow-Origin"), [ORIGIN], `${method} ${path}`);
    assert.deepEqual(answer.all("Access-Control-Expose-Headers"), ["Retry-After"]);
    assert.deepEqual(answer.all("Vary"), ["Origin"]);
  }
  for (const [method, path] of cases) {
    const answer = await send(proxy.base, method, path, { headers: { Origin: FOREIGN, ...json }, body: method === "POST" ? "{}" : undefined });
    for (const name of CORS) assert.equal(answer.headers[name], undefined, `${name} for ${FOREIGN} on ${method} ${path}`);
  }

  const before = await seenCount();
  const preflight = (origin) =>
    send(proxy.base, "OPTIONS", "/v1/trial-offers/lead/create", {
      headers: { Origin: origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type,accept-language" },
    });
  const allowed = await preflight(ORIGIN);
  assert.equal(allowed.status, 204);
  assert.equal(allowed.headers["access-control-allow-origin"], ORIGIN);
  assert.match(allowed.headers["access-control-allow-methods"], /POST/);
  assert.match(allowed.headers["access-control-allow-headers"], /Content-Type/);
  assert.match(allowed.headers["access-control-allow-headers"], /Accept-Language/);
  assert.equal(allowed.headers["access-control-max-age"], "600");
  const foreign = await preflight(FOREIGN);
  for (const name of CORS) assert.equal(foreign.headers[name], undefined, name);
  const unknownPath = await send(proxy.base, "OPTIONS", "/v1/customers", { headers: { Origin: ORIGIN, "Access-Control-Request-Method": "GET" } });
  assert.equal(unknownPath.status, 404);
  assert.equal(await seenCount(), before, "preflights are answered by the proxy");
});

test("API answers: Accept-Language forwarded, nosniff, Referrer-Policy, Cache-Control: no-store, the upstream's own CORS replaced", async () => {
  const answer = await send(proxy.base, "GET", "/v1/trial-offers/bookable-trial-offers/classes", {
    headers: { Origin: ORIGIN, "Accept-Language": "fr-LU", Referer: "https://www.studio.example/?identityToken=secret", Cookie: "session=1" },
  });
  assert.equal(answer.status, 200);
  assert.equal((await lastSeen()).acceptLanguage, "fr-LU");
  assert.deepEqual(answer.all("X-Content-Type-Options"), ["nosniff"]);
  assert.deepEqual(answer.all("Referrer-Policy"), ["no-referrer"]);
  assert.deepEqual(answer.all("Cache-Control"), ["no-store"]);
  // The mock itself allows every origin; the proxy's answer has only its own decision.
  assert.deepEqual(answer.all("Access-Control-Allow-Origin"), [ORIGIN]);
  assert.deepEqual(answer.all("Access-Control-Allow-Methods"), []);
  assert.ok(Array.isArray(answer.json().result));
});

test("an oversized body gets a JSON 413 and never reaches the API", async () => {
  const before = await seenCount();
  const big = JSON.stringify({ leadCustomerData: { firstname: "x".repeat(40_000) }, trialOfferConfigId: 1 });
  const answer = await send(proxy.base, "POST", "/v1/trial-offers/lead/validate", { headers: { ...json, Origin: ORIGIN }, body: big });
  assert.equal(answer.status, 413);
  assertErrorShape(answer, "PAYLOAD_TOO_LARGE");
  assert.equal(answer.headers["access-control-allow-origin"], ORIGIN);
  assert.equal(await seenCount(), before);
  // A real lead is far below the cap.
  const lead = JSON.stringify({ leadCustomerData: { firstname: "Mia", lastname: "Schulz", email: "mia.size@example.com" }, trialOfferConfigId: 1 });
  assert.equal((await send(proxy.base, "POST", "/v1/trial-offers/lead/validate", { headers: json, body: lead })).status, 200);
});

test("an upstream 429 keeps its own Retry-After (once), readable through CORS", async () => {
  await mock.control("faults", { method: "GET", path: "/v1/trial-offers/config/1", status: 429, retryAfter: 7 });
  const answer = await send(proxy.base, "GET", "/v1/trial-offers/config/1", { headers: { Origin: ORIGIN } });
  assert.equal(answer.status, 429);
  assert.deepEqual(answer.all("Retry-After"), ["7"]);
  assert.equal(answer.headers["access-control-expose-headers"], "Retry-After");
});

test("the rate limit per client answers a JSON 429 with Retry-After that a browser can read; other origins cannot read anything", async () => {
  const site = await startServer();
  const browser = await launchBrowser();
  try {
    const origin = new URL(site.base).origin;
    const limited = await started({ upstream: mock.base, origins: [origin], env: { PROXY_RATE: "1r/m", PROXY_BURST: "2", PROXY_RETRY_AFTER: "3" } });
    const before = await seenCount();
    const page = await browser.newPage();
    await page.goto(`${site.base}pages/booking.html`);
    const results = await page.evaluate(async (base) => {
      const out = [];
      for (let i = 0; i < 5; i++) {
        const r = await fetch(`${base}/v1/trial-offers/config/1`, { headers: { "Accept-Language": "en" } });
        out.push({ status: r.status, retryAfter: r.headers.get("Retry-After"), body: await r.json() });
      }
      return out;
    }, limited.base);
    assert.deepEqual(results.map((r) => r.status), [200, 200, 200, 429, 429]);
    assert.equal(results[3].retryAfter, "3");
    assert.equal(results[3].body.errorCode, "TOO_MANY_REQUESTS");
    assert.equal(await seenCount(), before + 3, "limited requests never reach the API");

    // The same site under another name is another origin: the browser gets nothing to read.
    const foreign = await browser.newPage();
    await foreign.goto(`${site.base.replace("127.0.0.1", "localhost")}pages/booking.html`);
    const blocked = await foreign.evaluate(async (base) => {
      try {
        await fetch(`${base}/v1/trial-offers/config/1`);
        return "readable";
      } catch (e) {
        return e.name;
      }
    }, limited.base);
    assert.equal(blocked, "TypeError");
  } finally {
    await browser.close();
    await site.stop();
  }
});

test("upstream down: a JSON 502, or nginx's own HTML page in the drill variant, CORS on both", async () => {
  const nowhere = `http://127.0.0.1:${await freePort()}`;
  const json502 = await started({ upstream: nowhere, origins: [ORIGIN] });
  const html502 = await started({ upstream: nowhere, origins: [ORIGIN], env: { PROXY_STOCK_5XX: "1" } });
  const a = await send(json502.base, "GET", "/v1/trial-offers/config/1", { headers: { Origin: ORIGIN } });
  assert.equal(a.status, 502);
  assertErrorShape(a, "BAD_GATEWAY");
  assert.equal(a.headers["access-control-allow-origin"], ORIGIN);
  const b = await send(html502.base, "GET", "/v1/trial-offers/config/1", { headers: { Origin: ORIGIN } });
  assert.equal(b.status, 502);
  assert.match(b.headers["content-type"], /^text\/html/);
  assert.match(b.text, /502 Bad Gateway/);
  assert.equal(b.headers["access-control-allow-origin"], ORIGIN);
  assert.equal(b.headers["access-control-expose-headers"], "Retry-After");
});

test("a stalled upstream gets a JSON 504 after the read timeout; a dropped connection a JSON 502", async () => {
  const quick = await started({ upstream: mock.base, origins: [ORIGIN], env: { PROXY_READ_TIMEOUT: "1s" } });
  await mock.control("faults", { method: "POST", path: "/v1/trial-offers/lead/validate", delayMs: 2500 });
  const t0 = Date.now();
  const stalled = await send(quick.base, "POST", "/v1/trial-offers/lead/validate", { headers: { ...json, Origin: ORIGIN }, body: "{}" });
  assert.equal(stalled.status, 504);
  assertErrorShape(stalled, "GATEWAY_TIMEOUT");
  assert.ok(Date.now() - t0 < 2400, `answered after ${Date.now() - t0} ms`);
  assert.equal(stalled.headers["access-control-allow-origin"], ORIGIN);

  await mock.control("faults", { method: "POST", path: "/v1/trial-offers/classes/booking/book", drop: true });
  const dropped = await send(proxy.base, "POST", "/v1/trial-offers/classes/booking/book", { headers: { ...json, Origin: ORIGIN }, body: "{}" });
  assert.equal(dropped.status, 502);
  assertErrorShape(dropped, "BAD_GATEWAY");
  assert.equal((await lastSeen()).status, null, "the dropped booking never reached the studio");
});

test("the upstream's TLS certificate is verified (the system CA bundle, or PROXY_CA_FILE); the proxy can serve https itself", async () => {
  const dir = await mkdtemp(join(tmpdir(), "tb-tls-"));
  const tls = await selfSignedCertificate(dir);
  const upstream = await startRecorder({ tls });
  try {
    const untrusted = await started({ upstream: upstream.base, origins: [ORIGIN] });
    const refused = await send(untrusted.base, "GET", "/v1/trial-offers/config/1");
    assert.equal(refused.status, 502, refused.text);
    assert.equal(upstream.seen.length, 0, "nothing was sent to an upstream whose certificate failed");

    const trusted = await started({
      upstream: upstream.base,
      origins: [ORIGIN],
      env: { PROXY_CA_FILE: tls.certFile, PROXY_TLS_CERT: tls.certFile, PROXY_TLS_KEY: tls.keyFile },
    });
    assert.match(trusted.base, /^https:/);
    const ok = await send(trusted.base, "GET", "/v1/trial-offers/config/1", { ca: tls.cert });
    assert.equal(ok.status, 200, ok.text);
    assert.deepEqual(upstream.seen, [{ method: "GET", url: "/v1/trial-offers/config/1", host: upstream.base.replace("https://", ""), key: DEMO_API_KEY, sni: "localhost" }]);
  } finally {
    await upstream.stop();
    await rm(dir, { recursive: true, force: true });
  }
});

test("several studios: one key each, chosen by host name or by path prefix", async () => {
  const dir = await mkdtemp(join(tmpdir(), "tb-studios-"));
  const upstream = await startRecorder();
  try {
    await writeFile(join(dir, "koeln.key"), "koeln-key-0001\n", { mode: 0o600 });
    const studios = join(dir, "studios");
    await writeFile(
      studios,
      [
        "# name  route                      upstream      key",
        `koeln   host=koeln.booking.test    ${upstream.base}  ${join(dir, "koeln.key")}`,
        `bonn    path=/bonn                 ${upstream.base}  env:BONN_API_KEY`,
        "",
      ].join("\n"),
    );
    const several = await started({ origins: [ORIGIN], env: { PROXY_STUDIOS: studios, BONN_API_KEY: "bonn-key-0002" } });
    const path = "/v1/trial-offers/bookable-trial-offers/classes?offset=0";
    assert.equal((await send(several.base, "GET", path, { headers: { Host: "koeln.booking.test" } })).status, 200);
    assert.equal((await send(several.base, "GET", `/bonn${path}`, { headers: { Host: "proxy.example" } })).status, 200);
    const host = upstream.base.replace("http://", "");
    assert.deepEqual(upstream.seen, [
      { method: "GET", url: path, host, key: "koeln-key-0001", sni: null },
      { method: "GET", url: path, host, key: "bonn-key-0002", sni: null },
    ]);
    // No studio: unknown host, unknown prefix, or a prefix on the host route.
    for (const [hostName, p] of [["other.test", path], ["proxy.example", `/koeln${path}`], ["koeln.booking.test", `/x${path}`]]) {
      const answer = await send(several.base, "GET", p, { headers: { Host: hostName } });
      assert.equal(answer.status, 404, `${hostName}${p}`);
    }
    assert.equal(upstream.seen.length, 2);
    const logs = await several.logs();
    assert.ok(!logs.includes("koeln-key-0001") && !logs.includes("bonn-key-0002"), logs);
  } finally {
    await upstream.stop();
    await rm(dir, { recursive: true, force: true });
  }
});

test("logs: no query strings, no Referer, no bodies; the key in no answer and no log line; the rendered config is private", async () => {
  await send(proxy.base, "GET", "/v1/trial-offers/bookable-trial-offers/appointments/bookable/1001/slots?customerId=424242&daysAhead=6", {
    headers: { Referer: "https://www.studio.example/?identityToken=referer-secret" },
  });
  await send(proxy.base, "POST", "/v1/trial-offers/lead/validate", {
    headers: json,
    body: JSON.stringify({ leadCustomerData: { firstname: "Body", lastname: "Secret", email: "body.secret@example.com" }, trialOfferConfigId: 1 }),
  });
  await send(proxy.base, "GET", "/v1/customers/mia.private@example.com");
  const logs = await proxy.logs();
  assert.match(logs, /"GET \/v1\/trial-offers\/bookable-trial-offers\/appointments\/bookable\/1001\/slots" 404/);
  assert.match(logs, /"GET -" 404/, "a refused path is not logged");
  for (const secret of ["customerId", "424242", "referer-secret", "body.secret", "mia.private"]) {
    assert.ok(!logs.includes(secret), `the log has ${secret}:\n${logs}`);
  }
  for (const p of proxies) {
    const text = await p.logs();
    assert.ok(!text.includes(DEMO_API_KEY), `the key is in ${p.dir}/logs:\n${text}`);
    assert.equal((await stat(p.dir)).mode & 0o777, 0o700);
    assert.equal((await stat(join(p.dir, "nginx.conf"))).mode & 0o777, 0o600);
  }
  assert.ok(answers.length > 50);
  for (const answer of answers) assert.ok(!answer.includes(DEMO_API_KEY), answer);
  assert.ok((await readFile(join(proxy.dir, "nginx.conf"), "utf8")).includes(DEMO_API_KEY), "the key lives in the private rendered config");
});
