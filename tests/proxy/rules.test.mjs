// deploy/proxy-rules.json is the one place the key proxy's rules are written. This file checks
// that it is: the rules against openapi.yaml, the edge function's embedded copy against the
// rules, every proxy (tests/proxy/proxies/: nginx, the Worker in workerd, the WordPress
// plugin's REST route) against each rule value as the file states it, and every proxy
// against a changed copy of the rules (so that a value written into nginx's template, the
// handler or the plugin instead of read from the file fails).

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { DEMO_API_KEY } from "../kit/index.mjs";
import { assertAvailable, selectedProxies } from "./proxies/index.mjs";
import { send, startRecorder, trialOfferOperations } from "./support.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const RULES_FILE = join(ROOT, "deploy/proxy-rules.json");
const RULES = JSON.parse(await readFile(RULES_FILE, "utf8"));
const ORIGIN = "https://www.studio.example";
const FOREIGN = "https://elsewhere.example";
/** The largest int64, as the Open API's ids are: 19 digits. */
const ID = "9223372036854775807";

/** What the upstream answers to a request whose query says probe=answer: a value for each response header it is asked for. */
const answerProbe = (names) => Object.fromEntries(names.filter((n) => n !== "Content-Type").map((n) => [n, n === "Retry-After" ? "17" : `probe-${n.toLowerCase()}`]));
const PROBED = ["Content-Language", "Retry-After", "X-Rules-Answer"];

/** An operation's path with every `{id}` filled in. */
const concrete = (path, id = ID) => path.replace(/\{[^}]+\}/g, id);

/** The answer is the rules' JSON error for its status (message and code as the file says). */
function assertRulesError(answer, status, rules = RULES) {
  assert.equal(answer.status, status, answer.text.slice(0, 300));
  assert.match(answer.headers["content-type"], /^application\/json/);
  const { errorMessage, errorCode, traceId } = answer.json();
  assert.deepEqual({ errorMessage, errorCode }, rules.errors[String(status)]);
  assert.ok(traceId.length > 0);
}

test("the rules list exactly the trial-offer operations of openapi.yaml, and their ids fit idPattern", async () => {
  const spec = await trialOfferOperations();
  const listed = (ops) => ops.map((o) => `${o.method} ${o.path}`).sort();
  assert.deepEqual(listed(RULES.operations), listed(spec));
  assert.equal(RULES.operations.length, 12);
  const id = new RegExp(`^${RULES.idPattern}$`);
  assert.ok(id.test(ID) && id.test("1") && !id.test(`${ID}0`) && !id.test("-1") && !id.test("1a"));
});

test("the edge function's embedded rules (deploy/edge/proxy-rules.mjs) are deploy/proxy-rules.json: run node deploy/edge/embed-rules.mjs after changing the rules", async () => {
  const embedded = (await import(`../../deploy/edge/proxy-rules.mjs?${Date.now()}`)).default;
  assert.deepEqual(embedded, RULES);
});

