//! The done step's ways into a calendar: the `.ics` file, Google Calendar and
//! Outlook.com, for both flows.

use crate::domain::ics::CalendarEvent;
use crate::i18n::Key;
use crate::ui::use_i18n;
use leptos::prelude::*;

/// The three "add to calendar" links of a booked event (the calendar sites
/// open in a new tab; nothing personal is in any link).
#[component]
pub fn CalendarLinks(
    /// The `.ics` file's contents (`CalendarEvent::to_ics`).
    ics: String,
    google: String,
    outlook: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let file = format!(
        "data:text/calendar;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(&ics))
    );
    view! {
        <a class="tb-button tb-button--secondary" part="button" href=file download="trial-booking.ics">{i18n.t(Key::AddToCalendar)}</a>
        <a class="tb-link" part="link" href=google target="_blank" rel="noopener noreferrer">{i18n.t(Key::AddToGoogleCalendar)}</a>
        <a class="tb-link" part="link" href=outlook target="_blank" rel="noopener noreferrer">{i18n.t(Key::AddToOutlook)}</a>
    }
}

/// The links' texts for an event: (`.ics`, Google, Outlook.com).
pub fn calendar_links(event: &CalendarEvent<'_>) -> (String, String, String) {
    (
        event.to_ics(crate::time::now()),
        event.google_calendar_url(),
        event.outlook_url(),
    )
}
