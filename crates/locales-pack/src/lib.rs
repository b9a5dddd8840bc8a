//! The widget's texts at build time.
//!
//! Every language is one Fluent file, `<dir>/<lang>.ftl`. English (`en.ftl`) is
//! the reference: it defines the message ids (and so the `Key` enum the
//! widget's code uses) and the variables each message takes. This crate parses
//! the files with `fluent-syntax`, checks each language against English and
//! against the plural categories CLDR gives the language
//! ([`PLURAL_CATEGORIES`]), and turns each into the compact JSON the widget
//! reads at run time ([`to_json`]).
//!
//! Used by the widget's `build.rs` (the build fails on any problem, naming file,
//! line and id), by the demo studio's `build.rs` for its own texts, and by the
//! `locales-pack` binary that Trunk runs to put the JSON files into
//! `dist/locales/`.
//!
//! The part of Fluent the widget supports: text, variables (`{ $name }`), string
//! literals (`{ "{" }`), and selects on a variable by plural category
//! (`{ $n -> [one] … [few] … *[other] … }`, with `other` the default), not
//! nested. Terms, message references, attributes, functions and number-keyed
//! variants are refused with a message naming file, line and id.

use fluent_syntax::ast;
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

/// The reference language: it defines the ids, the variables and the order.
pub const REFERENCE: &str = "en";

/// CLDR cardinal plural categories per language: those a message that selects
/// on a number must have, and those it may have besides.
///
/// French, Spanish and Italian have `many` in CLDR only for numbers like a
/// million (`1 000 000 de places`); no count the widget shows gets there, so it
/// is allowed, not required (a missing variant falls back to `*[other]`).
/// Czech `many` is for fractions (`1,5 dne`) but is required all the same, so
/// that a translator sees every form of the language.
pub const PLURAL_CATEGORIES: &[(&str, &[&str], &[&str])] = &[
    ("cs", &["one", "few", "many", "other"], &[]),
    ("de", &["one", "other"], &[]),
    ("en", &["one", "other"], &[]),
    ("es", &["one", "other"], &["many"]),
    ("fr", &["one", "other"], &["many"]),
    ("hu", &["one", "other"], &[]),
    ("it", &["one", "other"], &["many"]),
    ("nb", &["one", "other"], &[]),
    ("nl", &["one", "other"], &[]),
    ("pl", &["one", "few", "many", "other"], &[]),
    ("ro", &["one", "few", "other"], &[]),
    ("ru", &["one", "few", "many", "other"], &[]),
    ("sl", &["one", "two", "few", "other"], &[]),
    ("sv", &["one", "other"], &[]),
    ("tr", &["one", "other"], &[]),
];

/// The required and the further allowed plural categories of `lang`.
pub fn plural_categories(lang: &str) -> Option<(&'static [&'static str], &'static [&'static str])> {
    PLURAL_CATEGORIES
        .iter()
        .find(|(code, _, _)| *code == lang)
        .map(|(_, required, optional)| (*required, *optional))
}

/// One piece of a message's text.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    Text(String),
    /// `{ $name }`
    Var(String),
    /// `{ $var -> [one] … *[other] … }`: (category, text) pairs, `other` among them.
    Select {
        var: String,
        variants: Vec<(String, Vec<Part>)>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub id: String,
    /// 1-based line of the message in its file.
    pub line: usize,
    pub parts: Vec<Part>,
}

impl Message {
    /// Every variable the message uses, in its text and as a selector.
    pub fn variables(&self) -> BTreeSet<String> {
        fn walk(parts: &[Part], out: &mut BTreeSet<String>) {
            for part in parts {
                match part {
                    Part::Text(_) => {}
                    Part::Var(name) => {
                        out.insert(name.clone());
                    }
                    Part::Select { var, variants } => {
                        out.insert(var.clone());
                        for (_, parts) in variants {
                            walk(parts, out);
                        }
                    }
                }
            }
        }
        let mut out = BTreeSet::new();
        walk(&self.parts, &mut out);
        out
    }

