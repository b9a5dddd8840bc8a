use super::state::Saved;
use super::studio_step::load_studios;
use crate::api::Api;
use crate::config::SuccessPage;
use crate::domain::events::HostEvent;
use crate::domain::lead_form::FormRules;
use crate::domain::outcome::{Booked, Problem};
use crate::domain::studio::StudioChoice;
use crate::domain::success::{success_url, Landing};
use crate::i18n::{I18n, Key};
use crate::ui::hooks::use_host_events::use_host_events;
use crate::ui::hooks::use_kept_in_tab::{load_kept, use_kept_in_tab};
use crate::ui::{
    announce, FormCheck, LeadFields, LoadFailed, Loading, ProblemMessage, SuccessRedirect,
};
use leptos::prelude::*;
use std::rc::Rc;
use trial_api::models::FieldMode;
use trial_api::models::{CampaignId, StudioId};

#[derive(Clone, Debug, PartialEq)]
enum Sending {
    Idle,
    Busy,
    Failed(Problem),
    Sent,
}

/// "We'll call you": a lead for studios without online trial sessions
/// (`POST /connect/v1/lead`), with the same validation and consent as a
/// booking; told to the page as `trial-booking:lead`, and followed by the
/// thank-you page when the embed names one.
#[component]
pub fn LeadCapture(
    api: Api,
    i18n: I18n,
    /// Where the tab keeps what was typed (`widget::storage_key`).
    storage_key: String,
    studio_id: Option<StudioId>,
    campaign_id: Option<CampaignId>,
    /// The note for the studio's staff, sent as `notes`.
    note: Option<String>,
    privacy_url: Option<String>,
    /// The embed's prefill (empty fields only; all editable).
    prefill: crate::config::Prefill,
    success: Option<SuccessPage>,
) -> impl IntoView {
    let events = StoredValue::new_local(use_host_events());
    let api = StoredValue::new_local(Rc::new(api));
    let mut saved: Saved = load_kept(&storage_key);
    saved.form.prefill_contact(&prefill);
    let form = RwSignal::new(saved.form);
    let check = FormCheck::new();
    // The embed's studio wins over one chosen before a reload.
    let studio = RwSignal::new(studio_id.or(saved.studio));
    let lost = RwSignal::new(saved.lost);
    let sending = RwSignal::new(Sending::Idle);
    use_kept_in_tab(
        storage_key,
        move || sending.get() == Sending::Sent,
        move || Saved {
            form: form.get(),
            studio: studio.get(),
            lost: lost.get(),
            lost_slot: None,
        },
    );
    let rules = FormRules {
        email: FieldMode::Mandatory,
        gender: FieldMode::Inactive,
        date_of_birth: FieldMode::Inactive,
        telephone: FieldMode::Mandatory,
        address: FieldMode::Inactive,
        zip: FieldMode::Inactive,
        minimum_age: None,
    };
    let studios = LocalResource::new(move || {
        let api = api.get_value();
        async move {
            match studio_id {
                Some(_) => Ok(Vec::new()),
                None => load_studios(&api).await.map(|list: Vec<StudioChoice>| {
                    list.into_iter()
                        .filter(|s| {
                            !matches!(s.state, crate::domain::studio::StudioState::Closed(_))
                        })
                        .collect::<Vec<_>>()
                }),
            }
        }
    });
    let today = crate::time::studio_today(None);
    check.follow(form, rules.clone(), today);
    let studio_missing = move || check.attempted.get() && studio.get().is_none();
    let submit_rules = rules.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() == Sending::Busy {
            return;
        }
        let first_mistake = check.check(form, &submit_rules, today);
        // The studio comes first in the form, so its absence takes the focus first.
        let first_problem = if studio.get_untracked().is_none() {
            Some("tb-lead-studio")
        } else {
            first_mistake.map(|f| f.id())
        };
        if let Some(id) = first_problem {
            check.stop_at(id, i18n);
            return;
        }
        let Some(studio_id) = studio.get_untracked() else {
            return;
        };
        let body = form.with_untracked(|f| {
            f.to_connect_lead(
                &submit_rules,
                studio_id,
                i18n.locale,
                campaign_id,
                note.clone(),
            )
        });
        sending.set(Sending::Busy);
        let api = api.get_value();
        let mut tried = lost.get_untracked();
        leptos::task::spawn_local(async move {
            let result = super::state::run_lead(&api, &body, &mut tried).await;
            lost.set(tried);
            match result {
                Ok(()) => {
                    events.with_value(|events| {
                        if let Some(events) = events {
                            events.emit(&HostEvent::Lead {
                                offer: None,
                                studio_id: Some(studio_id),
                            });
                        }
                    });
                    sending.set(Sending::Sent);
                }
                Err(problem) => sending.set(Sending::Failed(problem)),
            }
        });
    };
    // The form is usable at once (a studio picker fills in when its list arrives).
    crate::ui::mark_first_step();
    let busy = move || sending.get() == Sending::Busy;
    let picker = move || {
        (studio_id.is_none()).then_some({
            move || match studios.get() {
                None => view! { <Loading text=Key::StudiosLoading/> }.into_any(),
                Some(Err(error)) => view! { <LoadFailed title=Key::StudiosFailed error on_retry=Callback::new(move |_| studios.refetch())/> }.into_any(),
                Some(Ok(list)) => view! {
                    <div class="tb-field" class:tb-field--invalid=studio_missing>
                        <label class="tb-field__label" for="tb-lead-studio">{i18n.t(Key::LeadStudio)}</label>
                        <select class="tb-field__input" part="input" id="tb-lead-studio" required=true
                            aria-invalid=move || if studio_missing() { "true" } else { "false" }
                            on:change=move |ev| studio.set(StudioId::parse(&event_target_value(&ev)))>
                            <option value="">{i18n.t(Key::GenderChoose)}</option>
                            {list.into_iter().map(|s| view! { <option value=s.id.to_string() selected=studio.get_untracked() == Some(s.id)>{format!("{} – {}", s.name, s.address)}</option> }).collect_view()}
                        </select>
                        {move || studio_missing().then(|| view! { <p class="tb-field__error">{i18n.t(Key::ErrorChoose)}</p> })}
                    </div>
                }
                .into_any(),
            }
        })
    };
    view! {
        {move || if sending.get() == Sending::Sent {
            let said = format!("{} {}", i18n.t(Key::LeadSentTitle), i18n.t(Key::LeadSentBody));
            let success = success.clone().map(|page| {
                let url = success_url(&page.url, &Landing {
                    booked: &Booked::StudioWillCall,
                    kind: "trial_session",
                    studio_id: studio.get_untracked(),
                    day: None,
                });
                view! { <SuccessRedirect url delay_seconds=page.delay_seconds said=said.clone()/> }
            });
            if success.is_none() {
                announce(said, false);
            }
            view! {
                <div>
                    <h3 class="tb-step__heading">{i18n.t(Key::LeadSentTitle)}</h3>
                    <p>{i18n.t(Key::LeadSentBody)}</p>
                    {success}
                </div>
            }.into_any()
        } else {
            let rules = rules.clone();
            let privacy_url = privacy_url.clone();
            view! {
                <h3 class="tb-step__heading">{i18n.t(Key::LeadHeading)}</h3>
                <p class="tb-note">{i18n.t(Key::LeadIntro)}</p>
                <form class="tb-form" novalidate=true node_ref=check.form on:submit=on_submit.clone()>
                    {picker}
                    <LeadFields form rules errors=check.errors privacy_url today marketing=true/>
                    {move || match sending.get() {
                        Sending::Failed(problem) => Some(view! { <ProblemMessage problem/> }),
                        _ => None,
                    }}
                    <div class="tb-actions">
                        <span></span>
                        <button type="submit" class="tb-button tb-button--primary" part="button button-primary" disabled=busy>
                            {move || i18n.t(if busy() { Key::BookingInProgress } else { Key::LeadSend })}
                        </button>
                    </div>
                </form>
            }.into_any()
        }}
    }
}
