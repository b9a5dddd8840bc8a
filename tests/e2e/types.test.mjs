// The TypeScript declarations shipped in dist/ (trial-booking.d.ts) type a
// site's use of the element: tests/types/usage.ts compiles under --strict, and
// each misuse in it marked @ts-expect-error is an error.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ROOT } from "../kit/index.mjs";

test("trial-booking.d.ts types the element, its properties and its events", () => {
  assert.ok(existsSync(`${ROOT}dist/trial-booking.d.ts`), "dist/trial-booking.d.ts is shipped");
  const tsc = fileURLToPath(new URL("node_modules/typescript/bin/tsc", import.meta.url));
  try {
    execFileSync(process.execPath, [tsc, "-p", `${ROOT}tests/types/tsconfig.json`], { encoding: "utf8" });
  } catch (error) {
    assert.fail(`tsc found errors:\n${error.stdout}${error.stderr}`);
  }
});
