//! The crate's one error type: everything a call can fail with, with the HTTP status, Telnyx's
//! error list and the attempt count when the server was reached. The call path builds it
//! directly (see `call.rs`); texts that came from the server have the API key replaced by
//! [`REDACTED`](crate::config::REDACTED) before they get here.

use std::fmt;

use bytes::Bytes;
use reqwest::StatusCode;

use crate::types;

/// Everything a call can fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The client could not be built, or was put together around [`ClientBuilder`]'s checks
    /// (missing key, bad base URL, ...). Nothing was sent.
    ///
    /// [`ClientBuilder`]: crate::config::ClientBuilder
    #[error("configuration error: {0}")]
    Config(String),
    /// The request was refused before anything was sent: which operation, field and rule, as
    /// data ([`Error::violation`]); the message names the field and the rule.
    #[error("invalid request: {0}")]
    InvalidInput(crate::operation::Violation),
    /// The server answered with an error status (4xx or 5xx).
    #[error("{0}")]
    Api(ApiError),
    /// The connection failed, or timed out, on the last of `attempts` tries.
    #[error("{}{}: {source}", describe(*stage, source.is_timeout()), after(*attempts))]
    Transport {
        /// What failed on the last attempt (its URL removed: it may carry query values).
        #[source]
        source: reqwest::Error,
        /// Where in the exchange it failed.
        stage: Stage,
        /// How many attempts were made.
        attempts: u32,
    },
    /// The request was redirected more times than the HTTP client follows (10), in a loop or a
    /// chain. The Telnyx API does not redirect: a proxy or the base URL is wrong.
    #[error("too many redirects{}: the last one went to {}", after(*attempts), printable(to))]
    TooManyRedirects {
        /// Where the last redirect pointed (without its query).
        to: String,
        /// How many attempts were made.
        attempts: u32,
    },
    /// The server answered with a redirect, which API calls never follow. The Telnyx API does
    /// not redirect, so the base URL is wrong or something between (a proxy, a gateway) is;
    /// following would send the key and the request where the builder never allowed, and a
    /// redirect from `https` to plain `http` would carry them unencrypted. The key went to the
    /// base URL's origin only. Not retried.
    ///
    /// (A `reqwest::Client` given to [`ClientBuilder::http_client`] follows its own redirect
    /// policy: an answer it fetched from another URL is refused here too, with `to` where it
    /// came from and `status` its status, but the request went there first.)
    ///
    /// [`ClientBuilder::http_client`]: crate::config::ClientBuilder::http_client
    #[error("{}", redirected(*status, from, to, *attempts))]
    Redirected {
        /// The redirect's status (301, 302, 303, 307, 308).
        status: StatusCode,
        /// The URL the request was sent to (without its query).
        from: String,
        /// Where the redirect pointed (without its query).
        to: String,
        /// How many attempts were made.
        attempts: u32,
    },
    /// A successful answer's body was larger than the client reads (counted after
    /// decompression, [`ClientBuilder::max_response_bytes`]). The connection was dropped,
    /// nothing of the body was kept, and the call was not retried. [`Error::status`] still
    /// answers. (An error answer past [`ClientBuilder::max_error_response_bytes`] is the
    /// [`Error::Api`] of its status, with the start of its body: see [`ApiError::cut_at`].)
    ///
    /// [`ClientBuilder::max_response_bytes`]: crate::config::ClientBuilder::max_response_bytes
    /// [`ClientBuilder::max_error_response_bytes`]: crate::config::ClientBuilder::max_error_response_bytes
    #[error("{}", too_large(*status, *limit, *attempts))]
    ResponseTooLarge {
        /// The status of the answer.
        status: StatusCode,
        /// The cap it went past, in bytes.
        limit: usize,
        /// How many attempts were made.
        attempts: u32,
    },
    /// The server answered with success, but its body was not what the API describes.
    #[error("the {status} answer could not be decoded{}{}: {}", at(path), after(*attempts), printable(message))]
    Decode {
        /// The status of the answer.
        status: StatusCode,
        /// Where in the body it broke, e.g. `data.sessions[3].id`; empty for the whole body.
        path: String,
        /// What did not match (serde's message, with the API key redacted).
        message: String,
        /// The body as received (with the API key redacted).
        body: Bytes,
        /// How many attempts were made.
        attempts: u32,
    },
    /// The server answered with a status that is neither success nor error (1xx or 3xx).
    #[error("unexpected response status {status}{}", after(*attempts))]
    UnexpectedStatus {
        /// The status.
        status: StatusCode,
        /// How many attempts were made.
        attempts: u32,
    },
    /// A wait ([`Client::wait_for_composition`](crate::Client::wait_for_composition), ...)
    /// reached its deadline before the result was final.
    #[error(
        "gave up waiting for {what} after {waited:?} (last seen: {})",
        printable(last_seen)
    )]
    Deadline {
        /// What was waited for.
        what: String,
        /// How long it waited.
        waited: std::time::Duration,
        /// The state seen last, e.g. `status processing`.
        last_seen: String,
    },
}

