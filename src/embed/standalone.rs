//! Mounting without the loader's language and texts: the browser tests (which
//! have every language compiled in, `bundled-locales`) and a loader that hands
//! over no texts. The language is the loader's choice, else the nearest `lang`
//! as it is (the loader's `matchLocale` is the one matcher); the texts are
//! fetched from `locales/<lang>.json` next to the wasm before the widget
//! renders. The loader does both itself, sooner.

use super::{Boot, MountedWidget};
use crate::i18n::I18n;
use web_sys::HtmlElement;

pub(super) fn mount_fetching(host: &HtmlElement, boot: Boot) -> MountedWidget {
    let tag = boot.locale.unwrap_or_else(|| visitor_language(host));
    #[cfg(feature = "bundled-locales")]
    {
        super::mount_with(host, I18n::bundled(&tag), boot.prefetched, boot.resume)
    }
    #[cfg(not(feature = "bundled-locales"))]
    {
        let widget = MountedWidget::empty(host);
        let rendered = std::rc::Rc::downgrade(&widget.rendered);
        let host = host.clone();
        let (prefetched, resume) = (boot.prefetched, boot.resume);
        wasm_bindgen_futures::spawn_local(async move {
            let i18n = match fetch_texts(&tag).await {
                Ok(i18n) => i18n,
                Err(error) => {
                    web_sys::console::error_2(
                        &format!("<{}>: texts for \"{tag}\": {error}", super::ELEMENT_NAME).into(),
                        &host,
                    );
                    return;
                }
            };
            // Not if the widget was unmounted in the meantime.
            if let Some(rendered) = rendered.upgrade() {
                let widget = super::render(&host, i18n, prefetched, resume);
                *rendered.borrow_mut() = Some(widget);
            }
        });
        widget
    }
}

#[cfg(not(feature = "bundled-locales"))]
async fn fetch_texts(tag: &str) -> Result<I18n, String> {
    use crate::i18n::Lang;
    let lang = Lang::from_tag(tag).unwrap_or(Lang::En);
    let path = format!("locales/{}.json", lang.code());
    let texts = crate::dist::json_of(crate::dist::asset_json(&path)).await;
    if texts.is_null() {
        return Err(format!("{path} could not be loaded"));
    }
    I18n::from_js(tag, &texts)
}

/// The nearest `lang` (the element's own, else an ancestor's), as it is, else
/// `en`. Languages are matched in one place, the loader's `matchLocale`, which
/// hands its choice over as `lang`; only a widget mounted without the loader
/// (the browser tests) reads the page here, and a tag whose language the widget
/// does not speak gets English.
fn visitor_language(host: &HtmlElement) -> String {
    host.closest("[lang]")
        .ok()
        .flatten()
        .and_then(|el| el.get_attribute("lang"))
        .map(|lang| lang.trim().to_string())
        .filter(|lang| !lang.is_empty())
        .unwrap_or_else(|| "en".into())
}
