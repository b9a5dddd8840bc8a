//! The one error type of the API boundary, and the one place that turns an
//! HTTP response into it.

use crate::models::connect::{ConnectError, ConnectErrorCode};
use crate::models::open_api::OpenApiError;
use crate::request::Family;
use std::fmt;

/// An error body from either API family. Its texts are for logs only.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiProblem {
    OpenApi(OpenApiError),
    Connect(ConnectError),
}

impl ApiProblem {
    pub fn trace_id(&self) -> Option<&str> {
        match self {
            ApiProblem::OpenApi(e) => e.trace_id.as_deref(),
            ApiProblem::Connect(e) => e.trace_id.as_deref(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// The request did not reach the server or no answer came back (offline, DNS, CORS …).
    Network(String),
    /// No answer within the time limit.
    Timeout,
    /// The server answered with a status outside 2xx.
    Http {
        status: u16,
        problem: Option<Box<ApiProblem>>,
        /// From a `Retry-After` header, in milliseconds.
        retry_after_ms: Option<u64>,
    },
    /// A 2xx answer whose body is not what the API documents.
    Decode(String),
    /// A paged list that does not end, or repeats itself.
    Paging(&'static str),
}

/// What went wrong, as far as the visitor is concerned: each maps to one
/// translated message in the widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// No connection: check the internet connection and try again.
    Offline,
    Timeout,
    /// Rate limit (429): many people are booking; try again in a minute.
    Busy,
    /// The booking system or a proxy in front of it is not answering (502,
    /// 503, 504, RFC 9110 §15.6.3–5): try again in a moment.
    NotAnswering,
    /// The offer, slot or booking no longer exists: reload.
    NotFound,
    /// Someone else just took it (Open API 409, Connect CONFLICT): pick another time.
    Conflict,
    /// The data was not accepted (400, VALIDATION_FAILED …).
    Invalid,
    /// The studio's setup is wrong (401/403, feature disabled …): contact the studio.
    Unavailable,
    /// Connect: this person already has a trial session.
    AlreadyBooked,
    /// Connect: this person is already a member.
    ActiveMember,
    /// The server failed (500) or answered nonsense: try again later.
    Server,
}

impl ApiError {
    /// The one conversion from an HTTP answer: `Ok(body)` for 2xx, otherwise
    /// the status with the family's error body decoded when it is one.
    /// `retry_after_ms` is the response's `Retry-After`, already resolved by
    /// [`parse_retry_after`].
    pub fn check_response(
        family: Family,
        status: u16,
        body: String,
        retry_after_ms: Option<u64>,
    ) -> Result<String, ApiError> {
        if (200..300).contains(&status) {
            return Ok(body);
        }
        let problem = match family {
            Family::OpenApi => serde_json::from_str::<OpenApiError>(&body)
                .ok()
                .map(ApiProblem::OpenApi),
            Family::Connect => serde_json::from_str::<ConnectError>(&body)
                .ok()
                .map(ApiProblem::Connect),
        };
        Err(ApiError::Http {
            status,
            problem: problem.map(Box::new),
            retry_after_ms,
        })
    }

    pub fn status(&self) -> Option<u16> {
        match self {
            ApiError::Http { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// Connect `errorCodes` (empty for anything else).
    pub fn connect_codes(&self) -> &[ConnectErrorCode] {
        match self {
            ApiError::Http {
                problem: Some(problem),
                ..
            } => match problem.as_ref() {
                ApiProblem::Connect(e) => &e.error_codes,
                ApiProblem::OpenApi(_) => &[],
            },
            _ => &[],
        }
    }

    pub fn has_code(&self, code: &ConnectErrorCode) -> bool {
        self.connect_codes().contains(code)
    }

    pub fn trace_id(&self) -> Option<&str> {
        match self {
            ApiError::Http {
                problem: Some(p), ..
            } => p.trace_id(),
            _ => None,
        }
    }

    /// What to tell the visitor. Connect errors switch on `errorCodes` first
    /// (the reference says so), then on the status.
    pub fn kind(&self) -> ErrorKind {
        use ConnectErrorCode as C;
        match self {
            ApiError::Network(_) => ErrorKind::Offline,
            ApiError::Timeout => ErrorKind::Timeout,
            ApiError::Decode(_) | ApiError::Paging(_) => ErrorKind::Server,
            ApiError::Http { status, .. } => {
                let codes = self.connect_codes();
                let by_code = [
                    (C::TrialsessionAlreadyBooked, ErrorKind::AlreadyBooked),
                    (
                        C::ActiveMemberCannotBookTrialSession,
                        ErrorKind::ActiveMember,
                    ),
                    (C::Conflict, ErrorKind::Conflict),
                    (C::EntityNotFound, ErrorKind::NotFound),
                    (C::ValidationFailed, ErrorKind::Invalid),
                    (C::RequiredParameterMissing, ErrorKind::Invalid),
                    (C::BadRequest, ErrorKind::Invalid),
                    (C::FeatureDisabled, ErrorKind::Unavailable),
                    (C::OperationNotAllowedForStudio, ErrorKind::Unavailable),
                    (C::Forbidden, ErrorKind::Unavailable),
                    (C::ServerError, ErrorKind::Server),
                ];
                if let Some((_, kind)) = by_code.iter().find(|(code, _)| codes.contains(code)) {
                    return *kind;
                }
                match status {
                    400 | 422 => ErrorKind::Invalid,
                    401 | 403 => ErrorKind::Unavailable,
                    404 | 410 => ErrorKind::NotFound,
                    409 => ErrorKind::Conflict,
                    429 => ErrorKind::Busy,
                    502..=504 => ErrorKind::NotAnswering,
                    _ => ErrorKind::Server,
                }
            }
        }
    }
}

/// For logs (English, developer-facing). The API's own message is included
/// here and nowhere a visitor can see it.
impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::Network(why) => write!(f, "network error: {why}"),
            ApiError::Timeout => write!(f, "request timed out"),
            ApiError::Decode(why) => write!(f, "unexpected response body: {why}"),
            ApiError::Paging(why) => write!(f, "paging stopped: {why}"),
            ApiError::Http {
                status, problem, ..
            } => {
                write!(f, "HTTP {status}")?;
                match problem.as_deref() {
                    Some(ApiProblem::OpenApi(e)) => write!(
                        f,
                        " {}: {}",
                        e.error_code.as_deref().unwrap_or("-"),
                        e.error_message
                    )?,
                    Some(ApiProblem::Connect(e)) => {
                        let codes: Vec<_> = e.error_codes.iter().map(|c| c.as_str()).collect();
                        write!(
                            f,
                            " [{}]: {}",
                            codes.join(", "),
                            e.message.as_deref().unwrap_or("")
                        )?
                    }
                    None => {}
                }
                if let Some(trace) = self.trace_id() {
                    write!(f, " (trace {trace})")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for ApiError {}

/// A `Retry-After` header as milliseconds from `now`: delay-seconds (`120`)
/// or an HTTP-date (`Sun, 06 Nov 1994 08:49:37 GMT`).
pub fn parse_retry_after(value: &str, now: chrono::DateTime<chrono::Utc>) -> Option<u64> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(seconds.saturating_mul(1000));
    }
    let at = crate::dates::parse_http_date(value)?.and_utc();
    let ms = (at - now).num_milliseconds();
    Some(ms.max(0) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn http(family: Family, status: u16, body: &str) -> ApiError {
        ApiError::check_response(family, status, body.to_string(), None).unwrap_err()
    }

    #[test]
    fn success_passes_the_body_through() {
        assert_eq!(
            ApiError::check_response(Family::OpenApi, 200, "{}".into(), None),
            Ok("{}".into())
        );
        assert_eq!(
            ApiError::check_response(Family::Connect, 204, "".into(), None),
            Ok("".into())
        );
    }

    #[test]
    fn open_api_error_bodies_are_decoded() {
        let e = http(
            Family::OpenApi,
            409,
            r#"{"errorMessage":"Konflikt","errorCode":"CONCURRENT","traceId":"t-1"}"#,
        );
        assert_eq!(e.status(), Some(409));
        assert_eq!(e.trace_id(), Some("t-1"));
        assert_eq!(e.kind(), ErrorKind::Conflict);
        assert!(
            matches!(&e, ApiError::Http { problem: Some(p), .. } if matches!(p.as_ref(), ApiProblem::OpenApi(p) if p.error_code.as_deref() == Some("CONCURRENT")))
        );
    }

    #[test]
    fn connect_errors_switch_on_codes_before_status() {
        let e = http(
            Family::Connect,
            500,
            r#"{"errorCodes":["TRIALSESSION_ALREADY_BOOKED"],"message":"dev text"}"#,
        );
        assert_eq!(e.kind(), ErrorKind::AlreadyBooked);
        let e = http(
            Family::Connect,
            403,
            r#"{"errorCodes":["ACTIVE_MEMBER_CANNOT_BOOK_TRIAL_SESSION"]}"#,
        );
        assert_eq!(e.kind(), ErrorKind::ActiveMember);
        let e = http(
            Family::Connect,
            409,
            r#"{"errorCodes":["SOMETHING_NEW","CONFLICT"],"traceId":"x"}"#,
        );
        assert_eq!(e.kind(), ErrorKind::Conflict);
        assert!(e.has_code(&ConnectErrorCode::Conflict));
        let e = http(
            Family::Connect,
            400,
            r#"{"errorCodes":["VALIDATION_FAILED"]}"#,
        );
        assert_eq!(e.kind(), ErrorKind::Invalid);
        let e = http(
            Family::Connect,
            403,
            r#"{"errorCodes":["FEATURE_DISABLED"]}"#,
        );
        assert_eq!(e.kind(), ErrorKind::Unavailable);
    }

    #[test]
    fn bodies_that_are_not_error_bodies_still_give_the_status() {
        let e = http(Family::OpenApi, 502, "<html>Bad gateway</html>");
        assert_eq!(
            e,
            ApiError::Http {
                status: 502,
                problem: None,
                retry_after_ms: None
            }
        );
        assert_eq!(e.kind(), ErrorKind::NotAnswering);
        for status in [503, 504] {
            assert_eq!(
                http(Family::Connect, status, "").kind(),
                ErrorKind::NotAnswering
            );
        }
        assert_eq!(http(Family::Connect, 404, "").kind(), ErrorKind::NotFound);
        assert_eq!(
            http(Family::OpenApi, 401, "{}").kind(),
            ErrorKind::Unavailable
        );
        assert_eq!(http(Family::OpenApi, 500, "{}").kind(), ErrorKind::Server);
        assert_eq!(http(Family::OpenApi, 429, "{}").kind(), ErrorKind::Busy);
    }

    #[test]
    fn retry_after_in_seconds_and_as_a_date() {
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-21T08:49:30Z")
            .unwrap()
            .to_utc();
        assert_eq!(parse_retry_after(" 3 ", now), Some(3000));
        assert_eq!(
            parse_retry_after("Sat, 21 Nov 2026 08:49:37 GMT", now),
            Some(7000)
        );
        assert_eq!(
            parse_retry_after("Sat, 21 Nov 2026 08:49:00 GMT", now),
            Some(0)
        );
        assert_eq!(parse_retry_after("soon", now), None);
        let e =
            ApiError::check_response(Family::OpenApi, 429, "{}".into(), Some(3000)).unwrap_err();
        assert!(matches!(
            e,
            ApiError::Http {
                retry_after_ms: Some(3000),
                ..
            }
        ));
    }

    #[test]
    fn the_developer_message_stays_in_logs() {
        let e = http(
            Family::Connect,
            409,
            r#"{"errorCodes":["CONFLICT"],"message":"slot overbooked","traceId":"abc"}"#,
        );
        assert_eq!(
            e.to_string(),
            "HTTP 409 [CONFLICT]: slot overbooked (trace abc)"
        );
    }
}