/// Where in an HTTP exchange a transport failure happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Stage {
    /// Opening the connection: the request never reached the server.
    Connect,
    /// Sending the request or waiting for the response's status and headers.
    Response,
    /// Reading the response body, after the status and headers arrived.
    Body,
}

pub(crate) fn describe(stage: Stage, timeout: bool) -> &'static str {
    match (stage, timeout) {
        (Stage::Connect, true) => "timed out connecting",
        (Stage::Connect, false) => "could not connect",
        (Stage::Response, true) => "timed out waiting for the response",
        (Stage::Response, false) => "the connection failed before the response arrived",
        (Stage::Body, true) => "timed out reading the body",
        (Stage::Body, false) => "the connection failed while reading the body",
    }
}

fn at(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        format!(" at `{}`", printable(path))
    }
}

fn too_large(status: StatusCode, limit: usize, attempts: u32) -> String {
    format!(
        "the {status} answer is larger than the client's limit of {} for successful answers \
         (ClientBuilder::max_response_bytes); it was dropped unread and the call not retried{}",
        human_bytes(limit),
        after(attempts)
    )
}

fn redirected(status: StatusCode, from: &str, to: &str, attempts: u32) -> String {
    let (from, to) = (printable(from), printable(to));
    let downgrade = from.starts_with("https:") && to.starts_with("http:");
    let why = if downgrade {
        "refused: it leaves https, and the key and the answer would travel unencrypted"
    } else {
        "not followed: the Telnyx API does not redirect, and the key goes to the base URL's \
         origin only"
    };
    format!(
        "{from} was redirected to {to} ({status}), {why}; check the base URL and any proxy{}",
        after(attempts)
    )
}

/// `33554432` as `32 MiB`, `1500` as `1500 bytes`.
fn human_bytes(n: usize) -> String {
    const UNITS: [(usize, &str); 3] = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")];
    for (size, unit) in UNITS {
        if n >= size && n.is_multiple_of(size) {
            return format!("{} {unit}", n / size);
        }
    }
    format!("{n} bytes")
}

