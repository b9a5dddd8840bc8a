// End-to-end, one test per language: a widget with lang="<code>" on an English
// page speaks that language on the offer, time and details steps. Its heading
// is the language's, the days are named in it (the browser's Intl), times use a
// 24-hour clock where the language does, and no English text of the widget or
// of the demo studio is left on screen or in an aria-label, except where the
// language uses the same words ("Studio", "SMS"). The texts compared are the
// ones the build wrote into dist/locales/ (en.json against <lang>.json, and
// the demo studio's in dist/locales/demo/). Names the API provides ("Yoga
// Flow", trainers' names) are the same in every language and so never flagged.
//
// And for one language end to end through the mock API: every request carries
// it as Accept-Language, the studio answers in it, and the lead is created with it.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fixtures, HostPage } from "./harness.mjs";

/** The languages of the Open API, and so of the widget (issue: "Every visitor"). */
const LANGUAGES = ["cs", "de", "en", "es", "fr", "hu", "it", "nb", "nl", "pl", "ro", "ru", "sl", "sv", "tr"];
const DIST = fileURLToPath(new URL("../../dist/locales/", import.meta.url));
const texts = (file) => JSON.parse(readFileSync(DIST + file, "utf8"));
const ENGLISH = texts("en.json");
const ENGLISH_DEMO = texts("demo/en.json");
const ENGLISH_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

const f = fixtures({ mock: true });

/** The literal pieces of a text entry (string, variable, plural choice or array of those). */
function pieces(entry) {
  if (typeof entry === "string") return [entry];
  if (Array.isArray(entry)) return entry.flatMap(pieces);
  return Object.entries(entry).flatMap(([key, form]) => (key === "$" ? [] : pieces(form)));
}

/** An entry with its variables filled in (plural choices take `other`). */
function fill(entry, vars = {}) {
  if (typeof entry === "string") return entry;
  if (Array.isArray(entry)) return entry.map((e) => fill(e, vars)).join("");
  if (Object.keys(entry).length === 1) return vars[entry.$] ?? `{${entry.$}}`;
  return fill(entry.other, vars);
}

/**
 * The language's text of the message whose English text is `english` (with
 * `{name}` for variables), its variables filled with `vars`.
 */
function translator(lang) {
  const own = texts(`${lang}.json`);
  return (english, vars) => {
    const i = ENGLISH.findIndex((e) => fill(e) === english);
    assert.notEqual(i, -1, `no English text "${english}"`);
    return fill(own[i], vars);
  };
}

/**
 * English pieces of at least 3 letters whose message says something else in
 * `lang`, for the widget's texts and the demo studio's.
 */
function englishOnly(lang) {
  const found = new Set();
  for (const [english, own] of [[ENGLISH, texts(`${lang}.json`)], [ENGLISH_DEMO, texts(`demo/${lang}.json`)]]) {
    const everywhere = new Set(own.flatMap(pieces).map((p) => p.trim()));
    english.forEach((entry, i) => {
      const theirs = pieces(own[i]).join(" ");
      for (const piece of pieces(entry).map((p) => p.trim())) {
        if (/\p{L}{3}/u.test(piece) && !theirs.includes(piece) && !everywhere.has(piece)) found.add(piece);
      }
    });
  }
  return [...found];
}

