//! What screen readers announce. Each widget has one pair of live regions,
//! rendered empty with the widget and never replaced: an urgent one
//! (`role="alert"`, for errors) and a polite one (`role="status"`, for notices
//! and outcomes). A message shown anywhere in the widget is said through them,
//! so its text always arrives in a region that was already there (screen
//! readers often stay silent for a region inserted together with its text),
//! only the text changes, each message is said once, and no live region sits
//! inside another. The visible copy of a message carries no live role.

use leptos::prelude::*;
use std::time::Duration;

/// The widget's live regions, provided once at its root.
#[derive(Clone, Copy)]
pub struct Announcer {
    urgent: Region,
    polite: Region,
}

/// One region: its text, and which announcement that is (so that a message
/// that goes clears only its own words).
#[derive(Clone, Copy)]
struct Region(RwSignal<(u32, String)>);

impl Region {
    fn new() -> Self {
        Region(RwSignal::new((0, String::new())))
    }

    fn say(self, text: String) -> u32 {
        let (last, same) = self.0.with_untracked(|(id, said)| (*id, *said == text));
        let id = last.wrapping_add(1);
        if same {
            // The same words again: empty the region first, so they are said again.
            self.0.set((id, String::new()));
            set_timeout(
                move || {
                    if self.0.try_with_untracked(|(now, _)| *now == id) == Some(true) {
                        self.0.set((id, text));
                    }
                },
                Duration::from_millis(150),
            );
        } else {
            self.0.set((id, text));
        }
        id
    }

    fn clear(self, id: u32) {
        if self.0.try_with_untracked(|(now, _)| *now == id) == Some(true) {
            self.0.try_set((id, String::new()));
        }
    }

    fn text(self) -> String {
        self.0.with(|(_, text)| text.clone())
    }
}

impl Announcer {
    /// New, empty regions, provided for the widget's components.
    pub fn provide() -> Self {
        let announcer = Announcer {
            urgent: Region::new(),
            polite: Region::new(),
        };
        provide_context(announcer);
        announcer
    }

    /// Says `text` once, now: as an error (`urgent`) or a notice. The
    /// words stay in the region until the next message.
    pub fn say(&self, text: String, urgent: bool) {
        let region = if urgent { self.urgent } else { self.polite };
        region.say(text);
    }

    /// Empties the urgent region if it still says `text` (a message that no longer holds).
    pub fn unsay(&self, text: &str) {
        let region = self.urgent;
        if let Some(Some(id)) = region
            .0
            .try_with_untracked(|(id, said)| (said == text).then_some(*id))
        {
            region.clear(id);
        }
    }
}

/// The two regions; rendered once, at the top of the widget.
#[component]
pub fn LiveRegions(announcer: Announcer) -> impl IntoView {
    view! {
        <div class="tb-visually-hidden" role="alert">{move || announcer.urgent.text()}</div>
        <div class="tb-visually-hidden" role="status">{move || announcer.polite.text()}</div>
    }
}

/// Says `text` once, now, as an error (`urgent`) or a notice; called while a
/// message's visible copy is built. When that copy goes, the region is
/// emptied again (unless another message has been said since).
pub fn announce(text: String, urgent: bool) {
    let Some(announcer) = use_context::<Announcer>() else {
        // A component mounted outside a widget (a test): nothing to say it with.
        return;
    };
    let region = if urgent {
        announcer.urgent
    } else {
        announcer.polite
    };
    let id = region.say(text);
    on_cleanup(move || region.clear(id));
}
