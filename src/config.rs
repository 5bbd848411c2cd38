//! Client configuration and authentication: [`Client::builder`] and [`Client::from_env`], the
//! per-client state the generated [`Client`] carries, and the API key as a secret.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderValue;

use crate::retry::RetryPolicy;
use crate::{Client, Error};

/// The production base URL of the Telnyx API v2.
pub const DEFAULT_BASE_URL: &str = "https://api.telnyx.com/v2";
/// Default time allowed to open a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Default time allowed for each attempt of a request, from sending to the end of the body.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// Default cap on the body of a successful answer, counted after decompression: room for the
/// largest legitimate page (250 rooms with their sessions, or 250 sessions with their
/// participants) many times over.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 32 * 1024 * 1024;
/// Default cap on the body of an error answer, counted after decompression: Telnyx's error
/// list is a few hundred bytes, and a message shows an excerpt only.
pub const DEFAULT_MAX_ERROR_RESPONSE_BYTES: usize = 64 * 1024;

/// The `User-Agent` every request carries: this crate's name and version.
pub const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

/// What replaces the API key in every text the client produces (error messages, error bodies,
/// decoding errors), even when a server echoes the key back.
pub const REDACTED: &str = "[REDACTED]";

/// An API key. Its `Debug` never shows the key.
#[derive(Clone)]
pub struct ApiKey(Arc<str>);

impl ApiKey {
    /// Wraps a key; fails if it is empty or holds anything but printable ASCII (a bearer
    /// token, RFC 6750), say an invisible character pasted with it. Whitespace around the key
    /// (a newline from a file) is trimmed. The error says where the bad character is and which
    /// it is, never the key.
    pub fn new(key: impl Into<String>) -> Result<Self, Error> {
        let key = key.into();
        let trimmed = key.trim();
        if trimmed.is_empty() {
            return Err(Error::Config("the API key is empty".into()));
        }
        let count = trimmed.chars().count();
        if let Some((at, c)) = trimmed
            .chars()
            .enumerate()
            .find(|(_, c)| !c.is_ascii_graphic())
        {
            let what = match c {
                ' ' => "a space".to_string(),
                c if c.is_ascii_control() => format!("the control character U+{:04X}", c as u32),
                c => format!(
                    "U+{:04X}, which is not ASCII (an invisible character pasted with the key?)",
                    c as u32
                ),
            };
            return Err(Error::Config(format!(
                "the API key must be printable ASCII: character {} of {count} is {what}",
                at + 1
            )));
        }
        Ok(Self(trimmed.into()))
    }

    fn bearer(&self) -> HeaderValue {
        let mut v =
            HeaderValue::from_str(&format!("Bearer {}", self.0)).expect("checked in ApiKey::new");
        v.set_sensitive(true);
        v
    }

    /// `bytes` with every occurrence of the key replaced by [`REDACTED`].
    pub(crate) fn redact_bytes<'b>(&self, bytes: &'b [u8]) -> Cow<'b, [u8]> {
        let key = self.0.as_bytes();
        let Some(first) = find(bytes, key) else {
            return Cow::Borrowed(bytes);
        };
        let mut out = Vec::with_capacity(bytes.len());
        let mut rest = bytes;
        let mut at = Some(first);
        while let Some(i) = at {
            out.extend_from_slice(&rest[..i]);
            out.extend_from_slice(REDACTED.as_bytes());
            rest = &rest[i + key.len()..];
            at = find(rest, key);
        }
        out.extend_from_slice(rest);
        Cow::Owned(out)
    }

    /// [`redact_bytes`](Self::redact_bytes) for a body cut short: a start of the key at its
    /// very end (the cut fell inside an echoed key) is replaced too.
    pub(crate) fn redact_cut<'b>(&self, bytes: &'b [u8]) -> Cow<'b, [u8]> {
        let whole = self.redact_bytes(bytes);
        let key = self.0.as_bytes();
        let partial = (1..key.len()).rev().find(|&n| whole.ends_with(&key[..n]));
        match partial {
            None => whole,
            Some(n) => {
                let mut out = whole.into_owned();
                out.truncate(out.len() - n);
                out.extend_from_slice(REDACTED.as_bytes());
                Cow::Owned(out)
            }
        }
    }

    /// `text` with every occurrence of the key replaced by [`REDACTED`].
    pub(crate) fn redact(&self, text: &str) -> String {
        text.replace(&*self.0, REDACTED)
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(<redacted>)")
    }
}

