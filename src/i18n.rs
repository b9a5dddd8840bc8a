//! Translations. Every text a visitor sees comes from `locales/<lang>.ftl`
//! (Fluent, one file per language). `build.rs` checks the files with
//! `crates/locales-pack` and generates `Key` (one variant per message) and
//! `Lang`; the texts themselves are not compiled in. The loader fetches the
//! visitor's one language as `locales/<lang>.json` and hands it to `mount`,
//! which reads it with [`I18n::from_js`]. Plural forms are chosen at run time
//! with the browser's `Intl.PluralRules`. No DOM access.

use crate::config::{ConfigError, UrlProblem, BACKENDS, FLOWS, MODES};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

impl Lang {
    /// The language for a BCP 47 tag such as `de`, `de-CH` or `EN_us`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.iter().copied().find(|l| l.code() == primary)
    }
}

/// The codes of the languages the widget speaks, English first: one
/// `locales/<code>.ftl` each, and one `locales/<code>.json` each in `dist/`.
pub fn language_codes() -> &'static [&'static str] {
    &LANGUAGES
}

/// A piece of a message, as `locales/<lang>.json` writes it.
#[derive(Debug)]
enum Part {
    Text(String),
    Var(String),
    /// A plural choice on a number: (CLDR category, form), `other` among them.
    Select {
        var: String,
        forms: Vec<(String, Vec<Part>)>,
    },
}

#[derive(Debug)]
struct Message {
    /// The text; for a message with variables, the text with `{name}` for each
    /// and the `other` form of a plural choice.
    text: String,
    /// The pieces, for a message with variables.
    parts: Option<Vec<Part>>,
}

/// One language's texts, read from `locales/<lang>.json`: an array in `Key`
/// order whose entries are a string (plain text), `{"$": "name"}` (a
/// variable), `{"$": "n", "one": …, "other": …}` (a plural choice on `n`,
/// each form again one of these) or an array of those (text with variables).
/// The shape is written by `crates/locales-pack` (`to_json`).
#[derive(Debug)]
pub struct Texts {
    lang: Lang,
    messages: Vec<Message>,
}

/// Read access to parsed JSON: the browser's (`JSON.parse` in the loader) in
/// the widget, serde_json's in native tests.
trait Json: Sized {
    fn string(&self) -> Option<String>;
    fn items(&self) -> Option<Vec<Self>>;
    fn fields(&self) -> Option<Vec<(String, Self)>>;
}

