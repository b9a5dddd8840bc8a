//! URLs of the files shipped beside the loader in `dist/` (texts, demo data,
//! pictures), wherever `dist/` is hosted, and reading its JSON files.

use wasm_bindgen::prelude::*;

// wasm-bindgen writes this snippet to dist/snippets/<crate>-<hash>/inline*.js,
// so dist/ itself is two folders up from the snippet's own URL.
#[wasm_bindgen(
    inline_js = "export function distBase() { return new URL('../../', import.meta.url).href; }
export function fetchJson(url) { return fetch(url).then((r) => (r.ok ? r.json() : null)).catch(() => null); }"
)]
extern "C" {
    #[wasm_bindgen(js_name = distBase)]
    fn dist_base() -> String;
    #[wasm_bindgen(js_name = fetchJson)]
    fn fetch_json(url: &str) -> js_sys::Promise;
}

/// The absolute URL of a file or folder shipped in `dist/`, wherever `dist/`
/// is hosted (`asset_url("demo")` → `https://cdn.example/trial-booking/demo`).
pub fn asset_url(path: &str) -> String {
    format!("{}{}", dist_base(), path.trim_start_matches('/'))
}

/// A JSON file shipped in `dist/`, parsed by the browser: a promise of it, or
/// of `null` when it cannot be had (no network, not found, not JSON). Any
/// number of readers can wait for the same promise.
pub fn asset_json(path: &str) -> js_sys::Promise {
    fetch_json(&asset_url(path))
}

/// Waits for a promise of [`asset_json`]: the JSON, or `null`.
pub async fn json_of(promise: js_sys::Promise) -> JsValue {
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .unwrap_or(JsValue::NULL)
}
