//! Plural forms: the CLDR category of a number in a language ("one", "few",
//! "many", …), asked of the browser's `Intl.PluralRules`.

use super::texts::Texts;
#[cfg(target_arch = "wasm32")]
use super::Lang;
#[cfg(target_arch = "wasm32")]
use std::cell::RefCell;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsValue;

impl Texts {
    /// The CLDR plural category of `n` in this language ("one", "few", …).
    #[cfg(target_arch = "wasm32")]
    pub(super) fn plural_category(&self, n: f64) -> String {
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
    pub(super) fn plural_category(&self, n: f64) -> String {
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
