// The test kit: what the e2e suite, the proxy tests and drills, the WordPress suite, the
// size report and the benchmark share. Everything a test needs comes from here:
//
//   import { addWidget, apiAttributes, fixtures, TrialOffers } from "../kit/index.mjs";
//
// Servers (servers.mjs)
//   listening(command, args, { pattern, env, cwd })  start a process, resolve with
//                        { base, stop } once it prints "listening on URL/"
//   startServer({ dist })   scripts/serve.mjs: dist/ (or another), /pages/, /examples/
//                        ({ base } ends with "/")
//   startMock({ binary, now })   the mock API: { base, control(path, body), now(), stop }
//   startProxy({ upstream, origins, env })   real nginx in front of `upstream`
//   DEMO_API_KEY, ROOT, TARGET
//   freePort(), assertOneLeadOneBooking(mock)   a free 127.0.0.1 port; the mock made one lead and one booking
//   buildDir(dist)       the folder of dist/ with the build's files (b/<hash>/)
// Browser (browser.mjs)
//   launchBrowser(), chromiumOptions({ gpu })   Debian's Chromium, headless
// Host pages (host-page.mjs)
//   HostPage.open(browser, base, path, contextOptions, { now })   a page in a new
//                        context, recording console errors, requests, CSP violations
//   addWidget(page, attributes, { into = "#host" })   puts one <trial-booking> with
//                        exactly these attributes on the page; resolves with its locator
//   apiAttributes(backend, mockBase)   backend and api-base pointed at the mock
//   PRIVACY              the privacy-url attribute of the test studios
//   colours(widget), THEMES   the widget's computed surface and text colours
//   PINNED_NOW           TB_NOW as a Date (pins every page's clock), or null
// Flows (flows.mjs): page objects made from a widget's locator, by role and label
//   new TrialOffers(widget, { t })   offer → time → details → book → done
//   new TrialSession(widget, { t })  studio → time → details → book → done
//   new LeadCapture(widget, { t })   details → send → thanks
//   (both booking flows: days, shownDay, day(date), chooseDay(date), findTime(time):
//   the time step's strip of days, whose shown day's times alone are on the page)
//   translator(lang), texts(file), fill(entry)   the built texts (dist/locales/) for `t`
// Fixtures (fixtures.mjs)
//   fixtures({ mock })   servers and a browser before a test file's tests, stopped after;
//                        `f.open(path, contextOptions, { now })` opens a host page
// brotli(data) (brotli.mjs)   quality 11, as a CDN serves it
// WordPress (wordpress.mjs)
//   startWordPress({ plugin, constants, muPlugins, permalinks })   Debian's WordPress,
//                        PHP 8.2 (php-fpm behind nginx) and MariaDB, installed from scratch
//                        on 127.0.0.1: { base, origin, php(code), sql(query), logs(),
//                        listen(), writeConfig(), setPermalinks(), phpProblems(), stop() }
//   ADMIN, PLUGIN_SOURCE, phpString(s)   its administrator, the plugin's source, a PHP literal
//
// The kit has no package.json: its modules import only Node's own and take
// Playwright's objects as arguments. launchBrowser() alone loads playwright-core,
// from tests/e2e/ and only when called, so the bench (with its own playwright-core
// and chromiumOptions()) uses the kit without the e2e packages, and the tests
// never need lighthouse.

export { brotli } from "./brotli.mjs";
export { chromiumOptions, launchBrowser } from "./browser.mjs";
export { fixtures } from "./fixtures.mjs";
export { english, fill, LeadCapture, texts, translator, TrialOffers, TrialSession } from "./flows.mjs";
export { addWidget, apiAttributes, colours, HostPage, PINNED_NOW, PRIVACY, THEMES } from "./host-page.mjs";
export { assertOneLeadOneBooking, buildDir, DEMO_API_KEY, freePort, listening, ROOT, startMock, startProxy, startServer, TARGET } from "./servers.mjs";
export { ADMIN, phpString, PLUGIN_SOURCE, startWordPress } from "./wordpress.mjs";
