//! The mock server over real HTTP on 127.0.0.1.

use mock_server::MockServer;
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::TcpStream;

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

fn http(
    server: &MockServer,
    method: &str,
    target: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
) -> Reply {
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    let mut request =
        format!("{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    let body = body.unwrap_or("");
    request.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
    stream.write_all(request.as_bytes()).unwrap();
    let mut raw = String::new();
    stream.read_to_string(&mut raw).unwrap();
    let (head, rest) = raw.split_once("\r\n\r\n").unwrap();
    let mut lines = head.lines();
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(": "))
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
    let chunked = headers
        .iter()
        .any(|(n, v)| n.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    let body = if chunked {
        dechunk(rest)
    } else {
        rest.to_string()
    };
    Reply {
        status,
        headers,
        body,
    }
}

fn dechunk(mut rest: &str) -> String {
    let mut out = String::new();
    loop {
        let (size, after) = rest.split_once("\r\n").unwrap();
        let size = usize::from_str_radix(size.trim(), 16).unwrap();
        if size == 0 {
            return out;
        }
        out.push_str(&after[..size]);
        rest = &after[size + 2..];
    }
}

fn fault(server: &MockServer, fault: Value) {
    let reply = http(
        server,
        "POST",
        "/__mock/faults",
        &[],
        Some(&fault.to_string()),
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
}

#[test]
fn cors_preflight_and_headers() {
    let server = MockServer::start(0).unwrap();
    let origin = [
        ("Origin", "http://127.0.0.1:9999"),
        ("Access-Control-Request-Method", "POST"),
    ];
    let reply = http(
        &server,
        "OPTIONS",
        "/connect/v1/trialsession/book",
        &origin,
        None,
    );
    assert_eq!(reply.status, 204);
    assert_eq!(
        reply.header("Access-Control-Allow-Origin"),
        Some("http://127.0.0.1:9999")
    );
    assert!(reply
        .header("Access-Control-Allow-Headers")
        .unwrap()
        .contains("Content-Type"));
    assert!(reply
        .header("Access-Control-Allow-Methods")
        .unwrap()
        .contains("POST"));
    let reply = http(&server, "GET", "/connect/v2/studio", &origin[..1], None);
    assert_eq!(reply.status, 200);
    assert_eq!(
        reply.header("Access-Control-Expose-Headers"),
        Some("Retry-After")
    );
    assert_eq!(reply.json().as_array().unwrap().len(), 5);
}

#[test]
fn open_api_paths_need_the_key_which_the_proxy_stand_in_adds() {
    let server = MockServer::start(0).unwrap();
    let path = "/v1/trial-offers/config/1";
    let reply = http(&server, "GET", path, &[], None);
    assert_eq!(reply.status, 401);
    assert_eq!(reply.json()["errorCode"], "UNAUTHORIZED");
    let reply = http(&server, "GET", path, &[("X-API-KEY", "wrong")], None);
    assert_eq!(reply.status, 401);
    let reply = http(&server, "GET", &format!("/proxy{path}"), &[], None);
    assert_eq!(reply.status, 200);
    assert_eq!(reply.json()["name"], "Trial session");
}

#[test]
fn the_studio_answers_in_the_language_asked_for() {
    let server = MockServer::start(0).unwrap();
    let path = "/proxy/v1/trial-offers/config/1";
    let reply = http(&server, "GET", path, &[("Accept-Language", "de")], None);
    assert_eq!(reply.json()["name"], "Probetraining");
    let reply = http(&server, "GET", path, &[("Accept-Language", "cs-CZ")], None);
    assert_eq!(reply.json()["name"], "Zkušební trénink");
    let reply = http(&server, "GET", path, &[("Accept-Language", "xx")], None);
    assert_eq!(reply.json()["name"], "Trial session");
}

#[test]
fn faults_status_with_retry_after_malformed_unknown_enum_and_delay() {
    let server = MockServer::start(0).unwrap();
    fault(
        &server,
        json!({"path": "/v1/trial-offers/config", "status": 429, "retryAfter": 2, "times": 1}),
    );
    let reply = http(&server, "GET", "/proxy/v1/trial-offers/config/1", &[], None);
    assert_eq!(reply.status, 429);
    assert_eq!(reply.header("Retry-After"), Some("2"));
    assert!(reply.json()["errorMessage"].is_string());
    // Used up: the next one is normal again.
    assert_eq!(
        http(&server, "GET", "/proxy/v1/trial-offers/config/1", &[], None).status,
        200
    );

    fault(
        &server,
        json!({"path": "/connect/v2/studio", "malformed": true}),
    );
    let reply = http(&server, "GET", "/connect/v2/studio", &[], None);
    assert_eq!(reply.status, 200);
    assert!(serde_json::from_str::<Value>(&reply.body).is_err());

    fault(
        &server,
        json!({"path": "/v1/trial-offers/config/2", "unknownEnum": true}),
    );
    let reply = http(&server, "GET", "/proxy/v1/trial-offers/config/2", &[], None);
    assert_eq!(
        reply.json()["leadDataConfig"]["genderMode"],
        "SOMETHING_NEW_FROM_THE_FUTURE"
    );

    fault(
        &server,
        json!({"method": "POST", "path": "/connect/v1/trialsession/book", "status": 409}),
    );
    let reply = http(
        &server,
        "POST",
        "/connect/v1/trialsession/book",
        &[],
        Some("{}"),
    );
    assert_eq!(reply.status, 409);
    assert_eq!(reply.json()["errorCodes"], json!(["CONFLICT"]));

    fault(
        &server,
        json!({"path": "/connect/v1/campaign", "delayMs": 300}),
    );
    let started = std::time::Instant::now();
    assert_eq!(
        http(&server, "GET", "/connect/v1/campaign?studioId=1", &[], None).status,
        200
    );
    assert!(started.elapsed().as_millis() >= 300);
}

#[test]
fn requests_are_recorded_and_reset_clears_everything() {
    let server = MockServer::start(0).unwrap();
    let body = json!({"studioId": 1, "firstname": "Ada", "lastname": "L"}).to_string();
    http(
        &server,
        "POST",
        "/connect/v1/lead",
        &[
            ("Accept-Language", "de"),
            ("Content-Type", "application/json"),
        ],
        Some(&body),
    );
    http(
        &server,
        "GET",
        "/connect/v2/studio?addressSearchQuery=K%C3%B6ln",
        &[],
        None,
    );
    let seen = http(&server, "GET", "/__mock/requests", &[], None).json();
    assert_eq!(seen[0]["method"], "POST");
    assert_eq!(seen[0]["path"], "/connect/v1/lead");
    assert_eq!(seen[0]["body"]["firstname"], "Ada");
    assert_eq!(seen[0]["acceptLanguage"], "de");
    assert_eq!(seen[0]["clientSentApiKey"], false);
    assert_eq!(seen[1]["query"], json!([["addressSearchQuery", "Köln"]]));
    assert_eq!(
        http(
            &server,
            "GET",
            "/connect/v2/studio?addressSearchQuery=K%C3%B6ln",
            &[],
            None
        )
        .json()
        .as_array()
        .unwrap()
        .len(),
        2
    );
    http(&server, "POST", "/__mock/reset", &[], None);
    assert_eq!(
        http(&server, "GET", "/__mock/requests", &[], None).json(),
        json!([])
    );
}

#[test]
fn the_clock_can_be_pinned_and_the_studio_follows_it() {
    let server = MockServer::start(0).unwrap();
    // A Sunday evening in Berlin.
    let reply = http(
        &server,
        "POST",
        "/__mock/clock",
        &[],
        Some(r#"{"now": "2026-11-29T21:30:00+01:00"}"#),
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    let now = reply.json()["now"].as_str().unwrap().to_string();
    assert!(now.starts_with("2026-11-29T20:30:0"), "{now}");
    let told = http(&server, "GET", "/__mock/clock", &[], None).json();
    assert!(told["now"].as_str().unwrap().starts_with("2026-11-29T20:3"));
    // The studio's schedule starts from that day: today's trial sessions are
    // on Sunday 29 November, studio time.
    let slots = http(
        &server,
        "GET",
        "/connect/v1/trialsession?studioId=1&startDate=2026-11-29&endDate=2026-12-05",
        &[],
        None,
    )
    .json();
    let starts: Vec<&str> = slots["slots"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["startDateTime"].as_str())
        .collect();
    assert!(!starts.is_empty(), "{slots}");
    assert!(
        starts.iter().all(|s| *s > "2026-11-29T20:30"),
        "only times still ahead: {starts:?}"
    );
    assert!(
        starts.iter().any(|s| s.starts_with("2026-11-30")),
        "{starts:?}"
    );

    let bad = http(
        &server,
        "POST",
        "/__mock/clock",
        &[],
        Some(r#"{"now": "Sunday"}"#),
    );
    assert_eq!(bad.status, 400);
}

#[test]
fn a_pinned_clock_runs_on_from_the_pinned_instant() {
    let at = mock_server::parse_instant("2027-03-28T01:59:59+01:00").unwrap();
    let clock = mock_server::MockClock::pinned(at);
    let later = clock.now();
    assert!(later >= at && later - at < chrono::Duration::seconds(5));
}

#[test]
fn a_held_answer_arrives_only_when_the_test_releases_it() {
    let server = MockServer::start(0).unwrap();
    fault(
        &server,
        json!({"path": "/connect/v2/studio", "hold": "studios-held-test"}),
    );
    let port = server.port;
    let started = std::time::Instant::now();
    let waiting = std::thread::spawn(move || {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream
            .write_all(
                b"GET /connect/v2/studio HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
            )
            .unwrap();
        let mut raw = String::new();
        stream.read_to_string(&mut raw).unwrap();
        (raw, std::time::Instant::now())
    });
    std::thread::sleep(std::time::Duration::from_millis(400));
    assert!(!waiting.is_finished(), "held until released");
    // Other requests are answered meanwhile.
    assert_eq!(
        http(&server, "GET", "/__mock/health", &[], None).status,
        200
    );
    let released_at = std::time::Instant::now();
    let reply = http(
        &server,
        "POST",
        "/__mock/release",
        &[],
        Some(r#"{"hold": "studios-held-test"}"#),
    );
    assert_eq!(reply.status, 200);
    let (raw, answered_at) = waiting.join().unwrap();
    assert!(raw.starts_with("HTTP/1.1 200"), "{raw}");
    assert!(
        answered_at >= released_at
            && answered_at - started >= std::time::Duration::from_millis(400)
    );
}

#[test]
fn a_dropped_connection_gets_no_answer_and_the_log_says_who_answered() {
    let server = MockServer::start(0).unwrap();
    fault(
        &server,
        json!({"method": "POST", "path": "/v1/trial-offers/lead/create", "drop": true}),
    );
    let lead = json!({"trialOfferConfigId": 1, "leadCustomerData": {"firstname": "Ada", "lastname": "L", "email": "ada.drop@example.com"}}).to_string();
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    write!(
        stream,
        "POST /proxy/v1/trial-offers/lead/create HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: {}\r\n\r\n{lead}",
        lead.len()
    )
    .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    assert!(raw.is_empty(), "{}", String::from_utf8_lossy(&raw));

    // The same lead again: this time the studio answers and makes it.
    let reply = http(
        &server,
        "POST",
        "/proxy/v1/trial-offers/lead/create",
        &[],
        Some(&lead),
    );
    assert_eq!(reply.status, 200);
    let seen = http(&server, "GET", "/__mock/requests", &[], None).json();
    let statuses: Vec<_> = seen
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["status"].clone())
        .collect();
    assert_eq!(statuses, [Value::Null, json!(200)]);
}

#[test]
fn a_crowded_window_holds_exactly_the_asked_number_of_free_times() {
    let server = MockServer::start(0).unwrap();
    // A Tuesday morning in Berlin.
    let pin = Some(r#"{"now": "2026-11-24T09:00:00+01:00"}"#);
    assert_eq!(http(&server, "POST", "/__mock/clock", &[], pin).status, 200);
    let crowd = |body: &str| http(&server, "POST", "/__mock/crowd", &[], Some(body));
    assert_eq!(crowd(r#"{"slots": 1000}"#).json(), json!({"slots": 1000}));

    let window = |first: &str| {
        let path = "/proxy/v1/trial-offers/bookable-trial-offers/appointments/bookable/2001/slots";
        let target = format!("{path}?slotWindowStartDate={first}&daysAhead=6");
        http(&server, "GET", &target, &[], None).json()
    };
    let six_days = window("2026-11-24");
    let starts: Vec<&str> = six_days
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["startDateTime"].as_str().unwrap())
        .collect();
    assert_eq!(starts.len(), 1000);
    assert!(
        starts.windows(2).all(|w| w[0] < w[1]),
        "distinct and in order"
    );
    assert!(
        starts[0] > "2026-11-24T09:00" && starts[0] < "2026-11-24T09:02",
        "{}",
        starts[0]
    );
    assert!(starts[999].starts_with("2026-11-29T23:"), "{}", starts[999]);
    assert!(starts.iter().all(|s| s.ends_with("+01:00[Europe/Berlin]")));
    assert!(!six_days[0]["instructors"].as_array().unwrap().is_empty());
    // A later window is full too, from its first midnight.
    let later = window("2026-11-30");
    assert_eq!(later.as_array().unwrap().len(), 1000);
    assert_eq!(
        later[0]["startDateTime"],
        "2026-11-30T00:00:00.000+01:00[Europe/Berlin]"
    );

    // Connect: the studio's answer keeps its name, with 1000 sessions (Sunday included).
    let sessions = http(
        &server,
        "GET",
        "/connect/v1/trialsession?studioId=1&startDate=2026-11-24&endDate=2026-11-30",
        &[],
        None,
    )
    .json();
    assert_eq!(sessions["slots"].as_array().unwrap().len(), 1000);
    assert!(sessions["name"].is_string(), "{sessions}");
    // Other lists are as usual.
    let studios = http(&server, "GET", "/connect/v2/studio", &[], None).json();
    assert!(studios.as_array().unwrap().len() < 10);

    // Zero, like a reset, ends it.
    assert_eq!(crowd(r#"{"slots": 0}"#).json(), json!({"slots": null}));
    let usual = window("2026-11-24");
    assert!(usual.as_array().unwrap().len() < 20, "{usual}");
    assert_eq!(crowd("many").status, 400);
}
