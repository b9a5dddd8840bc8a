use crate::config::ConfigError;
use crate::i18n::{I18n, Key};
use leptos::prelude::*;

/// Rendered instead of the widget when its attributes are wrong, so the web
/// developer sees what to fix (and the visitor is not left with a blank box).
#[component]
pub fn ConfigErrorPanel(errors: Vec<ConfigError>, i18n: I18n) -> impl IntoView {
    let items = errors
        .iter()
        .map(|error| view! { <li class="tb-config-error__item">{error.message(i18n)}</li> })
        .collect_view();
    view! {
        <section class="tb-widget tb-config-error" part="widget" aria-labelledby="tb-heading" lang=i18n.lang.code()>
            <h2 class="tb-widget__heading" id="tb-heading" part="heading">{i18n.t(Key::ConfigErrorTitle)}</h2>
            <p>{i18n.t(Key::ConfigErrorIntro)}</p>
            <ul class="tb-config-error__list">{items}</ul>
        </section>
    }
}
