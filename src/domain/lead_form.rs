//! The visitor's details: what the form holds, which fields the studio's
//! configuration shows or requires, validation before anything is sent, and
//! the request bodies built from it. Pure; the form survives reloads through
//! `serde` (kept in the tab by `ui::hooks::use_kept_in_tab`).

use crate::domain::prefill::Prefill;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use trial_api::models::connect::{
    ConnectAddress, ConnectLeadRequest, LeadCustomer, PrivacyConfiguration, TrialSessionFieldConfig,
};
use trial_api::models::open_api::{
    Language, LeadCustomerAddressData, LeadData, TrialOfferLeadDataConfig,
};
use trial_api::models::{CampaignId, FieldMode, Gender, StudioId};

/// What the visitor typed, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LeadForm {
    pub firstname: String,
    pub lastname: String,
    pub email: String,
    /// `""`, `MALE`, `FEMALE` or `UNISEX`.
    pub gender: String,
    /// `YYYY-MM-DD` (from `<input type="date">`).
    pub date_of_birth: String,
    pub telephone: String,
    pub street: String,
    pub house_number: String,
    pub zip: String,
    pub city: String,
    pub privacy_accepted: bool,
    pub marketing: MarketingConsent,
}

/// Consent to marketing contact, per channel (Connect `privacyConfiguration`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MarketingConsent {
    pub email: bool,
    pub phone: bool,
    pub text_message: bool,
    pub letter: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Firstname,
    Lastname,
    Email,
    Gender,
    DateOfBirth,
    Telephone,
    Street,
    HouseNumber,
    Zip,
    City,
    Privacy,
}

impl Field {
    /// The text fields in form order (every field but the privacy consent).
    pub const TEXT: [Field; 10] = [
        Field::Firstname,
        Field::Lastname,
        Field::Email,
        Field::Gender,
        Field::DateOfBirth,
        Field::Telephone,
        Field::Street,
        Field::HouseNumber,
        Field::Zip,
        Field::City,
    ];

    /// The `id`/`name` of the field's input.
    pub fn id(self) -> &'static str {
        match self {
            Field::Firstname => "tb-firstname",
            Field::Lastname => "tb-lastname",
            Field::Email => "tb-email",
            Field::Gender => "tb-gender",
            Field::DateOfBirth => "tb-dob",
            Field::Telephone => "tb-phone",
            Field::Street => "tb-street",
            Field::HouseNumber => "tb-house-number",
            Field::Zip => "tb-zip",
            Field::City => "tb-city",
            Field::Privacy => "tb-privacy",
        }
    }
}

/// Which fields are shown and required.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormRules {
    pub email: FieldMode,
    pub gender: FieldMode,
    pub date_of_birth: FieldMode,
    pub telephone: FieldMode,
    /// Street, house number and city.
    pub address: FieldMode,
    pub zip: FieldMode,
    pub minimum_age: Option<u32>,
}

impl FormRules {
    /// Open API: names and e-mail always required; the address is one block
    /// (street, postcode and city required within it).
    pub fn from_open_api(config: &TrialOfferLeadDataConfig) -> FormRules {
        FormRules {
            email: FieldMode::Mandatory,
            gender: config.gender_mode.clone(),
            date_of_birth: config.date_of_birth_mode.clone(),
            telephone: config.telephone_mode.clone(),
            address: config.address_mode.clone(),
            zip: config.address_mode.clone(),
            minimum_age: None,
        }
    }

    /// Connect: each `*Mode` as configured (e-mail required unless said
    /// otherwise); a minimum age makes the date of birth required.
    pub fn from_connect(config: &TrialSessionFieldConfig) -> FormRules {
        let mode = |m: &Option<FieldMode>| m.clone().unwrap_or(FieldMode::Inactive);
        let minimum_age = config.minimum_age.filter(|a| *a > 0);
        FormRules {
            email: config
                .email_mode
                .clone()
                .filter(FieldMode::is_shown)
                .unwrap_or(FieldMode::Mandatory),
            gender: mode(&config.gender_mode),
            date_of_birth: if minimum_age.is_some() {
                FieldMode::Mandatory
            } else {
                mode(&config.date_of_birth_mode)
            },
            telephone: mode(&config.telephone_mode),
            address: mode(&config.address_mode),
            zip: mode(&config.zip_mode),
            minimum_age,
        }
    }

