//! What both booking flows (trial offers and trial sessions) share: the step
//! signals around the step machine (`domain::steps::Flow`), the submit
//! button's state, the notice after a lost time, and what the host page is
//! told of each step.

use crate::domain::events::{self, Chosen, HostEvent};
use crate::domain::outcome::{NextStep, Problem};
use crate::domain::slots::Slot;
use crate::domain::steps::{Flow, Step};
use crate::ui::common::Moved;
use crate::ui::hooks::use_host_events::{use_host_events, HostEvents};
use leptos::prelude::*;

/// The submit button's state.
#[derive(Clone, Debug, PartialEq)]
pub enum Submit {
    Idle,
    Busy,
    Failed(Problem),
}

/// The step signals of one flow. `C` is the first choice (an offer or a
/// studio), `S` the time slot.
pub struct Steps<C: Send + Sync + 'static, S: Send + Sync + 'static> {
    pub flow: RwSignal<Flow<C, S>>,
    pub submit: RwSignal<Submit>,
    /// Shown above the times after the chosen time was lost.
    pub notice: RwSignal<Option<Problem>>,
    /// Bumped to reload the times.
    pub reload_times: RwSignal<u32>,
    /// True once the visitor moved between steps: from then on each step takes the focus.
    pub moved: RwSignal<bool>,
    /// Where the host page hears about choices, steps and outcomes.
    events: StoredValue<Option<HostEvents>, LocalStorage>,
}

impl<C: Send + Sync + 'static, S: Send + Sync + 'static> Clone for Steps<C, S> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<C: Send + Sync + 'static, S: Send + Sync + 'static> Copy for Steps<C, S> {}

impl<C> Steps<C, Slot>
where
    C: Chosen + PartialEq + Clone + Send + Sync + 'static,
{
    /// New signals, with `Moved` provided for the step headings, from the
    /// first step or from `resumed` (what the widget's previous mount handed
    /// over, `ui::hooks::use_handover`). Each step shown is told to the host
    /// page, except the one a resumed widget starts on (it was told already).
    pub fn provide(resumed: Option<Flow<C, Slot>>) -> Self {
        let mut told = resumed.as_ref().map(Flow::step);
        let steps = Steps {
            flow: RwSignal::new(resumed.unwrap_or_default()),
            submit: RwSignal::new(Submit::Idle),
            notice: RwSignal::new(None),
            reload_times: RwSignal::new(0),
            moved: RwSignal::new(false),
            events: StoredValue::new_local(use_host_events()),
        };
        provide_context(Moved(steps.moved));
        let step = Memo::new(move |_| steps.flow.with(Flow::step));
        // A step is shown when the visitor can see it: a closed popup's first
        // step is told at its first opening.
        Effect::new(move |_| {
            let step = step.get();
            if told.take() == Some(step) {
                return;
            }
            let seen = steps
                .events
                .with_value(|e| e.as_ref().is_none_or(HostEvents::seen));
            if seen {
                steps.emit(events::step_shown::<C>(step));
            }
        });
        steps
    }

    fn emit(&self, event: HostEvent) {
        self.events.with_value(|events| {
            if let Some(events) = events {
                events.emit(&event);
            }
        });
    }

    pub fn step(&self) -> Step {
        self.flow.with(Flow::step)
    }

    /// What is chosen now, without tracking.
    pub fn chosen(&self) -> (Option<C>, Option<Slot>) {
        self.flow
            .with_untracked(|f| (f.choice().cloned(), f.slot().cloned()))
    }

    fn visitor_moves(&self) {
        self.moved.set(true);
        self.notice.set(None);
        self.submit.set(Submit::Idle);
    }

    pub fn choose(&self, choice: C) {
        self.visitor_moves();
        self.emit(choice.selected_event());
        self.flow.update(|f| f.choose(choice));
    }

    /// A first choice made by the embed config, not by the visitor.
    pub fn preselect(&self, choice: C) {
        self.flow.update(|f| f.choose(choice));
    }

    pub fn choose_slot(&self, slot: Slot) {
        self.visitor_moves();
        self.emit(HostEvent::TimeSelected(events::time_info(&slot)));
        self.flow.update(|f| f.choose_slot(slot));
    }

    /// "None of these times suits me": on to the details, to be called.
    pub fn ask_for_call(&self) {
        self.visitor_moves();
        self.flow.update(Flow::ask_for_call);
    }

    pub fn go_to(&self, step: Step) {
        self.moved.set(true);
        self.flow.update(|f| {
            f.go_to(step);
        });
    }

    /// A new booking from the start (keeping `choice` chosen when given).
    pub fn restart(&self, choice: Option<C>) {
        self.visitor_moves();
        self.flow.update(|f| {
            f.restart();
            if let Some(choice) = choice {
                f.choose(choice);
            }
        });
    }

    /// Marks a submit as running; `false` while one already is (a double
    /// click books once).
    pub fn start_submit(&self) -> bool {
        if self.submit.get_untracked() == Submit::Busy {
            return false;
        }
        self.submit.set(Submit::Busy);
        self.emit(HostEvent::DetailsSubmitted);
        true
    }

    /// Booked, with the Open API's name of the `outcome` (`BOOKED`, …).
    pub fn booked(&self, outcome: &'static str) {
        if let (Some(choice), Some(slot)) = self.chosen() {
            let (offer, studio_id) = choice.booked_parts();
            self.emit(HostEvent::Booked {
                outcome,
                offer,
                studio_id,
                time: events::time_info(&slot),
            });
        }
        self.done();
    }

    /// The studio has the lead of a visitor who asked to be called.
    pub fn lead_made(&self) {
        let (choice, _) = self.chosen();
        let (offer, studio_id) = choice.map(|c| c.booked_parts()).unwrap_or_default();
        self.emit(HostEvent::Lead { offer, studio_id });
        self.done();
    }

    fn done(&self) {
        self.submit.set(Submit::Idle);
        self.moved.set(true);
        self.flow.update(Flow::booked);
    }

    /// A failed submit. When the time is gone, the times are shown again,
    /// freshly loaded, with the reason, and everything typed stays.
    pub fn failed(&self, problem: Problem) {
        self.emit(events::failed(&problem));
        if problem.next == NextStep::ChooseAnotherTime {
            self.submit.set(Submit::Idle);
            self.notice.set(Some(problem));
            self.reload_times.update(|n| *n += 1);
            self.moved.set(true);
            self.flow.update(Flow::slot_lost);
        } else {
            self.submit.set(Submit::Failed(problem));
        }
    }
}
