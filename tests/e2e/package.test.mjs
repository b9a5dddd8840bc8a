// End-to-end: the npm package as a studio gets it from a public CDN, and builds that
// never mix. The package is what scripts/build packs (`npm pack`) into target/npm/.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { addWidget, buildDir, HostPage, launchBrowser, ROOT, startServer, TARGET, TrialOffers } from "../kit/index.mjs";

const TYPES = { ".js": "text/javascript", ".wasm": "application/wasm", ".json": "application/json", ".svg": "image/svg+xml", ".ts": "text/plain" };

/** A CDN in front of a folder: `/npm/trial-booking@1/<path>` is `<folder>/<path>`, with CORS as jsDelivr answers. */
async function startCdn(folder) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const prefix = "/npm/trial-booking@1/";
    const file = path.startsWith(prefix) ? normalize(join(folder, path.slice(prefix.length))) : null;
    try {
      if (!file || !file.startsWith(folder)) throw new Error("outside");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "access-control-allow-origin": "*" });
      res.end(body);
    } catch {
      res.writeHead(404, { "access-control-allow-origin": "*" });
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, stop: () => new Promise((r) => server.close(r)) };
}

const PERSON = { first: "Mia", last: "Schulz", email: "mia.package@example.com", phone: "0221 5550100" };
const f = {};
before(async () => {
  f.site = await startServer();
  f.browser = await launchBrowser();
  f.tmp = await mkdtemp(join(tmpdir(), "tb-package-"));
});
after(async () => {
  await f.browser?.close();
  await f.site?.stop();
  await rm(f.tmp, { recursive: true, force: true });
});

/** Puts the loader at `src` on the page as a studio's snippet does, and a widget. */
async function snippet(page, src, attributes = { lang: "en" }) {
  await page.evaluate((src) => {
    const script = document.createElement("script");
    script.type = "module";
    script.src = src;
    document.head.append(script);
  }, src);
  return addWidget(page, attributes);
}

describe("the npm package", () => {
  test("installed from its tarball and served as a CDN serves it, books a trial", async () => {
    const packed = (await readdir(`${TARGET}npm`)).filter((n) => /^trial-booking-\d+\.\d+\.\d+\.tgz$/.test(n));
    assert.equal(packed.length, 1, `one tarball in ${TARGET}npm: ${packed}`);
    const project = join(f.tmp, "site");
    await mkdir(project, { recursive: true });
    execFileSync("npm", ["init", "-y"], { cwd: project, stdio: "ignore" });
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", join(`${TARGET}npm`, packed[0])], { cwd: project, stdio: "ignore" });
    const installed = join(project, "node_modules", "trial-booking");
    const manifest = JSON.parse(await readFile(join(installed, "package.json"), "utf8"));
    // What jsDelivr and unpkg serve for the bare package, and what bundlers and TypeScript resolve.
    const cargo = await readFile(join(ROOT, "Cargo.toml"), "utf8");
    assert.equal(manifest.version, cargo.match(/^version = "([^"]+)"/m)[1], "the package's version is the crate's");
    assert.equal(manifest.jsdelivr, "./dist/trial-booking.js");
    assert.equal(manifest.exports["."].types, "./dist/trial-booking.d.ts");
    assert.deepEqual(manifest.sideEffects, ["./dist/trial-booking.js"]);
    const files = await readdir(join(installed, "dist"));
    assert.ok(files.includes("trial-booking.d.ts") && files.includes("_headers") && files.includes("b"), files.join(" "));
    assert.ok(!files.includes("index.html"), "no demo pages in the package");

    const cdn = await startCdn(installed);
    try {
      const host = await HostPage.open(f.browser, f.site.base, "/pages/blank.html?csp=off");
      const widget = await snippet(host.page, `${cdn.base}/npm/trial-booking@1/dist/trial-booking.js`);
      const offers = new TrialOffers(widget);
      await offers.getReadyToBook(PERSON);
      await offers.book();
      await offers.booked();
      const fromSite = host.requests.filter((u) => u.startsWith(f.site.base) && !u.includes("/pages/"));
      assert.deepEqual(fromSite, [], "everything of the widget came from the CDN");
      assert.deepEqual(host.consoleErrors, []);
      await host.close();
    } finally {
      await cdn.stop();
    }
  });
});

describe("versions that never mix", () => {
  test("yesterday's loader keeps its files while today's are deployed beside them; each loads only its own", async () => {
    // Today's deploy: yesterday's dist with a new build beside it (one text changed), and
    // the loader pointing at it. A visitor whose browser kept yesterday's loader goes on.
    const dist = join(f.tmp, "dist");
    await cp(join(ROOT, "dist"), dist, { recursive: true });
    const yesterday = buildDir(dist);
    // (buildDir reads the one build of dist/b/; from here on there are two.)
    assert.match(yesterday, /^b\/[0-9a-f]{12}\/$/);
    const today = "b/0123456789ab/";
    await cp(join(dist, yesterday), join(dist, today), { recursive: true });
    const en = JSON.parse(await readFile(join(dist, today, "locales/en.json"), "utf8"));
    const heading = en.findIndex((t) => t === "What would you like to try?");
    en[heading] = "What would you like to try today?";
    await writeFile(join(dist, today, "locales/en.json"), JSON.stringify(en));
    const loader = await readFile(join(dist, "trial-booking.js"), "utf8");
    await writeFile(join(dist, "trial-booking-yesterday.js"), loader);
    assert.ok(loader.includes(yesterday), "the loader names its build's folder");
    await writeFile(join(dist, "trial-booking.js"), loader.replaceAll(yesterday, today));
    const site = await startServer({ dist });
    try {
      for (const [file, build, text] of [
        ["trial-booking-yesterday.js", yesterday, "What would you like to try?"],
        ["trial-booking.js", today, "What would you like to try today?"],
      ]) {
        const host = await HostPage.open(f.browser, site.base, "/pages/blank.html?csp=off");
        const widget = await snippet(host.page, `${site.base}${file}`);
        await widget.getByRole("heading", { name: text, exact: true }).waitFor();
        const loaded = host.requests.filter((u) => u.startsWith(site.base) && !u.includes("/pages/") && !u.endsWith(file));
        assert.ok(loaded.length >= 3, loaded.join("\n"));
        for (const url of loaded) assert.ok(url.startsWith(`${site.base}${build}`), `${file} loaded ${url}, not of its build ${build}`);
        await host.close();
      }
    } finally {
      await site.stop();
    }
  });

  test("the release build names its folder for its contents, and ships the cache headers", async () => {
    const build = buildDir();
    assert.match(build, /^b\/[0-9a-f]{12}\/$/);
    const headers = await readFile(join(ROOT, "dist", "_headers"), "utf8");
    assert.match(headers, /^\/trial-booking\.js\n {2}Cache-Control: no-cache$/m);
    assert.match(headers, /^\/b\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
    assert.match(headers, /^\/\*\.wasm\n {2}Content-Type: application\/wasm$/m);
    const root = (await readdir(join(ROOT, "dist"))).sort();
    for (const name of root) assert.ok(!/^tb-|^snippets$|^locales$/.test(name), `${name} belongs in ${build}`);
  });
});
