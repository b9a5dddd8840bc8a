use super::state::use_booking;
use crate::api::Api;
use crate::domain::days::DayStrip;
use crate::domain::offer::OfferKind;
use crate::domain::slots::{self, Availability, Slot};
use crate::domain::window::Window;
use crate::i18n::{I18n, Key};
use crate::time::StudioZone;
use crate::ui::day_strip::day_strip;
use crate::ui::format;
use crate::ui::hooks::use_keyed::Keyed;
use crate::ui::hooks::use_slot_window::{load_window, LoadedWindow, SlotsFuture};
use crate::ui::slot_window::{CallBackLink, NoFreeTimes, WindowNav};
use crate::ui::{LoadFailed, Loading, Notice, ProblemMessage, StepHeading};
use leptos::prelude::*;
use trial_api::models::open_api::AppointmentSlotQuery;
use trial_api::models::{BookableAppointmentId, ClassId, CustomerId};
use trial_api::ops::open_api as o;
use trial_api::{ApiError, ZoneRules};

/// A class's slots from the studio's today on (all pages; classes are not
/// windowed), with the studio's zone as its times name it.
async fn load_class(
    api: &Api,
    class_id: ClassId,
    zone: Option<String>,
) -> Result<LoadedClass, ApiError> {
    let raw = api
        .all(|offset| o::get_class_slots_for_trial_offers(class_id, offset))
        .await?;
    let zone = zone.or_else(|| {
        raw.iter()
            .find_map(|s| s.start_date_time.as_ref()?.zone_id().map(str::to_string))
    });
    let rules = StudioZone::new(zone.as_deref().or(crate::time::browser_zone().as_deref()));
    let now = crate::time::now();
    let today = rules.today_at(now);
    let mut list: Vec<Slot> = raw
        .iter()
        .filter_map(|s| slots::class_slot(s, now, &rules))
        .filter(|s| s.day() >= today)
        .collect();
    slots::mark_repeated(&mut list, &rules);
    Ok(LoadedClass {
        slots: list,
        zone,
        today,
    })
}

/// One window of an appointment's slots (O7), for the studio's zone.
async fn load_appointments(
    api: &Api,
    appointment_id: BookableAppointmentId,
    window: Window,
    customer: Option<CustomerId>,
    rules: StudioZone,
) -> Result<Vec<Slot>, ApiError> {
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
    let now = crate::time::now();
    Ok(raw
        .iter()
        .filter_map(|s| slots::appointment_slot(s, now, &rules))
        .collect())
}

#[derive(Clone, Debug, PartialEq)]
struct LoadedClass {
    slots: Vec<Slot>,
    zone: Option<String>,
    /// The studio's today when it loaded: the first day of the strip.
    today: chrono::NaiveDate,
}

/// What the time step shows for the chosen offer.
#[derive(Clone, Debug, PartialEq)]
enum Times {
    None,
    Class(LoadedClass),
    Appointment(Box<LoadedWindow>),
}

impl Times {
    fn zone(&self) -> Option<&String> {
        match self {
            Times::None => None,
            Times::Class(c) => c.zone.as_ref(),
            Times::Appointment(w) => w.zone.as_ref(),
        }
    }
}

