//! The demo studio's trial offers (Open API side).

use super::{
    en, id_segment, parse_body, Berlin, Booking, BookingKind, DemoAppointment, DemoClass,
    DemoRequest, DemoResponse, DemoStudio, DemoText, OpenApiLead, Stage,
};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use trial_api::models::open_api::*;
use trial_api::models::{
    BookableAppointmentId, BookingId, ClassId, ClassSlotId, CustomerId, FieldMode, InstructorId,
    LeadDataConfigId, LocationId, Page, TrialOfferConfigId, TrialOfferId,
};
use trial_api::zoned::ZonedDateTime;

/// A class booking made through the trial-offer operations, or the regular
/// one (`/v1/classes/booking/book`), which knows no trial contingent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ClassBooking {
    TrialOffer,
    Regular,
}

const STANDARD: TrialOfferConfigId = TrialOfferConfigId(1);
const CONFIRMATION: TrialOfferConfigId = TrialOfferConfigId(2);
const DETAILED: TrialOfferConfigId = TrialOfferConfigId(3);

pub(super) fn configs() -> Vec<TrialOfferConfig> {
    let lead_config = |id, gender, dob, tel, address| TrialOfferLeadDataConfig {
        trial_offer_lead_data_config_id: id,
        gender_mode: gender,
        date_of_birth_mode: dob,
        telephone_mode: tel,
        address_mode: address,
    };
    use FieldMode::*;
    vec![
        TrialOfferConfig {
            id: STANDARD,
            name: en(DemoText::ConfigStandard).into(),
            prevent_multiple_bookings_term: Term {
                value: 6,
                unit: TermUnit::Month,
            },
            contingent: 2,
            confirmation_of_booking_term: None,
            allow_booking_for_leads: true,
            lead_data_config: lead_config(
                LeadDataConfigId(11),
                Optional,
                Inactive,
                Mandatory,
                Inactive,
            ),
        },
        TrialOfferConfig {
            id: CONFIRMATION,
            name: en(DemoText::ConfigConfirmation).into(),
            prevent_multiple_bookings_term: Term {
                value: 1,
                unit: TermUnit::Year,
            },
            contingent: 1,
            confirmation_of_booking_term: Some(TermWithMinutes {
                value: 1,
                unit: TermWithMinutesUnit::Day,
            }),
            allow_booking_for_leads: true,
            lead_data_config: lead_config(
                LeadDataConfigId(12),
                Mandatory,
                Optional,
                Optional,
                Mandatory,
            ),
        },
        TrialOfferConfig {
            id: DETAILED,
            name: en(DemoText::ConfigIntro).into(),
            prevent_multiple_bookings_term: Term {
                value: 2,
                unit: TermUnit::Week,
            },
            contingent: 1,
            confirmation_of_booking_term: None,
            allow_booking_for_leads: true,
            lead_data_config: lead_config(
                LeadDataConfigId(13),
                Inactive,
                Mandatory,
                Mandatory,
                Optional,
            ),
        },
    ]
}

fn anna() -> Instructor {
    Instructor {
        id: InstructorId(101),
        first_name: "Anna".into(),
        last_name: "Berger".into(),
        public_name: Some("Anna B.".into()),
    }
}
fn jonas() -> Instructor {
    Instructor {
        id: InstructorId(102),
        first_name: "Jonas".into(),
        last_name: "Krüger".into(),
        public_name: None,
    }
}
fn mei() -> Instructor {
    Instructor {
        id: InstructorId(103),
        first_name: "Mei".into(),
        last_name: "Lindqvist".into(),
        public_name: Some("Coach Mei".into()),
    }
}

fn class(
    id: ClassId,
    title: &str,
    category: &str,
    minutes: i32,
    description: &str,
    image: Option<String>,
) -> Class {
    Class {
        id,
        title: Some(title.into()),
        class_type: Some(ClassType::Studio),
        duration: Some(minutes),
        category: Some(category.into()),
        description: Some(description.into()),
        img_url: image,
        bookable: true,
        cancel_condition: Some(ClassCancelationCondition {
            cancelation_after_latest_possible: Some(false),
            latest_cancel_term: Some(TermWithMinutes {
                value: 2,
                unit: TermWithMinutesUnit::Hours,
            }),
        }),
    }
}

