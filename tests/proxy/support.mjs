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
import { freePort } from "../kit/index.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Every answer any test received, to check that the key never appears in one. */
export const answers = [];

/**
 * The path of a proxy's base URL without its trailing slash: "" for a proxy at the root
 * (`http://127.0.0.1:8080`), "/wp-json/trial-booking" for WordPress's route. A test's path
 * (`/v1/trial-offers/…`) is below it, as the widget appends it to its api-base.
 */
export function basePath(base) {
  return new URL(base).pathname.replace(/\/$/, "");
}

/**
 * Sends one request for `path` below `base`. `headers` is an object or a flat [name, value,
 * …] list (for repeated names). Resolves with status, lower-cased headers (`raw` keeps
 * repeats) and text.
 */
export function send(base, method, path, { headers = {}, body, ca } = {}) {
  const url = new URL(base);
  path = basePath(base) + path;
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

/**
 * An upstream that records each request (method, url, host, X-API-KEY; all its headers in
 * `headers`) and answers `{"ok": true}` with `answerHeaders(req)` added; with
 * `tls: { key, cert }` it speaks https on `localhost`.
 */
export async function startRecorder({ tls, answerHeaders = () => ({}) } = {}) {
  const seen = [];
  const headers = [];
  const handler = (req, res) => {
    req.resume();
    req.on("end", () => {
      seen.push({ method: req.method, url: req.url, host: req.headers.host, key: req.headers["x-api-key"] ?? null, sni: req.socket.servername ?? null });
      headers.push(req.headers);
      res.writeHead(200, { "Content-Type": "application/json", ...answerHeaders(req) });
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
    headers,
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
 * same port. `dropAfter(path)`: the next request for `path` is passed on, and then the
 * proxy's connection is closed without a byte of answer. With the mock's `drop` fault the
 * API has then received the request and never answered, whether or not the proxy keeps
 * its connections alive (the mock itself closes only a `Connection: close` one).
 */
export async function startPlug(target) {
  const { hostname, port: targetPort } = new URL(target);
  const sockets = new Set();
  let server = null;
  let dropPath = null;
  const port = await freePort();
  const open = async () => {
    server = net.createServer((client) => {
      const upstream = net.connect(Number(targetPort), hostname);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on("close", () => sockets.delete(s));
        s.on("error", () => {});
      }
      client.on("data", (chunk) => {
        const line = chunk.toString("latin1").match(/^[A-Z]+ (\S+) HTTP\/1\.[01]\r\n/m);
        const drop = dropPath !== null && line && line[1].split("?")[0] === dropPath;
        upstream.write(chunk, () => {
          if (drop) client.destroy();
        });
        if (drop) dropPath = null;
      });
      client.on("end", () => upstream.end());
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
    dropAfter: (path) => {
      dropPath = path;
    },
    stop: async () => {
      for (const s of sockets) s.destroy();
      if (server.listening) await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Sends `text` as it is over a plain TCP connection to `base` (for requests no HTTP client
 * would send; the request line's target is below the base's path, as in send()) and
 * resolves with the status, lower-cased headers and body of the answer once it is complete
 * (its Content-Length, its last chunk, or the server closing). The client never closes its
 * side first, as no browser does: nginx in front of PHP would take that for a visitor who
 * left and drop the answer.
 */
export function sendRaw(base, text) {
  const { hostname, port } = new URL(base);
  text = text.replace(/^(\S+ )(?=\/)/, `$1${basePath(base)}`);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(text));
    const chunks = [];
    let answer = null;
    const finish = () => {
      if (answer === null) answer = parseAnswer(Buffer.concat(chunks).toString("latin1"));
      socket.destroy();
      answers.push(answer.raw);
      resolve(answer);
    };
    socket.on("data", (chunk) => {
      chunks.push(chunk);
      const parsed = parseAnswer(Buffer.concat(chunks).toString("latin1"));
      if (parsed.complete) {
        answer = parsed;
        finish();
      }
    });
    socket.on("error", reject);
    socket.on("close", () => answer === null && finish());
  });
}

/** An HTTP/1.1 answer as read so far: status, lower-cased headers, body, and whether it is complete. */
function parseAnswer(raw) {
  const end = raw.indexOf("\r\n\r\n");
  if (end < 0) return { raw, complete: false, status: NaN, headers: {}, text: "", json: () => JSON.parse("") };
  const [statusLine, ...lines] = raw.slice(0, end).split("\r\n");
  const headers = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let text = raw.slice(end + 4);
  let complete = false;
  if (/chunked/i.test(headers["transfer-encoding"] ?? "")) {
    let body = "";
    for (let at = 0; ; ) {
      const lineEnd = text.indexOf("\r\n", at);
      if (lineEnd < 0) break;
      const size = parseInt(text.slice(at, lineEnd), 16);
      if (!size) {
        complete = true;
        break;
      }
      body += text.slice(lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
    text = body;
  } else if (headers["content-length"] !== undefined) {
    complete = Buffer.byteLength(text, "latin1") >= Number(headers["content-length"]);
  }
  return { raw, complete, status: Number(statusLine?.split(" ")[1]), headers, text, json: () => JSON.parse(text) };
}

/** Waits (up to 2 s) until the proxy's logs satisfy `check`, and returns them. */
export async function logsWhen(proxy, check) {
  const until = Date.now() + 2000;
  for (;;) {
    const logs = await proxy.logs();
    if (check(logs) || Date.now() > until) return logs;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
