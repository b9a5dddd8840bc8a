//! The demo backend: the demo studio from `trial_api::demo`, answering inside
//! the wasm after a short, varying delay, like a server would.

use std::cell::RefCell;
use std::rc::Rc;
use trial_api::client::RawResponse;
use trial_api::demo::DemoStudio;
use trial_api::request::Request;
use trial_api::ApiError;

#[derive(Clone)]
pub struct DemoTransport {
    studio: Rc<RefCell<DemoStudio>>,
    /// Simulated latency range in milliseconds.
    latency: (u64, u64),
}

thread_local! {
    /// One studio per page: every demo widget on it sees the same bookings.
    static SHARED: Rc<RefCell<DemoStudio>> = Rc::new(RefCell::new(DemoStudio::new(crate::clock::now(), &crate::embed::asset_url("demo"))));
}

impl DemoTransport {
    pub fn shared() -> Self {
        DemoTransport {
            studio: SHARED.with(Rc::clone),
            latency: (120, 450),
        }
    }

    /// A studio of its own, fresh, answering at once (for tests).
    pub fn fresh() -> Self {
        let studio = DemoStudio::new(crate::clock::now(), &crate::embed::asset_url("demo"));
        DemoTransport {
            studio: Rc::new(RefCell::new(studio)),
            latency: (0, 0),
        }
    }

    pub async fn send<T>(&self, request: &Request<T>) -> Result<RawResponse, ApiError> {
        let (low, high) = self.latency;
        if high > 0 {
            super::sleep(low + (js_sys::Math::random() * (high - low) as f64) as u64).await;
        }
        let response = self
            .studio
            .borrow_mut()
            .answer(request, crate::clock::now());
        Ok(RawResponse {
            status: response.status,
            body: response.body,
            retry_after_ms: None,
        })
    }
}
