use super::state::{use_booking, Submit};
use crate::domain::lead_form::{Field, FormRules};
use crate::domain::outcome::NextStep;
use crate::domain::slots::Availability;
use crate::domain::steps::Step;
use crate::i18n::Key;
use crate::ui::format;
use crate::ui::{FormCheck, LeadFields, LoadFailed, Loading, Notice, ProblemMessage, StepHeading};
use leptos::prelude::*;
use trial_api::models::open_api::TrialOfferConfig;

/// Step 3: what was chosen, the visitor's details, and the Book button; or,
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
            let offer = f.choice()?;
            let slot = f.slot()?;
            let title = offer
                .title
                .clone()
                .unwrap_or_else(|| i18n.t(Key::OfferUntitled).to_string());
            Some((
                title,
                format::slot_when(lang, slot),
                slot.availability == Availability::WaitingList,
            ))
        })
    };
    let with_config = move |config: TrialOfferConfig| {
        let rules = FormRules::from_open_api(&config.lead_data_config);
        let rules = if call_back {
            rules.with_phone_required()
        } else {
            rules
        };
        let today = crate::time::studio_today(booking.studio_zone.get_untracked());
        check.follow(booking.form, rules.clone(), today);
        let known = move || booking.customer.get().is_some();
        let submit_rules = rules.clone();
        let on_submit = move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if !known() {
                if let Some(field) = check.check(booking.form, &submit_rules, today) {
                    check.stop_at(field.id(), i18n);
                    return;
                }
            }
            booking.book(submit_rules.clone(), config.clone());
        };
        let busy = move || booking.steps.submit.get() == Submit::Busy;
        let waiting = move || choice().is_some_and(|c| c.2);
        let privacy_url = privacy_url.clone();
        let rules_for_fields = rules.clone();
        view! {
            <form class="tb-form" novalidate=true node_ref=check.form on:submit=on_submit>
                {move || if known() {
                    let (name, email) = booking.form.with(|f| (format!("{} {}", f.firstname.trim(), f.lastname.trim()), f.email.trim().to_string()));
                    view! { <p class="tb-note">{i18n.format(Key::BookingAs, &[("name", &name), ("email", &email)])}</p> }.into_any()
                } else {
                    view! { <LeadFields form=booking.form rules=rules_for_fields.clone() errors=check.errors privacy_url=privacy_url.clone() today/> }.into_any()
                }}
                {move || match booking.steps.submit.get() {
                    Submit::Failed(problem) => Some(view! {
                        <ProblemMessage problem on_next=Callback::new(move |next| match next {
                            NextStep::FixDetails => check.focus(Field::Firstname.id()),
                            NextStep::ChooseAnotherTime => booking.steps.go_to(Step::Time),
                            NextStep::TryAgain | NextStep::ContactStudio => {}
                        })/>
                    }),
                    _ => None,
                }}
                <div class="tb-actions">
                    <button type="button" class="tb-button tb-button--secondary" part="button" on:click=move |_| booking.steps.go_to(Step::Time)>
                        {i18n.t(Key::Back)}
                    </button>
                    <button type="submit" class="tb-button tb-button--primary" part="button button-primary" disabled=busy aria-busy=move || if busy() { "true" } else { "false" }>
                        {move || i18n.t(if busy() { Key::BookingInProgress } else if call_back { Key::LeadSend } else if waiting() { Key::JoinWaitingList } else { Key::BookNow })}
                    </button>
                </div>
            </form>
        }
    };

    view! {
        <StepHeading text=i18n.t(if call_back { Key::LeadHeading } else { Key::DetailsHeading }).to_string()/>
        {call_back.then(|| view! { <p class="tb-note">{i18n.t(Key::LeadIntro)}</p> })}
        {move || choice().filter(|_| !call_back).map(|(title, when, _)| view! {
            <div class="tb-choice">
                <p class="tb-choice__label">{i18n.t(Key::YourChoice)}</p>
                <p class="tb-choice__value"><strong>{title}</strong><br/>{when}</p>
                <button type="button" class="tb-link" part="link" on:click=move |_| booking.steps.go_to(Step::Time)>{i18n.t(Key::Change)}</button>
            </div>
        })}
        {move || match booking.offer_config.get() {
            None | Some(None) => view! { <Loading text=Key::Loading/> }.into_any(),
            Some(Some(Err(error))) => view! { <LoadFailed title=Key::TimesFailed error on_retry=Callback::new(move |_| booking.offer_config.refetch())/> }.into_any(),
            Some(Some(Ok(config))) if !config.allow_booking_for_leads && !call_back => view! { <Notice text=i18n.t(Key::OfferNotForLeads).to_string()/> }.into_any(),
            Some(Some(Ok(config))) => with_config(config).into_any(),
        }}
    }
}
