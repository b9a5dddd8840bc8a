//! A mock of both APIs on 127.0.0.1, answering from the demo studio (the same
//! stateful logic the widget's demo backend runs), for browser and
//! end-to-end tests.
//!
//! * Open API paths (`/v1/…`) require `X-API-KEY`. The browser never has the
//!   key: tests go through `/proxy/v1/…`, a minimal stand-in for the studio's
//!   proxy that adds it.
//! * Connect paths (`/connect/…`) are public.
//! * CORS for any origin, preflight included; `Retry-After` is exposed.
//! * `/__mock/…` controls it: `POST /__mock/faults` (misbehave), `GET
//!   /__mock/requests` (what was received), `POST /__mock/reset`, and
//!   `POST /__mock/clock {"now": RFC 3339}` (pins the clock and starts a
//!   fresh studio at that time; `GET` tells the time). A fault with
//!   `"hold": name` keeps its answer back until `POST /__mock/release
//!   {"hold": name}`, so a test decides when an answer arrives.
//!   `POST /__mock/crowd {"slots": 1000}` fills every window of free times
//!   (an appointment's slots, Connect trial sessions) with that many, for
//!   the benchmark's long lists.
//! * Its one clock ([`MockClock`]) is the system's, or pinned: it then runs on
//!   from the pinned instant, so tests can be any day of the year.

use demo_studio::{DemoRequest, DemoStudio, DemoTexts, DEMO_API_KEY};
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tiny_http::{Header, Method, Response, Server};

mod crowd;

/// A way to misbehave, for the next `times` matching requests.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fault {
    /// Only requests with this method (any if `None`).
    pub method: Option<String>,
    /// Only requests whose path starts with this (after any `/proxy` prefix).
    pub path: String,
    /// Only requests whose path is exactly `path` (`"exactPath": true`).
    pub exact_path: bool,
    /// Answer with this status and the family's error body.
    pub status: Option<u16>,
    /// Answer with this JSON body (status 200 unless `status` says otherwise),
    /// e.g. a validation status the demo studio would not give.
    pub body: Option<Value>,
    /// Connect `errorCodes` / Open API `errorCode` for that body.
    pub error_codes: Vec<String>,
    pub retry_after: Option<String>,
    /// Answer 200 with a body that is not JSON.
    pub malformed: bool,
    /// Wait this long before answering.
    pub delay_ms: u64,
    /// Answer normally, but with enum values the client cannot know.
    pub unknown_enum: bool,
    /// Answer pages of this size, whatever `sliceSize` was asked (a server may
    /// return fewer items than asked for).
    pub slice_size: Option<u32>,
    /// Hold the answer until a test releases this name
    /// (`POST /__mock/release {"hold": name}`; 30 s at most).
    pub hold: Option<String>,
    /// Close the connection without answering (after reading the request and
    /// any `delay_ms`), as a crashed or restarted server would. Effective for
    /// clients that send `Connection: close`, as nginx does upstream.
    pub drop: bool,
    pub times: u32,
}

/// Held answers: names released so far, and the signal that wakes the
/// requests waiting for one.
static HOLDS: (Mutex<Vec<String>>, std::sync::Condvar) =
    (Mutex::new(Vec::new()), std::sync::Condvar::new());

/// Waits until `name` is released (or 30 s have passed).
fn wait_for_release(name: &str) {
    let (released, signal) = &HOLDS;
    let guard = released.lock().unwrap();
    let _ = signal
        .wait_timeout_while(guard, Duration::from_secs(30), |r| {
            !r.iter().any(|n| n == name)
        })
        .unwrap();
}

fn release(name: &str) {
    let (released, signal) = &HOLDS;
    released.lock().unwrap().push(name.to_string());
    signal.notify_all();
}

