//! What both booking flows (trial offers and trial sessions) share: where
//! the visitor is, the submit button's state, the notice after a lost time,
//! and keeping what was typed in the tab's session storage.

use super::common::Moved;
use super::host_events::{use_host_events, HostEvents};
use crate::domain::events::{self, Chosen, HostEvent};
use crate::domain::outcome::{NextStep, Problem};
use crate::domain::slots::Slot;
use crate::flow::{Flow, Step};
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// The submit button's state.
#[derive(Clone, Debug, PartialEq)]
pub enum Submit {
    Idle,
    Busy,
    Failed(Problem),
}

/// The step signals of one flow. `O` is the first choice (an offer or a
/// studio), `S` the time slot.
pub struct Steps<O: Send + Sync + 'static, S: Send + Sync + 'static> {
    pub flow: RwSignal<Flow<O, S>>,
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

impl<O: Send + Sync + 'static, S: Send + Sync + 'static> Clone for Steps<O, S> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<O: Send + Sync + 'static, S: Send + Sync + 'static> Copy for Steps<O, S> {}

impl<O> Steps<O, Slot>
where
    O: Chosen + PartialEq + Clone + Send + Sync + 'static,
{
    /// New signals, with `Moved` provided for the step headings. Each step
    /// shown is told to the host page.
    pub fn provide() -> Self {
        let steps = Steps {
            flow: RwSignal::new(Flow::default()),
            submit: RwSignal::new(Submit::Idle),
            notice: RwSignal::new(None),
            reload_times: RwSignal::new(0),
            moved: RwSignal::new(false),
            events: StoredValue::new_local(use_host_events()),
        };
        provide_context(Moved(steps.moved));
        let step = Memo::new(move |_| steps.flow.with(Flow::step));
        Effect::new(move |_| {
            steps.emit(HostEvent::Step {
                step: step.get(),
                session_flow: O::SESSION_FLOW,
            })
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
    pub fn chosen(&self) -> (Option<O>, Option<Slot>) {
        self.flow
            .with_untracked(|f| (f.offer().cloned(), f.slot().cloned()))
    }

    fn visitor_moves(&self) {
        self.moved.set(true);
        self.notice.set(None);
        self.submit.set(Submit::Idle);
    }

    pub fn choose(&self, first: O) {
        self.visitor_moves();
        self.emit(first.selected_event());
        self.flow.update(|f| f.choose_offer(first));
    }

    /// A first choice made by the embed config, not by the visitor.
    pub fn preselect(&self, first: O) {
        self.flow.update(|f| f.choose_offer(first));
    }

    pub fn choose_slot(&self, slot: Slot) {
        self.visitor_moves();
        self.emit(HostEvent::TimeSelected(events::time_info(&slot)));
        self.flow.update(|f| f.choose_slot(slot));
    }

    pub fn go_to(&self, step: Step) {
        self.moved.set(true);
        self.flow.update(|f| {
            f.go_to(step);
        });
    }

    /// A new booking from the start (keeping `first` chosen when given).
    pub fn restart(&self, first: Option<O>) {
        self.visitor_moves();
        self.flow.update(|f| {
            f.restart();
            if let Some(first) = first {
                f.choose_offer(first);
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
        if let (Some(first), Some(slot)) = self.chosen() {
            let (offer, studio_id) = first.booked_parts();
            self.emit(HostEvent::Booked {
                outcome,
                offer,
                studio_id,
                time: events::time_info(&slot),
            });
        }
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

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Forgets what this tab kept under `key`.
pub fn forget_kept(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// What this tab kept under `key`, or the default.
pub fn load_kept<T: DeserializeOwned + Default>(key: &str) -> T {
    storage()
        .and_then(|s| s.get_item(key).ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Keeps `value()` under `key` in the tab's session storage whenever it
/// changes, and removes it once `done()`.
pub fn keep_in_tab<T: Serialize>(
    key: String,
    done: impl Fn() -> bool + 'static,
    value: impl Fn() -> T + 'static,
) {
    Effect::new(move |_| {
        let done = done();
        let Some(storage) = storage() else { return };
        if done {
            let _ = storage.remove_item(&key);
        } else if let Ok(text) = serde_json::to_string(&value()) {
            let _ = storage.set_item(&key, &text);
        }
    });
}
