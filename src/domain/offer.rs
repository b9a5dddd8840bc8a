//! What a visitor can book: a trial class or a trial appointment, from
//! either catalogue list, in one shape.

use serde::{Deserialize, Serialize};
use trial_api::models::open_api::{BookableTrialOfferAppointment, TrialOfferClass};
use trial_api::models::{BookableAppointmentId, ClassId, TrialOfferConfigId};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OfferKind {
    Class {
        class_id: ClassId,
    },
    Appointment {
        appointment_id: BookableAppointmentId,
    },
}

impl OfferKind {
    /// `class` or `appointment`: the kind's name in events and on the thank-you page.
    pub fn name(&self) -> &'static str {
        match self {
            OfferKind::Class { .. } => "class",
            OfferKind::Appointment { .. } => "appointment",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    pub kind: OfferKind,
    pub config_id: TrialOfferConfigId,
    pub title: Option<String>,
    pub category: Option<String>,
    pub duration_minutes: Option<i32>,
    pub description: Option<String>,
    /// Only an image URL that is safe to load (see [`safe_image_url`]).
    pub image: Option<String>,
}

impl Offer {
    pub fn from_class(item: &TrialOfferClass, trusted_base: &str) -> Offer {
        let c = &item.trial_offer_class;
        Offer {
            kind: OfferKind::Class { class_id: c.id },
            config_id: item.trial_offer_config_id,
            title: non_empty(&c.title),
            category: non_empty(&c.category),
            duration_minutes: c.duration.filter(|d| *d > 0),
            description: non_empty(&c.description),
            image: c
                .img_url
                .as_deref()
                .and_then(|u| safe_image_url(u, trusted_base)),
        }
    }

    pub fn from_appointment(item: &BookableTrialOfferAppointment, trusted_base: &str) -> Offer {
        let a = &item.trial_offer_bookable_appointment;
        Offer {
            kind: OfferKind::Appointment {
                appointment_id: a.id,
            },
            config_id: item.trial_offer_config_id,
            title: non_empty(&a.title),
            category: non_empty(&a.category),
            duration_minutes: a.duration.filter(|d| *d > 0),
            description: non_empty(&a.description),
            image: a
                .img_url
                .as_deref()
                .and_then(|u| safe_image_url(u, trusted_base)),
        }
    }

    /// A stable key for lists and for remembering the choice across a reload.
    pub fn key(&self) -> String {
        match self.kind {
            OfferKind::Class { class_id } => format!("class-{class_id}"),
            OfferKind::Appointment { appointment_id } => format!("appointment-{appointment_id}"),
        }
    }

    pub fn is_class(&self) -> bool {
        matches!(self.kind, OfferKind::Class { .. })
    }
}

/// The catalogue as shown: classes first, then appointments, each in the
/// order the API gave them; classes the API marks not bookable are left out.
/// The offers the embed's `offer-category` asks for (case and spaces do not
/// matter), or all when it asks for none or for one no offer has.
pub fn in_category(offers: Vec<Offer>, category: Option<&str>) -> Vec<Offer> {
    let Some(wanted) = category.map(str::trim).filter(|c| !c.is_empty()) else {
        return offers;
    };
    let matches = |o: &Offer| {
        o.category
            .as_deref()
            .is_some_and(|c| c.trim().to_lowercase() == wanted.to_lowercase())
    };
    if offers.iter().any(matches) {
        offers.into_iter().filter(matches).collect()
    } else {
        offers
    }
}

/// The offer the embed chooses in advance: the one with `offer_id`, else the
/// only offer listed (after [`in_category`]) when the embed named a category.
pub fn preselected<'a>(
    offers: &'a [Offer],
    offer_id: Option<TrialOfferConfigId>,
    category: Option<&str>,
) -> Option<&'a Offer> {
    match offer_id {
        Some(id) => offers.iter().find(|o| o.config_id == id),
        None if category.is_some() && offers.len() == 1 => offers.first(),
        None => None,
    }
}

pub fn catalogue(
    classes: &[TrialOfferClass],
    appointments: &[BookableTrialOfferAppointment],
    trusted_base: &str,
) -> Vec<Offer> {
    classes
        .iter()
        .filter(|c| c.trial_offer_class.bookable)
        .map(|c| Offer::from_class(c, trusted_base))
        .chain(
            appointments
                .iter()
                .map(|a| Offer::from_appointment(a, trusted_base)),
        )
        .collect()
}

