//! The parser, by example: what each attribute gives, and every mistake.

use super::*;
use trial_api::models::{BookingId, CampaignId, ReferrerId, StudioId, TrialOfferConfigId};

fn parse(attrs: &[(&str, &str)]) -> Result<WidgetConfig, Vec<ConfigError>> {
    WidgetConfig::from_attributes(attrs.iter().copied())
}

fn errors(attrs: &[(&str, &str)]) -> Vec<ConfigError> {
    parse(attrs).expect_err("config should be rejected")
}

#[test]
fn embedding_attributes_default_to_inline_without_analytics_or_prefill() {
    let config = parse(&[]).unwrap();
    assert_eq!(config.display, Display::Inline);
    assert!(!config.floating_button && !config.url_prefill);
    assert_eq!(config.analytics, Analytics::default());
    assert_eq!(config.prefill, Prefill::default());
    assert!(config.utm_campaigns.is_empty());
}

#[test]
fn display_analytics_and_the_floating_button_are_parsed() {
    let config = parse(&[
        ("display", "POPUP"),
        ("floating-button", ""),
        ("analytics", "datalayer"),
    ])
    .unwrap();
    assert_eq!(config.display, Display::Popup);
    assert!(config.floating_button && config.analytics.data_layer);
    assert!(!config.analytics.gtag && !config.analytics.meta);
    assert_eq!(
        parse(&[("analytics", "none")]).unwrap().analytics,
        Analytics::default()
    );
    assert_eq!(
        parse(&[("analytics", " Meta,datalayer  GTAG ")])
            .unwrap()
            .analytics,
        Analytics {
            data_layer: true,
            gtag: true,
            meta: true
        }
    );
    assert_eq!(
        errors(&[("display", "modal"), ("analytics", "ga4")]),
        vec![
            ConfigError::UnknownValue {
                attribute: "display",
                value: "modal".into(),
                choices: DISPLAYS
            },
            ConfigError::UnknownValue {
                attribute: "analytics",
                value: "ga4".into(),
                choices: ANALYTICS
            },
        ]
    );
    assert_eq!(
        errors(&[("floating-button", "true")]),
        vec![ConfigError::FloatingButtonNeedsPopup]
    );
    assert_eq!(
        errors(&[("display", "popup"), ("floating-button", "yes")]),
        vec![ConfigError::InvalidFlag {
            attribute: "floating-button",
            value: "yes".into()
        }]
    );
}

#[test]
fn prefill_attributes_are_read_and_checked() {
    let config = parse(&[
        ("offer-id", "12"),
        ("offer-category", " Yoga "),
        ("first-name", "Mia"),
        ("last-name", "Schulz"),
        ("email", "mia@example.com"),
        ("phone", "+49 221 555"),
        ("url-prefill", ""),
    ])
    .unwrap();
    assert_eq!(
        config.prefill,
        Prefill {
            offer_id: Some(TrialOfferConfigId(12)),
            offer_category: Some("Yoga".into()),
            studio_id: None,
            first_name: Some("Mia".into()),
            last_name: Some("Schulz".into()),
            email: Some("mia@example.com".into()),
            phone: Some("+49 221 555".into()),
        }
    );
    assert!(config.url_prefill);
    assert_eq!(
        errors(&[("offer-id", "yoga")]),
        vec![ConfigError::InvalidId {
            attribute: "offer-id",
            value: "yoga".into()
        }]
    );
    assert_eq!(
        errors(&[
            ("backend", "connect"),
            ("api-base", "https://t.example"),
            ("offer-category", "Yoga")
        ]),
        vec![ConfigError::NotForBackend {
            attribute: "offer-category",
            backend: "connect"
        }]
    );
}

