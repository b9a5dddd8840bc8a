//! One visit: the embed's prefill with the page URL's `tb-*` parameters
//! applied (where `url-prefill` allows), the campaign its `utm_*`
//! parameters name (`utm-campaigns`), and the note the studio's staff read
//! with the booking or lead (`note`, and the `utm_*` values).

use super::{Prefill, WidgetConfig};
use trial_api::models::{CampaignId, StudioId, TrialOfferConfigId};

/// One rule of `utm-campaigns`: when the page URL's `parameter` (`utm_source`,
/// `utm_campaign`, …) equals `value`, the lead comes from campaign `campaign_id`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UtmCampaign {
    pub parameter: String,
    pub value: String,
    pub campaign_id: CampaignId,
}

/// Page URL parameters that prefill a widget whose embed says `url-prefill`,
/// and the [`Prefill`] field each fills.
pub const PAGE_PARAMETERS: &[&str] = &[
    "tb-offer-id",
    "tb-offer-category",
    "tb-studio-id",
    "tb-first-name",
    "tb-last-name",
    "tb-email",
    "tb-phone",
];

/// What one visit starts with: the embed's prefill with the page URL's
/// parameters applied (where allowed), and the campaign the lead comes from.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Visit {
    pub prefill: Prefill,
    pub campaign_id: Option<CampaignId>,
    /// Connect: the note sent with a booking (`note`) or a lead (`notes`).
    pub note: Option<String>,
}

/// The campaign parameters a note names, in this order.
pub const UTM_PARAMETERS: &[&str] = &[
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_term",
    "utm_content",
];

/// Longest a note gets, in characters (the API documents no limit; a
/// campaign value is cut at [`NOTE_VALUE_MAX`]).
pub const NOTE_MAX: usize = 1000;
/// Longest a campaign value gets in a note, in characters.
pub const NOTE_VALUE_MAX: usize = 100;

/// The note for the studio's staff: the embed's `note`, then on a line of
/// its own the campaign the visitor came from, as the page URL's `utm_*`
/// values say (`utm_source=newsletter, utm_campaign=spring sale`: decoded,
/// the first of each, in [`UTM_PARAMETERS`]' order). `None` when there is
/// neither.
pub fn staff_note(note: Option<&str>, params: &[(&str, &str)]) -> Option<String> {
    let mut text = note.unwrap_or_default().trim().to_string();
    let mut joiner = if text.is_empty() { "" } else { "\n" };
    for name in UTM_PARAMETERS {
        let value = params
            .iter()
            .find(|(n, _)| n == name)
            .map_or("", |(_, v)| v.trim());
        if !value.is_empty() {
            text.push_str(joiner);
            text.push_str(name);
            text.push('=');
            text.extend(value.chars().take(NOTE_VALUE_MAX));
            joiner = ", ";
        }
    }
    (!text.is_empty()).then(|| text.chars().take(NOTE_MAX).collect())
}

impl WidgetConfig {
    /// Applies the page URL's query parameters (name, value; already decoded):
    /// with `url-prefill`, `tb-*` parameters override the attributes' prefill
    /// (a bad id is ignored); a `utm-campaigns` rule that matches names the
    /// campaign (the first matching rule wins; else `campaign-id`).
    pub fn visit<'a>(&self, page_params: impl IntoIterator<Item = (&'a str, &'a str)>) -> Visit {
        let mut prefill = self.prefill.clone();
        let mut campaign_id = None;
        let params: Vec<(&str, &str)> = page_params.into_iter().collect();
        if self.url_prefill {
            for (name, value) in &params {
                let value = value.trim();
                let text = || (!value.is_empty()).then(|| value.to_string());
                match *name {
                    "tb-offer-id" => {
                        prefill.offer_id = TrialOfferConfigId::parse(value).or(prefill.offer_id)
                    }
                    "tb-offer-category" => {
                        prefill.offer_category = text().or(prefill.offer_category.take())
                    }
                    "tb-studio-id" => {
                        prefill.studio_id = StudioId::parse(value).or(prefill.studio_id)
                    }
                    "tb-first-name" => prefill.first_name = text().or(prefill.first_name.take()),
                    "tb-last-name" => prefill.last_name = text().or(prefill.last_name.take()),
                    // An address has no unquoted space: it is a `+` an e-mail tool pasted unencoded.
                    "tb-email" => {
                        prefill.email = text().map(|t| t.replace(' ', "+")).or(prefill.email.take())
                    }
                    "tb-phone" => prefill.phone = text().or(prefill.phone.take()),
                    _ => {}
                }
            }
        }
        for rule in &self.utm_campaigns {
            if params
                .iter()
                .any(|(name, value)| *name == rule.parameter && value.trim() == rule.value)
            {
                campaign_id = Some(rule.campaign_id);
                break;
            }
        }
        Visit {
            prefill,
            campaign_id: campaign_id.or(self.campaign_id),
            // Only Connect has a field for it (a build without Connect carries none of this).
            note: cfg!(feature = "connect")
                .then(|| staff_note(self.note.as_deref(), &params))
                .flatten(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_says_the_embeds_words_then_the_campaign() {
        let params = [
            ("utm_campaign", "spring sale"),
            ("tb-email", "ada@example.com"),
            ("utm_source", " newsletter "),
            ("utm_source", "second"),
            ("utm_medium", ""),
            ("utm_id", "42"),
        ];
        assert_eq!(
            staff_note(Some(" Open day "), &params).as_deref(),
            Some("Open day\nutm_source=newsletter, utm_campaign=spring sale")
        );
        assert_eq!(
            staff_note(None, &params).as_deref(),
            Some("utm_source=newsletter, utm_campaign=spring sale")
        );
        assert_eq!(
            staff_note(Some("Open day"), &[]).as_deref(),
            Some("Open day")
        );
        assert_eq!(staff_note(Some("  "), &[("tb-first-name", "Ada")]), None);
    }

    #[test]
    fn a_note_is_never_longer_than_its_limits() {
        let long = "x".repeat(500);
        let params = [("utm_term", long.as_str())];
        let note = staff_note(None, &params).unwrap();
        assert_eq!(note.chars().count(), "utm_term=".len() + NOTE_VALUE_MAX);
        let note = staff_note(Some(&"ü".repeat(2000)), &params).unwrap();
        assert_eq!(note.chars().count(), NOTE_MAX);
    }
}