/// Per-client state carried by the generated [`Client`]: the key, header values built once,
/// the retry policy, the per-attempt timeout and the caps on answers. Only [`ClientBuilder::build`] makes one, and
/// only it makes a `Client`: the generated constructors are the crate's own, so the key goes
/// nowhere the builder did not check.
///
/// ```compile_fail
/// // Not public: a Client comes from Client::builder() or Client::from_env() only.
/// let c = telnyx_rooms::Client::new_with_client("http://evil.example", reqwest::Client::new(), todo!());
/// ```
///
/// ```compile_fail
/// let c = telnyx_rooms::Client::new("http://evil.example", todo!());
/// ```
#[derive(Clone)]
pub(crate) struct Inner {
    pub(crate) key: ApiKey,
    pub(crate) auth: HeaderValue,
    pub(crate) user_agent: HeaderValue,
    pub(crate) retry: RetryPolicy,
    /// The time allowed for each attempt, applied to every request (over a brought HTTP
    /// client's own).
    pub(crate) attempt_timeout: Duration,
    /// The timeout the HTTP client applies by itself (the one we built: the builder's), so
    /// that a request needs its own only when a copy asked for another.
    pub(crate) http_timeout: Option<Duration>,
    /// What decides which HTTP client an attempt uses (see `connect.rs`).
    pub(crate) clients: crate::connect::Clients,
    /// The caps on answers' bodies.
    pub(crate) limits: Limits,
    /// Told of every attempt, when set ([`ClientBuilder::observe`]).
    pub(crate) observer: Option<Observer>,
    /// The tracer and instruments of feature `otel` (nothing without it).
    #[cfg_attr(not(feature = "otel"), allow(dead_code))]
    pub(crate) telemetry: crate::telemetry::Telemetry,
}

/// What [`ClientBuilder::observe`] calls.
pub(crate) type Observer = Arc<dyn Fn(&Attempt<'_>) + Send + Sync>;

/// One attempt of a call, as [`ClientBuilder::observe`] is told of it: for a `--verbose`, a
/// metrics counter or an audit log. It holds what was sent (the URL with its ids and query)
/// and what came back, never the API key (which travels in a header it does not show).
#[derive(Debug)]
#[non_exhaustive]
pub struct Attempt<'a> {
    /// The operation.
    pub operation: crate::Operation,
    /// The method sent.
    pub method: &'a reqwest::Method,
    /// The URL sent, with its path ids and query.
    pub url: &'a reqwest::Url,
    /// Which attempt of the call this was, from 1.
    pub number: u32,
    /// The answer's status (a redirect's and one past its size limit's too); `None` when no
    /// answer came (a connection failure, a timeout).
    pub status: Option<reqwest::StatusCode>,
    /// From sending to the end of the answer (or the failure).
    pub elapsed: Duration,
}

/// The most bytes of an answer's body the client reads, after decompression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Limits {
    /// For a 2xx answer.
    pub success: usize,
    /// For any other answer.
    pub error: usize,
}

impl Limits {
    /// The cap for an answer of this status.
    pub(crate) fn for_status(&self, status: reqwest::StatusCode) -> usize {
        if status.is_success() {
            self.success
        } else {
            self.error
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
            .field("limits", &self.limits)
            .field("observer", &self.observer.is_some())
            .finish()
    }
}

/// Builds a [`Client`]. Start with [`Client::builder`].
///
/// ```
/// # fn main() -> Result<(), telnyx_rooms::Error> {
/// let client = telnyx_rooms::Client::builder()
///     .api_key("KEY0123")
///     .base_url("https://api.telnyx.com/v2")
///     .timeout(std::time::Duration::from_secs(30))
///     .build()?;
/// # let _ = client; Ok(()) }
/// ```
#[derive(Default)]
pub struct ClientBuilder {
    api_key: Option<String>,
    base_url: Option<String>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    http: Option<reqwest::Client>,
    allow_insecure_http: bool,
    retry: RetryPolicy,
    max_response_bytes: Option<usize>,
    max_error_response_bytes: Option<usize>,
    observer: Option<Observer>,
    roots: Vec<crate::connect::Root>,
    /// The OpenTelemetry providers chosen (feature `otel`; nothing without it).
    pub(crate) telemetry: crate::telemetry::Providers,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("custom_http_client", &self.http.is_some())
            .field("allow_insecure_http", &self.allow_insecure_http)
            .field("retry", &self.retry)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("max_error_response_bytes", &self.max_error_response_bytes)
            .field("observer", &self.observer.is_some())
            .field("extra_root_certificates", &self.roots.len())
            .finish()
    }
}