impl Fault {
    fn from_json(value: &Value) -> Result<Fault, String> {
        let path = value["path"]
            .as_str()
            .ok_or("fault needs a path")?
            .to_string();
        Ok(Fault {
            method: value["method"].as_str().map(str::to_ascii_uppercase),
            path,
            exact_path: value["exactPath"].as_bool().unwrap_or(false),
            status: value["status"].as_u64().map(|s| s as u16),
            body: value.get("body").cloned(),
            error_codes: value["errorCodes"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|c| c.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default(),
            retry_after: value["retryAfter"]
                .as_str()
                .map(String::from)
                .or_else(|| value["retryAfter"].as_u64().map(|n| n.to_string())),
            malformed: value["malformed"].as_bool().unwrap_or(false),
            delay_ms: value["delayMs"].as_u64().unwrap_or(0),
            unknown_enum: value["unknownEnum"].as_bool().unwrap_or(false),
            slice_size: value["sliceSize"].as_u64().map(|n| n as u32),
            hold: value["hold"].as_str().map(String::from),
            drop: value["drop"].as_bool().unwrap_or(false),
            times: value["times"].as_u64().unwrap_or(1) as u32,
        })
    }
}

/// A request as the mock saw it (for tests that assert the exact sequence).
#[derive(Clone, Debug, PartialEq)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub body: Value,
    pub accept_language: Option<String>,
    /// Whether an `X-API-KEY` header arrived from the client (it never should).
    pub client_sent_api_key: bool,
    /// Tells this request apart in the log (unique across resets).
    pub id: u64,
    /// The demo studio's answer, once it has given one; `None` while it has
    /// not and when a fault answered in its place (so a lead or booking was
    /// made exactly when this is a 2xx).
    pub status: Option<u16>,
}

/// The mock's one clock: the system clock shifted by a fixed amount, so a
/// pinned clock keeps running from the pinned instant.
#[derive(Clone, Copy, Debug, Default)]
pub struct MockClock {
    shift: chrono::Duration,
}

impl MockClock {
    /// A clock that reads `at` now and runs on from there.
    pub fn pinned(at: chrono::DateTime<chrono::Utc>) -> MockClock {
        MockClock {
            shift: at - chrono::Utc::now(),
        }
    }

    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        chrono::Utc::now() + self.shift
    }
}

/// Reads an RFC 3339 instant (`2026-11-29T21:30:00+01:00`).
pub fn parse_instant(text: &str) -> Result<chrono::DateTime<chrono::Utc>, String> {
    chrono::DateTime::parse_from_rfc3339(text.trim())
        .map(|t| t.with_timezone(&chrono::Utc))
        .map_err(|e| format!("not an RFC 3339 instant ({e}): {text}"))
}

struct State {
    clock: MockClock,
    /// Where the demo's pictures claim to be: this server, over plain http, so a
    /// widget must not load them (and no test ever reaches past 127.0.0.1).
    image_base: String,
    studio: DemoStudio,
    faults: Vec<Fault>,
    seen: Vec<Seen>,
    /// Free times per window answer (`POST /__mock/crowd`), until a reset.
    crowd: Option<u32>,
}

pub struct MockServer {
    server: Arc<Server>,
    pub port: u16,
    worker: Option<std::thread::JoinHandle<()>>,
}

impl MockServer {
    /// Starts on 127.0.0.1 (`port` 0 picks a free one) with the system clock.
    pub fn start(port: u16) -> std::io::Result<MockServer> {
        Self::start_with_clock(port, MockClock::default())
    }

