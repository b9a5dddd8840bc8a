use super::booking::use_booking;
use super::format;
use super::{LoadFailed, Loading, PeriodNav, ProblemMessage, StepHeading};
use crate::api::Api;
use crate::domain::offer::{Offer, OfferKind};
use crate::domain::slots::{self, Availability, Slot, Window};
use crate::i18n::{I18n, Key};
use leptos::prelude::*;
use trial_api::models::open_api::AppointmentSlotQuery;
use trial_api::models::Id;
use trial_api::ops::open_api as o;
use trial_api::ApiError;

async fn load_slots(
    api: &Api,
    offer: &Offer,
    window: Window,
    customer: Option<Id>,
) -> Result<Vec<Slot>, ApiError> {
    let now = crate::api::now();
    let zone = super::format::StudioZone::default();
    match offer.kind {
        OfferKind::Class { class_id } => {
            let raw = api
                .all(|offset| o::get_class_slots_for_trial_offers(class_id, offset))
                .await?;
            Ok(raw
                .iter()
                .filter_map(|s| slots::class_slot(s, now, &zone))
                .collect())
        }
        OfferKind::Appointment { appointment_id } => {
            let query = AppointmentSlotQuery {
                customer_id: customer,
                days_ahead: window.days,
                slot_window_start_date: Some(window.first),
            };
            let raw = api
                .call(o::get_bookable_appointment_slots_for_trial_offers(
                    appointment_id,
                    &query,
                ))
                .await?;
            Ok(raw
                .iter()
                .filter_map(|s| slots::appointment_slot(s, now, &zone))
                .collect())
        }
    }
}

fn badge(i18n: I18n, availability: &Availability, lang: &str) -> String {
    match availability {
        Availability::Open {
            spots_left: Some(1),
        } => i18n.t(Key::SlotSpotsOne).to_string(),
        Availability::Open {
            spots_left: Some(n),
        } => i18n.format(Key::SlotSpotsOther, &[("n", &n.to_string())]),
        Availability::Open { spots_left: None } => i18n.t(Key::SlotAvailable).to_string(),
        Availability::WaitingList => i18n.t(Key::SlotBadgeWaitingList).to_string(),
        Availability::Full => i18n.t(Key::SlotBadgeFull).to_string(),
        Availability::NotYetOpen { opens } => i18n.format(
            Key::SlotBadgeOpens,
            &[(
                "date",
                &format!(
                    "{}, {}",
                    format::short_day(lang, opens.date()),
                    format::time(lang, *opens)
                ),
            )],
        ),
        Availability::Closed => i18n.t(Key::SlotBadgeClosed).to_string(),
        Availability::Past => i18n.t(Key::SlotBadgePast).to_string(),
    }
}

