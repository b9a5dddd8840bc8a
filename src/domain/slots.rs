//! Time slots as the visitor sees them: studio-local times, spots left and
//! whether (and why not) they can be booked.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};
use trial_api::models::connect::TrialSessionSlot;
use trial_api::models::open_api::{BookableAppointmentSlot, ClassSlot, Instructor};
use trial_api::models::{ClassSlotId, InstructorId};
use trial_api::{ZoneRules, ZonedDateTime};

/// Whether a slot can be booked, and if not, why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Availability {
    /// Bookable; `spots_left` when the class has a limit.
    Open { spots_left: Option<i32> },
    /// Full, but the waiting list has room.
    WaitingList,
    /// Full, waiting list too.
    Full,
    /// The booking window opens later (studio-local time).
    NotYetOpen { opens: NaiveDateTime },
    /// The booking window has closed.
    Closed,
    /// Already started or over.
    Past,
}

impl Availability {
    pub fn is_bookable(&self) -> bool {
        matches!(self, Availability::Open { .. } | Availability::WaitingList)
    }

    /// Bookable with a place of its own (not on the waiting list): what the
    /// strip of days counts as a free time.
    pub fn is_free(&self) -> bool {
        matches!(self, Availability::Open { .. })
    }
}

/// Identifies the chosen slot in the booking calls.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SlotRef {
    Class {
        slot_id: ClassSlotId,
    },
    /// Start and end are sent back verbatim.
    Appointment {
        start: String,
        end: String,
        instructor_ids: Vec<InstructorId>,
    },
    /// A Connect trial session; its start is sent back verbatim.
    Session {
        start: String,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Slot {
    pub reference: SlotRef,
    pub start: ZonedDateTime,
    pub end: Option<ZonedDateTime>,
    /// Studio-local wall clock.
    pub local_start: NaiveDateTime,
    pub local_end: Option<NaiveDateTime>,
    pub availability: Availability,
    pub instructors: Vec<String>,
    pub location: Option<String>,
    /// The start or end wall-clock time happens twice that day (the hour
    /// when clocks go back), so the time alone does not say which one is
    /// meant: it is shown with its zone name. Set by [`mark_repeated`].
    pub repeated: bool,
}

impl Slot {
    pub fn day(&self) -> NaiveDate {
        self.local_start.date()
    }

    /// A key that identifies the slot in lists and across reloads.
    pub fn key(&self) -> String {
        match &self.reference {
            SlotRef::Class { slot_id } => format!("slot-{slot_id}"),
            SlotRef::Appointment { start, .. } | SlotRef::Session { start } => {
                format!("at-{start}")
            }
        }
    }
}

/// The time of a booking whose answer was lost (kept in the tab with what
/// the visitor typed): when the next try finds that booking made, the done
/// step shows this time, not the one chosen since (after a reload the booked
/// time is taken, and the visitor may have chosen another).
///
/// Kept as a pair `[start, end]`: serde_json's deserializer for a pair is
/// smaller than the derived one for a struct with named fields.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "(ZonedDateTime, Option<ZonedDateTime>)")]
#[serde(into = "(ZonedDateTime, Option<ZonedDateTime>)")]
pub struct BookedTime {
    pub start: ZonedDateTime,
    pub end: Option<ZonedDateTime>,
}

impl From<(ZonedDateTime, Option<ZonedDateTime>)> for BookedTime {
    fn from((start, end): (ZonedDateTime, Option<ZonedDateTime>)) -> Self {
        BookedTime { start, end }
    }
}

impl From<BookedTime> for (ZonedDateTime, Option<ZonedDateTime>) {
    fn from(time: BookedTime) -> Self {
        (time.start, time.end)
    }
}

impl BookedTime {
    pub fn of(slot: &Slot) -> Self {
        BookedTime {
            start: slot.start.clone(),
            end: slot.end.clone(),
        }
    }

    /// `slot` (the one chosen now) moved to this time, studio-local in `zone`.
    pub fn on(&self, slot: Slot, zone: &impl ZoneRules) -> Slot {
        if self.start == slot.start {
            return slot;
        }
        Slot {
            local_start: local(&self.start, zone),
            local_end: self.end.as_ref().map(|e| local(e, zone)),
            start: self.start.clone(),
            end: self.end.clone(),
            repeated: false,
            ..slot
        }
    }
}

/// Studio-local time of a value: as written for zoned strings, else through
/// the studio zone's rules.
fn local(time: &ZonedDateTime, zone: &impl ZoneRules) -> NaiveDateTime {
    time.local_in(zone)
}

fn names(instructors: &[Instructor]) -> Vec<String> {
    instructors
        .iter()
        .map(Instructor::display_name)
        .filter(|n| !n.is_empty())
        .collect()
}

/// A class slot at `now`. Slots without a start time are left out.
pub fn class_slot(slot: &ClassSlot, now: DateTime<Utc>, zone: &impl ZoneRules) -> Option<Slot> {
    let start = slot.start_date_time.clone()?;
    let availability = if start.instant() <= now {
        Availability::Past
    } else if slot
        .latest_booking_date_time
        .as_ref()
        .is_some_and(|t| t.instant() < now)
    {
        Availability::Closed
    } else if let Some(earliest) = slot
        .earliest_booking_date_time
        .as_ref()
        .filter(|t| t.instant() > now)
    {
        Availability::NotYetOpen {
            opens: local(earliest, zone),
        }
    } else {
        match slot.max_participants {
            None => Availability::Open { spots_left: None },
            Some(max) => {
                let free =
                    max - slot.booked_participants.unwrap_or(0) - slot.additional_participants;
                let waiting_room = slot.max_waiting_list_participants.unwrap_or(0)
                    - slot.waiting_list_participants.unwrap_or(0);
                if free > 0 {
                    Availability::Open {
                        spots_left: Some(free),
                    }
                } else if waiting_room > 0 {
                    Availability::WaitingList
                } else {
                    Availability::Full
                }
            }
        }
    };
    Some(Slot {
        reference: SlotRef::Class { slot_id: slot.id },
        local_start: local(&start, zone),
        local_end: slot.end_date_time.as_ref().map(|e| local(e, zone)),
        end: slot.end_date_time.clone(),
        start,
        availability,
        instructors: names(&slot.instructors),
        location: slot
            .location
            .as_ref()
            .map(|l| l.name.clone())
            .filter(|n| !n.trim().is_empty()),
        repeated: false,
    })
}

/// An appointment slot at `now` (appointment slots are offered only when free).
pub fn appointment_slot(
    slot: &BookableAppointmentSlot,
    now: DateTime<Utc>,
    zone: &impl ZoneRules,
) -> Option<Slot> {
    let start = slot.start_date_time.clone()?;
    let end = slot.end_date_time.clone()?;
    let availability = if start.instant() <= now {
        Availability::Past
    } else {
        Availability::Open { spots_left: None }
    };
    Some(Slot {
        reference: SlotRef::Appointment {
            start: start.raw().to_string(),
            end: end.raw().to_string(),
            instructor_ids: slot.instructors.iter().map(|i| i.id).collect(),
        },
        local_start: local(&start, zone),
        local_end: Some(local(&end, zone)),
        start,
        end: Some(end),
        availability,
        instructors: names(&slot.instructors),
        location: None,
        repeated: false,
    })
}

/// A Connect trial-session slot at `now` (offered only while free). Legacy
/// UTC strings take the studio's zone.
pub fn session_slot(
    slot: &TrialSessionSlot,
    now: DateTime<Utc>,
    zone: &impl ZoneRules,
) -> Option<Slot> {
    let start = slot.start_date_time.clone()?;
    let availability = if start.instant() <= now {
        Availability::Past
    } else {
        Availability::Open { spots_left: None }
    };
    Some(Slot {
        reference: SlotRef::Session {
            start: start.raw().to_string(),
        },
        local_start: local(&start, zone),
        local_end: slot.end_date_time.as_ref().map(|e| local(e, zone)),
        end: slot.end_date_time.clone(),
        start,
        availability,
        instructors: Vec::new(),
        location: None,
        repeated: false,
    })
}

/// Marks the slots whose start or end wall-clock time is ambiguous: the
/// zone's rules say it happens twice, or another slot in the list shows the
/// same wall-clock time at a different instant (which also catches zones the
/// browser does not know).
pub fn mark_repeated(slots: &mut [Slot], zone: &impl ZoneRules) {
    let times: Vec<(NaiveDateTime, DateTime<Utc>)> = slots
        .iter()
        .flat_map(|s| {
            std::iter::once((s.local_start, s.start.instant())).chain(
                s.end
                    .as_ref()
                    .zip(s.local_end)
                    .map(|(e, l)| (l, e.instant())),
            )
        })
        .collect();
    // Only a day whose offset changes can repeat a wall-clock time: two
    // offsets per day (a day before and after one of its times) rule the
    // rest out, instead of several per slot.
    let mut changing_days: Vec<(NaiveDate, bool)> = Vec::new();
    let mut offset_changes = |local: NaiveDateTime, instant: DateTime<Utc>| {
        let day = local.date();
        if let Some((_, changes)) = changing_days.iter().find(|(d, _)| *d == day) {
            return *changes;
        }
        let a_day = chrono::Duration::hours(24);
        let changes = zone.offset_at(instant - a_day) != zone.offset_at(instant + a_day);
        changing_days.push((day, changes));
        changes
    };
    let mut ambiguous = |local: NaiveDateTime, instant: DateTime<Utc>| {
        (offset_changes(local, instant) && zone.is_repeated_wall_clock(instant))
            || times.iter().any(|(l, i)| *l == local && *i != instant)
    };
    for slot in slots.iter_mut() {
        let start = ambiguous(slot.local_start, slot.start.instant());
        let end = slot
            .end
            .as_ref()
            .zip(slot.local_end)
            .is_some_and(|(e, l)| ambiguous(l, e.instant()));
        slot.repeated = start || end;
    }
}

/// A Connect slot starting at `start` (as the API writes it) in the demo
/// studio's Berlin, with `availability`: the domain's tests' one slot builder.
#[cfg(test)]
pub(crate) fn test_slot(start: &str, availability: Availability) -> Slot {
    let z = ZonedDateTime::parse(start).unwrap();
    Slot {
        reference: SlotRef::Session {
            start: start.into(),
        },
        local_start: z.local_in(&demo_studio::Berlin),
        local_end: None,
        start: z,
        end: None,
        availability,
        instructors: vec![],
        location: None,
        repeated: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::FixedOffset;
    use serde_json::json;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-21T08:00:00Z")
            .unwrap()
            .to_utc()
    }

    fn berlin() -> FixedOffset {
        FixedOffset::east_opt(3600).unwrap()
    }

    fn slot(extra: serde_json::Value) -> ClassSlot {
        let mut base = json!({
            "id": 7,
            "startDateTime": "2026-11-23T18:30:00.000+01:00[Europe/Berlin]",
            "endDateTime": "2026-11-23T19:30:00.000+01:00[Europe/Berlin]",
            "maxParticipants": 12, "bookedParticipants": 5, "additionalParticipants": 1,
            "maxWaitingListParticipants": 3, "waitingListParticipants": 0,
            "instructors": [{"id": 1, "firstName": "Anna", "lastName": "Berger", "publicName": "Anna B."}],
            "location": {"id": 2, "name": "Kursraum 1"}
        });
        base.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        serde_json::from_value(base).unwrap()
    }

    fn availability(extra: serde_json::Value) -> Availability {
        class_slot(&slot(extra), now(), &berlin())
            .unwrap()
            .availability
    }

    #[test]
    fn spots_left_count_booked_and_operator_added_participants() {
        assert_eq!(
            availability(json!({})),
            Availability::Open {
                spots_left: Some(6)
            }
        );
        assert_eq!(
            availability(json!({"bookedParticipants": 10})),
            Availability::Open {
                spots_left: Some(1)
            }
        );
        assert_eq!(
            availability(json!({"maxParticipants": null})),
            Availability::Open { spots_left: None }
        );
    }

    #[test]
    fn full_slots_offer_the_waiting_list_while_it_has_room() {
        assert_eq!(
            availability(json!({"bookedParticipants": 11})),
            Availability::WaitingList
        );
        assert_eq!(
            availability(json!({"bookedParticipants": 11, "waitingListParticipants": 3})),
            Availability::Full
        );
        assert_eq!(
            availability(json!({"bookedParticipants": 20, "maxWaitingListParticipants": 0})),
            Availability::Full
        );
        assert!(Availability::WaitingList.is_bookable() && !Availability::Full.is_bookable());
    }

    #[test]
    fn the_booking_window_and_the_past() {
        let opens = availability(
            json!({"earliestBookingDateTime": "2026-11-22T00:00:00.000+01:00[Europe/Berlin]"}),
        );
        assert_eq!(
            opens,
            Availability::NotYetOpen {
                opens: NaiveDate::from_ymd_opt(2026, 11, 22)
                    .unwrap()
                    .and_hms_opt(0, 0, 0)
                    .unwrap()
            }
        );
        assert_eq!(
            availability(
                json!({"latestBookingDateTime": "2026-11-21T08:00:00.000+01:00[Europe/Berlin]"})
            ),
            Availability::Closed
        );
        assert_eq!(
            availability(json!({"startDateTime": "2026-11-21T08:30:00.000+01:00[Europe/Berlin]"})),
            Availability::Past
        );
    }

    #[test]
    fn times_are_studio_local_whatever_the_form() {
        let zoned = class_slot(&slot(json!({})), now(), &berlin()).unwrap();
        assert_eq!(zoned.local_start.to_string(), "2026-11-23 18:30:00");
        assert_eq!(zoned.instructors, ["Anna B."]);
        assert_eq!(zoned.location.as_deref(), Some("Kursraum 1"));
        // A legacy UTC value takes the studio's offset.
        let legacy = class_slot(
            &slot(json!({"startDateTime": "2026-11-23T17:30:00.000Z"})),
            now(),
            &berlin(),
        )
        .unwrap();
        assert_eq!(legacy.local_start.to_string(), "2026-11-23 18:30:00");
    }

    #[test]
    fn appointment_slots_keep_their_strings_verbatim() {
        let raw: BookableAppointmentSlot = serde_json::from_value(json!({
            "startDateTime": "2026-11-23T10:00+01:00[Europe/Berlin]",
            "endDateTime": "2026-11-23T11:00+01:00[Europe/Berlin]",
            "instructors": [{"id": 101, "firstName": "Mei", "lastName": "L"}]
        }))
        .unwrap();
        let slot = appointment_slot(&raw, now(), &berlin()).unwrap();
        assert_eq!(
            slot.reference,
            SlotRef::Appointment {
                start: "2026-11-23T10:00+01:00[Europe/Berlin]".into(),
                end: "2026-11-23T11:00+01:00[Europe/Berlin]".into(),
                instructor_ids: vec![trial_api::models::InstructorId(101)]
            }
        );
        assert_eq!(slot.instructors, ["Mei L"]);
    }

    #[test]
    fn legacy_session_slots_are_shown_in_the_studio_zone_and_sent_back_verbatim() {
        let raw: TrialSessionSlot = serde_json::from_value(json!({
            "startDateTime": "2026-11-23T09:00:00.000Z", "endDateTime": "2026-11-23T10:00:00.000Z"
        }))
        .unwrap();
        let slot = session_slot(&raw, now(), &berlin()).unwrap();
        assert_eq!(slot.local_start.to_string(), "2026-11-23 10:00:00");
        assert_eq!(
            slot.reference,
            SlotRef::Session {
                start: "2026-11-23T09:00:00.000Z".into()
            }
        );
        assert!(slot.availability.is_bookable());
    }

    #[test]
    fn times_that_repeat_on_the_fall_back_day_are_marked() {
        let appointment = |start: &str, end: &str| {
            let raw: BookableAppointmentSlot = serde_json::from_value(json!({
                "startDateTime": start, "endDateTime": end, "instructors": []
            }))
            .unwrap();
            let early = DateTime::parse_from_rfc3339("2026-10-20T08:00:00Z")
                .unwrap()
                .to_utc();
            appointment_slot(&raw, early, &demo_studio::Berlin).unwrap()
        };
        let mut list = vec![
            appointment(
                "2026-10-25T02:15:00.000+02:00[Europe/Berlin]",
                "2026-10-25T02:45:00.000+02:00[Europe/Berlin]",
            ),
            appointment(
                "2026-10-25T02:15:00.000+01:00[Europe/Berlin]",
                "2026-10-25T02:45:00.000+01:00[Europe/Berlin]",
            ),
            appointment(
                "2026-10-25T10:00:00.000+01:00[Europe/Berlin]",
                "2026-10-25T10:30:00.000+01:00[Europe/Berlin]",
            ),
        ];
        assert_eq!(
            list[0].local_start, list[1].local_start,
            "the same wall clock"
        );
        mark_repeated(&mut list, &demo_studio::Berlin);
        assert_eq!(
            list.iter().map(|s| s.repeated).collect::<Vec<_>>(),
            [true, true, false]
        );

        // Without zone rules (UTC), the twin in the list still gives it away.
        let mut twins = list.clone();
        mark_repeated(&mut twins, &FixedOffset::east_opt(0).unwrap());
        assert_eq!(
            twins.iter().map(|s| s.repeated).collect::<Vec<_>>(),
            [true, true, false]
        );
        // Alone, the zone's rules do.
        let mut alone = vec![list[1].clone()];
        mark_repeated(&mut alone, &demo_studio::Berlin);
        assert!(alone[0].repeated);
        // Both still go back verbatim.
        assert_eq!(
            list[0].reference,
            SlotRef::Appointment {
                start: "2026-10-25T02:15:00.000+02:00[Europe/Berlin]".into(),
                end: "2026-10-25T02:45:00.000+02:00[Europe/Berlin]".into(),
                instructor_ids: vec![]
            }
        );
    }

    #[test]
    fn a_booked_time_moves_the_slot_chosen_since_to_it() {
        let chosen = test_slot(
            "2030-01-07T10:00:00.000+01:00[Europe/Berlin]",
            Availability::Open { spots_left: None },
        );
        let earlier = test_slot(
            "2030-01-07T09:00:00.000+01:00[Europe/Berlin]",
            Availability::Open { spots_left: None },
        );
        let time = BookedTime::of(&earlier);
        let shown = time.on(chosen.clone(), &demo_studio::Berlin);
        assert_eq!(
            (shown.start, shown.local_start),
            (earlier.start.clone(), earlier.local_start)
        );
        assert_eq!(
            BookedTime::of(&chosen).on(chosen.clone(), &demo_studio::Berlin),
            chosen
        );
        let kept: BookedTime =
            serde_json::from_str(&serde_json::to_string(&time).unwrap()).unwrap();
        assert_eq!(kept, time);
    }
}
