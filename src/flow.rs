//! The booking steps and the state machine that moves between them. Pure:
//! no DOM access; generic over what an offer and a slot are, so it is
//! tested with plain values.

use crate::i18n::Key;

/// One step of the booking, in the order the visitor meets them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    Offer,
    Time,
    Details,
    Done,
}

impl Step {
    pub const ALL: [Step; 4] = [Step::Offer, Step::Time, Step::Details, Step::Done];

    /// The step's name in the step indicator.
    pub fn label(self) -> Key {
        match self {
            Step::Offer => Key::StepOffer,
            Step::Time => Key::StepTime,
            Step::Details => Key::StepDetails,
            Step::Done => Key::StepDone,
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

impl Progress {
    /// BEM modifier class for the step indicator.
    pub fn class(self) -> &'static str {
        match self {
            Progress::Completed => "tb-steps__item tb-steps__item--completed",
            Progress::Current => "tb-steps__item tb-steps__item--current",
            Progress::Upcoming => "tb-steps__item tb-steps__item--upcoming",
        }
    }
}

/// Where the visitor is and what they have chosen so far.
///
/// Rules: a step can be visited once everything before it is chosen; going
/// back keeps earlier choices; choosing another offer forgets the slot;
/// after booking the flow is done until the visitor starts again.
#[derive(Clone, Debug, PartialEq)]
pub struct Flow<O, S> {
    step: Step,
    offer: Option<O>,
    slot: Option<S>,
}

impl<O: PartialEq, S> Default for Flow<O, S> {
    fn default() -> Self {
        Flow {
            step: Step::Offer,
            offer: None,
            slot: None,
        }
    }
}

impl<O: PartialEq, S> Flow<O, S> {
    pub fn step(&self) -> Step {
        self.step
    }

    pub fn offer(&self) -> Option<&O> {
        self.offer.as_ref()
    }

    pub fn slot(&self) -> Option<&S> {
        self.slot.as_ref()
    }

    pub fn is_done(&self) -> bool {
        self.step == Step::Done
    }

    /// Whether the visitor may go to `step` now (the step indicator's links).
    pub fn can_visit(&self, step: Step) -> bool {
        if self.is_done() {
            return step == Step::Done;
        }
        match step {
            Step::Offer => true,
            Step::Time => self.offer.is_some(),
            Step::Details => self.offer.is_some() && self.slot.is_some(),
            Step::Done => false,
        }
    }

    pub fn go_to(&mut self, step: Step) -> bool {
        let allowed = self.can_visit(step);
        if allowed {
            self.step = step;
        }
        allowed
    }

    /// One step back, keeping every choice.
    pub fn back(&mut self) -> bool {
        match self.step {
            Step::Time => self.go_to(Step::Offer),
            Step::Details => self.go_to(Step::Time),
            Step::Offer | Step::Done => false,
        }
    }

    pub fn choose_offer(&mut self, offer: O) {
        if self.is_done() {
            return;
        }
        if self.offer.as_ref() != Some(&offer) {
            self.slot = None;
        }
        self.offer = Some(offer);
        self.step = Step::Time;
    }

    pub fn choose_slot(&mut self, slot: S) {
        if self.is_done() || self.offer.is_none() {
            return;
        }
        self.slot = Some(slot);
        self.step = Step::Details;
    }

    /// The chosen time is gone (taken by someone else, or not bookable any
    /// more): forget it and show the times again.
    pub fn slot_lost(&mut self) {
        if !self.is_done() && self.offer.is_some() {
            self.slot = None;
            self.step = Step::Time;
        }
    }

    pub fn booked(&mut self) {
        if self.offer.is_some() && self.slot.is_some() {
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
        assert!(Step::Offer < Step::Time && Step::Details < Step::Done);
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
        assert_eq!(Step::Offer.progress(Step::Offer), Progress::Current);
    }

    type F = Flow<&'static str, u32>;

    #[test]
    fn the_happy_path() {
        let mut flow = F::default();
        assert_eq!(flow.step(), Step::Offer);
        assert!(!flow.can_visit(Step::Time));
        flow.choose_offer("yoga");
        assert_eq!(flow.step(), Step::Time);
        flow.choose_slot(7);
        assert_eq!((flow.step(), flow.slot()), (Step::Details, Some(&7)));
        flow.booked();
        assert!(flow.is_done());
        assert!(
            !flow.can_visit(Step::Offer),
            "a finished booking is not edited"
        );
        assert!(!flow.back());
    }

    #[test]
    fn going_back_keeps_choices_and_completed_steps_stay_reachable() {
        let mut flow = F::default();
        flow.choose_offer("yoga");
        flow.choose_slot(7);
        assert!(flow.back());
        assert_eq!((flow.step(), flow.slot()), (Step::Time, Some(&7)));
        assert!(flow.go_to(Step::Offer));
        assert_eq!(flow.offer(), Some(&"yoga"));
        assert!(
            flow.go_to(Step::Details),
            "details stay reachable while the slot is chosen"
        );
        assert!(!flow.go_to(Step::Done));
    }

    #[test]
    fn another_offer_forgets_the_slot_the_same_offer_keeps_it() {
        let mut flow = F::default();
        flow.choose_offer("yoga");
        flow.choose_slot(7);
        flow.go_to(Step::Offer);
        flow.choose_offer("yoga");
        assert_eq!(flow.slot(), Some(&7));
        flow.go_to(Step::Offer);
        flow.choose_offer("hiit");
        assert_eq!(flow.slot(), None);
        assert!(!flow.can_visit(Step::Details));
    }

    #[test]
    fn a_lost_slot_sends_the_visitor_back_to_the_times() {
        let mut flow = F::default();
        flow.choose_offer("yoga");
        flow.choose_slot(7);
        flow.slot_lost();
        assert_eq!(
            (flow.step(), flow.slot(), flow.offer()),
            (Step::Time, None, Some(&"yoga"))
        );
    }

    #[test]
    fn nothing_out_of_order() {
        let mut flow = F::default();
        flow.choose_slot(7);
        assert_eq!(flow.slot(), None);
        flow.booked();
        assert_eq!(flow.step(), Step::Offer);
        flow.choose_offer("yoga");
        flow.choose_slot(7);
        flow.booked();
        flow.restart();
        assert_eq!(flow, F::default());
    }

    #[test]
    fn every_step_has_its_own_label() {
        let labels: std::collections::HashSet<_> = Step::ALL.iter().map(|s| s.label()).collect();
        assert_eq!(labels.len(), Step::ALL.len());
    }
}
