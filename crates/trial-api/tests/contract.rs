//! Contract tests against `openapi.yaml` itself (a copy lives next to this
//! file; when the shared original is beside the repository, the copy must
//! equal it):
//! * every example in the spec, and an instance built from every schema's
//!   property examples, deserialises into our models;
//! * every request the operations build matches an operation of the spec:
//!   method, path template, declared query parameters, and a body that
//!   validates against the request schema (unknown properties and unknown
//!   enum values rejected: we must only send what the API documents).

use serde_json::{json, Value};
use std::collections::BTreeSet;
use trial_api::models::connect::*;
use trial_api::models::open_api::*;
use trial_api::ops::{connect as k, open_api as o};
use trial_api::request::{Method, Request};
use trial_api::ZonedDateTime;

const SPEC_COPY: &str = include_str!("openapi.yaml");

fn spec() -> Value {
    let yaml: serde_yaml::Value = serde_yaml::from_str(SPEC_COPY).expect("openapi.yaml parses");
    serde_json::to_value(yaml).expect("spec as JSON")
}

#[test]
fn the_copy_equals_the_shared_spec_when_present() {
    let shared = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/api/openapi.yaml"
    );
    match std::fs::read_to_string(shared) {
        Ok(original) => assert!(
            original == SPEC_COPY,
            "crates/trial-api/tests/openapi.yaml differs from ../shared/api/openapi.yaml: copy it over"
        ),
        Err(_) => eprintln!("shared spec not beside the repository; using the copy"),
    }
}

// ------------------------------------------------------------------ schema helpers

fn resolve<'a>(spec: &'a Value, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r
                .strip_prefix("#/components/schemas/")
                .expect("local schema ref");
            resolve(spec, &spec["components"]["schemas"][name])
        }
        None => schema,
    }
}

fn ref_name(schema: &Value) -> Option<&str> {
    schema
        .get("$ref")?
        .as_str()?
        .strip_prefix("#/components/schemas/")
}

/// Validates `value` against `schema` (the subset of JSON Schema the spec uses).
/// `strict`: reject properties the schema does not declare.
fn validate(
    spec: &Value,
    schema: &Value,
    value: &Value,
    path: &str,
    strict: bool,
    errors: &mut Vec<String>,
) {
    let schema = resolve(spec, schema);
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
        if !allowed.contains(value) {
            errors.push(format!("{path}: {value} is not one of the enum"));
        }
    }
    let Some(ty) = schema.get("type").and_then(Value::as_str) else {
        return;
    };
    match ty {
        "object" => {
            let Some(object) = value.as_object() else {
                return errors.push(format!("{path}: expected object, got {value}"));
            };
            for required in schema
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let name = required.as_str().unwrap();
                if !object.contains_key(name) {
                    errors.push(format!("{path}: missing required {name}"));
                }
            }
            let properties = schema.get("properties").and_then(Value::as_object);
            for (name, v) in object {
                match properties.and_then(|p| p.get(name)) {
                    Some(property) => {
                        validate(spec, property, v, &format!("{path}.{name}"), strict, errors)
                    }
                    None if strict => {
                        errors.push(format!("{path}: property {name} is not in the spec"))
                    }
                    None => {}
                }
            }
        }
        "array" => match value.as_array() {
            Some(items) => {
                for (i, item) in items.iter().enumerate() {
                    validate(
                        spec,
                        &schema["items"],
                        item,
                        &format!("{path}[{i}]"),
                        strict,
                        errors,
                    );
                }
            }
            None => errors.push(format!("{path}: expected array, got {value}")),
        },
        "string" => {
            let Some(text) = value.as_str() else {
                return errors.push(format!("{path}: expected string, got {value}"));
            };
            if let Some(pattern) = schema.get("pattern").and_then(Value::as_str) {
                if !regex::Regex::new(pattern).unwrap().is_match(text) {
                    errors.push(format!("{path}: {text:?} does not match {pattern}"));
                }
            }
            if schema.get("format").and_then(Value::as_str) == Some("date")
                && chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_err()
            {
                errors.push(format!("{path}: {text:?} is not a date"));
            }
        }
        "integer" => {
            let Some(n) = value.as_i64() else {
                return errors.push(format!("{path}: expected integer, got {value}"));
            };
            if schema.get("format").and_then(Value::as_str) == Some("int32")
                && i32::try_from(n).is_err()
            {
                errors.push(format!("{path}: {n} is not int32"));
            }
            if let Some(min) = schema.get("minimum").and_then(Value::as_i64) {
                if n < min {
                    errors.push(format!("{path}: {n} < minimum {min}"));
                }
            }
            if let Some(max) = schema.get("maximum").and_then(Value::as_i64) {
                if n > max {
                    errors.push(format!("{path}: {n} > maximum {max}"));
                }
            }
        }
        "number" if !value.is_number() => {
            errors.push(format!("{path}: expected number, got {value}"))
        }
        "boolean" if !value.is_boolean() => {
            errors.push(format!("{path}: expected boolean, got {value}"))
        }
        _ => {}
    }
}