impl ClientBuilder {
    /// The Telnyx API key (required). It is sent as `Authorization: Bearer <key>`.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// The API's base URL; defaults to [`DEFAULT_BASE_URL`]. `http://` is accepted only for
    /// loopback hosts unless [`allow_insecure_http`](Self::allow_insecure_http) is set.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Time allowed for each attempt of a request, from sending to the end of the body;
    /// defaults to [`DEFAULT_TIMEOUT`]. It is applied to each request, also over the own
    /// timeout of a client given to [`http_client`](Self::http_client). A connection still
    /// being opened when it runs out is reported as a connect failure ([`Stage::Connect`],
    /// retried for every method, since the request was never sent), with a margin of a tenth
    /// of the timeout, at most 100 ms, kept for that.
    ///
    /// [`Stage::Connect`]: crate::Stage::Connect
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Time allowed to connect; defaults to [`DEFAULT_CONNECT_TIMEOUT`]. A connect timeout
    /// belongs to the connection pool: with [`http_client`](Self::http_client), set it on that
    /// client ([`build`](Self::build) refuses both together rather than ignore one).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Trusts this certificate authority too, beside the system's roots: a company's
    /// TLS-inspecting proxy, or a test rig's own CA. ([`build`](Self::build) refuses it
    /// together with [`http_client`](Self::http_client): add it to that client instead.)
    #[cfg(feature = "rustls")]
    pub fn add_root_certificate(mut self, cert: reqwest::tls::Certificate) -> Self {
        self.roots.push(cert);
        self
    }

    /// Uses this `reqwest::Client` (its pool, proxy and TLS settings) instead of building one.
    /// The client's [`timeout`](Self::timeout) and caps still apply to every call. Two things
    /// need the client's cooperation:
    ///
    /// - **Redirects.** The clients this crate builds follow none (the key goes to the base
    ///   URL's origin only: see [`Error::Redirected`]), but a brought client follows its own
    ///   redirect policy, and reqwest's default (up to 10) may carry the key to another host
    ///   after two hops. Build it with `.redirect(reqwest::redirect::Policy::none())`. An
    ///   answer that came from another URL than the one sent is still refused as
    ///   [`Error::Redirected`], never returned as the result, but by then the request went
    ///   there.
    /// - **Connect timeout.** A connection that never opens is told apart from a lost answer
    ///   only by that client's own `connect_timeout`, so set one shorter than the timeout (a
    ///   POST that timed out without it is not retried, since it may have been sent).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Accepts a plain `http://` base URL on a non-loopback host. The key then travels in
    /// clear text: only for test rigs on a trusted network.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// The retry policy for every call; defaults to [`RetryPolicy::default`].
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Retries after the first attempt (0 disables retrying); see [`RetryPolicy`].
    pub fn max_retries(mut self, n: u32) -> Self {
        self.retry.max_retries = n;
        self
    }

    /// The most bytes of a successful answer's body the client reads, counted after
    /// decompression; defaults to [`DEFAULT_MAX_RESPONSE_BYTES`] (32 MiB). A larger answer is
    /// [`Error::ResponseTooLarge`]: the connection is dropped and the call is not retried.
    pub fn max_response_bytes(mut self, bytes: usize) -> Self {
        self.max_response_bytes = Some(bytes);
        self
    }

    /// The most bytes of an error answer's body (4xx, 5xx) the client reads, counted after
    /// decompression; defaults to [`DEFAULT_MAX_ERROR_RESPONSE_BYTES`] (64 KiB). A larger one is
    /// [`Error::ResponseTooLarge`] (with its status: [`Error::status`] and the `is_*` helpers
    /// still answer); the connection is dropped and the call is not retried.
    pub fn max_error_response_bytes(mut self, bytes: usize) -> Self {
        self.max_error_response_bytes = Some(bytes);
        self
    }

