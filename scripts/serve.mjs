// Static server for the demo and the end-to-end tests, on 127.0.0.1 only.
//
//   node scripts/serve.mjs [--port 8080] [--dist dist]
//
// Routes:
//   /                  dist/ (the demo host page and the embed)
//   /cdn/v1/…          dist/ again, to prove the embed works from any path prefix
//   /pages/…           tests/e2e/pages/ (test host pages)
//   /examples/…        examples/ (host pages for studios' web agencies), which
//   /dist/…            load the embed from dist/ as ../dist/trial-booking.js
// Every HTML page is sent with a strict Content-Security-Policy, the one a
// careful studio would use, so everything here also proves CSP compatibility
// (`?csp=off` leaves it out, for tests of browsers' older fallbacks).
// Prints "listening on http://127.0.0.1:PORT/" once ready.

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");
const args = new Map();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i], process.argv[i + 1]);
const port = Number(args.get("--port") ?? process.env.PORT ?? 8080);
const dist = resolve(ROOT, args.get("--dist") ?? "dist");
const pages = resolve(ROOT, "tests/e2e/pages");
const examples = resolve(ROOT, "examples");

const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https: data:; " +
  "connect-src 'self' http://127.0.0.1:*; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

function locate(pathname) {
  const mounts = [
    ["/cdn/v1/", dist],
    ["/pages/", pages],
    ["/examples/", examples],
    ["/dist/", dist],
    ["/", dist],
  ];
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    let rel = decodeURIComponent(pathname.slice(prefix.length));
    if (rel === "" || rel.endsWith("/")) rel += "index.html";
    const file = normalize(join(dir, rel));
    return file.startsWith(dir + sep) ? file : null; // no escaping the mount
  }
  return null;
}

const server = createServer(async (req, res) => {
  const { pathname, searchParams } = new URL(req.url, "http://127.0.0.1");
  const file = locate(pathname);
  try {
    if (!file || !(await stat(file)).isFile()) throw new Error("not found");
    const body = await readFile(file);
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const headers = { "content-type": type, "cache-control": "no-store", "x-content-type-options": "nosniff" };
    if (type.startsWith("text/html") && searchParams.get("csp") !== "off") headers["content-security-policy"] = STRICT_CSP;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    res.end("not found\n");
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}/`);
});
