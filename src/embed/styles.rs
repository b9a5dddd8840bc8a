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
