//! Which URLs an attribute may name (`api-base`, `privacy-url`): `https://`,
//! a path on the host page's own site, or `http://` on a loopback host for
//! local testing; `success-url` only the first two ([`check_success_url`]).
//!
//! Hand-written, measured against the alternative the browser offers: the same
//! policy on top of `web_sys::Url` (WHATWG URL parser) made the open-api
//! first load 170 B brotli *larger* (wasm -1,125 B raw / +60 B brotli, glue
//! +1,890 B raw / +110 B brotli; wasm-bindgen 0.2.130, wasm-opt -Oz, measured
//! 2026-12-07), and would take this pure module out of the native tests (the
//! browser's parser exists only in the browser). The checks here are only what
//! the policy needs: scheme, authority, path characters.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlProblem {
    /// Not `https://`, not `http://` on loopback, not a path starting with `/`.
    Scheme,
    /// No host, a bad character, a bad port, user info, whitespace …
    Malformed,
    /// Query strings and fragments do not belong in a base URL.
    QueryOrFragment,
    /// `success-url`: not `https://` and not a path on the page's own site
    /// (`http://` is refused even on loopback).
    NotHttps,
}

/// Checks a URL given in an attribute and returns it unchanged when usable.
///
/// Accepted: `https://host[:port][/path]`, `http://` with a loopback host
/// (`localhost`, `127.x.x.x`, `[::1]`) for local testing, and a path on the host
/// page's origin starting with a single `/`.
pub fn check_url(value: &str) -> Result<String, UrlProblem> {
    if value.is_empty()
        || value
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
    {
        return Err(UrlProblem::Malformed);
    }
    if value.contains('?') || value.contains('#') {
        return Err(UrlProblem::QueryOrFragment);
    }
    if let Some(path) = value.strip_prefix('/') {
        if path.starts_with('/') {
            // `//host/...` is protocol-relative: say it the long way.
            return Err(UrlProblem::Scheme);
        }
        return check_path(value).map(|_| value.to_string());
    }
    let lower = value.to_ascii_lowercase();
    let (rest, secure) = if let Some(rest) = lower.strip_prefix("https://") {
        (rest, true)
    } else if let Some(rest) = lower.strip_prefix("http://") {
        (rest, false)
    } else {
        return Err(UrlProblem::Scheme);
    };
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let host = check_authority(authority)?;
    if !secure && !is_loopback(host) {
        return Err(UrlProblem::Scheme);
    }
    check_path(path)?;
    Ok(value.to_string())
}

/// Checks `success-url`, the page the visitor is sent to once booked:
/// `https://…` or a path on the page's own site, as [`check_url`] has them,
/// but never `http://` (not even on loopback), and with a query and a
/// fragment allowed (`/danke?lang=de#top`: the widget adds its parameters to
/// the query).
pub fn check_success_url(value: &str) -> Result<String, UrlProblem> {
    let (base, tail) = value.split_at(value.find(['?', '#']).unwrap_or(value.len()));
    let refused = |problem| match problem {
        UrlProblem::Scheme => UrlProblem::NotHttps,
        other => other,
    };
    if base.len() >= 7 && base[..7].eq_ignore_ascii_case("http://") {
        return Err(UrlProblem::NotHttps);
    }
    check_url(base).map_err(refused)?;
    // RFC 3986 query and fragment: path characters, `/` and `?`; one `#`.
    let tail_ok = tail.matches('#').count() <= 1
        && tail
            .bytes()
            .all(|b| b == b'?' || b == b'#' || is_path_byte(b));
    if tail_ok {
        Ok(value.to_string())
    } else {
        Err(UrlProblem::Malformed)
    }
}

fn check_authority(authority: &str) -> Result<&str, UrlProblem> {
    if authority.contains('@') {
        return Err(UrlProblem::Malformed);
    }
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let end = v6.find(']').ok_or(UrlProblem::Malformed)?;
        let after = &v6[end + 1..];
        let port = match after.strip_prefix(':') {
            Some(p) => Some(p),
            None if after.is_empty() => None,
            None => return Err(UrlProblem::Malformed),
        };
        let addr = &v6[..end];
        if addr.is_empty()
            || !addr
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
        {
            return Err(UrlProblem::Malformed);
        }
        (&authority[..end + 2], port)
    } else {
        match authority.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        }
    };
    if let Some(port) = port {
        let valid = !port.is_empty()
            && port.len() <= 5
            && port.bytes().all(|b| b.is_ascii_digit())
            && port.parse::<u32>().is_ok_and(|p| (1..=65535).contains(&p));
        if !valid {
            return Err(UrlProblem::Malformed);
        }
    }
    if !host.starts_with('[') {
        let labels_ok = !host.is_empty()
            && host.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            });
        if !labels_ok {
            return Err(UrlProblem::Malformed);
        }
    }
    Ok(host)
}

fn is_path_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"/-._~%!$&'()*+,;=:@".contains(&b)
}

fn check_path(path: &str) -> Result<(), UrlProblem> {
    if path.bytes().all(is_path_byte) {
        Ok(())
    } else {
        Err(UrlProblem::Malformed)
    }
}

fn is_loopback(host: &str) -> bool {
    host == "localhost" || host == "[::1]" || {
        let mut parts = host.split('.');
        parts.next() == Some("127")
            && host.split('.').count() == 4
            && host
                .split('.')
                .all(|p| !p.is_empty() && p.parse::<u8>().is_ok())
    }
}
