//! Helpers for the browser tests: mounting elements, waiting, and finding
//! nodes by role and accessible name inside a widget's shadow root.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRoot};

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

#[wasm_bindgen(inline_js = r#"
export function defineTestElement(name, mount) {
  if (customElements.get(name)) return;
  customElements.define(name, class extends HTMLElement {
    connectedCallback() { this._tbWidget ??= mount(this); }
    disconnectedCallback() { this._tbWidget?.free(); this._tbWidget = undefined; }
  });
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = defineTestElement)]
    fn define_test_element(
        name: &str,
        mount: &Closure<dyn FnMut(HtmlElement) -> trial_booking::MountedWidget>,
    );
}

/// Registers `<trial-booking>` for these tests: mounted when connected, freed
/// when disconnected. The product's element class is the loader
/// (`trial-booking.js`), whose own behaviour (moves, attribute changes, one
/// wasm per backend) the end-to-end tests check.
fn define() {
    thread_local!(static DEFINED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if DEFINED.with(|d| d.replace(true)) {
        return;
    }
    let mount = Closure::<dyn FnMut(HtmlElement) -> trial_booking::MountedWidget>::new(
        |host: HtmlElement| trial_booking::mount(&host),
    );
    define_test_element(trial_booking::embed::ELEMENT_NAME, &mount);
    mount.forget();
}

/// A fresh `<trial-booking>` with the given attributes, attached to `parent`
/// (or `<body>`), after the element is registered.
pub fn widget_in(parent: &Element, attributes: &[(&str, &str)]) -> HtmlElement {
    pin_clock();
    define();
    let el: HtmlElement = document()
        .create_element("trial-booking")
        .unwrap()
        .unchecked_into();
    for (name, value) in attributes {
        el.set_attribute(name, value).unwrap();
    }
    parent.append_child(&el).unwrap();
    el
}

/// Pins the widget's clock to `TB_NOW` (RFC 3339, read when the tests are
/// built) when `scripts/test` was run with it, so the whole suite can be run
/// on any day and hour, e.g. a Sunday night or a clock-change day. The mock
/// server reads the same variable.
pub fn pin_clock() {
    if let Some(at) = option_env!("TB_NOW").filter(|v| !v.trim().is_empty()) {
        let at = chrono::DateTime::parse_from_rfc3339(at.trim())
            .unwrap_or_else(|e| panic!("TB_NOW={at}: {e}"))
            .to_utc();
        // Pinned once: the clock runs on from there for the whole run.
        thread_local!(static PINNED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
        if !PINNED.with(|p| p.replace(true)) {
            trial_booking::time::pin(at);
        }
    }
}

pub fn widget(attributes: &[(&str, &str)]) -> HtmlElement {
    widget_in(&document().body().unwrap(), attributes)
}

/// Lets queued microtasks and one macrotask run (custom-element callbacks,
/// Leptos effects).
pub async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    leptos::task::tick().await;
}

pub fn shadow(el: &HtmlElement) -> ShadowRoot {
    el.shadow_root()
        .expect("the widget renders into an open shadow root")
}

fn implicit_role(el: &Element) -> Option<&'static str> {
    Some(match el.tag_name().to_ascii_lowercase().as_str() {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => "heading",
        "nav" => "navigation",
        "ol" | "ul" => "list",
        "li" => "listitem",
        "button" => "button",
        "select" => "combobox",
        "input" => match el.get_attribute("type").as_deref() {
            Some("checkbox") => "checkbox",
            Some("radio") => "radio",
            Some("submit") | Some("button") => "button",
            _ => "textbox",
        },
        "dl" => "list",
        "form" => "form",
        "a" if el.has_attribute("href") => "link",
        "section" if el.has_attribute("aria-labelledby") || el.has_attribute("aria-label") => {
            "region"
        }
        _ => return None,
    })
}