#[test]
fn the_page_url_prefills_only_when_the_embed_allows_it() {
    let params = [
        ("tb-first-name", "Ada"),
        ("tb-offer-id", "7"),
        ("tb-studio-id", "x"),
        ("tb-email", ""),
    ];
    let closed = parse(&[("first-name", "Mia"), ("email", "mia@example.com")]).unwrap();
    assert_eq!(closed.visit(params).prefill, closed.prefill);
    let open = parse(&[
        ("first-name", "Mia"),
        ("email", "mia@example.com"),
        ("url-prefill", "true"),
    ])
    .unwrap();
    let visit = open.visit(params);
    assert_eq!(visit.prefill.first_name.as_deref(), Some("Ada"));
    assert_eq!(visit.prefill.offer_id, Some(TrialOfferConfigId(7)));
    // A bad or empty value leaves the embed's own.
    assert_eq!(visit.prefill.studio_id, None);
    assert_eq!(visit.prefill.email.as_deref(), Some("mia@example.com"));
}

#[test]
fn utm_parameters_name_the_campaign() {
    let config = parse(&[
        ("backend", "connect"),
        ("api-base", "https://t.example"),
        ("campaign-id", "5"),
        (
            "utm-campaigns",
            "utm_source=newsletter:12, utm_campaign=spring:13",
        ),
    ])
    .unwrap();
    assert_eq!(
        config.utm_campaigns[1],
        UtmCampaign {
            parameter: "utm_campaign".into(),
            value: "spring".into(),
            campaign_id: CampaignId(13)
        }
    );
    assert_eq!(
        config.visit([("utm_campaign", "spring")]).campaign_id,
        Some(CampaignId(13))
    );
    assert_eq!(
        config
            .visit([("utm_campaign", "spring"), ("utm_source", "newsletter")])
            .campaign_id,
        Some(CampaignId(12)),
        "the first rule that matches wins"
    );
    assert_eq!(
        config.visit([("utm_source", "ads")]).campaign_id,
        Some(CampaignId(5))
    );
    for bad in [
        "utm_source=newsletter",
        "source=x:1",
        "utm_source=x:0",
        "utm_Source=x:1",
    ] {
        assert_eq!(
            errors(&[("utm-campaigns", bad)]),
            vec![ConfigError::InvalidUtmCampaigns { value: bad.into() }],
            "{bad}"
        );
    }
    assert_eq!(
        errors(&[
            ("backend", "open-api"),
            ("api-base", "/proxy"),
            ("utm-campaigns", "utm_source=x:1")
        ]),
        vec![ConfigError::NotForBackend {
            attribute: "utm-campaigns",
            backend: "open-api"
        }]
    );
}

#[test]
fn no_attributes_is_the_demo() {
    let config = parse(&[]).unwrap();
    assert_eq!(config.backend, Backend::Demo);
    assert_eq!(config.mode, Mode::Booking);
    assert_eq!(config.heading, None);
}

#[test]
fn open_api_through_a_proxy() {
    let config = parse(&[
        ("backend", "open-api"),
        ("api-base", "https://proxy.studio.example/trial/"),
    ])
    .unwrap();
    assert_eq!(
        config.backend,
        Backend::OpenApi {
            proxy: ApiBase("https://proxy.studio.example/trial".into())
        }
    );
}

#[test]
fn connect_with_tenant_and_studio() {
    let config = parse(&[
        ("backend", "connect"),
        ("api-base", "https://fitstar.api.magicline.com"),
        ("studio-id", "1210005340"),
        ("campaign-id", "2"),
        ("referrer-id", "10"),
        ("privacy-url", "https://fitstar.example/datenschutz"),
        ("heading", "Probetraining buchen"),
        ("lang", "de"),
    ])
    .unwrap();
    assert_eq!(config.backend.kind(), "connect");
    assert_eq!(config.studio_id, Some(StudioId(1_210_005_340)));
    assert_eq!(config.campaign_id, Some(CampaignId(2)));
    assert_eq!(config.referrer_id, Some(ReferrerId(10)));
    assert_eq!(
        config.privacy_url.unwrap().as_str(),
        "https://fitstar.example/datenschutz"
    );
    assert_eq!(config.heading.as_deref(), Some("Probetraining buchen"));
    assert_eq!(config.lang.as_deref(), Some("de"));
}

#[test]
fn a_same_origin_proxy_path_is_fine() {
    let config = parse(&[("backend", "open-api"), ("api-base", "/booking-proxy")]).unwrap();
    assert_eq!(
        config.backend,
        Backend::OpenApi {
            proxy: ApiBase("/booking-proxy".into())
        }
    );
}

