// The proxy alone, one test list for every proxy the project ships (tests/proxy/proxies/:
// nginx, the edge function in workerd, the WordPress plugin's REST route; TB_PROXIES picks
// some), each in front of the mock API server on 127.0.0.1. What passes, what is refused
// (malformed requests and foreign origins included), CORS, limits, the key, TLS to the
// upstream, several studios, and what ends up in the logs. Where a proxy cannot do what a
// test asks, its adapter's traits say why and the test checks what it does instead. What
// only nginx does is in nginx.test.mjs.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_API_KEY, freePort, launchBrowser, startMock, startServer } from "../kit/index.mjs";
import { assertAvailable, selectedProxies } from "./proxies/index.mjs";
import { answers, basePath, logsWhen, selfSignedCertificate, send, sendRaw, startPlug, startRecorder, trialOfferOperations } from "./support.mjs";

const RULES = JSON.parse(await readFile(new URL("../../deploy/proxy-rules.json", import.meta.url), "utf8"));
const ORIGIN = "https://www.studio.example";
const FOREIGN = "https://elsewhere.example";
const CORS = ["access-control-allow-origin", "access-control-expose-headers", "access-control-allow-methods", "access-control-allow-headers", "access-control-max-age"];
const json = { "Content-Type": "application/json" };
/** `text` as a regular expression that matches it literally. */
const literally = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The Open API error shape: errorMessage, errorCode, traceId; the code the rules give `status`. */
function assertErrorShape(answer, code = RULES.errors[String(answer.status)]?.errorCode) {
  assert.match(answer.headers["content-type"], /^application\/json/);
  const body = answer.json();
  assert.deepEqual(Object.keys(body).sort(), ["errorCode", "errorMessage", "traceId"]);
  assert.equal(body.errorCode, code);
  assert.equal(body.errorMessage, RULES.errors[String(answer.status)].errorMessage);
  assert.ok(body.traceId.length > 0);
}

let mock;
before(async () => {
  mock = await startMock();
});
after(async () => {
  await mock?.stop();
});
const seenCount = async () => (await mock.control("requests")).length;
const lastSeen = async () => (await mock.control("requests")).at(-1);