/// The accessible name, as far as these tests need it: `aria-label`, then
/// `aria-labelledby`, then the text content without `aria-hidden` parts,
/// whitespace collapsed.
pub fn accessible_name(root: &ShadowRoot, el: &Element) -> String {
    let raw = if let Some(label) = el.get_attribute("aria-label") {
        label
    } else if let Some(ids) = el.get_attribute("aria-labelledby") {
        ids.split_whitespace()
            .filter_map(|id| root.get_element_by_id(id))
            .map(|e| visible_text(&e))
            .collect::<Vec<_>>()
            .join(" ")
    } else if let Some(label) = el
        .get_attribute("id")
        .filter(|_| {
            matches!(
                el.tag_name().to_ascii_lowercase().as_str(),
                "input" | "select" | "textarea"
            )
        })
        .and_then(|id| {
            root.query_selector(&format!("label[for='{id}']"))
                .ok()
                .flatten()
        })
    {
        visible_text(&label)
    } else {
        visible_text(el)
    };
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text content, leaving out subtrees hidden from assistive technology.
fn visible_text(node: &web_sys::Node) -> String {
    if let Some(el) = node.dyn_ref::<Element>() {
        if el.get_attribute("aria-hidden").as_deref() == Some("true") {
            return String::new();
        }
    }
    if node.node_type() == web_sys::Node::TEXT_NODE {
        return node.text_content().unwrap_or_default();
    }
    let children = node.child_nodes();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .map(|c| visible_text(&c))
        .collect()
}

/// All elements in the shadow root with this role (explicit or implicit).
pub fn all_by_role(root: &ShadowRoot, role: &str) -> Vec<Element> {
    let nodes = root.query_selector_all("*").unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .map(|n| n.unchecked_into::<Element>())
        .filter(|el| el.get_attribute("role").as_deref().or(implicit_role(el)) == Some(role))
        .collect()
}

/// The one element with this role and exactly this accessible name.
pub fn by_role(root: &ShadowRoot, role: &str, name: &str) -> Element {
    let matches: Vec<_> = all_by_role(root, role)
        .into_iter()
        .filter(|el| accessible_name(root, el) == name)
        .collect();
    match matches.len() {
        1 => matches.into_iter().next().unwrap(),
        n => {
            let seen: Vec<_> = all_by_role(root, role)
                .iter()
                .map(|e| accessible_name(root, e))
                .collect();
            panic!("expected one {role} named {name:?}, found {n}; {role}s present: {seen:?}")
        }
    }
}

pub fn text(root: &ShadowRoot) -> String {
    root.text_content()
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Records `console.error` calls while alive; restores the original on drop.
pub struct ConsoleErrors {
    original: JsValue,
    calls: js_sys::Array,
    _recorder: Closure<dyn FnMut(JsValue)>,
}

impl ConsoleErrors {
    pub fn capture() -> Self {
        let console = js_sys::Reflect::get(&js_sys::global(), &"console".into()).unwrap();
        let original = js_sys::Reflect::get(&console, &"error".into()).unwrap();
        let calls = js_sys::Array::new();
        let sink = calls.clone();
        let recorder = Closure::<dyn FnMut(JsValue)>::new(move |first: JsValue| {
            sink.push(&first);
        });
        js_sys::Reflect::set(&console, &"error".into(), recorder.as_ref()).unwrap();
        ConsoleErrors {
            original,
            calls,
            _recorder: recorder,
        }
    }

    pub fn messages(&self) -> Vec<String> {
        self.calls
            .iter()
            .map(|m| m.as_string().unwrap_or_default())
            .collect()
    }
}

impl Drop for ConsoleErrors {
    fn drop(&mut self) {
        let console = js_sys::Reflect::get(&js_sys::global(), &"console".into()).unwrap();
        js_sys::Reflect::set(&console, &"error".into(), &self.original).unwrap();
    }
}

/// Waits (up to 10 s) until an element with this role and name exists.
pub async fn find(root: &ShadowRoot, role: &str, name: &str) -> Element {
    for _ in 0..200 {
        if let Some(el) = all_by_role(root, role)
            .into_iter()
            .find(|el| accessible_name(root, el) == name)
        {
            return el;
        }
        wait(50).await;
    }
    let seen: Vec<_> = all_by_role(root, role)
        .iter()
        .map(|e| accessible_name(root, e))
        .collect();
    panic!(
        "no {role} named {name:?} appeared; {role}s present: {seen:?}\n{}",
        text(root)
    )
}

/// Waits (up to 10 s) until an element with this role whose name contains `part` exists.
pub async fn find_containing(root: &ShadowRoot, role: &str, part: &str) -> Element {
    for _ in 0..200 {
        if let Some(el) = all_by_role(root, role)
            .into_iter()
            .find(|el| accessible_name(root, el).contains(part))
        {
            return el;
        }
        wait(50).await;
    }
    let seen: Vec<_> = all_by_role(root, role)
        .iter()
        .map(|e| accessible_name(root, e))
        .collect();
    panic!("no {role} containing {part:?} appeared; {role}s present: {seen:?}")
}

/// Waits (up to 10 s) until the shadow root's text contains `part`.
pub async fn find_text(root: &ShadowRoot, part: &str) {
    for _ in 0..200 {
        if text(root).contains(part) {
            return;
        }
        wait(50).await;
    }
    panic!("text {part:?} did not appear in: {}", text(root))
}

pub async fn wait(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

pub async fn click(root: &ShadowRoot, role: &str, name: &str) {
    find(root, role, name)
        .await
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
}

/// Types into the textbox labelled `label`, as a person would (an `input` event).
pub async fn fill(root: &ShadowRoot, label: &str, value: &str) {
    let input: web_sys::HtmlInputElement = find(root, "textbox", label).await.unchecked_into();
    input.set_value(value);
    input
        .dispatch_event(
            &web_sys::Event::new_with_event_init_dict("input", &{
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                init
            })
            .unwrap(),
        )
        .unwrap();
    settle().await;
}

pub async fn choose(root: &ShadowRoot, label: &str, value: &str) {
    let select: web_sys::HtmlSelectElement = find(root, "combobox", label).await.unchecked_into();
    select.set_value(value);
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
}

pub async fn check(root: &ShadowRoot, label_part: &str) {
    let checkbox: HtmlElement = find_containing(root, "checkbox", label_part)
        .await
        .unchecked_into();
    checkbox.click();
    settle().await;
}

/// The value of the textbox labelled `label`, once it is there.
pub async fn value_of(root: &ShadowRoot, label: &str) -> String {
    find(root, "textbox", label)
        .await
        .unchecked_into::<web_sys::HtmlInputElement>()
        .value()
}

/// The mock API server's URL, baked in at build time by scripts/test.
pub fn mock() -> &'static str {
    match option_env!("MOCK_API_URL") {
        Some(url) => url,
        None => panic!("run the browser tests through scripts/test: MOCK_API_URL is not set"),
    }
}

/// Calls the mock server's control API (`/__mock/…`): POST with a body, else GET.
pub async fn control(path: &str, body: Option<serde_json::Value>) -> serde_json::Value {
    let url = format!("{}/__mock/{path}", mock());
    let request = match body {
        Some(body) => gloo_net::http::Request::post(&url)
            .header("Content-Type", "application/json")
            .body(body.to_string())
            .unwrap(),
        None => gloo_net::http::Request::get(&url).build().unwrap(),
    };
    serde_json::from_str(&request.send().await.unwrap().text().await.unwrap()).unwrap()
}

/// What the mock server received on `path` so far.
pub async fn requests_to(path: &str) -> Vec<serde_json::Value> {
    let all = control("requests", None).await;
    all.as_array()
        .unwrap()
        .iter()
        .filter(|r| r["path"] == path)
        .cloned()
        .collect()
}

/// Forgets an `identityToken` a test put on the page.
pub fn forget_identity() {
    trial_booking::page_url::forget_identity();
}

/// An e-mail address no earlier test used (the demo and mock remember leads).
pub fn unique(name: &str) -> String {
    format!(
        "{name}-{}@example.com",
        js_sys::Date::now() as u64 % 100_000_000
    )
}