#[test]
fn theme_is_light_dark_or_auto() {
    assert_eq!(parse(&[]).unwrap().theme, Theme::Light, "light by default");
    for (value, theme) in [
        ("light", Theme::Light),
        ("dark", Theme::Dark),
        (" Dark ", Theme::Dark),
        ("AUTO", Theme::Auto),
    ] {
        assert_eq!(parse(&[("theme", value)]).unwrap().theme, theme, "{value}");
    }
    for value in ["", "black", "night"] {
        assert_eq!(
            errors(&[("theme", value)]),
            vec![ConfigError::UnknownValue {
                attribute: "theme",
                value: value.into(),
                choices: THEMES
            }]
        );
    }
    // A near miss of the name is caught like any other.
    assert_eq!(
        errors(&[("them", "dark")]),
        vec![ConfigError::Misspelled {
            attribute: "them".into(),
            suggestion: "theme"
        }]
    );
    assert_eq!(Theme::Dark.class(), "tb-theme--dark");
}

#[test]
fn names_and_keywords_ignore_case() {
    let config = parse(&[
        ("BACKEND", "Connect"),
        ("api-base", "https://t.api.magicline.com"),
        ("Mode", "LEAD"),
    ])
    .unwrap();
    assert_eq!(config.mode, Mode::Lead);
    assert_eq!(config.backend.kind(), "connect");
}

#[test]
fn unknown_backend_is_rejected() {
    assert_eq!(
        errors(&[("backend", "magicline")]),
        vec![ConfigError::UnknownBackend {
            value: "magicline".into()
        }]
    );
    assert_eq!(
        errors(&[("backend", "")]),
        vec![ConfigError::UnknownBackend { value: "".into() }]
    );
}

#[test]
fn real_backends_need_a_base_url() {
    assert_eq!(
        errors(&[("backend", "connect")]),
        vec![ConfigError::MissingAttribute {
            attribute: "api-base",
            backend: "connect"
        }]
    );
    assert_eq!(
        errors(&[("backend", "open-api")]),
        vec![ConfigError::MissingAttribute {
            attribute: "api-base",
            backend: "open-api"
        }]
    );
}

#[test]
fn malformed_urls_are_rejected() {
    let cases: &[(&str, UrlProblem)] = &[
        ("ftp://x.example", UrlProblem::Scheme),
        ("javascript:alert(1)", UrlProblem::Scheme),
        ("proxy.example", UrlProblem::Scheme),
        ("//proxy.example/x", UrlProblem::Scheme),
        ("http://proxy.example", UrlProblem::Scheme),
        ("https://", UrlProblem::Malformed),
        ("https://exa mple.com", UrlProblem::Malformed),
        ("https://user:pw@proxy.example", UrlProblem::Malformed),
        ("https://proxy.example:99999", UrlProblem::Malformed),
        ("https://proxy.example:", UrlProblem::Malformed),
        ("https://proxy.example:8o", UrlProblem::Malformed),
        ("https://-bad.example", UrlProblem::Malformed),
        ("https://a..b", UrlProblem::Malformed),
        ("https://proxy.example/a b", UrlProblem::Malformed),
        ("https://proxy.example/<script>", UrlProblem::Malformed),
        ("https://proxy.example/?key=1", UrlProblem::QueryOrFragment),
        ("https://proxy.example/#x", UrlProblem::QueryOrFragment),
        ("", UrlProblem::Malformed),
    ];
    for (value, reason) in cases {
        assert_eq!(check_url(value), Err(*reason), "{value}");
        let errs = errors(&[("backend", "connect"), ("api-base", value)]);
        assert_eq!(
            errs,
            vec![ConfigError::InvalidUrl {
                attribute: "api-base",
                value: value.trim().to_string(),
                reason: *reason
            }],
            "{value}"
        );
    }
}

#[test]
fn plain_http_only_on_loopback() {
    for ok in [
        "http://127.0.0.1:8080",
        "http://localhost:3000/api",
        "http://[::1]:9000",
        "HTTPS://Tenant.API.example",
    ] {
        assert!(check_url(ok).is_ok(), "{ok}");
    }
    assert_eq!(check_url("http://127.0.0.256"), Err(UrlProblem::Scheme));
    assert_eq!(check_url("http://10.0.0.1"), Err(UrlProblem::Scheme));
}

