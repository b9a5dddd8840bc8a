//! What an embed fills in or chooses in advance: by attribute, or with
//! `url-prefill` by the page URL's `tb-*` parameters (`config::visit`).

use trial_api::models::{StudioId, TrialOfferConfigId};

/// Values the embed (attributes, or the page URL where allowed) fills in or
/// chooses in advance. Personal values only prefill empty fields, stay
/// editable, and are never written to the URL or into events.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Prefill {
    /// Open API: the trial offer to choose (its `trialOfferConfigId`).
    pub offer_id: Option<TrialOfferConfigId>,
    /// Open API: show only the offers of this category (and choose it if it is the only one).
    pub offer_category: Option<String>,
    /// Connect: the studio to choose (the URL's `tb-studio-id`; the attribute is `studio-id`).
    pub studio_id: Option<StudioId>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}