    /// Calls `f` after every attempt of every call with what was sent and what came back
    /// ([`Attempt`]): the method, the URL, the status (or none), the time. For a command
    /// line's `--verbose`, metrics or an audit trail; the key is never in it.
    ///
    /// ```
    /// # fn main() -> Result<(), telnyx_rooms::Error> {
    /// let client = telnyx_rooms::Client::builder()
    ///     .api_key("KEY0123")
    ///     .observe(|a| eprintln!("{} {} -> {:?} in {:?}", a.method, a.url, a.status, a.elapsed))
    ///     .build()?;
    /// # let _ = client; Ok(()) }
    /// ```
    pub fn observe(mut self, f: impl Fn(&Attempt<'_>) + Send + Sync + 'static) -> Self {
        self.observer = Some(Arc::new(f));
        self
    }

    /// Checks the settings and builds the client. Nothing is sent.
    pub fn build(self) -> Result<Client, Error> {
        let key = ApiKey::new(self.api_key.ok_or_else(|| {
            Error::Config("no API key: call .api_key(..) or set TELNYX_API_KEY".into())
        })?)?;
        let base = self
            .base_url
            .unwrap_or_else(|| DEFAULT_BASE_URL.to_string());
        let base = check_base_url(&base, self.allow_insecure_http)?;
        let attempt_timeout = positive("timeout", self.timeout.unwrap_or(DEFAULT_TIMEOUT))?;
        let connect_timeout = self.connect_timeout.map(|t| positive("connect_timeout", t));
        let limits = Limits {
            success: at_least_one(
                "max_response_bytes",
                self.max_response_bytes
                    .unwrap_or(DEFAULT_MAX_RESPONSE_BYTES),
            )?,
            error: at_least_one(
                "max_error_response_bytes",
                self.max_error_response_bytes
                    .unwrap_or(DEFAULT_MAX_ERROR_RESPONSE_BYTES),
            )?,
        };
        // A brought client keeps its pool settings; the attempt timeout and caps are ours.
        let http_timeout = self.http.is_none().then_some(attempt_timeout);
        let connect_timeout = connect_timeout
            .transpose()?
            .unwrap_or(DEFAULT_CONNECT_TIMEOUT);
        let main_connect_timeout = self
            .http
            .is_none()
            .then(|| crate::connect::main_connect_timeout(connect_timeout, attempt_timeout));
        let http = match self.http {
            Some(_) if self.connect_timeout.is_some() => {
                return Err(Error::Config(
                    "connect_timeout cannot be applied to a reqwest::Client passed to \
                     http_client: set it on that client"
                        .into(),
                ))
            }
            Some(_) if !self.roots.is_empty() => {
                return Err(Error::Config(
                    "add_root_certificate cannot be applied to a reqwest::Client passed to \
                     http_client: add the certificate to that client"
                        .into(),
                ))
            }
            Some(c) => c,
            // A connect always ends before the attempt does, as a connect failure.
            None => crate::connect::http_builder(&self.roots)
                .timeout(attempt_timeout)
                .connect_timeout(main_connect_timeout.unwrap_or(connect_timeout))
                .build()
                .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))?,
        };
        let inner = Inner {
            auth: key.bearer(),
            key,
            user_agent: HeaderValue::from_static(USER_AGENT),
            retry: self.retry,
            attempt_timeout,
            http_timeout,
            observer: self.observer,
            telemetry: crate::telemetry::Telemetry::new(self.telemetry),
            clients: crate::connect::Clients {
                main_connect_timeout,
                connect_timeout,
                roots: self.roots.into(),
                with_deadline: Default::default(),
            },
            limits,
        };
        Ok(Client::new_with_client(&base, http, inner))
    }
}

fn positive(setting: &str, d: Duration) -> Result<Duration, Error> {
    if d.is_zero() {
        return Err(Error::Config(format!("{setting} must be longer than zero")));
    }
    Ok(d)
}

fn at_least_one(setting: &str, n: usize) -> Result<usize, Error> {
    if n == 0 {
        return Err(Error::Config(format!("{setting} must be at least 1 byte")));
    }
    Ok(n)
}