#[test]
fn the_thank_you_page_is_https_or_this_site_and_its_delay_whole_seconds() {
    let page = |attrs: &[(&str, &str)]| parse(attrs).unwrap().success;
    assert_eq!(page(&[]), None);
    assert_eq!(
        page(&[("success-url", "https://studio.example/danke")]),
        Some(SuccessPage {
            url: "https://studio.example/danke".into(),
            delay_seconds: 5
        })
    );
    for (url, delay) in [
        ("/danke", "0"),
        ("/?page_id=12#top", "3600"),
        ("HTTPS://Studio.example/danke?lang=de", " 12 "),
    ] {
        let got = page(&[("success-url", url), ("success-delay", delay)]).unwrap();
        assert_eq!(got.url, url.trim());
        assert_eq!(got.delay_seconds, delay.trim().parse::<u32>().unwrap());
    }
    for (url, reason) in [
        ("http://studio.example/danke", UrlProblem::NotHttps),
        ("http://localhost:8080/danke", UrlProblem::NotHttps),
        ("HTTP://studio.example", UrlProblem::NotHttps),
        ("//evil.example/danke", UrlProblem::NotHttps),
        ("javascript:alert(1)", UrlProblem::NotHttps),
        ("danke.html", UrlProblem::NotHttps),
        ("https://studio.example/danke?a=<b>", UrlProblem::Malformed),
        ("https://studio.example/a#b#c", UrlProblem::Malformed),
        ("https://user@studio.example/", UrlProblem::Malformed),
    ] {
        assert_eq!(check_success_url(url), Err(reason), "{url}");
        assert_eq!(
            errors(&[("success-url", url)]),
            vec![ConfigError::InvalidUrl {
                attribute: "success-url",
                value: url.into(),
                reason
            }],
            "{url}"
        );
    }
    for bad in ["-1", "1.5", "3601", "soon", "+2", ""] {
        assert_eq!(
            errors(&[("success-url", "/danke"), ("success-delay", bad)]),
            vec![ConfigError::InvalidSeconds {
                attribute: "success-delay",
                value: bad.into()
            }],
            "{bad}"
        );
    }
    // The English message says what is allowed, and that http:// is not.
    let said = ConfigError::InvalidUrl {
        attribute: "success-url",
        value: "http://studio.example".into(),
        reason: UrlProblem::NotHttps,
    }
    .message(crate::i18n::I18n::new(crate::i18n::Lang::En));
    assert_eq!(said, "success-url=\"http://studio.example\" must start with https:// or be a path on this site starting with /.");
}

#[test]
fn ids_must_be_positive_whole_numbers() {
    for bad in [
        "abc",
        "-1",
        "0",
        "1.5",
        "+3",
        "1e3",
        " ",
        "99999999999999999999999",
        // One above i64::MAX: u64 would take it, the API's int64 cannot.
        "9223372036854775808",
    ] {
        let errs = errors(&[
            ("backend", "connect"),
            ("api-base", "https://t.example"),
            ("studio-id", bad),
        ]);
        assert_eq!(
            errs,
            vec![ConfigError::InvalidId {
                attribute: "studio-id",
                value: bad.trim().into()
            }],
            "{bad}"
        );
    }
}

#[test]
fn every_problem_is_reported_at_once() {
    let errs = errors(&[
        ("backend", "connect"),
        ("studio-id", "x"),
        ("mode", "popup"),
        ("privacy-url", "nope"),
    ]);
    assert_eq!(errs.len(), 4, "{errs:?}");
}

