use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, ShadowRoot};

/// The widget's stylesheet, compiled in. Where the browser can construct
/// stylesheets it is one sheet shared by every widget on the page; those are
/// not inline `<style>` elements, so a host page's `style-src 'self'` policy
/// does not block them. Older browsers get a `<style>` element instead.
const WIDGET_CSS: &str = include_str!("../../style/widget.css");

thread_local! {
    static SHEET: Option<CssStyleSheet> = CssStyleSheet::new()
        .ok()
        .filter(|sheet| sheet.replace_sync(WIDGET_CSS).is_ok());
}

pub(super) fn adopt(shadow: &ShadowRoot) {
    let adopted = SHEET.with(|sheet| {
        sheet.as_ref().is_some_and(|sheet| {
            js_sys::Reflect::set(
                shadow,
                &JsValue::from_str("adoptedStyleSheets"),
                &js_sys::Array::of1(sheet),
            )
            .unwrap_or(false)
        })
    });
    if !adopted {
        let style = shadow
            .owner_document()
            .and_then(|d| d.create_element("style").ok());
        if let Some(style) = style {
            style.set_text_content(Some(WIDGET_CSS));
            let _ = shadow.append_child(&style);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::WIDGET_CSS;

    /// One custom property a page may set on the element: its name, the CSS
    /// property whose value it is (what the snippet builder checks a value
    /// against), and its default in the light and the dark theme.
    #[derive(Debug, PartialEq)]
    struct Variable {
        name: String,
        property: String,
        light: String,
        dark: String,
    }

    /// `light-dark(a, b)` → (a, b); any other value is both.
    fn light_dark(value: &str) -> (String, String) {
        match value
            .strip_prefix("light-dark(")
            .and_then(|v| v.strip_suffix(')'))
            .and_then(|v| v.split_once(','))
        {
            Some((light, dark)) => (light.trim().to_string(), dark.trim().to_string()),
            None => (value.to_string(), value.to_string()),
        }
    }

    /// The `--tb-*` properties the stylesheet reads, with their defaults: those
    /// it declares (`:host { --tb-radius: 0.75em }`) and those it reads with a
    /// fallback (`var(--tb-color-text, light-dark(#1f2933, #e4e7eb))`). The
    /// colours first, then the rest, each in the stylesheet's order.
    fn variables(css: &str) -> Vec<Variable> {
        let mut code = String::new();
        let mut rest = css;
        while let Some(start) = rest.find("/*") {
            code.push_str(&rest[..start]);
            rest = rest[start..]
                .split_once("*/")
                .map_or("", |(_, after)| after);
        }
        code.push_str(rest);
        let declarations: Vec<(&str, &str)> = code
            .split(['{', '}', ';'])
            .filter_map(|d| d.split_once(':'))
            .map(|(p, v)| (p.trim(), v.trim()))
            .collect();
        let mut found: Vec<Variable> = Vec::new();
        let mut add = |name: &str, default: &str| {
            if name.starts_with("--tb-") && !found.iter().any(|v| v.name == name) {
                let (light, dark) = light_dark(default);
                found.push(Variable {
                    name: name.to_string(),
                    property: String::new(),
                    light,
                    dark,
                });
            }
        };
        for &(property, value) in &declarations {
            add(property, value);
            let mut reads = value;
            while let Some(at) = reads.find("var(--tb-") {
                let inner = &reads[at + "var(".len()..];
                // The fallback runs to the `)` that closes this var(.
                let mut depth = 0;
                let end = inner
                    .char_indices()
                    .find(|&(_, c)| {
                        match c {
                            '(' => depth += 1,
                            ')' if depth == 0 => return true,
                            ')' => depth -= 1,
                            _ => {}
                        }
                        false
                    })
                    .map_or(inner.len(), |(i, _)| i);
                if let Some((name, fallback)) = inner[..end].split_once(',') {
                    add(name.trim(), fallback.trim());
                }
                reads = inner;
            }
        }
        for variable in &mut found {
            variable.property = if variable.name.starts_with("--tb-color-") {
                "color".to_string()
            } else {
                declarations
                    .iter()
                    .find(|(p, v)| {
                        !p.starts_with("--")
                            && (v.contains(&format!("var({})", variable.name))
                                || v.contains(&format!("var({},", variable.name)))
                    })
                    .map(|(p, _)| p.to_string())
                    .unwrap_or_else(|| panic!("style/widget.css never uses {}", variable.name))
            };
        }
        found.sort_by_key(|v| !v.name.starts_with("--tb-color-"));
        found
    }

    #[test]
    fn the_stylesheets_variables_are_read() {
        let found = variables(WIDGET_CSS);
        let accent = found
            .iter()
            .find(|v| v.name == "--tb-color-accent")
            .unwrap();
        assert_eq!(
            (
                accent.property.as_str(),
                accent.light.as_str(),
                accent.dark.as_str()
            ),
            ("color", "#1d4ed8", "#8ab4f8")
        );
        let radius = found.iter().find(|v| v.name == "--tb-radius").unwrap();
        assert_eq!(
            (radius.property.as_str(), radius.light.as_str()),
            ("border-radius", "0.75em")
        );
        assert!(found.iter().any(|v| v.name == "--tb-first-step-height"));
        assert!(found[0].name.starts_with("--tb-color-"));
    }

    /// The snippet builder offers every `--tb-*` property the stylesheet
    /// reads, with its defaults (`TB_BLESS=1` rewrites its list).
    #[test]
    fn the_builders_variables_are_the_stylesheets() {
        let quote = |text: &str| serde_json::to_string(text).expect("a string serialises");
        let mut text = String::from("export const VARIABLES = [\n");
        for v in variables(WIDGET_CSS) {
            text.push_str(&format!(
                "  {{ name: {}, property: {}, light: {}, dark: {} }},\n",
                quote(&v.name),
                quote(&v.property),
                quote(&v.light),
                quote(&v.dark)
            ));
        }
        text.push_str("];\n");
        crate::generated::check(
            "style/widget.css",
            vec![crate::generated::Place {
                file: "configure/builder/options.js",
                begin: "// <variables: generated from style/widget.css>\n",
                end: "// </variables>",
                text,
            }],
        );
    }
}
