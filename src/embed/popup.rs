//! `display="popup"`: the widget lives in a modal `<dialog>` in its shadow
//! root, opened by the page (`el.open()`, or any element with
//! `data-trial-booking-open`, see the loader) or by the optional floating
//! button. The browser's modal dialog makes the page behind it inert, closes
//! on Escape and returns focus to where it was. Here: Tab and Shift+Tab wrap
//! around inside the dialog (Chromium would let focus leave for the browser's
//! own controls), and the page does not scroll while it is open.

use crate::i18n::{I18n, Key};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlDialogElement, HtmlElement, ShadowRoot};

/// The dialog, its close button and the floating button of one widget.
pub struct Popup {
    dialog: HtmlDialogElement,
    launcher: Option<Element>,
    /// The page's `overflow` before the dialog opened, while it is open.
    locked: Rc<RefCell<Option<String>>>,
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

        let locked = Rc::new(RefCell::new(None));
        let mut listeners = Vec::new();
        let on_close = {
            let dialog = dialog.clone();
            Closure::<dyn FnMut()>::new(move || dialog.close())
        };
        let _ = close.add_event_listener_with_callback("click", on_close.as_ref().unchecked_ref());
        listeners.push(on_close);
        // However it closes (button, Escape, close()), the page scrolls again.
        let on_closed = {
            let locked = locked.clone();
            Closure::<dyn FnMut()>::new(move || unlock_scroll(&locked))
        };
        let _ =
            dialog.add_event_listener_with_callback("close", on_closed.as_ref().unchecked_ref());
        listeners.push(on_closed);

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
                let (dialog, locked) = (dialog.clone(), locked.clone());
                Closure::<dyn FnMut()>::new(move || show(&dialog, &locked))
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
            _listeners: listeners,
            _trap: trap,
        }
    }

    /// Where the widget's container goes.
    pub fn body(&self) -> &HtmlDialogElement {
        &self.dialog
    }

    pub fn open(&self) {
        show(&self.dialog, &self.locked);
    }

    pub fn close(&self) {
        self.dialog.close();
    }
}

impl Drop for Popup {
    fn drop(&mut self) {
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

fn show(dialog: &HtmlDialogElement, locked: &Rc<RefCell<Option<String>>>) {
    if dialog.open() || dialog.show_modal().is_err() {
        return;
    }
    if let Some(style) = root_style() {
        let before = style.get_property_value("overflow").unwrap_or_default();
        let _ = style.set_property("overflow", "hidden");
        *locked.borrow_mut() = Some(before);
    }
}

fn unlock_scroll(locked: &Rc<RefCell<Option<String>>>) {
    if let (Some(before), Some(style)) = (locked.borrow_mut().take(), root_style()) {
        if before.is_empty() {
            let _ = style.remove_property("overflow");
        } else {
            let _ = style.set_property("overflow", &before);
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
