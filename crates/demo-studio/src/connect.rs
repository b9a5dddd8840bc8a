//! The demo studio's Connect side: studios, trial sessions, leads.

use super::{
    communication_settings, en, id_segment, parse_body, Berlin, ConnectLead, DemoRequest,
    DemoResponse, DemoStudio, DemoText, TrialSlot, ZONE,
};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use trial_api::models::connect::*;
use trial_api::models::FieldMode;
use trial_api::zoned::ZonedDateTime;

/// The prospect behind `?identityToken=2340b1cc-3fe7-4f81-8eca-f92181dd2bb4`.
pub const KNOWN_PROSPECT_UUID: &str = "2340b1cc-3fe7-4f81-8eca-f92181dd2bb4";

fn studio(id: StudioId, name: &str, street: &str, number: &str, zip: &str, city: &str) -> Studio {
    Studio {
        id,
        studio_name: name.into(),
        trial_session_bookable: Some(true),
        trial_session_name: Some(en(DemoText::SessionName).into()),
        zone_id: Some(ZoneId {
            id: Some(ZONE.into()),
        }),
        address: Some(StudioAddress {
            street: Some(street.into()),
            house_number: Some(number.into()),
            zip_code: Some(zip.into()),
            city: Some(city.into()),
            country_code: Some("DE".into()),
            country_code_alpha2: Some("DE".into()),
            ..Default::default()
        }),
        studio_email: Some(format!("studio{id}@kraftwerk-fitness.example")),
        studio_phone: Some("+49 221 555 01".into()),
        opening_hours: vec![OpeningHoursRange {
            day_of_week_from: Some(DayOfWeek::Monday),
            day_of_week_to: Some(DayOfWeek::Sunday),
            time_from: Some(LocalTime {
                hour: 6,
                ..Default::default()
            }),
            time_to: Some(LocalTime {
                hour: 23,
                ..Default::default()
            }),
        }],
        studio_tags: vec![StudioTag {
            identifier: "NRW".into(),
            name: "Nordrhein-Westfalen".into(),
        }],
        opening_date: None,
        closing_date: None,
        currency_code: Some("EUR".into()),
        has_rate_bundles: Some(true),
        master_studio_id: None,
    }
}

pub(super) fn studios(today: NaiveDate) -> Vec<Studio> {
    let date = trial_api::dates::iso_date;
    vec![
        studio(
            StudioId(1),
            "Kraftwerk Fitness Köln-Ehrenfeld",
            "Venloer Straße",
            "1",
            "50823",
            "Köln",
        ),
        Studio {
            trial_session_name: Some(en(DemoText::SessionNameCoach).into()),
            ..studio(
                StudioId(2),
                "Kraftwerk Fitness Bonn",
                "Poppelsdorfer Allee",
                "12",
                "53115",
                "Bonn",
            )
        },
        Studio {
            opening_date: Some(date(today + Duration::days(40))),
            ..studio(
                StudioId(3),
                "Kraftwerk Fitness Düsseldorf",
                "Kölner Straße",
                "200",
                "40227",
                "Düsseldorf",
            )
        },
        Studio {
            closing_date: Some(date(today - Duration::days(10))),
            ..studio(
                StudioId(4),
                "Kraftwerk Fitness Aachen",
                "Pontstraße",
                "5",
                "52062",
                "Aachen",
            )
        },
        Studio {
            trial_session_bookable: Some(false),
            ..studio(
                StudioId(5),
                "Kraftwerk Fitness Köln-Deutz",
                "Deutzer Freiheit",
                "80",
                "50679",
                "Köln",
            )
        },
    ]
}

/// Hourly trial sessions for three weeks: weekdays 09–19, Saturday 10–15.
pub(super) fn trial_slots(today: NaiveDate) -> Vec<TrialSlot> {
    let mut slots = Vec::new();
    for studio_id in [1, 2, 3].map(StudioId) {
        for d in 0..21 {
            let day = today + Duration::days(d);
            let hours = match day.weekday().num_days_from_monday() {
                0..=4 => 9..20,
                5 => 10..16,
                _ => continue,
            };
            for hour in hours {
                // Some hours are already taken by other prospects.
                let taken = (d + i64::from(hour) + studio_id.get()) % 4 == 0;
                slots.push(TrialSlot {
                    studio_id,
                    start: day.and_hms_opt(hour, 0, 0).unwrap(),
                    taken,
                });
            }
        }
    }
    slots
}