    /// The message's text with `{name}` for each variable and the `other` form
    /// of each select (for documentation and for the widget's `t()`).
    pub fn sketch(&self) -> String {
        fn walk(parts: &[Part], out: &mut String) {
            for part in parts {
                match part {
                    Part::Text(text) => out.push_str(text),
                    Part::Var(name) => {
                        let _ = write!(out, "{{{name}}}");
                    }
                    Part::Select { variants, .. } => {
                        if let Some((_, parts)) = variants.iter().find(|(k, _)| k == "other") {
                            walk(parts, out);
                        }
                    }
                }
            }
        }
        let mut out = String::new();
        walk(&self.parts, &mut out);
        out
    }
}

/// One language's file, parsed.
#[derive(Clone, Debug, PartialEq)]
pub struct Locale {
    /// `pl`, from the file name.
    pub lang: String,
    /// The file as named in messages, e.g. `locales/pl.ftl`.
    pub file: String,
    pub messages: Vec<Message>,
}

impl Locale {
    pub fn message(&self, id: &str) -> Option<&Message> {
        self.messages.iter().find(|m| m.id == id)
    }
}

/// Parses one `.ftl` file. `file` names it in problems (`locales/pl.ftl`).
pub fn parse(file: &str, lang: &str, source: &str) -> Result<Locale, Vec<String>> {
    let mut problems = Vec::new();
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                problems.push(format!(
                    "{file}:{}: not valid Fluent: {:?}",
                    line_at(source, error.pos.start),
                    error.kind
                ));
            }
            resource
        }
    };
    let mut messages: Vec<Message> = Vec::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name.to_string();
                let line = line_of(source, &id);
                let at = format!("{file}:{line}: `{id}`");
                if messages.iter().any(|m| m.id == id) {
                    problems.push(format!("{at} appears twice"));
                    continue;
                }
                if !message.attributes.is_empty() {
                    problems.push(format!("{at}: attributes (`.name = …`) are not supported"));
                }
                let Some(value) = message.value else {
                    problems.push(format!("{at} has no text"));
                    continue;
                };
                match pattern(&value, true) {
                    Ok(parts) if parts.is_empty() => problems.push(format!("{at} has no text")),
                    Ok(parts) => messages.push(Message { id, line, parts }),
                    Err(why) => problems.push(format!("{at}: {why}")),
                }
            }
            ast::Entry::Term(term) => problems.push(format!(
                "{file}:{}: term `-{}`: terms are not supported; write the text into each message",
                line_of(source, &format!("-{}", term.id.name)),
                term.id.name
            )),
            // Comments are for translators; junk is reported by the parser above.
            ast::Entry::Comment(_)
            | ast::Entry::GroupComment(_)
            | ast::Entry::ResourceComment(_)
            | ast::Entry::Junk { .. } => {}
        }
    }
    if problems.is_empty() {
        Ok(Locale {
            lang: lang.to_string(),
            file: file.to_string(),
            messages,
        })
    } else {
        Err(problems)
    }
}

fn pattern(pattern: &ast::Pattern<&str>, top: bool) -> Result<Vec<Part>, String> {
    let mut parts: Vec<Part> = Vec::new();
    let push_text = |parts: &mut Vec<Part>, text: &str| match parts.last_mut() {
        Some(Part::Text(before)) => before.push_str(text),
        _ => parts.push(Part::Text(text.to_string())),
    };
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => push_text(&mut parts, value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(inline) => match inline {
                    ast::InlineExpression::VariableReference { id } => {
                        parts.push(Part::Var(id.name.to_string()))
                    }
                    ast::InlineExpression::StringLiteral { value } => {
                        push_text(&mut parts, &unescape(value)?)
                    }
                    ast::InlineExpression::NumberLiteral { value } => push_text(&mut parts, value),
                    other => return Err(unsupported(other)),
                },
                ast::Expression::Select { selector, variants } => {
                    if !top {
                        return Err("a select inside a select is not supported".into());
                    }
                    let ast::InlineExpression::VariableReference { id } = selector else {
                        return Err("a select must choose on a variable (`{ $n -> … }`)".into());
                    };
                    let mut choices: Vec<(String, Vec<Part>)> = Vec::new();
                    for variant in variants {
                        let key = match &variant.key {
                            ast::VariantKey::Identifier { name } => name.to_string(),
                            ast::VariantKey::NumberLiteral { value } => {
                                return Err(format!(
                                    "variant [{value}]: use plural categories (one, few, many, other…), not numbers"
                                ))
                            }
                        };
                        if variant.default && key != "other" {
                            return Err(format!(
                                "the default variant must be *[other], not *[{key}]"
                            ));
                        }
                        if choices.iter().any(|(k, _)| *k == key) {
                            return Err(format!("variant [{key}] appears twice"));
                        }
                        choices.push((key, pattern_of_variant(&variant.value)?));
                    }
                    parts.push(Part::Select {
                        var: id.name.to_string(),
                        variants: choices,
                    });
                }
            },
        }
    }
    Ok(parts)
}

