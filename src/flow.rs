//! The booking steps the visitor goes through. Pure: no DOM access.

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

    #[test]
    fn every_step_has_its_own_label() {
        let labels: std::collections::HashSet<_> = Step::ALL.iter().map(|s| s.label()).collect();
        assert_eq!(labels.len(), Step::ALL.len());
    }
}
