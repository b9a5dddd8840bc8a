//! Small pieces every step uses.

use super::use_i18n;
use crate::domain::outcome::{self, NextStep, Problem};
use crate::i18n::Key;
use leptos::html;
use leptos::prelude::*;
use trial_api::ApiError;

/// Set once the visitor moved between steps (provided by each booking flow).
#[derive(Clone, Copy)]
pub struct Moved(pub RwSignal<bool>);

/// A step's heading. After the visitor moved to this step it takes the focus
/// (so keyboard and screen-reader users land at the new content), but never
/// on first load: the host page's scroll position is not ours to change.
#[component]
pub fn StepHeading(text: String) -> impl IntoView {
    let heading = NodeRef::<html::H3>::new();
    let moved = use_context::<Moved>().map(|m| m.0);
    Effect::new(move |_| {
        if let Some(el) = heading.get() {
            if moved.is_some_and(|m| m.get_untracked()) {
                let _ = el.focus();
            }
        }
    });
    view! { <h3 class="tb-step__heading" tabindex="-1" node_ref=heading>{text}</h3> }
}

/// While something loads: a polite, busy status.
#[component]
pub fn Loading(text: Key) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="tb-loading" role="status" aria-live="polite" aria-busy="true">
            <span class="tb-spinner" aria-hidden="true"></span>
            {i18n.t(text)}
        </p>
    }
}

/// Loading failed: what failed, why in the visitor's terms, and a retry.
#[component]
pub fn LoadFailed(title: Key, error: ApiError, on_retry: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let problem = outcome::api_error(error.kind());
    view! {
        <div class="tb-alert tb-alert--error" role="alert">
            <p class="tb-alert__title">{i18n.t(title)}</p>
            <p>{i18n.t(problem.message)}</p>
            <button type="button" class="tb-button tb-button--secondary" on:click=move |_| on_retry.run(())>
                {i18n.t(Key::TryAgain)}
            </button>
        </div>
    }
}

/// A problem with the booking, announced, with the way forward when there is one.
#[component]
pub fn ProblemMessage(
    problem: Problem,
    #[prop(optional)] on_next: Option<Callback<NextStep>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = match problem.next {
        NextStep::FixDetails => Some(Key::ActionFixDetails),
        NextStep::ChooseAnotherTime => Some(Key::ActionChooseTime),
        NextStep::TryAgain | NextStep::ContactStudio => None,
    };
    view! {
        <div class="tb-alert tb-alert--error" role="alert">
            <p>{i18n.t(problem.message)}</p>
            {action.zip(on_next).map(|(label, on_next)| view! {
                <button type="button" class="tb-button tb-button--secondary" on:click=move |_| on_next.run(problem.next)>
                    {i18n.t(label)}
                </button>
            })}
        </div>
    }
}
