// The WordPress plugin on a real WordPress (Debian's package, PHP 8.2 in php-fpm behind
// nginx, MariaDB), installed from scratch on 127.0.0.1 by the kit (tests/kit/wordpress.mjs).
// An administrator logs in, activates the plugin and saves its settings through the
// settings page; pages with the shortcode and the block are published; a visitor books a
// trial in Chromium through the plugin's REST proxy against the mock API server. Then what
// the proxy refuses, and that the key shows up in no page, no answer and no log.
//
// The plugin is packaged by integrations/wordpress/build from the release dist/ (TB_DIST,
// default dist/) and deploy/proxy-rules.json, as a studio receives it.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { access, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { ADMIN, assertOneLeadOneBooking, buildDir, DEMO_API_KEY, launchBrowser, PINNED_NOW, ROOT, startMock, startWordPress, TrialOffers } from "../kit/index.mjs";
import { answers, send } from "../proxy/support.mjs";

const run = promisify(execFile);
const DIST = process.env.TB_DIST ?? join(ROOT, "dist");
const FOREIGN = "https://elsewhere.example";
/** Another site of the studio that shows the widget, listed on the settings page. */
const OTHER_SITE = "https://www.studio.example";
const LEAD_CREATE = "/v1/trial-offers/lead/create";
const BOOK = "/v1/trial-offers/classes/booking/book";
const PROXY = "wp-json/trial-booking";

// Test plumbing only: lets a test tighten the proxy's rules (rate limit, timeout) through
// the plugin's documented filter, from an option, without restarting anything.
const TEST_RULES = `<?php
add_filter( 'trial_booking_proxy_rules', function ( $rules ) {
	$more = get_option( 'tb_test_rules' );
	return is_array( $more ) ? array_replace_recursive( $rules, $more ) : $rules;
} );
`;

const f = {};
/** Every text the browser received from WordPress (pages, scripts, REST answers). */
const seenByBrowser = [];

before(async () => {
  await access(join(DIST, "trial-booking.js")).catch(() => {
    throw new Error(`no release files in ${DIST}: build them first (scripts/build, or scripts/test), or set TB_DIST`);
  });
  f.out = await mkdtemp(join(tmpdir(), "tb-plugin-"));
  await run(join(ROOT, "integrations/wordpress/build"), [DIST, f.out]);
  f.mock = await startMock();
  f.site = await startWordPress({ plugin: join(f.out, "trial-booking"), muPlugins: { "tb-test-rules.php": TEST_RULES } });
  f.browser = await launchBrowser();
  f.admin = await newContext();

});
after(async () => {
  await f.browser?.close();
  await f.site?.stop();
  await f.mock?.stop();
  if (f.out) await rm(f.out, { recursive: true, force: true });
});

/** A browser context whose text answers are kept; its clock pinned to TB_NOW when set (as the mock's). */
async function newContext() {
  const context = await f.browser.newContext();
  if (PINNED_NOW) await context.clock.install({ time: PINNED_NOW });
  watch(context);
  return context;
}

/** Keeps every text answer of the site a browser context gets, to look for the key later. */
function watch(context) {
  context.on("response", async (response) => {
    if (!response.url().startsWith(f.site.origin)) return;
    const type = response.headers()["content-type"] ?? "";
    if (!/text|json|javascript|css/.test(type)) return;
    try {
      const body = await response.text().catch(() => "");
      seenByBrowser.push(`${response.status()} ${response.url()}\n${JSON.stringify(await response.allHeaders())}\n${body}`);
    } catch {
      // The page closed before its answer could be read (an aborted request).
    }
  });
}

