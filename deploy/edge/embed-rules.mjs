// Writes proxy-rules.mjs: deploy/proxy-rules.json as an ES module, so that the handler needs
// no JSON import (which not every bundler and runtime takes the same way). Run it after
// changing the rules; tests/proxy/rules.test.mjs fails while the two differ.
//
//   node deploy/edge/embed-rules.mjs

import { readFile, writeFile } from "node:fs/promises";

const rules = JSON.parse(await readFile(new URL("../proxy-rules.json", import.meta.url), "utf8"));
const text = `// Generated from deploy/proxy-rules.json by deploy/edge/embed-rules.mjs: do not edit.\nexport default ${JSON.stringify(rules, null, 2)};\n`;
await writeFile(new URL("./proxy-rules.mjs", import.meta.url), text);
