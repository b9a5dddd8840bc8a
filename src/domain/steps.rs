//! The booking steps and the state machine that moves between them, the
//! same for both flows. Pure: no DOM access; generic over what the first
//! choice and a slot are (a trial offer or a studio; an offer's or a trial
//! session's time), so it is tested with plain values.

use crate::i18n::Key;

/// One step of the booking, in the order the visitor meets them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    /// The flow's first choice ([`Choice`]): a trial offer, or a studio.
    Choice,
    Time,
    Details,
    Done,
}

/// What a flow's visitor chooses on its first step: a trial offer (Open
/// API) or a studio (Connect). It names that step.
pub trait Choice {
    /// The first step's name in events (`trial-booking:step`).
    const STEP_NAME: &'static str;
    /// The first step's label in the step indicator.
    const STEP_LABEL: Key;
}

impl Step {
    pub const ALL: [Step; 4] = [Step::Choice, Step::Time, Step::Details, Step::Done];

    /// The step's label in the step indicator of a flow whose first choice is `C`.
    pub fn label<C: Choice>(self) -> Key {
        match self {
            Step::Choice => C::STEP_LABEL,
            Step::Time => Key::StepTime,
            Step::Details => Key::StepDetails,
            Step::Done => Key::StepDone,
        }
    }

