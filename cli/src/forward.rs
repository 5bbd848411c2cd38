//! `webhooks listen --forward-to URL`: verified webhooks, as received, sent on to a local app in
//! the background, through a bounded queue, each within a timeout; what could not be forwarded
//! is reported on stderr (and counted on the `--metrics` page). Telnyx never waits for it.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::http::HeaderMap;
use telnyx_rooms::webhooks::WebhookEvent;
use tokio::sync::mpsc::{self, error::TrySendError};

use crate::listen::warn;
use crate::metrics::Metrics;

/// Forwards waiting at most; more are reported and dropped.
const FORWARD_QUEUE: usize = 1024;

/// A verified webhook to forward, as received.
struct Forward {
    what: String,
    headers: HeaderMap,
    body: Bytes,
}

/// The queue to the forwarding task.
pub(crate) struct Forwarder {
    queue: mpsc::Sender<Forward>,
    metrics: Arc<Metrics>,
}

impl Forwarder {
    /// Starts the task that forwards to `url`, each within `timeout`.
    pub(crate) fn start(url: reqwest::Url, timeout: Duration, metrics: Arc<Metrics>) -> Self {
        let (queue, rx) = mpsc::channel(FORWARD_QUEUE);
        tokio::spawn(run(url, timeout, rx, metrics.clone()));
        Forwarder { queue, metrics }
    }

    /// Queues a verified webhook, as received; when the queue is full, says so and drops it.
    pub(crate) fn offer(&self, event: &WebhookEvent, headers: HeaderMap, body: Bytes) {
        let what = format!(
            "{} {}",
            event.kind.event_type(),
            event.id.map(|i| i.to_string()).unwrap_or_default()
        );
        let metrics = &self.metrics;
        // Counted before it is queued: the task may take it at once.
        metrics.forward_queue.inc();
        match self.queue.try_send(Forward {
            what,
            headers,
            body,
        }) {
            Ok(()) => {}
            Err(TrySendError::Full(f)) => {
                metrics.forward_queue.dec();
                metrics.forwarded("dropped");
                warn(format_args!(
                    "not forwarded ({FORWARD_QUEUE} forwards already wait): {}",
                    f.what
                ));
            }
            Err(TrySendError::Closed(_)) => {
                metrics.forward_queue.dec();
            }
        }
    }
}

/// Sends queued webhooks to `url`, one at a time, each within `timeout`; reports failures.
async fn run(
    url: reqwest::Url,
    timeout: Duration,
    mut queue: mpsc::Receiver<Forward>,
    metrics: Arc<Metrics>,
) {
    let http = reqwest::Client::new();
    while let Some(f) = queue.recv().await {
        let _ = metrics.forward_queue.dec();
        let mut request = http.post(url.clone()).timeout(timeout).body(f.body);
        for name in [
            "content-type",
            "telnyx-signature-ed25519",
            "telnyx-timestamp",
        ] {
            if let Some(v) = f.headers.get(name) {
                request = request.header(name, v.clone());
            }
        }
        let sent = request.send().await;
        metrics.forwarded(match &sent {
            Ok(r) if r.status().is_success() => "ok",
            Ok(_) => "error_status",
            Err(e) if e.is_timeout() => "timeout",
            Err(_) => "failed",
        });
        match sent {
            Ok(r) if r.status().is_success() => {}
            Ok(r) => warn(format_args!(
                "forwarding to {url} answered {}: {}",
                r.status(),
                f.what
            )),
            Err(e) if e.is_timeout() => warn(format_args!(
                "forwarding to {url} timed out after {timeout:?}: {}",
                f.what
            )),
            Err(e) => warn(format_args!(
                "forwarding to {url} failed ({}): {}",
                e.without_url(),
                f.what
            )),
        }
    }
}
