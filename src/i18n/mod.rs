//! Translations. Every text a visitor sees comes from `locales/<lang>.ftl`
//! (Fluent, one file per language). `build.rs` checks the files with
//! `crates/locales-pack` and generates `Key` (one variant per message) and
//! `Lang`; the texts themselves are not compiled in. The loader fetches the
//! visitor's one language as `locales/<lang>.json` and hands it to `mount`,
//! which reads it with [`I18n::from_js`]. Plural forms are chosen at run time
//! with the browser's `Intl.PluralRules`. No DOM access.

mod locale;
mod plural;
mod texts;

use locale::locale_tag;
use texts::{texts_of, Part, Texts};
use wasm_bindgen::JsValue;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The codes of the languages the widget speaks, English first: one
/// `locales/<code>.ftl` each, and one `locales/<code>.json` each in `dist/`.
pub fn language_codes() -> &'static [&'static str] {
    &LANGUAGES
}

/// The texts of one language, and the visitor's locale for dates and times.
/// `Copy`, so components can hold it freely.
#[derive(Clone, Copy, Debug)]
pub struct I18n {
    pub lang: Lang,
    /// BCP 47 tag for `Intl` formatting, e.g. `en-GB` (24-hour clock) or `en-US`.
    pub locale: &'static str,
    texts: &'static Texts,
}

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && self.locale == other.locale
            && std::ptr::eq(self.texts, other.texts)
    }
}

impl Eq for I18n {}

impl I18n {
    /// The visitor's language from the loader: `locale` is the tag it chose
    /// (`de-AT`, kept for `Intl`), `texts` the `JSON.parse`d
    /// `locales/<lang>.json` of that language. A language already read on the
    /// page is not read again.
    pub fn from_js(locale: &str, texts: &JsValue) -> Result<I18n, String> {
        Self::with(locale, |lang| Texts::read(lang, texts))
    }

    /// As [`I18n::from_js`], from the JSON text of `locales/<lang>.json`.
    pub fn from_json(locale: &str, json: &str) -> Result<I18n, String> {
        Self::with(locale, |lang| {
            #[cfg(target_arch = "wasm32")]
            let value =
                js_sys::JSON::parse(json).map_err(|_| "the texts are not JSON".to_string())?;
            #[cfg(not(target_arch = "wasm32"))]
            let value: serde_json::Value =
                serde_json::from_str(json).map_err(|e| format!("the texts are not JSON: {e}"))?;
            Texts::read(lang, &value)
        })
    }

    fn with(
        locale: &str,
        read: impl FnOnce(Lang) -> Result<Texts, String>,
    ) -> Result<I18n, String> {
        let lang = Lang::from_tag(locale).ok_or_else(|| {
            format!(
                "\"{locale}\" is not a language the widget speaks ({})",
                LANGUAGES.join(", ")
            )
        })?;
        Ok(I18n {
            lang,
            locale: locale_tag(locale, lang),
            texts: texts_of(lang, || read(lang))?,
        })
    }

    /// The texts compiled in with the `bundled-locales` feature (tests), for a
    /// tag such as `de-CH`; English for a language the widget does not speak.
    #[cfg(any(test, feature = "bundled-locales"))]
    pub fn bundled(locale: &str) -> I18n {
        let lang = Lang::from_tag(locale).unwrap_or(Lang::En);
        let tag = if Lang::from_tag(locale).is_some() {
            locale
        } else {
            "en"
        };
        Self::from_json(tag, lang.bundled_json()).expect("bundled texts are checked at build time")
    }

    /// The bundled texts of `lang` (tests).
    #[cfg(any(test, feature = "bundled-locales"))]
    pub fn new(lang: Lang) -> I18n {
        Self::bundled(lang.code())
    }

