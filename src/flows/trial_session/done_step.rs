use super::state::use_booking;
use crate::config::SuccessPage;
use crate::domain::ics::CalendarEvent;
use crate::domain::outcome::Booked;
use crate::domain::success::{success_url, Landing};
use crate::i18n::Key;
use crate::ui::format;
use crate::ui::{calendar_links, CalendarLinks, Notice, StepHeading, SuccessRedirect};
use leptos::prelude::*;

/// Step 4 (Connect): booked, with what, when, where, and the calendar file;
/// with `success`, the way on to the studio's thank-you page.
#[component]
pub fn DoneStep(
    #[prop(optional)] keep_studio: bool,
    success: Option<SuccessPage>,
) -> impl IntoView {
    let booking = use_booking();
    let i18n = booking.i18n;
    let lang = i18n.locale;
    move || {
        booking.done.get().map(|done| {
            let what = done.session_name.clone().unwrap_or_else(|| i18n.t(Key::OfferUntitled).to_string());
            let when = done.slot.as_ref().map(|slot| format::slot_when(lang, slot));
            // A time booked (not a call asked for): its calendar links.
            let calendar = done.slot.as_ref().map(|slot| {
                let start = slot.start.instant();
                let end = slot.end.as_ref().map(|e| e.instant()).unwrap_or(start + chrono::Duration::hours(1));
                let uid = format!("trial-session-{}-{}@trial-booking", done.studio.id, start.timestamp());
                let title = format!("{what}, {}", done.studio.name);
                // The studio's name and address: where the API gives them.
                let place = [done.studio.name.as_str(), done.studio.address.as_str()]
                    .into_iter()
                    .filter(|p| !p.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ");
                let (ics, google, outlook) = calendar_links(&CalendarEvent {
                    uid: &uid,
                    title: &title,
                    start,
                    end,
                    location: (!place.is_empty()).then_some(place.as_str()),
                    description: None,
                });
                view! { <CalendarLinks ics google outlook/> }
            });
            let trainer = i18n.t(if done.with_trainer { Key::TrainerYes } else { Key::TrainerNo });
            let studio = done.studio.clone();
            let with = calendar.is_some().then_some(trainer);
            let booked = if with.is_some() { Booked::Booked } else { Booked::StudioWillCall };
            let (title, body) = match booked {
                Booked::StudioWillCall => (Key::DoneCallTitle, Key::DoneCallBody),
                _ => (Key::DoneBookedTitle, Key::DoneBookedBody),
            };
            let body = i18n.t(body).to_string();
            let success = success.clone().map(|page| {
                let url = success_url(&page.url, &Landing {
                    booked: &booked,
                    kind: "trial_session",
                    studio_id: Some(done.studio.id),
                    day: done.slot.as_ref().map(|s| s.day()),
                });
                view! { <SuccessRedirect url delay_seconds=page.delay_seconds said=body.clone()/> }
            });
            view! {
                <StepHeading text=i18n.t(title).to_string()/>
                <Notice text=body class="tb-done__body"/>
                {success}
                <dl class="tb-summary">
                    <dt>{i18n.t(Key::SummaryWhat)}</dt><dd>{what}</dd>
                    {when.map(|w| view! { <dt>{i18n.t(Key::SummaryWhen)}</dt><dd>{w}</dd> })}
                    <dt>{i18n.t(Key::SummaryWhere)}</dt><dd>{done.studio.name.clone()}<br/>{done.studio.address.clone()}</dd>
                    {with.map(|w| view! { <dt>{i18n.t(Key::SummaryWith)}</dt><dd>{w}</dd> })}
                </dl>
                <div class="tb-actions">
                    {calendar}
                    <button type="button" class="tb-button tb-button--secondary" part="button"
                        on:click=move |_| booking.restart(keep_studio.then(|| studio.clone()))>
                        {i18n.t(Key::BookAnother)}
                    </button>
                </div>
            }
        })
    }
}
