use super::use_session;
use crate::domain::slots::{self, Slot};
use crate::domain::studio::Week;
use crate::flow::Step;
use crate::i18n::Key;
use crate::ui::format::{self, StudioZone};
use crate::ui::{LoadFailed, Loading, PeriodNav, ProblemMessage, StepHeading};
use leptos::prelude::*;
use trial_api::models::connect::TrialSession;
use trial_api::ops::connect as k;

/// Step 2 (Connect): the studio's free trial sessions, a week at a time.
#[component]
pub fn SessionTimeStep(#[prop(optional)] studio_fixed: bool) -> impl IntoView {
    let session = use_session();
    let i18n = session.i18n;
    let lang = i18n.locale;
    let today = crate::api::now().date_naive();
    let week = RwSignal::new(Week::of(today));
    let studio = Memo::new(move |_| session.steps.flow.with(|f| f.offer().cloned()));
    let times = LocalResource::new(move || {
        let studio = studio.get();
        let (from, to) = week.get().query(today);
        session.steps.reload_times.track();
        let api = session.api();
        async move {
            let Some(studio) = studio else {
                return Ok((
                    TrialSession {
                        name: None,
                        description: None,
                        booking_without_resources_allowed: None,
                        slots: vec![],
                    },
                    vec![],
                ));
            };
            let answer = api
                .call(k::get_trial_session_slots(studio.id, from, to))
                .await?;
            let zone = StudioZone::new(studio.zone.as_deref());
            let now = crate::api::now();
            let list: Vec<Slot> = answer
                .slots
                .iter()
                .filter_map(|s| slots::session_slot(s, now, &zone))
                .filter(|s| s.availability.is_bookable())
                .collect();
            Ok((answer, list))
        }
    });
    // What the studio says about trainers and the session's name, for the next steps.
    Effect::new(move |_| {
        if let Some(Ok((answer, _))) = times.get() {
            session
                .trainer_optional
                .set(answer.booking_without_resources_allowed == Some(true));
            session
                .session_name
                .set(answer.name.clone().filter(|n| !n.trim().is_empty()));
        }
    });
    let chosen = Memo::new(move |_| session.steps.flow.with(|f| f.slot().map(Slot::key)));
    let title = move || {
        let name = studio
            .with(|s| s.as_ref().map(|s| s.name.clone()))
            .unwrap_or_default();
        i18n.format(Key::SessionTimeHeading, &[("studio", &name)])
    };

    let list = move || {
        match times.get() {
        None => view! { <Loading text=Key::TimesLoading/> }.into_any(),
        Some(Err(error)) => view! { <LoadFailed title=Key::TimesFailed error on_retry=Callback::new(move |_| times.refetch())/> }.into_any(),
        Some(Ok((_, list))) if list.is_empty() => view! { <p class="tb-empty__body">{i18n.t(Key::TimesNoneWindow)}</p> }.into_any(),
        Some(Ok((answer, list))) => {
            let zone = studio.with(|s| s.as_ref().and_then(|s| s.zone.clone())).or_else(|| list.iter().find_map(|s| s.start.zone_id().map(str::to_string)));
            let description = answer.description.clone().filter(|d| !d.trim().is_empty());
            let days = slots::by_day(list)
                .into_iter()
                .map(|(day, day_slots)| {
                    let id = format!("tb-day-{day}");
                    let labelled_by = id.clone();
                    let buttons = day_slots
                        .into_iter()
                        .map(|slot| {
                            let key = slot.key();
                            let selected = move || chosen.get().as_deref() == Some(key.as_str());
                            let time = format::time_range(lang, slot.local_start, slot.local_end);
                            let choose = slot.clone();
                            view! {
                                <li>
                                    <button type="button" class="tb-slot" class:tb-slot--selected=selected.clone()
                                        aria-pressed=move || if selected() { "true" } else { "false" }
                                        on:click=move |_| session.steps.choose_slot(choose.clone())>
                                        <span class="tb-slot__time">{time}</span>
                                    </button>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <section class="tb-day" aria-labelledby=labelled_by>
                            <h4 class="tb-day__heading" id=id>{format::day(lang, day)}</h4>
                            <ul class="tb-slots">{buttons}</ul>
                        </section>
                    }
                })
                .collect_view();
            view! {
                {description.map(|d| view! { <p class="tb-note">{d}</p> })}
                {zone.map(|z| view! { <p class="tb-note">{i18n.format(Key::TimeZoneNote, &[("zone", &z)])}</p> })}
                <div class="tb-days">{days}</div>
            }
            .into_any()
        }
    }
    };

    view! {
        <StepHeading text=title()/>
        {move || session.steps.notice.get().map(|problem| view! { <ProblemMessage problem/> })}
        {move || {
            let w = week.get();
            let on_earlier = w.previous(today).map(|p| Callback::new(move |_| week.set(p)));
            let on_later = w.next(today).map(|n| Callback::new(move |_| week.set(n)));
            view! {
                <PeriodNav from=w.query(today).0 to=w.sunday() earlier=Key::WeekEarlier later=Key::WeekLater on_earlier on_later/>
            }
        }}
        {list}
        {(!studio_fixed).then(|| view! {
            <div class="tb-actions">
                <button type="button" class="tb-button tb-button--secondary" on:click=move |_| session.steps.go_to(Step::Offer)>
                    {i18n.t(Key::Back)}
                </button>
            </div>
        })}
    }
}
