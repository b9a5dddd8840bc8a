//! Near misses of our attribute names: a misspelt attribute is reported
//! instead of being silently ignored.

use super::ATTRIBUTES;

/// Common HTML attributes that are close to ours by spelling but are the host
/// page's own business.
const HOST_ATTRIBUTES: &[&str] = &[
    "id", "class", "style", "slot", "part", "title", "hidden", "dir", "role",
];

/// An attribute name within two edits of one of ours (and not a common host
/// attribute) is almost certainly a typo worth reporting.
pub fn near_miss(name: &str) -> Option<&'static str> {
    if HOST_ATTRIBUTES.contains(&name) || name.starts_with("data-") || name.starts_with("aria-") {
        return None;
    }
    ATTRIBUTES
        .iter()
        .map(|a| (edit_distance(name, a.name), a.name))
        .filter(|(d, known)| *d <= 2 && *d < known.len() / 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, known)| known)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut row = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            row[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(row[j] + 1);
        }
        prev = row;
    }
    prev[b.len()]
}
