use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, ShadowRoot};

/// The widget's stylesheet, compiled in: one constructed sheet shared by every
/// widget on the page. Constructed sheets are not inline `<style>` elements, so
/// a host page's `style-src 'self'` policy does not block them.
const WIDGET_CSS: &str = include_str!("../../style/widget.css");

thread_local! {
    static SHEET: CssStyleSheet = {
        let sheet = CssStyleSheet::new().expect("constructable stylesheets");
        sheet.replace_sync(WIDGET_CSS).expect("widget.css parses");
        sheet
    };
}

pub(super) fn adopt(shadow: &ShadowRoot) {
    SHEET.with(|sheet| {
        let sheets = js_sys::Array::of1(sheet);
        js_sys::Reflect::set(shadow, &JsValue::from_str("adoptedStyleSheets"), &sheets)
            .expect("adoptedStyleSheets is settable");
    });
}
