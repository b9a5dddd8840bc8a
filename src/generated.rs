//! Texts generated from one source into files that people also read (the
//! loader, the type declarations, the documentation), for the native tests
//! that keep them equal: [`check`] fails on any difference and, with
//! `TB_BLESS=1`, writes the generated text instead.

/// One generated text: the file (from the crate's root), the marker lines
/// it stands between, and what the source gives.
pub struct Place {
    pub file: &'static str,
    pub begin: &'static str,
    pub end: &'static str,
    pub text: String,
}

/// Panics naming every place whose text differs from what its source gives
/// (or rewrites them, with `TB_BLESS=1`). `what` names the source.
pub fn check(what: &str, places: Vec<Place>) {
    let bless = std::env::var("TB_BLESS").is_ok_and(|v| v == "1");
    let root = env!("CARGO_MANIFEST_DIR");
    let mut stale = Vec::new();
    for Place {
        file,
        begin,
        end,
        text: want,
    } in places
    {
        let path = format!("{root}/{file}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
        let start = text
            .find(begin)
            .unwrap_or_else(|| panic!("{file} has no line {begin:?}"))
            + begin.len();
        let stop = start
            + text[start..]
                .find(end)
                .unwrap_or_else(|| panic!("{file} has no line {end:?} after {begin:?}"));
        if text[start..stop] == want {
            continue;
        }
        if bless {
            let mut new = text.clone();
            new.replace_range(start..stop, &want);
            std::fs::write(&path, new).unwrap();
        } else {
            stale.push(format!(
                "{file} between {begin:?} and {end:?}:\n--- has\n{}--- {what} gives\n{want}",
                &text[start..stop]
            ));
        }
    }
    assert!(
        stale.is_empty(),
        "These differ from {what} (run `TB_BLESS=1 cargo test` to write them):\n{}",
        stale.join("\n")
    );
}
