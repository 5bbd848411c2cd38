//! The retry policy every operation goes through (see [`RetryPolicy`]).

use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, RETRY_AFTER};
use reqwest::{Method, StatusCode};

use crate::error::Stage;

/// When and how often a failed call is tried again.
///
/// By default: up to 2 retries (3 attempts), exponential backoff from 0.5 s doubling up to 8 s
/// with jitter (each wait is drawn between half and all of the backoff, so many clients that
/// failed together do not come back together), and `Retry-After` (seconds or an HTTP date)
/// honoured up to 60 s.
///
/// What is retried depends on the method, because Telnyx takes no idempotency key:
/// - `GET`, `PATCH` and `DELETE` are retried on connection failures, timeouts and the statuses
///   408, 429, 500, 502, 503 and 504: repeating them cannot create anything twice.
/// - `POST` creates rooms, compositions and tokens, so it is retried only when it provably did not
///   reach the server: the connection could not be made, or the server answered 429 (it refused
///   the request without acting on it) or 408 (it did not receive the whole request, RFC 9110
///   15.5.9). A POST that timed out or failed after it was sent is not retried: the room may
///   exist. (Telnyx's official SDKs retry every POST.)
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    /// Retries after the first attempt; 0 disables retrying.
    pub max_retries: u32,
    /// The first backoff; it doubles with each retry.
    pub initial_backoff: Duration,
    /// The longest backoff.
    pub max_backoff: Duration,
    /// The longest `Retry-After` the client waits; a longer one (however long, even one too
    /// large to represent) ends the retries.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 2,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// A policy that never retries.
    pub fn none() -> Self {
        RetryPolicy {
            max_retries: 0,
            ..RetryPolicy::default()
        }
    }

    /// The default policy with this many retries.
    pub fn with_max_retries(mut self, n: u32) -> Self {
        self.max_retries = n;
        self
    }

    /// Whether a response with this status may be retried for this method.
    pub(crate) fn retry_status(&self, method: &Method, status: StatusCode) -> bool {
        if *method == Method::POST {
            // Refused before it was acted on, or never received whole: safe to send again.
            return matches!(
                status,
                StatusCode::TOO_MANY_REQUESTS | StatusCode::REQUEST_TIMEOUT
            );
        }
        matches!(status.as_u16(), 408 | 429 | 500 | 502 | 503 | 504)
    }

    /// Whether a transport failure at `stage` may be retried for this method: a request that
    /// never reached the server always; otherwise only one that cannot create anything twice
    /// (not a POST), whether it failed or timed out waiting for the answer or reading its
    /// body. A redirect loop is never retried.
    pub(crate) fn retry_transport(
        &self,
        method: &Method,
        stage: Stage,
        e: &reqwest::Error,
    ) -> bool {
        if stage == Stage::Connect || e.is_connect() {
            return true;
        }
        *method != Method::POST && !e.is_redirect()
    }

    /// How long to wait before retry number `retry` (1-based), given the server's headers.
    /// `None` means the server asked for a longer wait than the policy allows: stop.
    pub(crate) fn delay(&self, retry: u32, headers: Option<&HeaderMap>) -> Option<Duration> {
        match headers.and_then(retry_after) {
            Some(RetryAfter::Wait(wait)) if wait <= self.max_retry_after => return Some(wait),
            Some(RetryAfter::Wait(_) | RetryAfter::TooLong) => return None,
            None => {}
        }
        let exp = self
            .initial_backoff
            .saturating_mul(2u32.saturating_pow(retry.saturating_sub(1)))
            .min(self.max_backoff);
        // Equal jitter: between half and all of the backoff.
        let half = exp / 2;
        Some(half + half.mul_f64(random_unit()))
    }
}

/// What a `Retry-After` header asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RetryAfter {
    /// Wait this long.
    Wait(Duration),
    /// Longer than a `Duration` holds (or a date past what can be represented): too long.
    TooLong,
}

