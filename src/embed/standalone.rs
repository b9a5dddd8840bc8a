//! Mounting without the loader's language and texts: the browser tests (which
//! have every language compiled in, `bundled-locales`) and a loader that hands
//! over no texts. The language is the element's own `lang`, else the nearest
//! ancestor's (usually `<html lang>`), else the browser's languages, else
//! English; the texts are fetched from `locales/<lang>.json` next to the wasm
//! before the widget renders. The loader does both itself, sooner.

use super::{Boot, MountedWidget};
use crate::i18n::{I18n, Lang};
use web_sys::HtmlElement;

pub(super) fn mount_fetching(host: &HtmlElement, boot: Boot) -> MountedWidget {
    let tag = boot.locale.unwrap_or_else(|| visitor_language(host));
    #[cfg(feature = "bundled-locales")]
    {
        super::mount_with(host, I18n::bundled(&tag), boot.prefetched)
    }
    #[cfg(not(feature = "bundled-locales"))]
    {
        let widget = MountedWidget::empty(host);
        let rendered = std::rc::Rc::downgrade(&widget.rendered);
        let host = host.clone();
        let prefetched = boot.prefetched;
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
                let widget = super::render(&host, i18n, prefetched);
                *rendered.borrow_mut() = Some(widget);
            }
        });
        widget
    }
}

#[cfg(not(feature = "bundled-locales"))]
async fn fetch_texts(tag: &str) -> Result<I18n, String> {
    let lang = Lang::from_tag(tag).unwrap_or(Lang::En);
    let path = format!("locales/{}.json", lang.code());
    let texts = crate::dist::json_of(crate::dist::asset_json(&path)).await;
    if texts.is_null() {
        return Err(format!("{path} could not be loaded"));
    }
    I18n::from_js(tag, &texts)
}

fn visitor_language(host: &HtmlElement) -> String {
    let page_lang = host
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|el| el.get_attribute("lang"))
        .filter(|lang| !lang.trim().is_empty());
    let browser: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|l| l.as_string())
                .collect()
        })
        .unwrap_or_default();
    negotiate(page_lang.iter().chain(browser.iter()).map(String::as_str))
}

/// The first candidate tag (most preferred first) of a language the widget
/// speaks, or `en`. A tag without a region (a page saying `lang="en"`) borrows
/// a later, more specific one of the same language (the browser's `en-GB`),
/// which formats times differently. (The loader's `visitorLocale` does the same.)
pub fn negotiate<'a>(candidates: impl IntoIterator<Item = &'a str>) -> String {
    let tags: Vec<String> = candidates
        .into_iter()
        .map(|t| t.trim().replace('_', "-"))
        .collect();
    let Some((index, lang)) = tags
        .iter()
        .enumerate()
        .find_map(|(i, t)| Lang::from_tag(t).map(|l| (i, l)))
    else {
        return "en".into();
    };
    let tag = &tags[index];
    if !tag.contains('-') {
        let prefix = format!("{}-", lang.code());
        if let Some(specific) = tags[index + 1..]
            .iter()
            .find(|t| t.to_ascii_lowercase().starts_with(&prefix))
        {
            return specific.clone();
        }
    }
    tag.clone()
}

#[cfg(test)]
mod tests {
    use super::negotiate;

    #[test]
    fn the_first_supported_language_wins_and_english_is_the_fallback() {
        assert_eq!(negotiate(["xx-YY", "de-AT", "en"]), "de-AT");
        assert_eq!(negotiate(["zz"]), "en");
        assert_eq!(negotiate([]), "en");
        assert_eq!(negotiate(["pl", "en"]), "pl");
    }

    #[test]
    fn a_bare_language_borrows_the_region_from_the_browser() {
        assert_eq!(negotiate(["fr-FR", "en_GB", "de"]), "fr-FR");
        assert_eq!(negotiate(["en", "en-GB", "de-DE"]), "en-GB");
        assert_eq!(negotiate(["de", "en-GB"]), "de");
    }
}
