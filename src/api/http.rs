//! Real HTTP with gloo-net: base URL + path, JSON, `Accept-Language`, and a
//! time limit through an `AbortController`. Status codes are not judged here:
//! every answer goes back as a `RawResponse` and `trial_api` decides.

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
}

impl HttpTransport {
    /// Requests longer than this are abandoned and reported as `Timeout`.
    pub const DEFAULT_TIMEOUT_MS: u32 = 15_000;

    pub fn new(base: &str, lang: &str) -> Self {
        HttpTransport {
            base: base.to_string(),
            lang: lang.to_string(),
            timeout_ms: Self::DEFAULT_TIMEOUT_MS,
        }
    }

    pub fn with_timeout(mut self, ms: u32) -> Self {
        self.timeout_ms = ms;
        self
    }

    pub async fn send<T>(&self, request: &Request<T>) -> Result<RawResponse, ApiError> {
        let url = join_url(&self.base, &request.path_and_query());
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
        let timer = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                on_timeout.as_ref().unchecked_ref(),
                self.timeout_ms as i32,
            )
            .unwrap_or_default();

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
            let status = response.status();
            let retry_after_ms = response
                .headers()
                .get("Retry-After")
                .and_then(|v| parse_retry_after(&v, crate::clock::now()));
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
        .await;
        window.clear_timeout_with_handle(timer);
        drop(on_timeout);
        match result {
            Err(_) if timed_out.get() => Err(ApiError::Timeout),
            other => other,
        }
    }
}

fn describe(value: &JsValue) -> String {
    value.as_string().unwrap_or_else(|| format!("{value:?}"))
}
