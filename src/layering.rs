//! Keeps the crate's one dependency order (see the crate's documentation):
//! every `crate::` path in a module's source names itself or a module that
//! stands below it.

/// The order, top to bottom; modules on one line may not use each other.
pub const ORDER: &[&[&str]] = &[
    &["embed"],
    &["widget"],
    &["flows"],
    &["ui"],
    &["api"],
    &["config"],
    &["domain"],
    &["i18n"],
    &["time"],
    &["dist", "page_url"],
];

/// Test-only helpers any module's tests may use (`#[cfg(test)]` in lib.rs).
const TEST_HELPERS: &[&str] = &["generated"];

/// The rank of a top-level module in [`ORDER`] (0 is the top).
fn rank(module: &str) -> Option<usize> {
    ORDER.iter().position(|line| line.contains(&module))
}

/// The top-level modules a source text names with `crate::` paths, outside
/// comments: `crate::ui::Loading`, and each first segment of a group such as
/// `use crate::{domain::offer, i18n::Key}`.
pub fn used_modules(source: &str) -> Vec<(usize, String)> {
    let mut used = Vec::new();
    for (number, line) in source.lines().enumerate() {
        let code = match line.find("//") {
            Some(i) => &line[..i],
            None => line,
        };
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            let after = &rest[i + "crate::".len()..];
            if let Some(group) = after.strip_prefix('{') {
                let end = group.find('}').unwrap_or(group.len());
                for item in group[..end].split(',') {
                    push_first_segment(&mut used, number + 1, item.trim());
                }
            } else {
                push_first_segment(&mut used, number + 1, after);
            }
            rest = after;
        }
    }
    used
}

fn push_first_segment(used: &mut Vec<(usize, String)>, line: usize, path: &str) {
    let segment: String = path
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    if !segment.is_empty()
        && segment
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase())
    {
        used.push((line, segment));
    }
}

/// The imports of `module`'s source against the order: each breach as
/// "file:line: module uses other".
pub fn breaches(module: &str, file: &str, source: &str) -> Vec<String> {
    let Some(own) = rank(module) else {
        return vec![format!(
            "{file}: the module `{module}` is not in the order (src/layering.rs ORDER)"
        )];
    };
    used_modules(source)
        .into_iter()
        .filter(|(_, used)| used != module && !TEST_HELPERS.contains(&used.as_str()))
        .filter_map(|(line, used)| match rank(&used) {
            Some(r) if r > own => None,
            Some(_) => Some(format!(
                "{file}:{line}: `{module}` uses `crate::{used}`, which does not stand below it"
            )),
            None => Some(format!(
                "{file}:{line}: `{module}` uses `crate::{used}`, which is not in the order"
            )),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::{Path, PathBuf};

    fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    #[test]
    fn modules_use_only_what_stands_below_them() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        sources(&src, &mut files);
        files.sort();
        let mut found = Vec::new();
        let mut modules = std::collections::BTreeSet::new();
        for path in files {
            let relative = path.strip_prefix(&src).unwrap();
            let first = relative.components().next().unwrap();
            let module = first.as_os_str().to_str().unwrap().trim_end_matches(".rs");
            // The crate root, the wasm entries and these test-only helpers stand outside the order.
            if matches!(module, "lib" | "bin" | "layering" | "generated") {
                continue;
            }
            modules.insert(module.to_string());
            let source = std::fs::read_to_string(&path).unwrap();
            found.extend(breaches(
                module,
                &format!("src/{}", relative.display()),
                &source,
            ));
        }
        assert!(found.is_empty(), "{}", found.join("\n"));
        let ordered: std::collections::BTreeSet<String> = ORDER
            .iter()
            .flat_map(|line| line.iter().map(|m| m.to_string()))
            .collect();
        assert_eq!(modules, ordered, "every module of src/ stands in the order");
    }

    #[test]
    fn a_wrong_way_import_is_a_breach() {
        assert_eq!(
            breaches("domain", "src/domain/x.rs", "use crate::ui::Loading;\n"),
            ["src/domain/x.rs:1: `domain` uses `crate::ui`, which does not stand below it"]
        );
        assert_eq!(
            breaches(
                "i18n",
                "src/i18n/x.rs",
                "use crate::{time::now, config::ConfigError};\n"
            ),
            ["src/i18n/x.rs:1: `i18n` uses `crate::config`, which does not stand below it"]
        );
        assert_eq!(
            breaches("dist", "src/dist.rs", "fn f() { crate::page_url::x() }\n"),
            ["src/dist.rs:1: `dist` uses `crate::page_url`, which does not stand below it"],
            "modules on one line do not use each other"
        );
        assert!(breaches(
            "ui",
            "src/ui/x.rs",
            "// crate::flows in a comment\nuse crate::domain::steps::Step;\nuse crate::ui::x;\n"
        )
        .is_empty());
    }
}

#[cfg(test)]
mod readme {
    use std::path::Path;

    /// The paths the README's "Layout" block names (the first word of each line).
    fn layout_paths(readme: &str) -> Vec<String> {
        let section = &readme[readme.find("## Layout\n").expect("a Layout section")..];
        let block = section.split("```").nth(1).expect("a code block");
        block
            .lines()
            .filter(|l| !l.starts_with(' '))
            .filter_map(|l| l.split_whitespace().next())
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn the_readme_layout_matches_the_tree() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
        let named = layout_paths(&readme);
        let missing: Vec<_> = named.iter().filter(|p| !root.join(p).exists()).collect();
        assert!(
            missing.is_empty(),
            "the README names what is not there: {missing:?}"
        );
        // Every top-level entry of src/ and every crate is named.
        let mut unnamed = Vec::new();
        for dir in ["src", "crates"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let name = entry.unwrap().file_name().into_string().unwrap();
                let is_dir = root.join(dir).join(&name).is_dir();
                let path = format!("{dir}/{name}{}", if is_dir { "/" } else { "" });
                if name != "layering.rs" && !named.contains(&path) {
                    unnamed.push(path);
                }
            }
        }
        assert!(
            unnamed.is_empty(),
            "the README's layout does not name: {unnamed:?}"
        );
    }
}

