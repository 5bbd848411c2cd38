//! One attempt's exchange: send a prepared request, refuse a redirect (never followed), and
//! read the answer's body up to its cap, an error answer's start kept when it is longer. What
//! comes back is a [`Received`] answer of any status or a [`Failure`] short of one; the call
//! path (`call.rs`) decides on retries and turns the last into the crate's error.

use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use crate::config::Limits;
use crate::error::Stage;
use crate::Error;

/// An answer of any status, read whole, or (an error answer only) up to its cap.
#[derive(Debug)]
pub(crate) struct Received {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
    /// The cap an error answer's body was cut at, when it was longer: `body` is its start.
    pub cut: Option<usize>,
}

/// How the last attempt failed, short of a whole answer.
#[derive(Debug)]
pub(crate) enum Failure {
    /// The connection failed or timed out at `stage`.
    Transport {
        source: reqwest::Error,
        stage: Stage,
    },
    /// Redirected too many times (by a brought client); `to` is where it went last (without
    /// its query).
    Redirects { to: String },
    /// A redirect, never followed (or followed by a brought client: `to` is where the answer
    /// came from): both URLs without their queries.
    Redirected {
        status: StatusCode,
        from: String,
        to: String,
    },
    /// A successful answer's body was larger than its cap: nothing of it is kept.
    TooLarge(TooLarge),
}

/// An answer whose body went past its cap.
#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("the {status} answer is larger than the limit of {limit} bytes")]
pub(crate) struct TooLarge {
    pub status: StatusCode,
    pub limit: usize,
}

impl Failure {
    fn transport(source: reqwest::Error, stage: Stage) -> Failure {
        Failure::Transport {
            source: source.without_url(),
            stage,
        }
    }

    /// What failed, for tracing (no text from the server).
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Failure::Transport { source, stage } => {
                crate::error::describe(*stage, source.is_timeout())
            }
            Failure::Redirects { .. } => "too many redirects",
            Failure::Redirected { .. } => "redirected (not followed)",
            Failure::TooLarge(_) => "the answer was larger than its limit",
        }
    }

    /// The OpenTelemetry conventions' `error.type` of this failure: short and of few values.
    #[cfg_attr(not(feature = "otel"), allow(dead_code))]
    pub(crate) fn error_type(&self) -> &'static str {
        match self {
            Failure::Transport { source, .. } if source.is_timeout() => "timeout",
            Failure::Transport {
                stage: Stage::Connect,
                ..
            } => "connect_failed",
            Failure::Transport { .. } => "connection_failed",
            Failure::Redirects { .. } => "too_many_redirects",
            Failure::Redirected { .. } => "redirected",
            Failure::TooLarge(_) => "response_too_large",
        }
    }

    /// The status of the answer, when one came (a redirect, an answer past its cap).
    fn status(&self) -> Option<StatusCode> {
        match self {
            Failure::Redirected { status, .. } => Some(*status),
            Failure::TooLarge(t) => Some(t.status),
            Failure::Transport { .. } | Failure::Redirects { .. } => None,
        }
    }

    /// Whether the retry policy may try again after this failure.
    pub(crate) fn retryable(&self, policy: &crate::RetryPolicy, method: &reqwest::Method) -> bool {
        match self {
            Failure::Transport { source, stage } => policy.retry_transport(method, *stage, source),
            // A redirect comes back the same; an answer too large would again.
            Failure::Redirects { .. } | Failure::Redirected { .. } | Failure::TooLarge(_) => false,
        }
    }

    /// As the crate's error, after `attempts` attempts.
    pub(crate) fn into_error(self, attempts: u32) -> Error {
        match self {
            Failure::Transport { source, stage } => Error::Transport {
                source,
                stage,
                attempts,
            },
            Failure::Redirects { to, .. } => Error::TooManyRedirects { to, attempts },
            Failure::Redirected { status, from, to } => Error::Redirected {
                status,
                from,
                to,
                attempts,
            },
            Failure::TooLarge(TooLarge { status, limit }) => Error::ResponseTooLarge {
                status,
                limit,
                attempts,
            },
        }
    }
}

/// The status an attempt was answered with, whether or not it is a failure.
pub(crate) fn status_of(result: &Result<Received, Failure>) -> Option<StatusCode> {
    match result {
        Ok(r) => Some(r.status),
        Err(f) => f.status(),
    }
}

