//! Webhook delivery, as Telnyx does it: each event is POSTed to its room's (or composition's)
//! `webhook_event_url` in the `{"data": event, "meta": {"attempt", "delivered_to"}}` envelope,
//! signed with the emulator's Ed25519 key (`telnyx-signature-ed25519`, `telnyx-timestamp`).
//! A delivery that fails or times out (`webhook_timeout_secs`) is retried with `meta.attempt`
//! increased, then sent to `webhook_event_failover_url`. Every attempt is logged.
//!
//! Each room's events for each receiver (`webhook_event_url`) have their own task, which
//! delivers them in the order they happened: a receiver that stalls delays only its own
//! events, and one receiver serving many rooms gets them in parallel, each room in order. A
//! queue holds at most [`QUEUE`] events (more are dropped, and the log says so); a task idle for
//! [`IDLE`] ends and the next event starts another, after it.
//! The API call that caused an event never waits for it, and stopping the emulator stops
//! delivery.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;
use std::collections::HashMap;

use tokio::sync::mpsc;
use tokio::sync::mpsc::error::TrySendError;
use tokio::sync::oneshot;
use uuid::Uuid;

use super::chaos::{Chaos, Verdict};
use super::store::Outgoing;
use super::Shared;
use telnyx_rooms::webhooks::testing::TestSigner;

/// One delivery attempt of one webhook event, as the emulator's log records it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Delivery {
    /// Its place in the log, from 1: `GET {base}/_emulator/webhooks?after=<seq>` reads on from
    /// here.
    pub seq: u64,
    /// Where it was sent (`meta.delivered_to`).
    pub url: String,
    /// The event's `event_type`.
    pub event_type: String,
    /// The event's `id` (the same on every attempt).
    pub event_id: Uuid,
    /// `meta.attempt`, from 1, counted across the main and the failover URL.
    pub attempt: u32,
    /// The receiver's HTTP status; `None` when it timed out, could not be reached, or the event
    /// was not sent.
    pub status: Option<u16>,
    /// Why there is no status: `timeout`, `connection failed`, `refused: ...`, or
    /// `dropped: ...` (never sent).
    pub error: Option<String>,
    /// When the attempt ended.
    pub at: DateTime<Utc>,
    /// What was sent, when something was: the body and its signature headers.
    pub request: Option<SentRequest>,
    /// The receiver's answer body (its first 4 KiB, as text), when it answered.
    pub response_body: Option<String>,
    /// From sending to the answer or the failure, in milliseconds, when something was sent.
    pub duration_ms: Option<u64>,
}

/// A delivery attempt's request, as the receiver got it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentRequest {
    /// The JSON body: `{"data": <event>, "meta": {"attempt", "delivered_to"}}`.
    pub body: String,
    /// `telnyx-signature-ed25519`.
    pub signature: String,
    /// `telnyx-timestamp`.
    pub timestamp: String,
}

/// How much of a receiver's answer body the log keeps.
const RESPONSE_KEPT: usize = 4096;

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

/// Events one room may have waiting for one receiver; more are dropped (and logged as such).
pub const QUEUE: usize = 10_000;
pub use crate::shared::EVENTS;
/// How long a receiver's task waits for its next event before it ends.
const IDLE: Duration = Duration::from_secs(30);

/// One receiver's task: its queue, and a signal that it has ended.
struct Receiver {
    queue: mpsc::Sender<Outgoing>,
    ended: oneshot::Receiver<()>,
}

/// Hands each event to its receiver's task (after delivery chaos, when set), starting one when
/// there is none. Events held back by the chaos's reorder window go out when their window
/// fills or [`HOLD`](crate::chaos::HOLD) after the first was held, whatever else arrives.
pub(super) async fn run(
    mut events: mpsc::Receiver<Outgoing>,
    shared: Arc<Shared>,
    signer: TestSigner,
) {
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("a plain HTTP client builds");
    let mut dispatch = Dispatcher {
        receivers: HashMap::new(),
        shared: shared.clone(),
        signer,
        http,
    };
    let mut chaos = Chaos::new();
    loop {
        let received = match chaos.deadline() {
            Some(deadline) => match tokio::time::timeout_at(deadline, events.recv()).await {
                Ok(received) => received,
                Err(_) => {
                    for e in chaos.flush_due(tokio::time::Instant::now()) {
                        dispatch.route(e);
                    }
                    continue;
                }
            },
            None => events.recv().await,
        };
        let Some(event) = received else { break };
        if event.target.url.is_none() {
            continue; // no webhook URL: nothing is sent, as with Telnyx
        }
        let (settings, generation) = *crate::shared::lock(&shared.chaos);
        for e in chaos.update(settings, generation) {
            dispatch.route(e);
        }
        match chaos.judge(event) {
            Verdict::Dropped(e) => dispatch.log_dropped(&e, "dropped: delivery chaos".into()),
            Verdict::Send(list) => {
                for e in list {
                    dispatch.route(e);
                }
            }
        }
        for e in chaos.flush_due(tokio::time::Instant::now()) {
            dispatch.route(e);
        }
    }
}

