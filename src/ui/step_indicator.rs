use super::use_i18n;
use crate::domain::steps::{Progress, Step};
use crate::i18n::Key;
use leptos::prelude::*;

/// The step indicator item's BEM classes for a step's progress.
fn class(progress: Progress) -> &'static str {
    match progress {
        Progress::Completed => "tb-steps__item tb-steps__item--completed",
        Progress::Current => "tb-steps__item tb-steps__item--current",
        Progress::Upcoming => "tb-steps__item tb-steps__item--upcoming",
    }
}

/// Where the visitor is: offer (or studio) → time → details → done.
/// Completed steps the visitor may go back to are buttons.
#[component]
pub fn StepIndicator(
    #[prop(into)] current: Signal<Step>,
    /// Each step's label in this flow (`Step::label::<Offer>`, `Step::label::<StudioChoice>`).
    label: fn(Step) -> Key,
    #[prop(optional)] can_visit: Option<Callback<Step, bool>>,
    #[prop(optional)] on_select: Option<Callback<Step>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let items = Step::ALL
        .into_iter()
        .map(|step| {
            let progress = Memo::new(move |_| step.progress(current.get()));
            let clickable = move || {
                progress.get() == Progress::Completed && on_select.is_some() && can_visit.is_some_and(|c| c.run(step))
            };
            let content = move || {
                view! {
                    <span class="tb-steps__number" aria-hidden="true">{step.number()}</span>
                    <span class="tb-steps__label">{i18n.t(label(step))}</span>
                    <Show when=move || progress.get() == Progress::Completed>
                        <span class="tb-visually-hidden">", " {i18n.t(Key::StepCompleted)}</span>
                    </Show>
                }
            };
            view! {
                <li
                    part="step"
                    class=move || class(progress.get())
                    aria-current=move || (progress.get() == Progress::Current).then_some("step")
                >
                    {move || if clickable() {
                        view! {
                            <button type="button" class="tb-steps__link" on:click=move |_| { if let Some(f) = on_select { f.run(step) } }>
                                {content()}
                            </button>
                        }.into_any()
                    } else {
                        content().into_any()
                    }}
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
