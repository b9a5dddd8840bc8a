//! Requests as plain values: method, path, query and JSON body, plus the type
//! the response decodes into. The operations in [`crate::ops`] build them;
//! the browser client and the contract tests consume them.

use serde::de::DeserializeOwned;
use serde::Serialize;
use std::marker::PhantomData;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
        }
    }

    /// Reads may be retried; writes never are (a booking must not happen twice).
    pub fn is_retryable(self) -> bool {
        self == Method::Get
    }
}

/// Which API family a request belongs to; decides how error bodies decode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    OpenApi,
    Connect,
}

/// One API call, not yet sent. `T` is the response body's type.
#[derive(Debug)]
pub struct Request<T> {
    pub family: Family,
    pub method: Method,
    /// Path with parameters filled in, e.g. `/v1/trial-offers/config/7`.
    pub path: String,
    /// The spec's path template, e.g. `/v1/trial-offers/config/{configId}`.
    pub template: &'static str,
    pub query: Vec<(&'static str, String)>,
    /// JSON body of a POST.
    pub body: Option<serde_json::Value>,
    response: PhantomData<fn() -> T>,
}

impl<T> Clone for Request<T> {
    fn clone(&self) -> Self {
        Request {
            family: self.family,
            method: self.method,
            path: self.path.clone(),
            template: self.template,
            query: self.query.clone(),
            body: self.body.clone(),
            response: PhantomData,
        }
    }
}

impl<T> Request<T> {
    /// The path and query string, percent-encoded, to append to a base URL.
    pub fn path_and_query(&self) -> String {
        let mut out = self.path.clone();
        for (i, (name, value)) in self.query.iter().enumerate() {
            out.push(if i == 0 { '?' } else { '&' });
            out.push_str(name);
            out.push('=');
            out.push_str(&percent_encode(value));
        }
        out
    }
}

impl<T: DeserializeOwned> Request<T> {
    pub(crate) fn get(family: Family, template: &'static str, path: String) -> Self {
        Request {
            family,
            method: Method::Get,
            path,
            template,
            query: Vec::new(),
            body: None,
            response: PhantomData,
        }
    }

    pub(crate) fn post(
        family: Family,
        template: &'static str,
        path: String,
        body: Option<&impl Serialize>,
    ) -> Self {
        let body = body.map(|b| serde_json::to_value(b).expect("request models serialise"));
        Request {
            family,
            method: Method::Post,
            path,
            template,
            query: Vec::new(),
            body,
            response: PhantomData,
        }
    }

    pub(crate) fn with_query(mut self, name: &'static str, value: impl ToString) -> Self {
        self.query.push((name, value.to_string()));
        self
    }

    /// Decodes a successful response body.
    pub fn decode(&self, body: &str) -> Result<T, serde_json::Error> {
        serde_json::from_str(body)
    }
}

/// Percent-encodes a query value or path segment (RFC 3986 unreserved kept).
pub fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Joins a base URL (no trailing slash needed) and a path starting with `/`.
pub fn join_url(base: &str, path_and_query: &str) -> String {
    format!(
        "{}/{}",
        base.trim_end_matches('/'),
        path_and_query.trim_start_matches('/')
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_join_with_exactly_one_slash() {
        assert_eq!(
            join_url("https://a.example/proxy/", "/v1/x"),
            "https://a.example/proxy/v1/x"
        );
        assert_eq!(join_url("/proxy", "/v1/x"), "/proxy/v1/x");
        assert_eq!(
            join_url("https://a.example", "v1/x"),
            "https://a.example/v1/x"
        );
    }

    #[test]
    fn query_values_are_encoded() {
        let r: Request<serde_json::Value> = Request::get(Family::Connect, "/x", "/x".into())
            .with_query("addressSearchQuery", "Köln Süd&1")
            .with_query("n", 5);
        assert_eq!(
            r.path_and_query(),
            "/x?addressSearchQuery=K%C3%B6ln%20S%C3%BCd%261&n=5"
        );
    }

    #[test]
    fn only_reads_are_retryable() {
        assert!(Method::Get.is_retryable());
        assert!(!Method::Post.is_retryable());
    }
}
