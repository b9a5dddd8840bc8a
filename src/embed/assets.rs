use wasm_bindgen::prelude::*;

// wasm-bindgen writes this snippet to dist/snippets/<crate>-<hash>/inline*.js,
// so dist/ itself is two folders up from the snippet's own URL.
#[wasm_bindgen(
    inline_js = "export function distBase() { return new URL('../../', import.meta.url).href; }"
)]
extern "C" {
    #[wasm_bindgen(js_name = distBase)]
    fn dist_base() -> String;
}

/// The absolute URL of a file or folder shipped in `dist/`, wherever `dist/`
/// is hosted (`asset_url("demo")` → `https://cdn.example/trial-booking/demo`).
pub fn asset_url(path: &str) -> String {
    format!("{}{}", dist_base(), path.trim_start_matches('/'))
}