struct SlotPlan {
    /// Days from today (−1 … 14).
    day: i64,
    at: (u32, u32),
    max: i32,
    booked: i32,
    waiting_max: i32,
    waiting: i32,
    /// Days from today until booking opens (for a window that is not open yet).
    opens_in_days: Option<i64>,
}

fn plan(day: i64, at: (u32, u32), max: i32, booked: i32) -> SlotPlan {
    SlotPlan {
        day,
        at,
        max,
        booked,
        waiting_max: 0,
        waiting: 0,
        opens_in_days: None,
    }
}

pub(super) fn classes(today: NaiveDate, image_base: &str) -> Vec<DemoClass> {
    let image = |name: &str| Some(format!("{}/{name}.svg", image_base.trim_end_matches('/')));
    let mut next_slot = 30_000;
    let mut build = |c: Class,
                     config_id,
                     minutes: i64,
                     instructors: Vec<Instructor>,
                     room: Location,
                     plans: Vec<SlotPlan>| {
        let slots = plans
            .into_iter()
            .map(|p| {
                next_slot += 1;
                let start = NaiveDateTime::new(
                    today + Duration::days(p.day),
                    NaiveTime::from_hms_opt(p.at.0, p.at.1, 0).unwrap(),
                );
                let end = start + Duration::minutes(minutes);
                let earliest = match p.opens_in_days {
                    Some(days) => (today + Duration::days(days)).and_hms_opt(0, 0, 0).unwrap(),
                    None => start - Duration::days(21),
                };
                ClassSlot {
                    id: ClassSlotId(next_slot),
                    start_date_time: Some(zoned(start)),
                    end_date_time: Some(zoned(end)),
                    class_information: Some(BasicClass {
                        id: c.id,
                        title: c.title.clone(),
                    }),
                    instructors: instructors.clone(),
                    location: Some(room.clone()),
                    earliest_booking_date_time: Some(zoned(earliest)),
                    latest_booking_date_time: Some(zoned(start - Duration::minutes(30))),
                    max_participants: Some(p.max),
                    max_waiting_list_participants: Some(p.waiting_max),
                    booked_participants: Some(p.booked),
                    additional_participants: 0,
                    waiting_list_participants: Some(p.waiting),
                }
            })
            .collect();
        DemoClass {
            class: c,
            config_id,
            slots,
        }
    };
    let studio_a = Location {
        id: LocationId(201),
        name: en(DemoText::RoomCourse).into(),
        description: Some(en(DemoText::RoomCourseDescription).into()),
    };
    let studio_b = Location {
        id: LocationId(202),
        name: en(DemoText::RoomFreeWeights).into(),
        description: None,
    };

    // Yoga: every evening, plenty of room; yesterday's slot is in the past.
    let yoga = (-1..=14)
        .map(|d| plan(d, (18, 30), 16, (d * 3 % 11) as i32))
        .collect();
    // HIIT: Mon/Wed/Fri mornings; a nearly full slot, a full one with a waiting list, a full one.
    let mut hiit = Vec::new();
    let mut n = 0;
    for d in 0..=14 {
        let weekday = (today + Duration::days(d)).weekday().num_days_from_monday();
        if [0, 2, 4].contains(&weekday) || d == 1 {
            let mut p = plan(d, (7, 0), 12, 5);
            p.waiting_max = 4;
            match n {
                0 => p.booked = 11,
                1 => {
                    p.booked = 12;
                    p.waiting = 1;
                }
                2 => {
                    p.booked = 12;
                    p.waiting = 4;
                }
                _ => {}
            }
            n += 1;
            hiit.push(p);
        }
    }
    // Barbell: Tue/Thu evenings; the last one's booking window opens in 5 days.
    let mut barbell: Vec<SlotPlan> = (1..=14)
        .filter(|d| {
            [1, 3].contains(
                &(today + Duration::days(*d))
                    .weekday()
                    .num_days_from_monday(),
            )
        })
        .map(|d| plan(d, (19, 0), 8, 3))
        .collect();
    if let Some(last) = barbell.last_mut() {
        last.opens_in_days = Some(5);
    }
    vec![
        build(
            class(
                ClassId(1001),
                en(DemoText::ClassYogaTitle),
                en(DemoText::ClassYogaCategory),
                60,
                en(DemoText::ClassYogaDescription),
                image("yoga"),
            ),
            STANDARD,
            60,
            vec![anna()],
            studio_a.clone(),
            yoga,
        ),
        build(
            class(
                ClassId(1002),
                en(DemoText::ClassHiitTitle),
                en(DemoText::ClassHiitCategory),
                30,
                en(DemoText::ClassHiitDescription),
                image("hiit"),
            ),
            STANDARD,
            30,
            vec![jonas()],
            studio_a,
            hiit,
        ),
        build(
            class(
                ClassId(1003),
                en(DemoText::ClassBarbellTitle),
                en(DemoText::ClassBarbellCategory),
                75,
                en(DemoText::ClassBarbellDescription),
                image("barbell"),
            ),
            CONFIRMATION,
            75,
            vec![mei(), jonas()],
            studio_b,
            barbell,
        ),
    ]
}