const requests = () => f.mock.control("requests");
const url = (path) => f.site.base + path.replace(/^\//, "");

/** The Open API error shape: errorMessage, errorCode, traceId. */
function assertErrorShape(answer, code) {
  assert.match(answer.headers["content-type"], /^application\/json/);
  const body = answer.json();
  assert.deepEqual(Object.keys(body).sort(), ["errorCode", "errorMessage", "traceId"]);
  assert.equal(body.errorCode, code);
}

async function logIn(page, { user, password } = ADMIN) {
  await page.goto(url("wp-login.php"));
  await page.getByLabel("Username or Email Address").fill(user);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log In" }).click();
  await page.waitForURL((u) => u.pathname.startsWith("/wp-admin/"));
}

async function openSettings(page) {
  await page.goto(url("wp-admin/options-general.php?page=trial-booking"));
  await page.getByRole("heading", { name: "Trial booking", level: 1 }).waitFor();
}

/** The administrator's nonce for WordPress's REST API (as the block editor gets it). */
async function restNonce() {
  const nonce = (await (await f.admin.request.get(url("wp-admin/admin-ajax.php?action=rest-nonce"))).text()).trim();
  assert.match(nonce, /^[0-9a-f]{10}$/);
  return nonce;
}

/** Publishes a page through WordPress's REST API with the administrator's login and nonce; resolves with the page (id, link). */
async function publishPage(title, content) {
  const response = await f.admin.request.post(url("wp-json/wp/v2/pages"), {
    headers: { "X-WP-Nonce": await restNonce() },
    data: { title, content, status: "publish" },
  });
  assert.equal(response.status(), 201, await response.text());
  return response.json();
}

/** A visitor's own browser (no login) on a page of the site. */
async function visit(link) {
  const context = await newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  const response = await page.goto(link);
  assert.equal(response.status(), 200);
  return { page, context, errors, html: await response.text() };
}

const person = (tag) => ({ first: "Mia", last: "Schulz", email: `mia.${tag}@example.com`, phone: "0221 5550100" });

/** Offer, time, details, Book now: the trial-offer flow as a visitor walks it. */
async function bookTrial(root, who) {
  const offers = new TrialOffers(root);
  await offers.getReadyToBook(who);
  await offers.book();
  await offers.booked();
}

test("the packaged plugin carries deploy/proxy-rules.json unchanged and the release loader", async () => {
  const packaged = await readFile(join(f.out, "trial-booking/proxy-rules.json"), "utf8");
  assert.equal(packaged, await readFile(join(ROOT, "deploy/proxy-rules.json"), "utf8"));
  assert.equal(await readFile(join(f.out, "trial-booking/dist/trial-booking.js"), "utf8"), await readFile(join(DIST, "trial-booking.js"), "utf8"));
  const bundled = await readdir(join(f.out, "trial-booking/dist"));
  const build = await readdir(join(f.out, "trial-booking/dist", buildDir(DIST)));
  assert.ok(build.includes("tb-open-api_bg.wasm") && build.includes("locales"), build.join(" "));
  assert.deepEqual(bundled.filter((name) => name.endsWith(".html")), [], "no demo pages on a studio's site");
});

test("an administrator logs in, activates the plugin and saves the settings on Settings → Trial booking", async () => {
  const page = await f.admin.newPage();
  await logIn(page);
  await page.goto(url("wp-admin/plugins.php"));
  await page.getByRole("link", { name: "Activate Trial booking" }).click();
  await page.getByText("Plugin activated.").waitFor();

  await openSettings(page);
  await page.getByLabel("Booking system").selectOption("open-api");
  await page.getByLabel("Open API URL").fill(f.mock.base);
  await page.getByLabel("API key").fill(DEMO_API_KEY);
  await page.getByLabel("Other allowed web sites").fill(`${OTHER_SITE}\nhttp://127.0.0.1:8080/some/path`);
  await page.getByRole("button", { name: "Save Changes" }).click();
  await page.getByText("Settings saved.").waitFor();

  // Write-only: the field is empty again, the page says a key is saved, and the key is
  // nowhere in the page's source.
  assert.equal(await page.getByLabel("API key").inputValue(), "");
  await page.getByText("A key is saved. It is never shown again").waitFor();
  assert.equal(await page.getByLabel("Open API URL").inputValue(), f.mock.base);
  assert.ok(!(await page.content()).includes(DEMO_API_KEY));
  // The preview widget on the settings page talks to the site's own proxy.
  assert.equal(await page.locator("trial-booking").getAttribute("api-base"), `/${PROXY}`);

  // Stored encrypted, not autoloaded.
  const [value, autoload] = (await f.site.sql("SELECT option_value, autoload FROM wp_options WHERE option_name = 'trial_booking_api_key'")).trim().split("\t");
  assert.match(value, /^tbk1:/);
  assert.ok(!value.includes(DEMO_API_KEY));
  assert.equal(autoload, "no");

  // Saving the form again with the field left empty keeps the key.
  await page.getByRole("button", { name: "Save Changes" }).click();
  await page.getByText("Settings saved.").waitFor();
  await page.getByText("A key is saved.").waitFor();
  await page.close();
});

test("the settings take the page's nonce and an administrator", async () => {
  const stored = () => f.site.sql("SELECT option_value FROM wp_options WHERE option_name = 'trial_booking_settings'");
  const before = await stored();
  assert.match(before, /open-api/);
  // The administrator's own login, but a form without the page's nonce (as another site
  // would forge it): refused, nothing changes.
  const forged = await f.admin.request.post(url("wp-admin/options.php"), {
    form: { option_page: "trial_booking", action: "update", "trial_booking_settings[backend]": "demo" },
    maxRedirects: 0,
  });
  assert.equal(forged.status(), 403);
  assert.equal(await stored(), before);

  // A member of the site who is not an administrator cannot open the page or save it.
  const member = { user: "member", password: "Member-Passw0rd-for-tests" };
  await f.site.php(`wp_insert_user( array( 'user_login' => 'member', 'user_pass' => '${member.password}', 'user_email' => 'member@studio.example', 'role' => 'editor' ) );`);
  const context = await newContext();
  const page = await context.newPage();
  await logIn(page, member);
  const response = await page.goto(url("wp-admin/options-general.php?page=trial-booking"));
  assert.equal(response.status(), 403);
  await page.getByText("Sorry, you are not allowed to access this page.").waitFor();
  await context.close();
  assert.equal(await stored(), before);
});

test("a visitor books a trial on the shortcode page, through the WordPress proxy: one lead, one booking", async () => {
  f.shortcodePage = (await publishPage("Free trial", '<!-- wp:shortcode -->[trial_booking heading="Try a class"]<!-- /wp:shortcode -->')).link;
  await f.mock.control("reset", {});
  const visitor = await visit(f.shortcodePage);
  const scripts = visitor.html.match(/<script\b[^>]*>/g) ?? [];
  assert.ok(
    scripts.some((tag) => /^<script type="module" src=["'][^"']*\/wp-content\/plugins\/trial-booking\/dist\/trial-booking\.js\?ver=1\.0\.0["']/.test(tag)),
    scripts.join("\n"),
  );
  const root = visitor.page.locator("trial-booking");
  assert.equal(await root.getAttribute("api-base"), `/${PROXY}`);
  assert.equal(await root.getAttribute("backend"), "open-api");
  await bookTrial(root, person("shortcode"));
  const seen = await assertOneLeadOneBooking(f.mock);
  // Every call reached the API with a key, the right one (the mock answers 401 to any
  // other): the proxy added it.
  assert.ok(seen.length >= 5);
  assert.ok(seen.every((r) => r.clientSentApiKey && r.status !== 401), JSON.stringify(seen));
  assert.deepEqual(visitor.errors, []);
  await visitor.context.close();
});

test("a visitor books a trial on the block page: one lead, one booking", async () => {
  f.blockPage = await publishPage("Trial class", '<!-- wp:trial-booking/widget {"heading":"Your first class"} /-->');
  await f.mock.control("reset", {});
  const visitor = await visit(f.blockPage.link);
  assert.match(visitor.html, /dist\/trial-booking\.js/);
  const root = visitor.page.locator("trial-booking");
  assert.equal(await root.getAttribute("heading"), "Your first class");
  await bookTrial(root, person("block"));
  await assertOneLeadOneBooking(f.mock);
  assert.deepEqual(visitor.errors, []);
  await visitor.context.close();
});

test("the block shows the live widget in the editor, through the same proxy", async () => {
  const page = await f.admin.newPage();
  await page.goto(url(`wp-admin/post.php?post=${f.blockPage.id}&action=edit`));
  // Rendered by the server (ServerSideRender) and brought to life by the loader: the
  // offers come through the proxy. (The editor keeps a block's preview inert: no roles.)
  const widget = page.locator("trial-booking");
  await widget.getByText("Yoga Flow", { exact: true }).waitFor();
  await widget.getByText("What would you like to try?").waitFor();
  assert.equal(await widget.getAttribute("heading"), "Your first class");
  await page.close();
});

/** The block editor on a page, with the block selected and its settings in the sidebar. */
async function editBlock(page, post) {
  // Another user opened the page last: without its edit lock, no "already being edited" dialog.
  await f.site.php(`delete_post_meta( ${Number(post.id)}, '_edit_lock' );`);
  await page.goto(url(`wp-admin/post.php?post=${post.id}&action=edit`));
  await page.locator("trial-booking").waitFor();
  await page.evaluate(() => {
    const { dispatch, select } = window.wp.data;
    // A user's first visit opens the welcome guide, a modal that hides the rest.
    if (select("core/edit-post").isFeatureActive("welcomeGuide")) dispatch("core/edit-post").toggleFeature("welcomeGuide");
    const block = select("core/block-editor").getBlocks().find((b) => b.name === "trial-booking/widget");
    dispatch("core/block-editor").selectBlock(block.clientId);
    dispatch("core/edit-post").openGeneralSidebar("edit-post/block");
  });
}

test("an administrator whose language is German gets the plugin's texts in German (WordPress's own are not installed)", async () => {
  // Only the plugin's translations are on this offline machine: WordPress's own screens
  // stay English, the plugin's are German. The site itself stays English (en-US).
  const chefin = { user: "chefin", password: "Chefin-Passw0rd-for-tests" };
  const id = (
    await f.site.php(
      `echo wp_insert_user( array( 'user_login' => 'chefin', 'user_pass' => '${chefin.password}', 'user_email' => 'chefin@studio.example', 'role' => 'administrator', 'locale' => 'de_DE' ) );`,
    )
  ).trim();
  assert.match(id, /^\d+$/);
  const context = await newContext();
  const page = await context.newPage();
  await logIn(page, chefin);

  // Settings → Trial booking: headings, labels, choices and notes from languages/trial-booking-de_DE.mo.
  await page.goto(url("wp-admin/options-general.php?page=trial-booking"));
  await page.getByRole("heading", { name: "Probetraining-Buchung", level: 1, exact: true }).waitFor();
  await page.getByRole("link", { name: "Probetraining-Buchung", exact: true }).first().waitFor(); // the Settings menu's entry
  for (const name of ["Studio", "Aussehen und Sprache", "Vorschau"]) await page.getByRole("heading", { name, level: 2, exact: true }).waitFor();
  const system = page.getByLabel("Buchungssystem");
  assert.equal(await system.inputValue(), "open-api");
  assert.deepEqual(await system.locator("option").allTextContents(), [
    "Open API: Probetrainings-Angebote (WordPress verwahrt den API-Schlüssel)",
    "Connect API: Probetrainings (öffentlich, ohne Schlüssel)",
    "Demo-Studio (zum Ausprobieren)",
  ]);
  assert.equal(await page.getByLabel("Open-API-URL").inputValue(), f.mock.base);
  await page.getByText("Ein Schlüssel ist gespeichert. Er wird nie wieder angezeigt").waitFor();
  // The page's language is the site's (en-US), not this administrator's.
  assert.equal(await page.getByLabel("Sprache", { exact: true }).locator("option").first().textContent(), "Die Sprache der Seite (en-US)");
  // A notice of the plugin's own, in German: a colour that is not one (sent past the
  // browser's own check of the field's pattern, as an older browser would).
  await page.getByLabel("Markenfarbe (Buttons, Fokus)").fill("orange");
  await page.locator("form.trial-booking-form").evaluate((form) => (form.noValidate = true));
  await page.getByRole("button", { name: "Save Changes" }).click();
  await page.getByText("Nicht gespeichert: „orange“ ist keine Farbe wie #c2410c.").waitFor();
  assert.equal(await page.getByLabel("Markenfarbe (Buttons, Fokus)").inputValue(), "");

  // The Plugins screen: the header's description (the name is the same text as the menu's).
  await page.goto(url("wp-admin/plugins.php"));
  await page.getByText("Lässt Interessenten ein kostenloses Probetraining in einem Magicline-/PerfectGym-Studio buchen").waitFor();

  // The block editor: the sidebar's labels come from the editor script's JSON
  // (wp_set_script_translations), the block's title and description from block.json's.
  await editBlock(page, f.blockPage);
  await page.getByRole("button", { name: "Widget dieser Seite" }).waitFor();
  assert.equal(await page.getByLabel("Überschrift").inputValue(), "Your first class");
  assert.equal(await page.getByLabel("Anzeige").locator("option:checked").textContent(), "In der Seite");
  await page.getByText("Leer: die eigene Überschrift des Widgets, in der Sprache der Besucher.").waitFor();
  await page.getByText("Lässt Interessenten ein kostenloses Probetraining in deinem Studio buchen.").waitFor();

  // A regional German (de_AT) has no files of its own: it gets de_DE's, PHP's and the editor's.
  await f.site.php(`update_user_meta( ${id}, 'locale', 'de_AT' );`);
  await page.goto(url("wp-admin/options-general.php?page=trial-booking"));
  await page.getByRole("heading", { name: "Probetraining-Buchung", level: 1, exact: true }).waitFor();
  await editBlock(page, f.blockPage);
  await page.getByRole("button", { name: "Widget dieser Seite" }).waitFor();
  await context.close();
});

test("pages without the widget get none of its files", async () => {
  const plain = (await publishPage("About us", "<!-- wp:paragraph --><p>We are a studio.</p><!-- /wp:paragraph -->")).link;
  for (const link of [f.site.base, plain]) {
    const visitor = await visit(link);
    assert.ok(!/trial-booking/.test(visitor.html), `${link} mentions the plugin`);
    await visitor.context.close();
  }
});

test("the proxy refuses other paths, other origins and big bodies before the API; a client's key is dropped", async () => {
  await f.mock.control("reset", {});
  const own = f.site.origin;
  for (const path of ["/v1/customers", "/v1/trial-offers/config/abc", "/v1/trial-offers/config/%31", "/v1/classes/booking/book", "/x"]) {
    const answer = await send(f.site.base, "GET", `/${PROXY}${path}`, { headers: { Origin: own } });
    assert.equal(answer.status, 404, path);
    assertErrorShape(answer, "NOT_FOUND");
    assert.equal(answer.headers["access-control-allow-origin"], own);
  }
  const wrongMethod = await send(f.site.base, "DELETE", `/${PROXY}/v1/trial-offers/config/1`, { headers: { Origin: own } });
  assert.equal(wrongMethod.status, 405);
  assert.equal(wrongMethod.headers.allow, "GET, OPTIONS");

  // Another site's page: a JSON 403 with no CORS header, preflight included.
  for (const method of ["GET", "OPTIONS"]) {
    const foreign = await send(f.site.base, method, `/${PROXY}/v1/trial-offers/config/1`, {
      headers: { Origin: FOREIGN, "Access-Control-Request-Method": "GET" },
    });
    assert.equal(foreign.status, 403, method);
    if (method === "GET") assertErrorShape(foreign, "ORIGIN_NOT_ALLOWED");
    for (const name of Object.keys(foreign.headers)) assert.ok(!name.startsWith("access-control-"), `${method}: ${name}`);
  }
  const big = JSON.stringify({ leadCustomerData: { firstname: "x".repeat(40_000) }, trialOfferConfigId: 1 });
  const tooBig = await send(f.site.base, "POST", `/${PROXY}/v1/trial-offers/lead/validate`, { headers: { "Content-Type": "application/json", Origin: own }, body: big });
  assert.equal(tooBig.status, 413);
  assertErrorShape(tooBig, "PAYLOAD_TOO_LARGE");
  assert.deepEqual(await requests(), [], "nothing refused reached the API");

  // The site's own origin: exactly one CORS origin, no credentials (core's REST CORS would
  // echo any origin with credentials), and a preflight answered by the proxy itself.
  const ok = await send(f.site.base, "GET", `/${PROXY}/v1/trial-offers/config/1`, {
    headers: ["Origin", own, "X-API-KEY", "stolen-or-wrong", "x-api-key", "another", "Cookie", "a=b"],
  });
  assert.equal(ok.status, 200, ok.text);
  assert.deepEqual(ok.all("Access-Control-Allow-Origin"), [own]);
  assert.deepEqual(ok.all("Access-Control-Allow-Credentials"), []);
  assert.deepEqual(ok.all("Cache-Control"), ["no-store"]);
  assert.deepEqual(ok.all("X-Content-Type-Options"), ["nosniff"]);
  const other = await send(f.site.base, "GET", `/${PROXY}/v1/trial-offers/config/1`, { headers: { Origin: OTHER_SITE } });
  assert.equal(other.status, 200);
  assert.deepEqual(other.all("Access-Control-Allow-Origin"), [OTHER_SITE]);
  assert.equal((await send(f.site.base, "GET", `/${PROXY}/v1/trial-offers/config/1`, { headers: { Origin: "http://127.0.0.1:8080" } })).status, 200);
  const preflight = await send(f.site.base, "OPTIONS", `/${PROXY}/v1/trial-offers/lead/create`, {
    headers: { Origin: own, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type" },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers["access-control-allow-origin"], own);
  assert.match(preflight.headers["access-control-allow-methods"], /POST/);
  assert.equal((await requests()).length, 3, "only the allowed GETs reached the API");
});

test("a logged-in visitor's stale nonce does not have WordPress answer in the proxy's place, with its own CORS", async () => {
  // WordPress answers a stale nonce with a logged-in cookie itself (rest_cookie_invalid_nonce),
  // and its CORS echoes any origin with credentials: on the proxy's route the proxy answers.
  await f.mock.control("reset", {});
  const stale = { "X-WP-Nonce": "0123456789" };
  const path = url(`${PROXY}/v1/trial-offers/config/1`);
  const foreign = await f.admin.request.get(path, { headers: { Origin: FOREIGN, ...stale } });
  assert.equal(foreign.status(), 403, await foreign.text());
  assert.equal((await foreign.json()).errorCode, "ORIGIN_NOT_ALLOWED");
  for (const name of Object.keys(foreign.headers())) assert.ok(!name.startsWith("access-control-"), name);
  const own = await f.admin.request.get(path, { headers: { Origin: f.site.origin, ...stale } });
  assert.equal(own.status(), 200, await own.text());
  const named = (answer, name) => answer.headersArray().filter((h) => h.name.toLowerCase() === name).map((h) => h.value);
  assert.deepEqual(named(own, "access-control-allow-origin"), [f.site.origin]);
  assert.deepEqual(named(own, "access-control-allow-credentials"), []);
  assert.equal((await requests()).length, 1, "only the own origin's request reached the API");
});

test("the rate limit per client answers a JSON 429 with Retry-After; a stalled API a JSON 504", async () => {
  await f.site.php(`update_option( 'tb_test_rules', array( 'rateLimit' => array( 'perSecond' => 0.01, 'burst' => 2, 'retryAfterSeconds' => 3 ), 'upstreamTimeoutSeconds' => 1 ) );`);
  try {
    const statuses = [];
    let limited;
    for (let i = 0; i < 5; i++) {
      const answer = await send(f.site.base, "GET", `/${PROXY}/v1/trial-offers/config/1`);
      statuses.push(answer.status);
      if (answer.status === 429) limited = answer;
    }
    assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
    assertErrorShape(limited, "TOO_MANY_REQUESTS");
    assert.equal(limited.headers["retry-after"], "3");

    await f.site.php(`update_option( 'tb_test_rules', array( 'upstreamTimeoutSeconds' => 1 ) );`);
    await f.mock.control("faults", { method: "POST", path: "/v1/trial-offers/lead/validate", delayMs: 3000 });
    const t0 = Date.now();
    const stalled = await send(f.site.base, "POST", `/${PROXY}/v1/trial-offers/lead/validate`, { headers: { "Content-Type": "application/json" }, body: "{}" });
    assert.equal(stalled.status, 504, stalled.text);
    assertErrorShape(stalled, "GATEWAY_TIMEOUT");
    assert.ok(Date.now() - t0 < 2800, `answered after ${Date.now() - t0} ms`);
  } finally {
    await f.site.php(`delete_option( 'tb_test_rules' );`);
  }
});

test("a key in wp-config.php wins over the saved one, and the settings page says so", async () => {
  await f.site.writeConfig({ TRIAL_BOOKING_API_KEY: "key-from-wp-config" });
  try {
    // The mock knows only the saved key: a 401 proves the constant's key was sent.
    const answer = await send(f.site.base, "GET", `/${PROXY}/v1/trial-offers/config/1`);
    assert.equal(answer.status, 401, answer.text);
    const page = await f.admin.newPage();
    await openSettings(page);
    await page.getByText("The key is set in wp-config.php (TRIAL_BOOKING_API_KEY); it wins over a key saved here.").waitFor();
    assert.equal(await page.getByRole("textbox", { name: "API key" }).count(), 0);
    assert.ok(!(await page.content()).includes("key-from-wp-config"));
    await page.close();
  } finally {
    await f.site.writeConfig();
  }
  assert.equal((await send(f.site.base, "GET", `/${PROXY}/v1/trial-offers/config/1`)).status, 200);
});

test("without pretty permalinks the widget's api-base is /index.php/wp-json/trial-booking, and it works", async () => {
  await f.site.setPermalinks("");
  try {
    const visitor = await visit(url(`?page_id=${f.blockPage.id}`));
    const root = visitor.page.locator("trial-booking");
    assert.equal(await root.getAttribute("api-base"), `/index.php/${PROXY}`);
    await root.getByRole("button", { name: "Yoga Flow" }).waitFor();
    await visitor.context.close();
    const own = { Origin: f.site.origin };
    assert.equal((await send(f.site.base, "GET", `/index.php/${PROXY}/v1/trial-offers/config/1`, { headers: own })).status, 200);
    assert.equal((await send(f.site.base, "GET", `/?rest_route=/trial-booking/v1/trial-offers/config/1`, { headers: own })).status, 200);
    for (const path of [`/index.php/${PROXY}/v1/trial-offers/config/%31`, `/?rest_route=/trial-booking/v1/customers`, `/?rest_route=/trial-booking/v1/trial-offers/config/1%2F..`]) {
      const answer = await send(f.site.base, "GET", path, { headers: own });
      assert.equal(answer.status, 404, path);
      assertErrorShape(answer, "NOT_FOUND");
    }
  } finally {
    await f.site.setPermalinks("/%postname%/");
  }
});

test("the API down: a JSON 502 with CORS, and the visitor is told so in the widget", async () => {
  const settings = JSON.parse(await f.site.php(`echo wp_json_encode( get_option( 'trial_booking_settings' ) );`));
  const nowhere = "http://127.0.0.1:9";
  await f.site.php(`$s = get_option( 'trial_booking_settings' ); $s['open_api_url'] = '${nowhere}'; update_option( 'trial_booking_settings', $s );`);
  try {
    const answer = await send(f.site.base, "GET", `/${PROXY}/v1/trial-offers/config/1`, { headers: { Origin: f.site.origin } });
    assert.equal(answer.status, 502);
    assertErrorShape(answer, "BAD_GATEWAY");
    assert.equal(answer.headers["access-control-allow-origin"], f.site.origin);
    const visitor = await visit(f.shortcodePage);
    await visitor.page.locator("trial-booking").getByRole("alert").filter({ hasText: "The offers could not be loaded." }).first().waitFor();
    await visitor.context.close();
  } finally {
    await f.site.php(`$s = get_option( 'trial_booking_settings' ); $s['open_api_url'] = '${settings.open_api_url}'; update_option( 'trial_booking_settings', $s );`);
  }
  assert.equal((await send(f.site.base, "GET", `/${PROXY}/v1/trial-offers/config/1`)).status, 200);
});

test("deleting the plugin removes its data; its zip installs through Plugins → Add New → Upload Plugin", async () => {
  const zip = join(f.out, "trial-booking-1.0.0.zip");
  await access(zip);
  const page = await f.admin.newPage();
  await page.goto(url("wp-admin/plugins.php"));
  await page.getByRole("link", { name: "Deactivate Trial booking" }).click();
  await page.getByText("Plugin deactivated.").waitFor();
  // With scripts loaded WordPress asks in a dialog and deletes by Ajax; before that, on a page.
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("link", { name: "Delete Trial booking" }).click();
  const confirm = page.getByRole("button", { name: "Yes, delete these files and data" });
  const deleted = page.getByText(/Trial booking was successfully deleted\.|The selected plugin has been deleted\./);
  await confirm.or(deleted).first().waitFor();
  if (await confirm.isVisible()) await confirm.click();
  await deleted.waitFor();
  const left = await f.site.sql("SELECT option_name FROM wp_options WHERE option_name LIKE 'trial\\_booking%' OR option_name LIKE '\\_transient%trial\\_booking%'");
  assert.equal(left.trim(), "", "uninstall.php removed the settings, the key and the rate limit's transients");

  await page.goto(url("wp-admin/plugin-install.php?tab=upload"));
  await page.getByLabel("Plugin zip file").setInputFiles(zip);
  await page.getByRole("button", { name: "Install Now" }).click();
  await page.getByText("Plugin installed successfully.").waitFor();
  await page.getByRole("link", { name: "Activate Plugin" }).click();
  await page.getByText("Plugin activated.").waitFor();
  await openSettings(page);
  // A fresh install: the demo studio, no key.
  assert.equal(await page.getByLabel("Booking system").inputValue(), "demo");
  // The Open API's rows show once it is chosen (the page's script; nothing saved yet).
  await page.getByLabel("Booking system").selectOption("open-api");
  await page.getByText("No key is saved yet.").waitFor();
  await page.close();
  const visitor = await visit(f.shortcodePage);
  assert.equal(await visitor.page.locator("trial-booking").getAttribute("backend"), "demo");
  await visitor.page.locator("trial-booking").getByRole("button", { name: "Yoga Flow" }).waitFor();
  await visitor.context.close();
});

test("the key is in no page, no REST answer and no log; the plugin caused no PHP warning", async () => {
  assert.ok(seenByBrowser.length > 20, `${seenByBrowser.length} answers seen`);
  for (const text of [...seenByBrowser, ...answers]) assert.ok(!text.includes(DEMO_API_KEY), text.slice(0, 2000));
  // The settings as the REST API shows them to an administrator.
  const settings = await f.admin.request.get(url("wp-json/wp/v2/settings"), { headers: { "X-WP-Nonce": await restNonce() } });
  assert.equal(settings.status(), 200);
  assert.ok(!(await settings.text()).includes(DEMO_API_KEY));
  const logs = await f.site.logs();
  assert.ok(logs.includes("access.log"));
  for (const secret of [DEMO_API_KEY, "key-from-wp-config", "mia.shortcode", "firstname", "offset="]) {
    assert.ok(!logs.includes(secret), `the logs have ${secret}`);
  }
  assert.deepEqual(await f.site.phpProblems(), []);
});