// ------------------------------------------------------------------ decoding into models

/// Deserialises `value` into the model for the component schema `name`.
fn decode(name: &str, value: &Value) -> Result<(), String> {
    fn as_<T: serde::de::DeserializeOwned>(v: &Value) -> Result<(), String> {
        serde_json::from_value::<T>(v.clone())
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
    match name {
        "ZonedDateTime" => as_::<ZonedDateTime>(value),
        "FieldMode" => as_::<trial_api::models::FieldMode>(value),
        "Gender" => as_::<trial_api::models::Gender>(value),
        "OpenApiError" => as_::<OpenApiError>(value),
        "TypedArg" => as_::<TypedArg>(value),
        "TypedArgType" => as_::<TypedArgType>(value),
        "TermUnit" => as_::<TermUnit>(value),
        "Term" => as_::<Term>(value),
        "TermWithMinutesUnit" => as_::<TermWithMinutesUnit>(value),
        "TermWithMinutes" => as_::<TermWithMinutes>(value),
        "TrialOfferLeadDataConfig" => as_::<TrialOfferLeadDataConfig>(value),
        "TrialOfferConfig" => as_::<TrialOfferConfig>(value),
        "ClassType" => as_::<ClassType>(value),
        "ClassCancelationCondition" => as_::<ClassCancelationCondition>(value),
        "Class" => as_::<Class>(value),
        "TrialOfferClass" => as_::<TrialOfferClass>(value),
        "TrialOfferClassPage" => as_::<TrialOfferClassPage>(value),
        "BookableAppointment" => as_::<BookableAppointment>(value),
        "BookableTrialOfferAppointment" => as_::<BookableTrialOfferAppointment>(value),
        "BookableTrialOfferAppointmentPage" => as_::<BookableTrialOfferAppointmentPage>(value),
        "Instructor" => as_::<Instructor>(value),
        "Location" => as_::<Location>(value),
        "BasicClass" => as_::<BasicClass>(value),
        "ClassSlot" => as_::<ClassSlot>(value),
        "ClassSlotPage" => as_::<ClassSlotPage>(value),
        "BookableAppointmentSlot" => as_::<BookableAppointmentSlot>(value),
        "Language" => as_::<Language>(value),
        "LeadCustomerAddressData" => as_::<LeadCustomerAddressData>(value),
        "LeadData" => as_::<LeadData>(value),
        "TrialOfferLeadRequest" => as_::<TrialOfferLeadRequest>(value),
        "LeadValidationStatus" => as_::<LeadValidationStatus>(value),
        "LeadValidationResult" => as_::<LeadValidationResult>(value),
        "LeadCreationResult" => as_::<LeadCreationResult>(value),
        "ClassSlotBookingRequest" => as_::<ClassSlotBookingRequest>(value),
        "ClassSlotValidationStatus" => as_::<ClassSlotValidationStatus>(value),
        "ClassSlotValidationResult" => as_::<ClassSlotValidationResult>(value),
        "ClassBookingStatus" => as_::<ClassBookingStatus>(value),
        "SlotStatus" => as_::<SlotStatus>(value),
        "ParticipantStatus" => as_::<ParticipantStatus>(value),
        "ClassSlotBooking" => as_::<ClassSlotBooking>(value),
        "AppointmentBookingRequest" => as_::<AppointmentBookingRequest>(value),
        "AppointmentValidationStatus" => as_::<AppointmentValidationStatus>(value),
        "AppointmentValidationResult" => as_::<AppointmentValidationResult>(value),
        "AppointmentBookingStatus" => as_::<AppointmentBookingStatus>(value),
        "AppointmentBooking" => as_::<AppointmentBooking>(value),
        "BookingConfirmationStatus" => as_::<BookingConfirmationStatus>(value),
        "BookingConfirmationResult" => as_::<BookingConfirmationResult>(value),
        "ConnectErrorCode" => as_::<ConnectErrorCode>(value),
        "ConnectError" => as_::<ConnectError>(value),
        "DayOfWeek" => as_::<DayOfWeek>(value),
        "LocalTime" => as_::<LocalTime>(value),
        "OpeningHoursRange" => as_::<OpeningHoursRange>(value),
        "ZoneId" => as_::<ZoneId>(value),
        "StudioTag" => as_::<StudioTag>(value),
        "StudioAddress" => as_::<StudioAddress>(value),
        "CurrencyCode" => as_::<String>(value),
        "Studio" => as_::<Studio>(value),
        "Referral" => as_::<Referral>(value),
        "Campaign" => as_::<Campaign>(value),
        "CommunicationChannel" => as_::<trial_api::models::CommunicationChannel>(value),
        "CommunicationChannelSetting" => as_::<CommunicationChannelSetting>(value),
        "MessageCategory" => as_::<MessageCategory>(value),
        "CommunicationSetting" => as_::<CommunicationSetting>(value),
        "TrialSessionSlot" => as_::<TrialSessionSlot>(value),
        "TrialSession" => as_::<TrialSession>(value),
        "TrialSessionFieldConfig" => as_::<TrialSessionFieldConfig>(value),
        "CountryCode" => as_::<trial_api::models::CountryCode>(value),
        "ConnectAddressDetails" => as_::<ConnectAddressDetails>(value),
        "ConnectAddress" => as_::<ConnectAddress>(value),
        "CommunicationPreference" => as_::<CommunicationPreference>(value),
        "PrivacyConfiguration" => as_::<PrivacyConfiguration>(value),
        "LeadCustomer" => as_::<LeadCustomer>(value),
        "TrialSessionBookingRequest" => as_::<TrialSessionBookingRequest>(value),
        "ConnectCustomerRef" => as_::<ConnectCustomerRef>(value),
        "ConnectLeadRequest" => as_::<ConnectLeadRequest>(value),
        other => Err(format!("no model mapped for schema {other}")),
    }
}

/// Decodes against a media type's schema: a `$ref`, or an array of `$ref`s.
fn decode_schema(schema: &Value, value: &Value) -> Result<(), String> {
    if let Some(name) = ref_name(schema) {
        return decode(name, value);
    }
    if schema["type"] == "array" {
        let name = ref_name(&schema["items"]).ok_or("array of inline items")?;
        return value
            .as_array()
            .ok_or("expected array")?
            .iter()
            .try_for_each(|item| decode(name, item));
    }
    Err(format!("unsupported schema {schema}"))
}

/// An instance of a schema built from its property examples (first enum value,
/// placeholders where there is no example), every optional property included.
fn synthesize(spec: &Value, schema: &Value) -> Value {
    if let Some(example) = schema.get("example") {
        if ref_name(schema).is_none() {
            return example.clone();
        }
    }
    let schema = resolve(spec, schema);
    if let Some(example) = schema.get("example") {
        return example.clone();
    }
    if let Some(first) = schema.get("enum").and_then(|e| e.get(0)) {
        return first.clone();
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("object") => {
            let mut object = serde_json::Map::new();
            for (name, property) in schema
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                object.insert(name.clone(), synthesize(spec, property));
            }
            Value::Object(object)
        }
        Some("array") => json!([synthesize(spec, &schema["items"])]),
        Some("integer") => json!(7),
        Some("number") => json!(53.5),
        Some("boolean") => json!(true),
        Some("string") if schema.get("format").and_then(Value::as_str) == Some("date") => {
            json!("2000-01-31")
        }
        Some("string") => json!("text"),
        _ => Value::Null,
    }
}