pub(super) fn appointments(image_base: &str) -> Vec<DemoAppointment> {
    let image = |name: &str| Some(format!("{}/{name}.svg", image_base.trim_end_matches('/')));
    vec![
        DemoAppointment {
            appointment: BookableAppointment {
                id: BookableAppointmentId(2001),
                title: Some(en(DemoText::AppointmentIntroTitle).into()),
                duration: Some(60),
                category: Some(en(DemoText::AppointmentIntroCategory).into()),
                description: Some(en(DemoText::AppointmentIntroDescription).into()),
                img_url: image("intro"),
            },
            config_id: DETAILED,
            times: vec![(10, 0), (14, 0), (17, 0)],
            weekdays: vec![0, 1, 2, 3, 4],
            instructors: vec![anna(), mei()],
        },
        DemoAppointment {
            appointment: BookableAppointment {
                id: BookableAppointmentId(2002),
                title: Some(en(DemoText::AppointmentBodyCheckTitle).into()),
                duration: Some(30),
                category: Some(en(DemoText::AppointmentBodyCheckCategory).into()),
                description: Some(en(DemoText::AppointmentBodyCheckDescription).into()),
                img_url: None,
            },
            config_id: STANDARD,
            times: vec![(9, 0), (9, 30), (11, 0), (16, 30)],
            weekdays: vec![1, 2, 3, 4, 5],
            instructors: vec![jonas()],
        },
    ]
}

/// Two bookings waiting for confirmation, for the confirm landing: one still
/// in time (id 900001), one too late (id 900002).
pub(super) fn seed_confirmable_bookings(studio: &mut DemoStudio, now: DateTime<Utc>) {
    for (id, days) in [(900_001, 5), (900_002, 0)] {
        let start = now + Duration::days(days) + Duration::hours(3);
        studio.bookings.push(Booking {
            id: BookingId(id),
            customer_id: CustomerId(4000),
            config_id: CONFIRMATION,
            start,
            end: start + Duration::minutes(75),
            kind: BookingKind::Class {
                slot_id: ClassSlotId(0),
                class_id: ClassId(1003),
                status: ClassBookingStatus::BookedWithConfirmationRequired,
            },
        });
    }
}

fn zoned(local: NaiveDateTime) -> ZonedDateTime {
    ZonedDateTime::parse(&Berlin.zoned(local)).expect("demo writes valid zoned strings")
}

/// `sliceSize` 10..=100 (default 50) and `offset` (default "0").
fn paging(request: &DemoRequest) -> Result<(usize, String), &'static str> {
    let size = match request.param("sliceSize") {
        None => 50,
        Some(text) => text
            .parse::<usize>()
            .ok()
            .filter(|s| (10..=100).contains(s))
            .ok_or("sliceSize must be 10..100")?,
    };
    Ok((size, request.param("offset").unwrap_or("0").to_string()))
}

