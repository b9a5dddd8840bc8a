use super::{announce, use_i18n};
use crate::i18n::Key;
use leptos::prelude::*;

/// Shown when there is nothing the visitor can book, with a way to look again.
#[component]
pub fn EmptyState(#[prop(optional)] on_retry: Option<Callback<()>>) -> impl IntoView {
    let i18n = use_i18n();
    announce(
        format!("{} {}", i18n.t(Key::EmptyTitle), i18n.t(Key::EmptyBody)),
        false,
    );
    view! {
        <div class="tb-empty" part="empty-state">
            <h3 class="tb-empty__title">{i18n.t(Key::EmptyTitle)}</h3>
            <p class="tb-empty__body">{i18n.t(Key::EmptyBody)}</p>
            {on_retry.map(|retry| view! {
                <button type="button" class="tb-button tb-button--secondary tb-empty__retry" part="button" on:click=move |_| retry.run(())>
                    {i18n.t(Key::TryAgain)}
                </button>
            })}
        </div>
    }
}
