// The plugin's own texts (settings page, block editor, notices) in the widget's 15 languages:
// languages/trial-booking.pot is what the plugin's sources say today, every language of
// locales/*.ftl but English (the source) has a .po, and every .po translates every text with
// the same placeholders and code words. Read with GNU gettext's own tools (msgexec, msgattrib,
// msgcmp, msgfmt --check), compiled as the build compiles them (integrations/wordpress/i18n).

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { ROOT } from "../kit/index.mjs";

const run = promisify(execFile);
const I18N = join(ROOT, "integrations/wordpress/i18n");
const LANGUAGES = join(ROOT, "integrations/wordpress/trial-booking/languages");
const POT = join(LANGUAGES, "trial-booking.pot");
const EDITOR_SCRIPT = "blocks/trial-booking/editor.js";
const EDITOR_JSON = (locale) => `trial-booking-${locale}-trial-booking-widget-editor-script.json`;

/** A message's key: its context (if any) and msgid, as gettext and Jed join them. */
const key = (context, id) => (context ? `${context}\u0004${id}` : id);

/**
 * The messages of a .po/.pot file (not its header): key => { id, context, translation },
 * each handed by msgexec to printf, NUL-separated.
 */
async function messages(file, { only = [] } = {}) {
  const source = only.length ? (await run("msgattrib", [...only, file], { maxBuffer: 1 << 24 })).stdout : await readFile(file, "utf8");
  const dir = await mkdtemp(join(tmpdir(), "tb-po-"));
  try {
    await writeFile(join(dir, "in.po"), source);
    const { stdout } = await run(
      "msgexec",
      ["-i", join(dir, "in.po"), "sh", "-c", 'printf "%s\\0%s\\0%s\\0" "$MSGEXEC_MSGID" "${MSGEXEC_MSGCTXT-}" "$(cat)"'],
      { maxBuffer: 1 << 24 },
    );
    const parts = stdout.split("\0");
    const found = new Map();
    for (let i = 0; i + 2 < parts.length; i += 3) {
      const [id, context, translation] = parts.slice(i, i + 3);
      if (id !== "") found.set(key(context, id), { id, context, translation });
    }
    return found;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** printf placeholders (%s, %1$s, %d, ...) and %%, in order. */
const placeholders = (text) => text.match(/%(?:\d+\$)?[-+ 0#']*\d*(?:\.\d+)?[bcdeEfFgGosuxX%]/g) ?? [];
/** What must reach the administrator verbatim: constants, files, addresses, colours, the shortcode. */
const codeWords = (text) => text.match(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|wp-config\.php|https?:\/\/[\w.\/-]*\w|#[0-9a-f]{6}\b|\[trial_booking\]/g) ?? [];

/** Every reason why a .po does not translate the .pot completely and faithfully ([] when it does). */
async function problems(po, pot = POT) {
  const wanted = await messages(pot);
  const have = await messages(po);
  const fuzzy = await messages(po, { only: ["--only-fuzzy", "--no-obsolete"] });
  const found = [];
  for (const [k, { id, context }] of wanted) {
    const label = context ? `${context} | ${id}` : id;
    const message = have.get(k);
    if (!message) found.push(`missing: ${label}`);
    else if (message.translation.trim() === "") found.push(`untranslated: ${label}`);
    else if (fuzzy.has(k)) found.push(`fuzzy: ${label}`);
    else {
      const [a, b] = [placeholders(id), placeholders(message.translation)];
      if (a.join(" ") !== b.join(" ")) found.push(`placeholders ${a.join(" ") || "(none)"} became ${b.join(" ") || "(none)"}: ${label}`);
      const lost = codeWords(id).filter((word) => !message.translation.includes(word));
      if (lost.length) found.push(`lost ${lost.join(" ")}: ${label}`);
    }
  }
  // msgfmt's own checks: format strings (php-format), the header, the plural forms.
  await run("msgfmt", ["--check", "-o", "/dev/null", po]).catch((e) => found.push(`msgfmt --check: ${e.stderr.trim()}`));
  return found;
}

async function poFiles() {
  return (await readdir(LANGUAGES)).filter((f) => /^trial-booking-.+\.po$/.test(f)).sort();
}

/** The locale (de_DE) of a .po, from its header. */
async function locale(po) {
  return (await readFile(join(LANGUAGES, po), "utf8")).match(/^"Language: ([^\\]+)\\n"$/m)?.[1];
}

test("languages/trial-booking.pot is what integrations/wordpress/i18n extracts from the plugin today", async () => {
  const dir = await mkdtemp(join(tmpdir(), "tb-pot-"));
  try {
    const fresh = join(dir, "fresh.pot");
    await run(I18N, ["pot", fresh]);
    const [now, committed] = [await messages(fresh), await messages(POT)];
    assert.deepEqual([...committed.keys()].sort(), [...now.keys()].sort(), "the .pot is stale: run integrations/wordpress/i18n update");
    // Every source kind is there: PHP, the block editor script, block.json, the plugin header.
    for (const k of [
      "Booking system",
      "Not saved: the studio id is a number.",
      "Heading",
      "Floating button",
      key("block title", "Trial booking"),
      key("block keyword", "fitness"),
    ]) {
      assert.ok(now.has(k), k);
    }
    const description = (await readFile(join(ROOT, "integrations/wordpress/trial-booking/trial-booking.php"), "utf8")).match(/^ \* Description: +(.+)$/m)[1];
    assert.ok(now.has(description));
    assert.ok(now.size >= 70, `${now.size} messages`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("every language of the widget but English (the source) has a .po", async () => {
  const widget = (await readdir(join(ROOT, "locales"))).filter((f) => f.endsWith(".ftl")).map((f) => f.slice(0, -4));
  assert.equal(widget.length, 15);
  const locales = await Promise.all((await poFiles()).map(locale));
  assert.deepEqual(locales.map((l) => l.split("_")[0]).sort(), widget.filter((l) => l !== "en").sort());
  for (const [po, l] of (await poFiles()).map((f, i) => [f, locales[i]])) assert.equal(po, `trial-booking-${l}.po`);
});

test("every .po translates every text of the .pot, with the same placeholders and code words", async () => {
  const all = {};
  for (const po of await poFiles()) {
    const found = await problems(join(LANGUAGES, po));
    if (found.length) all[po] = found;
    // gettext's own comparison agrees: every message of the .pot has a translation (not fuzzy).
    await run("msgcmp", [join(LANGUAGES, po), POT]).catch((e) => (all[po] = [...(all[po] ?? []), `msgcmp: ${e.stderr.trim()}`]));
  }
  assert.deepEqual(all, {});
});

test("the check finds a missing, an untranslated, a fuzzy and an unfaithful translation", async () => {
  const dir = await mkdtemp(join(tmpdir(), "tb-po-bad-"));
  try {
    const de = await readFile(join(LANGUAGES, "trial-booking-de_DE.po"), "utf8");
    const bad = de
      // Missing: the message is gone.
      .replace(/\n#: includes\/class-trial-booking-admin\.php\nmsgid "Booking system"\nmsgstr "[^"]*"\n/, "\n")
      // Untranslated.
      .replace(/(msgid "Studio id"\nmsgstr )"[^"]*"/, '$1""')
      // Fuzzy.
      .replace(/(\nmsgid "Heading"\n)/, "\n#, fuzzy$1")
      // A placeholder lost, a constant renamed.
      .replace(/(msgid "The page's language \(%s\)"\nmsgstr )"[^"]*"/, '$1"Die Sprache der Seite"')
      .replace(/(msgid "Not saved: this server cannot encrypt[^\n]*\nmsgstr "[^"]*)TRIAL_BOOKING_API_KEY/, "$1TRIAL_BOOKING_KEY");
    const po = join(dir, "trial-booking-de_DE.po");
    await writeFile(po, bad);
    const found = await problems(po);
    assert.deepEqual(
      found.filter((p) => !p.startsWith("msgfmt")),
      [
        "missing: Booking system",
        "untranslated: Studio id",
        "placeholders %s became (none): The page's language (%s)",
        "lost TRIAL_BOOKING_API_KEY: Not saved: this server cannot encrypt the key (PHP sodium is missing). Define TRIAL_BOOKING_API_KEY in wp-config.php instead.",
        "fuzzy: Heading",
      ],
    );
    // msgfmt --check refuses the lost php-format placeholder too.
    assert.match(found.find((p) => p.startsWith("msgfmt")) ?? "", /a format specification for argument 1 doesn't exist in 'msgstr'/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("the build's compile step: a .mo per language (msgfmt --check) and the block editor's texts as JSON", async () => {
  const dir = await mkdtemp(join(tmpdir(), "tb-i18n-"));
  try {
    await run(I18N, ["compile", dir]);
    const files = (await readdir(dir)).sort();
    const locales = await Promise.all((await poFiles()).map(locale));
    assert.deepEqual(files, locales.flatMap((l) => [EDITOR_JSON(l), `trial-booking-${l}.mo`]).sort());

    // The JSON holds the editor script's messages, and only those, as WordPress hands
    // them to wp.i18n.setLocaleData.
    const pot = await readFile(POT, "utf8");
    const editorIds = [...pot.matchAll(/^#: blocks\/trial-booking\/editor\.js\nmsgid "(.*)"$/gm)].map((m) => JSON.parse(`"${m[1]}"`));
    assert.ok(editorIds.length >= 12, editorIds.join("\n"));
    const de = JSON.parse(await readFile(join(dir, EDITOR_JSON("de_DE")), "utf8"));
    assert.equal(de.domain, "messages");
    assert.equal(de.source, EDITOR_SCRIPT);
    const data = de.locale_data.messages;
    assert.equal(data[""].lang, "de_DE");
    assert.equal(data[""]["plural-forms"], "nplurals=2; plural=(n != 1);");
    assert.deepEqual(Object.keys(data).filter((k) => k !== "").sort(), editorIds.sort());
    assert.deepEqual(data.Heading, ["Überschrift"]);
    assert.deepEqual(data["Floating button"], ["Schwebender Button"]);
    const ru = JSON.parse(await readFile(join(dir, EDITOR_JSON("ru_RU")), "utf8")).locale_data.messages;
    assert.match(ru[""]["plural-forms"], /^nplurals=3;/);
    assert.deepEqual(ru.Heading, ["Заголовок"]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
