//! One language's texts, read from `locales/<lang>.json` (the browser's
//! `JSON.parse` in the widget, serde_json's in native tests), kept once per
//! page.

use super::Key;
use super::Lang;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

/// A piece of a message, as `locales/<lang>.json` writes it.
#[derive(Debug)]
pub(super) enum Part {
    Text(String),
    Var(String),
    /// A plural choice on a number: (CLDR category, form), `other` among them.
    Select {
        var: String,
        forms: Vec<(String, Vec<Part>)>,
    },
}

#[derive(Debug)]
pub(super) struct Message {
    /// The text; for a message with variables, the text with `{name}` for each
    /// and the `other` form of a plural choice.
    pub(super) text: String,
    /// The pieces, for a message with variables.
    pub(super) parts: Option<Vec<Part>>,
}

/// One language's texts, read from `locales/<lang>.json`: an array in `Key`
/// order whose entries are a string (plain text), `{"$": "name"}` (a
/// variable), `{"$": "n", "one": …, "other": …}` (a plural choice on `n`,
/// each form again one of these) or an array of those (text with variables).
/// The shape is written by `crates/locales-pack` (`to_json`).
#[derive(Debug)]
pub struct Texts {
    pub(super) lang: Lang,
    pub(super) messages: Vec<Message>,
}

/// Read access to parsed JSON: the browser's (`JSON.parse` in the loader) in
/// the widget, serde_json's in native tests.
pub(super) trait Json: Sized {
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
    pub(super) fn read<J: Json>(lang: Lang, json: &J) -> Result<Texts, String> {
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
}

/// The texts of `lang`: those read before, or `read()` kept for the page's life.
pub(super) fn texts_of(
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