fn badge(i18n: I18n, availability: &Availability, lang: &str) -> String {
    match availability {
        Availability::Open {
            spots_left: Some(n),
        } => i18n.format(Key::SlotSpots, &[("n", &n.to_string())]),
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

/// Step 2: the chosen offer's times, by studio-local day (a strip of days,
/// the shown day's times under it).
#[component]
pub fn TimeStep() -> impl IntoView {
    let booking = use_booking();
    let i18n = booking.i18n;
    let lang = i18n.locale;
    let offer = Memo::new(move |_| booking.steps.flow.with(|f| f.choice().cloned()));
    // `None`: the first window, on the studio's today.
    let requested = RwSignal::new(None::<Window>);
    // A window whose dates take the focus once drawn (after "Show …").
    let focus_dates = RwSignal::new(None::<chrono::NaiveDate>);
    // The day the visitor chose in the strip (kept while the times reload).
    let picked = RwSignal::new(None::<chrono::NaiveDate>);
    let times = Keyed::new(
        move || {
            (
                offer.get(),
                requested.get(),
                booking.steps.reload_times.get(),
            )
        },
        move |(offer, window, _)| {
            let customer = booking.customer.get_untracked();
            let zone = booking.studio_zone.get_untracked();
            let api = booking.api();
            async move {
                match offer.map(|o| o.kind) {
                    None => Ok(Times::None),
                    Some(OfferKind::Class { class_id }) => {
                        load_class(&api, class_id, zone).await.map(Times::Class)
                    }
                    Some(OfferKind::Appointment { appointment_id }) => {
                        let load = |w, rules| -> SlotsFuture<'_> {
                            Box::pin(load_appointments(&api, appointment_id, w, customer, rules))
                        };
                        load_window(window, Window::appointments, zone, &load)
                            .await
                            .map(|w| Times::Appointment(Box::new(w)))
                    }
                }
            }
        },
    );
    // A zone an answer named is the studio's for every later window.
    Effect::new(move |_| {
        if let Some(Ok(zone)) = times.get().map(|t| t.map(|t| t.zone().cloned())) {
            if zone.is_some() && booking.studio_zone.get_untracked() != zone {
                booking.studio_zone.set(zone);
            }
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
    let is_appointment = move || offer.with(|o| o.as_ref().is_some_and(|o| !o.is_class()));
    let title = move || {
        let name = offer
            .with(|o| o.as_ref().and_then(|o| o.title.clone()))
            .unwrap_or_else(|| i18n.t(Key::OfferUntitled).to_string());
        i18n.format(Key::TimeHeading, &[("offer", &name)])
    };
    // A memo: the times below are drawn again only when this answer changes,
    // not each time the configuration arrives (the strip keeps its scroll
    // position and the focus).
    let not_for_leads = Memo::new(
        move |_| matches!(booking.offer_config.get(), Some(Some(Ok(c))) if !c.allow_booking_for_leads),
    );

    let slot_button = move |slot: Slot| {
        let key = slot.key();
        let selected = move || chosen.get().as_deref() == Some(key.as_str());
        let bookable = slot.availability.is_bookable();
        let status = badge(i18n, &slot.availability, lang);
        let with = (!slot.instructors.is_empty())
            .then(|| i18n.format(Key::SlotWith, &[("names", &slot.instructors.join(", "))]));
        let time = format::slot_time(lang, &slot);
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
                    part="slot"
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

    let on_call_back = Callback::new(move |_| booking.steps.ask_for_call());
    let list = move || {
        match times.get() {
        None => view! { <Loading text=Key::TimesLoading/> }.into_any(),
        Some(Err(error)) => view! { <LoadFailed title=Key::TimesFailed error on_retry=Callback::new(move |_| times.refetch())/> }.into_any(),
        Some(Ok(Times::None)) => ().into_any(),
        Some(Ok(Times::Class(class))) if class.slots.is_empty() => view! {
            <Notice text=i18n.t(Key::TimesNoneClass).to_string() class="tb-empty__body"/>
            <CallBackLink on_call_back/>
        }
        .into_any(),
        Some(Ok(Times::Class(class))) => {
            let strip = DayStrip::for_class(class.today, class.slots);
            view! { {day_strip(i18n, class.zone, strip, picked, chosen_day(), slot_button)} <CallBackLink on_call_back/> }.into_any()
        }
        Some(Ok(Times::Appointment(loaded))) => {
            let loaded = *loaded;
            let free = loaded.found.has_free();
            let empty = (!free)
                .then(|| view! { <NoFreeTimes loaded=loaded.clone() requested focus=focus_dates on_call_back/> });
            let strip = DayStrip::for_window(&loaded.found.window, loaded.found.slots);
            view! {
                {empty}
                {day_strip(i18n, loaded.zone, strip, picked, chosen_day(), slot_button)}
                {free.then(|| view! { <CallBackLink on_call_back/> })}
            }
            .into_any()
        }
    }
    };

    // The window asked for; for the first, the one its answer is for, or
    // while it loads, the one on the studio's today as far as it is known.
    let window_nav = move || {
        let today = crate::time::studio_today(booking.studio_zone.get());
        let window = match (requested.get(), times.get()) {
            (Some(w), _) => w,
            (None, Some(Ok(Times::Appointment(loaded)))) => loaded.found.window,
            (None, _) => Window::appointments(today),
        };
        is_appointment().then(|| {
            view! { <WindowNav window today requested focus=focus_dates earlier=Key::WindowEarlier later=Key::WindowLater/> }
        })
    };

    view! {
        <StepHeading text=title()/>
        {move || booking.steps.notice.get().map(|problem| view! { <ProblemMessage problem/> })}
        {move || if not_for_leads.get() {
            view! { <Notice text=i18n.t(Key::OfferNotForLeads).to_string()/> }.into_any()
        } else {
            view! { {window_nav} {list} }.into_any()
        }}
        <div class="tb-actions">
            <button type="button" class="tb-button tb-button--secondary" part="button" on:click=move |_| booking.steps.go_to(crate::domain::steps::Step::Choice)>
                {i18n.t(Key::Back)}
            </button>
        </div>
    }
}
