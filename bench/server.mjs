// The benchmark's static server: dist/ served as a CDN would, every file
// precompressed with brotli (quality 11) and sent with `Content-Encoding: br`,
// plus the benchmark's own host pages, on 127.0.0.1 only.
//
//   node bench/server.mjs --dist dist --mock http://127.0.0.1:PORT [--port 0]
//
// The files and their headers (type, the strict Content-Security-Policy of
// HTML pages) are what scripts/serve.mjs answers: it is started once, asked
// for every file of dist/, and stopped again. Here they get a CDN's
// `Cache-Control` and the brotli body.
//
// Routes:
//   /…                 dist/ (the demo page is /)
//   /bench/widget.html?backend=open-api|connect[&studio-id=N]
//                      one <trial-booking> pointed at the mock API (its URL is
//                      written into the page: no inline script, strict CSP)
//   /bench/floor.html?backend=open-api|connect
//                      the floor: a plain page whose small script (/bench/floor.js)
//                      fetches the same first data from the same mock and writes
//                      the titles
// Prints "listening on http://127.0.0.1:PORT/" once every file is compressed.

import { createServer } from "node:http";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { apiAttributes, brotli, startServer } from "../tests/kit/index.mjs";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const args = new Map();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i], process.argv[i + 1]);
const dist = resolve(args.get("--dist") ?? "dist");
const mock = (args.get("--mock") ?? "").replace(/\/$/, "");
const port = Number(args.get("--port") ?? 0);
if (!mock) throw new Error("--mock URL is required");

async function walk(dir) {
  const out = [];
  for (const item of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    if (item.isDirectory()) out.push(...(await walk(path)));
    else if (item.isFile()) out.push(path);
  }
  return out;
}

/** Every file of `dir` as scripts/serve.mjs answers it: URL path -> { headers, raw, br }. */
async function fromServeMjs(dir) {
  const serve = await startServer({ dist: dir });
  try {
    const files = new Map();
    for (const path of await walk(dir)) {
      const url = "/" + relative(dir, path).split(sep).join("/");
      const response = await fetch(serve.base + url.slice(1));
      if (!response.ok) throw new Error(`scripts/serve.mjs: ${url}: ${response.status}`);
      const raw = Buffer.from(await response.arrayBuffer());
      const headers = Object.fromEntries(["content-type", "content-security-policy", "x-content-type-options"].map((h) => [h, response.headers.get(h)]).filter(([, v]) => v));
      files.set(url, { headers, raw, br: brotli(raw) });
    }
    return files;
  } finally {
    await serve.stop();
  }
}

const files = await fromServeMjs(dist);
const html = [...files.values()].find((f) => f.headers["content-security-policy"]);
if (!html) throw new Error(`no HTML page in ${dist}`);
const floorScript = await readFile(join(HERE, "pages/floor.js"));
files.set("/bench/floor.js", { headers: { "content-type": "text/javascript; charset=utf-8" }, raw: floorScript, br: brotli(floorScript) });
const template = await readFile(join(HERE, "pages/host.html"), "utf8");

const escape = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The attributes for one backend, pointed at the mock, as HTML; `null` for an unknown one. */
function widgetAttributes(query) {
  const backend = query.get("backend");
  if (!["open-api", "connect"].includes(backend)) return null;
  const attributes = { ...apiAttributes(backend, mock), lang: "en" };
  if (query.get("studio-id")) attributes["studio-id"] = query.get("studio-id");
  return Object.entries(attributes)
    .map(([name, value]) => `${name}="${escape(value)}"`)
    .join(" ");
}

/** A benchmark host page (the query varies, so it is made per request), with the pages' CSP. */
function hostPage(pathname, query) {
  const attributes = widgetAttributes(query);
  const page = {
    "/bench/widget.html": { title: "Benchmark: one widget", script: "/trial-booking.js", content: `<trial-booking ${attributes}></trial-booking>` },
    "/bench/floor.html": { title: "Benchmark: the floor", script: "/bench/floor.js", content: `<div id="floor" ${attributes}></div>` },
  }[pathname];
  if (!page || !attributes) return null;
  const raw = Buffer.from(template.replace("{{TITLE}}", page.title).replace("{{SCRIPT}}", page.script).replace("{{CONTENT}}", page.content));
  return { headers: html.headers, raw, br: brotli(raw) };
}

const server = createServer((req, res) => {
  const { pathname, searchParams } = new URL(req.url, "http://127.0.0.1");
  const found = pathname.startsWith("/bench/") && pathname.endsWith(".html") ? hostPage(pathname, searchParams) : files.get(pathname.endsWith("/") ? `${pathname}index.html` : pathname);
  if (!found) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    res.end("not found\n");
    return;
  }
  const br = /\bbr\b/.test(req.headers["accept-encoding"] ?? "");
  const body = br ? found.br : found.raw;
  res.writeHead(200, {
    ...found.headers,
    "content-length": body.length,
    "cache-control": "public, max-age=600",
    vary: "Accept-Encoding",
    ...(br ? { "content-encoding": "br" } : {}),
  });
  res.end(req.method === "HEAD" ? undefined : body);
});

server.listen(port, "127.0.0.1", () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}/`);
});
