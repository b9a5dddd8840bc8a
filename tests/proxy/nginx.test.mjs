// What only the nginx proxy does (deploy/nginx/): its stock HTML error pages for the fault
// drills, serving https itself, and its rendered configuration, which holds the key. The
// rules every proxy shares are tested in proxy.test.mjs, once per proxy.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_API_KEY, freePort, startMock } from "../kit/index.mjs";
import { assertAvailable } from "./proxies/index.mjs";
import * as nginx from "./proxies/nginx.mjs";
import { selfSignedCertificate, send } from "./support.mjs";

const ORIGIN = "https://www.studio.example";
let mock;
const started = [];
const start = async (options) => {
  const p = await nginx.start(options);
  started.push(p);
  return p;
};
before(async () => {
  await assertAvailable(nginx);
  mock = await startMock();
});
after(async () => {
  for (const p of started) await p.stop();
  await mock?.stop();
});

test("nginx only: PROXY_STOCK_5XX=1 answers a 502 with nginx's own HTML page (the drills' variant), CORS still on it", async () => {
  const nowhere = `http://127.0.0.1:${await freePort()}`;
  const html502 = await start({ upstream: nowhere, origins: [ORIGIN], stock5xx: true });
  const answer = await send(html502.base, "GET", "/v1/trial-offers/config/1", { headers: { Origin: ORIGIN } });
  assert.equal(answer.status, 502);
  assert.match(answer.headers["content-type"], /^text\/html/);
  assert.match(answer.text, /502 Bad Gateway/);
  assert.equal(answer.headers["access-control-allow-origin"], ORIGIN);
  assert.equal(answer.headers["access-control-expose-headers"], "Retry-After");
});

test("nginx only: it serves https itself with PROXY_TLS_CERT / PROXY_TLS_KEY", async () => {
  const dir = await mkdtemp(join(tmpdir(), "tb-tls-"));
  try {
    const tls = await selfSignedCertificate(dir);
    const secure = await start({ upstream: mock.base, origins: [ORIGIN], env: { PROXY_TLS_CERT: tls.certFile, PROXY_TLS_KEY: tls.keyFile } });
    assert.match(secure.base, /^https:/);
    const ok = await send(secure.base, "GET", "/v1/trial-offers/config/1", { ca: tls.cert });
    assert.equal(ok.status, 200, ok.text);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("nginx only: the rendered configuration holds the key, in a private directory, and no log line does", async () => {
  const proxy = await start({ upstream: mock.base, origins: [ORIGIN] });
  assert.equal((await send(proxy.base, "GET", "/v1/trial-offers/config/1")).status, 200);
  assert.equal((await stat(proxy.dir)).mode & 0o777, 0o700);
  assert.equal((await stat(join(proxy.dir, "nginx.conf"))).mode & 0o777, 0o600);
  assert.ok((await readFile(join(proxy.dir, "nginx.conf"), "utf8")).includes(DEMO_API_KEY), "the key lives in the private rendered config");
  assert.ok(!(await proxy.logs()).includes(DEMO_API_KEY));
});