test("the Worker's shipped Cloudflare limiter (deploy/edge/wrangler.toml) allows the rules' rate, rateLimit.perSecond", async () => {
  const toml = await readFile(join(ROOT, "deploy/edge/wrangler.toml"), "utf8");
  const m = toml.match(/\[\[ratelimits\]\][^[]*?name = "RATE_LIMITER"[^[]*?simple = \{ limit = (\d+), period = (\d+) \}/);
  assert.ok(m, "wrangler.toml binds RATE_LIMITER");
  const [limit, period] = [Number(m[1]), Number(m[2])];
  assert.ok([10, 60].includes(period), "Cloudflare takes a period of 10 or 60 s");
  assert.equal(limit / period, RULES.rateLimit.perSecond);
});

for (const kind of await selectedProxies()) {
  describe(kind.name, () => {
    let upstream;
    const started = [];
    const start = async (options) => {
      const p = await kind.start({ upstream: upstream.base, origins: [ORIGIN], ...options });
      started.push(p);
      return p;
    };
    before(async () => {
      await assertAvailable(kind);
      upstream = await startRecorder({ answerHeaders: (req) => (req.url.includes("probe=answer") ? answerProbe(PROBED) : {}) });
    });
    after(async () => {
      for (const p of started) await p.stop();
      await upstream?.stop();
    });

    test("follows deploy/proxy-rules.json: each operation and method, idPattern, CORS, answer headers, forwarded headers, limits and error bodies as the file states them", async () => {
      const proxy = await start();
      const methods = [...new Set(RULES.operations.map((o) => o.method))];
      for (const op of RULES.operations) {
        const path = concrete(op.path);
        const seen = upstream.seen.length;
        const ok = await send(proxy.base, op.method, path, { headers: { Origin: ORIGIN, "Content-Type": "application/json" }, body: op.method === "POST" ? "{}" : undefined });
        assert.equal(ok.status, 200, `${op.operationId}: ${ok.text}`);
        assert.deepEqual(upstream.seen.slice(seen).map((s) => `${s.method} ${s.url} ${s.key}`), [`${op.method} ${path} ${DEMO_API_KEY}`], op.operationId);
        for (const other of methods.filter((m) => m !== op.method)) {
          const refused = await send(proxy.base, other, path, { headers: { Origin: ORIGIN } });
          assertRulesError(refused, 405);
          assert.equal(refused.headers.allow, `${op.method}, OPTIONS`);
        }
        if (op.path.includes("{")) assertRulesError(await send(proxy.base, op.method, concrete(op.path, `${ID}0`)), 404);
      }
      assertRulesError(await send(proxy.base, "GET", "/v1/trial-offers/not-an-operation"), 404);
      assertRulesError(await send(proxy.base, "GET", "/v1/trial-offers/config/1", { headers: { Origin: FOREIGN } }), 403);

      // CORS, and the rules' own headers on every answer (a forwarded one and an error).
      const op = RULES.operations.find((o) => o.method === "POST");
      const preflight = await send(proxy.base, "OPTIONS", concrete(op.path), { headers: { Origin: ORIGIN, "Access-Control-Request-Method": "POST" } });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers["access-control-allow-origin"], ORIGIN);
      assert.equal(preflight.headers["access-control-allow-methods"], RULES.cors.allowMethods.join(", "));
      assert.equal(preflight.headers["access-control-allow-headers"], RULES.cors.allowHeaders.join(", "));
      assert.equal(preflight.headers["access-control-expose-headers"], RULES.cors.exposeHeaders.join(", "));
      assert.equal(preflight.headers["access-control-max-age"], String(RULES.cors.maxAgeSeconds));
      for (const answer of [preflight, await send(proxy.base, "GET", "/v1/trial-offers/config/1", { headers: { Origin: ORIGIN } }), await send(proxy.base, "GET", "/v1/nothing")]) {
        for (const [name, value] of Object.entries(RULES.answerHeaders)) assert.deepEqual(answer.all(name), [value], `${name} on a ${answer.status}`);
      }

      // Every listed request header goes upstream with its value.
      const probe = Object.fromEntries(RULES.forwardRequestHeaders.map((name) => [name, `probe-${name.toLowerCase()}`]));
      assert.equal((await send(proxy.base, "GET", "/v1/trial-offers/config/1", { headers: probe })).status, 200);
      const sent = upstream.headers.at(-1);
      for (const [name, value] of Object.entries(probe)) assert.equal(sent[name.toLowerCase()], value, name);
      // Every listed response header comes back with its value.
      const answered = await send(proxy.base, "GET", "/v1/trial-offers/config/1?probe=answer");
      assert.match(answered.headers["content-type"], /^application\/json/);
      for (const [name, value] of Object.entries(answerProbe(RULES.forwardResponseHeaders))) assert.deepEqual(answered.all(name), [value], name);

      // The limits, at the rules' values: a body of maxBodyBytes passes, one byte more does not.
      const body = (n) => `{"x":"${"a".repeat(n - 8)}"}`;
      assert.equal(body(RULES.maxBodyBytes).length, RULES.maxBodyBytes);
      const post = (text) => send(proxy.base, "POST", concrete(op.path), { headers: { "Content-Type": "application/json" }, body: text });
      assert.equal((await post(body(RULES.maxBodyBytes))).status, 200);
      assertRulesError(await post(body(RULES.maxBodyBytes + 1)), 413);
      const uri = (n) => `/v1/trial-offers/config/1?q=${"a".repeat(n - "/v1/trial-offers/config/1?q=".length)}`;
      assert.equal((await send(proxy.base, "GET", uri(RULES.maxUriBytes - 64))).status, 200);
      assertRulesError(await send(proxy.base, "GET", uri(RULES.maxUriBytes + 1)), 414);
      // A header line of maxHeaderBytes (name, ": " and value) passes; one byte more does not.
      const withCookie = (n) => send(proxy.base, "GET", "/v1/trial-offers/config/1", { headers: { Cookie: "c".repeat(n - "Cookie: ".length) } });
      assert.equal((await withCookie(RULES.maxHeaderBytes - 64)).status, 200);
      assertRulesError(await withCookie(RULES.maxHeaderBytes + 1), 431);
    });

    test("follows a changed copy of the rules (an operation fewer, another error text, body cap, CORS max-age, answer header, forwarded request and response header): nothing is written twice", async () => {
      const root = await mkdtemp(join(tmpdir(), "tb-rules-"));
      try {
        await cp(join(ROOT, "deploy"), join(root, "deploy"), { recursive: true });
        const changed = structuredClone(RULES);
        const dropped = changed.operations.find((o) => o.operationId === "confirmTrialOfferBooking");
        changed.operations = changed.operations.filter((o) => o !== dropped);
        changed.errors["404"].errorMessage = "Changed rules: no such operation here.";
        changed.maxBodyBytes = 1000;
        changed.cors.maxAgeSeconds = 77;
        changed.answerHeaders["X-Rules-Copy"] = "changed";
        changed.forwardRequestHeaders.push("X-Studio-Probe");
        changed.forwardResponseHeaders.push("X-Rules-Answer");
        await writeFile(join(root, "deploy/proxy-rules.json"), JSON.stringify(changed, null, 2));
        // The edge function's copy, made the documented way.
        await promisify(execFile)(process.execPath, [join(root, "deploy/edge/embed-rules.mjs")]);

        const proxy = await start({ deployRoot: root });
        assertRulesError(await send(proxy.base, dropped.method, concrete(dropped.path), { headers: { "Content-Type": "application/json" }, body: "{}" }), 404, changed);
        const lead = changed.operations.find((o) => o.operationId === "validateForLeadCustomerCreation");
        const post = (n) => send(proxy.base, "POST", `${lead.path}?probe=answer`, { headers: { "Content-Type": "application/json", "X-Studio-Probe": "probe" }, body: `{"x":"${"a".repeat(n - 8)}"}` });
        const fits = await post(1000);
        assert.equal(fits.status, 200, fits.text);
        assert.equal(upstream.headers.at(-1)["x-studio-probe"], "probe");
        assert.deepEqual(fits.all("X-Rules-Answer"), ["probe-x-rules-answer"]);
        assert.deepEqual(fits.all("X-Rules-Copy"), ["changed"]);
        assertRulesError(await post(1001), 413, changed);
        const preflight = await send(proxy.base, "OPTIONS", lead.path, { headers: { Origin: ORIGIN, "Access-Control-Request-Method": "POST" } });
        assert.equal(preflight.headers["access-control-max-age"], "77");
        assert.deepEqual(preflight.all("X-Rules-Copy"), ["changed"]);
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    });
  });
}
