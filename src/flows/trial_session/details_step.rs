use super::state::use_booking;
use crate::domain::lead_form::FormRules;
use crate::domain::steps::Step;
use crate::flows::steps::Submit;
use crate::i18n::Key;
use crate::ui::format;
use crate::ui::{FormCheck, LeadFields, LoadFailed, Loading, ProblemMessage, StepHeading};

use leptos::prelude::*;
use trial_api::models::CampaignId;

/// Step 3 (Connect): the details the studio's field configuration asks for
/// (a minimum age is checked before anything is sent), consent per channel,
/// the trainer choice where the studio offers it, and the Book button; or,
/// for a visitor who asked to be called, the details (phone required) and Send.
#[component]
pub fn DetailsStep(privacy_url: Option<String>) -> impl IntoView {
    let booking = use_booking();
    let i18n = booking.i18n;
    let lang = i18n.locale;
    let check = FormCheck::new();
    // Fixed while the step is shown: only the time step asks for a call.
    let call_back = booking.steps.flow.with_untracked(|f| f.wants_call());
    let choice = move || {
        booking.steps.flow.with(|f| {
            let studio = f.choice()?;
            let slot = f.slot()?;
            Some((studio.name.clone(), format::slot_when(lang, slot)))
        })
    };

    let with_rules = move |rules: FormRules| {
        let rules = if call_back {
            rules.with_phone_required()
        } else {
            rules
        };
        let today = crate::time::studio_today(
            booking
                .steps
                .flow
                .with_untracked(|f| f.choice().and_then(|s| s.zone.clone())),
        );
        check.follow(booking.form, rules.clone(), today);
        let submit_rules = rules.clone();
        let on_submit = move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            match check.check(booking.form, &submit_rules, today) {
                Some(field) => check.stop_at(field.id(), i18n),
                None if call_back => booking.ask_to_be_called(submit_rules.clone()),
                None => booking.book(submit_rules.clone()),
            }
        };
        let busy = move || booking.steps.submit.get() == Submit::Busy;
        let privacy_url = privacy_url.clone();
        view! {
            <form class="tb-form" novalidate=true node_ref=check.form on:submit=on_submit>
                <LeadFields form=booking.form rules=rules errors=check.errors privacy_url today marketing=true/>
                {booking.attribution.campaign_choice.then(|| view! { <CampaignChoice/> })}
                {move || if call_back {
                    ().into_any()
                } else if booking.trainer_optional.get() {
                    view! {
                        <div class="tb-field tb-field--check">
                            <input type="checkbox" id="tb-trainer" name="tb-trainer"
                                prop:checked=move || booking.with_trainer.get()
                                on:change=move |ev| booking.with_trainer.set(event_target_checked(&ev))/>
                            <label for="tb-trainer">{i18n.t(Key::TrainerChoice)}</label>
                        </div>
                    }.into_any()
                } else {
                    view! { <p class="tb-note">{i18n.t(Key::TrainerIncluded)}</p> }.into_any()
                }}
                {move || match booking.steps.submit.get() {
                    Submit::Failed(problem) => Some(view! { <ProblemMessage problem/> }),
                    _ => None,
                }}
                <div class="tb-actions">
                    <button type="button" class="tb-button tb-button--secondary" part="button" on:click=move |_| booking.steps.go_to(Step::Time)>
                        {i18n.t(Key::Back)}
                    </button>
                    <button type="submit" class="tb-button tb-button--primary" part="button button-primary" disabled=busy aria-busy=move || if busy() { "true" } else { "false" }>
                        {move || i18n.t(if busy() { Key::BookingInProgress } else if call_back { Key::LeadSend } else { Key::BookNow })}
                    </button>
                </div>
            </form>
        }
    };

    view! {
        <StepHeading text=i18n.t(if call_back { Key::LeadHeading } else { Key::DetailsHeading }).to_string()/>
        {call_back.then(|| view! { <p class="tb-note">{i18n.t(Key::LeadIntro)}</p> })}
        {move || choice().filter(|_| !call_back).map(|(studio, when)| view! {
            <div class="tb-choice">
                <p class="tb-choice__label">{i18n.t(Key::YourChoice)}</p>
                <p class="tb-choice__value"><strong>{studio}</strong><br/>{when}</p>
                <button type="button" class="tb-link" part="link" on:click=move |_| booking.steps.go_to(Step::Time)>{i18n.t(Key::Change)}</button>
            </div>
        })}
        {move || match booking.field_config.get() {
            None | Some(None) => view! { <Loading text=Key::Loading/> }.into_any(),
            Some(Some(Err(error))) => view! { <LoadFailed title=Key::FormFailed error on_retry=Callback::new(move |_| booking.field_config.refetch())/> }.into_any(),
            Some(Some(Ok(config))) => with_rules(FormRules::from_connect(&config)).into_any(),
        }}
    }
}

/// "How did you hear about us?": the studio's campaigns (K3), optional.
#[component]
fn CampaignChoice() -> impl IntoView {
    let booking = use_booking();
    let i18n = booking.i18n;
    move || {
        booking.campaigns.get().filter(|list| !list.is_empty()).map(|list| {
            let options = list
                .into_iter()
                .map(|c| {
                    let id = c.id;
                    view! { <option value=id.to_string() selected=move || booking.chosen_campaign.get() == Some(id)>{c.name}</option> }
                })
                .collect_view();
            view! {
                <div class="tb-field">
                    <label class="tb-field__label" for="tb-campaign">{i18n.t(Key::CampaignLabel)}</label>
                    <select class="tb-field__input" part="input" id="tb-campaign" on:change=move |ev| booking.chosen_campaign.set(CampaignId::parse(&event_target_value(&ev)))>
                        <option value="">{i18n.t(Key::CampaignNone)}</option>
                        {options}
                    </select>
                </div>
            }
        })
    }
}
