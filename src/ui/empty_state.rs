use super::use_i18n;
use crate::i18n::Key;
use leptos::prelude::*;

/// Shown when there is nothing the visitor can book.
#[component]
pub fn EmptyState() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="tb-empty" part="empty-state">
            <h3 class="tb-empty__title">{i18n.t(Key::EmptyTitle)}</h3>
            <p class="tb-empty__body">{i18n.t(Key::EmptyBody)}</p>
        </div>
    }
}