/// Every receiver's (and room's) task, keyed by URL and room.
struct Dispatcher {
    receivers: HashMap<(String, String), Receiver>,
    shared: Arc<Shared>,
    signer: TestSigner,
    http: reqwest::Client,
}

impl Dispatcher {
    fn route(&mut self, event: Outgoing) {
        let Some(url) = event.target.url.clone() else {
            return;
        };
        let room = event.event.room_id().map(|r| r.to_string());
        let key = (url, room.unwrap_or_default());
        if self.receivers.len() > 1024 {
            self.receivers.retain(|_, r| !r.queue.is_closed());
        }
        let mut event = event;
        loop {
            let receiver = match self.receivers.remove(&key) {
                Some(r) => r,
                None => start(&self.shared, &self.signer, &self.http, None),
            };
            match receiver.queue.try_send(event) {
                Ok(()) => {
                    self.receivers.insert(key, receiver);
                    return;
                }
                // That task went idle and ended: start another, which waits for it to finish.
                Err(TrySendError::Closed(back)) => {
                    event = back;
                    let next = start(&self.shared, &self.signer, &self.http, Some(receiver.ended));
                    self.receivers.insert(key.clone(), next);
                }
                Err(TrySendError::Full(back)) => {
                    self.log_dropped(
                        &back,
                        format!(
                            "dropped: {QUEUE} events of this room already wait for this receiver"
                        ),
                    );
                    self.receivers.insert(key, receiver);
                    return;
                }
            }
        }
    }

    /// Logs an event that will never be sent.
    fn log_dropped(&self, event: &Outgoing, why: String) {
        let _ = self.shared.log_delivery(Delivery {
            seq: 0,
            url: event.target.url.clone().unwrap_or_default(),
            event_type: event.event.event_type().to_string(),
            event_id: event.id,
            attempt: 0,
            status: None,
            error: Some(why),
            at: Utc::now(),
            request: None,
            response_body: None,
            duration_ms: None,
        });
    }
}

fn start(
    shared: &Arc<Shared>,
    signer: &TestSigner,
    http: &reqwest::Client,
    after: Option<oneshot::Receiver<()>>,
) -> Receiver {
    let (queue, mut rx) = mpsc::channel::<Outgoing>(QUEUE);
    let (ended_tx, ended) = oneshot::channel();
    let spawner = shared.clone();
    let (shared, signer, http) = (shared.clone(), signer.clone(), http.clone());
    let task = async move {
        // The previous task of this receiver delivers what it still holds first.
        if let Some(previous) = after {
            let _ = previous.await;
        }
        loop {
            match tokio::time::timeout(IDLE, rx.recv()).await {
                Ok(Some(event)) => deliver(&shared, &signer, &http, event).await,
                Ok(None) => break,
                Err(_) => {
                    // Idle: take no more, deliver what arrived meanwhile, end.
                    rx.close();
                    while let Ok(event) = rx.try_recv() {
                        deliver(&shared, &signer, &http, event).await;
                    }
                    break;
                }
            }
        }
        drop(ended_tx);
    };
    spawner.spawn(task);
    Receiver { queue, ended }
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
    let id = ev.id;
    let event = json!({
        "event_type": ev.event.event_type(),
        "id": id,
        "occurred_at": ev.occurred_at,
        "record_type": "event",
        "payload": ev.event.payload(),
    });
    let mut attempt = 0;
    let per_url = timing.webhook_attempts.max(1);
    let urls: Vec<String> = std::iter::once(main)
        .chain(ev.target.failover.clone())
        .collect();
    let last = per_url as usize * urls.len();
    for url in urls {
        for _ in 0..per_url {
            if attempt > 0 {
                // Between attempts only: after the last, the next event goes at once.
                tokio::time::sleep(timing.webhook_retry).await;
            }
            attempt += 1;
            let d = match refusal(&url, any_host) {
                Some(why) => Delivery {
                    seq: 0,
                    url: url.clone(),
                    event_type: ev.event.event_type().to_string(),
                    event_id: id,
                    attempt,
                    status: None,
                    error: Some(why),
                    at: Utc::now(),
                    request: None,
                    response_body: None,
                    duration_ms: None,
                },
                None => send_once(http, signer, &url, &event, attempt, timeout).await,
            };
            let done = d.succeeded();
            let _ = shared.log_delivery(d);
            if done || attempt as usize == last {
                return;
            }
        }
    }
}