#[test]
fn attributes_for_the_other_family_are_flagged() {
    assert_eq!(
        errors(&[
            ("backend", "open-api"),
            ("api-base", "/proxy"),
            ("studio-id", "7")
        ]),
        vec![ConfigError::NotForBackend {
            attribute: "studio-id",
            backend: "open-api"
        }]
    );
    assert_eq!(
        errors(&[
            ("backend", "connect"),
            ("api-base", "https://t.example"),
            ("confirm-booking-id", "7")
        ]),
        vec![ConfigError::NotForBackend {
            attribute: "confirm-booking-id",
            backend: "connect"
        }]
    );
    assert_eq!(
        errors(&[("api-base", "https://t.example")]),
        vec![ConfigError::NotForBackend {
            attribute: "api-base",
            backend: "demo"
        }]
    );
    assert_eq!(
        errors(&[
            ("backend", "open-api"),
            ("api-base", "/proxy"),
            ("mode", "lead")
        ]),
        vec![ConfigError::LeadModeNeedsConnect]
    );
    // The Open API's lead has no field for a note.
    assert_eq!(
        errors(&[
            ("backend", "open-api"),
            ("api-base", "/proxy"),
            ("note", "Open day")
        ]),
        vec![ConfigError::NotForBackend {
            attribute: "note",
            backend: "open-api"
        }]
    );
    let connect = parse(&[
        ("backend", "connect"),
        ("api-base", "https://t.example"),
        ("note", " Open day "),
    ])
    .unwrap();
    assert_eq!(connect.note.as_deref(), Some("Open day"));
    assert_eq!(
        connect.visit([("utm_source", "flyer")]).note.as_deref(),
        Some("Open day\nutm_source=flyer")
    );
}

#[test]
fn typos_get_a_suggestion_but_host_attributes_pass() {
    assert_eq!(
        errors(&[("bakend", "demo")]),
        vec![ConfigError::Misspelled {
            attribute: "bakend".into(),
            suggestion: "backend"
        }]
    );
    assert_eq!(
        errors(&[("studio_id", "3")]),
        vec![ConfigError::Misspelled {
            attribute: "studio_id".into(),
            suggestion: "studio-id"
        }]
    );
    assert!(parse(&[
        ("id", "w1"),
        ("class", "big"),
        ("style", "x"),
        ("data-v-1a2b", ""),
        ("_ngcontent-c0", "")
    ])
    .is_ok());
}

#[test]
fn each_build_accepts_only_its_own_backend() {
    let in_build = |built: Built, attrs: &[(&str, &str)]| {
        WidgetConfig::from_attributes_in_build(attrs.iter().copied(), built)
    };
    let open_api = Built {
        demo: false,
        open_api: true,
        connect: false,
    };
    let connect = Built {
        demo: false,
        open_api: false,
        connect: true,
    };
    let not_built = |backend| Err(vec![ConfigError::BackendNotInThisBuild { backend }]);
    assert_eq!(in_build(open_api, &[]), not_built("demo"));
    assert_eq!(
        in_build(open_api, &[("backend", "demo")]),
        not_built("demo")
    );
    assert_eq!(
        in_build(
            open_api,
            &[("backend", "connect"), ("api-base", "https://t.example")]
        ),
        not_built("connect")
    );
    assert!(in_build(open_api, &[("backend", "open-api"), ("api-base", "/proxy")]).is_ok());
    assert_eq!(
        in_build(connect, &[("backend", "open-api"), ("api-base", "/proxy")]),
        not_built("open-api")
    );
    assert!(in_build(
        connect,
        &[("backend", "connect"), ("api-base", "https://t.example")]
    )
    .is_ok());
    // An unknown backend is explained the same way in every build.
    assert_eq!(
        in_build(connect, &[("backend", "magicline")]),
        Err(vec![ConfigError::UnknownBackend {
            value: "magicline".into()
        }])
    );
    assert!(in_build(Built::ALL, &[]).is_ok());
}

#[test]
fn the_largest_int64_id_is_taken_as_it_is() {
    let config = parse(&[
        ("backend", "connect"),
        ("api-base", "https://t.example"),
        ("studio-id", "9223372036854775807"),
    ])
    .unwrap();
    assert_eq!(config.studio_id, Some(StudioId(i64::MAX)));
    let config = parse(&[("confirm-booking-id", "2033")]).unwrap();
    assert_eq!(config.confirm_booking_id, Some(BookingId(2033)));
}

