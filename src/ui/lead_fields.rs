use super::use_i18n;
use crate::domain::lead_form::{Field, FieldError, FormRules, LeadForm, MarketingConsent};
use crate::i18n::{I18n, Key};
use leptos::prelude::*;

/// The value of the input an event came from; for a date the browser cannot
/// read (`validity.badInput`), [`LeadForm::UNREADABLE_DATE`] instead of the
/// empty string the browser reports.
fn typed_value(ev: &leptos::ev::Event) -> String {
    let input: web_sys::HtmlInputElement = event_target(ev);
    if input.validity().bad_input() {
        LeadForm::UNREADABLE_DATE.to_string()
    } else {
        input.value()
    }
}

fn message(i18n: I18n, field: Field, error: FieldError) -> String {
    match (field, error) {
        (Field::Privacy, _) => i18n.t(Key::ErrorPrivacy).to_string(),
        (Field::Gender, _) => i18n.t(Key::ErrorChoose).to_string(),
        (_, FieldError::Required) => i18n.t(Key::ErrorRequired).to_string(),
        (_, FieldError::Email) => i18n.t(Key::ErrorEmail).to_string(),
        (_, FieldError::Phone) => i18n.t(Key::ErrorPhone).to_string(),
        (_, FieldError::Date) => i18n.t(Key::ErrorDate).to_string(),
        (_, FieldError::Future) => i18n.t(Key::ErrorFuture).to_string(),
        (_, FieldError::TooYoung { minimum }) => {
            i18n.format(Key::ErrorTooYoung, &[("age", &minimum.to_string())])
        }
        (_, FieldError::Zip) => i18n.t(Key::ErrorZip).to_string(),
        (_, FieldError::TooLong) => i18n.t(Key::ErrorTooLong).to_string(),
        (_, FieldError::AddressIncomplete) => i18n.t(Key::ErrorAddressIncomplete).to_string(),
    }
}