/// Parses and normalises a base URL (no trailing slash); refuses insecure or odd ones.
fn check_base_url(raw: &str, allow_insecure_http: bool) -> Result<String, Error> {
    let url = reqwest::Url::parse(raw)
        .map_err(|e| Error::Config(format!("base URL `{raw}` is not a valid URL: {e}")))?;
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::Config(format!(
            "base URL `{raw}` must not have a query or fragment"
        )));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::Config("base URL must not carry credentials".into()));
    }
    match url.scheme() {
        "https" => {}
        "http" => {
            let loopback = match url.host() {
                Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
                Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
                Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
                None => false,
            };
            if !loopback && !allow_insecure_http {
                // Said without naming a Rust method: the command line shows it too. A test rig on
                // a trusted network allows it with `ClientBuilder::allow_insecure_http`.
                return Err(Error::Config(format!(
                    "base URL `{raw}` uses plain http on a host that is not this machine: the \
                     API key would travel unencrypted; use https"
                )));
            }
        }
        other => {
            return Err(Error::Config(format!(
                "base URL `{raw}` has scheme `{other}`; use https"
            )))
        }
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

impl Client {
    /// The base URL every request goes to, as [`ClientBuilder`] checked it (no trailing slash).
    pub fn base_url(&self) -> &str {
        &self.baseurl
    }

    /// A copy of this client (sharing its connection pool) with another retry policy, for one
    /// call or a group of calls: `client.with_retry_policy(RetryPolicy::none()).create_room()`.
    pub fn with_retry_policy(&self, policy: RetryPolicy) -> Client {
        let mut c = self.clone();
        c.inner.retry = policy;
        c
    }

    /// A copy of this client with another number of retries; see [`Client::with_retry_policy`].
    pub fn with_max_retries(&self, n: u32) -> Client {
        self.with_retry_policy(RetryPolicy {
            max_retries: n,
            ..self.inner.retry.clone()
        })
    }

    /// A copy of this client whose attempts each time out after `timeout` (see
    /// [`ClientBuilder::timeout`]; a zero timeout is taken as 1 ms). A timeout shorter than the
    /// client's connect timeout allows (connect timeout + a tenth, at most 100 ms) sends
    /// through a second connection pool, made once and shared by every such copy, whose
    /// connects end at each attempt's deadline: a connection that never opens is still a
    /// connect failure, retried for every method.
    pub fn with_timeout(&self, timeout: Duration) -> Client {
        let mut c = self.clone();
        c.inner.attempt_timeout = timeout.max(Duration::from_millis(1));
        c
    }

    /// Starts building a client: [`ClientBuilder`].
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// Builds a client from `TELNYX_API_KEY` (required) and `TELNYX_BASE_URL` (optional,
    /// default [`DEFAULT_BASE_URL`]), with default timeouts.
    pub fn from_env() -> Result<Client, Error> {
        let key = std::env::var("TELNYX_API_KEY").map_err(|_| {
            Error::Config("TELNYX_API_KEY is not set (or is not valid unicode)".into())
        })?;
        let mut b = Client::builder().api_key(key);
        if let Ok(url) = std::env::var("TELNYX_BASE_URL") {
            if !url.trim().is_empty() {
                b = b.base_url(url);
            }
        }
        b.build()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_rules() {
        assert_eq!(
            check_base_url("https://api.telnyx.com/v2/", false).unwrap(),
            "https://api.telnyx.com/v2"
        );
        assert!(check_base_url("http://127.0.0.1:4010", false).is_ok());
        assert!(check_base_url("http://localhost:4010", false).is_ok());
        assert!(check_base_url("http://[::1]:4010", false).is_ok());
        let e = check_base_url("http://api.example.com", false)
            .unwrap_err()
            .to_string();
        assert!(e.contains("plain http"), "{e}");
        assert!(check_base_url("http://api.example.com", true).is_ok());
        assert!(check_base_url("ftp://x", false).is_err());
        assert!(check_base_url("not a url", false).is_err());
    }

    #[test]
    fn key_is_never_printed() {
        let k = ApiKey::new("KEYsecret123").unwrap();
        assert!(!format!("{k:?}").contains("secret"));
        let b = Client::builder().api_key("KEYsecret123");
        assert!(!format!("{b:?}").contains("secret"));
        assert!(ApiKey::new("  ").is_err());
        assert!(ApiKey::new("a\nb").is_err());
    }

    #[test]
    fn redaction_replaces_every_occurrence() {
        let k = ApiKey::new("KEYsecret123").unwrap();
        assert_eq!(
            k.redact_bytes(b"Bearer KEYsecret123 and KEYsecret123!")
                .as_ref(),
            b"Bearer [REDACTED] and [REDACTED]!"
        );
        assert!(matches!(k.redact_bytes(b"nothing here"), Cow::Borrowed(_)));
        // A body cut inside an echoed key keeps none of it.
        assert_eq!(
            k.redact_cut(b"KEYsecret123, again KEYsec").as_ref(),
            b"[REDACTED], again [REDACTED]"
        );
        assert_eq!(k.redact_cut(b"no key here").as_ref(), b"no key here");
        assert_eq!(k.redact("xKEYsecret123"), "x[REDACTED]");
    }
}
