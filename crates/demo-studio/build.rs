//! Checks the demo studio's texts (`src/texts/<lang>.ftl`, Fluent) with
//! `crates/locales-pack`, as the widget's build does for its own, and writes
//! into `$OUT_DIR`:
//! * `demo_texts.rs`: the `DemoText` enum (one variant per message of
//!   `en.ftl`), the English texts (the studio's data is made with them) and,
//!   for native builds or with the `bundled-texts` feature, every language's
//!   JSON;
//! * `demo-texts/<lang>.json`: one array of strings per language, in
//!   `DemoText` order (the files `dist/locales/demo/` holds for the widget's
//!   in-wasm demo, which fetches only the visitor's language).

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let locales = locales_pack::build_script("src/texts", "demo-texts");
    let english = &locales[0];
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");

    let mut out = locales_pack::rust_keys("DemoText", english);
    out.push_str("\n/// The languages the demo studio speaks, English first.\n");
    out.push_str(&locales_pack::rust_languages("DEMO_LANGUAGES", &locales));
    writeln!(
        out,
        "\nconst ENGLISH: [&str; {}] = [{}];",
        english.messages.len(),
        english
            .messages
            .iter()
            .map(|m| format!("{:?}", m.sketch()))
            .collect::<Vec<_>>()
            .join(", ")
    )
    .unwrap();
    out.push_str("\n/// `demo-texts/<lang>.json` of a language the demo speaks.\n#[cfg(any(not(target_arch = \"wasm32\"), feature = \"bundled-texts\"))]\nfn bundled_json(lang: &str) -> Option<&'static str> {\n    match lang {\n");
    for locale in &locales {
        writeln!(
            out,
            "        {:?} => Some(include_str!(concat!(env!(\"OUT_DIR\"), \"/demo-texts/{}.json\"))),",
            locale.lang, locale.lang
        )
        .unwrap();
    }
    out.push_str("        _ => None,\n    }\n}\n");
    std::fs::write(Path::new(&out_dir).join("demo_texts.rs"), out).expect("write demo_texts.rs");
}
