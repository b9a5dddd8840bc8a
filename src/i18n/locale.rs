//! Locale tags: the language of a BCP 47 tag, and the tag kept for `Intl`.

use super::Lang;
use std::cell::RefCell;

impl Lang {
    /// The language for a BCP 47 tag such as `de`, `de-CH` or `EN_us`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.iter().copied().find(|l| l.code() == primary)
    }
}

thread_local! {
    /// Locale tags, each distinct one stored once for the page's life.
    static TAGS: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// `tag` if it is a plausible BCP 47 tag (it goes to `Intl`), else the
/// language's code; stored once per distinct tag.
pub(super) fn locale_tag(tag: &str, lang: Lang) -> &'static str {
    let tag = tag.trim().replace('_', "-");
    let valid = tag.len() <= 35 && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !valid {
        return lang.code();
    }
    TAGS.with(|tags| {
        let mut tags = tags.borrow_mut();
        match tags.iter().find(|t| **t == tag) {
            Some(existing) => existing,
            None => {
                let leaked: &'static str = Box::leak(tag.into_boxed_str());
                tags.push(leaked);
                leaked
            }
        }
    })
}
