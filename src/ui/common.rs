//! Small pieces every step uses.

use super::{announce, use_i18n};
use crate::domain::lead_form::{Field, FieldError, FormRules, LeadForm};
use crate::domain::outcome::{self, NextStep, Problem};
use crate::i18n::Key;
use chrono::NaiveDate;
use leptos::html;
use leptos::prelude::*;
use trial_api::ApiError;

/// Set once the visitor moved between steps (provided by each booking flow).
#[derive(Clone, Copy)]
pub struct Moved(pub RwSignal<bool>);

/// Marks `tb:first-step` on the page's performance timeline, before the next
/// paint, the first time a widget's first step has its data (or its failure)
/// to show: what the benchmark (`scripts/bench`) measures. Once per page.
pub fn mark_first_step() {
    thread_local!(static MARKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if MARKED.with(|m| m.replace(true)) {
        return;
    }
    request_animation_frame(|| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("tb:first-step");
        }
    });
}

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

/// The spinner's class, as a constant on purpose: `view!` renders an element
/// whose attributes are all string literals (and its children too) as an
/// "inert element" through a `<template>`'s `innerHTML`, which a page with
/// Trusted Types refuses. A non-literal attribute keeps it a DOM call
/// (`crate::layering`'s native test finds such elements).
const SPINNER: &str = "tb-spinner";

/// While something loads (shown, not announced: what it loads is announced
/// when it is there, or when it failed).
#[component]
pub fn Loading(text: Key) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="tb-loading">
            <span class=SPINNER aria-hidden="true"></span>
            {i18n.t(text)}
        </p>
    }
}

/// Loading failed: what failed, why in the visitor's terms, and a retry.
#[component]
pub fn LoadFailed(title: Key, error: ApiError, on_retry: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let problem = outcome::api_error(error.kind());
    announce(
        format!("{} {}", i18n.t(title), i18n.t(problem.message)),
        true,
    );
    view! {
        <div class="tb-alert tb-alert--error" part="message">
            <p class="tb-alert__title">{i18n.t(title)}</p>
            <p>{i18n.t(problem.message)}</p>
            <button type="button" class="tb-button tb-button--secondary" part="button" on:click=move |_| on_retry.run(())>
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
    announce(i18n.t(problem.message).to_string(), true);
    view! {
        <div class="tb-alert tb-alert--error" part="message">
            <p>{i18n.t(problem.message)}</p>
            {action.zip(on_next).map(|(label, on_next)| view! {
                <button type="button" class="tb-button tb-button--secondary" part="button" on:click=move |_| on_next.run(problem.next)>
                    {i18n.t(label)}
                </button>
            })}
        </div>
    }
}

/// A notice: shown, and said politely once.
#[component]
pub fn Notice(
    text: String,
    #[prop(default = "tb-alert tb-alert--info")] class: &'static str,
) -> impl IntoView {
    announce(text.clone(), false);
    view! { <p class=class>{text}</p> }
}

/// A form's mistakes as the visitor sees them: none until the first attempt
/// to send, from then on following what is typed.
#[derive(Clone, Copy)]
pub struct FormCheck {
    pub errors: RwSignal<Vec<(Field, FieldError)>>,
    pub attempted: RwSignal<bool>,
    pub form: NodeRef<html::Form>,
    announcer: Option<super::Announcer>,
}

impl FormCheck {
    pub fn new() -> Self {
        FormCheck {
            errors: RwSignal::new(Vec::new()),
            attempted: RwSignal::new(false),
            form: NodeRef::new(),
            announcer: use_context(),
        }
    }

    /// After the first attempt, keeps the shown mistakes in step with `form`
    /// (and once they are all fixed, the announcement of them goes).
    pub fn follow(&self, form: RwSignal<LeadForm>, rules: FormRules, today: NaiveDate) {
        let (errors, attempted, announcer) = (self.errors, self.attempted, self.announcer);
        let i18n = use_i18n();
        Effect::new(move |_| {
            let form = form.get();
            if attempted.get() {
                let found = form.validate(&rules, today);
                if let (true, Some(announcer)) = (found.is_empty(), announcer) {
                    announcer.unsay(i18n.t(Key::FormHasErrors));
                }
                errors.set(found);
            }
        });
    }

    /// On submit: shows every mistake and returns the first, if any.
    pub fn check(
        &self,
        form: RwSignal<LeadForm>,
        rules: &FormRules,
        today: NaiveDate,
    ) -> Option<Field> {
        // A half-typed date changes nothing the browser reports (its value
        // stays ""), so no input event told the form: ask the field itself.
        let unreadable = self
            .form
            .get_untracked()
            .and_then(|f| {
                f.query_selector(&format!("#{}", Field::DateOfBirth.id()))
                    .ok()
                    .flatten()
            })
            .and_then(|el| {
                use wasm_bindgen::JsCast;
                el.dyn_into::<web_sys::HtmlInputElement>().ok()
            })
            .is_some_and(|input| input.validity().bad_input());
        if unreadable {
            form.update(|f| f.set(Field::DateOfBirth, LeadForm::UNREADABLE_DATE.into()));
        }
        let found = form.with_untracked(|f| f.validate(rules, today));
        self.attempted.set(true);
        let first = found.first().map(|(field, _)| *field);
        self.errors.set(found);
        first
    }

    /// A send stopped by mistakes: says so, and moves the focus to the
    /// control with this id (the first mistake).
    pub fn stop_at(&self, id: &str, i18n: crate::i18n::I18n) {
        if let Some(announcer) = self.announcer {
            announcer.say(i18n.t(Key::FormHasErrors).to_string(), true);
        }
        self.focus(id);
    }

    /// Moves the focus to the control with this id inside the form.
    pub fn focus(&self, id: &str) {
        if let Some(el) = self
            .form
            .get()
            .and_then(|f| f.query_selector(&format!("#{id}")).ok().flatten())
        {
            use wasm_bindgen::JsCast;
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    }
}

impl Default for FormCheck {
    fn default() -> Self {
        Self::new()
    }
}

/// Earlier / later buttons around the days shown (an appointment window or a
/// week); a direction with nowhere to go is disabled.
#[component]
pub fn PeriodNav(
    from: NaiveDate,
    to: NaiveDate,
    earlier: Key,
    later: Key,
    on_earlier: Option<Callback<()>>,
    on_later: Option<Callback<()>>,
    /// The dates' element, for whoever moves the focus to them.
    #[prop(optional)]
    range: Option<NodeRef<leptos::html::P>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let node = range.unwrap_or_default();
    let range = i18n.format(
        Key::WindowRange,
        &[
            ("from", &super::format::short_day(i18n.locale, from)),
            ("to", &super::format::short_day(i18n.locale, to)),
        ],
    );
    let button = move |label: Key, action: Option<Callback<()>>| {
        view! {
            <button type="button" class="tb-button tb-button--secondary" part="button" disabled=action.is_none()
                on:click=move |_| { if let Some(a) = action { a.run(()) } }>
                {i18n.t(label)}
            </button>
        }
    };
    view! {
        <div class="tb-window">
            {button(earlier, on_earlier)}
            <p class="tb-window__range" tabindex="-1" node_ref=node>{range}</p>
            {button(later, on_later)}
        </div>
    }
}