impl DemoStudio {
    pub(super) fn handle_open_api(
        &mut self,
        request: &DemoRequest,
        path: &[&str],
        now: DateTime<Utc>,
    ) -> DemoResponse {
        match (request.method, path) {
            ("GET", ["trial-offers", "bookable-trial-offers", "classes"]) => {
                self.list_classes(request)
            }
            ("GET", ["trial-offers", "bookable-trial-offers", "appointments", "bookable"]) => {
                self.list_appointments(request)
            }
            ("GET", ["trial-offers", "config", id]) => match self
                .configs
                .iter()
                .find(|c| Some(c.id) == id_segment(id, TrialOfferConfigId))
            {
                Some(config) => DemoResponse::json(config),
                None => {
                    self.open_api_error(404, "ENTITY_NOT_FOUND", "Trial offer config not found")
                }
            },
            ("POST", ["trial-offers", "lead", "validate"]) => self.lead(request, Stage::Validate),
            ("POST", ["trial-offers", "lead", "create"]) => self.lead(request, Stage::Carry),
            ("GET", ["trial-offers", "bookable-trial-offers", "classes", id, "slots"]) => {
                self.class_slots(request, id_segment(id, ClassId), now)
            }
            (
                "GET",
                ["trial-offers", "bookable-trial-offers", "appointments", "bookable", id, "slots"],
            ) => self.appointment_slots(request, id_segment(id, BookableAppointmentId), now),
            ("POST", ["trial-offers", "classes", "booking", "validate"]) => {
                self.class_booking(request, now, Stage::Validate, ClassBooking::TrialOffer)
            }
            ("POST", ["trial-offers", "classes", "booking", "book"]) => {
                self.class_booking(request, now, Stage::Carry, ClassBooking::TrialOffer)
            }
            ("POST", ["classes", "booking", "book"]) => {
                self.class_booking(request, now, Stage::Carry, ClassBooking::Regular)
            }
            ("GET", ["classes", "booking"]) => self.customer_class_bookings(request),
            ("POST", ["trial-offers", "appointments", "booking", "validate"]) => {
                self.appointment_booking(request, now, Stage::Validate)
            }
            ("POST", ["trial-offers", "appointments", "booking", "book"]) => {
                self.appointment_booking(request, now, Stage::Carry)
            }
            ("POST", ["trial-offers", "bookings", id, "confirm"]) => {
                self.confirm(id_segment(id, BookingId), now)
            }
            _ => self.open_api_error(404, "NOT_FOUND", "No such operation"),
        }
    }

    fn list_classes(&mut self, request: &DemoRequest) -> DemoResponse {
        let items: Vec<(i64, TrialOfferClass)> = self
            .classes
            .iter()
            .map(|c| {
                let item = TrialOfferClass {
                    trial_offer_config_id: c.config_id,
                    trial_offer_class: c.class.clone(),
                    id: Some(TrialOfferId(c.class.id.get() + 70_000)),
                };
                (c.class.id.get(), item)
            })
            .collect();
        self.page_by_last_id(request, items)
    }

    fn list_appointments(&mut self, request: &DemoRequest) -> DemoResponse {
        let items: Vec<(i64, BookableTrialOfferAppointment)> = self
            .appointments
            .iter()
            .map(|a| {
                let item = BookableTrialOfferAppointment {
                    trial_offer_config_id: a.config_id,
                    trial_offer_bookable_appointment: a.appointment.clone(),
                    id: Some(TrialOfferId(a.appointment.id.get() + 80_000)),
                };
                (a.appointment.id.get(), item)
            })
            .collect();
        self.page_by_last_id(request, items)
    }

    /// One page of a catalogue list whose `offset` is the last id returned
    /// (ids as the API writes them).
    fn page_by_last_id<T: serde::Serialize>(
        &mut self,
        request: &DemoRequest,
        items: Vec<(i64, T)>,
    ) -> DemoResponse {
        let (size, offset) = match paging(request) {
            Ok(p) => p,
            Err(why) => return self.open_api_error(400, "INVALID_PARAMETER", why),
        };
        let after: i64 = offset.parse().unwrap_or(0);
        let mut rest: Vec<(i64, T)> = items.into_iter().filter(|(id, _)| *id > after).collect();
        let has_next = rest.len() > size;
        rest.truncate(size);
        let offset = rest.last().map(|(id, _)| id.to_string()).unwrap_or(offset);
        DemoResponse::json(&Page {
            has_next,
            result: rest.into_iter().map(|(_, item)| item).collect(),
            offset,
        })
    }

