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
            let when = format::slot_when(lang, &done.slot);
            let start = done.slot.start.instant();
            let end = done.slot.end.as_ref().map(|e| e.instant()).unwrap_or(start + chrono::Duration::hours(1));
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
            let trainer = i18n.t(if done.with_trainer { Key::TrainerYes } else { Key::TrainerNo });
            let studio = done.studio.clone();
            let body = i18n.t(Key::DoneBookedBody).to_string();
            let success = success.clone().map(|page| {
                let url = success_url(&page.url, &Landing {
                    booked: &Booked::Booked,
                    kind: "trial_session",
                    studio_id: Some(done.studio.id),
                    day: Some(done.slot.day()),
                });
                view! { <SuccessRedirect url delay_seconds=page.delay_seconds said=body.clone()/> }
            });
            view! {
                <StepHeading text=i18n.t(Key::DoneBookedTitle).to_string()/>
                <Notice text=body class="tb-done__body"/>
                {success}
                <dl class="tb-summary">
                    <dt>{i18n.t(Key::SummaryWhat)}</dt><dd>{what}</dd>
                    <dt>{i18n.t(Key::SummaryWhen)}</dt><dd>{when}</dd>
                    <dt>{i18n.t(Key::SummaryWhere)}</dt><dd>{done.studio.name.clone()}<br/>{done.studio.address.clone()}</dd>
                    <dt>{i18n.t(Key::SummaryWith)}</dt><dd>{trainer}</dd>
                </dl>
                <div class="tb-actions">
                    <CalendarLinks ics google outlook/>
                    <button type="button" class="tb-button tb-button--secondary" part="button"
                        on:click=move |_| booking.restart(keep_studio.then(|| studio.clone()))>
                        {i18n.t(Key::BookAnother)}
                    </button>
                </div>
            }
        })
    }
}
