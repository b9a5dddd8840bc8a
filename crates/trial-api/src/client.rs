//! Sending requests: the retry policy and the loop that applies it, over any
//! [`Transport`]. The browser's transport is gloo-net (in the widget); tests
//! use a scripted fake. Nothing here knows about HTTP libraries or the DOM.

use crate::error::ApiError;
use crate::models::Page;
use crate::request::{Method, Request};
use serde::de::DeserializeOwned;
use std::future::Future;

/// A response as the transport saw it.
#[derive(Clone, Debug, PartialEq)]
pub struct RawResponse {
    pub status: u16,
    pub body: String,
    /// `Retry-After`, already in milliseconds (see `error::parse_retry_after`).
    pub retry_after_ms: Option<u64>,
}

/// Sends one request once. Fails only with `Network` or `Timeout`; any HTTP
/// answer, whatever its status, is a `RawResponse`.
pub trait Transport {
    fn send<T>(&self, request: &Request<T>) -> impl Future<Output = Result<RawResponse, ApiError>>;
    /// Waits; the retry loop's pauses go through here so tests need not wait.
    fn sleep(&self, ms: u64) -> impl Future<Output = ()>;
    /// A random number in [0, 1) for jitter.
    fn random(&self) -> f64;
}

/// When to try a read again.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RetryPolicy {
    /// Retries after the first attempt (so at most `max_retries + 1` sends).
    pub max_retries: u32,
    pub base_delay_ms: u64,
    pub max_delay_ms: u64,
    /// A `Retry-After` longer than this is not waited for: the visitor is told
    /// to try again later instead of staring at a spinner.
    pub max_retry_after_ms: u64,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 3,
            base_delay_ms: 300,
            max_delay_ms: 5_000,
            max_retry_after_ms: 10_000,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Decision {
    Retry { after_ms: u64 },
    GiveUp,
}

impl RetryPolicy {
    /// `retries_done`: how many retries already happened. `jitter` in [0, 1).
    pub fn decide(
        &self,
        method: Method,
        retries_done: u32,
        error: &ApiError,
        jitter: f64,
    ) -> Decision {
        // A booking must never happen twice: writes are not retried, whatever failed.
        if !method.is_retryable() || retries_done >= self.max_retries {
            return Decision::GiveUp;
        }
        let backoff = || {
            // Exponential with "equal jitter": half fixed, half random.
            let cap = self
                .base_delay_ms
                .saturating_mul(1u64 << retries_done.min(20))
                .min(self.max_delay_ms);
            cap / 2 + ((cap / 2) as f64 * jitter.clamp(0.0, 1.0)) as u64
        };
        match error {
            ApiError::Network(_) | ApiError::Timeout => Decision::Retry {
                after_ms: backoff(),
            },
            ApiError::Http {
                status: 429 | 503,
                retry_after_ms: Some(wait),
                ..
            } => {
                if *wait <= self.max_retry_after_ms {
                    Decision::Retry { after_ms: *wait }
                } else {
                    Decision::GiveUp
                }
            }
            ApiError::Http {
                status: 429 | 502 | 503 | 504,
                ..
            } => Decision::Retry {
                after_ms: backoff(),
            },
            _ => Decision::GiveUp,
        }
    }
}

/// Sends `request`, retrying reads as the policy says, and decodes the answer.
pub async fn execute<T: DeserializeOwned>(
    transport: &impl Transport,
    policy: &RetryPolicy,
    request: &Request<T>,
) -> Result<T, ApiError> {
    let mut retries = 0;
    loop {
        let outcome = match transport.send(request).await {
            Ok(response) => ApiError::check_response(
                request.family,
                response.status,
                response.body,
                response.retry_after_ms,
            )
            .and_then(|body| {
                request
                    .decode(&body)
                    .map_err(|e| ApiError::Decode(e.to_string()))
            }),
            Err(error) => Err(error),
        };
        let error = match outcome {
            Ok(value) => return Ok(value),
            Err(error) => error,
        };
        match policy.decide(request.method, retries, &error, transport.random()) {
            Decision::Retry { after_ms } => {
                transport.sleep(after_ms).await;
                retries += 1;
            }
            Decision::GiveUp => return Err(error),
        }
    }
}

/// Most pages a list may have before we decide the server never ends it.
pub const MAX_PAGES: usize = 200;

