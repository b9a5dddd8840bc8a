//! The time step's strip of days, as the WAI-ARIA tabs pattern has it: one
//! tab per studio-local day (`role="tablist"`, each `role="tab"` with
//! `aria-selected`), and one panel with the shown day's times, labelled by its
//! tab. Selection follows focus (the times are loaded already): Left/Right
//! move to the day before/after that has times (wrapping), Home/End to the
//! first/last; only the shown day's tab is in the Tab order (roving
//! `tabindex`). A day without any time is shown as such, `aria-disabled` and
//! passed over; a day whose times are all taken can be chosen and shows why.
//! The strip scrolls sideways (CSS scroll-snap: a swipe on a phone) and keeps
//! the shown day in view. Only the shown day's times are rendered.
//!
//! Which days there are, which is shown and where a key goes is decided in
//! `domain::days`; this file only draws it.

use super::format;
use crate::domain::days::{Day, DayStrip, Move};
use crate::domain::slots::Slot;
use crate::i18n::{I18n, Key};
use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The one panel's id (one strip per shadow root).
const PANEL_ID: &str = "tb-day-panel";

fn tab_id(date: NaiveDate) -> String {
    format!("tb-day-{date}")
}

/// A day's accessible name: its full date and how many free times it has.
fn day_name(i18n: I18n, day: &Day) -> String {
    let date = format::day(i18n.locale, day.date);
    let n = day.free.to_string();
    let vars = [("day", date.as_str()), ("n", n.as_str())];
    let key = if day.free > 0 {
        Key::DayFreeTimes
    } else if day.choosable() {
        Key::DayNoFreeTimes
    } else {
        Key::DayNoTimes
    };
    i18n.format(key, &vars)
}

/// Scrolls the strip sideways (only: never the page) so `tab` is in view:
/// to the tab's snap position (its start less the strip's padding, which is
/// the first tab's offset), as the browser clamps it at the end. A position
/// between two snap positions would snap back to the nearer one.
fn keep_in_view(strip: &web_sys::HtmlElement, tab: &web_sys::HtmlElement) {
    let (left, right) = (tab.offset_left(), tab.offset_left() + tab.offset_width());
    let (from, width) = (strip.scroll_left(), strip.client_width());
    if left < from || right > from + width {
        let padding = strip
            .first_element_child()
            .and_then(|first| first.dyn_into::<web_sys::HtmlElement>().ok())
            .map_or(0, |first| first.offset_left());
        strip.set_scroll_left(left - padding);
    }
}

/// The slots of `strip` under a note naming the studio's zone: the days as
/// tabs, and the shown day's times, each drawn by `button` (a list item).
/// `picked` is the day the visitor chose (kept by the step across reloads of
/// its times); `chosen` the day of the time already chosen, shown when the
/// visitor comes back. Without any time in the strip, only the note.
pub fn day_strip<V: IntoView + 'static>(
    i18n: I18n,
    zone: Option<String>,
    strip: DayStrip,
    picked: RwSignal<Option<NaiveDate>>,
    chosen: Option<NaiveDate>,
    button: impl Fn(Slot) -> V + Copy + Send + 'static,
) -> impl IntoView {
    let lang = i18n.locale;
    let note = zone.map(|z| {
        view! { <p class="tb-note">{i18n.format(Key::TimeZoneNote, &[("zone", &z)])}</p> }
    });
    if !strip.has_times() {
        return view! { {note} }.into_any();
    }
    let tabs_view = strip
        .days
        .iter()
        .map(|day| (day.date, day.choosable(), day.free > 0, day_name(i18n, day)))
        .collect::<Vec<_>>();
    let strip = StoredValue::new(strip);
    let shown = Memo::new(move |_| strip.with_value(|s| s.shown(&[picked.get(), chosen])));
    let list = NodeRef::<leptos::html::Div>::new();

    // Arrow keys, Home and End: the next day with times takes the selection
    // and the focus.
    let on_key = move |ev: web_sys::KeyboardEvent, from: NaiveDate| {
        let Some(by) = Move::from_key(&ev.key()) else {
            return;
        };
        ev.prevent_default();
        let Some(to) = strip.with_value(|s| s.moved(from, by)) else {
            return;
        };
        picked.set(Some(to));
        let tab = list
            .get_untracked()
            .and_then(|l| l.query_selector(&format!("#{}", tab_id(to))).ok().flatten())
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(tab) = tab {
            let _ = tab.focus();
        }
    };
    // The shown day stays in view (also the first one, which may be far on).
    Effect::new(move |_| {
        shown.track();
        request_animation_frame(move || {
            // Gone by then when the visitor moved on (or the times were drawn again).
            let Some(strip) = list.try_get_untracked().flatten() else {
                return;
            };
            let tab = strip
                .query_selector("[aria-selected=true]")
                .ok()
                .flatten()
                .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(tab) = tab {
                keep_in_view(&strip, &tab);
            }
        });
    });

    let tabs = tabs_view
        .into_iter()
        .map(|(date, choosable, free, name)| {
            let selected = move || shown.get() == Some(date);
            view! {
                <button
                    type="button"
                    role="tab"
                    id=tab_id(date)
                    class="tb-day-tab"
                    class:tb-day-tab--free=free
                    class:tb-day-tab--none=!choosable
                    aria-selected=move || if selected() { "true" } else { "false" }
                    aria-controls=PANEL_ID
                    aria-disabled=(!choosable).then_some("true")
                    tabindex=move || if selected() { "0" } else { "-1" }
                    on:click=move |_| {
                        if choosable {
                            picked.set(Some(date));
                        }
                    }
                    on:keydown=move |ev| on_key(ev, date)
                >
                    <span class="tb-day-tab__weekday" aria-hidden="true">{format::weekday(lang, date)}</span>
                    <span class="tb-day-tab__date" aria-hidden="true">{format::day_month(lang, date)}</span>
                    <span class="tb-visually-hidden">{name}</span>
                </button>
            }
        })
        .collect_view();

    // Only the shown day's times are drawn; another day draws its own.
    let panel = move || {
        let day = shown
            .get()
            .and_then(|d| strip.with_value(|s| s.day(d).cloned()))?;
        // A panel without a time to choose takes the focus itself (APG).
        let focusable = (!day.slots.iter().any(|s| s.availability.is_bookable())).then_some("0");
        Some(view! {
            <div class="tb-day" role="tabpanel" id=PANEL_ID aria-labelledby=tab_id(day.date) tabindex=focusable>
                <h4 class="tb-day__heading">{format::day(lang, day.date)}</h4>
                <ul class="tb-slots">{day.slots.into_iter().map(button).collect_view()}</ul>
            </div>
        })
    };

    view! {
        {note}
        <div class="tb-day-strip" role="tablist" aria-label=i18n.t(Key::DayStripLabel) node_ref=list>
            {tabs}
        </div>
        {panel}
    }
    .into_any()
}