/// One attempt of `event` (the envelope's `data`) to `url`, signed now; what the log keeps of it.
pub(crate) async fn send_once(
    http: &reqwest::Client,
    signer: &TestSigner,
    url: &str,
    event: &serde_json::Value,
    attempt: u32,
    timeout: Duration,
) -> Delivery {
    let body =
        json!({"data": event, "meta": {"attempt": attempt, "delivered_to": url}}).to_string();
    let headers = signer.headers(Utc::now().timestamp(), body.as_bytes());
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    };
    let request = SentRequest {
        signature: header("telnyx-signature-ed25519"),
        timestamp: header("telnyx-timestamp"),
        body: body.clone(),
    };
    let started = std::time::Instant::now();
    let sent = http
        .post(url)
        .headers(headers)
        .header("content-type", "application/json")
        .timeout(timeout)
        .body(body)
        .send()
        .await;
    let (status, error, response_body) = match sent {
        Ok(mut r) => {
            let status = r.status().as_u16();
            // The first 4 KiB at most, then the answer is dropped: a receiver that streams on
            // costs neither memory nor the next event's time.
            let mut kept = Vec::new();
            while kept.len() < RESPONSE_KEPT {
                match r.chunk().await {
                    Ok(Some(c)) => kept.extend_from_slice(&c),
                    Ok(None) | Err(_) => break,
                }
            }
            kept.truncate(RESPONSE_KEPT);
            (
                Some(status),
                None,
                Some(String::from_utf8_lossy(&kept).into_owned()),
            )
        }
        Err(e) if e.is_timeout() => (None, Some("timeout".to_string()), None),
        Err(_) => (None, Some("connection failed".to_string()), None),
    };
    Delivery {
        seq: 0,
        url: url.to_string(),
        event_type: event["event_type"].as_str().unwrap_or_default().to_string(),
        event_id: event["id"]
            .as_str()
            .and_then(|i| i.parse().ok())
            .unwrap_or_default(),
        attempt,
        status,
        error,
        at: Utc::now(),
        request: Some(request),
        response_body,
        duration_ms: Some(started.elapsed().as_millis() as u64),
    }
}

/// Sends the event of log entry `seq` again (`POST _emulator/webhooks/{seq}/replay`): to the
/// same URL, with the same event id, as a new attempt (one more than the event's last), signed
/// now; logged like any attempt, and returned. `Err` says why not: the entry is no longer kept,
/// or it was never sent (dropped or refused), so there is nothing to send again.
pub(crate) async fn replay(shared: &Shared, seq: u64) -> Result<Delivery, Replay> {
    let (entry, last) = crate::shared::lock(&shared.deliveries)
        .entry(seq)
        .ok_or(Replay::Unknown)?;
    let sent = entry.request.as_ref().ok_or(Replay::NeverSent)?;
    let envelope: serde_json::Value =
        serde_json::from_str(&sent.body).map_err(|_| Replay::NeverSent)?;
    if let Some(why) = refusal(&entry.url, shared.webhooks_to_any_host()) {
        return Err(Replay::Refused(why));
    }
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("a plain HTTP client builds");
    let timeout = shared.timing().webhook_timeout;
    let d = send_once(
        &http,
        &shared.signer,
        &entry.url,
        &envelope["data"],
        last + 1,
        timeout,
    )
    .await;
    Ok(shared.log_delivery(d))
}

/// Why a delivery cannot be replayed.
#[derive(Debug)]
pub(crate) enum Replay {
    /// No entry has that sequence number (any more).
    Unknown,
    /// It was never sent.
    NeverSent,
    /// Its URL is not delivered to.
    Refused(String),
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
