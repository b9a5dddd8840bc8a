//! One visit: the embed's prefill with the page URL's `tb-*` parameters
//! applied (where `url-prefill` allows), and the campaign its `utm_*`
//! parameters name (`utm-campaigns`).

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
        }
    }
}
