//! Compiles `locales/*.txt` into `$OUT_DIR/locales.rs`: a `Key` enum (one variant per
//! message of the English file), a `Lang` enum (one per file) and one table of
//! strings per language. The build fails, naming file and key, when a language
//! lacks a key, has one English does not, or uses other `{placeholders}`.
//!
//! File format: `key = text`, one per line; `#` starts a comment line; `\n` in a
//! text is a line break; `{name}` is a placeholder filled in at run time.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

struct Locale {
    code: String,
    messages: Vec<(String, String)>,
}

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let dir = Path::new("locales");
    let mut locales: Vec<Locale> = std::fs::read_dir(dir)
        .expect("locales/ folder")
        .map(|entry| entry.expect("locales entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .map(|path| {
            let code = path.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            Locale {
                messages: parse(&code, &text),
                code,
            }
        })
        .collect();
    // English first: it defines the keys and is the fallback.
    locales.sort_by_key(|l| (l.code != "en", l.code.clone()));
    assert!(
        locales.first().is_some_and(|l| l.code == "en"),
        "locales/en.txt is required"
    );

    let english = &locales[0];
    for locale in &locales[1..] {
        check_against_english(english, locale);
    }

    let mut out = String::new();
    out.push_str("/// A message of the widget; its text comes from `locales/<lang>.txt`.\n");
    out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Key {\n");
    for (key, _) in &english.messages {
        writeln!(out, "    /// `{key}`\n    {},", camel(key)).unwrap();
    }
    out.push_str("}\n\nimpl Key {\n    pub const ALL: &'static [Key] = &[");
    for (key, _) in &english.messages {
        write!(out, "Key::{}, ", camel(key)).unwrap();
    }
    out.push_str(
        "];\n    pub fn id(self) -> &'static str {\n        KEY_IDS[self as usize]\n    }\n}\n\n",
    );
    write!(out, "const KEY_IDS: [&str; {}] = [", english.messages.len()).unwrap();
    for (key, _) in &english.messages {
        write!(out, "{key:?}, ").unwrap();
    }
    out.push_str("];\n\n/// A language the widget speaks.\n#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Lang {\n");
    for locale in &locales {
        writeln!(out, "    {},", camel(&locale.code)).unwrap();
    }
    out.push_str("}\n\nimpl Lang {\n    pub const ALL: &'static [Lang] = &[");
    for locale in &locales {
        write!(out, "Lang::{}, ", camel(&locale.code)).unwrap();
    }
    out.push_str("];\n    /// The language's code, as in the file name (`en`, `de`, …).\n    pub fn code(self) -> &'static str {\n        match self {\n");
    for locale in &locales {
        writeln!(
            out,
            "            Lang::{} => {:?},",
            camel(&locale.code),
            locale.code
        )
        .unwrap();
    }
    out.push_str(
        "        }\n    }\n    fn table(self) -> &'static [&'static str] {\n        match self {\n",
    );
    for locale in &locales {
        writeln!(
            out,
            "            Lang::{} => &{},",
            camel(&locale.code),
            locale.code.to_uppercase().replace('-', "_")
        )
        .unwrap();
    }
    out.push_str("        }\n    }\n}\n\n");
    for locale in &locales {
        writeln!(
            out,
            "static {}: [&str; {}] = [",
            locale.code.to_uppercase().replace('-', "_"),
            english.messages.len()
        )
        .unwrap();
        for (key, _) in &english.messages {
            let text = &locale.messages.iter().find(|(k, _)| k == key).unwrap().1;
            writeln!(out, "    {text:?},").unwrap();
        }
        out.push_str("];\n");
    }

    let target = Path::new(&std::env::var("OUT_DIR").unwrap()).join("locales.rs");
    std::fs::write(target, out).expect("write locales.rs");
}

fn parse(code: &str, text: &str) -> Vec<(String, String)> {
    let mut messages: Vec<(String, String)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) = line
            .split_once('=')
            .unwrap_or_else(|| panic!("locales/{code}.txt:{}: expected `key = text`", n + 1));
        let key = key.trim();
        assert!(
            !key.is_empty()
                && key
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "locales/{code}.txt:{}: key `{key}` must be lowercase letters, digits and dashes",
            n + 1
        );
        assert!(
            !messages.iter().any(|(k, _)| k == key),
            "locales/{code}.txt:{}: key `{key}` appears twice",
            n + 1
        );
        let value = value.trim().replace("\\n", "\n");
        assert!(
            !value.is_empty(),
            "locales/{code}.txt:{}: `{key}` has no text",
            n + 1
        );
        messages.push((key.to_string(), value));
    }
    messages
}

fn check_against_english(english: &Locale, other: &Locale) {
    let keys = |l: &Locale| {
        l.messages
            .iter()
            .map(|(k, _)| k.clone())
            .collect::<BTreeSet<_>>()
    };
    let (en, ot) = (keys(english), keys(other));
    let missing: Vec<_> = en.difference(&ot).collect();
    let extra: Vec<_> = ot.difference(&en).collect();
    assert!(
        missing.is_empty(),
        "locales/{}.txt lacks: {missing:?}",
        other.code
    );
    assert!(
        extra.is_empty(),
        "locales/{}.txt has keys English does not: {extra:?}",
        other.code
    );
    for (key, text) in &english.messages {
        let theirs = &other.messages.iter().find(|(k, _)| k == key).unwrap().1;
        assert_eq!(
            placeholders(text),
            placeholders(theirs),
            "locales/{}.txt: `{key}` must use the same {{placeholders}} as English",
            other.code
        );
    }
}

fn placeholders(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        found.insert(rest[start + 1..start + len].to_string());
        rest = &rest[start + len + 1..];
    }
    found
}

fn camel(key: &str) -> String {
    key.split(['-', '_'])
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}
