//! The connect phase of an attempt, told apart from the rest whatever the timeouts.
//!
//! reqwest's per-request timeout covers the connect too, and when it runs out while the
//! connection is still being opened it reports a plain timeout: the call path would take it for
//! a lost answer and refuse to retry a POST that was never sent. So a connect must always end
//! before the attempt does, as a connect error:
//!
//! - The client we build has the builder's timeout, and a connect timeout shorter than it by a
//!   [`margin`] ([`main_connect_timeout`]). The common case costs nothing per request.
//! - A copy with a shorter timeout ([`Client::with_timeout`](crate::Client::with_timeout))
//!   than that connect timeout allows goes through a second HTTP client, built the first time
//!   one is needed and shared by every copy, whose connector carries [`AttemptDeadline`]: a
//!   layer that ends a connect at the attempt's own deadline less the margin. The deadline
//!   reaches the connector through a task-local set around the attempt ([`within`]): hyper
//!   opens a connection inside the polling of the request's future, so the connector's `call`
//!   runs in the attempt's scope. (A layer makes hyper clone the connector stack on every
//!   request, which is why the common case does without it.)
//! - A brought `reqwest::Client` is used as it is: its own connect timeout decides.

use std::future::Future;
use std::io;
use std::sync::{Arc, OnceLock};
use std::task::{Context, Poll};
use std::time::Duration;

use futures::future::BoxFuture;
use tokio::time::Instant;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

tokio::task_local! {
    static CONNECT_BY: Instant;
}

/// How much sooner than an attempt's timeout a connect must end: a tenth of it, at most
/// 100 ms, so that the connect's own timer fires first.
pub(crate) fn margin(timeout: Duration) -> Duration {
    (timeout / 10).min(Duration::from_millis(100))
}

/// The connect timeout of the client we build: the one asked for, but never past the attempt
/// timeout less its [`margin`].
pub(crate) fn main_connect_timeout(connect: Duration, attempt: Duration) -> Duration {
    connect.min(attempt - margin(attempt))
}

/// What every HTTP client we build has, whatever its timeouts:
///
/// - **no redirects followed.** The Telnyx API never redirects; a redirect means a wrong base
///   URL or something in between, and following it would send the key (and the request) where
///   the builder never allowed: the call path turns a 3xx into [`Error::Redirected`].
/// - **obs-fold accepted** in response headers, each fold replaced by a space (RFC 9112 5.2),
///   as curl and python-requests do.
/// - the extra root certificates the builder was given.
///
/// [`Error::Redirected`]: crate::Error::Redirected
pub(crate) fn http_builder(roots: &[Root]) -> reqwest::ClientBuilder {
    let b = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .http1_allow_obsolete_multiline_headers_in_responses(true);
    #[cfg(feature = "rustls")]
    let b = if roots.is_empty() {
        b
    } else {
        b.tls_certs_merge(roots.iter().cloned())
    };
    #[cfg(not(feature = "rustls"))]
    let _ = roots;
    b
}

/// An extra root certificate (`ClientBuilder::add_root_certificate`; without TLS, none).
///
#[cfg(feature = "rustls")]
pub(crate) type Root = reqwest::tls::Certificate;
/// An extra root certificate (without TLS, none can be given).
#[cfg(not(feature = "rustls"))]
pub(crate) type Root = std::convert::Infallible;

/// The HTTP clients of a [`Client`](crate::Client) and what the call path needs to choose.
#[derive(Clone)]
pub(crate) struct Clients {
    /// The connect timeout of the main client, when we built it (`None`: a brought client).
    pub main_connect_timeout: Option<Duration>,
    /// The connect timeout asked for, for the second client.
    pub connect_timeout: Duration,
    /// The extra root certificates, for the second client.
    pub roots: Arc<[Root]>,
    /// The client for attempts shorter than the main client's connect timeout allows.
    pub with_deadline: Arc<OnceLock<reqwest::Client>>,
}

impl Clients {
    /// The client for an attempt of `timeout`, when it must not be `main`: one whose connects
    /// end at the attempt's deadline (run the attempt [`within`] it).
    pub(crate) fn for_short_attempts(&self, timeout: Duration) -> Option<&reqwest::Client> {
        let main = self.main_connect_timeout?;
        if main <= timeout - margin(timeout) {
            return None;
        }
        let built = self.with_deadline.get_or_init(|| {
            http_builder(&self.roots)
                .connect_timeout(self.connect_timeout)
                .connector_layer(AttemptDeadline)
                .build()
                .unwrap_or_else(|e| {
                    // The same settings built the main client; fall back to one without the
                    // layer (the same policies, so the key still follows no redirect).
                    tracing::debug!(error = %e, "no client for short attempts");
                    http_builder(&self.roots)
                        .build()
                        .expect("the main client was built with these settings")
                })
        });
        Some(built)
    }
}

/// Runs one attempt of `timeout`: a connect it opens through a client with [`AttemptDeadline`]
/// ends, as a connect error, before the attempt's own timeout does.
pub(crate) async fn within<F: Future>(timeout: Duration, attempt: F) -> F::Output {
    CONNECT_BY
        .scope(Instant::now() + (timeout - margin(timeout)), attempt)
        .await
}

/// The connector layer that applies [`within`]'s deadline.
#[derive(Debug, Clone, Copy)]
pub(crate) struct AttemptDeadline;

impl<S> tower_layer::Layer<S> for AttemptDeadline {
    type Service = WithDeadline<S>;

    fn layer(&self, inner: S) -> WithDeadline<S> {
        WithDeadline(inner)
    }
}

/// A connector that gives up at the attempt's deadline.
#[derive(Debug, Clone)]
pub(crate) struct WithDeadline<S>(S);

impl<S, R> tower_service::Service<R> for WithDeadline<S>
where
    S: tower_service::Service<R, Error = BoxError>,
    S::Future: Send + 'static,
{
    type Response = S::Response;
    type Error = BoxError;
    type Future = BoxFuture<'static, Result<S::Response, BoxError>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        self.0.poll_ready(cx)
    }

    fn call(&mut self, request: R) -> Self::Future {
        // Outside an attempt (a connect finishing in the background): no deadline of ours.
        let deadline = CONNECT_BY.try_with(|d| *d).ok();
        let connect = self.0.call(request);
        Box::pin(async move {
            let Some(deadline) = deadline else {
                return connect.await;
            };
            match tokio::time::timeout_at(deadline, connect).await {
                Ok(result) => result,
                Err(_) => Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    "the connection was not open before the attempt's timeout",
                )
                .into()),
            }
        })
    }
}
