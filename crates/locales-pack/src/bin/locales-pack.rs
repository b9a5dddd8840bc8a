//! Writes the widget's texts, one compact JSON file per language, for `dist/`:
//!
//!     locales-pack [SOURCE_DIR [OUT_DIR]]
//!
//! SOURCE_DIR defaults to `locales`, OUT_DIR to `$TRUNK_STAGING_DIR/locales`
//! (Trunk runs it as a post-build hook, see Trunk.toml). Checks every file
//! first, as the build does, and writes nothing if any is wrong.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let source = PathBuf::from(args.next().unwrap_or_else(|| "locales".into()));
    let out = match args.next() {
        Some(dir) => PathBuf::from(dir),
        None => match std::env::var_os("TRUNK_STAGING_DIR") {
            Some(staging) => PathBuf::from(staging).join("locales"),
            None => {
                eprintln!("locales-pack: give an output folder, or run it from Trunk (TRUNK_STAGING_DIR)");
                return ExitCode::FAILURE;
            }
        },
    };
    let locales = match locales_pack::load_dir(&source) {
        Ok(locales) => locales,
        Err(problems) => {
            eprintln!("locales-pack: the texts are not complete:\n{problems}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("locales-pack: {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    for locale in &locales {
        let path = out.join(format!("{}.json", locale.lang));
        if let Err(e) = std::fs::write(&path, locales_pack::to_json(&locales[0], locale)) {
            eprintln!("locales-pack: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    println!(
        "locales-pack: {} languages written to {}",
        locales.len(),
        out.display()
    );
    ExitCode::SUCCESS
}
