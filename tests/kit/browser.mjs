// The browser every suite drives: Debian's Chromium through playwright-core
// (Playwright's own browsers are never downloaded), headless.

import { createRequire } from "node:module";

/**
 * Launch options for Debian's Chromium (`CHROMIUM` names another). `gpu:
 * false` (the tests) adds --disable-gpu; the benchmark keeps the GPU path.
 */
export function chromiumOptions({ gpu = false } = {}) {
  return {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      ...(gpu ? [] : ["--disable-gpu"]),
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  };
}

/**
 * Launches Chromium with the e2e suite's playwright-core (tests/e2e/package.json,
 * `npm ci` there): the kit has no packages of its own, so that neither
 * tests/e2e nor bench/ needs the other's. Resolved when called, so importing
 * the kit needs no package at all.
 */
export async function launchBrowser() {
  const { chromium } = createRequire(new URL("../e2e/package.json", import.meta.url))("playwright-core");
  return chromium.launch(chromiumOptions());
}
