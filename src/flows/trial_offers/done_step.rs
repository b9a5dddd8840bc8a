use super::state::use_booking;
use crate::config::SuccessPage;
use crate::domain::ics::CalendarEvent;
use crate::domain::outcome::Booked;
use crate::domain::success::{success_url, Landing};
use crate::i18n::Key;
use crate::ui::format;
use crate::ui::{calendar_links, CalendarLinks, Notice, StepHeading, SuccessRedirect};
use leptos::prelude::*;

/// Step 4: booked, booked but to be confirmed, or on the waiting list; what,
/// when, with whom and where; and the booking for the visitor's calendar.
/// With `success`, the way on to the studio's thank-you page.
#[component]
pub fn DoneStep(success: Option<SuccessPage>) -> impl IntoView {
    let booking = use_booking();
    let i18n = booking.i18n;
    let lang = i18n.locale;
    move || {
        booking.done.get().map(|done| {
            let (title, body) = match &done.booked {
                Booked::Booked => (Key::DoneBookedTitle, i18n.t(Key::DoneBookedBody).to_string()),
                Booked::StudioWillCall => (Key::DoneCallTitle, i18n.t(Key::DoneCallBody).to_string()),
                Booked::WaitingList => (Key::DoneWaitingTitle, i18n.t(Key::DoneWaitingBody).to_string()),
                Booked::ConfirmationRequired { term } => (
                    Key::DoneConfirmTitle,
                    match term.as_ref().and_then(|t| format::term(i18n, t)) {
                        Some(term) => i18n.format(Key::DoneConfirmBody, &[("term", &term)]),
                        None => i18n.t(Key::DoneConfirmBodyPlain).to_string(),
                    },
                ),
            };
            let offer_title = done.offer.title.clone().unwrap_or_else(|| i18n.t(Key::OfferUntitled).to_string());
            let when = done.slot.as_ref().map(|slot| format::slot_when(lang, slot));
            let with = done.slot.as_ref().filter(|s| !s.instructors.is_empty()).map(|s| s.instructors.join(", "));
            let location = done.slot.as_ref().and_then(|s| s.location.clone());
            // A time booked (not a call asked for, nor a lead found made): its calendar links.
            let calendar = done.slot.as_ref().filter(|_| done.booked != Booked::StudioWillCall).map(|slot| {
                let start = slot.start.instant();
                let end = slot.end.as_ref().map(|e| e.instant()).unwrap_or(start + chrono::Duration::hours(1));
                // The booking's id, or (its answer lost) the offer and the start: unique as well.
                let uid = match done.booking_id {
                    Some(id) => format!("trial-booking-{id}@trial-booking"),
                    None => format!("trial-booking-{}-{}@trial-booking", done.offer.config_id, start.timestamp()),
                };
                let (ics, google, outlook) = calendar_links(&CalendarEvent {
                    uid: &uid,
                    title: &offer_title,
                    start,
                    end,
                    location: location.as_deref(),
                    description: done.offer.description.as_deref(),
                });
                view! { <CalendarLinks ics google outlook/> }
            });
            let success = success.clone().map(|page| {
                let url = success_url(&page.url, &Landing {
                    booked: &done.booked,
                    kind: done.offer.kind.name(),
                    studio_id: None,
                    day: done.slot.as_ref().map(|s| s.day()),
                });
                view! { <SuccessRedirect url delay_seconds=page.delay_seconds said=body.clone()/> }
            });
            view! {
                <StepHeading text=i18n.t(title).to_string()/>
                <Notice text=body class="tb-done__body"/>
                {success}
                <dl class="tb-summary">
                    <dt>{i18n.t(Key::SummaryWhat)}</dt><dd>{offer_title}</dd>
                    {when.map(|w| view! { <dt>{i18n.t(Key::SummaryWhen)}</dt><dd>{w}</dd> })}
                    {with.map(|w| view! { <dt>{i18n.t(Key::SummaryWith)}</dt><dd>{w}</dd> })}
                    {location.map(|l| view! { <dt>{i18n.t(Key::SummaryWhere)}</dt><dd>{l}</dd> })}
                </dl>
                <div class="tb-actions">
                    {calendar}
                    <button type="button" class="tb-button tb-button--secondary" part="button" on:click=move |_| booking.restart()>
                        {i18n.t(Key::BookAnother)}
                    </button>
                </div>
            }
        })
    }
}
