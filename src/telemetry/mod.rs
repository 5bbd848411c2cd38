//! What the call path tells OpenTelemetry (feature `otel`): a span per call with a child per
//! attempt, the HTTP client conventions' duration histogram, retries, caps and pages. Without
//! the feature every type here is empty and every method does nothing, so the call path reads
//! the same either way and compiles to what it was.

#[cfg(feature = "otel")]
mod otel;
#[cfg(feature = "otel")]
pub(crate) use otel::{count_pages, Call, Providers, Telemetry};

#[cfg(not(feature = "otel"))]
mod off;
#[cfg(not(feature = "otel"))]
pub(crate) use off::{count_pages, Call, Providers, Telemetry};

/// One of the client's caps, when it stopped an attempt or a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(feature = "otel"), allow(dead_code))]
pub(crate) enum Cap {
    /// The attempt ran out of its time ([`ClientBuilder::timeout`](crate::config::ClientBuilder::timeout)).
    AttemptTimeout,
    /// An answer's body was longer than its limit.
    BodyLimit,
    /// The failure could be retried, but no retries were left.
    MaxRetries,
    /// The server asked for a longer wait than the policy allows.
    RetryAfter,
}

impl Cap {
    /// The value of the `telnyx_rooms.cap` attribute.
    #[cfg_attr(not(feature = "otel"), allow(dead_code))]
    pub(crate) fn name(self) -> &'static str {
        match self {
            Cap::AttemptTimeout => "attempt_timeout",
            Cap::BodyLimit => "body_limit",
            Cap::MaxRetries => "max_retries",
            Cap::RetryAfter => "retry_after",
        }
    }
}