/// Image URLs from the API are loaded only over `https:`, or from where the
/// widget itself is hosted (`trusted_base`, e.g. the demo's pictures). Anything
/// else (`http:` from elsewhere, `javascript:`, `data:` …) is dropped.
pub fn safe_image_url(url: &str, trusted_base: &str) -> Option<String> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    let https = lower.starts_with("https://") && lower.len() > "https://".len();
    let own = !trusted_base.is_empty() && url.starts_with(trusted_base);
    let clean = !url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
    ((https || own) && clean).then(|| url.to_string())
}

fn non_empty(text: &Option<String>) -> Option<String> {
    text.as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offer(config_id: i64, category: Option<&str>) -> Offer {
        Offer {
            kind: OfferKind::Class {
                class_id: ClassId(config_id),
            },
            config_id: TrialOfferConfigId(config_id),
            title: None,
            category: category.map(str::to_string),
            duration_minutes: None,
            description: None,
            image: None,
        }
    }

    #[test]
    fn the_embed_narrows_to_a_category_and_chooses_in_advance() {
        let all = vec![
            offer(1, Some("Yoga")),
            offer(2, Some("Kraft")),
            offer(3, None),
        ];
        let yoga = in_category(all.clone(), Some(" yoga "));
        assert_eq!(yoga, vec![offer(1, Some("Yoga"))]);
        assert_eq!(
            in_category(all.clone(), Some("Tanz")),
            all,
            "an unknown category hides nothing"
        );
        assert_eq!(in_category(all.clone(), None), all);
        assert_eq!(preselected(&yoga, None, Some("yoga")), Some(&yoga[0]));
        assert_eq!(
            preselected(&all, None, Some("Tanz")),
            None,
            "several offers: the visitor chooses"
        );
        assert_eq!(
            preselected(&all, Some(TrialOfferConfigId(2)), None),
            Some(&all[1])
        );
        assert_eq!(preselected(&all, Some(TrialOfferConfigId(9)), None), None);
    }
    use serde_json::json;

    #[test]
    fn only_https_or_own_images_are_used() {
        let base = "http://127.0.0.1:8080/";
        assert_eq!(
            safe_image_url("https://img.example/a.jpg", base).as_deref(),
            Some("https://img.example/a.jpg")
        );
        assert_eq!(
            safe_image_url("HTTPS://img.example/a.jpg", base).as_deref(),
            Some("HTTPS://img.example/a.jpg")
        );
        assert_eq!(
            safe_image_url("http://127.0.0.1:8080/demo/yoga.svg", base).as_deref(),
            Some("http://127.0.0.1:8080/demo/yoga.svg")
        );
        for bad in [
            "http://img.example/a.jpg",
            "javascript:alert(1)",
            "data:image/svg+xml,<svg/>",
            "//img.example/a.jpg",
            "https://",
            "https://a.example/x y.jpg",
            "https://a.example/\"onerror=x",
        ] {
            assert_eq!(safe_image_url(bad, base), None, "{bad}");
        }
        assert_eq!(safe_image_url("http://127.0.0.1:8080/x.svg", ""), None);
    }

    #[test]
    fn both_lists_become_one_catalogue() {
        let classes: Vec<TrialOfferClass> = serde_json::from_value(json!([
            {"trialOfferConfigId": 1, "trialOfferClass": {"id": 11, "title": " Yoga ", "bookable": true, "duration": 60, "imgUrl": "http://x/y.png"}},
            {"trialOfferConfigId": 1, "trialOfferClass": {"id": 12, "title": "Hidden", "bookable": false}},
            {"trialOfferConfigId": 2, "trialOfferClass": {"id": 13, "title": "", "bookable": true, "duration": 0}}
        ]))
        .unwrap();
        let appointments: Vec<BookableTrialOfferAppointment> = serde_json::from_value(json!([
            {"trialOfferConfigId": 3, "trialOfferBookableAppointment": {"id": 21, "title": "Intro", "imgUrl": "https://img.example/i.png"}}
        ]))
        .unwrap();
        let offers = catalogue(&classes, &appointments, "");
        assert_eq!(
            offers.iter().map(Offer::key).collect::<Vec<_>>(),
            ["class-11", "class-13", "appointment-21"]
        );
        assert_eq!(offers[0].title.as_deref(), Some("Yoga"));
        assert_eq!(offers[0].image, None, "http image dropped");
        assert_eq!(offers[1].title, None);
        assert_eq!(offers[1].duration_minutes, None);
        assert_eq!(
            offers[2].image.as_deref(),
            Some("https://img.example/i.png")
        );
        assert!(!offers[2].is_class());
    }
}
