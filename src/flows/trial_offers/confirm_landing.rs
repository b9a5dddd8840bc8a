use crate::api::Api;
use crate::domain::outcome;
use crate::i18n::Key;
use crate::ui::common::Loading;
use crate::ui::{announce, use_i18n};
use leptos::prelude::*;
use std::rc::Rc;
use trial_api::models::open_api::BookingConfirmationStatus;
use trial_api::models::BookingId;
use trial_api::ops::open_api as o;

/// Where the confirmation link in the studio's e-mail lands: confirms the
/// booking and says whether that was in time.
#[component]
pub fn ConfirmLanding(api: Rc<Api>, booking_id: BookingId) -> impl IntoView {
    let i18n = use_i18n();
    let api = StoredValue::new_local(api);
    // A write: sent once, when the page opens (never retried automatically).
    let result = LocalResource::new(move || {
        let api = api.get_value();
        async move { api.call(o::confirm_trial_offer_booking(booking_id)).await }
    });
    move || match result.get() {
        None => view! { <Loading text=Key::ConfirmChecking/> }.into_any(),
        Some(Ok(answer)) => {
            let (title, body) = match answer.status {
                BookingConfirmationStatus::Confirmed => {
                    (Key::ConfirmConfirmedTitle, Key::ConfirmConfirmedBody)
                }
                BookingConfirmationStatus::Expired => {
                    (Key::ConfirmExpiredTitle, Key::ConfirmExpiredBody)
                }
                BookingConfirmationStatus::Unknown(_) => (Key::ConfirmFailed, Key::BookingUnknown),
            };
            announce(format!("{} {}", i18n.t(title), i18n.t(body)), false);
            view! {
                <div>
                    <h3 class="tb-step__heading">{i18n.t(title)}</h3>
                    <p>{i18n.t(body)}</p>
                </div>
            }
            .into_any()
        }
        Some(Err(error)) => {
            let message = i18n.t(outcome::api_error(error.kind()).message);
            announce(format!("{} {message}", i18n.t(Key::ConfirmFailed)), true);
            view! {
                <div class="tb-alert tb-alert--error" part="message">
                    <p class="tb-alert__title">{i18n.t(Key::ConfirmFailed)}</p>
                    <p>{message}</p>
                </div>
            }
            .into_any()
        }
    }
}
