//! The demo backend: the demo studio from `demo_studio`, answering inside
//! the wasm after a short, varying delay, like a server would, with its texts
//! in the visitor's language.

use demo_studio::{DemoStudio, DemoTexts};
use futures::future::{FutureExt, LocalBoxFuture};
use std::cell::RefCell;
use std::rc::Rc;
use trial_api::client::RawResponse;
use trial_api::request::Request;
use trial_api::ApiError;

#[derive(Clone)]
pub struct DemoTransport {
    studio: Rc<RefCell<DemoStudio>>,
    /// Simulated latency range in milliseconds.
    latency: (u64, u64),
    /// The visitor's language (`de`): the studio's texts are in it.
    lang: String,
}

thread_local! {
    /// One studio per page: every demo widget on it sees the same bookings.
    static SHARED: Rc<RefCell<DemoStudio>> = Rc::new(RefCell::new(DemoStudio::new(crate::time::now(), &crate::dist::asset_url("demo"))));
    /// The studio's texts per language, each fetched once per page: the
    /// texts once read, or the fetch every first request waits for.
    static TEXTS: RefCell<Vec<(String, Texts)>> = const { RefCell::new(Vec::new()) };
}

impl DemoTransport {
    /// The page's demo studio, speaking `lang`.
    pub fn shared(lang: &str) -> Self {
        DemoTransport {
            studio: SHARED.with(Rc::clone),
            latency: (120, 450),
            lang: lang.to_string(),
        }
    }

    /// A studio of its own, fresh, answering at once in English (for tests).
    pub fn fresh() -> Self {
        let studio = DemoStudio::new(crate::time::now(), &crate::dist::asset_url("demo"));
        DemoTransport {
            studio: Rc::new(RefCell::new(studio)),
            latency: (0, 0),
            lang: "en".into(),
        }
    }

    pub async fn send<T>(&self, request: &Request<T>) -> Result<RawResponse, ApiError> {
        let texts = self.ready().await;
        let response = self
            .studio
            .borrow_mut()
            .answer(request, crate::time::now())
            .in_language(&texts);
        Ok(RawResponse {
            status: response.status,
            body: response.body,
            retry_after_ms: None,
        })
    }

    /// Waits as a server would take to answer, and for the studio's texts (the
    /// first answer in a language). Boxed: one copy, not one per request type.
    fn ready(&self) -> LocalBoxFuture<'static, Rc<DemoTexts>> {
        let (low, high) = self.latency;
        let lang = self.lang.clone();
        async move {
            let delay = async {
                if high > 0 {
                    super::sleep(low + (js_sys::Math::random() * (high - low) as f64) as u64).await;
                }
            };
            let ((), texts) = futures::join!(delay, texts(&lang));
            texts
        }
        .boxed_local()
    }
}

#[derive(Clone)]
enum Texts {
    Read(Rc<DemoTexts>),
    /// `fetch(…).then(r => r.ok ? r.json() : null)`: a promise any number of
    /// requests can wait for.
    #[cfg(not(feature = "bundled-locales"))]
    Fetching(js_sys::Promise),
}

/// The studio's texts in `lang` (English is built in; others are fetched once
/// per page from `locales/demo/<lang>.json`, English if that fails).
async fn texts(lang: &str) -> Rc<DemoTexts> {
    let known = TEXTS.with(|t| {
        t.borrow()
            .iter()
            .find(|(l, _)| l == lang)
            .map(|(_, t)| t.clone())
    });
    let texts = match known {
        Some(texts) => texts,
        None => {
            let texts = start(lang);
            TEXTS.with(|t| t.borrow_mut().push((lang.to_string(), texts.clone())));
            texts
        }
    };
    match texts {
        Texts::Read(texts) => texts,
        #[cfg(not(feature = "bundled-locales"))]
        Texts::Fetching(promise) => {
            let json = crate::dist::json_of(promise).await;
            let strings = js_sys::Array::is_array(&json).then(|| {
                js_sys::Array::from(&json)
                    .iter()
                    .filter_map(|s| s.as_string())
                    .collect()
            });
            let read = Rc::new(match strings.map(DemoTexts::from_texts) {
                Some(Ok(texts)) => texts,
                _ => {
                    web_sys::console::warn_1(&format!("trial-booking: the demo studio's texts for \"{lang}\" could not be loaded; English instead").into());
                    DemoTexts::english()
                }
            });
            TEXTS.with(|t| {
                if let Some(entry) = t.borrow_mut().iter_mut().find(|(l, _)| l == lang) {
                    entry.1 = Texts::Read(read.clone());
                }
            });
            read
        }
    }
}

#[cfg(feature = "bundled-locales")]
fn start(lang: &str) -> Texts {
    Texts::Read(Rc::new(DemoTexts::bundled(lang)))
}

#[cfg(not(feature = "bundled-locales"))]
fn start(lang: &str) -> Texts {
    if lang == "en" {
        return Texts::Read(Rc::new(DemoTexts::english()));
    }
    let path = format!("locales/demo/{lang}.json");
    Texts::Fetching(crate::dist::asset_json(&path))
}
