//! Webhook delivery, as Telnyx does it: each event is POSTed to its room's (or composition's)
//! `webhook_event_url` in the `{"data": event, "meta": {"attempt", "delivered_to"}}` envelope,
//! signed with the emulator's Ed25519 key (`telnyx-signature-ed25519`, `telnyx-timestamp`).
//! A delivery that fails or times out (`webhook_timeout_secs`) is retried with `meta.attempt`
//! increased, then sent to `webhook_event_failover_url`. Every attempt is logged.
//!
//! One task delivers events in the order they happened; the API call that caused an event never
//! waits for it, and stopping the emulator stops delivery.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;
use tokio::sync::mpsc::UnboundedReceiver;
use uuid::Uuid;

use super::store::Outgoing;
use super::Shared;
use telnyx_rooms::webhooks::testing::TestSigner;

/// One delivery attempt of one webhook event, as the emulator's log records it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Delivery {
    /// Where it was sent (`meta.delivered_to`).
    pub url: String,
    /// The event's `event_type`.
    pub event_type: String,
    /// The event's `id` (the same on every attempt).
    pub event_id: Uuid,
    /// `meta.attempt`, from 1, counted across the main and the failover URL.
    pub attempt: u32,
    /// The receiver's HTTP status; `None` when it timed out or could not be reached.
    pub status: Option<u16>,
    /// Why there is no status: `timeout`, `connection failed`, or `refused: ...`.
    pub error: Option<String>,
    /// When the attempt ended.
    pub at: DateTime<Utc>,
}

impl Delivery {
    /// The receiver accepted it (a 2xx status).
    pub fn succeeded(&self) -> bool {
        self.status.is_some_and(|s| (200..300).contains(&s))
    }
}

/// Delays of the simulation. Defaults keep every wait at or under 1 s; tests set them shorter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    /// From the end of a composition's session (or its creation, if the session had ended)
    /// to its completion. Default 500 ms.
    pub composition: Duration,
    /// Wait between delivery attempts of one event. Default 1 s.
    pub webhook_retry: Duration,
    /// Attempts per URL (main, then failover). Default 3.
    pub webhook_attempts: u32,
    /// Timeout of a delivery when the room sets no `webhook_timeout_secs` (or 0). Default 10 s.
    pub webhook_timeout: Duration,
}

impl Default for Timing {
    fn default() -> Self {
        Timing {
            composition: Duration::from_millis(500),
            webhook_retry: Duration::from_secs(1),
            webhook_attempts: 3,
            webhook_timeout: Duration::from_secs(10),
        }
    }
}

pub(super) async fn run(
    mut events: UnboundedReceiver<Outgoing>,
    shared: Arc<Shared>,
    signer: TestSigner,
) {
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("a plain HTTP client builds");
    while let Some(event) = events.recv().await {
        deliver(&shared, &signer, &http, event).await;
    }
}

async fn deliver(shared: &Shared, signer: &TestSigner, http: &reqwest::Client, ev: Outgoing) {
    let Some(main) = ev.target.url.clone() else {
        return; // no webhook URL: nothing is sent, as with Telnyx
    };
    let timing = shared.timing();
    let any_host = shared.webhooks_to_any_host();
    let timeout = match ev.target.timeout_secs {
        Some(s) if s > 0 => Duration::from_secs(s as u64),
        _ => timing.webhook_timeout,
    };
    let id = Uuid::new_v4();
    let event = json!({
        "event_type": ev.event_type,
        "id": id,
        "occurred_at": ev.occurred_at,
        "record_type": "event",
        "payload": ev.payload,
    });
    let mut attempt = 0;
    for url in std::iter::once(main).chain(ev.target.failover.clone()) {
        for _ in 0..timing.webhook_attempts.max(1) {
            attempt += 1;
            let (status, error) = match refusal(&url, any_host) {
                Some(why) => (None, Some(why)),
                None => {
                    let body =
                        json!({"data": event, "meta": {"attempt": attempt, "delivered_to": url}})
                            .to_string();
                    let sent = http
                        .post(&url)
                        .headers(signer.headers(Utc::now().timestamp(), body.as_bytes()))
                        .header("content-type", "application/json")
                        .timeout(timeout)
                        .body(body)
                        .send()
                        .await;
                    match sent {
                        Ok(r) => (Some(r.status().as_u16()), None),
                        Err(e) if e.is_timeout() => (None, Some("timeout".to_string())),
                        Err(_) => (None, Some("connection failed".to_string())),
                    }
                }
            };
            let d = Delivery {
                url: url.clone(),
                event_type: ev.event_type.to_string(),
                event_id: id,
                attempt,
                status,
                error,
                at: Utc::now(),
            };
            let done = d.succeeded();
            shared.log_delivery(d);
            if done {
                return;
            }
            tokio::time::sleep(timing.webhook_retry).await;
        }
    }
}

/// Why a URL is not delivered to: unless allowed, only loopback hosts are, so that a test
/// never sends traffic off the machine by accident.
fn refusal(url: &str, any_host: bool) -> Option<String> {
    let parsed = match reqwest::Url::parse(url) {
        Ok(u) if matches!(u.scheme(), "http" | "https") => u,
        _ => return Some(format!("refused: `{url}` is not an http(s) URL")),
    };
    let loopback = match parsed.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    };
    (!loopback && !any_host).then(|| {
        "refused: not a loopback host (Emulator::deliver_webhooks_to_any_host)".to_string()
    })
}