/// Follows `offset` / `hasNext` to the end, passing each returned offset back
/// unchanged. Stops with `ApiError::Paging` if the server repeats an offset or
/// never ends.
pub async fn fetch_all<T, F, Fut>(mut fetch_page: F) -> Result<Vec<T>, ApiError>
where
    F: FnMut(String) -> Fut,
    Fut: Future<Output = Result<Page<T>, ApiError>>,
{
    let mut items = Vec::new();
    let mut offset = "0".to_string();
    let mut seen = vec![offset.clone()];
    for _ in 0..MAX_PAGES {
        let page = fetch_page(offset).await?;
        items.extend(page.result);
        if !page.has_next {
            return Ok(items);
        }
        if seen.contains(&page.offset) {
            return Err(ApiError::Paging("the server repeated an offset"));
        }
        seen.push(page.offset.clone());
        offset = page.offset;
    }
    Err(ApiError::Paging("the list did not end"))
}

/// Runs a future that never waits on anything outside itself (fake
/// transports, the demo backend) to completion. For native tests and the
/// mock server.
pub fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    loop {
        if let std::task::Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            return out;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::open_api::{ClassSlotBookingRequest, TrialOfferConfig};
    use crate::ops::open_api as o;
    use std::cell::RefCell;
    use std::collections::VecDeque;

    /// Answers from a script, records what was sent and how long it slept.
    #[derive(Default)]
    struct Fake {
        script: RefCell<VecDeque<Result<RawResponse, ApiError>>>,
        sent: RefCell<Vec<String>>,
        slept: RefCell<Vec<u64>>,
    }

    impl Fake {
        fn new(script: Vec<Result<RawResponse, ApiError>>) -> Self {
            Fake {
                script: RefCell::new(script.into()),
                ..Default::default()
            }
        }
    }

    fn ok(status: u16, body: &str) -> Result<RawResponse, ApiError> {
        Ok(RawResponse {
            status,
            body: body.into(),
            retry_after_ms: None,
        })
    }

    fn retry_after(status: u16, ms: u64) -> Result<RawResponse, ApiError> {
        Ok(RawResponse {
            status,
            body: r#"{"errorMessage":"slow down"}"#.into(),
            retry_after_ms: Some(ms),
        })
    }

    impl Transport for Fake {
        async fn send<T>(&self, request: &Request<T>) -> Result<RawResponse, ApiError> {
            self.sent.borrow_mut().push(format!(
                "{} {}",
                request.method.as_str(),
                request.path_and_query()
            ));
            self.script
                .borrow_mut()
                .pop_front()
                .expect("script ran out")
        }
        async fn sleep(&self, ms: u64) {
            self.slept.borrow_mut().push(ms);
        }
        fn random(&self) -> f64 {
            0.5
        }
    }

    const CONFIG: &str = r#"{"id":1,"name":"Probeangebot","preventMultipleBookingsTerm":{"value":2,"unit":"WEEK"},"contingent":2,"allowBookingForLeads":true,"leadDataConfig":{"trialOfferLeadDataConfigId":1,"genderMode":"INACTIVE","dateOfBirthMode":"OPTIONAL","telephoneMode":"MANDATORY","addressMode":"INACTIVE"}}"#;

    fn get_config(fake: &Fake) -> Result<TrialOfferConfig, ApiError> {
        block_on(execute(
            fake,
            &RetryPolicy::default(),
            &o::get_trial_offer_config(crate::models::TrialOfferConfigId(1)),
        ))
    }

    fn book(fake: &Fake) -> Result<crate::models::open_api::ClassSlotBooking, ApiError> {
        let body = ClassSlotBookingRequest {
            customer_id: crate::models::CustomerId(1),
            class_slot_id: crate::models::ClassSlotId(2),
        };
        block_on(execute(
            fake,
            &RetryPolicy::default(),
            &o::book_class_slot_for_trial_offers(&body),
        ))
    }

    #[test]
    fn a_read_is_retried_after_network_errors_with_growing_delays() {
        let fake = Fake::new(vec![
            Err(ApiError::Network("offline".into())),
            Err(ApiError::Timeout),
            ok(503, ""),
            ok(200, CONFIG),
        ]);
        assert_eq!(get_config(&fake).unwrap().name, "Probeangebot");
        assert_eq!(fake.sent.borrow().len(), 4);
        // base 300: caps 300, 600, 1200; equal jitter at 0.5 → 225, 450, 900
        assert_eq!(*fake.slept.borrow(), vec![225, 450, 900]);
    }

    #[test]
    fn retry_after_is_honoured_on_429() {
        let fake = Fake::new(vec![retry_after(429, 2000), ok(200, CONFIG)]);
        assert!(get_config(&fake).is_ok());
        assert_eq!(*fake.slept.borrow(), vec![2000]);
    }

    #[test]
    fn a_retry_after_too_long_to_wait_gives_up_at_once() {
        let fake = Fake::new(vec![retry_after(429, 60_000)]);
        let error = get_config(&fake).unwrap_err();
        assert_eq!(error.status(), Some(429));
        assert!(fake.slept.borrow().is_empty());
    }

    #[test]
    fn the_retry_cap_is_respected() {
        let fake = Fake::new((0..10).map(|_| ok(503, "")).collect());
        assert_eq!(get_config(&fake).unwrap_err().status(), Some(503));
        assert_eq!(fake.sent.borrow().len(), 4, "1 attempt + 3 retries");
        assert_eq!(fake.slept.borrow().len(), 3);
    }

    #[test]
    fn delays_never_exceed_the_maximum() {
        let policy = RetryPolicy {
            max_retries: 30,
            ..RetryPolicy::default()
        };
        for retries in 0..30 {
            match policy.decide(Method::Get, retries, &ApiError::Timeout, 0.999) {
                Decision::Retry { after_ms } => {
                    assert!(after_ms <= policy.max_delay_ms, "{after_ms}")
                }
                Decision::GiveUp => panic!("should retry"),
            }
        }
    }

    #[test]
    fn writes_are_never_retried() {
        for failure in [
            Err(ApiError::Network("x".into())),
            Err(ApiError::Timeout),
            ok(503, ""),
            retry_after(429, 10),
        ] {
            let fake = Fake::new(vec![failure, ok(200, "{}")]);
            assert!(book(&fake).is_err());
            assert_eq!(fake.sent.borrow().len(), 1, "a booking is sent once");
            assert!(fake.slept.borrow().is_empty());
        }
    }

    #[test]
    fn client_errors_are_not_retried() {
        for status in [400, 401, 403, 404, 409, 500] {
            let fake = Fake::new(vec![
                ok(status, r#"{"errorMessage":"no"}"#),
                ok(200, CONFIG),
            ]);
            assert_eq!(get_config(&fake).unwrap_err().status(), Some(status));
            assert_eq!(fake.sent.borrow().len(), 1, "{status}");
        }
    }

    #[test]
    fn malformed_json_is_a_decode_error_and_not_retried() {
        let fake = Fake::new(vec![ok(200, "{\"id\": 1, \"name\": "), ok(200, CONFIG)]);
        assert!(matches!(get_config(&fake), Err(ApiError::Decode(_))));
        assert_eq!(fake.sent.borrow().len(), 1);
    }

    fn page(items: &[i32], has_next: bool, offset: &str) -> Result<Page<i32>, ApiError> {
        Ok(Page {
            result: items.to_vec(),
            has_next,
            offset: offset.into(),
        })
    }

    #[test]
    fn paging_follows_offsets_unchanged_to_the_end() {
        let mut asked = Vec::new();
        let mut pages = VecDeque::from([
            page(&[1, 2], true, "id-2"),
            page(&[3], true, "7"),
            page(&[4], false, "7"),
        ]);
        let all = block_on(fetch_all(|offset| {
            asked.push(offset);
            let next = pages.pop_front().unwrap();
            async move { next }
        }))
        .unwrap();
        assert_eq!(all, [1, 2, 3, 4]);
        assert_eq!(asked, ["0", "id-2", "7"]);
    }

    #[test]
    fn paging_an_empty_list() {
        let all = block_on(fetch_all(|_| async { page(&[], false, "0") })).unwrap();
        assert!(all.is_empty());
    }

    #[test]
    fn paging_stops_when_the_server_repeats_an_offset() {
        let mut pages = VecDeque::from([
            page(&[1], true, "a"),
            page(&[2], true, "b"),
            page(&[3], true, "a"),
        ]);
        let result = block_on(fetch_all(|_| {
            let next = pages.pop_front().unwrap();
            async move { next }
        }));
        assert_eq!(
            result,
            Err(ApiError::Paging("the server repeated an offset"))
        );
    }

    #[test]
    fn paging_stops_when_the_list_never_ends() {
        let mut n = 0;
        let result = block_on(fetch_all(|_| {
            n += 1;
            let offset = n.to_string();
            async move { page(&[1], true, &offset) }
        }));
        assert_eq!(result, Err(ApiError::Paging("the list did not end")));
        assert_eq!(n, MAX_PAGES);
    }

    #[test]
    fn paging_passes_errors_on() {
        let result = block_on(fetch_all::<i32, _, _>(|_| async { Err(ApiError::Timeout) }));
        assert_eq!(result, Err(ApiError::Timeout));
    }
}