    /// Starts on 127.0.0.1 with the given clock.
    pub fn start_with_clock(port: u16, clock: MockClock) -> std::io::Result<MockServer> {
        let server = Server::http(("127.0.0.1", port)).map_err(std::io::Error::other)?;
        let port = server
            .server_addr()
            .to_ip()
            .map(|a| a.port())
            .unwrap_or(port);
        let server = Arc::new(server);
        let state = Arc::new(Mutex::new(fresh_state(
            format!("http://127.0.0.1:{port}/images"),
            clock,
        )));
        let accept = server.clone();
        let worker = std::thread::spawn(move || {
            for request in accept.incoming_requests() {
                let state = state.clone();
                // One thread per request, so a delayed answer does not hold up others.
                std::thread::spawn(move || handle(request, &state));
            }
        });
        Ok(MockServer {
            server,
            port,
            worker: Some(worker),
        })
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

fn fresh_state(image_base: String, clock: MockClock) -> State {
    State {
        studio: DemoStudio::new(clock.now(), &image_base),
        clock,
        image_base,
        faults: Vec::new(),
        seen: Vec::new(),
        crowd: None,
    }
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("valid header")
}

fn request_header(request: &tiny_http::Request, name: &'static str) -> Option<String> {
    request
        .headers()
        .iter()
        .find(|h| h.field.equiv(name))
        .map(|h| h.value.as_str().to_string())
}

fn respond(request: tiny_http::Request, status: u16, body: String, extra: Vec<Header>) {
    let origin = request_header(&request, "Origin").unwrap_or_else(|| "*".into());
    let mut response = Response::from_string(body).with_status_code(status);
    for h in [
        header("Content-Type", "application/json; charset=utf-8"),
        header("Access-Control-Allow-Origin", &origin),
        header("Vary", "Origin"),
        header("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
        header(
            "Access-Control-Allow-Headers",
            "Content-Type, Accept, Accept-Language",
        ),
        header("Access-Control-Expose-Headers", "Retry-After"),
        header("Access-Control-Max-Age", "600"),
        header("Cache-Control", "no-store"),
    ]
    .into_iter()
    .chain(extra)
    {
        response.add_header(h);
    }
    let _ = request.respond(response);
}

fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(name), decode(value))
        })
        .collect()
}

