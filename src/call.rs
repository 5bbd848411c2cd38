//! The call path every operation goes through: the generated `execute()` and `send()` of each
//! builder build their request with the builder's one `request()` (which checks every value
//! against the spec first), then call [`run`].
//!
//! One place does, in order: the base-URL check (the key goes only where [`ClientBuilder`]
//! allowed), the bulk-delete guard, auth and user agent, a tracing span, and
//! the attempts: each sends the request *and reads the whole body*, so a body that stalls or
//! breaks is retried by the same method rules as a failed connection. The final answer is
//! turned into the result or an [`Error`] right here, with its attempt count; texts from the
//! server have the key redacted first.
//!
//! [`ClientBuilder`]: crate::config::ClientBuilder

use std::time::Instant;

use bytes::Bytes;
use reqwest::header::{HeaderMap, AUTHORIZATION, USER_AGENT};
use reqwest::StatusCode;
use tracing::Instrument;

use crate::error::ApiError;
use crate::exchange::{once, status_of, Failure, Received};
use crate::telemetry::{self, Cap};
use crate::{validate, Client, Error, Operation};

/// A 2xx answer, read whole.
#[derive(Debug)]
pub(crate) struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    attempts: u32,
}

impl Answer {
    /// `value` (what `execute()` returns) with the answer's status and headers, for `send()`.
    pub(crate) fn respond<T>(self, value: T) -> crate::ResponseValue<T> {
        crate::ResponseValue::new(value, self.status, self.headers)
    }

    /// Decodes the body as `T`. An empty body or one that does not match is
    /// [`Error::Decode`], with the key redacted from its message and body copy.
    pub(crate) fn json<T: serde::de::DeserializeOwned>(&self, client: &Client) -> Result<T, Error> {
        let (path, message) = if self.body.is_empty() {
            (String::new(), "expected a JSON body, got none".to_string())
        } else {
            match serde_json::from_slice(&self.body) {
                Ok(v) => return Ok(v),
                // Decoded again, tracking the path, only to say where it broke.
                Err(e) => where_decoding_fails::<T>(&self.body, e),
            }
        };
        let key = &client.inner.key;
        Err(Error::Decode {
            status: self.status,
            path: key.redact(&path),
            message: key.redact(&message),
            body: Bytes::from(key.redact_bytes(&self.body).into_owned()),
            attempts: self.attempts,
        })
    }
}

/// The field path (`data.sessions[3].id`; empty for the whole body) and serde's message.
fn where_decoding_fails<T: serde::de::DeserializeOwned>(
    body: &[u8],
    first: serde_json::Error,
) -> (String, String) {
    let mut de = serde_json::Deserializer::from_slice(body);
    match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Err(e) => {
            let path = e.path().to_string();
            let path = if path == "." { String::new() } else { path };
            (path, e.into_inner().to_string())
        }
        Ok(_) => (String::new(), first.to_string()),
    }
}

/// Whether a bulk operation ([`Operation::is_bulk`]) may run unfiltered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bulk {
    /// At least one filter, or the call is refused before it is sent.
    NeedsFilter,
    /// The caller asked for everything, by name.
    Everything,
}

/// Runs a request built by a generated `execute()`: any 2xx is an [`Answer`]; everything else
/// is an [`Error`]. `bulk` says whether a bulk operation may go out unfiltered (only
/// [`Client::delete_every_recording_of_the_account`](crate::Client::delete_every_recording_of_the_account)
/// says so).
pub(crate) async fn run(
    client: &Client,
    op: Operation,
    mut request: reqwest::Request,
    bulk: Bulk,
) -> Result<Answer, Error> {
    prepare(client, op, &mut request, bulk)?;
    let (outcome, attempts) = send(client, op, request).await;
    let received = match outcome {
        Ok(r) => r,
        Err(failure) => return Err(failure.into_error(attempts)),
    };
    let status = received.status;
    if status.is_success() {
        return Ok(Answer {
            status,
            headers: received.headers,
            body: received.body,
            attempts,
        });
    }
    if status.is_client_error() || status.is_server_error() {
        let key = &client.inner.key;
        let body = match received.cut {
            None => key.redact_bytes(&received.body),
            Some(_) => key.redact_cut(&received.body),
        };
        return Err(Error::Api(
            ApiError::from_body(status, &body, attempts).with_cut(received.cut),
        ));
    }
    Err(Error::UnexpectedStatus { status, attempts })
}

/// A request `reqwest` could not build (a body that does not serialise as JSON, say).
pub(crate) fn not_built(op: Operation, e: reqwest::Error) -> Error {
    let why = e.without_url().to_string();
    Error::InvalidInput(crate::operation::Violation::new(
        Some(op),
        "body",
        crate::operation::Location::Body,
        crate::operation::Expected::Json(why),
    ))
}