    fn class_slots(
        &mut self,
        request: &DemoRequest,
        class_id: Option<ClassId>,
        now: DateTime<Utc>,
    ) -> DemoResponse {
        let (size, offset) = match paging(request) {
            Ok(p) => p,
            Err(why) => return self.open_api_error(400, "INVALID_PARAMETER", why),
        };
        let Some(class) = self.classes.iter().find(|c| Some(c.class.id) == class_id) else {
            return self.open_api_error(404, "ENTITY_NOT_FOUND", "Class not found");
        };
        // The window is fixed: one day back to fourteen days ahead.
        let (from, to) = (now - Duration::days(1), now + Duration::days(14));
        let in_window: Vec<&ClassSlot> = class
            .slots
            .iter()
            .filter(|s| {
                s.start_date_time
                    .as_ref()
                    .is_some_and(|t| t.instant() >= from && t.instant() <= to)
            })
            .collect();
        // This endpoint's offset is a running count.
        let skip: usize = offset.parse().unwrap_or(0);
        let page: Vec<ClassSlot> = in_window
            .iter()
            .skip(skip)
            .take(size)
            .map(|s| (*s).clone())
            .collect();
        let next = skip + page.len();
        DemoResponse::json(&Page {
            has_next: next < in_window.len(),
            result: page,
            offset: next.to_string(),
        })
    }

    fn appointment_slots(
        &mut self,
        request: &DemoRequest,
        id: Option<BookableAppointmentId>,
        now: DateTime<Utc>,
    ) -> DemoResponse {
        let Some(appointment) = self
            .appointments
            .iter()
            .find(|a| Some(a.appointment.id) == id)
            .cloned()
        else {
            return self.open_api_error(404, "ENTITY_NOT_FOUND", "Bookable appointment not found");
        };
        let days = match request.param("daysAhead") {
            None => 1,
            Some(text) => match text.parse::<i64>().ok().filter(|d| (1..=6).contains(d)) {
                Some(d) => d,
                None => {
                    return self.open_api_error(400, "INVALID_PARAMETER", "daysAhead must be 1..6")
                }
            },
        };
        let start = match request.param("slotWindowStartDate") {
            None => self.today,
            Some(text) => match trial_api::dates::parse_iso_date(text) {
                Some(d) => d,
                None => {
                    return self.open_api_error(
                        400,
                        "INVALID_PARAMETER",
                        "slotWindowStartDate must be YYYY-MM-DD",
                    )
                }
            },
        };
        let slots: Vec<BookableAppointmentSlot> = (0..days)
            .flat_map(|d| self.appointment_starts(&appointment, start + Duration::days(d)))
            .filter(|(s, _)| {
                s.instant() > now
                    && !self.appointment_taken(appointment.appointment.id, s.instant())
            })
            .map(|(s, e)| BookableAppointmentSlot {
                start_date_time: Some(s),
                end_date_time: Some(e),
                instructors: appointment.instructors.clone(),
            })
            .collect();
        DemoResponse::json(&slots)
    }

    fn appointment_starts(
        &self,
        appointment: &DemoAppointment,
        day: NaiveDate,
    ) -> Vec<(ZonedDateTime, ZonedDateTime)> {
        if !appointment
            .weekdays
            .contains(&day.weekday().num_days_from_monday())
        {
            return Vec::new();
        }
        let minutes = i64::from(appointment.appointment.duration.unwrap_or(60));
        appointment
            .times
            .iter()
            .map(|(h, m)| {
                let start = day.and_hms_opt(*h, *m, 0).unwrap();
                (zoned(start), zoned(start + Duration::minutes(minutes)))
            })
            .collect()
    }

    fn appointment_taken(
        &self,
        appointment_id: BookableAppointmentId,
        start: DateTime<Utc>,
    ) -> bool {
        self.bookings.iter().any(|b| {
            matches!(b.kind, BookingKind::Appointment { appointment_id: a } if a == appointment_id)
                && b.start == start
        })
    }

