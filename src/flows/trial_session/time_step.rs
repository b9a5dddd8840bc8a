use super::state::use_booking;
use crate::domain::days::DayStrip;
use crate::domain::slots::{self, Slot};
use crate::domain::steps::Step;
use crate::domain::window::Window;
use crate::i18n::Key;
use crate::ui::day_strip::day_strip;
use crate::ui::format;
use crate::ui::hooks::use_keyed::Keyed;
use crate::ui::hooks::use_slot_window::{load_window, LoadedWindow, SlotsFuture};
use crate::ui::slot_window::{CallBackLink, NoFreeTimes, WindowNav};
use crate::ui::{mark_first_step, LoadFailed, Loading, ProblemMessage, StepHeading};
use leptos::prelude::*;
use trial_api::models::connect::TrialSession;
use trial_api::ops::connect as k;
use trial_api::ApiError;

/// The studio's answer about its trial session, and the window's slots.
#[derive(Clone, Debug, PartialEq)]
struct SessionTimes {
    answer: Option<TrialSession>,
    loaded: LoadedWindow,
}

/// Step 2 (Connect): the studio's free trial sessions, seven days at a time
/// from the studio's today (a strip of days, the shown day's times under it).
#[component]
pub fn TimeStep(#[prop(optional)] studio_fixed: bool) -> impl IntoView {
    let booking = use_booking();
    let i18n = booking.i18n;
    let lang = i18n.locale;
    let studio = Memo::new(move |_| booking.steps.flow.with(|f| f.choice().cloned()));
    // `None`: the first window, on the studio's today.
    let requested = RwSignal::new(None::<Window>);
    // A window whose dates take the focus once drawn (after "Show …").
    let focus_dates = RwSignal::new(None::<chrono::NaiveDate>);
    // The day the visitor chose in the strip (kept while the times reload).
    let picked = RwSignal::new(None::<chrono::NaiveDate>);
    let times = Keyed::new(
        move || {
            (
                studio.get(),
                requested.get(),
                booking.steps.reload_times.get(),
            )
        },
        move |(studio, window, _)| {
            let api = booking.api();
            async move {
                let Some(studio) = studio else {
                    return Ok(None);
                };
                // The last answer about the session itself (name, trainer rule).
                let answer = std::cell::RefCell::new(None::<TrialSession>);
                let studio_id = studio.id;
                let load = |w: Window, rules: crate::time::StudioZone| -> SlotsFuture<'_> {
                    let (api, answer) = (&api, &answer);
                    Box::pin(async move {
                        let session = api
                            .call(k::get_trial_session_slots(studio_id, w.first, w.last()))
                            .await?;
                        let now = crate::time::now();
                        let list = session
                            .slots
                            .iter()
                            .filter_map(|s| slots::session_slot(s, now, &rules))
                            .filter(|s| s.availability.is_bookable())
                            .filter(|s| w.contains(s.day()))
                            .collect::<Vec<Slot>>();
                        answer.borrow_mut().get_or_insert(session);
                        Ok::<_, ApiError>(list)
                    })
                };
                let loaded =
                    load_window(window, Window::sessions, studio.zone.clone(), &load).await?;
                Ok(Some(SessionTimes {
                    answer: answer.into_inner(),
                    loaded,
                }))
            }
        },
    );
    // What the studio says about trainers and the session's name, for the next steps.
    Effect::new(move |_| {
        if let Some(Ok(Some(SessionTimes {
            answer: Some(answer),
            ..
        }))) = times.get()
        {
            booking
                .trainer_optional
                .set(answer.booking_without_resources_allowed == Some(true));
            booking
                .session_name
                .set(answer.name.clone().filter(|n| !n.trim().is_empty()));
        }
    });
    let chosen = Memo::new(move |_| booking.steps.flow.with(|f| f.slot().map(Slot::key)));
    // The chosen time's day: the strip shows it when the visitor comes back.
    let chosen_day = move || {
        booking
            .steps
            .flow
            .with_untracked(|f| f.slot().map(Slot::day))
    };
    let title = move || {
        let name = studio
            .with(|s| s.as_ref().map(|s| s.name.clone()))
            .unwrap_or_default();
        i18n.format(Key::SessionTimeHeading, &[("studio", &name)])
    };

    let slot_button = move |slot: Slot| {
        let key = slot.key();
        let selected = move || chosen.get().as_deref() == Some(key.as_str());
        let time = format::slot_time(lang, &slot);
        let choose = slot.clone();
        view! {
            <li>
                <button type="button" class="tb-slot" part="slot" class:tb-slot--selected=selected.clone()
                    aria-pressed=move || if selected() { "true" } else { "false" }
                    on:click=move |_| booking.steps.choose_slot(choose.clone())>
                    <span class="tb-slot__time">{time}</span>
                </button>
            </li>
        }
    };

    let on_call_back = Callback::new(move |_| booking.steps.ask_for_call());
    let list = move || {
        let state = times.get();
        if state.is_some() {
            mark_first_step();
        }
        match state {
        None => view! { <Loading text=Key::TimesLoading/> }.into_any(),
        Some(Err(error)) => view! { <LoadFailed title=Key::TimesFailed error on_retry=Callback::new(move |_| times.refetch())/> }.into_any(),
        Some(Ok(None)) => ().into_any(),
        Some(Ok(Some(SessionTimes { answer, loaded }))) => {
            let description = answer
                .and_then(|a| a.description)
                .filter(|d| !d.trim().is_empty());
            let free = loaded.found.has_free();
            let empty = (!free)
                .then(|| view! { <NoFreeTimes loaded=loaded.clone() requested focus=focus_dates on_call_back/> });
            let strip = DayStrip::for_window(&loaded.found.window, loaded.found.slots);
            view! {
                {description.map(|d| view! { <p class="tb-note">{d}</p> })}
                {empty}
                {day_strip(i18n, loaded.zone, strip, picked, chosen_day(), slot_button)}
                {free.then(|| view! { <CallBackLink on_call_back/> })}
            }
            .into_any()
        }
    }
    };

    // The window asked for; for the first, the one its answer is for, or
    // while it loads, the one on the studio's today.
    let window_nav = move || {
        let today =
            crate::time::studio_today(studio.with(|s| s.as_ref().and_then(|s| s.zone.clone())));
        let window = match (requested.get(), times.get()) {
            (Some(w), _) => w,
            (None, Some(Ok(Some(t)))) => t.loaded.found.window,
            (None, _) => Window::sessions(today),
        };
        view! { <WindowNav window today requested focus=focus_dates earlier=Key::WeekEarlier later=Key::WeekLater/> }
    };

    view! {
        <StepHeading text=title()/>
        {move || booking.steps.notice.get().map(|problem| view! { <ProblemMessage problem/> })}
        {window_nav}
        {list}
        {(!studio_fixed).then(|| view! {
            <div class="tb-actions">
                <button type="button" class="tb-button tb-button--secondary" part="button" on:click=move |_| booking.steps.go_to(Step::Choice)>
                    {i18n.t(Key::Back)}
                </button>
            </div>
        })}
    }
}
