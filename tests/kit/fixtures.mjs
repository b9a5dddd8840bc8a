// A test file's servers and browser, started before its tests and stopped
// after them (node:test hooks).

import { after, before } from "node:test";
import { launchBrowser } from "./browser.mjs";
import { HostPage } from "./host-page.mjs";
import { startMock, startServer } from "./servers.mjs";

/**
 * Starts the static server, a browser and, with `{ mock: true }`, the mock
 * API before the file's tests, and stops them after. Returns an object whose
 * fields (`server`, `browser`, `mock`) are filled in once `before` has run,
 * and `open(path, contextOptions, clock)`: HostPage.open on that server.
 */
export function fixtures({ mock = false } = {}) {
  const f = {
    open: (path, contextOptions, clock) => HostPage.open(f.browser, f.server.base, path, contextOptions, clock),
  };
  before(async () => {
    f.server = await startServer();
    if (mock) f.mock = await startMock();
    f.browser = await launchBrowser();
  });
  after(async () => {
    await f.browser?.close();
    await f.mock?.stop();
    await f.server?.stop();
  });
  return f;
}
