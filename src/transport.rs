//! The transport hook: every generated operation passes through [`ClientHooks`] here, so auth,
//! pre-send validation, tracing and error-body handling apply to all 25 at once.

use std::fmt;
use std::time::{Duration, Instant};

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::{HeaderValue, AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, USER_AGENT};
use tracing::Instrument;

use crate::error::RAW_BODY_CODE;
use crate::retry::RetryPolicy;
use crate::{types, validate, Client};

/// Per-client state carried by the generated [`Client`]: header values built once, the retry
/// policy and the per-attempt timeout override.
#[derive(Clone)]
pub struct Inner {
    auth: HeaderValue,
    user_agent: HeaderValue,
    pub(crate) retry: RetryPolicy,
    /// Overrides the HTTP client's timeout for each attempt, when set.
    pub(crate) attempt_timeout: Option<Duration>,
}

impl Inner {
    pub(crate) fn new(auth: HeaderValue, user_agent: HeaderValue, retry: RetryPolicy) -> Self {
        Self {
            auth,
            user_agent,
            retry,
            attempt_timeout: None,
        }
    }
}

impl fmt::Debug for Inner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Inner")
            .field("auth", &"<redacted>")
            .field("user_agent", &self.user_agent)
            .field("retry", &self.retry)
            .field("attempt_timeout", &self.attempt_timeout)
            .finish()
    }
}

/// Header on a final error response: how many attempts the call made.
pub(crate) const ATTEMPTS_HEADER: &str = "x-telnyx-rooms-attempts";
/// URL scheme that carries the attempt count on a final transport error (its real URL, which
/// may hold query values, is dropped anyway; see `crate::Error`).
pub(crate) const ATTEMPTS_SCHEME: &str = "telnyx-rooms-attempts";

impl ClientHooks<Inner> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        validate::check(info.operation_id, request)
            .map_err(progenitor_client::Error::InvalidRequest)?;
        let headers = request.headers_mut();
        headers.insert(AUTHORIZATION, self.inner().auth.clone());
        headers.insert(USER_AGENT, self.inner().user_agent.clone());
        Ok(())
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let span = tracing::debug_span!(
            "telnyx_rooms.call",
            operation = info.operation_id,
            method = %request.method(),
            path = validate::path_template(info.operation_id),
            attempts = tracing::field::Empty,
            status = tracing::field::Empty,
            elapsed_ms = tracing::field::Empty,
        );
        if span.is_disabled() {
            // No subscriber wants it: skip the instrumentation and the clock.
            return self.send_with_retries(request, &span).await;
        }
        let started = Instant::now();
        let result = self
            .send_with_retries(request, &span)
            .instrument(span.clone())
            .await;
        span.record("elapsed_ms", started.elapsed().as_millis() as u64);
        result
    }
}

impl Client {
    /// Sends `request`, retrying as the policy allows. The final error response carries the
    /// attempt count in [`ATTEMPTS_HEADER`]; a final transport error in its URL.
    async fn send_with_retries(
        &self,
        mut request: reqwest::Request,
        span: &tracing::Span,
    ) -> reqwest::Result<reqwest::Response> {
        let policy = &self.inner().retry;
        let method = request.method().clone();
        let mut attempt: u32 = 1;
        loop {
            if let Some(t) = self.inner().attempt_timeout {
                *request.timeout_mut() = Some(t);
            }
            // Only a request that may be retried is copied (its body is reference-counted).
            let spare = if attempt <= policy.max_retries {
                request.try_clone()
            } else {
                None
            };
            let result = self.client().execute(request).await;
            span.record("attempts", attempt);
            let wait = match (&result, spare.is_some()) {
                (Ok(resp), true) if policy.retry_status(&method, resp.status()) => {
                    policy.delay(attempt, Some(resp.headers()))
                }
                (Err(e), true) if policy.retry_error(&method, e) => policy.delay(attempt, None),
                _ => None,
            };
            match (result, wait, spare) {
                (result, Some(wait), Some(next)) => {
                    match &result {
                        Ok(resp) => tracing::debug!(
                            attempt,
                            status = resp.status().as_u16(),
                            ?wait,
                            "retrying"
                        ),
                        Err(e) => tracing::debug!(
                            attempt,
                            timeout = e.is_timeout(),
                            connect = e.is_connect(),
                            ?wait,
                            "retrying"
                        ),
                    }
                    drop(result);
                    tokio::time::sleep(wait).await;
                    request = next;
                    attempt += 1;
                }
                (Ok(resp), _, _) => {
                    span.record("status", resp.status().as_u16());
                    tracing::debug!(attempt, status = resp.status().as_u16(), "response");
                    if resp.status().is_client_error() || resp.status().is_server_error() {
                        return normalise_error_body(resp, attempt).await;
                    }
                    return Ok(resp);
                }
                (Err(e), _, _) => {
                    tracing::debug!(
                        attempt,
                        timeout = e.is_timeout(),
                        connect = e.is_connect(),
                        "request failed"
                    );
                    let marker = reqwest::Url::parse(&format!("{ATTEMPTS_SCHEME}:{attempt}"))
                        .expect("valid URL");
                    return Err(e.with_url(marker));
                }
            }
        }
    }
}

/// Makes sure an error answer decodes as Telnyx's envelope, so that the status reaches the
/// caller whatever the body: a body that is not the envelope (a proxy's HTML page, an empty
/// 401) is carried in one marked entry that [`crate::Error`] turns back into the raw body.
async fn normalise_error_body(
    resp: reqwest::Response,
    attempts: u32,
) -> reqwest::Result<reqwest::Response> {
    let status = resp.status();
    let version = resp.version();
    let mut headers = resp.headers().clone();
    let body = resp.bytes().await?;
    let decodes =
        serde_json::from_slice::<types::Errors>(&body).is_ok_and(|e| !e.errors.is_empty());
    let body = if decodes {
        body
    } else {
        let marked = types::Errors {
            errors: vec![types::Error {
                code: Some(RAW_BODY_CODE.to_string()),
                detail: Some(String::from_utf8_lossy(&body).into_owned()),
                ..Default::default()
            }],
        };
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        serde_json::to_vec(&marked)
            .expect("serialising a plain struct")
            .into()
    };
    headers.remove(CONTENT_LENGTH);
    headers.insert(ATTEMPTS_HEADER, HeaderValue::from(attempts));
    let mut rebuilt = http::Response::new(body);
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    *rebuilt.headers_mut() = headers;
    Ok(reqwest::Response::from(rebuilt))
}
