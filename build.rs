//! Checks `locales/*.ftl` (Fluent, one file per language) with
//! `crates/locales-pack` and fails the build, naming file, line and id, when a
//! language lacks a message, has one English does not, uses other variables
//! than English, or lacks a plural category its language needs.
//!
//! Writes into `$OUT_DIR`:
//! * `locales.rs`: the `Key` enum (one variant per message of `en.ftl`, in its
//!   order), the `Lang` enum (one per file) and `LANGUAGES`;
//! * `locales/<lang>.json`: each language's texts as the widget reads them at
//!   run time (the same files Trunk puts into `dist/locales/`). Compiled into the
//!   wasm only with the `bundled-locales` feature (tests).

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let locales = locales_pack::build_script("locales", "locales");
    let english = &locales[0];
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");

    let mut out = locales_pack::rust_keys("Key", english);
    out.push_str("\n/// A language the widget speaks (one per file in `locales/`).\n");
    out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Lang {\n");
    for locale in &locales {
        writeln!(out, "    {},", locales_pack::camel(&locale.lang)).unwrap();
    }
    out.push_str("}\n\n/// The codes of the languages, English first.\n");
    out.push_str(&locales_pack::rust_languages("LANGUAGES", &locales));
    out.push_str("\nimpl Lang {\n    pub const ALL: &'static [Lang] = &[");
    for locale in &locales {
        write!(out, "Lang::{}, ", locales_pack::camel(&locale.lang)).unwrap();
    }
    out.push_str("];\n\n    /// The language's code, as in the file name (`en`, `de`, …).\n    pub fn code(self) -> &'static str {\n        LANGUAGES[self as usize]\n    }\n");
    out.push_str("\n    /// The texts of the language as `locales/<lang>.json` holds them.\n    #[cfg(any(test, feature = \"bundled-locales\"))]\n    pub fn bundled_json(self) -> &'static str {\n        match self {\n");
    for locale in &locales {
        writeln!(
            out,
            "            Lang::{} => include_str!(concat!(env!(\"OUT_DIR\"), \"/locales/{}.json\")),",
            locales_pack::camel(&locale.lang),
            locale.lang
        )
        .unwrap();
    }
    out.push_str("        }\n    }\n}\n");
    std::fs::write(Path::new(&out_dir).join("locales.rs"), out).expect("write locales.rs");
}