    fn lead(&mut self, request: &DemoRequest, stage: Stage) -> DemoResponse {
        let body: TrialOfferLeadRequest = match parse_body(request) {
            Ok(b) => b,
            Err(why) => return self.open_api_error(400, "INVALID_REQUEST", &why),
        };
        if !self
            .configs
            .iter()
            .any(|c| c.id == body.trial_offer_config_id)
        {
            return self.open_api_error(404, "ENTITY_NOT_FOUND", "Trial offer config not found");
        }
        let data = &body.lead_customer_data;
        let email = data.email.trim().to_ascii_lowercase();
        let valid = !data.firstname.trim().is_empty()
            && !data.lastname.trim().is_empty()
            && email
                .split_once('@')
                .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'))
            && data
                .date_of_birth
                .as_deref()
                .is_none_or(|d| trial_api::dates::parse_iso_date(d).is_some());
        let status = if !valid {
            LeadValidationStatus::InvalidLeadCustomerData
        } else if email.starts_with("duplicate@") || self.leads.iter().any(|l| l.email == email) {
            LeadValidationStatus::DuplicateCustomer
        } else {
            LeadValidationStatus::Possible
        };
        if stage == Stage::Validate {
            return DemoResponse::json(&LeadValidationResult {
                validation_status: status,
            });
        }
        if status != LeadValidationStatus::Possible {
            return self.open_api_error(400, status.as_str(), "Lead customer cannot be created");
        }
        let id = CustomerId(self.next_id());
        self.leads.push(OpenApiLead { id, email });
        DemoResponse::json(&LeadCreationResult {
            lead_customer_id: Some(id),
        })
    }

    fn class_booking(
        &mut self,
        request: &DemoRequest,
        now: DateTime<Utc>,
        stage: Stage,
        kind: ClassBooking,
    ) -> DemoResponse {
        let body: ClassSlotBookingRequest = match parse_body(request) {
            Ok(b) => b,
            Err(why) => return self.open_api_error(400, "INVALID_REQUEST", &why),
        };
        let Some(lead) = self
            .leads
            .iter()
            .find(|l| l.id == body.customer_id)
            .cloned()
        else {
            return self.open_api_error(404, "ENTITY_NOT_FOUND", "Customer not found");
        };
        let Some((ci, si)) = self.classes.iter().enumerate().find_map(|(ci, c)| {
            c.slots
                .iter()
                .position(|s| s.id == body.class_slot_id)
                .map(|si| (ci, si))
        }) else {
            return self.open_api_error(404, "ENTITY_NOT_FOUND", "Class slot not found");
        };
        let config_id = self.classes[ci].config_id;
        let config = self
            .configs
            .iter()
            .find(|c| c.id == config_id)
            .cloned()
            .expect("class config");
        let slot = &self.classes[ci].slots[si];
        let start = slot.start_date_time.as_ref().unwrap().instant();
        let end = slot.end_date_time.as_ref().unwrap().instant();
        let free = slot.max_participants.unwrap_or(0)
            - slot.booked_participants.unwrap_or(0)
            - slot.additional_participants;
        let waiting_room = slot.max_waiting_list_participants.unwrap_or(0)
            - slot.waiting_list_participants.unwrap_or(0);
        use ClassSlotValidationStatus as V;
        let status = if start <= now || slot.latest_booking_date_time.as_ref().is_some_and(|t| now > t.instant()) {
            V::DateTimeAfterLatestBookingDateTime
        } else if slot.earliest_booking_date_time.as_ref().is_some_and(|t| now < t.instant()) {
            V::DateTimeBeforeEarliestBookingDateTime
        } else if self.bookings.iter().any(|b| b.customer_id == lead.id && matches!(b.kind, BookingKind::Class { slot_id, .. } if slot_id == body.class_slot_id)) {
            V::CustomerAlreadyBooked
        } else if self.bookings.iter().any(|b| b.customer_id == lead.id && b.start < end && start < b.end) {
            V::CustomerInOtherBooking
        } else if kind == ClassBooking::TrialOffer && self.bookings.iter().filter(|b| b.customer_id == lead.id && b.config_id == config_id).count() >= config.contingent as usize {
            V::NoContingent
        } else if free <= 0 && waiting_room <= 0 {
            V::BookingLimitReached
        } else {
            V::Available
        };
        if stage == Stage::Validate {
            return DemoResponse::json(&ClassSlotValidationResult {
                validation_status: status,
            });
        }
        if status != V::Available {
            return self.open_api_error(409, status.as_str(), "The class slot cannot be booked");
        }
        let slot = &mut self.classes[ci].slots[si];
        let booking_status = if free > 0 {
            slot.booked_participants = Some(slot.booked_participants.unwrap_or(0) + 1);
            if config.confirmation_of_booking_term.is_some() {
                ClassBookingStatus::BookedWithConfirmationRequired
            } else {
                ClassBookingStatus::Booked
            }
        } else {
            slot.waiting_list_participants = Some(slot.waiting_list_participants.unwrap_or(0) + 1);
            ClassBookingStatus::WaitingList
        };
        let class_id = self.classes[ci].class.id;
        let id = BookingId(self.next_id());
        self.bookings.push(Booking {
            id,
            customer_id: lead.id,
            config_id,
            start,
            end,
            kind: BookingKind::Class {
                slot_id: body.class_slot_id,
                class_id,
                status: booking_status.clone(),
            },
        });
        DemoResponse::json(&ClassSlotBooking {
            booking_id: id,
            booking_status,
            class_slot_id: body.class_slot_id,
            class_id,
            customer_id: lead.id,
            class_slot_status: SlotStatus::Planned,
            participant_status: ParticipantStatus::Unset,
        })
    }

