//! `display="popup"`: the widget lives in a modal `<dialog>` in its shadow
//! root, opened by the page (`el.open()`, or any element with
//! `data-trial-booking-open`, see the loader) or by the optional floating
//! button. The browser's modal dialog makes the page behind it inert, closes
//! on Escape and returns focus to where it was. Here: Tab and Shift+Tab wrap
//! around inside the dialog (Chromium would let focus leave for the browser's
//! own controls), and the page does not scroll while it is open (nor shift:
//! a page with a scrollbar keeps its gutter). Opening and closing are told to
//! the host page (`trial-booking:open`, `trial-booking:close`).

use crate::domain::events::HostEvent;
use crate::i18n::{I18n, Key};
use crate::ui::hooks::use_host_events::HostEvents;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlDialogElement, HtmlElement, ShadowRoot};

/// The dialog, its close button and the floating button of one widget.
pub struct Popup {
    dialog: HtmlDialogElement,
    launcher: Option<Element>,
    /// The page's own inline scroll styles before the dialog opened, while it is open.
    locked: Locked,
    events: HostEvents,
    /// Removed before the dialog is closed for good (no event then).
    on_closed: Closure<dyn FnMut()>,
    _listeners: Vec<Closure<dyn FnMut()>>,
    _trap: Closure<dyn FnMut(web_sys::KeyboardEvent)>,
}

impl Popup {
    /// Builds the dialog in `shadow` (the widget's container goes inside
    /// [`Popup::body`]) and, when asked, the floating button.
    /// `theme` is the widget's theme class: the dialog and the button wear its colours.
    pub fn new(
        document: &Document,
        shadow: &ShadowRoot,
        i18n: I18n,
        floating: bool,
        theme: &str,
        events: HostEvents,
    ) -> Popup {
        let dialog: HtmlDialogElement = document
            .create_element("dialog")
            .expect("create dialog")
            .unchecked_into();
        dialog.set_class_name(&format!("tb-dialog {theme}"));
        let _ = dialog.set_attribute("part", "dialog");
        let _ = dialog.set_attribute("aria-labelledby", "tb-heading");
        let close = button(document, "tb-dialog__close", "close-button");
        let _ = close.set_attribute("aria-label", i18n.t(Key::PopupClose));
        close.set_text_content(Some("×"));
        let _ = dialog.append_child(&close);
        let _ = shadow.append_child(&dialog);

        let locked: Locked = Rc::new(RefCell::new(None));
        let mut listeners = Vec::new();
        let on_close = {
            let dialog = dialog.clone();
            Closure::<dyn FnMut()>::new(move || dialog.close())
        };
        let _ = close.add_event_listener_with_callback("click", on_close.as_ref().unchecked_ref());
        listeners.push(on_close);
        // However it closes (button, Escape, close()), the page scrolls again.
        let on_closed = {
            let (locked, events) = (locked.clone(), events.clone());
            Closure::<dyn FnMut()>::new(move || {
                unlock_scroll(&locked);
                events.emit(&HostEvent::Closed);
            })
        };
        let _ =
            dialog.add_event_listener_with_callback("close", on_closed.as_ref().unchecked_ref());

        let trap = {
            let (dialog, shadow) = (dialog.clone(), shadow.clone());
            Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(
                move |event: web_sys::KeyboardEvent| {
                    if event.key() == "Tab" {
                        wrap_focus(&dialog, &shadow, &event);
                    }
                },
            )
        };
        let _ = dialog.add_event_listener_with_callback("keydown", trap.as_ref().unchecked_ref());
        let launcher = floating.then(|| {
            let launcher = button(document, &format!("tb-launcher {theme}"), "launcher");
            launcher.set_text_content(Some(i18n.t(Key::PopupLauncher)));
            let open = {
                let (dialog, locked, events) = (dialog.clone(), locked.clone(), events.clone());
                Closure::<dyn FnMut()>::new(move || show(&dialog, &locked, &events))
            };
            let _ =
                launcher.add_event_listener_with_callback("click", open.as_ref().unchecked_ref());
            listeners.push(open);
            let _ = shadow.append_child(&launcher);
            launcher
        });
        Popup {
            dialog,
            launcher,
            locked,
            events,
            on_closed,
            _listeners: listeners,
            _trap: trap,
        }
    }

    /// Where the widget's container goes.
    pub fn body(&self) -> &HtmlDialogElement {
        &self.dialog
    }

    pub fn open(&self) {
        show(&self.dialog, &self.locked, &self.events);
    }