/// Makes a request ready to send: a bulk delete must be filtered, unless `bulk` says otherwise
/// (its values were checked against the spec by the builder's `request()`); then auth and
/// user agent.
pub(crate) fn prepare(
    client: &Client,
    op: Operation,
    request: &mut reqwest::Request,
    bulk: Bulk,
) -> Result<(), Error> {
    let inner = &client.inner;
    if bulk == Bulk::NeedsFilter {
        validate::check_bulk_filter(op, request).map_err(Error::InvalidInput)?;
    }
    let headers = request.headers_mut();
    headers.insert(AUTHORIZATION, inner.auth.clone());
    headers.insert(USER_AGENT, inner.user_agent.clone());
    Ok(())
}

/// Sends a prepared request as the retry policy allows, in a `telnyx_rooms.call` span; returns
/// the last outcome and how many attempts were made.
pub(crate) async fn send(
    client: &Client,
    op: Operation,
    request: reqwest::Request,
) -> (Result<Received, Failure>, u32) {
    let span = tracing::debug_span!(
        "telnyx_rooms.call",
        operation = op.id(),
        method = op.method(),
        path = op.path(),
        attempts = tracing::field::Empty,
        status = tracing::field::Empty,
        elapsed_ms = tracing::field::Empty,
    );
    let call = telemetry::Call::start(client, op, &request);
    let (result, attempts) = if span.is_disabled() {
        // No subscriber wants it: skip the instrumentation and the clock.
        attempts(client, op, request, &span, &call).await
    } else {
        let started = Instant::now();
        let result = attempts(client, op, request, &span, &call)
            .instrument(span.clone())
            .await;
        span.record("elapsed_ms", started.elapsed().as_millis() as u64);
        result
    };
    call.end(&result, attempts);
    (result, attempts)
}

async fn attempts(
    client: &Client,
    op: Operation,
    mut request: reqwest::Request,
    span: &tracing::Span,
    call: &telemetry::Call<'_>,
) -> (Result<Received, Failure>, u32) {
    let inner = &client.inner;
    let policy = &inner.retry;
    let method = request.method().clone();
    let mut attempt: u32 = 1;
    loop {
        if inner.http_timeout != Some(inner.attempt_timeout) {
            *request.timeout_mut() = Some(inner.attempt_timeout);
        }
        // Only a request that may be retried is copied (its body is reference-counted).
        let spare = if attempt <= policy.max_retries {
            request.try_clone()
        } else {
            None
        };
        let timeout = inner.attempt_timeout;
        let observed = inner
            .observer
            .as_ref()
            .map(|_| (request.url().clone(), Instant::now()));
        let traced = call.attempt(attempt, &mut request);
        let result = match inner.clients.for_short_attempts(timeout) {
            Some(http) => crate::connect::within(timeout, once(http, request, inner.limits)).await,
            None => once(&client.client, request, inner.limits).await,
        };
        if let (Some(observer), Some((url, started))) = (&inner.observer, &observed) {
            observer(&crate::config::Attempt {
                operation: op,
                method: &method,
                url,
                number: attempt,
                status: status_of(&result),
                elapsed: started.elapsed(),
            });
        }
        traced.end(&result);
        span.record("attempts", attempt);
        let retryable = match &result {
            Ok(r) => policy.retry_status(&method, r.status),
            Err(f) => f.retryable(policy, &method),
        };
        let wait = match (&result, retryable, spare.is_some()) {
            (_, false, _) => None,
            (_, true, false) => {
                call.cut(Cap::MaxRetries);
                None
            }
            (Ok(r), true, true) => policy.delay(attempt, Some(&r.headers)),
            (Err(_), true, true) => policy.delay(attempt, None),
        };
        if retryable && spare.is_some() && wait.is_none() {
            call.cut(Cap::RetryAfter);
        }
        match (wait, spare) {
            (Some(wait), Some(next)) => {
                match &result {
                    Ok(r) => {
                        tracing::debug!(attempt, status = r.status.as_u16(), ?wait, "retrying")
                    }
                    Err(f) => tracing::debug!(attempt, failure = f.kind(), ?wait, "retrying"),
                }
                call.retried(&result);
                drop(result);
                tokio::time::sleep(wait).await;
                request = next;
                attempt += 1;
            }
            _ => {
                if let Some(status) = status_of(&result) {
                    span.record("status", status.as_u16());
                }
                match &result {
                    Ok(r) => tracing::debug!(attempt, status = r.status.as_u16(), "response"),
                    Err(f) => tracing::debug!(attempt, failure = f.kind(), "request failed"),
                }
                return (result, attempt);
            }
        }
    }
}