    fn customer_class_bookings(&mut self, request: &DemoRequest) -> DemoResponse {
        let Some(customer) = request.param("customerId").and_then(CustomerId::parse) else {
            return self.open_api_error(400, "INVALID_PARAMETER", "customerId is required");
        };
        let list: Vec<ClassSlotBooking> = self
            .bookings
            .iter()
            .filter(|b| b.customer_id == customer)
            .filter_map(|b| match &b.kind {
                BookingKind::Class {
                    slot_id,
                    class_id,
                    status,
                } => Some(ClassSlotBooking {
                    booking_id: b.id,
                    booking_status: status.clone(),
                    class_slot_id: *slot_id,
                    class_id: *class_id,
                    customer_id: b.customer_id,
                    class_slot_status: SlotStatus::Planned,
                    participant_status: ParticipantStatus::Unset,
                }),
                BookingKind::Appointment { .. } => None,
            })
            .collect();
        DemoResponse::json(&list)
    }

    fn appointment_booking(
        &mut self,
        request: &DemoRequest,
        now: DateTime<Utc>,
        stage: Stage,
    ) -> DemoResponse {
        let body: AppointmentBookingRequest = match parse_body(request) {
            Ok(b) => b,
            Err(why) => return self.open_api_error(400, "INVALID_REQUEST", &why),
        };
        let Some(lead) = self
            .leads
            .iter()
            .find(|l| l.id == body.customer_id)
            .cloned()
        else {
            return self.open_api_error(404, "ENTITY_NOT_FOUND", "Customer not found");
        };
        let Some(appointment) = self
            .appointments
            .iter()
            .find(|a| a.appointment.id == body.bookable_appointment_id)
            .cloned()
        else {
            return self.open_api_error(404, "ENTITY_NOT_FOUND", "Bookable appointment not found");
        };
        let config = self
            .configs
            .iter()
            .find(|c| c.id == appointment.config_id)
            .cloned()
            .expect("appointment config");
        let (start, end) = (body.start_date_time.instant(), body.end_date_time.instant());
        let minutes = i64::from(appointment.appointment.duration.unwrap_or(60));
        let local_day = Berlin.local(start).date();
        let scheduled = self
            .appointment_starts(&appointment, local_day)
            .iter()
            .any(|(s, _)| s.instant() == start);
        use AppointmentValidationStatus as V;
        let status = if end <= start {
            V::EndDateTimeNotAfterStartDateTime
        } else if end - start != Duration::minutes(minutes) {
            V::PeriodDoesNotMatch
        } else if start <= now {
            V::PastStartDateTime
        } else if !scheduled {
            V::NotAvailable
        } else if self.appointment_taken(appointment.appointment.id, start) {
            V::ResourceNotAvailable
        } else if self
            .bookings
            .iter()
            .any(|b| b.customer_id == lead.id && b.start < end && start < b.end)
        {
            V::CustomerInOtherBooking
        } else if self
            .bookings
            .iter()
            .filter(|b| b.customer_id == lead.id && b.config_id == config.id)
            .count()
            >= config.contingent as usize
        {
            V::NoContingent
        } else {
            V::Available
        };
        if stage == Stage::Validate {
            return DemoResponse::json(&AppointmentValidationResult {
                validation_status: status,
            });
        }
        if status != V::Available {
            return self.open_api_error(409, status.as_str(), "The appointment cannot be booked");
        }
        let id = BookingId(self.next_id());
        self.bookings.push(Booking {
            id,
            customer_id: lead.id,
            config_id: config.id,
            start,
            end,
            kind: BookingKind::Appointment {
                appointment_id: appointment.appointment.id,
            },
        });
        let instructors = appointment
            .instructors
            .iter()
            .filter(|i| body.instructor_ids.is_empty() || body.instructor_ids.contains(&i.id))
            .cloned()
            .collect();
        DemoResponse::json(&AppointmentBooking {
            booking_id: id,
            booking_status: if config.confirmation_of_booking_term.is_some() {
                AppointmentBookingStatus::BookedWithConfirmationRequired
            } else {
                AppointmentBookingStatus::Booked
            },
            start_date_time: body.start_date_time,
            end_date_time: body.end_date_time,
            title: appointment.appointment.title,
            duration: appointment.appointment.duration,
            category: appointment.appointment.category,
            description: appointment.appointment.description,
            img_url: appointment.appointment.img_url,
            instructors,
            appointment_status: SlotStatus::Planned,
            participant_status: ParticipantStatus::Unset,
        })
    }

