use super::use_i18n;
use crate::flow::{Progress, Step};
use crate::i18n::Key;
use leptos::prelude::*;

/// Where the visitor is: offer → time → details → done.
#[component]
pub fn StepIndicator(#[prop(into)] current: Signal<Step>) -> impl IntoView {
    let i18n = use_i18n();
    let items = Step::ALL
        .into_iter()
        .map(|step| {
            let progress = Memo::new(move |_| step.progress(current.get()));
            view! {
                <li
                    class=move || progress.get().class()
                    aria-current=move || (progress.get() == Progress::Current).then_some("step")
                >
                    <span class="tb-steps__number" aria-hidden="true">{step.number()}</span>
                    <span class="tb-steps__label">{i18n.t(step.label())}</span>
                    <Show when=move || progress.get() == Progress::Completed>
                        <span class="tb-visually-hidden">", " {i18n.t(Key::StepCompleted)}</span>
                    </Show>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="tb-steps" part="steps" aria-label=i18n.t(Key::StepsLabel)>
            <ol class="tb-steps__list">{items}</ol>
        </nav>
    }
}
