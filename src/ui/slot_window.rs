//! What both windowed slot pickers share (appointment windows, Connect
//! trial-session windows): loading a window from the studio's today, learning
//! the studio's zone from the answer, the next free time when a window has
//! none, and the earlier/later navigation.

use super::format::{self, StudioZone};
use super::{announce, use_i18n, PeriodNav};
use crate::domain::slots::{self, Slot};
use crate::domain::window::{self, Window, WindowSlots};
use crate::i18n::Key;
use chrono::NaiveDate;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;
use trial_api::ApiError;
use wasm_bindgen::JsCast;

/// One loaded window, with the studio's zone and today it was computed for.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadedWindow {
    pub found: WindowSlots,
    /// The studio's IANA zone, when known (from the studio or the answer).
    pub zone: Option<String>,
    /// The studio's today when it loaded.
    pub today: NaiveDate,
}

/// One window's slots for a studio zone, boxed: both pickers share one copy
/// of the window logic (a generic one per picker cost about 4 KB of wasm).
pub type SlotsFuture<'a> = Pin<Box<dyn Future<Output = Result<Vec<Slot>, ApiError>> + 'a>>;

/// Loads `requested`, or with `None` the first window (`first(today)`) on
/// the studio's today. The studio's zone is `zone` when known; otherwise the
/// browser's zone stands in until the answer's zoned times name it, and the
/// first window moves to the studio's today if that differs (in the same
/// load, so nothing is shown for the wrong day). `load` turns one window into
/// slots for a zone.
pub async fn load_window<'a>(
    requested: Option<Window>,
    first: fn(NaiveDate) -> Window,
    zone: Option<String>,
    load: &'a dyn Fn(Window, StudioZone) -> SlotsFuture<'a>,
) -> Result<LoadedWindow, ApiError> {
    let guess = zone.clone().or_else(format::browser_zone);
    let mut rules = StudioZone::new(guess.as_deref());
    let mut today = crate::clock::today_in(&rules);
    let mut named = zone;
    let mut window = requested.unwrap_or(first(today));
    loop {
        let found = window::load_with_next_free(window, today, |w| load(w, rules.clone())).await?;
        if named.is_none() {
            named = found
                .slots
                .iter()
                .chain(&found.next_free)
                .find_map(|s| s.start.zone_id().map(str::to_string));
            if let Some(id) = named.as_deref() {
                rules = StudioZone::new(Some(id));
                let studio_today = crate::clock::today_in(&rules);
                if studio_today != today {
                    today = studio_today;
                    if requested.is_none() {
                        window = first(today);
                        continue;
                    }
                }
            }
        }
        let mut found = found;
        slots::mark_repeated(&mut found.slots, &rules);
        return Ok(LoadedWindow {
            found,
            zone: named,
            today,
        });
    }
}

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
        </div>
    }
}

/// The slots by studio-local day (a labelled section per day), under a note
/// naming the studio's zone. `button` renders one slot's list item.
pub fn slot_days<V: IntoView + 'static>(
    i18n: crate::i18n::I18n,
    zone: Option<String>,
    list: Vec<Slot>,
    button: impl Fn(Slot) -> V + Copy + 'static,
) -> impl IntoView {
    let lang = i18n.locale;
    let days = slots::by_day(list)
        .into_iter()
        .map(|(day, day_slots)| {
            let id = format!("tb-day-{day}");
            let labelled_by = id.clone();
            view! {
                <section class="tb-day" aria-labelledby=labelled_by>
                    <h4 class="tb-day__heading" id=id>{format::day(lang, day)}</h4>
                    <ul class="tb-slots">{day_slots.into_iter().map(button).collect_view()}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        {zone.map(|z| view! { <p class="tb-note">{i18n.format(Key::TimeZoneNote, &[("zone", &z)])}</p> })}
        <div class="tb-days">{days}</div>
    }
}