    /// The step's name in events, in a flow whose first choice is `C`.
    pub fn name<C: Choice>(self) -> &'static str {
        match self {
            Step::Choice => C::STEP_NAME,
            Step::Time => "time",
            Step::Details => "details",
            Step::Done => "done",
        }
    }

    /// 1-based position, as a person counts.
    pub fn number(self) -> usize {
        self as usize + 1
    }

    /// How a step looks from where the visitor is now.
    pub fn progress(self, current: Step) -> Progress {
        match self.cmp(&current) {
            std::cmp::Ordering::Less => Progress::Completed,
            std::cmp::Ordering::Equal => Progress::Current,
            std::cmp::Ordering::Greater => Progress::Upcoming,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    Completed,
    Current,
    Upcoming,
}

/// Where the visitor is and what they have chosen so far.
///
/// Rules: a step can be visited once everything before it is chosen; going
/// back keeps earlier choices; choosing another offer forgets the slot;
/// after booking the flow is done until the visitor starts again. Instead of
/// a time the visitor may ask to be called ([`Flow::ask_for_call`]): the
/// details step then sends a lead without a booking.
#[derive(Clone, Debug, PartialEq)]
pub struct Flow<C, S> {
    step: Step,
    choice: Option<C>,
    slot: Option<S>,
    call_back: bool,
}

impl<C: PartialEq, S> Default for Flow<C, S> {
    fn default() -> Self {
        Flow {
            step: Step::Choice,
            choice: None,
            slot: None,
            call_back: false,
        }
    }
}

impl<C: PartialEq, S> Flow<C, S> {
    pub fn step(&self) -> Step {
        self.step
    }

    /// The first choice: the trial offer, or the studio.
    pub fn choice(&self) -> Option<&C> {
        self.choice.as_ref()
    }

    pub fn slot(&self) -> Option<&S> {
        self.slot.as_ref()
    }

    pub fn is_done(&self) -> bool {
        self.step == Step::Done
    }

    /// Whether the visitor asked to be called instead of choosing a time.
    pub fn wants_call(&self) -> bool {
        self.call_back
    }

    /// Whether the visitor may go to `step` now (the step indicator's links).
    pub fn can_visit(&self, step: Step) -> bool {
        if self.is_done() {
            return step == Step::Done;
        }
        match step {
            Step::Choice => true,
            Step::Time => self.choice.is_some(),
            Step::Details => self.choice.is_some() && (self.slot.is_some() || self.call_back),
            Step::Done => false,
        }
    }

    /// Goes to `step` if it may; back before the details, a request to be
    /// called is given up (the visitor looks at the times again).
    pub fn go_to(&mut self, step: Step) -> bool {
        let allowed = self.can_visit(step);
        if allowed {
            self.step = step;
            self.call_back &= step >= Step::Details;
        }
        allowed
    }

    /// "None of these times suits me": on to the details, to be called
    /// instead of booking a time (the chosen time, if any, stays chosen).
    pub fn ask_for_call(&mut self) {
        if !self.is_done() && self.choice.is_some() {
            self.call_back = true;
            self.step = Step::Details;
        }
    }

    /// One step back, keeping every choice.
    pub fn back(&mut self) -> bool {
        match self.step {
            Step::Time => self.go_to(Step::Choice),
            Step::Details => self.go_to(Step::Time),
            Step::Choice | Step::Done => false,
        }
    }

    /// Chooses the first choice (another one forgets the slot) and goes on to the times.
    pub fn choose(&mut self, choice: C) {
        if self.is_done() {
            return;
        }
        if self.choice.as_ref() != Some(&choice) {
            self.slot = None;
        }
        self.choice = Some(choice);
        self.step = Step::Time;
        self.call_back = false;
    }

    pub fn choose_slot(&mut self, slot: S) {
        if self.is_done() || self.choice.is_none() {
            return;
        }
        self.slot = Some(slot);
        self.step = Step::Details;
        self.call_back = false;
    }

    /// The chosen time is gone (taken by someone else, or not bookable any
    /// more): forget it and show the times again.
    pub fn slot_lost(&mut self) {
        if !self.is_done() && self.choice.is_some() {
            self.slot = None;
            self.step = Step::Time;
        }
    }

    /// Booked, or (after [`Flow::ask_for_call`]) the studio has the lead.
    pub fn booked(&mut self) {
        if self.can_visit(Step::Details) {
            self.step = Step::Done;
        }
    }

    /// Start a new booking from the beginning.
    pub fn restart(&mut self) {
        *self = Flow::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_in_booking_order() {
        assert_eq!(Step::ALL.map(Step::number), [1, 2, 3, 4]);
        assert!(Step::Choice < Step::Time && Step::Details < Step::Done);
    }

    #[test]
    fn progress_relative_to_current_step() {
        let seen: Vec<_> = Step::ALL
            .iter()
            .map(|s| s.progress(Step::Details))
            .collect();
        assert_eq!(
            seen,
            [
                Progress::Completed,
                Progress::Completed,
                Progress::Current,
                Progress::Upcoming
            ]
        );
        assert_eq!(Step::Choice.progress(Step::Choice), Progress::Current);
    }

    type F = Flow<&'static str, u32>;

    #[test]
    fn the_happy_path() {
        let mut flow = F::default();
        assert_eq!(flow.step(), Step::Choice);
        assert!(!flow.can_visit(Step::Time));
        flow.choose("yoga");
        assert_eq!(flow.step(), Step::Time);
        flow.choose_slot(7);
        assert_eq!((flow.step(), flow.slot()), (Step::Details, Some(&7)));
        flow.booked();
        assert!(flow.is_done());
        assert!(
            !flow.can_visit(Step::Choice),
            "a finished booking is not edited"
        );
        assert!(!flow.back());
    }

    #[test]
    fn going_back_keeps_choices_and_completed_steps_stay_reachable() {
        let mut flow = F::default();
        flow.choose("yoga");
        flow.choose_slot(7);
        assert!(flow.back());
        assert_eq!((flow.step(), flow.slot()), (Step::Time, Some(&7)));
        assert!(flow.go_to(Step::Choice));
        assert_eq!(flow.choice(), Some(&"yoga"));
        assert!(
            flow.go_to(Step::Details),
            "details stay reachable while the slot is chosen"
        );
        assert!(!flow.go_to(Step::Done));
    }

    #[test]
    fn another_offer_forgets_the_slot_the_same_offer_keeps_it() {
        let mut flow = F::default();
        flow.choose("yoga");
        flow.choose_slot(7);
        flow.go_to(Step::Choice);
        flow.choose("yoga");
        assert_eq!(flow.slot(), Some(&7));
        flow.go_to(Step::Choice);
        flow.choose("hiit");
        assert_eq!(flow.slot(), None);
        assert!(!flow.can_visit(Step::Details));
    }

    #[test]
    fn a_lost_slot_sends_the_visitor_back_to_the_times() {
        let mut flow = F::default();
        flow.choose("yoga");
        flow.choose_slot(7);
        flow.slot_lost();
        assert_eq!(
            (flow.step(), flow.slot(), flow.choice()),
            (Step::Time, None, Some(&"yoga"))
        );
    }

    #[test]
    fn nothing_out_of_order() {
        let mut flow = F::default();
        flow.choose_slot(7);
        assert_eq!(flow.slot(), None);
        flow.booked();
        assert_eq!(flow.step(), Step::Choice);
        flow.choose("yoga");
        flow.choose_slot(7);
        flow.booked();
        flow.restart();
        assert_eq!(flow, F::default());
    }

    #[test]
    fn asking_for_a_call_skips_the_time_and_going_back_gives_it_up() {
        let mut flow = F::default();
        flow.ask_for_call();
        assert_eq!(flow.step(), Step::Choice, "nothing chosen yet");
        flow.choose("yoga");
        flow.ask_for_call();
        assert_eq!((flow.step(), flow.wants_call()), (Step::Details, true));
        assert_eq!(flow.slot(), None);
        assert!(flow.go_to(Step::Time));
        assert!(!flow.wants_call(), "back at the times");
        assert!(
            !flow.can_visit(Step::Details),
            "no time and no call asked for"
        );
        flow.ask_for_call();
        flow.booked();
        assert!(flow.is_done() && flow.wants_call());
        flow.restart();
        assert_eq!(flow, F::default());
    }

    #[test]
    fn choosing_a_time_after_asking_for_a_call_books_it() {
        let mut flow = F::default();
        flow.choose("yoga");
        flow.ask_for_call();
        flow.go_to(Step::Time);
        flow.ask_for_call();
        flow.choose_slot(7);
        assert_eq!((flow.step(), flow.wants_call()), (Step::Details, false));
        flow.ask_for_call();
        assert_eq!(flow.slot(), Some(&7), "the chosen time stays chosen");
        assert!(flow.go_to(Step::Details) && flow.wants_call());
        flow.go_to(Step::Choice);
        flow.choose("hiit");
        assert!(!flow.wants_call());
    }

    struct Studio;
    impl Choice for Studio {
        const STEP_NAME: &'static str = "studio";
        const STEP_LABEL: Key = Key::StepStudio;
    }
    struct Offer;
    impl Choice for Offer {
        const STEP_NAME: &'static str = "offer";
        const STEP_LABEL: Key = Key::StepOffer;
    }

    #[test]
    fn every_step_has_its_own_label_and_the_first_is_named_by_the_choice() {
        let labels: std::collections::HashSet<_> =
            Step::ALL.iter().map(|s| s.label::<Studio>()).collect();
        assert_eq!(labels.len(), Step::ALL.len());
        assert_eq!(Step::Choice.label::<Offer>(), Key::StepOffer);
        let names = Step::ALL.map(Step::name::<Studio>);
        assert_eq!(names, ["studio", "time", "details", "done"]);
        assert_eq!(Step::Choice.name::<Offer>(), "offer");
    }
}
