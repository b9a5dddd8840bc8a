//! The way on from a done step to the studio's thank-you page (`success-url`).

use crate::i18n::Key;
use crate::ui::{announce, use_i18n};
use leptos::prelude::*;
use std::time::Duration;

/// After `delay_seconds` (0: at once, once the done step is drawn) the whole
/// page goes to `url`: the top window, a popup's page too; a frame's own
/// window when the browser keeps a frame from leading its page away.
/// Meanwhile "Continue" goes at once, and "Stay on this page" stays (a time
/// limit the visitor can turn off). `said`: the done step's message, said
/// again with the notice that the page will change.
#[component]
pub fn SuccessRedirect(url: String, delay_seconds: u32, said: String) -> impl IntoView {
    let i18n = use_i18n();
    announce(format!("{said} {}", i18n.t(Key::SuccessNext)), false);
    let target = url.clone();
    let timer = set_timeout_with_handle(
        move || open_top(&target),
        Duration::from_secs(delay_seconds.into()),
    )
    .ok();
    let stop = move || {
        if let Some(timer) = timer {
            timer.clear();
        }
    };
    on_cleanup(stop);
    let staying = RwSignal::new(false);
    let going = move || !staying.get();
    view! {
        {move || going().then(|| view! { <p class="tb-note">{i18n.t(Key::SuccessNext)}</p> })}
        <div class="tb-actions">
            {move || going().then(|| view! {
                <button type="button" class="tb-link" part="link" on:click=move |_| { stop(); staying.set(true); }>
                    {i18n.t(Key::SuccessStay)}
                </button>
            })}
            <a class="tb-button tb-button--primary" part="button button-primary" href=url target="_top">{i18n.t(Key::SuccessContinue)}</a>
        </div>
    }
}

fn open_top(url: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let led = window
        .top()
        .ok()
        .flatten()
        .is_some_and(|top| top.location().set_href(url).is_ok());
    if !led {
        let _ = window.location().set_href(url);
    }
}
