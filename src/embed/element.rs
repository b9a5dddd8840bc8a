use super::{standalone::mount_defined, MountedWidget};
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

#[wasm_bindgen(inline_js = r#"
export function defineElement(name, observed, mount) {
  if (customElements.get(name)) return;
  customElements.define(name, class extends HTMLElement {
    static get observedAttributes() { return observed; }
    connectedCallback() {
      if (!this._tbWidget) this._tbWidget = mount(this);
    }
    disconnectedCallback() {
      // Moving the element disconnects and reconnects it at once: keep the widget then.
      queueMicrotask(() => {
        if (!this.isConnected && this._tbWidget) {
          this._tbWidget.free();
          this._tbWidget = undefined;
        }
      });
    }
    attributeChangedCallback(_name, before, after) {
      if (!this._tbWidget || before === after || this._tbRemount) return;
      // Frameworks set several attributes in a row: remount once, afterwards.
      this._tbRemount = true;
      queueMicrotask(() => {
        this._tbRemount = false;
        if (this._tbWidget) {
          this._tbWidget.free();
          this._tbWidget = mount(this);
        }
      });
    }
  });
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = defineElement)]
    fn define_element(
        name: &str,
        observed: js_sys::Array,
        mount: &Closure<dyn FnMut(HtmlElement) -> MountedWidget>,
    );
}

pub(super) fn define(name: &str, observed: &[&str]) {
    let observed: js_sys::Array = observed.iter().map(|a| JsValue::from_str(a)).collect();
    let mount = Closure::<dyn FnMut(HtmlElement) -> MountedWidget>::new(|host: HtmlElement| {
        mount_defined(&host)
    });
    define_element(name, observed, &mount);
    // The element class keeps calling it for as long as the page lives.
    mount.forget();
}