fn pattern_of_variant(value: &ast::Pattern<&str>) -> Result<Vec<Part>, String> {
    pattern(value, false)
}

fn unsupported(expression: &ast::InlineExpression<&str>) -> String {
    match expression {
        ast::InlineExpression::FunctionReference { id, .. } => {
            format!("functions ({}(…)) are not supported", id.name)
        }
        ast::InlineExpression::MessageReference { id, .. } => format!(
            "message references ({{ {} }}) are not supported; variables start with $",
            id.name
        ),
        ast::InlineExpression::TermReference { id, .. } => {
            format!("terms ({{ -{} }}) are not supported", id.name)
        }
        _ => "this kind of placeable is not supported".into(),
    }
}

/// The escapes Fluent allows in string literals: `\"`, `\\`, `\uXXXX`, `\UXXXXXX`.
fn unescape(value: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(c @ ('"' | '\\')) => out.push(c),
            Some(u @ ('u' | 'U')) => {
                let len = if u == 'u' { 4 } else { 6 };
                let hex: String = chars.by_ref().take(len).collect();
                let c = u32::from_str_radix(&hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| format!("bad escape \\{u}{hex}"))?;
                out.push(c);
            }
            other => return Err(format!("bad escape \\{}", other.unwrap_or(' '))),
        }
    }
    Ok(out)
}