impl Json for JsValue {
    fn string(&self) -> Option<String> {
        self.as_string()
    }
    fn items(&self) -> Option<Vec<Self>> {
        js_sys::Array::is_array(self).then(|| js_sys::Array::from(self).iter().collect())
    }
    fn fields(&self) -> Option<Vec<(String, Self)>> {
        let object = self.dyn_ref::<js_sys::Object>()?;
        Some(
            js_sys::Object::entries(object)
                .iter()
                .filter_map(|entry| {
                    let pair = js_sys::Array::from(&entry);
                    Some((pair.get(0).as_string()?, pair.get(1)))
                })
                .collect(),
        )
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Json for serde_json::Value {
    fn string(&self) -> Option<String> {
        self.as_str().map(str::to_string)
    }
    fn items(&self) -> Option<Vec<Self>> {
        self.as_array().cloned()
    }
    fn fields(&self) -> Option<Vec<(String, Self)>> {
        self.as_object()
            .map(|o| o.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
    }
}

impl Texts {
    fn read<J: Json>(lang: Lang, json: &J) -> Result<Texts, String> {
        let entries = json
            .items()
            .ok_or("the texts must be a JSON array (locales/<lang>.json)")?;
        if entries.len() != Key::ALL.len() {
            return Err(format!(
                "the texts of {} have {} messages, this widget needs {}: locales/{}.json is from another build",
                lang.code(),
                entries.len(),
                Key::ALL.len(),
                lang.code()
            ));
        }
        let messages = entries
            .iter()
            .enumerate()
            .map(|(index, entry)| {
                // By position: the ids would cost the wasm their bytes.
                let parts = read_pattern(entry, true)
                    .map_err(|e| format!("{}.json, message {}: {e}", lang.code(), index + 1))?;
                Ok(match parts.as_slice() {
                    [Part::Text(text)] => Message {
                        text: text.clone(),
                        parts: None,
                    },
                    _ => Message {
                        text: sketch(&parts),
                        parts: Some(parts),
                    },
                })
            })
            .collect::<Result<_, String>>()?;
        Ok(Texts { lang, messages })
    }

    /// The CLDR plural category of `n` in this language ("one", "few", …).
    #[cfg(target_arch = "wasm32")]
    fn plural_category(&self, n: f64) -> String {
        thread_local! {
            /// One `Intl.PluralRules` per language, made when first needed.
            static RULES: RefCell<Vec<(Lang, js_sys::Intl::PluralRules)>> = const { RefCell::new(Vec::new()) };
        }
        RULES.with(|rules| {
            let mut rules = rules.borrow_mut();
            if let Some((_, known)) = rules.iter().find(|(l, _)| *l == self.lang) {
                return known.select(n).into();
            }
            let made = js_sys::Intl::PluralRules::new(
                &js_sys::Array::of1(&JsValue::from_str(self.lang.code())),
                &js_sys::Object::new(),
            );
            let category = made.select(n).into();
            rules.push((self.lang, made));
            category
        })
    }

    /// Natively (tests) there is no `Intl`: CLDR's rules for whole numbers of
    /// the languages whose forms tests look at. The widget asks the browser.
    #[cfg(not(target_arch = "wasm32"))]
    fn plural_category(&self, n: f64) -> String {
        let i = n.abs() as u64;
        let (m10, m100) = (i % 10, i % 100);
        let slavic_few = (2..=4).contains(&m10) && !(12..=14).contains(&m100);
        match self.lang.code() {
            _ if n.fract() != 0.0 => "other",
            "pl" if i == 1 => "one",
            "pl" if slavic_few => "few",
            "pl" => "many",
            "ru" if m10 == 1 && m100 != 11 => "one",
            "ru" if slavic_few => "few",
            "ru" => "many",
            "cs" if i == 1 => "one",
            "cs" if (2..=4).contains(&i) => "few",
            "sl" if m100 == 1 => "one",
            "sl" if m100 == 2 => "two",
            "sl" if (3..=4).contains(&m100) => "few",
            "ro" if i == 1 => "one",
            "ro" if i == 0 || (1..=19).contains(&m100) => "few",
            "fr" if i <= 1 => "one",
            "cs" | "sl" | "ro" | "fr" => "other",
            _ if i == 1 => "one",
            _ => "other",
        }
        .to_string()
    }
}

fn read_pattern<J: Json>(json: &J, top: bool) -> Result<Vec<Part>, String> {
    match json.items() {
        Some(items) => items.iter().map(|item| read_part(item, top)).collect(),
        None => Ok(vec![read_part(json, top)?]),
    }
}

fn read_part<J: Json>(json: &J, top: bool) -> Result<Part, String> {
    if let Some(text) = json.string() {
        return Ok(Part::Text(text));
    }
    let fields = json
        .fields()
        .ok_or("expected a string, an object or an array")?;
    let mut var = None;
    let mut forms = Vec::new();
    for (name, value) in fields {
        if name == "$" {
            var = value.string();
        } else if top {
            forms.push((name, read_pattern(&value, false)?));
        } else {
            return Err("a plural choice inside a plural choice".into());
        }
    }
    let var = var.ok_or("an object needs \"$\": the variable's name")?;
    if forms.is_empty() {
        return Ok(Part::Var(var));
    }
    if !forms.iter().any(|(category, _)| category == "other") {
        return Err(format!("the plural choice on ${var} has no \"other\" form"));
    }
    Ok(Part::Select { var, forms })
}

fn sketch(parts: &[Part]) -> String {
    let mut out = String::new();
    for part in parts {
        match part {
            Part::Text(text) => out.push_str(text),
            Part::Var(name) => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
            Part::Select { forms, .. } => {
                if let Some((_, form)) = forms.iter().find(|(c, _)| c == "other") {
                    out.push_str(&sketch(form));
                }
            }
        }
    }
    out
}

thread_local! {
    /// Texts live as long as the page; each language is read once.
    static TEXTS: RefCell<Vec<&'static Texts>> = const { RefCell::new(Vec::new()) };
    /// Locale tags likewise; each distinct one is stored once.
    static TAGS: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// The texts of `lang`: those read before, or `read()` kept for the page's life.
fn texts_of(
    lang: Lang,
    read: impl FnOnce() -> Result<Texts, String>,
) -> Result<&'static Texts, String> {
    if let Some(known) = TEXTS.with(|t| t.borrow().iter().copied().find(|t| t.lang == lang)) {
        return Ok(known);
    }
    let texts: &'static Texts = Box::leak(Box::new(read()?));
    TEXTS.with(|t| t.borrow_mut().push(texts));
    Ok(texts)
}

/// `tag` if it is a plausible BCP 47 tag (it goes to `Intl`), else the
/// language's code; stored once per distinct tag.
fn locale_tag(tag: &str, lang: Lang) -> &'static str {
    let tag = tag.trim().replace('_', "-");
    let valid = tag.len() <= 35 && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !valid {
        return lang.code();
    }
    TAGS.with(|tags| {
        let mut tags = tags.borrow_mut();
        match tags.iter().find(|t| **t == tag) {
            Some(existing) => existing,
            None => {
                let leaked: &'static str = Box::leak(tag.into_boxed_str());
                tags.push(leaked);
                leaked
            }
        }
    })
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

    /// What to tell the page's visitor and developer about a configuration mistake.
    pub fn config_error(self, error: &ConfigError) -> String {
        match error {
            ConfigError::UnknownBackend { value } => self.format(
                Key::ConfigUnknownBackend,
                &[("value", value), ("choices", &BACKENDS.join(", "))],
            ),
            ConfigError::UnknownMode { value } => self.format(
                Key::ConfigUnknownMode,
                &[("value", value), ("choices", &MODES.join(", "))],
            ),
            ConfigError::MissingAttribute { attribute, backend } => self.format(
                Key::ConfigMissingAttribute,
                &[("attribute", attribute), ("backend", backend)],
            ),
            ConfigError::InvalidUrl {
                attribute,
                value,
                reason,
            } => {
                let key = match reason {
                    UrlProblem::Scheme => Key::ConfigUrlScheme,
                    UrlProblem::Malformed => Key::ConfigUrlMalformed,
                    UrlProblem::QueryOrFragment => Key::ConfigUrlQuery,
                };
                self.format(key, &[("attribute", attribute), ("value", value)])
            }
            ConfigError::InvalidId { attribute, value } => self.format(
                Key::ConfigInvalidId,
                &[("attribute", attribute), ("value", value)],
            ),
            ConfigError::NotForBackend { attribute, backend } => self.format(
                Key::ConfigNotForBackend,
                &[("attribute", attribute), ("backend", backend)],
            ),
            ConfigError::LeadModeNeedsConnect => self.t(Key::ConfigLeadNeedsConnect).to_string(),
            ConfigError::EmptyHeading => self.t(Key::ConfigEmptyHeading).to_string(),
            ConfigError::UnknownValue {
                attribute,
                value,
                choices,
            } => self.format(
                Key::ConfigUnknownValue,
                &[
                    ("attribute", attribute),
                    ("value", value),
                    ("choices", &choices.join(", ")),
                ],
            ),
            ConfigError::FloatingButtonNeedsPopup => {
                self.t(Key::ConfigFloatingNeedsPopup).to_string()
            }
            ConfigError::InvalidUtmCampaigns { value } => {
                self.format(Key::ConfigInvalidUtmCampaigns, &[("value", value)])
            }
            ConfigError::BackendNotInThisBuild { backend } => {
                self.format(Key::ConfigBackendNotBuilt, &[("backend", backend)])
            }
            ConfigError::InvalidFlag { attribute, value } => self.format(
                Key::ConfigInvalidFlag,
                &[("attribute", attribute), ("value", value)],
            ),
            ConfigError::UnknownFlow { value } => self.format(
                Key::ConfigUnknownFlow,
                &[("value", value), ("choices", &FLOWS.join(", "))],
            ),
            ConfigError::FlowNotForBackend { flow, backend } => self.format(
                Key::ConfigFlowNotForBackend,
                &[("flow", flow), ("backend", backend)],
            ),
            ConfigError::Misspelled {
                attribute,
                suggestion,
            } => self.format(
                Key::ConfigMisspelled,
                &[("attribute", attribute), ("suggestion", suggestion)],
            ),
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
        // The loader negotiates among the same languages, listed in one line:
        // `const LANGUAGES = ["cs", "de", …];`
        let loader = include_str!("embed/trial-booking.js");
        let line = loader
            .lines()
            .find_map(|l| l.trim().strip_prefix("const LANGUAGES = "));
        match line {
            Some(list) => {
                let mut listed: Vec<String> = serde_json::from_str(list.trim_end_matches(';'))
                    .unwrap_or_else(|e| panic!("trial-booking.js: LANGUAGES: {e}"));
                listed.sort();
                assert_eq!(listed, codes, "trial-booking.js LANGUAGES vs locales/*.ftl");
            }
            None => eprintln!(
                "src/embed/trial-booking.js has no `const LANGUAGES = [...]` line yet: not compared"
            ),
        }
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

    #[test]
    fn config_errors_are_fully_translated() {
        let errors = [
            ConfigError::UnknownBackend { value: "x".into() },
            ConfigError::UnknownMode { value: "x".into() },
            ConfigError::MissingAttribute {
                attribute: "api-base",
                backend: "connect",
            },
            ConfigError::InvalidUrl {
                attribute: "api-base",
                value: "x".into(),
                reason: UrlProblem::Scheme,
            },
            ConfigError::InvalidUrl {
                attribute: "api-base",
                value: "x".into(),
                reason: UrlProblem::Malformed,
            },
            ConfigError::InvalidUrl {
                attribute: "api-base",
                value: "x".into(),
                reason: UrlProblem::QueryOrFragment,
            },
            ConfigError::InvalidId {
                attribute: "studio-id",
                value: "x".into(),
            },
            ConfigError::NotForBackend {
                attribute: "studio-id",
                backend: "open-api",
            },
            ConfigError::LeadModeNeedsConnect,
            ConfigError::EmptyHeading,
            ConfigError::BackendNotInThisBuild { backend: "demo" },
            ConfigError::UnknownValue {
                attribute: "display",
                value: "x".into(),
                choices: crate::config::DISPLAYS,
            },
            ConfigError::FloatingButtonNeedsPopup,
            ConfigError::InvalidUtmCampaigns { value: "x".into() },
            ConfigError::UnknownFlow { value: "x".into() },
            ConfigError::InvalidFlag {
                attribute: "campaign-choice",
                value: "x".into(),
            },
            ConfigError::FlowNotForBackend {
                flow: "trial-session",
                backend: "open-api",
            },
            ConfigError::Misspelled {
                attribute: "bakend".into(),
                suggestion: "backend",
            },
        ];
        for &lang in Lang::ALL {
            for error in &errors {
                let text = I18n::new(lang).config_error(error);
                assert!(
                    !text.contains('{'),
                    "{lang:?}: unfilled placeholder in {text}"
                );
            }
        }
        let en = I18n::new(Lang::En).config_error(&ConfigError::UnknownBackend {
            value: "magicline".into(),
        });
        assert_eq!(
            en,
            "backend=\"magicline\" is not a known backend. Use one of: demo, open-api, connect."
        );
    }
}
