//! The windowed slot pickers' shared components: earlier/later navigation,
//! the next free time when a window has none, and the way to be called
//! instead (the window's days and times are drawn by `ui::day_strip`).

use super::format;
use super::hooks::use_slot_window::LoadedWindow;
use super::{announce, use_i18n, PeriodNav};
use crate::domain::window::Window;
use crate::i18n::Key;
use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Earlier / later around the window's dates. When `focus` names this
/// window's first day (the visitor asked for it with "Show …"), its dates take
/// the focus each time they are drawn while nothing else in the widget has it
/// (the window is drawn again when its times arrive).
#[component]
pub fn WindowNav(
    window: Window,
    today: NaiveDate,
    requested: RwSignal<Option<Window>>,
    focus: RwSignal<Option<NaiveDate>>,
    earlier: Key,
    later: Key,
) -> impl IntoView {
    let go = move |to: Window| {
        Callback::new(move |_| {
            focus.set(None);
            requested.set(Some(to));
        })
    };
    let on_earlier = window.previous(today).map(go);
    let on_later = window.next(today).map(go);
    let range = NodeRef::<leptos::html::P>::new();
    if focus.get_untracked() == Some(window.first) {
        request_animation_frame(move || {
            let Some(range) = range.get_untracked() else {
                return;
            };
            let root = range.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok();
            if root.is_none_or(|r| r.active_element().is_none()) {
                let _ = range.focus();
            }
        });
    }
    view! { <PeriodNav from=window.first to=window.last() earlier later on_earlier on_later range/> }
}

/// A window without free times: says so, and when the next free time is,
/// with a button that shows the window starting on its day.
#[component]
pub fn NoFreeTimes(
    loaded: LoadedWindow,
    requested: RwSignal<Option<Window>>,
    /// Set to the shown window's first day: its dates take the focus (see [`WindowNav`]).
    focus: RwSignal<Option<NaiveDate>>,
    /// "None of these times suits me" (see [`CallBackLink`]).
    on_call_back: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.locale;
    let next = loaded.found.next_free.clone().map(|slot| {
        let day = slot.day();
        let when = format::when(lang, slot.local_start, None);
        let target = loaded.found.window.starting_on(day, loaded.today);
        // The button goes away with the window; the dates take the focus.
        let show = move |_| {
            focus.set(Some(target.first));
            requested.set(Some(target));
        };
        view! {
            <p>{i18n.format(Key::TimesNextFree, &[("when", &when)])}</p>
            <button type="button" class="tb-button tb-button--secondary" part="button" on:click=show>
                {i18n.format(Key::TimesShowNextFree, &[("day", &format::short_day(lang, day))])}
            </button>
        }
    });
    let none_ahead = next
        .is_none()
        .then(|| view! { <p>{i18n.t(Key::TimesNoneAhead)}</p> });
    let said = match &loaded.found.next_free {
        Some(slot) => i18n.format(
            Key::TimesNextFree,
            &[("when", &format::when(lang, slot.local_start, None))],
        ),
        None => i18n.t(Key::TimesNoneAhead).to_string(),
    };
    announce(format!("{} {said}", i18n.t(Key::TimesNoneWindow)), false);
    view! {
        <div class="tb-empty__body tb-next-free">
            <p>{i18n.t(Key::TimesNoneWindow)}</p>
            {next}
            {none_ahead}
            <CallBackLink on_call_back/>
        </div>
    }
}

/// "None of these times suits me": on to the "we'll call you" form, with
/// what was typed kept.
#[component]
pub fn CallBackLink(on_call_back: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p>
            <button type="button" class="tb-link" part="link" on:click=move |_| on_call_back.run(())>
                {i18n.t(Key::TimesCallBack)}
            </button>
        </p>
    }
}