fn decode(text: &str) -> String {
    fn hex(b: u8) -> Option<u8> {
        (b as char).to_digit(16).map(|d| d as u8)
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => match (
                bytes.get(i + 1).and_then(|b| hex(*b)),
                bytes.get(i + 2).and_then(|b| hex(*b)),
            ) {
                (Some(high), Some(low)) => {
                    out.push(high << 4 | low);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn handle(mut request: tiny_http::Request, state: &Mutex<State>) {
    let method = request.method().as_str().to_ascii_uppercase();
    let url = request.url().to_string();
    let (raw_path, query) = url.split_once('?').unwrap_or((&url, ""));
    let path = decode(raw_path);
    if *request.method() == Method::Options {
        return respond(request, 204, String::new(), vec![]);
    }
    let mut body = String::new();
    let _ = std::io::Read::read_to_string(request.as_reader(), &mut body);

    if let Some(control) = path.strip_prefix("/__mock/") {
        let (status, answer) = control_api(control, &method, &body, state);
        return respond(request, status, answer, vec![]);
    }

    // The proxy stand-in adds the key; everything else must bring it itself.
    let (path, api_key) = match path.strip_prefix("/proxy") {
        Some(rest) if rest.starts_with("/v1/") => {
            (rest.to_string(), Some(DEMO_API_KEY.to_string()))
        }
        _ => (path.clone(), request_header(&request, "X-API-KEY")),
    };
    let mut query = parse_query(query);
    let accept_language = request_header(&request, "Accept-Language");
    let seen_id = next_seen_id();
    let fault = {
        let mut state = state.lock().unwrap();
        state.seen.push(Seen {
            method: method.clone(),
            path: path.clone(),
            query: query.clone(),
            body: serde_json::from_str(&body).unwrap_or(if body.is_empty() {
                Value::Null
            } else {
                Value::String(body.clone())
            }),
            accept_language: accept_language.clone(),
            client_sent_api_key: request_header(&request, "X-API-KEY").is_some(),
            id: seen_id,
            status: None,
        });
        take_fault(&mut state.faults, &method, &path)
    };
    let open_api = path.starts_with("/v1/");

    if let Some(fault) = &fault {
        if let Some(name) = &fault.hold {
            wait_for_release(name);
        }
        if fault.delay_ms > 0 {
            std::thread::sleep(Duration::from_millis(fault.delay_ms));
        }
        if fault.drop {
            return drop_connection(request);
        }
        if fault.malformed {
            return respond(
                request,
                200,
                "{\"result\": [{\"id\": 1, \"title\": ".into(),
                vec![],
            );
        }
        if let Some(body) = &fault.body {
            note_answer(state, seen_id, fault.status.unwrap_or(200));
            return respond(
                request,
                fault.status.unwrap_or(200),
                body.to_string(),
                vec![],
            );
        }
        if let Some(status) = fault.status {
            note_answer(state, seen_id, status);
            let retry = fault
                .retry_after
                .iter()
                .map(|r| header("Retry-After", r))
                .collect();
            return respond(
                request,
                status,
                error_body(open_api, status, &fault.error_codes),
                retry,
            );
        }
    }
    if open_api && api_key.as_deref() != Some(DEMO_API_KEY) {
        let body = json!({"errorMessage": "Authentication failed", "errorCode": "UNAUTHORIZED", "traceId": "mock-auth"});
        return respond(request, 401, body.to_string(), vec![]);
    }
    if let Some(size) = fault.as_ref().and_then(|f| f.slice_size) {
        query.retain(|(name, _)| name != "sliceSize");
        query.push(("sliceSize".into(), size.to_string()));
    }
    let (answer, crowded) = {
        let mut state = state.lock().unwrap();
        let demo = DemoRequest {
            method: &method,
            path: &path,
            query: query.clone(),
            body: (!body.is_empty()).then_some(body.as_str()),
        };
        let now = state.clock.now();
        // The studio's texts in the language the widget asks for.
        let texts = DemoTexts::bundled(accept_language.as_deref().unwrap_or(""));
        let answer = state.studio.handle(&demo, now).in_language(&texts);
        let crowded = match state.crowd {
            Some(count) if answer.status == 200 && method == "GET" => {
                crowd::fill(&path, &query, &answer.body, count, now)
            }
            _ => None,
        };
        (answer, crowded)
    };
    note_answer(state, seen_id, answer.status);
    let body = match &fault {
        Some(f) if f.unknown_enum => with_unknown_enums(&answer.body),
        _ => crowded.unwrap_or(answer.body),
    };
    respond(request, answer.status, body, vec![])
}

/// Ids for the request log, unique for the life of the process.
fn next_seen_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Records the status of the answer to a logged request, the demo studio's
/// or a fault's (gone after a reset).
fn note_answer(state: &Mutex<State>, seen_id: u64, status: u16) {
    let mut state = state.lock().unwrap();
    if let Some(seen) = state.seen.iter_mut().rev().find(|s| s.id == seen_id) {
        seen.status = Some(status);
    }
}

/// Closes the connection without a single byte of answer. tiny_http would
/// answer 500 for a dropped request, so take its writer and drop that
/// instead; the connection then ends (the client asked for `Connection: close`).
fn drop_connection(request: tiny_http::Request) {
    drop(request.into_writer());
}

fn take_fault(faults: &mut Vec<Fault>, method: &str, path: &str) -> Option<Fault> {
    let index = faults.iter().position(|f| {
        f.method.as_deref().is_none_or(|m| m == method)
            && if f.exact_path {
                path == f.path
            } else {
                path.starts_with(&f.path)
            }
    })?;
    let fault = faults[index].clone();
    faults[index].times -= 1;
    if faults[index].times == 0 {
        faults.remove(index);
    }
    Some(fault)
}

fn error_body(open_api: bool, status: u16, codes: &[String]) -> String {
    let trace = format!("mock-{status}");
    if open_api {
        let code = codes
            .first()
            .cloned()
            .unwrap_or_else(|| format!("HTTP_{status}"));
        json!({"errorMessage": format!("Mock error {status} (developer text, never shown)"), "errorCode": code, "traceId": trace}).to_string()
    } else {
        let codes: Vec<String> = if codes.is_empty() {
            vec![match status {
                409 => "CONFLICT",
                403 => "FORBIDDEN",
                404 => "ENTITY_NOT_FOUND",
                400 => "VALIDATION_FAILED",
                _ => "SERVER_ERROR",
            }
            .to_string()]
        } else {
            codes.to_vec()
        };
        json!({"errorCodes": codes, "message": format!("Mock error {status} (developer text, never shown)"), "traceId": trace}).to_string()
    }
}

/// Replaces the values of the API's enum fields with one nobody knows yet.
fn with_unknown_enums(body: &str) -> String {
    const ENUM_FIELDS: &[&str] = &[
        "validationStatus",
        "bookingStatus",
        "status",
        "genderMode",
        "dateOfBirthMode",
        "telephoneMode",
        "addressMode",
        "type",
        "unit",
        "classSlotStatus",
        "participantStatus",
        "appointmentStatus",
    ];
    fn walk(value: &mut Value) {
        match value {
            Value::Object(map) => {
                for (key, v) in map.iter_mut() {
                    if ENUM_FIELDS.contains(&key.as_str()) && v.is_string() {
                        *v = Value::String("SOMETHING_NEW_FROM_THE_FUTURE".into());
                    } else {
                        walk(v);
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(walk),
            _ => {}
        }
    }
    match serde_json::from_str::<Value>(body) {
        Ok(mut value) => {
            walk(&mut value);
            value.to_string()
        }
        Err(_) => body.to_string(),
    }
}

fn control_api(path: &str, method: &str, body: &str, state: &Mutex<State>) -> (u16, String) {
    let mut state = state.lock().unwrap();
    match (method, path) {
        ("GET", "health") => (200, json!({"ok": true}).to_string()),
        ("POST", "reset") => {
            *state = fresh_state(state.image_base.clone(), state.clock);
            (200, json!({"reset": true}).to_string())
        }
        ("POST", "release") => match serde_json::from_str::<Value>(body)
            .ok()
            .and_then(|v| v["hold"].as_str().map(String::from))
        {
            Some(name) => {
                release(&name);
                (200, json!({"released": name}).to_string())
            }
            None => (400, json!({"error": "release needs \"hold\""}).to_string()),
        },
        ("POST", "crowd") => match serde_json::from_str::<Value>(body)
            .map(|v| v["slots"].as_u64().map(|n| n.min(100_000) as u32))
        {
            Ok(count) => {
                state.crowd = count.filter(|n| *n > 0);
                (200, json!({"slots": state.crowd}).to_string())
            }
            Err(why) => (400, json!({"error": why.to_string()}).to_string()),
        },
        ("GET", "clock") => (
            200,
            json!({"now": state.clock.now().to_rfc3339()}).to_string(),
        ),
        ("POST", "clock") => {
            let at = serde_json::from_str::<Value>(body)
                .map_err(|e| e.to_string())
                .and_then(|v| {
                    v["now"]
                        .as_str()
                        .map(parse_instant)
                        .unwrap_or(Err("clock needs \"now\"".into()))
                });
            match at {
                Ok(at) => {
                    *state = fresh_state(state.image_base.clone(), MockClock::pinned(at));
                    (200, json!({"now": at.to_rfc3339()}).to_string())
                }
                Err(why) => (400, json!({"error": why}).to_string()),
            }
        }
        ("POST", "faults") => {
            let parsed: Result<Vec<Fault>, String> = match serde_json::from_str::<Value>(body) {
                Ok(Value::Array(items)) => items.iter().map(Fault::from_json).collect(),
                Ok(item) => Fault::from_json(&item).map(|f| vec![f]),
                Err(e) => Err(e.to_string()),
            };
            match parsed {
                Ok(faults) => {
                    let n = faults.len();
                    state.faults.extend(faults);
                    (200, json!({"added": n}).to_string())
                }
                Err(why) => (400, json!({"error": why}).to_string()),
            }
        }
        ("GET", "requests") => {
            let list: Vec<Value> = state
                .seen
                .iter()
                .map(|s| {
                    json!({
                        "method": s.method, "path": s.path,
                        "query": s.query.iter().map(|(n, v)| json!([n, v])).collect::<Vec<_>>(),
                        "body": s.body, "acceptLanguage": s.accept_language, "clientSentApiKey": s.client_sent_api_key,
                        "status": s.status,
                    })
                })
                .collect();
            (200, Value::Array(list).to_string())
        }
        _ => (
            404,
            json!({"error": "unknown control endpoint"}).to_string(),
        ),
    }
}
