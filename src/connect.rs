//! The connect phase of an attempt, told apart from the rest whatever the timeouts.
//!
//! reqwest's per-request timeout covers the connect too, and when it runs out while the
//! connection is still being opened it reports a plain timeout: the call path would take it for
//! a lost answer and refuse to retry a POST that was never sent. So the client we build carries
//! [`AttemptDeadline`], a connector layer that ends a connect at the attempt's deadline (less a
//! margin, so that it fires before the request's own timeout) as a connect error. The deadline
//! reaches the connector through a task-local set around each attempt ([`within`]): hyper opens
//! a connection inside the polling of the request's future, so the connector's `call` runs in
//! the attempt's scope.

use std::future::Future;
use std::io;
use std::task::{Context, Poll};
use std::time::Duration;

use futures::future::BoxFuture;
use tokio::time::Instant;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

tokio::task_local! {
    static CONNECT_BY: Instant;
}

/// Runs one attempt of `timeout`: a connect it opens ends, as a connect error, before the
/// attempt's own timeout does.
pub(crate) async fn within<F: Future>(timeout: Duration, attempt: F) -> F::Output {
    let margin = (timeout / 10).min(Duration::from_millis(100));
    CONNECT_BY
        .scope(Instant::now() + (timeout - margin), attempt)
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
