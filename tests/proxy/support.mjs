// Helpers for the proxy tests: raw HTTP requests (any method, header or Host), the
// trial-offer operations as openapi.yaml lists them, an upstream that records what it
// receives (plain or TLS), and a plug between the proxy and the mock that can be pulled.

import { execFile } from "node:child_process";
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Every answer any test received, to check that the key never appears in one. */
export const answers = [];

/**
 * Sends one request. `headers` is an object or a flat [name, value, …] list (for
 * repeated names). Resolves with status, lower-cased headers (`raw` keeps repeats) and text.
 */
export function send(base, method, path, { headers = {}, body, ca } = {}) {
  const url = new URL(base);
  const client = url.protocol === "https:" ? https : http;
  // Node adds Host by itself only to an object of headers.
  if (Array.isArray(headers) && !headers.some((h, i) => i % 2 === 0 && h.toLowerCase() === "host")) headers = ["Host", url.host, ...headers];
  return new Promise((resolve, reject) => {
    const request = client.request(
      { host: url.hostname, port: url.port, method, path, headers, ca, agent: false },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => {
          const answer = {
            status: response.statusCode,
            headers: response.headers,
            raw: response.rawHeaders,
            text,
            json: () => JSON.parse(text),
            /** Every value of this header (case-insensitive). */
            all: (name) => valuesOf(response.rawHeaders, name),
          };
          answers.push(`${response.statusCode} ${response.rawHeaders.join("\n")}\n${text}`);
          resolve(answer);
        });
      },
    );
    request.on("error", reject);
    if (body !== undefined) request.write(body);
    request.end();
  });
}

function valuesOf(raw, name) {
  const out = [];
  for (let i = 0; i < raw.length; i += 2) if (raw[i].toLowerCase() === name.toLowerCase()) out.push(raw[i + 1]);
  return out;
}

/** The `/v1/trial-offers/…` operations of openapi.yaml: [{ method, path }] with `{id}` templates. */
export async function trialOfferOperations() {
  const spec = await readFile(join(ROOT, "crates/trial-api/tests/openapi.yaml"), "utf8");
  const operations = [];
  let path = null;
  for (const line of spec.split("\n")) {
    const p = line.match(/^ {2}(\/\S+):\s*$/);
    if (p) path = p[1].startsWith("/v1/trial-offers/") ? p[1] : null;
    const m = line.match(/^ {4}(get|put|post|delete|patch|head|options):\s*$/);
    if (m && path) operations.push({ method: m[1].toUpperCase(), path });
  }
  return operations;
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
 * An upstream that records each request (method, url, host, X-API-KEY) and answers
 * `{"ok": true}`; with `tls: { key, cert }` it speaks https on `localhost`.
 */
export async function startRecorder({ tls } = {}) {
  const seen = [];
  const handler = (req, res) => {
    req.resume();
    req.on("end", () => {
      seen.push({ method: req.method, url: req.url, host: req.headers.host, key: req.headers["x-api-key"] ?? null, sni: req.socket.servername ?? null });
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end('{"ok": true}');
    });
  };
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address();
  return {
    base: `${tls ? "https://localhost" : "http://127.0.0.1"}:${port}`,
    seen,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** A self-signed certificate for localhost and 127.0.0.1, written into `dir`. */
export async function selfSignedCertificate(dir) {
  const key = join(dir, "tls.key");
  const cert = join(dir, "tls.crt");
  await promisify(execFile)("openssl", [
    "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", key, "-out", cert,
  ]);
  return { keyFile: key, certFile: cert, key: await readFile(key), cert: await readFile(cert) };
}

/**
 * A TCP plug between the proxy and `target` (host:port of the mock): `pull()` closes
 * it (the upstream is down: connections are refused), `pushIn()` opens it again on the
 * same port.
 */
export async function startPlug(target) {
  const { hostname, port: targetPort } = new URL(target);
  const sockets = new Set();
  let server = null;
  const port = await freePort();
  const open = async () => {
    server = net.createServer((client) => {
      const upstream = net.connect(Number(targetPort), hostname);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on("close", () => sockets.delete(s));
        s.on("error", () => {});
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    server.listen(port, "127.0.0.1");
    await once(server, "listening");
  };
  await open();
  return {
    base: `http://127.0.0.1:${port}`,
    pull: async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      for (const s of sockets) s.destroy();
      await closed;
    },
    pushIn: open,
    stop: async () => {
      for (const s of sockets) s.destroy();
      if (server.listening) await new Promise((resolve) => server.close(resolve));
    },
  };
}