// ------------------------------------------------------------------ tests: responses and examples

#[test]
fn every_schema_has_a_model_and_a_full_instance_decodes() {
    let spec = spec();
    let schemas = spec["components"]["schemas"].as_object().unwrap();
    let mut failures = Vec::new();
    for (name, schema) in schemas {
        let instance = synthesize(&spec, schema);
        let mut errors = Vec::new();
        validate(&spec, schema, &instance, name, true, &mut errors);
        assert!(
            errors.is_empty(),
            "synthesised {name} is invalid: {errors:?}"
        );
        if let Err(e) = decode(name, &instance) {
            failures.push(format!("{name}: {e}\n  {instance}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        schemas.len() > 70,
        "expected the whole spec, saw {} schemas",
        schemas.len()
    );
}

#[test]
fn every_example_in_the_spec_decodes_into_its_model() {
    let spec = spec();
    let mut checked = 0;
    let mut failures = Vec::new();
    let mut check = |place: String, schema: &Value, example: &Value| {
        checked += 1;
        if let Err(e) = decode_schema(schema, example) {
            failures.push(format!("{place}: {e}"));
        }
    };
    let media = |content: &Value| -> Vec<(Value, Value)> {
        let Some(json) = content.get("application/json") else {
            return vec![];
        };
        let schema = json["schema"].clone();
        let mut out = Vec::new();
        if let Some(example) = json.get("example") {
            out.push((schema.clone(), example.clone()));
        }
        for (_, named) in json
            .get("examples")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            out.push((schema.clone(), named["value"].clone()));
        }
        out
    };
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item
            .as_object()
            .unwrap()
            .iter()
            .filter(|(k, _)| *k == "get" || *k == "post")
        {
            if let Some(content) = op.pointer("/requestBody/content") {
                for (schema, example) in media(content) {
                    check(format!("{method} {path} request"), &schema, &example);
                }
            }
            for (status, response) in op["responses"].as_object().unwrap() {
                let response = match response.get("$ref").and_then(Value::as_str) {
                    Some(r) => &spec["components"]["responses"][r.rsplit('/').next().unwrap()],
                    None => response,
                };
                if let Some(content) = response.get("content") {
                    for (schema, example) in media(content) {
                        check(format!("{method} {path} {status}"), &schema, &example);
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked >= 15, "only {checked} examples found");
}

#[test]
fn unknown_enum_values_in_responses_are_tolerated() {
    let slot: ClassSlotValidationResult =
        serde_json::from_value(json!({"validationStatus": "NEW_REASON"})).unwrap();
    assert_eq!(
        slot.validation_status,
        ClassSlotValidationStatus::Unknown("NEW_REASON".into())
    );
    let error: ConnectError =
        serde_json::from_value(json!({"errorCodes": ["CONFLICT", "BRAND_NEW"]})).unwrap();
    assert_eq!(error.error_codes[0], ConnectErrorCode::Conflict);
    assert!(!error.error_codes[1].is_known());
    // Fields the spec does not know are ignored on responses.
    let _: Campaign =
        serde_json::from_value(json!({"id": 1, "name": "x", "externalIdentifier": "y", "new": 1}))
            .unwrap();
}

// ------------------------------------------------------------------ tests: requests

/// Checks one built request against the spec's operation for its method and template.
fn check_request<T: serde::de::DeserializeOwned>(
    spec: &Value,
    request: &Request<T>,
) -> Vec<String> {
    let mut errors = Vec::new();
    let method = match request.method {
        Method::Get => "get",
        Method::Post => "post",
    };
    let Some(op) = spec["paths"]
        .get(request.template)
        .and_then(|p| p.get(method))
    else {
        return vec![format!(
            "{} {} is not in the spec",
            request.method.as_str(),
            request.template
        )];
    };
    // The path is the template with its parameters filled in.
    let pattern = regex::Regex::new(&format!(
        "^{}$",
        regex::Regex::new(r"\\\{[^}]+\\\}")
            .unwrap()
            .replace_all(&regex::escape(request.template), "[^/]+")
    ))
    .unwrap();
    if !pattern.is_match(&request.path) || request.path.contains('{') {
        errors.push(format!(
            "path {} does not fill {}",
            request.path, request.template
        ));
    }
    let params: Vec<Value> = op
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|p| match p.get("$ref").and_then(Value::as_str) {
            Some(r) => spec["components"]["parameters"][r.rsplit('/').next().unwrap()].clone(),
            None => p.clone(),
        })
        .collect();
    let sent: BTreeSet<&str> = request.query.iter().map(|(n, _)| *n).collect();
    for param in params.iter().filter(|p| p["in"] == "query") {
        let name = param["name"].as_str().unwrap();
        if param["required"] == true && !sent.contains(name) {
            errors.push(format!("required query parameter {name} missing"));
        }
    }
    for (name, value) in &request.query {
        let Some(param) = params
            .iter()
            .find(|p| p["in"] == "query" && p["name"] == *name)
        else {
            errors.push(format!("query parameter {name} is not declared"));
            continue;
        };
        let mut schema = param["schema"].clone();
        if schema["type"] == "array" {
            schema = schema["items"].clone();
        }
        let typed = if schema["type"] == "integer" {
            value
                .parse::<i64>()
                .map(Value::from)
                .unwrap_or(Value::from(value.clone()))
        } else {
            Value::from(value.clone())
        };
        validate(
            spec,
            &schema,
            &typed,
            &format!("query {name}"),
            true,
            &mut errors,
        );
    }
    match (
        op.pointer("/requestBody/content/application~1json/schema"),
        &request.body,
    ) {
        (Some(schema), Some(body)) => validate(spec, schema, body, "body", true, &mut errors),
        (Some(_), None) if op.pointer("/requestBody/required") == Some(&json!(true)) => {
            errors.push("request body missing".into())
        }
        (None, Some(_)) => errors.push("operation takes no body".into()),
        _ => {}
    }
    errors
}

fn zdt(s: &str) -> ZonedDateTime {
    ZonedDateTime::parse(s).unwrap()
}

fn full_lead() -> LeadData {
    LeadData {
        third_party_id: Some("A1000".into()),
        firstname: "Max".into(),
        second_firstname: Some("Peter".into()),
        lastname: "Mustermann".into(),
        second_lastname: Some("Meier".into()),
        email: "max@example.com".into(),
        gender: Some(trial_api::models::Gender::Male),
        date_of_birth: Some("2000-10-10".into()),
        telephone: Some("5006001112".into()),
        language: Some(Language {
            language_code: "de".into(),
            country_code: Some("DE".into()),
        }),
        address: Some(LeadCustomerAddressData {
            street: "Burgring".into(),
            house_number: Some("23A".into()),
            zip_code: "13000".into(),
            city: "Berlin".into(),
        }),
    }
}

fn minimal_lead() -> LeadData {
    LeadData {
        firstname: "Max".into(),
        lastname: "Mustermann".into(),
        email: "max@example.com".into(),
        ..Default::default()
    }
}

#[test]
fn every_open_api_request_matches_the_spec() {
    let spec = spec();
    let appointment = AppointmentBookingRequest {
        customer_id: CustomerId(203),
        bookable_appointment_id: BookableAppointmentId(20334),
        start_date_time: zdt("2022-06-22T08:00:00.000+02:00[Europe/Berlin]"),
        end_date_time: zdt("2022-06-22T10:00:00.000+02:00[Europe/Berlin]"),
        instructor_ids: vec![InstructorId(101)],
    };
    let class_body = ClassSlotBookingRequest {
        customer_id: CustomerId(203),
        class_slot_id: ClassSlotId(20334),
    };
    let full = TrialOfferLeadRequest {
        lead_customer_data: full_lead(),
        trial_offer_config_id: TrialOfferConfigId(1),
    };
    let minimal = TrialOfferLeadRequest {
        lead_customer_data: minimal_lead(),
        trial_offer_config_id: TrialOfferConfigId(1),
    };
    let window = AppointmentSlotQuery {
        customer_id: Some(CustomerId(1001)),
        days_ahead: 6,
        slot_window_start_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23),
    };
    let bare_window = AppointmentSlotQuery {
        customer_id: None,
        days_ahead: 1,
        slot_window_start_date: None,
    };
    let mut errors: Vec<String> = Vec::new();
    let mut check =
        |name: &str, e: Vec<String>| errors.extend(e.into_iter().map(|e| format!("{name}: {e}")));
    check(
        "O1",
        check_request(&spec, &o::get_bookable_trial_offer_classes("0")),
    );
    check(
        "O2",
        check_request(
            &spec,
            &o::get_bookable_trial_offer_appointments("1234567890"),
        ),
    );
    check(
        "O3",
        check_request(&spec, &o::get_trial_offer_config(TrialOfferConfigId(1))),
    );
    check(
        "O4 full",
        check_request(&spec, &o::validate_for_lead_customer_creation(&full)),
    );
    check(
        "O4 minimal",
        check_request(&spec, &o::validate_for_lead_customer_creation(&minimal)),
    );
    check("O5", check_request(&spec, &o::create_lead_customer(&full)));
    check(
        "O6",
        check_request(
            &spec,
            &o::get_class_slots_for_trial_offers(ClassId(1001), "0"),
        ),
    );
    check(
        "O7",
        check_request(
            &spec,
            &o::get_bookable_appointment_slots_for_trial_offers(
                BookableAppointmentId(1001),
                &window,
            ),
        ),
    );
    check(
        "O7 bare",
        check_request(
            &spec,
            &o::get_bookable_appointment_slots_for_trial_offers(
                BookableAppointmentId(1001),
                &bare_window,
            ),
        ),
    );
    check(
        "O8",
        check_request(&spec, &o::validate_class_slot_for_trial_offers(&class_body)),
    );
    check(
        "O9",
        check_request(
            &spec,
            &o::validate_for_appointment_booking_for_trial_offers(&appointment),
        ),
    );
    check(
        "O10",
        check_request(&spec, &o::book_class_slot_for_trial_offers(&class_body)),
    );
    check(
        "O11",
        check_request(&spec, &o::book_appointment_for_trial_offer(&appointment)),
    );
    check(
        "O12",
        check_request(&spec, &o::confirm_trial_offer_booking(BookingId(2033))),
    );
    check(
        "O13",
        check_request(&spec, &o::book_class_slot(&class_body)),
    );
    check(
        "O14",
        check_request(
            &spec,
            &o::get_class_bookings_by_customer_id(CustomerId(203)),
        ),
    );
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn every_connect_request_matches_the_spec() {
    let spec = spec();
    let lead = LeadCustomer {
        firstname: "Max".into(),
        lastname: "Mustermann".into(),
        second_firstname: Some("Martin".into()),
        second_lastname: Some("Muster".into()),
        email: Some("mm@test.de".into()),
        phone: Some("+49 40 123 555".into()),
        gender: Some(trial_api::models::Gender::Female),
        date_of_birth: Some("1985-05-29".into()),
        place_of_birth: Some("Rom".into()),
        country_of_birth: Some(trial_api::models::CountryCode("IT".into())),
        tax_id: Some("56982134w".into()),
        customer_uuid: Some("2340b1cc-3fe7-4f81-8eca-f92181dd2bb4".into()),
        studio_id: None,
        address: Some(ConnectAddress {
            street: Some("Heinrichstraße".into()),
            house_number: Some("1b".into()),
            zip: Some("20095".into()),
            city: Some("Hamburg".into()),
            country: Some(trial_api::models::CountryCode("DE".into())),
            details: Some(ConnectAddressDetails {
                floor: Some("3".into()),
                ..Default::default()
            }),
        }),
        communication_preferences: Some(vec![CommunicationPreference {
            message_category_id: Some(MessageCategoryId(4)),
            active_communication_channels: vec![trial_api::models::CommunicationChannel::Email],
        }]),
        privacy_configuration: Some(PrivacyConfiguration {
            email: Some(true),
            phone: Some(false),
            ..Default::default()
        }),
    };
    let booking = TrialSessionBookingRequest {
        studio_id: StudioId(1),
        start_date_time: zdt("2021-08-26T10:00:00.000+02:00[Europe/Berlin]"),
        trainer_required: true,
        lead_customer: lead,
        note: Some("become fit".into()),
        participants: None,
        referral_code: None,
        referrer_id: Some(ReferrerId(10)),
        source_campaign_id: Some(CampaignId(2)),
    };
    let legacy = TrialSessionBookingRequest {
        start_date_time: zdt("2019-04-15T07:00:00.000Z"),
        lead_customer: LeadCustomer {
            firstname: "Max".into(),
            lastname: "M".into(),
            ..Default::default()
        },
        note: None,
        referrer_id: None,
        source_campaign_id: None,
        ..booking.clone()
    };
    let lead_request = ConnectLeadRequest {
        email: Some("mm@test.de".into()),
        zip_code: Some("22099".into()),
        city: Some("Hamburg".into()),
        country_code: Some("DE".into()),
        locale: Some("de_DE".into()),
        source_campaign_id: Some(CampaignId(2)),
        privacy_configuration: Some(PrivacyConfiguration {
            letter: Some(true),
            ..Default::default()
        }),
        ..ConnectLeadRequest::new(StudioId(1), "Max".into(), "Mustermann".into())
    };
    let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    let mut errors: Vec<String> = Vec::new();
    let mut check =
        |name: &str, e: Vec<String>| errors.extend(e.into_iter().map(|e| format!("{name}: {e}")));
    check("K1", check_request(&spec, &k::get_studio_list(None, &[])));
    check(
        "K1 filtered",
        check_request(
            &spec,
            &k::get_studio_list(Some("50823"), &["KOELN", "BONN"]),
        ),
    );
    check("K2", check_request(&spec, &k::get_referrals(StudioId(1))));
    check("K3", check_request(&spec, &k::list_campaigns(StudioId(1))));
    check(
        "K4",
        check_request(
            &spec,
            &k::get_trial_session_slots(StudioId(1), day(23), day(29)),
        ),
    );
    check(
        "K5",
        check_request(
            &spec,
            &k::get_lead_by_uuid("2340b1cc-3fe7-4f81-8eca-f92181dd2bb4"),
        ),
    );
    check(
        "K6",
        check_request(&spec, &k::get_trial_session_field_config(StudioId(1))),
    );
    check(
        "K7",
        check_request(&spec, &k::get_communication_settings(StudioId(1))),
    );
    check("K8", check_request(&spec, &k::book_trial_session(&booking)));
    check(
        "K8 legacy",
        check_request(&spec, &k::book_trial_session(&legacy)),
    );
    check("K9", check_request(&spec, &k::create_lead(&lead_request)));
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn optional_fields_are_left_out_not_sent_empty() {
    let body = o::validate_for_lead_customer_creation(&TrialOfferLeadRequest {
        lead_customer_data: minimal_lead(),
        trial_offer_config_id: TrialOfferConfigId(1),
    })
    .body
    .unwrap();
    assert_eq!(
        body,
        json!({"leadCustomerData": {"firstname": "Max", "lastname": "Mustermann", "email": "max@example.com"}, "trialOfferConfigId": 1})
    );
}

#[test]
fn slot_strings_are_sent_back_verbatim() {
    let raw = "2022-06-22T08:00:00+02:00[Europe/Berlin]"; // no millis: must not gain ".000"
    let body = AppointmentBookingRequest {
        customer_id: CustomerId(1),
        bookable_appointment_id: BookableAppointmentId(2),
        start_date_time: zdt(raw),
        end_date_time: zdt("2022-06-22T10:00Z[UTC]"),
        instructor_ids: vec![],
    };
    let sent = o::book_appointment_for_trial_offer(&body).body.unwrap();
    assert_eq!(sent["startDateTime"], raw);
    assert_eq!(sent["endDateTime"], "2022-06-22T10:00Z[UTC]");
    assert!(sent.get("instructorIds").is_none());
}

#[test]
fn the_validator_itself_catches_mistakes() {
    let spec = spec();
    // A request with an undeclared property, a wrong type and a bad enum value must fail.
    let mut bad = o::validate_for_lead_customer_creation(&TrialOfferLeadRequest {
        lead_customer_data: minimal_lead(),
        trial_offer_config_id: TrialOfferConfigId(1),
    });
    let body = bad.body.as_mut().unwrap();
    body["leadCustomerData"]["gender"] = json!("OTHER");
    body["leadCustomerData"]["nickname"] = json!("Maxi");
    body["trialOfferConfigId"] = json!("1");
    let errors = check_request(&spec, &bad);
    assert_eq!(errors.len(), 3, "{errors:?}");
    let mut missing = o::get_class_slots_for_trial_offers(ClassId(1), "0");
    missing.query.retain(|(n, _)| *n != "offset");
    missing.query.push(("sliceSize", "500".into()));
    assert!(check_request(&spec, &missing)
        .iter()
        .any(|e| e.contains("maximum")));
}

// ------------------------------------------------------------------ the demo studio answers per spec

/// Sends `request` to the demo studio and validates the answer against the
/// spec's response schema for that operation and status.
fn check_demo_response<T: serde::de::DeserializeOwned>(
    spec: &Value,
    studio: &mut demo_studio::DemoStudio,
    now: chrono::DateTime<chrono::Utc>,
    request: &Request<T>,
) -> (u16, Value, Vec<String>) {
    let response = studio.answer(request, now);
    let value: Value = serde_json::from_str(&response.body).unwrap_or(Value::Null);
    let method = if request.method == Method::Get {
        "get"
    } else {
        "post"
    };
    let responses = &spec["paths"][request.template][method]["responses"];
    let mut errors = Vec::new();
    match responses.get(response.status.to_string()) {
        None => errors.push(format!("status {} is not documented", response.status)),
        Some(documented) => {
            let documented = match documented.get("$ref").and_then(Value::as_str) {
                Some(r) => &spec["components"]["responses"][r.rsplit('/').next().unwrap()],
                None => documented,
            };
            let schema = &documented["content"]["application/json"]["schema"];
            validate(spec, schema, &value, "response", true, &mut errors);
        }
    }
    (response.status, value, errors)
}

#[test]
fn the_demo_studio_answers_as_the_spec_says() {
    let spec = spec();
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-21T08:00:00Z")
        .unwrap()
        .to_utc();
    let mut studio = demo_studio::DemoStudio::new(now, "https://img.example");
    let mut all = Vec::new();
    let mut run = |name: &str, r: (u16, Value, Vec<String>)| {
        all.extend(r.2.iter().map(|e| format!("{name} ({}): {e}", r.0)));
        r
    };
    let (_, classes, _) = run(
        "O1",
        check_demo_response(
            &spec,
            &mut studio,
            now,
            &o::get_bookable_trial_offer_classes("0"),
        ),
    );
    run(
        "O2",
        check_demo_response(
            &spec,
            &mut studio,
            now,
            &o::get_bookable_trial_offer_appointments("0"),
        ),
    );
    run(
        "O3",
        check_demo_response(
            &spec,
            &mut studio,
            now,
            &o::get_trial_offer_config(TrialOfferConfigId(2)),
        ),
    );
    run(
        "O3 404",
        check_demo_response(
            &spec,
            &mut studio,
            now,
            &o::get_trial_offer_config(TrialOfferConfigId(77)),
        ),
    );
    let lead = TrialOfferLeadRequest {
        lead_customer_data: minimal_lead(),
        trial_offer_config_id: TrialOfferConfigId(1),
    };
    run(
        "O4",
        check_demo_response(
            &spec,
            &mut studio,
            now,
            &o::validate_for_lead_customer_creation(&lead),
        ),
    );
    let (_, created, _) = run(
        "O5",
        check_demo_response(&spec, &mut studio, now, &o::create_lead_customer(&lead)),
    );
    let customer = created["leadCustomerId"].as_i64().unwrap();
    let class_id = classes["result"][0]["trialOfferClass"]["id"]
        .as_i64()
        .unwrap();
    let (_, slots, _) = run(
        "O6",
        check_demo_response(
            &spec,
            &mut studio,
            now,
            &o::get_class_slots_for_trial_offers(ClassId(class_id), "0"),
        ),
    );
    let window = AppointmentSlotQuery {
        customer_id: Some(CustomerId(customer)),
        days_ahead: 3,
        slot_window_start_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23),
    };
    let (_, appointment_slots, _) = run(
        "O7",
        check_demo_response(
            &spec,
            &mut studio,
            now,
            &o::get_bookable_appointment_slots_for_trial_offers(
                BookableAppointmentId(2002),
                &window,
            ),
        ),
    );
    let class_body = ClassSlotBookingRequest {
        customer_id: CustomerId(customer),
        class_slot_id: ClassSlotId(slots["result"][3]["id"].as_i64().unwrap()),
    };
    run(
        "O8",
        check_demo_response(
            &spec,
            &mut studio,
            now,
            &o::validate_class_slot_for_trial_offers(&class_body),
        ),
    );
    run(
        "O10",
        check_demo_response(
            &spec,
            &mut studio,
            now,
            &o::book_class_slot_for_trial_offers(&class_body),
        ),
    );
    run(
        "O10 again",
        check_demo_response(
            &spec,
            &mut studio,
            now,
            &o::book_class_slot_for_trial_offers(&class_body),
        ),
    );
    let appointment = AppointmentBookingRequest {
        customer_id: CustomerId(customer),
        bookable_appointment_id: BookableAppointmentId(2002),
        start_date_time: zdt(appointment_slots[0]["startDateTime"].as_str().unwrap()),
        end_date_time: zdt(appointment_slots[0]["endDateTime"].as_str().unwrap()),
        instructor_ids: vec![],
    };
    run(
        "O9",
        check_demo_response(
            &spec,
            &mut studio,
            now,
            &o::validate_for_appointment_booking_for_trial_offers(&appointment),
        ),
    );
    run(
        "O11",
        check_demo_response(
            &spec,
            &mut studio,
            now,
            &o::book_appointment_for_trial_offer(&appointment),
        ),
    );
    run(
        "O12",
        check_demo_response(
            &spec,
            &mut studio,
            now,
            &o::confirm_trial_offer_booking(BookingId(900_001)),
        ),
    );
    run(
        "O14",
        check_demo_response(
            &spec,
            &mut studio,
            now,
            &o::get_class_bookings_by_customer_id(CustomerId(customer)),
        ),
    );

    let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    run(
        "K1",
        check_demo_response(
            &spec,
            &mut studio,
            now,
            &k::get_studio_list(Some("Köln"), &[]),
        ),
    );
    run(
        "K2",
        check_demo_response(&spec, &mut studio, now, &k::get_referrals(StudioId(1))),
    );
    run(
        "K3",
        check_demo_response(&spec, &mut studio, now, &k::list_campaigns(StudioId(1))),
    );
    let (_, session, _) = run(
        "K4",
        check_demo_response(
            &spec,
            &mut studio,
            now,
            &k::get_trial_session_slots(StudioId(1), day(23), day(24)),
        ),
    );
    run(
        "K5",
        check_demo_response(
            &spec,
            &mut studio,
            now,
            &k::get_lead_by_uuid(demo_studio::KNOWN_PROSPECT_UUID),
        ),
    );
    run(
        "K6",
        check_demo_response(
            &spec,
            &mut studio,
            now,
            &k::get_trial_session_field_config(StudioId(1)),
        ),
    );
    run(
        "K7",
        check_demo_response(
            &spec,
            &mut studio,
            now,
            &k::get_communication_settings(StudioId(1)),
        ),
    );
    let booking = TrialSessionBookingRequest {
        studio_id: StudioId(1),
        start_date_time: zdt(session["slots"][0]["startDateTime"].as_str().unwrap()),
        trainer_required: true,
        lead_customer: LeadCustomer {
            firstname: "A".into(),
            lastname: "B".into(),
            email: Some("ab@example.com".into()),
            date_of_birth: Some("1990-01-01".into()),
            ..Default::default()
        },
        note: None,
        participants: None,
        referral_code: None,
        referrer_id: None,
        source_campaign_id: None,
    };
    run(
        "K8",
        check_demo_response(&spec, &mut studio, now, &k::book_trial_session(&booking)),
    );
    let (status, _, _) = run(
        "K8 conflict",
        check_demo_response(
            &spec,
            &mut studio,
            now,
            &k::book_trial_session(&TrialSessionBookingRequest {
                lead_customer: LeadCustomer {
                    email: Some("cd@example.com".into()),
                    ..booking.lead_customer.clone()
                },
                ..booking.clone()
            }),
        ),
    );
    assert_eq!(status, 409);
    run(
        "K9",
        check_demo_response(
            &spec,
            &mut studio,
            now,
            &k::create_lead(&ConnectLeadRequest::new(
                StudioId(1),
                "C".into(),
                "D".into(),
            )),
        ),
    );
    assert!(all.is_empty(), "{}", all.join("\n"));
}