    fn confirm(&mut self, booking_id: Option<BookingId>, now: DateTime<Utc>) -> DemoResponse {
        let Some(booking) = self
            .bookings
            .iter()
            .find(|b| Some(b.id) == booking_id)
            .cloned()
        else {
            return self.open_api_error(404, "ENTITY_NOT_FOUND", "Booking not found");
        };
        let term = self
            .configs
            .iter()
            .find(|c| c.id == booking.config_id)
            .and_then(|c| c.confirmation_of_booking_term.clone());
        let deadline = match term {
            Some(t) => booking.start - term_duration(&t),
            None => booking.start,
        };
        let status = if now <= deadline {
            BookingConfirmationStatus::Confirmed
        } else {
            BookingConfirmationStatus::Expired
        };
        DemoResponse::json(&BookingConfirmationResult { status })
    }
}

fn term_duration(term: &TermWithMinutes) -> Duration {
    let n = i64::from(term.value);
    match term.unit {
        TermWithMinutesUnit::Minutes => Duration::minutes(n),
        TermWithMinutesUnit::Hours => Duration::hours(n),
        TermWithMinutesUnit::Day => Duration::days(n),
        TermWithMinutesUnit::Week => Duration::weeks(n),
        TermWithMinutesUnit::Month => Duration::days(30 * n),
        TermWithMinutesUnit::Year => Duration::days(365 * n),
        TermWithMinutesUnit::Unknown(_) => Duration::zero(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use trial_api::client::{block_on, fetch_all};
    use trial_api::ApiError;

    #[test]
    fn lists_paged_by_last_id_walk_to_the_end() {
        let now = DateTime::parse_from_rfc3339("2026-11-21T08:00:00Z")
            .unwrap()
            .to_utc();
        let studio = RefCell::new(DemoStudio::new(now, ""));
        let items = || (1..=25).map(|id: i64| (id * 3, id * 3)).collect::<Vec<_>>();
        let asked = RefCell::new(Vec::new());
        let all = block_on(fetch_all(|offset: String| {
            asked.borrow_mut().push(offset.clone());
            let request = DemoRequest {
                method: "GET",
                path: "/",
                query: vec![("offset".into(), offset), ("sliceSize".into(), "10".into())],
                body: None,
            };
            let answer = studio.borrow_mut().page_by_last_id(&request, items());
            async move {
                serde_json::from_str::<Page<i64>>(&answer.body)
                    .map_err(|e| ApiError::Decode(e.to_string()))
            }
        }))
        .unwrap();
        assert_eq!(all, (1..=25).map(|id| id * 3).collect::<Vec<_>>());
        assert_eq!(
            *asked.borrow(),
            ["0", "30", "60"],
            "each offset is the last id of the page before"
        );
    }
}