#[cfg(test)]
mod trusted_types {
    use std::path::Path;

    /// Elements in `view!` whose attributes are all string literals and that
    /// have no children or only literal text, on one line: the Leptos macro
    /// renders them through `innerHTML` ("inert elements"), which pages with
    /// Trusted Types refuse. Each as "file:line".
    fn inert_elements(file: &str, source: &str) -> Vec<String> {
        let mut found = Vec::new();
        for (number, line) in source.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            let mut rest = code;
            while let Some(start) = rest.find('<') {
                let tag = &rest[start + 1..];
                let name: String = tag.chars().take_while(|c| c.is_ascii_lowercase()).collect();
                let Some(end) = tag.find('>') else { break };
                let inside = &tag[name.len()..end];
                let attributes = inside.trim_end_matches('/').trim();
                // (An element with neither attributes nor children is not made inert.)
                let literal_attributes = !attributes.is_empty()
                    && attributes.split_whitespace().all(|attribute| {
                        attribute
                            .split_once('=')
                            .is_some_and(|(_, v)| v.starts_with('"') && v.ends_with('"'))
                    });
                let after = &tag[end + 1..];
                let empty =
                    inside.ends_with('/') || after.trim_start().starts_with(&format!("</{name}>"));
                if !name.is_empty() && literal_attributes && empty {
                    found.push(format!("{file}:{}", number + 1));
                }
                rest = after;
            }
        }
        found
    }

    #[test]
    fn no_view_renders_through_inner_html() {
        fn walk(dir: &Path, out: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let source = std::fs::read_to_string(&path).unwrap();
                    if source.contains("view!") && !path.ends_with("layering.rs") {
                        out.extend(inert_elements(&path.display().to_string(), &source));
                    }
                }
            }
        }
        let mut found = Vec::new();
        walk(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut found,
        );
        assert!(
            found.is_empty(),
            "inert elements (rendered through innerHTML): {found:?}"
        );
        assert_eq!(
            inert_elements(
                "x.rs",
                r#"view! { <span class="tb-spinner" aria-hidden="true"></span> }"#
            ),
            ["x.rs:1"]
        );
        assert!(
            inert_elements("x.rs", r#"<span class=SPINNER aria-hidden="true"></span>"#).is_empty()
        );
    }
}