/// The visitor's details, as the studio's configuration asks for them, the
/// privacy consent and, where the API can carry it, marketing consent per channel.
#[component]
pub fn LeadFields(
    form: RwSignal<LeadForm>,
    rules: FormRules,
    errors: RwSignal<Vec<(Field, FieldError)>>,
    privacy_url: Option<String>,
    /// The studio's today (the latest possible date of birth).
    today: chrono::NaiveDate,
    #[prop(optional)] marketing: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let error_of =
        move |field: Field| errors.with(|e| e.iter().find(|(f, _)| *f == field).map(|(_, e)| *e));
    let today = trial_api::dates::iso_date(today);
    let gender_mode = rules.mode(Field::Gender);

    let field = move |field: Field, label: Key, kind: &'static str, autocomplete: &'static str| {
        let mode = rules.mode(field);
        if !mode.is_shown() {
            return None;
        }
        let required = mode.is_required();
        let error_id = format!("{}-error", field.id());
        let max = (kind == "date").then(|| today.clone());
        // What the visitor types goes to the form; the form's value goes back
        // into the input only when it changed from elsewhere (a prefill, a
        // restored form), never while they type: a browser reports "" for a
        // half-typed date, and writing that back would wipe it.
        let node = NodeRef::<leptos::html::Input>::new();
        let typed = StoredValue::new(None::<String>);
        Effect::new(move |_| {
            let value = form.with(|f| f.get(field).to_string());
            if typed.get_value().as_deref() == Some(value.as_str()) {
                return;
            }
            if let Some(input) = node.get() {
                if input.value() != value && value != LeadForm::UNREADABLE_DATE {
                    input.set_value(&value);
                }
            }
        });
        Some(view! {
            <div class="tb-field" class:tb-field--invalid=move || error_of(field).is_some()>
                <label class="tb-field__label" for=field.id()>
                    {i18n.t(label)}
                    {(!required).then(|| view! { <span class="tb-field__optional">" (" {i18n.t(Key::Optional)} ")"</span> })}
                </label>
                <input
                    class="tb-field__input" part="input"
                    id=field.id()
                    name=field.id()
                    type=kind
                    autocomplete=autocomplete
                    max=max
                    required=required
                    aria-required=if required { "true" } else { "false" }
                    aria-invalid=move || if error_of(field).is_some() { "true" } else { "false" }
                    aria-describedby=move || error_of(field).map(|_| error_id.clone())
                    node_ref=node
                    value=form.with_untracked(|f| f.get(field).to_string())
                    on:input=move |ev| {
                        let value = typed_value(&ev);
                        typed.set_value(Some(value.clone()));
                        form.update(|f| f.set(field, value));
                    }
                />
                {move || error_of(field).map(|e| view! { <p class="tb-field__error" id=format!("{}-error", field.id())>{message(i18n, field, e)}</p> })}
            </div>
        })
    };

    let gender = {
        let mode = gender_mode;
        mode.is_shown().then(|| {
            let required = mode.is_required();
            let error_id = format!("{}-error", Field::Gender.id());
            let option = move |value: &'static str, label: Key| {
                view! { <option value=value selected=move || form.with(|f| f.gender == value)>{i18n.t(label)}</option> }
            };
            view! {
                <div class="tb-field" class:tb-field--invalid=move || error_of(Field::Gender).is_some()>
                    <label class="tb-field__label" for=Field::Gender.id()>
                        {i18n.t(Key::FieldGender)}
                        {(!required).then(|| view! { <span class="tb-field__optional">" (" {i18n.t(Key::Optional)} ")"</span> })}
                    </label>
                    <select
                        class="tb-field__input" part="input"
                        id=Field::Gender.id()
                        name=Field::Gender.id()
                        required=required
                        aria-invalid=move || if error_of(Field::Gender).is_some() { "true" } else { "false" }
                        aria-describedby=move || error_of(Field::Gender).map(|_| error_id.clone())
                        on:change=move |ev| form.update(|f| f.gender = event_target_value(&ev))
                    >
                        {option("", Key::GenderChoose)}
                        {option("FEMALE", Key::GenderFemale)}
                        {option("MALE", Key::GenderMale)}
                        {option("UNISEX", Key::GenderUnisex)}
                    </select>
                    {move || error_of(Field::Gender).map(|e| view! { <p class="tb-field__error" id=format!("{}-error", Field::Gender.id())>{message(i18n, Field::Gender, e)}</p> })}
                </div>
            }
        })
    };

    // "… as described in the {link}." with the link where the language puts it.
    let consent_text = match privacy_url {
        Some(url) => {
            let text = i18n.t(Key::PrivacyConsent);
            let (before, after) = text.split_once("{link}").unwrap_or((text, ""));
            view! {
                {before}
                <a href=url target="_blank" rel="noopener noreferrer">{i18n.t(Key::PrivacyLink)}</a>
                {after}
            }
            .into_any()
        }
        None => view! { {i18n.t(Key::PrivacyConsentPlain)} }.into_any(),
    };
    let privacy_error_id = format!("{}-error", Field::Privacy.id());

    view! {
        <div class="tb-fields tb-fields--pair">
            {field(Field::Firstname, Key::FieldFirstname, "text", "given-name")}
            {field(Field::Lastname, Key::FieldLastname, "text", "family-name")}
        </div>
        {field(Field::Email, Key::FieldEmail, "email", "email")}
        {field(Field::Telephone, Key::FieldPhone, "tel", "tel")}
        {gender}
        {field(Field::DateOfBirth, Key::FieldDob, "date", "bday")}
        <div class="tb-fields tb-fields--street">
            {field(Field::Street, Key::FieldStreet, "text", "address-line1")}
            {field(Field::HouseNumber, Key::FieldHouseNumber, "text", "address-line2")}
        </div>
        <div class="tb-fields tb-fields--city">
            {field(Field::Zip, Key::FieldZip, "text", "postal-code")}
            {field(Field::City, Key::FieldCity, "text", "address-level2")}
        </div>
        <div class="tb-field tb-field--check" class:tb-field--invalid=move || error_of(Field::Privacy).is_some()>
            <input
                type="checkbox"
                id=Field::Privacy.id()
                name=Field::Privacy.id()
                required=true
                aria-invalid=move || if error_of(Field::Privacy).is_some() { "true" } else { "false" }
                aria-describedby=move || error_of(Field::Privacy).map(|_| privacy_error_id.clone())
                prop:checked=move || form.with(|f| f.privacy_accepted)
                on:change=move |ev| form.update(|f| f.privacy_accepted = event_target_checked(&ev))
            />
            <label for=Field::Privacy.id()>{consent_text}</label>
            {move || error_of(Field::Privacy).map(|e| view! { <p class="tb-field__error" id=format!("{}-error", Field::Privacy.id())>{message(i18n, Field::Privacy, e)}</p> })}
        </div>
        {marketing.then(|| {
            let channel = move |label: Key, get: fn(&MarketingConsent) -> bool, set: fn(&mut MarketingConsent, bool), id: &'static str| view! {
                <div class="tb-field tb-field--check">
                    <input type="checkbox" id=id name=id
                        prop:checked=move || form.with(|f| get(&f.marketing))
                        on:change=move |ev| form.update(|f| set(&mut f.marketing, event_target_checked(&ev)))/>
                    <label for=id>{i18n.t(label)}</label>
                </div>
            };
            view! {
                <fieldset class="tb-fieldset">
                    <legend class="tb-field__label">{i18n.t(Key::MarketingLegend)} <span class="tb-field__optional">" (" {i18n.t(Key::Optional)} ")"</span></legend>
                    {channel(Key::MarketingEmail, |m| m.email, |m, v| m.email = v, "tb-marketing-email")}
                    {channel(Key::MarketingTextMessage, |m| m.text_message, |m, v| m.text_message = v, "tb-marketing-sms")}
                    {channel(Key::MarketingPhone, |m| m.phone, |m, v| m.phone = v, "tb-marketing-phone")}
                    {channel(Key::MarketingLetter, |m| m.letter, |m, v| m.letter = v, "tb-marketing-letter")}
                </fieldset>
            }
        })}
    }
}
