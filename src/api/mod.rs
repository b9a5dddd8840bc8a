//! The one backend interface the UI talks to. Which backend answers is
//! decided by the embed config: the studio's Open API proxy, the Connect API
//! of its tenant, or the demo studio inside the wasm. All three speak the same
//! requests (`trial_api::ops`) and give the same typed results and errors.

#[cfg(feature = "demo")]
mod demo;
mod http;

#[cfg(feature = "demo")]
pub use demo::DemoTransport;
pub use http::{HttpTransport, Prefetched};

use crate::config::Backend as BackendConfig;
use trial_api::client::{self, RawResponse, RetryPolicy, Transport};
use trial_api::models::Page;
use trial_api::request::Request;
use trial_api::ApiError;

/// The backend for one widget.
pub enum Backend {
    Http(HttpTransport),
    #[cfg(feature = "demo")]
    Demo(DemoTransport),
}

impl Transport for Backend {
    async fn send<T>(&self, request: &Request<T>) -> Result<RawResponse, ApiError> {
        match self {
            Backend::Http(t) => t.send(request).await,
            #[cfg(feature = "demo")]
            Backend::Demo(t) => t.send(request).await,
        }
    }

    async fn sleep(&self, ms: u64) {
        sleep(ms).await
    }

    fn random(&self) -> f64 {
        js_sys::Math::random()
    }
}

/// Typed access to a backend, with the retry policy applied. `B` is the
/// configured [`Backend`] in the widget; native tests put a scripted
/// [`Transport`] there to run a booking sequence without a browser.
pub struct Api<B = Backend> {
    backend: B,
    policy: RetryPolicy,
}

impl Api {
    /// The backend the embed config asks for. `lang` is sent as `Accept-Language`;
    /// `prefetched` holds the reads the loader has already started.
    pub fn from_config(config: &BackendConfig, lang: &str, prefetched: Prefetched) -> Api {
        let backend = match config {
            #[cfg(feature = "demo")]
            BackendConfig::Demo => Backend::Demo(DemoTransport::shared(lang)),
            // Without the demo studio compiled in, config parsing refuses backend="demo".
            #[cfg(not(feature = "demo"))]
            BackendConfig::Demo => {
                unreachable!("backend=\"demo\" is rejected by this build's config")
            }
            BackendConfig::OpenApi { proxy: base } | BackendConfig::Connect { tenant: base } => {
                Backend::Http(HttpTransport::new(base.as_str(), lang).with_prefetched(prefetched))
            }
        };
        Api::new(backend)
    }
}

impl<B: Transport> Api<B> {
    pub fn new(backend: B) -> Api<B> {
        Api {
            backend,
            policy: RetryPolicy::default(),
        }
    }

    pub fn with_policy(mut self, policy: RetryPolicy) -> Api<B> {
        self.policy = policy;
        self
    }

    /// The transport requests go through.
    pub fn transport(&self) -> &B {
        &self.backend
    }

    /// Sends one request (reads retried per the policy, writes never).
    pub async fn call<T: serde::de::DeserializeOwned>(
        &self,
        request: Request<T>,
    ) -> Result<T, ApiError> {
        let result = client::execute(&self.backend, &self.policy, &request).await;
        // The API's own message goes to the console for the developer, never on screen.
        #[cfg(target_arch = "wasm32")]
        if let Err(error) = &result {
            web_sys::console::warn_1(
                &format!(
                    "trial-booking: {} {}: {error}",
                    request.method.as_str(),
                    request.template
                )
                .into(),
            );
        }
        result
    }

    /// Every item of a paged list, following `offset` to the end.
    pub async fn all<T, F>(&self, page: F) -> Result<Vec<T>, ApiError>
    where
        T: serde::de::DeserializeOwned,
        F: Fn(&str) -> Request<Page<T>>,
    {
        client::fetch_all(|offset| self.call(page(&offset))).await
    }
}

/// Waits `ms` milliseconds (a `setTimeout` promise).
pub async fn sleep(ms: u64) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                ms.min(i32::MAX as u64) as i32,
            );
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
