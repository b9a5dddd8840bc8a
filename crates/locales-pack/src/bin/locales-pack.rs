//! Writes texts for `dist/`, one compact JSON file per language:
//!
//!     locales-pack [--out BASE] SOURCE=DEST...
//!
//! For each pair, checks every `SOURCE/<lang>.ftl` (as the builds do) and
//! writes `BASE/DEST/<lang>.json`. BASE defaults to `$TRUNK_STAGING_DIR`: Trunk
//! runs this as a post-build hook (see Trunk.toml), so the files land in
//! `dist/`. Writes nothing if any file is wrong.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(problem) => {
            eprintln!("locales-pack: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result<(), String> {
    let mut base = std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from);
    let mut pairs = Vec::new();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if arg == "--out" {
            base = Some(PathBuf::from(args.next().ok_or("--out needs a folder")?));
        } else {
            let (source, dest) = arg
                .split_once('=')
                .ok_or_else(|| format!("`{arg}`: expected SOURCE=DEST"))?;
            pairs.push((PathBuf::from(source), dest.to_string()));
        }
    }
    let base = base.ok_or("give --out BASE, or run it from Trunk (TRUNK_STAGING_DIR)")?;
    if pairs.is_empty() {
        return Err("nothing to do: give SOURCE=DEST pairs".into());
    }
    let mut checked = Vec::new();
    for (source, dest) in pairs {
        let locales = locales_pack::load_dir(&source)
            .map_err(|problems| format!("{} is not complete:\n{problems}", source.display()))?;
        checked.push((locales, base.join(dest)));
    }
    for (locales, out) in checked {
        locales_pack::write_json(&locales, &out)?;
        println!(
            "locales-pack: {} languages written to {}",
            locales.len(),
            out.display()
        );
    }
    Ok(())
}
