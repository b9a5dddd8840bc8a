// The edge function's Vercel and Netlify entries (deploy/edge/api/trial-offers.mjs,
// deploy/edge/netlify/functions/trial-offers.mjs), called in Node with Web Requests as each
// platform hands them over, in front of the mock API server on 127.0.0.1; their routing
// (vercel.json's rewrites, Netlify's config.path) against the rules' operations; and the
// per-instance rate limit they fall back on. The Cloudflare entry runs in workerd (proxy.test.mjs).

import { after, afterEach, before, beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { DEMO_API_KEY, startMock } from "../kit/index.mjs";

const RULES = JSON.parse(await readFile(new URL("../../deploy/proxy-rules.json", import.meta.url), "utf8"));
const VERCEL = JSON.parse(await readFile(new URL("../../deploy/edge/vercel.json", import.meta.url), "utf8"));
const { default: vercel } = await import("../../deploy/edge/api/trial-offers.mjs");
const { default: netlify, config: netlifyConfig } = await import("../../deploy/edge/netlify/functions/trial-offers.mjs");

const ORIGIN = "https://www.studio.example";
const SETTINGS = ["PROXY_UPSTREAM", "API_KEY", "PROXY_STUDIOS", "PROXY_ALLOWED_ORIGINS", "PROXY_RATE", "PROXY_BURST", "PROXY_RETRY_AFTER", "BONN_KEY"];

let mock;
let lines = [];
const consoleLog = console.log;
before(async () => {
  mock = await startMock();
});
after(async () => {
  await mock?.stop();
});
beforeEach(async () => {
  await mock.control("reset", {});
  for (const name of SETTINGS) delete process.env[name];
  Object.assign(process.env, { PROXY_UPSTREAM: mock.base, API_KEY: DEMO_API_KEY, PROXY_ALLOWED_ORIGINS: ORIGIN });
  lines = [];
  // The handlers log one line per request with console.log, as the platforms collect it.
  console.log = (...args) => lines.push(args.join(" "));
});
afterEach(() => {
  console.log = consoleLog;
});

const lastSeen = async () => (await mock.control("requests")).at(-1);

/** A route pattern of vercel.json (`:name`, `:name*`) or Netlify (`:name`, `*`) as a RegExp. */
function routeRegExp(pattern) {
  const source = pattern
    .split("/")
    .map((part) => (/^:[A-Za-z]+\*$/.test(part) || part === "*" ? ".*" : /^:[A-Za-z]+$/.test(part) ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${source}$`);
}

test("the Vercel rewrites and Netlify's config.path route every operation of the rules here, with and without a studio prefix", () => {
  const vercelRoutes = VERCEL.rewrites.map((r) => {
    assert.equal(r.destination, "/api/trial-offers");
    return routeRegExp(r.source);
  });
  const netlifyRoutes = netlifyConfig.path.map(routeRegExp);
  for (const { path } of RULES.operations) {
    for (const p of [path.replace(/\{[^}]+\}/g, "1001"), `/bonn${path.replace(/\{[^}]+\}/g, "1001")}`]) {
      assert.ok(vercelRoutes.some((r) => r.test(p)), `vercel.json: ${p}`);
      assert.ok(netlifyRoutes.some((r) => r.test(p)), `netlify config.path: ${p}`);
    }
  }
});

/** Each platform's way of calling its entry with the visitor's request. */
const platforms = {
  vercel: {
    // The visitor's URL (the rewrite's destination instead: tested at the end); x-real-ip is set by Vercel's edge.
    call: (url, init = {}, ip = "203.0.113.7") => vercel.fetch(new Request(url, { ...init, headers: { "x-real-ip": ip, ...init.headers } })),
  },
  netlify: {
    call: (url, init = {}, ip = "203.0.113.7") => netlify(new Request(url, init), { ip }),
  },
};

for (const [name, platform] of Object.entries(platforms)) {
  describe(name, () => {
    test("forwards an operation with the key from the environment, replacing a client's, and answers CORS for the configured origin", async () => {
      const answer = await platform.call("https://proxy.example/v1/trial-offers/bookable-trial-offers/classes?offset=0&sliceSize=10", {
        headers: { Origin: ORIGIN, "X-API-KEY": "client-key", "Accept-Language": "de-CH" },
      });
      assert.equal(answer.status, 200, await answer.clone().text());
      assert.equal(answer.headers.get("access-control-allow-origin"), ORIGIN);
      assert.equal(answer.headers.get("access-control-expose-headers"), "Retry-After");
      assert.ok(Array.isArray((await answer.json()).result));
      const seen = await lastSeen();
      assert.equal(`${seen.method} ${seen.path} ${seen.status}`, "GET /v1/trial-offers/bookable-trial-offers/classes 200", "the mock answers 401 to a wrong key");
      assert.deepEqual(seen.query, [["offset", "0"], ["sliceSize", "10"]]);
      assert.equal(seen.acceptLanguage, "de-CH");

      const booked = await platform.call("https://proxy.example/v1/trial-offers/lead/validate", {
        method: "POST",
        headers: { Origin: ORIGIN, "Content-Type": "application/json" },
        body: JSON.stringify({ leadCustomerData: { firstname: "Mia", lastname: "Schulz", email: "mia.entry@example.com" }, trialOfferConfigId: 1 }),
      });
      assert.equal(booked.status, 200, await booked.clone().text());
      assert.equal((await lastSeen()).path, "/v1/trial-offers/lead/validate");
    });

    test("refuses a foreign origin (403), another path (404), a wrong method (405) and a large body (413) with JSON errors, none reaching the API", async () => {
      const before = (await mock.control("requests")).length;
      const cases = [
        ["https://proxy.example/v1/trial-offers/config/1", { headers: { Origin: "https://elsewhere.example" } }, 403],
        ["https://proxy.example/v1/customers/1", {}, 404],
        ["https://proxy.example/v1/trial-offers/config/1", { method: "POST", body: "{}" }, 405],
        ["https://proxy.example/v1/trial-offers/lead/create", { method: "POST", body: "x".repeat(RULES.maxBodyBytes + 1) }, 413],
      ];
      for (const [url, init, status] of cases) {
        const answer = await platform.call(url, init);
        assert.equal(answer.status, status, url);
        const body = await answer.json();
        assert.equal(body.errorCode, RULES.errors[String(status)].errorCode);
      }
      assert.equal((await mock.control("requests")).length, before);
    });

    test("several studios by path prefix, each key its own secret", async () => {
      delete process.env.PROXY_UPSTREAM;
      delete process.env.API_KEY;
      process.env.BONN_KEY = DEMO_API_KEY;
      process.env.PROXY_STUDIOS = `bonn path=/bonn ${mock.base} env:BONN_KEY`;
      const answer = await platform.call("https://proxy.example/bonn/v1/trial-offers/config/1");
      assert.equal(answer.status, 200, await answer.clone().text());
      assert.equal((await lastSeen()).path, "/v1/trial-offers/config/1");
      assert.equal((await platform.call("https://proxy.example/koeln/v1/trial-offers/config/1")).status, 404);
    });

    test("without a platform limiter: the documented per-instance limit per visitor address, 429 with Retry-After", async () => {
      Object.assign(process.env, { PROXY_RATE: "1r/m", PROXY_BURST: "2", PROXY_RETRY_AFTER: "9" });
      const ip = `198.51.100.${name === "vercel" ? 1 : 2}`;
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await platform.call("https://proxy.example/v1/trial-offers/config/1", {}, ip)).status);
      assert.deepEqual(statuses, [200, 200, 200, 429]);
      const limited = await platform.call("https://proxy.example/v1/trial-offers/config/1", { headers: { Origin: ORIGIN } }, ip);
      assert.equal(limited.headers.get("retry-after"), "9");
      assert.equal(limited.headers.get("access-control-expose-headers"), "Retry-After");
      assert.equal((await platform.call("https://proxy.example/v1/trial-offers/config/1", {}, "198.51.100.77")).status, 200, "another visitor is not limited");
    });

    test("a configuration error is a JSON 500 naming the setting in the log, never the key", async () => {
      process.env.PROXY_UPSTREAM = "ftp://nowhere";
      const answer = await platform.call("https://proxy.example/v1/trial-offers/config/1");
      assert.equal(answer.status, 500);
      assert.equal((await answer.json()).errorCode, "INTERNAL_ERROR");
      assert.match(lines.join("\n"), /configuration error: studio single: upstream must be/);
    });

    test("an unforeseen failure (the visitor's body breaks off) is a JSON 500 with CORS; the log names only its kind", async () => {
      const broken = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"leadCustomerData": {"email": "broken.secret@example.com"'));
          controller.error(new TypeError("connection reset while reading broken.secret@example.com"));
        },
      });
      const answer = await platform.call("https://proxy.example/v1/trial-offers/lead/create", {
        method: "POST",
        headers: { Origin: ORIGIN, "Content-Type": "application/json" },
        body: broken,
        duplex: "half",
      });
      assert.equal(answer.status, 500);
      assert.equal((await answer.json()).errorCode, "INTERNAL_ERROR");
      assert.equal(answer.headers.get("access-control-allow-origin"), ORIGIN);
      assert.match(lines.join("\n"), /internal error: TypeError trace=/);
      assert.ok(!lines.join("\n").includes("broken.secret"), lines.join("\n"));
    });

    test("one log line per request: method, path, status, the visitor's network; no key, query or body", async () => {
      await platform.call("https://proxy.example/v1/trial-offers/bookable-trial-offers/classes/1001/slots?customerId=424242", { headers: { "X-API-KEY": "client-key-777" } }, "203.0.113.45");
      await platform.call("https://proxy.example/v1/trial-offers/lead/validate", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ leadCustomerData: { firstname: "Body", lastname: "Secret", email: "body.secret@example.com" }, trialOfferConfigId: 1 }) });
      assert.equal(lines.length, 2, lines.join("\n"));
      assert.match(lines[0], /203\.0\.113\.0 studio=single "GET \/v1\/trial-offers\/bookable-trial-offers\/classes\/1001\/slots" 200 /);
      assert.match(lines[1], /"POST \/v1\/trial-offers\/lead\/validate" 200 /);
      for (const secret of [DEMO_API_KEY, "client-key-777", "424242", "customerId", "body.secret", "203.0.113.45"]) assert.ok(!lines.join("\n").includes(secret), secret);
    });
  });
}

test("vercel: a request that arrives at the rewrite's destination is routed by its parameters, and the rules still decide", async () => {
  const direct = (query) => vercel.fetch(new Request(`https://proxy.example/api/trial-offers?${query}`, { headers: { "x-real-ip": "203.0.113.8" } }));
  const ok = await direct("tbOperation=config%2F1");
  assert.equal(ok.status, 200, await ok.clone().text());
  assert.equal((await lastSeen()).path, "/v1/trial-offers/config/1");
  const slots = await direct("tbOperation=bookable-trial-offers%2Fclasses%2F1001%2Fslots&offset=0");
  assert.equal(slots.status, 200);
  assert.deepEqual((await lastSeen()).query, [["offset", "0"]], "the rewrite's parameters are not forwarded");
  for (const query of ["tbOperation=..%2F..%2Fcustomers", "tbOperation=config%2F1%2F..%2F..%2F..%2Fcustomers", "", "tbStudio=x&tbOperation=config%2F1"]) {
    assert.equal((await direct(query)).status, 404, query);
  }
});
