use super::state::use_booking;
use crate::domain::studio::{studio_list, StudioChoice, StudioState};
use crate::i18n::Key;
use crate::ui::format;
use crate::ui::{mark_first_step, EmptyState, LoadFailed, Loading, Notice, StepHeading};
use leptos::prelude::*;
use trial_api::ops::connect as k;
use trial_api::ApiError;

/// Step 1 (Connect): the studio, found by name, postcode or city as the
/// visitor types. Studios that cannot be booked online say why.
#[component]
pub fn StudioStep(studios: LocalResource<Result<Vec<StudioChoice>, ApiError>>) -> impl IntoView {
    let booking = use_booking();
    let i18n = booking.i18n;
    let lang = i18n.locale;
    let query = RwSignal::new(String::new());
    let chosen = Memo::new(move |_| booking.steps.flow.with(|f| f.choice().map(|s| s.id)));

    let list = move || {
        let state = studios.get();
        if state.is_some() {
            mark_first_step();
        }
        match state {
        None => view! { <Loading text=Key::StudiosLoading/> }.into_any(),
        Some(Err(error)) => view! { <LoadFailed title=Key::StudiosFailed error on_retry=Callback::new(move |_| studios.refetch())/> }.into_any(),
        Some(Ok(list)) if list.is_empty() => view! { <EmptyState on_retry=Callback::new(move |_| studios.refetch())/> }.into_any(),
        Some(Ok(list)) => {
            let shown: Vec<StudioChoice> = query.with(|q| list.iter().filter(|s| s.matches(q)).cloned().collect());
            if shown.is_empty() {
                return view! { <Notice text=i18n.t(Key::StudiosNoMatch).to_string() class="tb-empty__body"/> }.into_any();
            }
            let items = shown
                .into_iter()
                .map(|studio| {
                    let id = studio.id;
                    let state = match &studio.state {
                        StudioState::Bookable => None,
                        StudioState::OpensOn(date) => Some(i18n.format(Key::StudioOpensOn, &[("date", &format::day(lang, *date))])),
                        StudioState::Closed(_) => Some(i18n.t(Key::StudioClosed).to_string()),
                        StudioState::NotOnline => Some(i18n.t(Key::StudioNotOnline).to_string()),
                    };
                    let bookable = studio.is_bookable();
                    let (name, address) = (studio.name.clone(), studio.address.clone());
                    let choose = studio.clone();
                    view! {
                        <li>
                            <button
                                type="button"
                                class="tb-studio"
                                part="card"
                                class:tb-studio--selected=move || chosen.get() == Some(id)
                                aria-pressed=move || if chosen.get() == Some(id) { "true" } else { "false" }
                                disabled=!bookable
                                on:click=move |_| booking.steps.choose(choose.clone())
                            >
                                <span class="tb-studio__name">{name}</span>
                                <span class="tb-studio__address">{address}</span>
                                {state.map(|s| view! { <span class="tb-studio__state">{s}</span> })}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="tb-studios">{items}</ul> }.into_any()
        }
    }
    };

    view! {
        <StepHeading text=i18n.t(Key::StudiosHeading).to_string()/>
        <div class="tb-field">
            <label class="tb-field__label" for="tb-studio-search">{i18n.t(Key::StudioSearch)}</label>
            <input
                class="tb-field__input" part="input"
                id="tb-studio-search"
                type="search"
                autocomplete="off"
                value=query.get_untracked()
                on:input=move |ev| query.set(event_target_value(&ev))
            />
        </div>
        <div class="tb-studios__list">{list}</div>
    }
}

/// All studios, as the visitor will see them.
pub async fn load_studios(api: &crate::api::Api) -> Result<Vec<StudioChoice>, ApiError> {
    let studios = api.call(k::get_studio_list(None, &[])).await?;
    // Opening and closing dates are each studio's own dates, in its zone.
    Ok(studio_list(&studios, |studio| {
        crate::time::today_in(&crate::time::StudioZone::new(studio.zone()))
    }))
}