/// Text from a server made safe for a terminal or a log line: control characters (ANSI
/// escapes, CR, LF, BEL, C1 controls) and invisible formatting characters (bidirectional
/// overrides) are written as escapes (`\u{1b}`, `\n`), exactly as `{:?}` writes them;
/// everything else, non-ASCII letters included, stays as it is.
pub(crate) fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let escaped = |c: char| !matches!(c, '"' | '\'' | '\\') && c.escape_debug().len() > 1;
    if !text.chars().any(escaped) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if escaped(c) {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

fn after(attempts: u32) -> String {
    if attempts > 1 {
        format!(" after {attempts} attempts")
    } else {
        String::new()
    }
}

/// An error answer from the API.
#[derive(Debug, Clone)]
pub struct ApiError {
    status: StatusCode,
    errors: Vec<types::ErrorObject>,
    raw_body: Option<String>,
    attempts: u32,
    cut_at: Option<usize>,
}

impl ApiError {
    /// Reads an error answer: Telnyx's `{"errors": [...]}` envelope, or a bare error object
    /// (`{"code", "title", "detail"}`); any other body is kept as text.
    pub(crate) fn from_body(status: StatusCode, body: &[u8], attempts: u32) -> ApiError {
        let errors = match serde_json::from_slice::<types::Errors>(body) {
            Ok(e) if !e.errors.is_empty() => e.errors,
            _ => match serde_json::from_slice::<types::ErrorObject>(body) {
                Ok(e) if e.code.is_some() || e.title.is_some() || e.detail.is_some() => vec![e],
                _ => Vec::new(),
            },
        };
        let raw_body = errors
            .is_empty()
            .then(|| String::from_utf8_lossy(body).into_owned());
        ApiError {
            status,
            errors,
            raw_body,
            attempts,
            cut_at: None,
        }
    }

    /// The same error, read from a body that was cut at `limit` bytes (when `Some`).
    pub(crate) fn with_cut(mut self, limit: Option<usize>) -> ApiError {
        self.cut_at = limit;
        self
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }
    /// Telnyx's error list (empty when the body was not Telnyx's error JSON).
    pub fn errors(&self) -> &[types::ErrorObject] {
        &self.errors
    }
    /// The body as received, when it was not Telnyx's error JSON (say, a proxy's HTML page).
    pub fn raw_body(&self) -> Option<&str> {
        self.raw_body.as_deref()
    }
    /// How many attempts the call made before this answer (see [`crate::RetryPolicy`]).
    pub fn attempts(&self) -> u32 {
        self.attempts
    }
    /// The cap the body was cut at, when it was longer
    /// ([`ClientBuilder::max_error_response_bytes`]): [`raw_body`](Self::raw_body) and
    /// [`errors`](Self::errors) come from its start only, and the rest was never read.
    ///
    /// [`ClientBuilder::max_error_response_bytes`]: crate::config::ClientBuilder::max_error_response_bytes
    pub fn cut_at(&self) -> Option<usize> {
        self.cut_at
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Telnyx API error {}", self.status)?;
        if let Some(e) = self.errors.first() {
            if let Some(t) = &e.title {
                write!(f, ": {}", printable(t))?;
            }
            if let Some(d) = &e.detail {
                write!(f, " ({})", printable(d))?;
            }
            if let Some(c) = &e.code {
                write!(f, " [code {}]", printable(c))?;
            }
        } else if let Some(raw) = &self.raw_body {
            let excerpt: String = raw.chars().take(120).collect();
            let excerpt = excerpt.split_whitespace().collect::<Vec<_>>().join(" ");
            let excerpt = printable(&excerpt);
            if excerpt.is_empty() {
                write!(f, ": empty body")?;
            } else if self.cut_at.is_some() {
                write!(f, ": a body that starts {excerpt}")?;
            } else if serde_json::from_str::<serde::de::IgnoredAny>(raw).is_ok() {
                write!(f, ": JSON body not in Telnyx's error format: {excerpt}")?;
            } else {
                write!(f, ": non-JSON body: {excerpt}")?;
            }
        }
        if let Some(limit) = self.cut_at {
            write!(
                f,
                " (the body was cut at the client's limit of {} for error answers)",
                human_bytes(limit)
            )?;
        }
        f.write_str(&after(self.attempts))
    }
}

impl Error {
    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Decode { status, .. }
            | Error::UnexpectedStatus { status, .. }
            | Error::Redirected { status, .. }
            | Error::ResponseTooLarge { status, .. } => Some(*status),
            _ => None,
        }
    }
    /// The API error, when the server answered with an error status.
    pub fn api_error(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }
    /// 404: the room, session, participant, recording or composition does not exist.
    pub fn is_not_found(&self) -> bool {
        self.status() == Some(StatusCode::NOT_FOUND)
    }
    /// 401: the API key is missing, wrong or revoked.
    pub fn is_unauthorized(&self) -> bool {
        self.status() == Some(StatusCode::UNAUTHORIZED)
    }
    /// 403: the key may not do this.
    pub fn is_forbidden(&self) -> bool {
        self.status() == Some(StatusCode::FORBIDDEN)
    }
    /// 429: too many requests.
    pub fn is_rate_limited(&self) -> bool {
        self.status() == Some(StatusCode::TOO_MANY_REQUESTS)
    }
    /// 422: the server refused the request's content.
    pub fn is_unprocessable(&self) -> bool {
        self.status() == Some(StatusCode::UNPROCESSABLE_ENTITY)
    }
    /// The request was refused by this crate before it was sent.
    pub fn is_invalid_input(&self) -> bool {
        matches!(self, Error::InvalidInput(_))
    }
    /// What was refused before sending: the operation, field, location and rule.
    pub fn violation(&self) -> Option<&crate::operation::Violation> {
        match self {
            Error::InvalidInput(v) => Some(v),
            _ => None,
        }
    }
    /// A timeout: while connecting, waiting for the response or reading its body; or a wait
    /// that reached its deadline ([`Error::Deadline`]).
    pub fn is_timeout(&self) -> bool {
        match self {
            Error::Transport { source, .. } => source.is_timeout(),
            Error::Deadline { .. } => true,
            _ => false,
        }
    }
    /// The answer was larger than the client's cap for it ([`Error::ResponseTooLarge`]).
    pub fn is_too_large(&self) -> bool {
        matches!(self, Error::ResponseTooLarge { .. })
    }
    /// Where in the answer's body decoding broke (`data.sessions[3].id`), for
    /// [`Error::Decode`]; `None` for other errors or when the body as a whole was wrong.
    pub fn decode_path(&self) -> Option<&str> {
        match self {
            Error::Decode { path, .. } if !path.is_empty() => Some(path),
            _ => None,
        }
    }
    /// Where a transport failure happened, for [`Error::Transport`].
    pub fn stage(&self) -> Option<Stage> {
        match self {
            Error::Transport { stage, .. } => Some(*stage),
            _ => None,
        }
    }
    /// How many attempts the call made; `None` when nothing was sent.
    pub fn attempts(&self) -> Option<u32> {
        match self {
            Error::Api(e) => Some(e.attempts),
            Error::Transport { attempts, .. }
            | Error::TooManyRedirects { attempts, .. }
            | Error::Redirected { attempts, .. }
            | Error::Decode { attempts, .. }
            | Error::UnexpectedStatus { attempts, .. }
            | Error::ResponseTooLarge { attempts, .. } => Some(*attempts),
            Error::Config(_) | Error::InvalidInput(_) | Error::Deadline { .. } => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_bodies_of_every_shape() {
        let s = StatusCode::NOT_FOUND;
        let e = ApiError::from_body(
            s,
            br#"{"errors":[{"code":"10005","title":"Not found"}]}"#,
            1,
        );
        assert_eq!(e.errors()[0].code.as_deref(), Some("10005"));
        let e = ApiError::from_body(
            s,
            br#"{"code":"10005","title":"Resource not found","detail":"Room not found"}"#,
            1,
        );
        assert_eq!(e.errors()[0].detail.as_deref(), Some("Room not found"));
        assert_eq!(e.raw_body(), None);
        let e = ApiError::from_body(s, br#"{"errors":"oops"}"#, 2);
        assert!(e.errors().is_empty());
        assert_eq!(
            e.to_string(),
            r#"Telnyx API error 404 Not Found: JSON body not in Telnyx's error format: {"errors":"oops"} after 2 attempts"#
        );
        let e = ApiError::from_body(s, b"<html>nope</html>", 1);
        assert_eq!(
            e.to_string(),
            "Telnyx API error 404 Not Found: non-JSON body: <html>nope</html>"
        );
        let e = ApiError::from_body(s, b"", 1);
        assert_eq!(e.to_string(), "Telnyx API error 404 Not Found: empty body");
    }
}