/// One attempt: send, then read the body up to its cap (the request's timeout covers both).
/// A redirect is answered, never followed (see [`crate::connect::http_builder`]).
pub(crate) async fn once(
    http: &reqwest::Client,
    request: reqwest::Request,
    limits: Limits,
) -> Result<Received, Failure> {
    let sent = request.url().clone();
    let mut response = http.execute(request).await.map_err(|e| {
        if e.is_redirect() {
            // Where the chain led last, without the query (it may hold filter values).
            let to = e
                .url()
                .map(shown)
                .unwrap_or_else(|| "an unknown location".to_string());
            return Failure::Redirects { to };
        }
        let stage = if e.is_connect() {
            Stage::Connect
        } else {
            Stage::Response
        };
        Failure::transport(e, stage)
    })?;
    let status = response.status();
    if let Some(to) = redirected(&sent, &response) {
        // Nothing of the answer is read: the connection is dropped with it.
        return Err(Failure::Redirected {
            status,
            from: shown(&sent),
            to,
        });
    }
    let headers = std::mem::take(response.headers_mut());
    let (body, cut) = read_capped(&mut response, limits.for_status(status)).await?;
    Ok(Received {
        status,
        headers,
        body,
        cut,
    })
}

/// Where an answer sends the request instead, when it does: a 3xx with a `Location` (resolved
/// against the URL sent), or an answer that a brought client fetched from another URL by
/// following redirects itself.
fn redirected(sent: &reqwest::Url, response: &reqwest::Response) -> Option<String> {
    if response.url() != sent {
        return Some(shown(response.url()));
    }
    if !response.status().is_redirection() {
        return None;
    }
    let location = response.headers().get(reqwest::header::LOCATION)?;
    Some(
        location
            .to_str()
            .ok()
            .and_then(|l| sent.join(l).ok())
            .map(|u| shown(&u))
            .unwrap_or_else(|| "a location that is not a URL".to_string()),
    )
}

/// A URL as errors show it: without its query (it may hold filter values), fragment and
/// credentials.
fn shown(url: &reqwest::Url) -> String {
    let mut u = url.clone();
    u.set_query(None);
    u.set_fragment(None);
    let _ = u.set_username("");
    let _ = u.set_password(None);
    u.to_string()
}

/// The body, read chunk by chunk (decompressed, when the server compressed it), up to `limit`
/// bytes. A successful answer past it is [`Failure::TooLarge`] (a declared length is checked
/// before anything is read); an error answer past it is cut there and returned with the cap
/// it was cut at, so that its status still decides the error and the retries. Either way the
/// rest is never read: the connection is dropped.
async fn read_capped(
    response: &mut reqwest::Response,
    limit: usize,
) -> Result<(Bytes, Option<usize>), Failure> {
    let status = response.status();
    let keep_start = !status.is_success();
    let too_large = || Failure::TooLarge(TooLarge { status, limit });
    let declared = response.content_length();
    if !keep_start && declared.is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    // One contiguous buffer, grown by doubling but never past the cap (a declared length
    // within the cap is reserved at once), so the most held at a time is the cap plus the
    // buffer it grows from.
    let mut body: Vec<u8> = Vec::new();
    if let Some(n) = declared {
        body.reserve_exact((n as usize).min(limit));
    }
    let mut only: Option<Bytes> = None;
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| Failure::transport(e, Stage::Body))?
    {
        let held = body.len() + only.as_ref().map_or(0, Bytes::len);
        if held + chunk.len() > limit {
            if !keep_start {
                return Err(too_large());
            }
            let mut start = match only.take() {
                Some(first) => first.to_vec(),
                None => body,
            };
            start.extend_from_slice(&chunk[..limit - held]);
            return Ok((Bytes::from(start), Some(limit)));
        }
        if body.is_empty() && only.is_none() {
            // The usual single-chunk answer is kept as it came, without a copy.
            only = Some(chunk);
            continue;
        }
        if let Some(first) = only.take() {
            grow(&mut body, first.len() + chunk.len(), limit);
            body.extend_from_slice(&first);
        }
        grow(&mut body, chunk.len(), limit);
        body.extend_from_slice(&chunk);
    }
    Ok((only.unwrap_or_else(|| Bytes::from(body)), None))
}

/// Room for `more` bytes in `body`: doubling, but never reserving past `limit`.
fn grow(body: &mut Vec<u8>, more: usize, limit: usize) {
    let needed = body.len() + more;
    if needed > body.capacity() {
        let target = (body.capacity() * 2).max(needed).min(limit.max(needed));
        body.reserve_exact(target - body.len());
    }
}