fn line_at(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

/// The line on which `id = …` is defined (ids are unique once parsed).
fn line_of(source: &str, id: &str) -> usize {
    source
        .lines()
        .position(|line| {
            line.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(0, |n| n + 1)
}

/// Everything wrong with `locale` measured against the reference language
/// (English): ids it lacks or has beyond English, variables other than
/// English's, and plural categories its language needs but a select lacks (or
/// has but the language does not know). Empty when all is well. Also checks
/// English itself (pass it as both).
pub fn check(reference: &Locale, locale: &Locale) -> Vec<String> {
    let mut problems = Vec::new();
    let Some((required, optional)) = plural_categories(&locale.lang) else {
        problems.push(format!(
            "{}: no CLDR plural categories known for `{}`; add the language to PLURAL_CATEGORIES in crates/locales-pack",
            locale.file, locale.lang
        ));
        return problems;
    };
    for message in &reference.messages {
        if locale.message(&message.id).is_none() {
            problems.push(format!(
                "{}: lacks `{}` ({}:{})",
                locale.file, message.id, reference.file, message.line
            ));
        }
    }
    for message in &locale.messages {
        let at = format!("{}:{}: `{}`", locale.file, message.line, message.id);
        match reference.message(&message.id) {
            None => problems.push(format!(
                "{at} is unknown: {} has no such message",
                reference.file
            )),
            Some(english) => {
                let (theirs, ours) = (message.variables(), english.variables());
                if theirs != ours {
                    problems.push(format!(
                        "{at} uses the variables {}, but {} uses {}",
                        list(&theirs),
                        reference.file,
                        list(&ours)
                    ));
                }
            }
        }
        for part in &message.parts {
            let Part::Select { var, variants } = part else {
                continue;
            };
            let keys: Vec<&str> = variants.iter().map(|(k, _)| k.as_str()).collect();
            let missing: Vec<&str> = required
                .iter()
                .copied()
                .filter(|c| !keys.contains(c))
                .collect();
            if !missing.is_empty() {
                problems.push(format!(
                    "{at}: the select on ${var} lacks the plural categories {} ({} needs {})",
                    missing.join(", "),
                    locale.lang,
                    required.join(", ")
                ));
            }
            for key in keys {
                if !required.contains(&key) && !optional.contains(&key) {
                    problems.push(format!(
                        "{at}: [{key}] is not a plural category of {} (it has {})",
                        locale.lang,
                        required
                            .iter()
                            .chain(optional.iter())
                            .copied()
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
            }
        }
    }
    problems
}

fn list(names: &BTreeSet<String>) -> String {
    if names.is_empty() {
        return "none".into();
    }
    names
        .iter()
        .map(|n| format!("${n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Parses and checks a set of files given as (lang, file name, source), English
/// among them. Returns English first, then the others by code; or every
/// problem found, one a line.
pub fn load(files: &[(String, String, String)]) -> Result<Vec<Locale>, String> {
    let mut problems = Vec::new();
    let mut locales = Vec::new();
    for (lang, file, source) in files {
        match parse(file, lang, source) {
            Ok(locale) => locales.push(locale),
            Err(mut found) => problems.append(&mut found),
        }
    }
    locales.sort_by(|a, b| (a.lang != REFERENCE, &a.lang).cmp(&(b.lang != REFERENCE, &b.lang)));
    match locales.first() {
        Some(english) if english.lang == REFERENCE => {
            for locale in &locales {
                problems.append(&mut check(english, locale));
            }
        }
        _ if problems.is_empty() => {
            problems.push(format!("the English file ({REFERENCE}.ftl) is missing"))
        }
        _ => {}
    }
    if problems.is_empty() {
        Ok(locales)
    } else {
        Err(problems.join("\n"))
    }
}

/// Reads, parses and checks every `<lang>.ftl` in `dir` ([`load`]).
pub fn load_dir(dir: &Path) -> Result<Vec<Locale>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let lang = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let source =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        files.push((lang, path.display().to_string(), source));
    }
    load(&files)
}

/// The language's texts as the widget reads them: a JSON array in the order of
/// the reference's messages (the `Key` order). Each entry is
/// * a string: the text, when it has no variables;
/// * `{"$": "name"}`: the value of a variable;
/// * `{"$": "n", "one": …, "few": …, "other": …}`: a plural choice on the
///   number `n`, each form again a string, an object or an array;
/// * an array of those, for text with variables in it:
///   `["Choose a time: ", {"$": "offer"}]`.
pub fn to_json(reference: &Locale, locale: &Locale) -> String {
    let entries: Vec<Value> = reference
        .messages
        .iter()
        .map(|m| {
            let message = locale.message(&m.id).unwrap_or(m);
            pattern_json(&message.parts)
        })
        .collect();
    serde_json::to_string(&entries).expect("JSON of strings")
}

/// Writes `<dir>/<lang>.json` ([`to_json`]) for each of `locales` (English
/// first, as [`load`] returns them).
pub fn write_json(locales: &[Locale], dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for locale in locales {
        let path = dir.join(format!("{}.json", locale.lang));
        std::fs::write(&path, to_json(&locales[0], locale))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// For a build script: [`load_dir`] `dir` (rebuilding when it changes) and
/// write its JSON into `$OUT_DIR/<json_dir>`; the build fails, with every
/// problem, when the texts are not complete.
pub fn build_script(dir: &str, json_dir: &str) -> Vec<Locale> {
    println!("cargo:rerun-if-changed={dir}");
    let locales = load_dir(Path::new(dir)).unwrap_or_else(|problems| {
        panic!("\n\nThe texts in {dir}/ are not complete:\n{problems}\n\n")
    });
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR is set for build scripts");
    write_json(&locales, &Path::new(&out_dir).join(json_dir)).unwrap_or_else(|e| panic!("{e}"));
    locales
}

/// Rust source of `pub const {name}: [&str; N]`, the languages' codes.
pub fn rust_languages(name: &str, locales: &[Locale]) -> String {
    format!(
        "pub const {name}: [&str; {}] = [{}];\n",
        locales.len(),
        locales
            .iter()
            .map(|l| format!("{:?}", l.lang))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

fn pattern_json(parts: &[Part]) -> Value {
    if parts.iter().all(|p| matches!(p, Part::Text(_))) {
        return Value::String(
            parts
                .iter()
                .map(|p| match p {
                    Part::Text(t) => t.as_str(),
                    _ => "",
                })
                .collect(),
        );
    }
    if let [only] = parts {
        return part_json(only);
    }
    Value::Array(parts.iter().map(part_json).collect())
}

fn part_json(part: &Part) -> Value {
    match part {
        Part::Text(text) => Value::String(text.clone()),
        Part::Var(name) => json!({ "$": name }),
        Part::Select { var, variants } => {
            let mut object = Map::new();
            object.insert("$".into(), Value::String(var.clone()));
            for (key, parts) in variants {
                object.insert(key.clone(), pattern_json(parts));
            }
            Value::Object(object)
        }
    }
}

/// `slot-spots` → `SlotSpots`
pub fn camel(id: &str) -> String {
    id.split(['-', '_'])
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Rust source of a `Key` enum named `name` (one variant per message of the
/// reference, in order, each documented with its English text), with `ALL`
/// and `id()`.
pub fn rust_keys(name: &str, reference: &Locale) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "/// A message; its text comes from `{}` and its translations.",
        reference.file
    );
    let _ = writeln!(
        out,
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum {name} {{"
    );
    for message in &reference.messages {
        let _ = writeln!(
            out,
            "    /// `{}`: {}\n    {},",
            message.id,
            message.sketch().replace('\n', " "),
            camel(&message.id)
        );
    }
    let _ = writeln!(
        out,
        "}}\n\nimpl {name} {{\n    pub const ALL: &'static [{name}] = &["
    );
    for message in &reference.messages {
        let _ = writeln!(out, "        {name}::{},", camel(&message.id));
    }
    let _ = writeln!(
        out,
        "    ];\n    /// The message's id in the `.ftl` files.\n    pub fn id(self) -> &'static str {{\n        [{}][self as usize]\n    }}\n}}",
        reference
            .messages
            .iter()
            .map(|m| format!("{:?}", m.id))
            .collect::<Vec<_>>()
            .join(", ")
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "\
# A comment for translators
heading = Book your free trial session
time-heading = Choose a time: { $offer }
slot-spots = { $n ->
    [one] 1 place left
   *[other] { $n } places left
}
";

    fn files(others: &[(&str, &str)]) -> Vec<(String, String, String)> {
        std::iter::once(("en", EN))
            .chain(others.iter().copied())
            .map(|(lang, source)| {
                (
                    lang.to_string(),
                    format!("locales/{lang}.ftl"),
                    source.to_string(),
                )
            })
            .collect()
    }

    fn problems(others: &[(&str, &str)]) -> String {
        load(&files(others)).expect_err("the check must fail")
    }

    const PL: &str = "\
heading = Zarezerwuj bezpłatne zajęcia próbne
time-heading = Wybierz termin: { $offer }
slot-spots = { $n ->
    [one] Zostało 1 miejsce
    [few] Zostały { $n } miejsca
    [many] Zostało { $n } miejsc
   *[other] Zostało { $n } miejsca
}
";

    #[test]
    fn complete_languages_pass() {
        let locales = load(&files(&[("pl", PL)])).unwrap();
        assert_eq!(
            locales.iter().map(|l| l.lang.as_str()).collect::<Vec<_>>(),
            ["en", "pl"]
        );
        assert_eq!(locales[0].message("slot-spots").unwrap().line, 4);
    }

    #[test]
    fn a_missing_message_fails() {
        let pl = PL.replace("heading = Zarezerwuj bezpłatne zajęcia próbne\n", "");
        let found = problems(&[("pl", &pl)]);
        assert!(found.contains("locales/pl.ftl: lacks `heading`"), "{found}");
    }

    #[test]
    fn an_unknown_message_fails() {
        let pl = format!("{PL}step-extra = Dodatkowy krok\n");
        let found = problems(&[("pl", &pl)]);
        assert!(
            found.contains("locales/pl.ftl:9: `step-extra` is unknown"),
            "{found}"
        );
    }

    #[test]
    fn a_different_variable_fails() {
        let pl = PL.replace("{ $offer }", "{ $oferta }");
        let found = problems(&[("pl", &pl)]);
        assert!(
            found.contains(
                "locales/pl.ftl:2: `time-heading` uses the variables $oferta, but locales/en.ftl uses $offer"
            ),
            "{found}"
        );
        // Dropping a variable is as wrong as renaming it.
        let pl = PL.replace("Wybierz termin: { $offer }", "Wybierz termin");
        assert!(problems(&[("pl", &pl)]).contains("uses the variables none"));
    }

    #[test]
    fn a_missing_plural_category_fails() {
        let pl = PL.replace("    [few] Zostały { $n } miejsca\n", "");
        let found = problems(&[("pl", &pl)]);
        assert!(
            found.contains(
                "locales/pl.ftl:3: `slot-spots`: the select on $n lacks the plural categories few (pl needs one, few, many, other)"
            ),
            "{found}"
        );
    }

    #[test]
    fn a_category_the_language_does_not_have_fails() {
        let de = "heading = Buche dein Probetraining\ntime-heading = Wähle einen Termin: { $offer }\nslot-spots = { $n ->\n    [one] Noch 1 Platz\n    [few] Noch { $n } Plätze\n   *[other] Noch { $n } Plätze\n}\n";
        let found = problems(&[("de", de)]);
        assert!(
            found.contains("[few] is not a plural category of de (it has one, other)"),
            "{found}"
        );
    }

    #[test]
    fn a_language_without_plural_rules_fails() {
        let found = problems(&[("xx", PL)]);
        assert!(
            found.contains("no CLDR plural categories known for `xx`"),
            "{found}"
        );
    }

    #[test]
    fn a_language_may_do_without_a_select() {
        // Turkish does not inflect a noun after a number.
        let tr = "heading = Ücretsiz deneme dersini ayırt\ntime-heading = Bir saat seç: { $offer }\nslot-spots = { $n } yer kaldı\n";
        assert!(load(&files(&[("tr", tr)])).is_ok());
    }

    #[test]
    fn unsupported_fluent_is_refused_with_file_line_and_id() {
        let pl = PL.replace("Wybierz termin: { $offer }", "{ -brand } { $offer }");
        assert!(problems(&[("pl", &pl)]).contains("locales/pl.ftl:2: `time-heading`: terms"));
        let pl = PL.replace("*[other] Zostało", "*[few2] Zostało");
        assert!(problems(&[("pl", &pl)]).contains("the default variant must be *[other]"));
        let broken = PL.replace("slot-spots = { $n ->", "slot-spots = { $n ->>");
        assert!(problems(&[("pl", &broken)]).contains("locales/pl.ftl:3: not valid Fluent"));
        let english_only = load(&[]).unwrap_err();
        assert!(english_only.contains("en.ftl) is missing"));
    }

    #[test]
    fn json_keeps_text_variables_and_plural_forms_in_reference_order() {
        let locales = load(&files(&[("pl", PL)])).unwrap();
        let json: Value = serde_json::from_str(&to_json(&locales[0], &locales[1])).unwrap();
        assert_eq!(
            json,
            json!([
                "Zarezerwuj bezpłatne zajęcia próbne",
                ["Wybierz termin: ", { "$": "offer" }],
                {
                    "$": "n",
                    "one": "Zostało 1 miejsce",
                    "few": ["Zostały ", { "$": "n" }, " miejsca"],
                    "many": ["Zostało ", { "$": "n" }, " miejsc"],
                    "other": ["Zostało ", { "$": "n" }, " miejsca"]
                }
            ])
        );
    }

    #[test]
    fn string_literals_are_text() {
        let en = "a = Use {\"{\"}name{\"}\"} \\u00e9 { \"\\u00e9\" }\n";
        let locale = parse("en.ftl", "en", en).unwrap();
        assert_eq!(locale.messages[0].sketch(), "Use {name} \\u00e9 é");
    }

    #[test]
    fn generated_keys_follow_the_reference() {
        let locales = load(&files(&[])).unwrap();
        let source = rust_keys("Key", &locales[0]);
        assert!(source.contains("    SlotSpots,"), "{source}");
        assert!(source.contains("`slot-spots`: {n} places left"), "{source}");
        assert!(source.contains(r#"["heading", "time-heading", "slot-spots"]"#));
    }

    #[test]
    fn every_language_has_plural_rules_with_other() {
        for (lang, required, _) in PLURAL_CATEGORIES {
            assert!(required.contains(&"other"), "{lang}");
            assert!(required.contains(&"one"), "{lang}");
        }
    }
}
