//! The demo studio's own texts (offer titles and descriptions, rooms,
//! campaigns, message categories) in the visitor's language.
//!
//! The texts live in `texts/<lang>.ftl`, checked at build time like the
//! widget's. The studio's data is made with the English ones; an answer for
//! another language has them replaced in the fields that carry studio texts
//! ([`DemoTexts::localize`]). Native builds (the mock server, tests) have every
//! language compiled in; the widget's wasm fetches the visitor's one language
//! (`dist/locales/demo/<lang>.json`) and hands it over as [`DemoTexts`].

include!(concat!(env!("OUT_DIR"), "/demo_texts.rs"));

/// The English text the studio's data is made with.
pub fn en(text: DemoText) -> &'static str {
    ENGLISH[text as usize]
}

/// The demo studio's texts in one language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DemoTexts {
    /// In `DemoText` order; empty for English.
    texts: Vec<String>,
}

/// The fields of an answer whose string values are the studio's texts; names
/// of people, studios and streets stay as they are.
const TEXT_FIELDS: [&str; 7] = [
    "name",
    "title",
    "category",
    "description",
    "trialSessionName",
    "shortDescription",
    "publicDescription",
];

impl DemoTexts {
    pub fn english() -> DemoTexts {
        DemoTexts::default()
    }

    /// From `demo-texts/<lang>.json`: an array of strings in `DemoText` order.
    pub fn from_json(json: &str) -> Result<DemoTexts, String> {
        let texts: Vec<String> =
            serde_json::from_str(json).map_err(|e| format!("demo texts: {e}"))?;
        DemoTexts::from_texts(texts)
    }

    /// From the strings of `demo-texts/<lang>.json`, in `DemoText` order.
    pub fn from_texts(texts: Vec<String>) -> Result<DemoTexts, String> {
        if texts.len() != ENGLISH.len() {
            return Err(format!(
                "demo texts: {} texts, this build needs {}",
                texts.len(),
                ENGLISH.len()
            ));
        }
        Ok(DemoTexts { texts })
    }

    /// The texts compiled in for a language tag such as `de-AT` or an
    /// `Accept-Language` value such as `pl,en;q=0.8`: the first language the
    /// demo speaks, else English.
    #[cfg(any(not(target_arch = "wasm32"), feature = "bundled-texts"))]
    pub fn bundled(tags: &str) -> DemoTexts {
        let lang = tags.split(',').find_map(|tag| {
            let primary = tag.split(';').next()?.trim().split(['-', '_']).next()?;
            let primary = primary.to_ascii_lowercase();
            DEMO_LANGUAGES.into_iter().find(|l| *l == primary)
        });
        match lang {
            Some(lang) if lang != "en" => bundled_json(lang)
                .and_then(|json| DemoTexts::from_json(json).ok())
                .unwrap_or_default(),
            _ => DemoTexts::english(),
        }
    }

    pub fn is_english(&self) -> bool {
        self.texts.is_empty()
    }

    /// The text in this language.
    pub fn get(&self, text: DemoText) -> &str {
        self.texts
            .get(text as usize)
            .map_or(en(text), String::as_str)
    }

    /// An answer's JSON body with the studio's English texts replaced by this
    /// language's, where they are the whole value of one of [`TEXT_FIELDS`].
    /// Works on the text serde_json wrote (`"title":"Body check"`): parsing
    /// the body again would cost the widget's wasm more.
    #[inline(never)]
    pub fn localize(&self, mut body: String) -> String {
        if self.is_english() {
            return body;
        }
        for (english, theirs) in ENGLISH.iter().zip(&self.texts) {
            if !body.contains(english) {
                continue;
            }
            let theirs = serde_json::to_string(theirs).unwrap_or_default();
            for field in TEXT_FIELDS {
                let from = format!("\"{field}\":\"{english}\"");
                if body.contains(&from) {
                    body = body.replace(&from, &format!("\"{field}\":{theirs}"));
                }
            }
        }
        body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_is_compiled_in_natively_and_complete() {
        for lang in DEMO_LANGUAGES {
            let texts = DemoTexts::bundled(lang);
            assert_eq!(texts.is_english(), lang == "en", "{lang}");
            for &text in DemoText::ALL {
                assert!(!texts.get(text).is_empty(), "{lang} {}", text.id());
            }
        }
    }

    #[test]
    fn the_first_language_of_accept_language_the_demo_speaks_wins() {
        let de = DemoTexts::bundled("de");
        assert_eq!(
            de.get(DemoText::AppointmentIntroTitle),
            "Einführung mit Trainer"
        );
        assert_eq!(DemoTexts::bundled("xx, de-AT;q=0.9, en;q=0.5"), de);
        assert!(DemoTexts::bundled("").is_english());
        assert!(DemoTexts::bundled("xx").is_english());
    }

    #[test]
    fn only_the_studio_texts_of_an_answer_change() {
        use serde_json::Value;
        let body = serde_json::json!({
            "title": en(DemoText::AppointmentBodyCheckTitle),
            "instructors": [{ "firstName": "Body check" }],
            "location": { "name": en(DemoText::RoomCourse), "description": null },
            "name": "Someone's own words"
        })
        .to_string();
        let pl: Value =
            serde_json::from_str(&DemoTexts::bundled("pl").localize(body.clone())).unwrap();
        assert_eq!(pl["title"], "Analiza składu ciała");
        assert_eq!(pl["instructors"][0]["firstName"], "Body check");
        assert_eq!(pl["location"]["name"], "Sala 1");
        assert_eq!(pl["name"], "Someone's own words");
        assert_eq!(DemoTexts::english().localize(body.clone()), body);
        assert!(DemoTexts::from_json("[\"one\"]")
            .unwrap_err()
            .contains("this build needs"));
    }
}
