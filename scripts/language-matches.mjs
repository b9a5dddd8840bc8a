// Writes the loader's MATCHES table (src/embed/trial-booking.js, between
// `// <language-matches …>` and `// </language-matches>`) from CLDR's language
// matching rules: `supplemental/languageMatching.json` ("written-new") of the npm
// package cldr-core, pinned in tests/e2e/package.json.
//
//   node scripts/language-matches.mjs          rewrites the block
//   (tests/e2e/language-matches.test.mjs fails when the block is not what this writes)
//
// Kept: every rule between two plain languages (no script, region or variable)
// whose supported side is a language the widget speaks (or, for a two-way rule,
// whose desired side is), the closest one per desired language. What CLDR leaves
// out does not match (its default language distance, 80, is no match). Rules to
// English are left out as well (about 60 of 100, 0.3 KB brotli of the loader):
// English is where nothing matches anyway, and such a rule (distance 20 or 30)
// would only beat an exact language asked for five or more places later.

import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const LOADER = `${ROOT}src/embed/trial-booking.js`;
const BEGIN = "// <language-matches: generated from CLDR by scripts/language-matches.mjs>\n";
const END = "// </language-matches>";

/** The CLDR package's version and its `languageMatch` rules. */
function cldr() {
  const require = createRequire(`${ROOT}tests/e2e/package.json`);
  const { version } = require("cldr-core/package.json");
  const data = require("cldr-core/supplemental/languageMatching.json");
  return { version, rules: data.supplemental.languageMatching["written-new"].languageMatch };
}

/** The languages the loader speaks, as its generated LANGUAGES line lists them. */
function languagesOf(loader) {
  const line = loader.match(/^const LANGUAGES = (\[.*\]);$/m);
  if (!line) throw new Error(`${LOADER} has no LANGUAGES line`);
  return JSON.parse(line[1]);
}

/** The block's text for `loader`: `const MATCHES = { desired: [supported, distance], … }`. */
export async function generate(loader) {
  const languages = languagesOf(loader);
  const { version, rules } = cldr();
  const plain = /^[a-z]{2,3}$/;
  const best = new Map();
  const offer = (desired, supported, distance) => {
    if (languages.includes(desired) || !languages.includes(supported) || supported === "en") return;
    const known = best.get(desired);
    if (!known || distance < known[1]) best.set(desired, [supported, distance]);
  };
  for (const rule of rules) {
    const [desired, supported, distance] = [rule._desired, rule._supported, Number(rule._distance)];
    if (!plain.test(desired) || !plain.test(supported)) continue;
    offer(desired, supported, distance);
    if (!rule._oneway) offer(supported, desired, distance);
  }
  const entries = [...best].sort(([a], [b]) => (a < b ? -1 : 1)).map(([d, [s, n]]) => `${d}:["${s}",${n}]`);
  return `// CLDR ${version} languageMatching: a desired language → the closest one the widget speaks, and CLDR's distance.\nconst MATCHES = {${entries.join(",")}};\n`;
}

/** `loader` with its block replaced by `text`. */
export function replaceBlock(loader, text) {
  const start = loader.indexOf(BEGIN);
  const end = loader.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${LOADER} has no ${BEGIN.trim()} … ${END} block`);
  return loader.slice(0, start + BEGIN.length) + text + loader.slice(end);
}

export async function current() {
  const loader = await readFile(LOADER, "utf8");
  return { loader, block: loader.slice(loader.indexOf(BEGIN) + BEGIN.length, loader.indexOf(END)), wanted: await generate(loader) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { loader, wanted } = await current();
  await writeFile(LOADER, replaceBlock(loader, wanted));
  console.log(`wrote ${LOADER}'s MATCHES`);
}
