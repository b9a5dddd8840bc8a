//! Checks the demo studio's texts (`src/demo/texts/<lang>.ftl`, Fluent) with
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
    println!("cargo:rerun-if-changed=src/demo/texts");
    let locales = match locales_pack::load_dir(Path::new("src/demo/texts")) {
        Ok(locales) => locales,
        Err(problems) => panic!("\n\nThe demo studio's texts are not complete:\n{problems}\n\n"),
    };
    let english = &locales[0];
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    let json_dir = Path::new(&out_dir).join("demo-texts");
    std::fs::create_dir_all(&json_dir).expect("create $OUT_DIR/demo-texts");
    for locale in &locales {
        std::fs::write(
            json_dir.join(format!("{}.json", locale.lang)),
            locales_pack::to_json(english, locale),
        )
        .expect("write demo texts JSON");
    }

    let mut out = locales_pack::rust_keys("DemoText", english);
    writeln!(
        out,
        "\n/// The languages the demo studio speaks, English first.\npub const DEMO_LANGUAGES: [&str; {}] = [{}];",
        locales.len(),
        locales
            .iter()
            .map(|l| format!("{:?}", l.lang))
            .collect::<Vec<_>>()
            .join(", ")
    )
    .unwrap();
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