pub(super) fn known_prospect() -> ConnectLead {
    ConnectLead {
        id: LeadId(4711),
        uuid: KNOWN_PROSPECT_UUID.into(),
        trial_booked: false,
        lead: LeadCustomer {
            firstname: "Lena".into(),
            lastname: "Hoffmann".into(),
            email: Some("lena.hoffmann@example.com".into()),
            phone: Some("+49 221 555 0199".into()),
            gender: Some(trial_api::models::Gender::Female),
            date_of_birth: Some("1994-03-12".into()),
            studio_id: Some(StudioId(1)),
            address: Some(ConnectAddress {
                street: Some("Subbelrather Straße".into()),
                house_number: Some("24".into()),
                zip: Some("50823".into()),
                city: Some("Köln".into()),
                country: Some(trial_api::models::CountryCode("DE".into())),
                details: None,
            }),
            ..Default::default()
        },
    }
}

fn field_config(studio_id: StudioId) -> TrialSessionFieldConfig {
    use FieldMode::*;
    match studio_id.get() {
        // Köln: minimum age 16, so date of birth is needed.
        1 => TrialSessionFieldConfig {
            name_mode: Some(Mandatory),
            email_mode: Some(Mandatory),
            telephone_mode: Some(Optional),
            gender_mode: Some(Optional),
            date_of_birth_mode: Some(Optional),
            place_of_birth_mode: Some(Inactive),
            tax_id_mode: Some(Inactive),
            address_mode: Some(Inactive),
            zip_mode: Some(Inactive),
            minimum_age: Some(16),
        },
        _ => TrialSessionFieldConfig {
            name_mode: Some(Mandatory),
            email_mode: Some(Mandatory),
            telephone_mode: Some(Mandatory),
            gender_mode: Some(Inactive),
            date_of_birth_mode: Some(Inactive),
            place_of_birth_mode: Some(Inactive),
            tax_id_mode: Some(Inactive),
            address_mode: Some(Mandatory),
            zip_mode: Some(Mandatory),
            minimum_age: None,
        },
    }
}

fn zoned(local: chrono::NaiveDateTime) -> ZonedDateTime {
    ZonedDateTime::parse(&Berlin.zoned(local)).expect("demo writes valid zoned strings")
}

