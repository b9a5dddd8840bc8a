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
import { readdirSync } from "node:fs";
import { addWidget, apiAttributes, buildDir, fixtures, PRIVACY, ROOT, texts, translator, TrialOffers } from "../kit/index.mjs";

/** The languages of the Open API, and so of the widget (issue: "Every visitor"). */
const LANGUAGES = ["cs", "de", "en", "es", "fr", "hu", "it", "nb", "nl", "pl", "ro", "ru", "sl", "sv", "tr"];
const DIST = `${ROOT}dist/${buildDir()}locales/`;
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
    const host = await f.open("/pages/booking.html", { locale: "en-US", timezoneId: "Europe/Berlin" });
    try {
      const widget = await addWidget(host.page, { ...PRIVACY, backend: "demo", lang });
      const offers = new TrialOffers(widget, { t });

      // Offer.
      await widget.getByRole("heading", { name: t("Book your free trial session") }).waitFor();
      await offers.offersHeading.waitFor();
      await offers.offer(/Yoga Flow/).waitFor();
      assert.equal(await widget.locator(".tb-widget").getAttribute("lang"), lang);
      assertNoEnglish(lang, await visible(widget), "offer", left);

      // Time: day names from the browser in the language, its clock.
      await offers.chooseOffer("Yoga Flow");
      await offers.freeTimes.first().waitFor();
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
      await offers.chooseTime(offers.freeTimes.first());
      await widget.getByLabel(t("First name"), { exact: true }).waitFor();
      assertNoEnglish(lang, await visible(widget), "details", left);

      // Mistakes are told in the language too.
      await offers.book();
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
  const host = await f.open("/pages/booking.html", { locale: "en-US" });
  try {
    const widget = await addWidget(host.page, { ...PRIVACY, ...apiAttributes("open-api", f.mock.base), lang: "pl" });
    const offers = new TrialOffers(widget, { t });
    const polishYoga = texts("demo/pl.json")[ENGLISH_DEMO.indexOf("A calm, flowing class for every level: breathing, balance and stretching. Mats are provided.")];
    await widget.getByText(polishYoga).waitFor();
    await offers.offer(/Yoga Flow/).click();
    await offers.chooseTime(offers.freeTimes.first());
    await widget.getByLabel(t("First name"), { exact: true }).fill("Zofia");
    await widget.getByLabel(t("Last name"), { exact: true }).fill("Nowak");
    await widget.getByLabel(t("E-mail address"), { exact: true }).fill("zofia.languages@example.com");
    await widget.getByLabel(t("Phone number"), { exact: true }).fill("+48 22 555 01 00");
    const consent = t("I agree that the studio processes my details to arrange my trial session, as described in the {link}.", { link: t("privacy policy") });
    await widget.getByRole("checkbox", { name: consent }).check();
    await offers.book();
    await offers.booked();

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
