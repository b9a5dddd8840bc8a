//! Reads keyed by what they are for (an offer, a studio, a window of days),
//! so an answer is only ever shown for the key it was asked for.
//!
//! When the key changes, the new read starts at once, whatever is still on
//! its way; an answer that arrives for a key the visitor has left is dropped,
//! and [`Keyed::get`] never returns one (not even for one frame: it compares
//! the answer's key with the current key as it reads). Leptos's
//! `LocalResource` keeps showing the previous answer while the next loads,
//! which is how a slow first window once showed under a later window's dates.

use leptos::prelude::*;
use std::future::Future;
use std::rc::Rc;

pub struct Keyed<K, T>
where
    K: Clone + PartialEq + Send + Sync + 'static,
    T: Clone + Send + Sync + 'static,
{
    /// The current key and the reload count.
    key: Memo<(K, u32)>,
    reload: RwSignal<u32>,
    answer: RwSignal<Option<((K, u32), T)>>,
}

impl<K, T> Clone for Keyed<K, T>
where
    K: Clone + PartialEq + Send + Sync + 'static,
    T: Clone + Send + Sync + 'static,
{
    fn clone(&self) -> Self {
        *self
    }
}

impl<K, T> Copy for Keyed<K, T>
where
    K: Clone + PartialEq + Send + Sync + 'static,
    T: Clone + Send + Sync + 'static,
{
}

impl<K, T> Keyed<K, T>
where
    K: Clone + PartialEq + Send + Sync + 'static,
    T: Clone + Send + Sync + 'static,
{
    /// Reads `load(key())` now and whenever `key()` changes (it is tracked).
    pub fn new<Fut>(
        key: impl Fn() -> K + Send + Sync + 'static,
        load: impl Fn(K) -> Fut + 'static,
    ) -> Self
    where
        Fut: Future<Output = T> + 'static,
    {
        let reload = RwSignal::new(0u32);
        let key = Memo::new(move |_| (key(), reload.get()));
        let answer = RwSignal::new(None);
        let load = Rc::new(load);
        Effect::new(move |_| {
            let asked = key.get();
            let load = load.clone();
            leptos::task::spawn_local(async move {
                let value = load(asked.0.clone()).await;
                // The widget may be gone, or the visitor elsewhere, by now.
                if key.try_get_untracked().as_ref() == Some(&asked) {
                    answer.try_set(Some((asked, value)));
                }
            });
        });
        Keyed {
            key,
            reload,
            answer,
        }
    }

    /// The answer for the current key, `None` while it loads (tracked).
    pub fn get(&self) -> Option<T> {
        let current = self.key.get();
        self.answer.with(|a| {
            a.as_ref()
                .filter(|(k, _)| *k == current)
                .map(|(_, v)| v.clone())
        })
    }

    /// Reads the current key again.
    pub fn refetch(&self) {
        self.reload.update(|n| *n += 1);
    }
}