#[test]
fn the_flow_follows_the_backend_unless_the_demo_is_told() {
    assert_eq!(parse(&[]).unwrap().flow, BookingFlow::TrialOffers);
    assert_eq!(
        parse(&[("flow", "trial-session")]).unwrap().flow,
        BookingFlow::TrialSession
    );
    assert_eq!(
        parse(&[("mode", "lead")]).unwrap().flow,
        BookingFlow::TrialSession
    );
    assert_eq!(
        parse(&[("backend", "connect"), ("api-base", "https://t.example")])
            .unwrap()
            .flow,
        BookingFlow::TrialSession
    );
    assert_eq!(
        parse(&[("backend", "open-api"), ("api-base", "/p")])
            .unwrap()
            .flow,
        BookingFlow::TrialOffers
    );
    assert_eq!(
        errors(&[
            ("backend", "open-api"),
            ("api-base", "/p"),
            ("flow", "trial-session")
        ]),
        vec![ConfigError::FlowNotForBackend {
            flow: "trial-session",
            backend: "open-api"
        }]
    );
    assert_eq!(
        errors(&[
            ("backend", "connect"),
            ("api-base", "https://t.example"),
            ("flow", "trial-offers")
        ]),
        vec![ConfigError::FlowNotForBackend {
            flow: "trial-offers",
            backend: "connect"
        }]
    );
    assert_eq!(
        errors(&[("flow", "classes")]),
        vec![ConfigError::UnknownFlow {
            value: "classes".into()
        }]
    );
}

#[test]
fn campaign_choice_is_a_yes_no_attribute() {
    let connect = |v: &'static str| {
        parse(&[
            ("backend", "connect"),
            ("api-base", "https://t.example"),
            ("campaign-choice", v),
        ])
    };
    assert!(connect("").unwrap().campaign_choice);
    assert!(connect("true").unwrap().campaign_choice);
    assert!(!connect("false").unwrap().campaign_choice);
    assert_eq!(
        connect("maybe"),
        Err(vec![ConfigError::InvalidFlag {
            attribute: "campaign-choice",
            value: "maybe".into()
        }])
    );
    assert!(!parse(&[]).unwrap().campaign_choice);
}

#[test]
fn empty_heading_is_a_mistake() {
    assert_eq!(
        errors(&[("heading", "  ")]),
        vec![ConfigError::EmptyHeading]
    );
}

#[test]
fn a_theme_is_read_in_any_case_and_nothing_else_is_one() {
    assert_eq!(Theme::parse(" Dark "), Some(Theme::Dark));
    assert_eq!(Theme::parse("auto"), Some(Theme::Auto));
    assert_eq!(Theme::parse("LIGHT"), Some(Theme::Light));
    assert_eq!(Theme::parse("night"), None);
}

#[test]
fn a_rule_value_is_decoded_as_the_page_url_is() {
    let config = parse(&[
        ("backend", "connect"),
        ("api-base", "https://t.example"),
        (
            "utm-campaigns",
            "utm_campaign=spring+sale:13 utm_source=caf%C3%A9:14",
        ),
    ])
    .unwrap();
    // `?utm_campaign=spring+sale` and `?utm_campaign=spring%20sale` both read "spring sale".
    assert_eq!(
        config.visit([("utm_campaign", "spring sale")]).campaign_id,
        Some(CampaignId(13))
    );
    assert_eq!(
        config.visit([("utm_source", "café")]).campaign_id,
        Some(CampaignId(14))
    );
    assert_eq!(
        config.visit([("utm_campaign", "spring+sale")]).campaign_id,
        None
    );
}

#[test]
fn a_plus_in_a_prefilled_email_stays_a_plus() {
    let open = parse(&[("url-prefill", "true")]).unwrap();
    // `?tb-email=anna+fit@example.com` decodes to a space: an address has none.
    let visit = open.visit([("tb-email", "anna fit@example.com")]);
    assert_eq!(visit.prefill.email.as_deref(), Some("anna+fit@example.com"));
    let visit = open.visit([("tb-first-name", "Anna Lena")]);
    assert_eq!(
        visit.prefill.first_name.as_deref(),
        Some("Anna Lena"),
        "only the e-mail"
    );
}