/// Step 2: the chosen offer's times, by studio-local day.
#[component]
pub fn TimeStep() -> impl IntoView {
    let booking = use_booking();
    let i18n = booking.i18n;
    let lang = i18n.locale;
    let offer = Memo::new(move |_| booking.steps.flow.with(|f| f.offer().cloned()));
    let today = crate::api::now().date_naive();
    let window = RwSignal::new(Window::starting(today));
    let slots = LocalResource::new(move || {
        let offer = offer.get();
        let window = window.get();
        booking.steps.reload_times.track();
        let customer = booking.customer.get_untracked();
        let api = booking.api();
        async move {
            match offer {
                Some(offer) => load_slots(&api, &offer, window, customer).await,
                None => Ok(Vec::new()),
            }
        }
    });
    let chosen = Memo::new(move |_| booking.steps.flow.with(|f| f.slot().map(Slot::key)));
    let is_appointment = move || offer.with(|o| o.as_ref().is_some_and(|o| !o.is_class()));
    let title = move || {
        let name = offer
            .with(|o| o.as_ref().and_then(|o| o.title.clone()))
            .unwrap_or_else(|| i18n.t(Key::OfferUntitled).to_string());
        i18n.format(Key::TimeHeading, &[("offer", &name)])
    };
    let not_for_leads = move || matches!(booking.offer_config.get(), Some(Some(Ok(c))) if !c.allow_booking_for_leads);

    let slot_button = move |slot: Slot| {
        let key = slot.key();
        let selected = move || chosen.get().as_deref() == Some(key.as_str());
        let bookable = slot.availability.is_bookable();
        let status = badge(i18n, &slot.availability, lang);
        let with = (!slot.instructors.is_empty())
            .then(|| i18n.format(Key::SlotWith, &[("names", &slot.instructors.join(", "))]));
        let time = format::time_range(lang, slot.local_start, slot.local_end);
        let modifier = match slot.availability {
            Availability::Open {
                spots_left: Some(n),
            } if n <= 3 => "tb-slot tb-slot--few",
            Availability::Open { .. } => "tb-slot",
            Availability::WaitingList => "tb-slot tb-slot--waiting",
            _ => "tb-slot tb-slot--unavailable",
        };
        let choose = slot.clone();
        view! {
            <li>
                <button
                    type="button"
                    class=modifier
                    class:tb-slot--selected=selected.clone()
                    aria-pressed=move || if selected() { "true" } else { "false" }
                    disabled=!bookable
                    on:click=move |_| booking.steps.choose_slot(choose.clone())
                >
                    <span class="tb-slot__time">{time}</span>
                    <span class="tb-slot__status">{status}</span>
                    {with.map(|w| view! { <span class="tb-slot__meta">{w}</span> })}
                </button>
            </li>
        }
    };

    let list = move || {
        match slots.get() {
        None => view! { <Loading text=Key::TimesLoading/> }.into_any(),
        Some(Err(error)) => view! { <LoadFailed title=Key::TimesFailed error on_retry=Callback::new(move |_| slots.refetch())/> }.into_any(),
        Some(Ok(list)) if list.is_empty() => {
            let key = if is_appointment() { Key::TimesNoneWindow } else { Key::TimesNoneClass };
            view! { <p class="tb-empty__body">{i18n.t(key)}</p> }.into_any()
        }
        Some(Ok(list)) => {
            let zone = list.iter().find_map(|s| s.start.zone_id().map(str::to_string));
            let days = slots::by_day(list)
                .into_iter()
                .map(|(day, day_slots)| {
                    let id = format!("tb-day-{day}");
                    let labelled_by = id.clone();
                    view! {
                        <section class="tb-day" aria-labelledby=labelled_by>
                            <h4 class="tb-day__heading" id=id>{format::day(lang, day)}</h4>
                            <ul class="tb-slots">{day_slots.into_iter().map(slot_button).collect_view()}</ul>
                        </section>
                    }
                })
                .collect_view();
            view! {
                {zone.map(|z| view! { <p class="tb-note">{i18n.format(Key::TimeZoneNote, &[("zone", &z)])}</p> })}
                <div class="tb-days">{days}</div>
            }
            .into_any()
        }
    }
    };

    let window_nav = move || {
        is_appointment().then(|| {
            let w = window.get();
            let on_earlier = w.previous(today).map(|p| Callback::new(move |_| window.set(p)));
            let on_later = w.next(today).map(|n| Callback::new(move |_| window.set(n)));
            view! {
                <PeriodNav from=w.first to=w.last() earlier=Key::WindowEarlier later=Key::WindowLater on_earlier on_later/>
            }
        })
    };

    view! {
        <StepHeading text=title()/>
        {move || booking.steps.notice.get().map(|problem| view! { <ProblemMessage problem/> })}
        {move || if not_for_leads() {
            view! { <p class="tb-alert tb-alert--info">{i18n.t(Key::OfferNotForLeads)}</p> }.into_any()
        } else {
            view! { {window_nav} {list} }.into_any()
        }}
        <div class="tb-actions">
            <button type="button" class="tb-button tb-button--secondary" on:click=move |_| booking.steps.go_to(crate::flow::Step::Offer)>
                {i18n.t(Key::Back)}
            </button>
        </div>
    }
}