    /// For a visitor who asked to be called: the same fields, with the phone
    /// number required (it is what the studio calls).
    pub fn with_phone_required(self) -> FormRules {
        FormRules {
            telephone: FieldMode::Mandatory,
            ..self
        }
    }

    pub fn mode(&self, field: Field) -> FieldMode {
        match field {
            Field::Firstname | Field::Lastname | Field::Privacy => FieldMode::Mandatory,
            Field::Email => self.email.clone(),
            Field::Gender => self.gender.clone(),
            Field::DateOfBirth => self.date_of_birth.clone(),
            Field::Telephone => self.telephone.clone(),
            Field::Street | Field::City => self.address.clone(),
            Field::HouseNumber => match self.address {
                FieldMode::Inactive => FieldMode::Inactive,
                _ => FieldMode::Optional,
            },
            Field::Zip => self.zip.clone(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldError {
    Required,
    Email,
    Phone,
    Date,
    /// A date of birth in the future.
    Future,
    /// Younger than the studio's minimum age.
    TooYoung {
        minimum: u32,
    },
    Zip,
    TooLong,
    /// Part of the address is given, this part is missing.
    AddressIncomplete,
}

pub fn age_on(birth: NaiveDate, day: NaiveDate) -> i32 {
    let mut age = day.year() - birth.year();
    if (day.month(), day.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

fn valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    email.len() <= 254
        && !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email
            .chars()
            .any(|c| c.is_whitespace() || c == ',' || c == ';' || c == '<' || c == '>')
}

fn valid_phone(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    (6..=20).contains(&digits)
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +-/().".contains(c))
}

fn valid_zip(zip: &str) -> bool {
    (3..=10).contains(&zip.len())
        && zip
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-')
}

/// Sets `target` to `value` (trimmed) when `target` is empty and `value` is not.
fn fill_empty(target: &mut String, value: Option<&str>) {
    if let Some(v) = value
        .map(str::trim)
        .filter(|v| !v.is_empty() && target.trim().is_empty())
    {
        *target = v.to_string();
    }
}

impl LeadForm {
    /// Stands for a date field whose input the browser could not read
    /// (`validity.badInput`: a partial or impossible date such as 02/29/0200,
    /// for which the browser reports an empty value). It is not a date, so the
    /// field says "Please enter a valid date", never "Please fill in".
    pub const UNREADABLE_DATE: &'static str = "unreadable-date";

    /// The text of a field, as typed.
    pub fn get(&self, field: Field) -> &str {
        match field {
            Field::Firstname => &self.firstname,
            Field::Lastname => &self.lastname,
            Field::Email => &self.email,
            Field::Gender => &self.gender,
            Field::DateOfBirth => &self.date_of_birth,
            Field::Telephone => &self.telephone,
            Field::Street => &self.street,
            Field::HouseNumber => &self.house_number,
            Field::Zip => &self.zip,
            Field::City => &self.city,
            Field::Privacy => "",
        }
    }

    /// Sets the text of a field (the privacy consent is a flag of its own).
    pub fn set(&mut self, field: Field, value: String) {
        let target = match field {
            Field::Firstname => &mut self.firstname,
            Field::Lastname => &mut self.lastname,
            Field::Email => &mut self.email,
            Field::Gender => &mut self.gender,
            Field::DateOfBirth => &mut self.date_of_birth,
            Field::Telephone => &mut self.telephone,
            Field::Street => &mut self.street,
            Field::HouseNumber => &mut self.house_number,
            Field::Zip => &mut self.zip,
            Field::City => &mut self.city,
            Field::Privacy => return,
        };
        *target = value;
    }

    fn value(&self, field: Field) -> &str {
        self.get(field).trim()
    }

    /// Every problem, field by field, in form order. Empty: ready to send.
    pub fn validate(&self, rules: &FormRules, today: NaiveDate) -> Vec<(Field, FieldError)> {
        use Field::*;
        let mut errors = Vec::new();
        let address_started = [Street, HouseNumber, Zip, City]
            .iter()
            .any(|f| rules.mode(*f).is_shown() && !self.value(*f).is_empty());
        for field in Field::TEXT {
            let mode = rules.mode(field);
            if !mode.is_shown() {
                continue;
            }
            let value = self.value(field);
            if value.is_empty() {
                let part_of_address = matches!(field, Street | Zip | City);
                if mode.is_required() {
                    errors.push((field, FieldError::Required));
                } else if part_of_address
                    && address_started
                    && rules.address.is_shown()
                    && !matches!(field, Zip if !rules.zip.is_shown())
                {
                    // The Open API needs street, postcode and city together.
                    errors.push((field, FieldError::AddressIncomplete));
                }
                continue;
            }
            if value.chars().count() > 100 && field != Email {
                errors.push((field, FieldError::TooLong));
                continue;
            }
            let problem = match field {
                Email if !valid_email(value) => Some(FieldError::Email),
                Telephone if !valid_phone(value) => Some(FieldError::Phone),
                Zip if !valid_zip(value) => Some(FieldError::Zip),
                Gender if !["MALE", "FEMALE", "UNISEX"].contains(&value) => {
                    Some(FieldError::Required)
                }
                DateOfBirth => match trial_api::dates::parse_iso_date(value).ok_or(()) {
                    Err(()) => Some(FieldError::Date),
                    Ok(birth) if birth > today => Some(FieldError::Future),
                    Ok(birth) if age_on(birth, today) > 120 => Some(FieldError::Date),
                    Ok(birth) => rules
                        .minimum_age
                        .filter(|min| age_on(birth, today) < *min as i32)
                        .map(|minimum| FieldError::TooYoung { minimum }),
                },
                _ => None,
            };
            if let Some(problem) = problem {
                errors.push((field, problem));
            }
        }
        if !self.privacy_accepted {
            errors.push((Privacy, FieldError::Required));
        }
        errors
    }

    fn shown(&self, rules: &FormRules, field: Field) -> Option<String> {
        let value = self.value(field);
        (rules.mode(field).is_shown() && !value.is_empty()).then(|| value.to_string())
    }

    /// The Open API lead (`leadCustomerData`): hidden and empty fields left out.
    pub fn to_open_api(&self, rules: &FormRules, lang: &str) -> LeadData {
        let street = self.shown(rules, Field::Street);
        let zip = self.shown(rules, Field::Zip);
        let city = self.shown(rules, Field::City);
        let address = match (street, zip, city) {
            (Some(street), Some(zip_code), Some(city)) => Some(LeadCustomerAddressData {
                street,
                house_number: self.shown(rules, Field::HouseNumber),
                zip_code,
                city,
            }),
            _ => None,
        };
        LeadData {
            firstname: self.firstname.trim().to_string(),
            lastname: self.lastname.trim().to_string(),
            email: self.email.trim().to_string(),
            gender: self
                .shown(rules, Field::Gender)
                .map(|g| Gender::from(g.as_str())),
            date_of_birth: self.shown(rules, Field::DateOfBirth),
            telephone: self.shown(rules, Field::Telephone),
            language: Some(Language {
                language_code: lang.to_string(),
                country_code: None,
            }),
            address,
            ..LeadData::default()
        }
    }

    /// The Connect lead (`leadCustomer`). `identity` is the `identityToken`
    /// of a known prospect, sent back as `customerUUID`.
    pub fn to_connect(&self, rules: &FormRules, identity: Option<&str>) -> LeadCustomer {
        let address = ConnectAddress {
            street: self.shown(rules, Field::Street),
            house_number: self.shown(rules, Field::HouseNumber),
            zip: self.shown(rules, Field::Zip),
            city: self.shown(rules, Field::City),
            country: None,
            details: None,
        };
        let has_address = address != ConnectAddress::default();
        LeadCustomer {
            firstname: self.firstname.trim().to_string(),
            lastname: self.lastname.trim().to_string(),
            email: self.shown(rules, Field::Email),
            phone: self.shown(rules, Field::Telephone),
            gender: self
                .shown(rules, Field::Gender)
                .map(|g| Gender::from(g.as_str())),
            date_of_birth: self.shown(rules, Field::DateOfBirth),
            customer_uuid: identity.map(str::to_string),
            address: has_address.then_some(address),
            privacy_configuration: Some(self.privacy_configuration()),
            ..LeadCustomer::default()
        }
    }

    /// The Connect lead of a "we'll call you" form (`POST /connect/v1/lead`):
    /// flat, unlike the booking's. `locale` is sent only with a region
    /// (`de-DE` → `de_DE`), never as a stand-in; `notes` is the note for the
    /// studio's staff (`config::visit::staff_note`).
    pub fn to_connect_lead(
        &self,
        rules: &FormRules,
        studio_id: StudioId,
        locale: &str,
        campaign: Option<CampaignId>,
        notes: Option<String>,
    ) -> ConnectLeadRequest {
        let locale = locale
            .split_once('-')
            .filter(|(l, r)| l.len() == 2 && r.len() == 2)
            .map(|(l, r)| format!("{}_{}", l.to_ascii_lowercase(), r.to_ascii_uppercase()));
        ConnectLeadRequest {
            email: self.shown(rules, Field::Email),
            phone: self.shown(rules, Field::Telephone),
            gender: self
                .shown(rules, Field::Gender)
                .map(|g| Gender::from(g.as_str())),
            date_of_birth: self.shown(rules, Field::DateOfBirth),
            street: self.shown(rules, Field::Street),
            house_number: self.shown(rules, Field::HouseNumber),
            zip_code: self.shown(rules, Field::Zip),
            city: self.shown(rules, Field::City),
            locale,
            notes,
            source_campaign_id: campaign,
            privacy_configuration: Some(self.privacy_configuration()),
            ..ConnectLeadRequest::new(
                studio_id,
                self.firstname.trim().to_string(),
                self.lastname.trim().to_string(),
            )
        }
    }

    /// Marketing consent per channel, every channel stated.
    pub fn privacy_configuration(&self) -> PrivacyConfiguration {
        PrivacyConfiguration {
            email: Some(self.marketing.email),
            letter: Some(self.marketing.letter),
            phone: Some(self.marketing.phone),
            text_message: Some(self.marketing.text_message),
            my_sports_message: None,
        }
    }

    /// Fills the empty contact fields from the embed's prefill (attributes
    /// or the page URL); what the visitor typed or kept is never replaced.
    pub fn prefill_contact(&mut self, prefill: &Prefill) {
        fill_empty(&mut self.firstname, prefill.first_name.as_deref());
        fill_empty(&mut self.lastname, prefill.last_name.as_deref());
        fill_empty(&mut self.email, prefill.email.as_deref());
        fill_empty(&mut self.telephone, prefill.phone.as_deref());
    }

    /// Fills the form's empty fields from a known prospect (Connect
    /// `identityToken`); what the visitor already typed stays, and they may
    /// still change everything.
    pub fn prefill(&mut self, lead: &LeadCustomer) {
        let set = fill_empty;
        set(&mut self.firstname, Some(&lead.firstname));
        set(&mut self.lastname, Some(&lead.lastname));
        set(&mut self.email, lead.email.as_deref());
        set(&mut self.telephone, lead.phone.as_deref());
        set(&mut self.date_of_birth, lead.date_of_birth.as_deref());
        if let Some(gender) = lead.gender.as_ref().filter(|g| g.is_known()) {
            set(&mut self.gender, Some(gender.as_str()));
        }
        if let Some(address) = &lead.address {
            set(&mut self.street, address.street.as_deref());
            set(&mut self.house_number, address.house_number.as_deref());
            set(&mut self.zip, address.zip.as_deref());
            set(&mut self.city, address.city.as_deref());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embeds_prefill_fills_only_empty_fields() {
        let mut form = LeadForm {
            firstname: "Typed".into(),
            ..LeadForm::default()
        };
        form.prefill_contact(&Prefill {
            first_name: Some("Mia".into()),
            last_name: Some(" Schulz ".into()),
            email: Some("mia@example.com".into()),
            phone: None,
            ..Default::default()
        });
        assert_eq!(form.firstname, "Typed", "what the visitor typed stays");
        assert_eq!(form.lastname, "Schulz");
        assert_eq!(form.email, "mia@example.com");
        assert_eq!(form.telephone, "");
    }
    use FieldMode::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
    }

    fn rules(gender: FieldMode, dob: FieldMode, tel: FieldMode, address: FieldMode) -> FormRules {
        FormRules::from_open_api(&TrialOfferLeadDataConfig {
            trial_offer_lead_data_config_id: trial_api::models::LeadDataConfigId(1),
            gender_mode: gender,
            date_of_birth_mode: dob,
            telephone_mode: tel,
            address_mode: address,
        })
    }

    fn filled() -> LeadForm {
        LeadForm {
            firstname: "Mia".into(),
            lastname: "Schulz".into(),
            email: "mia@example.com".into(),
            privacy_accepted: true,
            ..LeadForm::default()
        }
    }

    fn fields(errors: &[(Field, FieldError)]) -> Vec<Field> {
        errors.iter().map(|(f, _)| *f).collect()
    }

    #[test]
    fn names_email_and_consent_are_always_required() {
        let errors =
            LeadForm::default().validate(&rules(Inactive, Inactive, Inactive, Inactive), today());
        assert_eq!(
            fields(&errors),
            [
                Field::Firstname,
                Field::Lastname,
                Field::Email,
                Field::Privacy
            ]
        );
        assert!(filled()
            .validate(&rules(Inactive, Inactive, Inactive, Inactive), today())
            .is_empty());
    }

    #[test]
    fn each_mode_hides_offers_or_requires_its_field() {
        let r = rules(Mandatory, Optional, Mandatory, Inactive);
        let errors = filled().validate(&r, today());
        assert_eq!(
            errors,
            [
                (Field::Gender, FieldError::Required),
                (Field::Telephone, FieldError::Required)
            ]
        );
        assert_eq!(r.mode(Field::Street), Inactive);
        assert_eq!(r.mode(Field::HouseNumber), Inactive);
        let all_optional = rules(Optional, Optional, Optional, Optional);
        assert!(filled().validate(&all_optional, today()).is_empty());
        assert_eq!(all_optional.mode(Field::HouseNumber), Optional);
    }

    #[test]
    fn values_are_checked_before_anything_is_sent() {
        let r = rules(Optional, Optional, Optional, Optional);
        let bad = LeadForm {
            email: "mia@example".into(),
            telephone: "call me".into(),
            date_of_birth: "2030-01-01".into(),
            gender: "OTHER".into(),
            ..filled()
        };
        assert_eq!(
            bad.validate(&r, today()),
            [
                (Field::Email, FieldError::Email),
                (Field::Gender, FieldError::Required),
                (Field::DateOfBirth, FieldError::Future),
                (Field::Telephone, FieldError::Phone)
            ]
        );
        for email in ["a@b.de", "first.last+tag@sub.example.co.uk"] {
            assert!(valid_email(email), "{email}");
        }
        for email in [
            "@b.de", "a@", "a@b", "a b@c.de", "a@b..", "a@.de", "a@b@c.de",
        ] {
            assert!(!valid_email(email), "{email}");
        }
        assert!(valid_phone("+49 (221) 555-0100") && !valid_phone("12345"));
    }

    #[test]
    fn a_started_address_must_be_complete() {
        let r = rules(Inactive, Inactive, Inactive, Optional);
        let partial = LeadForm {
            street: "Venloer Str.".into(),
            ..filled()
        };
        assert_eq!(
            partial.validate(&r, today()),
            [
                (Field::Zip, FieldError::AddressIncomplete),
                (Field::City, FieldError::AddressIncomplete)
            ]
        );
        let required = rules(Inactive, Inactive, Inactive, Mandatory);
        assert_eq!(
            fields(&filled().validate(&required, today())),
            [Field::Street, Field::Zip, Field::City]
        );
    }

    #[test]
    fn minimum_age_makes_the_birthday_required_and_refuses_the_too_young() {
        let config = TrialSessionFieldConfig {
            minimum_age: Some(16),
            date_of_birth_mode: Some(Inactive),
            ..Default::default()
        };
        let r = FormRules::from_connect(&config);
        assert_eq!(r.date_of_birth, Mandatory);
        assert_eq!(
            filled().validate(&r, today()),
            [(Field::DateOfBirth, FieldError::Required)]
        );
        let young = LeadForm {
            date_of_birth: "2010-11-22".into(),
            ..filled()
        };
        assert_eq!(
            young.validate(&r, today()),
            [(Field::DateOfBirth, FieldError::TooYoung { minimum: 16 })]
        );
        let sixteen_today = LeadForm {
            date_of_birth: "2010-11-21".into(),
            ..filled()
        };
        assert!(sixteen_today.validate(&r, today()).is_empty());
    }

    #[test]
    fn open_api_body_leaves_out_hidden_and_empty_fields() {
        let r = rules(Inactive, Optional, Mandatory, Optional);
        let form = LeadForm {
            firstname: "  Mia ".into(),
            gender: "FEMALE".into(),
            telephone: "0221 5550100".into(),
            street: "Venloer Str.".into(),
            zip: "50823".into(),
            city: "Köln".into(),
            ..filled()
        };
        let lead = form.to_open_api(&r, "de");
        assert_eq!(lead.firstname, "Mia");
        assert_eq!(lead.gender, None, "gender is hidden by the config");
        assert_eq!(lead.date_of_birth, None);
        assert_eq!(lead.telephone.as_deref(), Some("0221 5550100"));
        let address = lead.address.unwrap();
        assert_eq!(
            (
                address.street.as_str(),
                address.house_number,
                address.zip_code.as_str()
            ),
            ("Venloer Str.", None, "50823")
        );
        assert_eq!(lead.language.unwrap().language_code, "de");
    }

    #[test]
    fn connect_body_carries_consent_and_the_identity_token() {
        let config = TrialSessionFieldConfig {
            telephone_mode: Some(Optional),
            ..Default::default()
        };
        let r = FormRules::from_connect(&config);
        let form = LeadForm {
            marketing: MarketingConsent {
                email: true,
                ..Default::default()
            },
            ..filled()
        };
        let lead = form.to_connect(&r, Some("2340b1cc-3fe7-4f81-8eca-f92181dd2bb4"));
        assert_eq!(lead.email.as_deref(), Some("mia@example.com"));
        assert_eq!(lead.phone, None);
        assert_eq!(lead.address, None);
        assert_eq!(
            lead.customer_uuid.as_deref(),
            Some("2340b1cc-3fe7-4f81-8eca-f92181dd2bb4")
        );
        assert_eq!(lead.privacy_configuration.unwrap().email, Some(true));
    }

    #[test]
    fn the_lead_capture_body_is_flat_and_leaves_out_stand_ins() {
        let r = FormRules {
            telephone: Mandatory,
            ..FormRules::from_connect(&TrialSessionFieldConfig::default())
        };
        let form = LeadForm {
            telephone: "0221 1".into(),
            ..filled()
        };
        let lead = form.to_connect_lead(&r, StudioId(7), "de-CH", Some(CampaignId(2)), None);
        assert_eq!(
            (
                lead.studio_id,
                lead.phone.as_deref(),
                lead.locale.as_deref()
            ),
            (StudioId(7), Some("0221 1"), Some("de_CH"))
        );
        assert_eq!(lead.source_campaign_id, Some(CampaignId(2)));
        assert_eq!(
            form.to_connect_lead(&r, StudioId(7), "de", None, None)
                .locale,
            None,
            "no invented region"
        );
        let json =
            serde_json::to_value(form.to_connect_lead(&r, StudioId(7), "de", None, None)).unwrap();
        assert!(json.get("zipCode").is_none() && json.get("sourceCampaignId").is_none());
    }

    #[test]
    fn a_known_prospect_prefills_the_form() {
        let mut form = LeadForm {
            city: "Bonn".into(),
            ..LeadForm::default()
        };
        let lead: LeadCustomer = serde_json::from_value(serde_json::json!({
            "firstname": "Lena", "lastname": "Hoffmann", "email": "lena@example.com", "gender": "FEMALE",
            "address": {"street": "Subbelrather Str.", "zip": "50823", "city": "Köln"}
        }))
        .unwrap();
        form.prefill(&lead);
        assert_eq!(
            (
                form.firstname.as_str(),
                form.gender.as_str(),
                form.zip.as_str()
            ),
            ("Lena", "FEMALE", "50823")
        );
        assert!(!form.privacy_accepted, "consent is never prefilled");
    }

    #[test]
    fn the_form_survives_a_round_trip_through_storage() {
        let form = LeadForm {
            telephone: "0221".into(),
            marketing: MarketingConsent {
                letter: true,
                ..Default::default()
            },
            ..filled()
        };
        let text = serde_json::to_string(&form).unwrap();
        assert_eq!(serde_json::from_str::<LeadForm>(&text).unwrap(), form);
        // Older or partial data still loads.
        assert_eq!(
            serde_json::from_str::<LeadForm>("{\"firstname\":\"A\"}")
                .unwrap()
                .firstname,
            "A"
        );
    }

    #[test]
    fn a_date_the_browser_cannot_read_is_a_date_error_not_a_missing_one() {
        let rules = rules(Inactive, Mandatory, Inactive, Inactive);
        let mut form = LeadForm {
            firstname: "Mia".into(),
            lastname: "Schulz".into(),
            email: "mia@example.com".into(),
            privacy_accepted: true,
            ..LeadForm::default()
        };
        let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        form.set(Field::DateOfBirth, LeadForm::UNREADABLE_DATE.into());
        assert_eq!(
            form.validate(&rules, today),
            [(Field::DateOfBirth, FieldError::Date)]
        );
        form.set(Field::DateOfBirth, String::new());
        assert_eq!(
            form.validate(&rules, today),
            [(Field::DateOfBirth, FieldError::Required)]
        );
        form.set(Field::DateOfBirth, "2008-02-29".into());
        assert_eq!(form.validate(&rules, today), []);
    }
}
