use super::state::use_booking;
use crate::domain::ics::CalendarEvent;
use crate::i18n::Key;
use crate::ui::format;
use crate::ui::{Notice, StepHeading};
use leptos::prelude::*;

/// Step 4 (Connect): booked, with what, when, where, and the calendar file.
#[component]
pub fn DoneStep(#[prop(optional)] keep_studio: bool) -> impl IntoView {
    let booking = use_booking();
    let i18n = booking.i18n;
    let lang = i18n.locale;
    move || {
        booking.done.get().map(|done| {
            let what = done.session_name.clone().unwrap_or_else(|| i18n.t(Key::OfferUntitled).to_string());
            let when = format::slot_when(lang, &done.slot);
            let start = done.slot.start.instant();
            let end = done.slot.end.as_ref().map(|e| e.instant()).unwrap_or(start + chrono::Duration::hours(1));
            let uid = format!("trial-session-{}-{}@trial-booking", done.studio.id, start.timestamp());
            let title = format!("{what}, {}", done.studio.name);
            let ics = CalendarEvent { uid: &uid, title: &title, start, end, location: Some(&done.studio.address), description: None }
                .to_ics(crate::time::now());
            let href = format!("data:text/calendar;charset=utf-8,{}", String::from(js_sys::encode_uri_component(&ics)));
            let trainer = i18n.t(if done.with_trainer { Key::TrainerYes } else { Key::TrainerNo });
            let studio = done.studio.clone();
            view! {
                <StepHeading text=i18n.t(Key::DoneBookedTitle).to_string()/>
                <Notice text=i18n.t(Key::DoneBookedBody).to_string() class="tb-done__body"/>
                <dl class="tb-summary">
                    <dt>{i18n.t(Key::SummaryWhat)}</dt><dd>{what}</dd>
                    <dt>{i18n.t(Key::SummaryWhen)}</dt><dd>{when}</dd>
                    <dt>{i18n.t(Key::SummaryWhere)}</dt><dd>{done.studio.name.clone()}<br/>{done.studio.address.clone()}</dd>
                    <dt>{i18n.t(Key::SummaryWith)}</dt><dd>{trainer}</dd>
                </dl>
                <div class="tb-actions">
                    <a class="tb-button tb-button--secondary" part="button" href=href download="trial-booking.ics">{i18n.t(Key::AddToCalendar)}</a>
                    <button type="button" class="tb-button tb-button--secondary" part="button"
                        on:click=move |_| booking.restart(keep_studio.then(|| studio.clone()))>
                        {i18n.t(Key::BookAnother)}
                    </button>
                </div>
            }
        })
    }
}
