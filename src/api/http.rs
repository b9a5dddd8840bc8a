//! Real HTTP with gloo-net: base URL + path, JSON, `Accept-Language`, and a
//! time limit through an `AbortController`. Status codes are not judged here:
//! every answer goes back as a `RawResponse` and `trial_api` decides.
//!
//! The loader (`trial-booking.js`) starts the first reads while the wasm is
//! still downloading; their answers arrive here as [`Prefetched`] and are
//! adopted by the first identical `GET`, through the same status, retry and
//! decode rules as any other answer.

use gloo_net::http::RequestBuilder;
use std::cell::Cell;
use std::rc::Rc;
use trial_api::client::RawResponse;
use trial_api::error::parse_retry_after;
use trial_api::request::{join_url, Method, Request};
use trial_api::ApiError;
use wasm_bindgen::prelude::*;

pub struct HttpTransport {
    base: String,
    lang: String,
    timeout_ms: u32,
    prefetched: Prefetched,
}

/// Reads the loader has already started: absolute URL → `Promise<Response>`
/// (a JavaScript `Map`). Each is adopted once, by the first `GET` of exactly
/// that URL; a later `GET` (a retry, a reload of the list) asks the network.
#[derive(Clone, Default)]
pub struct Prefetched(Option<js_sys::Map>);

impl Prefetched {
    /// From the loader's `Map`; anything else means nothing was prefetched.
    pub fn from_js(value: JsValue) -> Prefetched {
        Prefetched(value.dyn_into::<js_sys::Map>().ok())
    }

    fn take(&self, url: &str) -> Option<js_sys::Promise> {
        let map = self.0.as_ref()?;
        let key = JsValue::from_str(url);
        let promise = map.get(&key).dyn_into::<js_sys::Promise>().ok()?;
        map.delete(&key);
        Some(promise)
    }
}

impl HttpTransport {
    /// Requests longer than this are abandoned and reported as `Timeout`.
    pub const DEFAULT_TIMEOUT_MS: u32 = 15_000;

    pub fn new(base: &str, lang: &str) -> Self {
        HttpTransport {
            base: base.to_string(),
            lang: lang.to_string(),
            timeout_ms: Self::DEFAULT_TIMEOUT_MS,
            prefetched: Prefetched::default(),
        }
    }

    /// Adopts the loader's reads (see [`Prefetched`]).
    pub fn with_prefetched(mut self, prefetched: Prefetched) -> Self {
        self.prefetched = prefetched;
        self
    }

    pub fn with_timeout(mut self, ms: u32) -> Self {
        self.timeout_ms = ms;
        self
    }

    pub async fn send<T>(&self, request: &Request<T>) -> Result<RawResponse, ApiError> {
        let url = join_url(&self.base, &request.path_and_query());
        if request.method == Method::Get {
            if let Some(started) = self.prefetched.take(&url) {
                let answer = wasm_bindgen_futures::JsFuture::from(started)
                    .await
                    .map_err(|e| ApiError::Network(describe(&e)))?;
                let answer = answer
                    .dyn_into::<web_sys::Response>()
                    .map_err(|e| ApiError::Network(describe(&e)))?;
                return raw_response(answer.into()).await;
            }
        }
        let controller =
            web_sys::AbortController::new().map_err(|e| ApiError::Network(describe(&e)))?;
        let timed_out = Rc::new(Cell::new(false));
        let on_timeout = {
            let (controller, timed_out) = (controller.clone(), timed_out.clone());
            Closure::once(move || {
                timed_out.set(true);
                controller.abort();
            })
        };
        let window = web_sys::window().ok_or_else(|| ApiError::Network("no window".into()))?;
        let handle = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                on_timeout.as_ref().unchecked_ref(),
                self.timeout_ms as i32,
            )
            .unwrap_or_default();
        // However this future ends (answered, failed, or dropped mid-flight
        // because its answer is no longer wanted), the timer goes with it and
        // an unfinished request is aborted.
        let _guard = Guard {
            window,
            handle,
            controller: controller.clone(),
            _on_timeout: on_timeout,
        };

        let builder = RequestBuilder::new(&url)
            .method(match request.method {
                Method::Get => gloo_net::http::Method::GET,
                Method::Post => gloo_net::http::Method::POST,
            })
            .header("Accept", "application/json")
            .header("Accept-Language", &self.lang)
            .abort_signal(Some(&controller.signal()));
        let built = match &request.body {
            Some(body) => builder
                .header("Content-Type", "application/json")
                .body(body.to_string()),
            None => builder.build(),
        };
        let result = async {
            let response = built
                .map_err(|e| ApiError::Network(e.to_string()))?
                .send()
                .await
                .map_err(|e| ApiError::Network(e.to_string()))?;
            raw_response(response).await
        }
        .await;
        match result {
            Err(_) if timed_out.get() => Err(ApiError::Timeout),
            other => other,
        }
    }
}

/// One request's time limit: cleared, and the request aborted (a no-op once
/// it has finished), when the request's future ends or is dropped. Without it
/// a dropped request's timer would later call into its freed closure.
struct Guard {
    window: web_sys::Window,
    handle: i32,
    controller: web_sys::AbortController,
    _on_timeout: Closure<dyn FnMut()>,
}

impl Drop for Guard {
    fn drop(&mut self) {
        self.window.clear_timeout_with_handle(self.handle);
        self.controller.abort();
    }
}

/// Status, `Retry-After` and body of an answer, for `trial_api` to judge.
async fn raw_response(response: gloo_net::http::Response) -> Result<RawResponse, ApiError> {
    let status = response.status();
    let retry_after_ms = response
        .headers()
        .get("Retry-After")
        .and_then(|v| parse_retry_after(&v, crate::time::now()));
    let body = response
        .text()
        .await
        .map_err(|e| ApiError::Network(e.to_string()))?;
    Ok(RawResponse {
        status,
        body,
        retry_after_ms,
    })
}

fn describe(value: &JsValue) -> String {
    value.as_string().unwrap_or_else(|| format!("{value:?}"))
}
