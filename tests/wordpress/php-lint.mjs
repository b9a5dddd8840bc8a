// Lint of the plugin's PHP (run by the lint suite of scripts/test, not the wordpress suite): php -l on every file, and WordPress's escaping and
// sanitising rules (escaping.php, PHP's tokenizer) in place of the WordPress Coding
// Standards, which come from Packagist and cannot be installed here.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";

const run = promisify(execFile);
const PLUGIN = fileURLToPath(new URL("../../integrations/wordpress/trial-booking", import.meta.url));
const CHECK = fileURLToPath(new URL("escaping.php", import.meta.url));

async function phpFiles() {
  const entries = await readdir(PLUGIN, { recursive: true });
  return entries.filter((f) => f.endsWith(".php")).map((f) => join(PLUGIN, f));
}

test("every PHP file of the plugin passes php -l", async () => {
  const files = await phpFiles();
  assert.ok(files.length >= 8, files.join("\n"));
  for (const file of files) assert.match((await run("php", ["-l", file])).stdout, /^No syntax errors detected/, file);
});

test("the plugin escapes every output and sanitises every input", async () => {
  const { stdout } = await run("php", [CHECK, ...(await phpFiles())]).catch((e) => e);
  assert.equal(stdout, "");
});

test("the escaping check finds unescaped output and unsanitised input", async () => {
  const dir = await mkdtemp(join(tmpdir(), "tb-escaping-"));
  try {
    const bad = join(dir, "bad.php");
    await writeFile(
      bad,
      [
        "<?php",
        "echo $x;",
        "echo '<a>' . $y . esc_html( $z );",
        "$a = $_GET['x'];",
        "$b = sanitize_text_field( wp_unslash( $_POST['y'] ) );",
        "if ( isset( $_SERVER['Q'] ) ) { print esc_attr( $b ) . '\"'; }",
        "echo esc_html( $a ) . $b; // phpcs:ignore WordPress.Security.EscapeOutput -- exempt, with a reason.",
        "echo strtoupper( $a );",
        "",
      ].join("\n"),
    );
    const result = await run("php", [CHECK, bad]).then(() => ({ code: 0, stdout: "" }), (e) => e);
    assert.equal(result.code, 1);
    assert.deepEqual(
      result.stdout.trim().split("\n").map((l) => l.replace(`${bad}:`, "")),
      ["2: output not escaped: $x", "3: output not escaped: $y", "8: output not escaped: strtoupper($a)", "4: $_GET read without sanitising"],
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