    pub fn close(&self) {
        self.dialog.close();
    }

    pub fn is_open(&self) -> bool {
        self.dialog.open()
    }

    /// Wears another theme's colours (`theme`: its class), in place.
    pub fn set_theme(&self, theme: &str) {
        self.dialog.set_class_name(&format!("tb-dialog {theme}"));
        if let Some(launcher) = &self.launcher {
            launcher.set_class_name(&format!("tb-launcher {theme}"));
        }
    }
}

impl Drop for Popup {
    fn drop(&mut self) {
        // Unmounting is not the visitor closing it: no event.
        let _ = self
            .dialog
            .remove_event_listener_with_callback("close", self.on_closed.as_ref().unchecked_ref());
        self.dialog.close();
        unlock_scroll(&self.locked);
        self.dialog.remove();
        if let Some(launcher) = &self.launcher {
            launcher.remove();
        }
    }
}

fn button(document: &Document, class: &str, part: &str) -> Element {
    let button = document.create_element("button").expect("create button");
    let _ = button.set_attribute("type", "button");
    button.set_class_name(class);
    let _ = button.set_attribute("part", part);
    button
}

fn root_style() -> Option<web_sys::CssStyleDeclaration> {
    let root: HtmlElement = web_sys::window()?
        .document()?
        .document_element()?
        .dyn_into()
        .ok()?;
    Some(root.style())
}

/// The page's inline scroll styles, each with its priority, to put back as they were.
type Locked = Rc<RefCell<Option<Vec<(&'static str, String, String)>>>>;

/// The root element's properties the open dialog sets.
const SCROLL_PROPERTIES: [&str; 3] = ["overflow-x", "overflow-y", "scrollbar-gutter"];

fn show(dialog: &HtmlDialogElement, locked: &Locked, events: &HostEvents) {
    if dialog.open() || dialog.show_modal().is_err() {
        return;
    }
    // (Not locked yet: a second open while open changes nothing. The borrow
    // ends here, before the lock is taken below.)
    let unlocked = locked.borrow().is_none();
    if let (Some(style), true) = (root_style(), unlocked) {
        let before = SCROLL_PROPERTIES
            .iter()
            .map(|p| {
                let value = style.get_property_value(p).unwrap_or_default();
                (*p, value, style.get_property_priority(p))
            })
            .collect();
        // A page that shows a scrollbar keeps its gutter: nothing behind shifts.
        if has_vertical_scrollbar() {
            let _ = style.set_property("scrollbar-gutter", "stable");
        }
        let _ = style.set_property("overflow-x", "hidden");
        let _ = style.set_property("overflow-y", "hidden");
        *locked.borrow_mut() = Some(before);
    }
    events.mark_seen();
    events.emit(&HostEvent::Opened);
}

fn has_vertical_scrollbar() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let inner = window.inner_width().ok().and_then(|w| w.as_f64());
    let client = window
        .document()
        .and_then(|d| d.document_element())
        .map(|e| e.client_width() as f64);
    matches!((inner, client), (Some(i), Some(c)) if i > c)
}

/// Puts the page's own inline scroll styles back exactly as they were.
fn unlock_scroll(locked: &Locked) {
    if let (Some(before), Some(style)) = (locked.borrow_mut().take(), root_style()) {
        for (property, value, priority) in before {
            if value.is_empty() {
                let _ = style.remove_property(property);
            } else {
                let _ = style.set_property_with_priority(property, &value, &priority);
            }
        }
    }
}

/// What Tab can reach inside the dialog, in order.
const FOCUSABLE: &str = "button:not([disabled]), a[href], input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

/// From the dialog's last focusable element Tab goes to its first, and
/// Shift+Tab from the first to the last.
fn wrap_focus(dialog: &HtmlDialogElement, shadow: &ShadowRoot, event: &web_sys::KeyboardEvent) {
    let Ok(list) = dialog.query_selector_all(FOCUSABLE) else {
        return;
    };
    let reachable: Vec<HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .filter(|el| el.offset_width() > 0 || el.offset_height() > 0)
        .collect();
    let (Some(first), Some(last)) = (reachable.first(), reachable.last()) else {
        return;
    };
    let active = shadow.active_element();
    let at = |el: &HtmlElement| {
        active
            .as_ref()
            .is_some_and(|a| a == el.unchecked_ref::<Element>())
    };
    let target = if event.shift_key() && (at(first) || active.is_none()) {
        last
    } else if !event.shift_key() && at(last) {
        first
    } else {
        return;
    };
    event.prevent_default();
    let _ = target.focus();
}