/// `Retry-After` as delay-seconds (any number of digits; fractional seconds too, which some
/// servers send) or an HTTP date (any of the three forms); `None` when absent or unreadable
/// (then the policy's own backoff applies). A number too large to represent is
/// [`RetryAfter::TooLong`], never absent.
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<RetryAfter> {
    let v = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    let (whole, fraction) = v.split_once('.').unwrap_or((v, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !whole.is_empty() && digits(whole) && digits(fraction) {
        let Ok(secs) = whole.parse::<u64>() else {
            return Some(RetryAfter::TooLong);
        };
        let nanos = format!("{fraction:0<9}")[..9].parse::<u32>().unwrap_or(0);
        return Some(RetryAfter::Wait(Duration::new(secs, nanos)));
    }
    if let Ok(when) = httpdate::parse_http_date(v) {
        return Some(RetryAfter::Wait(
            when.duration_since(SystemTime::now())
                .unwrap_or(Duration::ZERO),
        ));
    }
    // A date of the right shape whose year is past what the clock can hold: too long.
    let year_too_far = v.split_whitespace().any(|w| {
        w.len() > 4 && digits(w)
            || w.split('-')
                .nth(2)
                .is_some_and(|y| y.len() > 4 && digits(y))
    });
    (v.contains("GMT") && year_too_far).then_some(RetryAfter::TooLong)
}

/// A uniform number in [0, 1) for jitter: std's `RandomState` is keyed from the OS's
/// randomness per process and moved on for each new one, so no random-number crate is needed.
fn random_unit() -> f64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64),
    );
    (h.finish() >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_with_jitter_and_caps() {
        let p = RetryPolicy::default();
        for _ in 0..200 {
            let d1 = p.delay(1, None).unwrap();
            assert!(
                d1 >= Duration::from_millis(250) && d1 <= Duration::from_millis(500),
                "{d1:?}"
            );
            let d2 = p.delay(2, None).unwrap();
            assert!(
                d2 >= Duration::from_millis(500) && d2 <= Duration::from_secs(1),
                "{d2:?}"
            );
            let d9 = p.delay(9, None).unwrap();
            assert!(
                d9 >= Duration::from_secs(4) && d9 <= Duration::from_secs(8),
                "{d9:?}"
            );
        }
    }

    #[test]
    fn retry_after_seconds_and_dates() {
        let p = RetryPolicy::default();
        let mut h = HeaderMap::new();
        h.insert(RETRY_AFTER, "3".parse().unwrap());
        assert_eq!(p.delay(1, Some(&h)), Some(Duration::from_secs(3)));
        h.insert(RETRY_AFTER, "61".parse().unwrap());
        assert_eq!(p.delay(1, Some(&h)), None, "longer than the cap: give up");
        let in_10s = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(10));
        h.insert(RETRY_AFTER, in_10s.parse().unwrap());
        let d = p.delay(1, Some(&h)).unwrap();
        assert!(
            d > Duration::from_secs(8) && d <= Duration::from_secs(10),
            "{d:?}"
        );
        h.insert(
            RETRY_AFTER,
            "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap(),
        );
        assert_eq!(
            p.delay(1, Some(&h)),
            Some(Duration::ZERO),
            "a past date: retry now"
        );
        h.insert(RETRY_AFTER, "soon".parse().unwrap());
        assert!(
            p.delay(1, Some(&h)).unwrap() <= Duration::from_millis(500),
            "unparseable: backoff"
        );
    }

    #[test]
    fn retry_after_of_every_size_and_shape() {
        let p = RetryPolicy::default();
        let delay = |v: &str| {
            let mut h = HeaderMap::new();
            h.insert(RETRY_AFTER, v.parse().unwrap());
            p.delay(1, Some(&h))
        };
        let secs = Duration::from_secs;
        assert_eq!(delay(" 7 "), Some(secs(7)));
        assert_eq!(delay("0"), Some(Duration::ZERO));
        assert_eq!(delay("1.5"), Some(Duration::from_millis(1500)));
        assert_eq!(delay("60"), Some(secs(60)), "the cap itself is honoured");
        assert_eq!(delay("60.000000001"), None, "just past the cap");
        assert_eq!(delay("3600"), None, "large: too long");
        assert_eq!(
            delay(&u64::MAX.to_string()),
            None,
            "the largest u64: too long"
        );
        assert_eq!(
            delay("99999999999999999999999999999999"),
            None,
            "too large to parse is too long, never absent"
        );
        assert_eq!(
            delay("Fri, 31 Dec 99999 23:59:59 GMT"),
            None,
            "a year past 9999"
        );
        let in_5s = httpdate::fmt_http_date(SystemTime::now() + secs(5));
        assert!(delay(&in_5s).unwrap() <= secs(5));
        let rfc850 = "Sunday, 06-Nov-94 08:49:37 GMT";
        assert_eq!(delay(rfc850), Some(Duration::ZERO), "RFC 850, past");
        assert_eq!(
            delay("Sun Nov  6 08:49:37 1994"),
            Some(Duration::ZERO),
            "asctime"
        );
        // Unreadable shapes fall back to the backoff (at most 500 ms for the first retry).
        for v in ["-5", "1e3", "", "5 s", "0x10", "1.5.2"] {
            let d = delay(v).unwrap_or_else(|| panic!("{v:?} is not a delay: backoff"));
            assert!(d <= Duration::from_millis(500), "{v:?}: {d:?}");
        }
        // Retry-After is honoured up to the policy's cap, whatever it is.
        let short = RetryPolicy {
            max_retry_after: Duration::from_millis(100),
            ..p.clone()
        };
        let mut h = HeaderMap::new();
        h.insert(RETRY_AFTER, "0.1".parse().unwrap());
        assert_eq!(short.delay(1, Some(&h)), Some(Duration::from_millis(100)));
        h.insert(RETRY_AFTER, "1".parse().unwrap());
        assert_eq!(short.delay(1, Some(&h)), None);
    }

    #[test]
    fn statuses_by_method() {
        let p = RetryPolicy::default();
        for s in [408, 429, 500, 502, 503, 504] {
            let s = StatusCode::from_u16(s).unwrap();
            assert!(
                p.retry_status(&Method::GET, s)
                    && p.retry_status(&Method::PATCH, s)
                    && p.retry_status(&Method::DELETE, s)
            );
        }
        for s in [400, 401, 403, 404, 422, 501] {
            assert!(!p.retry_status(&Method::GET, StatusCode::from_u16(s).unwrap()));
        }
        assert!(p.retry_status(&Method::POST, StatusCode::TOO_MANY_REQUESTS));
        assert!(p.retry_status(&Method::POST, StatusCode::REQUEST_TIMEOUT));
        for s in [500, 502, 503, 504] {
            assert!(!p.retry_status(&Method::POST, StatusCode::from_u16(s).unwrap()));
        }
    }
}