fn age_on(birth: NaiveDate, day: NaiveDate) -> i32 {
    let mut age = day.year() - birth.year();
    if (day.month(), day.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

impl DemoStudio {
    pub(super) fn handle_connect(
        &mut self,
        request: &DemoRequest,
        path: &[&str],
        now: DateTime<Utc>,
    ) -> DemoResponse {
        let studio_id = request.param("studioId").and_then(StudioId::parse);
        match (request.method, path) {
            ("GET", ["v2", "studio"]) => self.studio_list(request),
            ("GET", ["v1", "referral"]) => {
                self.for_studio(studio_id, |s, _| DemoResponse::json(&s.referrals))
            }
            ("GET", ["v1", "campaign"]) => {
                self.for_studio(studio_id, |s, _| DemoResponse::json(&s.campaigns))
            }
            ("GET", ["v1", "trialsession"]) => self.trial_session(request, studio_id, now),
            ("GET", ["v1", "trialsession", "config", "validation"]) => {
                self.for_studio(studio_id, |_, id| DemoResponse::json(&field_config(id)))
            }
            ("GET", ["v1", "studio", id, "communication-settings"]) => self
                .for_studio(id_segment(id, StudioId), |_, _| {
                    DemoResponse::json(&communication_settings())
                }),
            ("GET", ["v1", "lead", uuid]) => {
                match self.connect_leads.iter().find(|l| l.uuid == *uuid) {
                    Some(lead) => DemoResponse::json(&lead.lead),
                    None => self.connect_error(
                        404,
                        ConnectErrorCode::EntityNotFound,
                        "No lead with this uuid",
                    ),
                }
            }
            ("POST", ["v1", "trialsession", "book"]) => self.book_trial_session(request, now),
            ("POST", ["v1", "lead"]) => self.create_lead(request),
            _ => self.connect_error(404, ConnectErrorCode::EntityNotFound, "No such operation"),
        }
    }

    fn for_studio(
        &mut self,
        studio_id: Option<StudioId>,
        answer: impl FnOnce(&Self, StudioId) -> DemoResponse,
    ) -> DemoResponse {
        match studio_id {
            None => self.connect_error(
                400,
                ConnectErrorCode::RequiredParameterMissing,
                "studioId is required",
            ),
            Some(id) if self.studios.iter().any(|s| s.id == id) => answer(self, id),
            Some(_) => {
                self.connect_error(404, ConnectErrorCode::EntityNotFound, "Studio not found")
            }
        }
    }

    fn studio_list(&mut self, request: &DemoRequest) -> DemoResponse {
        let query = request
            .param("addressSearchQuery")
            .map(|q| q.trim().to_lowercase())
            .filter(|q| !q.is_empty());
        let tags = request.params("studioTags");
        let list: Vec<&Studio> = self
            .studios
            .iter()
            .filter(|s| {
                query.as_ref().is_none_or(|q| {
                    let address = s.address.as_ref();
                    let zip = address
                        .and_then(|a| a.zip_code.as_deref())
                        .unwrap_or("")
                        .to_lowercase();
                    let city = address
                        .and_then(|a| a.city.as_deref())
                        .unwrap_or("")
                        .to_lowercase();
                    zip.starts_with(q.as_str()) || city.starts_with(q.as_str())
                })
            })
            .filter(|s| {
                tags.is_empty()
                    || s.studio_tags
                        .iter()
                        .any(|t| tags.contains(&t.identifier.as_str()))
            })
            .collect();
        DemoResponse::json(&list)
    }

    fn trial_session(
        &mut self,
        request: &DemoRequest,
        studio_id: Option<StudioId>,
        now: DateTime<Utc>,
    ) -> DemoResponse {
        let Some(studio_id) = studio_id else {
            return self.connect_error(
                400,
                ConnectErrorCode::RequiredParameterMissing,
                "studioId is required",
            );
        };
        let dates = (request.param("startDate"), request.param("endDate"));
        let (Some(start), Some(end)) = (
            dates.0.and_then(trial_api::dates::parse_iso_date),
            dates.1.and_then(trial_api::dates::parse_iso_date),
        ) else {
            return self.connect_error(
                400,
                ConnectErrorCode::RequiredParameterMissing,
                "startDate and endDate are required (YYYY-MM-DD)",
            );
        };
        let Some(studio) = self.studios.iter().find(|s| s.id == studio_id) else {
            return self.connect_error(404, ConnectErrorCode::EntityNotFound, "Studio not found");
        };
        if studio.trial_session_bookable != Some(true) {
            return self.connect_error(
                403,
                ConnectErrorCode::FeatureDisabled,
                "Trial sessions are not offered online",
            );
        }
        let slots = self
            .trial_slots
            .iter()
            .filter(|s| {
                s.studio_id == studio_id
                    && !s.taken
                    && s.start.date() >= start
                    && s.start.date() <= end
            })
            .map(|s| (zoned(s.start), zoned(s.start + Duration::hours(1))))
            .filter(|(start, _)| start.instant() > now)
            .map(|(start, end)| TrialSessionSlot {
                start_date_time: Some(start),
                end_date_time: Some(end),
            })
            .collect();
        DemoResponse::json(&TrialSession {
            name: studio.trial_session_name.clone(),
            description: Some(en(DemoText::SessionDescription).into()),
            // Bonn always sends a coach; Köln lets the visitor choose.
            booking_without_resources_allowed: Some(studio_id != StudioId(2)),
            slots,
        })
    }

    fn book_trial_session(&mut self, request: &DemoRequest, now: DateTime<Utc>) -> DemoResponse {
        let body: TrialSessionBookingRequest = match parse_body(request) {
            Ok(b) => b,
            Err(why) => return self.connect_error(400, ConnectErrorCode::BadRequest, &why),
        };
        let Some(studio) = self
            .studios
            .iter()
            .find(|s| s.id == body.studio_id)
            .cloned()
        else {
            return self.connect_error(404, ConnectErrorCode::EntityNotFound, "Studio not found");
        };
        if studio.trial_session_bookable != Some(true) {
            return self.connect_error(
                403,
                ConnectErrorCode::FeatureDisabled,
                "Trial sessions are not offered online",
            );
        }
        let config = field_config(studio.id);
        let lead = &body.lead_customer;
        if let Some(problem) = self.lead_problem(lead, &config, now) {
            return self.connect_error(400, ConnectErrorCode::ValidationFailed, problem);
        }
        if studio.id == StudioId(2) && !body.trainer_required {
            return self.connect_error(
                400,
                ConnectErrorCode::ValidationFailed,
                "trainerRequired must be true for this studio",
            );
        }
        let email = lead.email.as_deref().unwrap_or("").to_ascii_lowercase();
        if email.starts_with("member@") {
            return self.connect_error(
                403,
                ConnectErrorCode::ActiveMemberCannotBookTrialSession,
                "Customer is an active member",
            );
        }
        let existing = self.connect_leads.iter().position(|l| {
            lead.customer_uuid.as_deref() == Some(l.uuid.as_str())
                || (!email.is_empty()
                    && l.lead.email.as_deref().map(str::to_ascii_lowercase) == Some(email.clone()))
        });
        if email.starts_with("booked@")
            || existing.is_some_and(|i| self.connect_leads[i].trial_booked)
        {
            return self.connect_error(
                409,
                ConnectErrorCode::TrialsessionAlreadyBooked,
                "Trial session already booked",
            );
        }
        let wanted = body.start_date_time.instant();
        let Some(slot) = self
            .trial_slots
            .iter_mut()
            .find(|s| s.studio_id == studio.id && !s.taken && zoned(s.start).instant() == wanted)
        else {
            // Someone else took it, or it never existed: the resources are overbooked.
            return self.connect_error(
                409,
                ConnectErrorCode::Conflict,
                "Resources are overbooked for this slot",
            );
        };
        slot.taken = true;
        let reference = match existing {
            Some(i) => {
                let entry = &mut self.connect_leads[i];
                entry.lead = LeadCustomer {
                    customer_uuid: None,
                    studio_id: Some(studio.id),
                    ..lead.clone()
                };
                entry.trial_booked = true;
                ConnectCustomerRef {
                    id: entry.id,
                    uuid: Some(entry.uuid.clone()),
                    customer_number: Some(format!("P-{}", entry.id)),
                }
            }
            None => self.new_connect_lead(lead.clone(), studio.id, true),
        };
        DemoResponse::json(&reference)
    }

    fn create_lead(&mut self, request: &DemoRequest) -> DemoResponse {
        let body: ConnectLeadRequest = match parse_body(request) {
            Ok(b) => b,
            Err(why) => return self.connect_error(400, ConnectErrorCode::BadRequest, &why),
        };
        if !self.studios.iter().any(|s| s.id == body.studio_id) {
            return self.connect_error(404, ConnectErrorCode::EntityNotFound, "Studio not found");
        }
        if body.firstname.trim().is_empty() || body.lastname.trim().is_empty() {
            return self.connect_error(
                400,
                ConnectErrorCode::ValidationFailed,
                "firstname and lastname are required",
            );
        }
        if body.email.as_deref().is_some_and(|e| !e.contains('@')) {
            return self.connect_error(400, ConnectErrorCode::ValidationFailed, "email is invalid");
        }
        let lead = LeadCustomer {
            firstname: body.firstname,
            lastname: body.lastname,
            email: body.email,
            phone: body.phone,
            gender: Some(body.gender.unwrap_or(trial_api::models::Gender::Unisex)),
            date_of_birth: body.date_of_birth,
            ..Default::default()
        };
        let reference = self.new_connect_lead(lead, body.studio_id, false);
        DemoResponse::json(&reference)
    }

    fn new_connect_lead(
        &mut self,
        lead: LeadCustomer,
        studio_id: StudioId,
        trial_booked: bool,
    ) -> ConnectCustomerRef {
        let id = LeadId(self.next_id());
        let uuid = format!("00000000-0000-4000-8000-{:012}", id.get());
        self.connect_leads.push(ConnectLead {
            id,
            uuid: uuid.clone(),
            trial_booked,
            lead: LeadCustomer {
                customer_uuid: None,
                studio_id: Some(studio_id),
                ..lead
            },
        });
        ConnectCustomerRef {
            id,
            uuid: Some(uuid),
            customer_number: Some(format!("P-{id}")),
        }
    }

    /// What the server's own validation rejects (the widget checks the same first).
    fn lead_problem(
        &self,
        lead: &LeadCustomer,
        config: &TrialSessionFieldConfig,
        now: DateTime<Utc>,
    ) -> Option<&'static str> {
        let required = |mode: &Option<FieldMode>| mode.as_ref().is_some_and(FieldMode::is_required);
        if lead.firstname.trim().is_empty() || lead.lastname.trim().is_empty() {
            return Some("firstname and lastname are required");
        }
        if required(&config.email_mode) && lead.email.as_deref().is_none_or(|e| !e.contains('@')) {
            return Some("a valid email is required");
        }
        if required(&config.telephone_mode)
            && lead.phone.as_deref().is_none_or(|p| p.trim().is_empty())
        {
            return Some("phone is required");
        }
        let address = lead.address.clone().unwrap_or_default();
        if required(&config.address_mode) && (address.street.is_none() || address.city.is_none()) {
            return Some("address is required");
        }
        if required(&config.zip_mode) && address.zip.is_none() {
            return Some("zip is required");
        }
        if let Some(minimum) = config.minimum_age {
            let Some(birth) = lead
                .date_of_birth
                .as_deref()
                .and_then(trial_api::dates::parse_iso_date)
            else {
                return Some("dateOfBirth is required");
            };
            if age_on(birth, Berlin.local(now).date()) < minimum as i32 {
                return Some("customer is younger than the minimum age");
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn age_counts_birthdays() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(age_on(d("2010-11-21"), d("2026-11-21")), 16);
        assert_eq!(age_on(d("2010-11-22"), d("2026-11-21")), 15);
        assert_eq!(age_on(d("2008-02-29"), d("2026-02-28")), 17);
    }
}
