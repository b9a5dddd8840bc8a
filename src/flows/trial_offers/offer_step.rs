use super::state::use_booking;
use crate::domain::offer::Offer;
use crate::i18n::Key;
use crate::ui::{mark_first_step, EmptyState, LoadFailed, Loading, StepHeading};
use leptos::prelude::*;
use trial_api::ApiError;

/// Step 1: the catalogue as cards; choosing one goes on to the times.
#[component]
pub fn OfferStep(catalogue: LocalResource<Result<Vec<Offer>, ApiError>>) -> impl IntoView {
    let booking = use_booking();
    let i18n = booking.i18n;
    let chosen = Memo::new(move |_| booking.steps.flow.with(|f| f.choice().map(Offer::key)));
    move || {
        let state = catalogue.get();
        if state.is_some() {
            mark_first_step();
        }
        match state {
        None => view! { <Loading text=Key::OffersLoading/> }.into_any(),
        Some(Err(error)) => {
            view! { <LoadFailed title=Key::OffersFailed error on_retry=Callback::new(move |_| catalogue.refetch())/> }
                .into_any()
        }
        Some(Ok(offers)) if offers.is_empty() => {
            view! { <EmptyState on_retry=Callback::new(move |_| catalogue.refetch())/> }.into_any()
        }
        Some(Ok(offers)) => {
            let cards = offers
                .into_iter()
                .map(|offer| {
                    let key = offer.key();
                    let title_id = format!("tb-offer-{key}");
                    let details_id = format!("tb-offer-{key}-details");
                    let (labelled_by, described_by) = (title_id.clone(), details_id.clone());
                    let selected = {
                        let key = key.clone();
                        move || chosen.get().as_deref() == Some(key.as_str())
                    };
                    let title = offer.title.clone().unwrap_or_else(|| i18n.t(Key::OfferUntitled).to_string());
                    let kind = i18n.t(if offer.is_class() { Key::OfferClass } else { Key::OfferAppointment });
                    let meta = [Some(kind.to_string()), offer.category.clone(), offer.duration_minutes.map(|m| i18n.format(Key::OfferMinutes, &[("minutes", &m.to_string())]))]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(" · ");
                    let image = offer.image.clone();
                    let broken = RwSignal::new(false);
                    let description = offer.description.clone();
                    let choose = offer.clone();
                    view! {
                        <li class="tb-offers__item">
                            <button
                                type="button"
                                class="tb-offer"
                                part="card"
                                class:tb-offer--selected=selected.clone()
                                aria-pressed=move || if selected() { "true" } else { "false" }
                                aria-labelledby=labelled_by
                                aria-describedby=described_by
                                on:click=move |_| booking.steps.choose(choose.clone())
                            >
                                {image.map(|src| view! {
                                    <Show when=move || !broken.get()>
                                        <img class="tb-offer__image" src=src.clone() alt="" loading="lazy" on:error=move |_| broken.set(true)/>
                                    </Show>
                                })}
                                <span class="tb-offer__text">
                                    <span class="tb-offer__title" id=title_id>{title}</span>
                                    <span class="tb-offer__details" id=details_id>
                                        <span class="tb-offer__meta">{meta}</span>
                                        {description.map(|d| view! { <span class="tb-offer__description">{d}</span> })}
                                    </span>
                                </span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <StepHeading text=i18n.t(Key::OffersHeading).to_string()/>
                <ul class="tb-offers">{cards}</ul>
            }
            .into_any()
        }
    }
    }
}
