// The loader's MATCHES table is CLDR's language matching, as scripts/language-matches.mjs
// writes it from the pinned npm package cldr-core (TB_BLESS=1 rewrites the loader).

import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { current, replaceBlock } from "../../scripts/language-matches.mjs";

test("the loader's MATCHES are CLDR's, for the languages the widget speaks", async () => {
  const { loader, block, wanted } = await current();
  if (process.env.TB_BLESS === "1" && block !== wanted) {
    await writeFile(new URL("../../src/embed/trial-booking.js", import.meta.url), replaceBlock(loader, wanted));
    return;
  }
  assert.equal(block, wanted, "run `node scripts/language-matches.mjs` (or TB_BLESS=1) to write them");
  // What the product relies on, read from CLDR (not from the table above).
  assert.match(wanted, /\bno:\["nb",1\]/);
  assert.match(wanted, /\bgsw:\["de",4\]/);
});