for (const kind of await selectedProxies()) {
  describe(kind.name, () => {
    let proxy;
    /** Every proxy started here, so the last test can read all their logs. */
    const started = [];
    const start = async (options) => {
      const p = await kind.start(options);
      started.push(p);
      return p;
    };

    before(async () => {
      await assertAvailable(kind);
      proxy = await start({ upstream: mock.base, origins: [ORIGIN, "http://127.0.0.1:8080"] });
    });
    after(async () => {
      for (const p of started) await p.stop();
    });

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
        ["GET", "/__errors/404"],
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

    test("malformed requests get their own JSON 4xx, logged as such, and never reach the API", async () => {
      const host = new URL(proxy.base).host;
      const line = (first, headers = "") => `${first}\r\nHost: ${host}\r\n${headers}Connection: close\r\n\r\n`;
      const cases = [
        // nginx refuses the encoded NUL as a bad request; elsewhere it is simply no trial-offer path.
        ["encoded NUL in the path", line("GET /v1/trial-offers/bookable-trial-offers/classes%00 HTTP/1.1"), [400, 404]],
        ["lower-case method", line("get /v1/trial-offers/config/1 HTTP/1.1"), [400]],
        ["9,000-byte query", line(`GET /v1/trial-offers/config/1?q=${"a".repeat(9000)} HTTP/1.1`), [414]],
        ["9,000-byte Cookie", line("GET /v1/trial-offers/config/1 HTTP/1.1", `Cookie: c=${"a".repeat(9000)}\r\n`), [431]],
        [
          "Transfer-Encoding: gzip, chunked",
          `POST /v1/trial-offers/lead/validate HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nTransfer-Encoding: gzip, chunked\r\nConnection: close\r\n\r\n2\r\n{}\r\n0\r\n\r\n`,
          [400],
        ],
      ];
      for (const [name, request, statuses] of cases) {
        const before = await seenCount();
        const logged = (logs) => (logs.match(/" [1-5][0-9][0-9] /g) ?? []).length;
        const linesBefore = logged(await proxy.logs());
        const answer = await sendRaw(proxy.base, request);
        assert.equal(await seenCount(), before, `${name}: nothing reaches the API`);
        const platform = kind.traits.platformAnswers[name];
        if (platform) {
          // Answered by the platform's HTTP server before the proxy's code runs.
          assert.ok(answer.status >= 400, `${name}: ${platform}, got ${answer.status}`);
          continue;
        }
        assert.ok(statuses.includes(answer.status), `${name}: ${answer.status} ${answer.text.slice(0, 200)}`);
        assertErrorShape(answer);
        const logs = await logsWhen(proxy, (text) => logged(text) > linesBefore);
        const last = logs.trim().split("\n").filter((l) => /" [1-5][0-9][0-9] /.test(l)).at(-1);
        assert.match(last, new RegExp(`" ${answer.status} `), `${name}: the log says ${answer.status}:\n${last}`);
        assert.ok(!last.includes("aaaa"), `${name}: no query or cookie in the log`);
      }
    });

    test("a key the client sends is replaced, whatever its spelling", async () => {
      const answer = await send(proxy.base, "GET", "/v1/trial-offers/config/1", {
        headers: ["X-API-KEY", "stolen-or-wrong", "x-api-key", "another", "X-Api-Key", "third"],
      });
      assert.equal(answer.status, 200, answer.text);
      assert.equal(answer.json().name, "Trial session", "the demo studio in English: no Accept-Language");
    });

    test("CORS: allowed origins on every answer (errors too), preflight included", async () => {
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
      const before = await seenCount();
      const allowed = await send(proxy.base, "OPTIONS", "/v1/trial-offers/lead/create", {
        headers: { Origin: ORIGIN, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type,accept-language" },
      });
      assert.equal(allowed.status, 204);
      assert.equal(allowed.headers["access-control-allow-origin"], ORIGIN);
      assert.match(allowed.headers["access-control-allow-methods"], /POST/);
      assert.match(allowed.headers["access-control-allow-headers"], /Content-Type/);
      assert.match(allowed.headers["access-control-allow-headers"], /Accept-Language/);
      assert.equal(allowed.headers["access-control-max-age"], "600");
      const unknownPath = await send(proxy.base, "OPTIONS", "/v1/customers", { headers: { Origin: ORIGIN, "Access-Control-Request-Method": "GET" } });
      assert.equal(unknownPath.status, 404);
      assert.equal(await seenCount(), before, "preflights are answered by the proxy");
    });

    test("a request whose Origin is sent but not allowed gets a JSON 403 without CORS headers and never reaches the API", async () => {
      const before = await seenCount();
      const cases = [
        ["GET", "/v1/trial-offers/config/1", FOREIGN],
        ["POST", "/v1/trial-offers/lead/create", FOREIGN],
        ["POST", "/v1/trial-offers/classes/booking/book", FOREIGN],
        ["OPTIONS", "/v1/trial-offers/lead/create", FOREIGN],
        // A sandboxed frame or a file:// page.
        ["POST", "/v1/trial-offers/lead/validate", "null"],
        // The allowed site under another scheme or port is another origin.
        ["GET", "/v1/trial-offers/config/1", ORIGIN.replace("https:", "http:")],
        ["GET", "/v1/trial-offers/config/1", `${ORIGIN}:8443`],
      ];
      for (const [method, path, origin] of cases) {
        const answer = await send(proxy.base, method, path, { headers: { Origin: origin, ...json }, body: method === "POST" ? '{"customerId": 1}' : undefined });
        assert.equal(answer.status, 403, `${method} ${path} from ${origin}`);
        assertErrorShape(answer, "ORIGIN_NOT_ALLOWED");
        for (const name of CORS) assert.equal(answer.headers[name], undefined, `${name} for ${origin} on ${method} ${path}`);
      }
      assert.equal(await seenCount(), before, "no request from a foreign origin reached the API");
      // No Origin at all (a server, curl): not a browser page of another site.
      assert.equal((await send(proxy.base, "GET", "/v1/trial-offers/config/1")).status, 200);
      assert.equal(await seenCount(), before + 1);
    });

    test("only the listed request headers go upstream: no Cookie, Authorization, Origin, Referer or User-Agent", async () => {
      const upstream = await startRecorder();
      try {
        const p = await start({ upstream: upstream.base, origins: [ORIGIN] });
        const answer = await send(p.base, "POST", "/v1/trial-offers/lead/validate?x=1", {
          headers: {
            ...json,
            Accept: "application/json",
            "Accept-Language": "nl-BE",
            Origin: ORIGIN,
            Referer: "https://www.studio.example/?identityToken=referer-secret",
            Cookie: "session=cookie-secret",
            Authorization: "Bearer bearer-secret",
            "User-Agent": "agent-secret",
            "X-Forwarded-For": "198.51.100.7",
            "X-Custom": "custom-secret",
          },
          body: "{}",
        });
        assert.equal(answer.status, 200, answer.text);
        const [headers] = upstream.headers;
        assert.equal(headers["x-api-key"], DEMO_API_KEY);
        assert.equal(headers["accept-language"], "nl-BE");
        assert.equal(headers.accept, "application/json");
        assert.equal(headers["content-type"], "application/json");
        for (const name of ["cookie", "authorization", "origin", "referer", "x-forwarded-for", "x-custom"]) {
          assert.equal(headers[name], undefined, `${name} went upstream`);
        }
        for (const secret of ["referer-secret", "cookie-secret", "bearer-secret", "agent-secret", "custom-secret"]) assert.ok(!JSON.stringify(headers).includes(secret), JSON.stringify(headers));
      } finally {
        await upstream.stop();
      }
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

    test("upstream response headers: never X-API-KEY or Set-Cookie; with an allow-list, nothing else unlisted and nothing holding the key", async () => {
      const key = "echoed-key-0004";
      const upstream = await startRecorder({
        answerHeaders: (req) => ({
          "X-API-KEY": req.headers["x-api-key"],
          "X-Echo": `you sent ${req.headers["x-api-key"]}`,
          "Content-Language": `de ${req.headers["x-api-key"]}`,
          "Set-Cookie": "tenant=1",
          "X-Other": "plain",
          "Retry-After": "5",
        }),
      });
      try {
        const p = await start({ upstream: upstream.base, origins: [ORIGIN], key });
        const answer = await send(p.base, "GET", "/v1/trial-offers/config/1", { headers: { Origin: ORIGIN } });
        assert.equal(answer.status, 200, answer.text);
        assert.equal(upstream.seen[0].key, key);
        assert.deepEqual(answer.all("X-API-KEY"), []);
        assert.deepEqual(answer.all("Set-Cookie"), []);
        assert.deepEqual(answer.all("Retry-After"), ["5"]);
        assert.match(answer.headers["content-type"], /^application\/json/);
        if (kind.traits.responseHeaders === "allow-list") {
          assert.deepEqual(answer.all("X-Echo"), []);
          assert.deepEqual(answer.all("X-Other"), []);
          assert.deepEqual(answer.all("Content-Language"), [], "a listed header whose value holds the key");
          assert.ok(!answer.raw.join("\n").includes(key));
        } else {
          // nginx removes a fixed list (deploy/nginx/README.md says so): other names pass.
          assert.deepEqual(answer.all("X-Other"), ["plain"]);
        }
      } finally {
        await upstream.stop();
      }
    });

    test("an oversized body gets a JSON 413 and never reaches the API", async () => {
      const before = await seenCount();
      const big = JSON.stringify({ leadCustomerData: { firstname: "x".repeat(40_000) }, trialOfferConfigId: 1 });
      const answer = await send(proxy.base, "POST", "/v1/trial-offers/lead/validate", { headers: { ...json, Origin: ORIGIN }, body: big });
      assert.equal(answer.status, 413);
      assertErrorShape(answer, "PAYLOAD_TOO_LARGE");
      assert.equal(answer.headers["access-control-allow-origin"], ORIGIN);
      // Without a Content-Length (chunked), too.
      const chunked = await sendRaw(
        proxy.base,
        `POST /v1/trial-offers/lead/validate HTTP/1.1\r\nHost: ${new URL(proxy.base).host}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n${big.length.toString(16)}\r\n${big}\r\n0\r\n\r\n`,
      );
      assert.equal(chunked.status, 413);
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

    test("the rate limit per client answers a JSON 429 with Retry-After that a browser can read", async () => {
      const site = await startServer();
      const browser = await launchBrowser();
      try {
        const origin = new URL(site.base).origin;
        const limited = await start({ upstream: mock.base, origins: [origin], rateLimit: { requests: 3, retryAfter: 3 } });
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
      } finally {
        await browser.close();
        await site.stop();
      }
    });

    test("upstream down: a JSON 502 with CORS", async () => {
      const nowhere = `http://127.0.0.1:${await freePort()}`;
      const down = await start({ upstream: nowhere, origins: [ORIGIN] });
      const answer = await send(down.base, "GET", "/v1/trial-offers/config/1", { headers: { Origin: ORIGIN } });
      assert.equal(answer.status, 502);
      assertErrorShape(answer, "BAD_GATEWAY");
      assert.equal(answer.headers["access-control-allow-origin"], ORIGIN);
      assert.equal(answer.headers["access-control-expose-headers"], "Retry-After");
    });

    test("a stalled upstream gets a JSON 504 after the read timeout; a dropped connection a JSON 502", async () => {
      const quick = await start({ upstream: mock.base, origins: [ORIGIN], readTimeout: "1s" });
      await mock.control("faults", { method: "POST", path: "/v1/trial-offers/lead/validate", delayMs: 2500 });
      const t0 = Date.now();
      const stalled = await send(quick.base, "POST", "/v1/trial-offers/lead/validate", { headers: { ...json, Origin: ORIGIN }, body: "{}" });
      assert.equal(stalled.status, 504);
      assertErrorShape(stalled, "GATEWAY_TIMEOUT");
      assert.ok(Date.now() - t0 < 2400, `answered after ${Date.now() - t0} ms`);
      assert.equal(stalled.headers["access-control-allow-origin"], ORIGIN);

      const plug = await startPlug(mock.base);
      try {
        const plugged = await start({ upstream: plug.base, origins: [ORIGIN] });
        await mock.control("faults", { method: "POST", path: "/v1/trial-offers/classes/booking/book", drop: true });
        plug.dropAfter("/v1/trial-offers/classes/booking/book");
        const before = await seenCount();
        const dropped = await send(plugged.base, "POST", "/v1/trial-offers/classes/booking/book", { headers: { ...json, Origin: ORIGIN }, body: "{}" });
        assert.equal(dropped.status, 502);
        assertErrorShape(dropped, "BAD_GATEWAY");
        // The proxy may answer before the mock has logged the request it was handed: wait
        // for it, then a little longer for any second attempt.
        for (const until = Date.now() + 2000; (await seenCount()) === before && Date.now() < until; ) await new Promise((resolve) => setTimeout(resolve, 25));
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(await seenCount(), before + 1, "sent once, never again");
        assert.equal((await lastSeen()).status, null, "the dropped booking never reached the studio");
      } finally {
        await plug.stop();
      }
      // Let the stalled request end before the next test counts the mock's requests.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 2600 - (Date.now() - t0))));
    });

    test("the upstream's TLS certificate is verified (untrusted: a 502 and nothing sent; trusted: the key, the host name and SNI)", async () => {
      const dir = await mkdtemp(join(tmpdir(), "tb-tls-"));
      const tls = await selfSignedCertificate(dir);
      const upstream = await startRecorder({ tls });
      try {
        const untrusted = await start({ upstream: upstream.base, origins: [ORIGIN] });
        const refused = await send(untrusted.base, "GET", "/v1/trial-offers/config/1");
        assert.equal(refused.status, 502, refused.text);
        assert.equal(upstream.seen.length, 0, "nothing was sent to an upstream whose certificate failed");

        const trusted = await start({ upstream: upstream.base, origins: [ORIGIN], caFile: tls.certFile });
        const ok = await send(trusted.base, "GET", "/v1/trial-offers/config/1");
        assert.equal(ok.status, 200, ok.text);
        assert.deepEqual(upstream.seen, [{ method: "GET", url: "/v1/trial-offers/config/1", host: upstream.base.replace("https://", ""), key: DEMO_API_KEY, sni: "localhost" }]);
      } finally {
        await upstream.stop();
        await rm(dir, { recursive: true, force: true });
      }
    });

    if (kind.traits.oneStudio) {
      test(`one studio only (${kind.traits.oneStudio}): its key whatever the host name, and no path prefix`, async () => {
        const upstream = await startRecorder();
        try {
          const one = await start({ upstream: upstream.base, origins: [ORIGIN], key: "koeln-key-0001" });
          const path = "/v1/trial-offers/bookable-trial-offers/classes?offset=0";
          for (const hostName of ["koeln.booking.test", "proxy.example"]) {
            assert.equal((await send(one.base, "GET", path, { headers: { Host: hostName } })).status, 200, hostName);
          }
          // A studio's path prefix is no trial-offer operation here.
          const prefixed = await send(one.base, "GET", `/bonn${path}`);
          assert.equal(prefixed.status, 404);
          assertErrorShape(prefixed, "NOT_FOUND");
          const host = upstream.base.replace("http://", "");
          const sent = { method: "GET", url: path, host, key: "koeln-key-0001", sni: null };
          assert.deepEqual(upstream.seen, [sent, sent]);
          assert.ok(!(await one.logs()).includes("koeln-key-0001"));
        } finally {
          await upstream.stop();
        }
      });
    } else {
      test("several studios: one key each, chosen by host name or by path prefix", async () => {
        const upstream = await startRecorder();
        try {
          const several = await start({
            origins: [ORIGIN],
            studios: [
              { name: "koeln", route: "host=koeln.booking.test", upstream: upstream.base, key: "koeln-key-0001" },
              { name: "bonn", route: "path=/bonn", upstream: upstream.base, key: "bonn-key-0002" },
            ],
          });
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
          assert.match(logs, /studio=koeln "GET \/v1\/trial-offers\/bookable-trial-offers\/classes" 200/);
          assert.match(logs, /studio=bonn "GET \/v1\/trial-offers\/bookable-trial-offers\/classes" 200/);
          assert.ok(!logs.includes("koeln-key-0001") && !logs.includes("bonn-key-0002"), logs);
        } finally {
          await upstream.stop();
        }
      });
    }

    test("logs: one line per request, no query strings, no Referer, no bodies; the key in no answer and no log line", async () => {
      await send(proxy.base, "GET", "/v1/trial-offers/bookable-trial-offers/appointments/bookable/1001/slots?customerId=424242&daysAhead=6", {
        headers: { Referer: "https://www.studio.example/?identityToken=referer-secret" },
      });
      await send(proxy.base, "POST", "/v1/trial-offers/lead/validate", {
        headers: json,
        body: JSON.stringify({ leadCustomerData: { firstname: "Body", lastname: "Secret", email: "body.secret@example.com" }, trialOfferConfigId: 1 }),
      });
      await send(proxy.base, "GET", "/v1/customers/mia.private@example.com");
      // The path logged is the one asked for below the proxy's base; a refused one is not
      // logged, unless the line is the host's access log (kind.traits.hostAccessLog).
      const at = basePath(proxy.base);
      const refused = kind.traits.hostAccessLog ? `"GET ${at}/v1/customers/mia.private@example.com" 404` : '"GET -" 404';
      const logs = await logsWhen(proxy, (text) => text.includes(refused));
      assert.match(logs, new RegExp(literally(`"GET ${at}/v1/trial-offers/bookable-trial-offers/appointments/bookable/1001/slots" 404`)));
      assert.match(logs, new RegExp(literally(`"POST ${at}/v1/trial-offers/lead/validate" 200`)));
      assert.ok(logs.includes(refused), kind.traits.hostAccessLog ?? "a refused path is not logged");
      for (const secret of ["customerId", "424242", "referer-secret", "body.secret", ...(kind.traits.hostAccessLog ? [] : ["mia.private"])]) {
        assert.ok(!logs.includes(secret), `the log has ${secret}:\n${logs}`);
      }
      for (const p of started) {
        const text = await p.logs();
        assert.ok(!text.includes(DEMO_API_KEY), `the key is in the logs:\n${text}`);
      }
      assert.ok(answers.length > 50);
      for (const answer of answers) assert.ok(!answer.includes(DEMO_API_KEY), answer);
    });
  });
}