/** Adds a `<trial-booking>` with `attributes` (and a privacy link) to the page's #host. */
async function addWidget(host, attributes) {
  await host.page.evaluate((attributes) => {
    const el = document.createElement("trial-booking");
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    document.getElementById("host").append(el);
  }, { "privacy-url": "https://studio.example/privacy", ...attributes });
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** `piece` as a whole phrase in `text` (not inside a longer word). */
const contains = (text, piece) => new RegExp(`(^|[^\\p{L}])${escape(piece)}($|[^\\p{L}])`, "u").test(text);

/** What the visitor sees and hears of the widget: its text and every aria-label, title and placeholder. */
async function visible(widget) {
  return widget.evaluate((el) => {
    const root = el.shadowRoot.querySelector(".tb-root");
    const labels = [...root.querySelectorAll("[aria-label], [title], [placeholder]")].flatMap((n) =>
      ["aria-label", "title", "placeholder"].map((a) => n.getAttribute(a)).filter(Boolean),
    );
    return [root.innerText, ...labels].join("\n");
  });
}

function assertNoEnglish(lang, text, step, left) {
  const found = left.filter((piece) => contains(text, piece));
  assert.deepEqual(found, [], `${lang}, ${step} step: English left on screen:\n${text}`);
}

test("the build wrote the texts of exactly the 15 languages", () => {
  const files = (dir) => readdirSync(DIST + dir).filter((n) => n.endsWith(".json")).map((n) => n.slice(0, -5)).sort();
  assert.deepEqual(files(""), LANGUAGES);
  assert.deepEqual(files("demo"), LANGUAGES);
});

for (const lang of LANGUAGES) {
  test(`${lang}: offer, time and details steps in the language`, async () => {
    const t = translator(lang);
    const left = lang === "en" ? [] : englishOnly(lang);
    const host = await HostPage.open(f.browser, f.server.base, "/pages/booking.html", { locale: "en-US", timezoneId: "Europe/Berlin" });
    try {
      await addWidget(host, { backend: "demo", lang });
      const widget = host.widget();

      // Offer.
      await widget.getByRole("heading", { name: t("Book your free trial session") }).waitFor();
      await widget.getByRole("heading", { name: t("What would you like to try?") }).waitFor();
      await widget.getByRole("button", { name: /Yoga Flow/ }).waitFor();
      assert.equal(await widget.locator(".tb-widget").getAttribute("lang"), lang);
      assertNoEnglish(lang, await visible(widget), "offer", left);

      // Time: day names from the browser in the language, its clock.
      await widget.getByRole("button", { name: /Yoga Flow/ }).click();
      await widget.getByRole("heading", { name: t("Choose a time: {offer}", { offer: "Yoga Flow" }) }).waitFor();
      await widget.locator(".tb-slot:not([disabled])").first().waitFor();
      const times = await visible(widget);
      const days = [...Array(7)].map((_, i) =>
        new Intl.DateTimeFormat(lang, { weekday: "long", timeZone: "UTC" }).format(Date.UTC(2026, 10, 23 + i)),
      );
      assert.ok(days.some((day) => times.toLowerCase().includes(day.toLowerCase())), `${lang}: no day named in ${days.join(", ")}:\n${times}`);
      if (lang === "en") {
        assert.match(times, /\b6:30\s?PM\b/, "English: 12-hour clock");
      } else {
        assert.ok(!ENGLISH_DAYS.some((day) => contains(times, day)), `${lang}: English day names:\n${times}`);
        assert.match(times, /\b18[:.]30\b/, `${lang}: 24-hour clock`);
        assert.doesNotMatch(times, /\b(AM|PM)\b/, `${lang}: no AM/PM`);
      }
      assertNoEnglish(lang, times, "time", left);

      // Details.
      await widget.locator(".tb-slot:not([disabled])").first().click();
      await widget.getByRole("heading", { name: t("Your details") }).waitFor();
      await widget.getByLabel(t("First name"), { exact: true }).waitFor();
      assertNoEnglish(lang, await visible(widget), "details", left);

      // Mistakes are told in the language too.
      await widget.getByRole("button", { name: t("Book now") }).click();
      await widget.getByText(t("Please correct the marked fields.")).waitFor();
      assertNoEnglish(lang, await visible(widget), "details (with mistakes)", left);
      assert.deepEqual(host.consoleErrors, []);
    } finally {
      await host.close();
    }
  });
}

test("a Polish visitor: Accept-Language, the studio's answers and the lead's language are Polish", async () => {
  await f.mock.control("reset", {});
  const t = translator("pl");
  const host = await HostPage.open(f.browser, f.server.base, "/pages/booking.html", { locale: "en-US" });
  try {
    await addWidget(host, { backend: "open-api", "api-base": `${f.mock.base}/proxy`, lang: "pl" });
    const widget = host.widget();
    const polishYoga = texts("demo/pl.json")[ENGLISH_DEMO.indexOf("A calm, flowing class for every level: breathing, balance and stretching. Mats are provided.")];
    await widget.getByText(polishYoga).waitFor();
    await widget.getByRole("button", { name: /Yoga Flow/ }).click();
    await widget.locator(".tb-slot:not([disabled])").first().click();
    await widget.getByRole("heading", { name: t("Your details") }).waitFor();
    await widget.getByLabel(t("First name"), { exact: true }).fill("Zofia");
    await widget.getByLabel(t("Last name"), { exact: true }).fill("Nowak");
    await widget.getByLabel(t("E-mail address"), { exact: true }).fill("zofia.languages@example.com");
    await widget.getByLabel(t("Phone number"), { exact: true }).fill("+48 22 555 01 00");
    const consent = t("I agree that the studio processes my details to arrange my trial session, as described in the {link}.", { link: t("privacy policy") });
    await widget.getByRole("checkbox", { name: consent }).check();
    await widget.getByRole("button", { name: t("Book now") }).click();
    await widget.getByRole("heading", { name: t("You're booked!") }).waitFor();

    const seen = (await f.mock.control("requests")).filter((r) => r.path.startsWith("/v1/"));
    assert.ok(seen.length >= 5, JSON.stringify(seen));
    assert.deepEqual([...new Set(seen.map((r) => r.acceptLanguage))], ["pl"]);
    const lead = seen.find((r) => r.path === "/v1/trial-offers/lead/create");
    assert.equal(lead.body.leadCustomerData.language.languageCode, "pl");
    assert.deepEqual(host.consoleErrors, []);
  } finally {
    await host.close();
  }
});
