//! The crate's error type: what went wrong, with the HTTP status and Telnyx's error list when the
//! server answered. No message ever contains the API key or a request's query values.

use std::fmt;

use reqwest::StatusCode;

use crate::transport::{ATTEMPTS_HEADER, ATTEMPTS_SCHEME};
use crate::types;

/// Marker `code` the transport puts on an error body that was not Telnyx JSON (see
/// `transport.rs`), so that the status survives and the raw body reaches [`ApiError::raw_body`].
pub(crate) const RAW_BODY_CODE: &str = "telnyx_rooms.raw_body";

/// Everything a call can fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The client could not be built: missing key, bad base URL, ...
    #[error("configuration error: {0}")]
    Config(String),
    /// The request was refused before anything was sent: it names the field and the rule.
    #[error("invalid request: {0}")]
    InvalidInput(String),
    /// The server answered with an error status.
    #[error("{0}")]
    Api(ApiError),
    /// The request could not be sent, or the response could not be read (connection refused,
    /// reset, timeout, ...), on the last of `attempts` tries.
    #[error("transport error{}: {source}", after(*attempts))]
    Transport {
        /// What failed on the last attempt (its URL removed: it may carry query values).
        #[source]
        source: reqwest::Error,
        /// How many attempts were made.
        attempts: u32,
    },
    /// The server answered with success, but its body was not what the API describes.
    #[error("the response body could not be decoded: {source}")]
    Decode {
        /// The body as received.
        body: bytes::Bytes,
        /// What did not match.
        #[source]
        source: serde_json::Error,
    },
    /// The server answered with a status the API does not describe (1xx or 3xx).
    #[error("unexpected response status {0}")]
    UnexpectedStatus(StatusCode),
    /// Raised by a hook of this crate (e.g. retries exhausted in a custom policy).
    #[error("{0}")]
    Other(String),
}

/// An error answer from the API.
#[derive(Debug, Clone)]
pub struct ApiError {
    status: StatusCode,
    errors: Vec<types::Error>,
    raw_body: Option<String>,
    attempts: u32,
}

fn after(attempts: u32) -> String {
    if attempts > 1 {
        format!(" after {attempts} attempts")
    } else {
        String::new()
    }
}

impl ApiError {
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }
    /// Telnyx's error list (empty when the body was not Telnyx JSON).
    pub fn errors(&self) -> &[types::Error] {
        &self.errors
    }
    /// The body as received, when it was not Telnyx's JSON envelope (say, a proxy's HTML page).
    pub fn raw_body(&self) -> Option<&str> {
        self.raw_body.as_deref()
    }
    /// How many attempts the call made before this answer (see [`crate::RetryPolicy`]).
    pub fn attempts(&self) -> u32 {
        self.attempts
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Telnyx API error {}", self.status)?;
        if let Some(e) = self.errors.first() {
            if let Some(t) = &e.title {
                write!(f, ": {t}")?;
            }
            if let Some(d) = &e.detail {
                write!(f, " ({d})")?;
            }
            if let Some(c) = &e.code {
                write!(f, " [code {c}]")?;
            }
        } else if let Some(raw) = &self.raw_body {
            let mut excerpt: String = raw.chars().take(120).collect();
            excerpt = excerpt.split_whitespace().collect::<Vec<_>>().join(" ");
            write!(f, ": non-JSON body: {excerpt}")?;
        }
        f.write_str(&after(self.attempts))
    }
}

impl Error {
    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::UnexpectedStatus(s) => Some(*s),
            Error::Transport { source, .. } => source.status(),
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
    /// A timeout, while connecting or waiting for the answer.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Transport { source, .. } if source.is_timeout())
    }
    /// How many attempts the call made, when it reached the transport.
    pub fn attempts(&self) -> Option<u32> {
        match self {
            Error::Api(e) => Some(e.attempts),
            Error::Transport { attempts, .. } => Some(*attempts),
            _ => None,
        }
    }
}

impl From<progenitor_client::Error<types::Errors>> for Error {
    fn from(e: progenitor_client::Error<types::Errors>) -> Self {
        use progenitor_client::Error as P;
        match e {
            P::InvalidRequest(msg) => {
                Error::InvalidInput(crate::validate::explain_builder_error(msg))
            }
            P::CommunicationError(e) | P::InvalidUpgrade(e) | P::ResponseBodyError(e) => {
                let attempts = e
                    .url()
                    .filter(|u| u.scheme() == ATTEMPTS_SCHEME)
                    .and_then(|u| u.path().parse().ok())
                    .unwrap_or(1);
                Error::Transport {
                    source: e.without_url(),
                    attempts,
                }
            }
            P::ErrorResponse(rv) => {
                let status = rv.status();
                let attempts = rv
                    .headers()
                    .get(ATTEMPTS_HEADER)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(1);
                let mut errors = rv.into_inner().errors;
                let raw_body = match errors.first() {
                    Some(first) if first.code.as_deref() == Some(RAW_BODY_CODE) => {
                        let raw = first.detail.clone();
                        errors.clear();
                        raw
                    }
                    _ => None,
                };
                Error::Api(ApiError {
                    status,
                    errors,
                    raw_body,
                    attempts,
                })
            }
            P::InvalidResponsePayload(body, source) => Error::Decode { body, source },
            P::UnexpectedResponse(r) => Error::UnexpectedStatus(r.status()),
            P::Custom(msg) => Error::Other(msg),
        }
    }
}
