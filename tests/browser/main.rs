//! Browser tests: real `<trial-booking>` elements in headless Chromium
//! (wasm-bindgen-test + chromium-driver). Elements are found the way a person
//! finds them: by role and accessible name.
#![cfg(target_arch = "wasm32")]

mod api;
mod booking;
mod embed;
mod languages;
mod session;
mod support;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