    /// The text for `key`, with `{name}` for each variable (and the `other`
    /// form of a plural choice).
    #[inline(never)]
    pub fn t(self, key: Key) -> &'static str {
        &self.texts.messages[key as usize].text
    }

    /// The text for `key` with each variable replaced by its value, and the
    /// plural form the language uses for a number (`("n", "3")`). A variable
    /// without a value stays visible as `{name}`, so tests notice.
    #[inline(never)]
    pub fn format(self, key: Key, args: &[(&str, &str)]) -> String {
        let message = &self.texts.messages[key as usize];
        match &message.parts {
            None => message.text.clone(),
            Some(parts) => {
                let mut out = String::with_capacity(message.text.len() + 16);
                self.render(parts, args, &mut out);
                out
            }
        }
    }

    /// The text for `key` with the count `n` (`{ $n -> [one] … }`).
    pub fn count(self, key: Key, n: u32) -> String {
        self.format(key, &[("n", &n.to_string())])
    }

    fn render(self, parts: &[Part], args: &[(&str, &str)], out: &mut String) {
        let value = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
        for part in parts {
            match part {
                Part::Text(text) => out.push_str(text),
                Part::Var(name) => match value(name) {
                    Some(v) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Part::Select { var, forms } => {
                    // Whole numbers only (counts): parsing floats would cost the wasm 5 KB.
                    let category = value(var)
                        .and_then(|v| v.trim().parse::<i64>().ok())
                        .map(|n| self.texts.plural_category(n as f64));
                    let form = forms
                        .iter()
                        .find(|(c, _)| Some(c) == category.as_ref())
                        .or_else(|| forms.iter().find(|(c, _)| c == "other"));
                    if let Some((_, form)) = form {
                        self.render(form, args, out);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_pick_the_language() {
        assert_eq!(Lang::from_tag("de"), Some(Lang::De));
        assert_eq!(Lang::from_tag("de-CH"), Some(Lang::De));
        assert_eq!(Lang::from_tag("EN_us"), Some(Lang::En));
        assert_eq!(Lang::from_tag("xx"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn variables_are_filled_and_missing_ones_stay_visible() {
        let en = I18n::new(Lang::En);
        assert_eq!(
            en.format(Key::BookingAs, &[("name", "Ana"), ("email", "a@b.c")]),
            "You are booking as Ana (a@b.c)."
        );
        assert_eq!(
            en.format(Key::BookingAs, &[]),
            "You are booking as {name} ({email})."
        );
        assert_eq!(en.t(Key::TimeHeading), "Choose a time: {offer}");
        assert_eq!(en.t(Key::SlotSpots), "{n} places left");
    }

    #[test]
    fn plural_forms_follow_the_language() {
        let spots = |lang, n| I18n::new(lang).count(Key::SlotSpots, n);
        assert_eq!(spots(Lang::En, 1), "1 place left");
        assert_eq!(spots(Lang::En, 3), "3 places left");
        assert_eq!(spots(Lang::De, 1), "Noch 1 Platz frei");
        assert_eq!(spots(Lang::Pl, 1), "Zostało 1 miejsce");
        assert_eq!(spots(Lang::Pl, 3), "Zostały 3 miejsca");
        assert_eq!(spots(Lang::Pl, 5), "Zostało 5 miejsc");
        assert_eq!(spots(Lang::Pl, 22), "Zostały 22 miejsca");
        assert_eq!(spots(Lang::Ru, 21), "Осталось 21 место");
        assert_eq!(spots(Lang::Ru, 11), "Осталось 11 мест");
        assert_eq!(spots(Lang::Sl, 2), "Še 2 prosti mesti");
        assert_eq!(spots(Lang::Sl, 3), "Še 3 prosta mesta");
        assert_eq!(spots(Lang::Sl, 5), "Še 5 prostih mest");
        assert_eq!(spots(Lang::Cs, 4), "Zbývají 4 místa");
        assert_eq!(spots(Lang::Ro, 20), "Au mai rămas 20 de locuri");
        assert_eq!(spots(Lang::Tr, 3), "3 yer kaldı", "no plural forms needed");
        // A value that is not a number takes the `other` form.
        let en = I18n::new(Lang::En);
        assert_eq!(
            en.format(Key::SlotSpots, &[("n", "many")]),
            "many places left"
        );
    }

    #[test]
    fn texts_from_json_are_read_once_per_language_and_keep_the_full_tag() {
        let at = I18n::from_json("de-AT", Lang::De.bundled_json()).unwrap();
        let ch = I18n::from_json("de_CH", Lang::De.bundled_json()).unwrap();
        assert_eq!(
            (at.lang, at.locale, ch.locale),
            (Lang::De, "de-AT", "de-CH")
        );
        assert!(
            std::ptr::eq(at.texts, ch.texts),
            "one copy of German per page"
        );
        assert_eq!(
            I18n::from_json("en-<script>", Lang::En.bundled_json())
                .unwrap()
                .locale,
            "en",
            "odd tags fall back to the language"
        );
        assert!(I18n::from_json("xx", Lang::En.bundled_json())
            .unwrap_err()
            .contains("not a language the widget speaks"));
        assert_eq!(I18n::bundled("xx-YY").lang, Lang::En);
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn texts_of_another_build_are_refused() {
        let error = Texts::read(Lang::De, &serde_json::json!(["only one"])).unwrap_err();
        assert!(error.contains("from another build"), "{error}");
        let mut entries: Vec<serde_json::Value> =
            serde_json::from_str(Lang::De.bundled_json()).unwrap();
        entries[0] = serde_json::json!({ "$": "n", "one": "x" });
        let error = Texts::read(Lang::De, &serde_json::Value::Array(entries)).unwrap_err();
        assert!(error.contains("no \"other\" form"), "{error}");
    }

    #[test]
    fn every_language_file_is_listed_and_the_loader_agrees() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| {
                let name = e.unwrap().file_name().into_string().unwrap();
                name.strip_suffix(".ftl").map(str::to_string)
            })
            .collect();
        files.sort();
        let mut codes: Vec<&str> = language_codes().to_vec();
        codes.sort();
        assert_eq!(files, codes);
        // The loader matches among the same languages. When the widget cannot
        // be loaded it says so from the visitor's texts file (these entries of
        // it), or in English when that file cannot be had either.
        let index = |key: Key| Key::ALL.iter().position(|k| *k == key).unwrap();
        let english = I18n::new(Lang::En);
        let quote = |key| serde_json::to_string(english.t(key)).unwrap();
        let list = codes
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(", ");
        crate::generated::check(
            "locales/*.ftl",
            vec![
                crate::generated::Place {
                    file: "src/embed/trial-booking.js",
                    begin: "// <languages: generated from locales/*.ftl>\n",
                    end: "// </languages>",
                    text: format!("const LANGUAGES = [{list}];\n"),
                },
                // The snippet builder offers the same languages.
                crate::generated::Place {
                    file: "configure/builder/options.js",
                    begin: "// <languages: generated from locales/*.ftl>\n",
                    end: "// </languages>",
                    text: format!("export const LANGUAGES = [{list}];\n"),
                },
                crate::generated::Place {
                    file: "src/embed/trial-booking.js",
                    begin: "// <load-failed: generated from locales/*.ftl>\n",
                    end: "// </load-failed>",
                    text: format!(
                        "const LOAD_FAILED_KEYS = [{}, {}];\nconst LOAD_FAILED_ENGLISH = [{}, {}];\n",
                        index(Key::LoadFailed),
                        index(Key::TryAgain),
                        quote(Key::LoadFailed),
                        quote(Key::TryAgain)
                    ),
                },
            ],
        );
    }

    #[test]
    fn every_language_has_every_text() {
        for &lang in Lang::ALL {
            for &key in Key::ALL {
                assert!(!I18n::new(lang).t(key).is_empty(), "{lang:?} {}", key.id());
            }
        }
        assert_eq!(I18n::new(Lang::De).t(Key::StepTime), "Termin");
    }
}
