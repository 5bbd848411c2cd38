#![forbid(unsafe_code)]
#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

mod chaos;
mod console;
mod delivery;
mod http;
mod metrics;
mod server;
mod shared;
pub mod standalone;
mod store;

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::StatusCode;
use uuid::Uuid;

use shared::{Knobs, Shared};

pub use chaos::DeliveryChaos;
pub use chaos::HOLD as REORDER_HOLD;
pub use delivery::{Delivery, Timing, EVENTS as EVENT_QUEUE, QUEUE as WEBHOOK_QUEUE};
pub use http::MAX_BODY;

/// How long a recording's or composition's `download_url` works (on the emulator's clock):
/// 10 minutes, as Telnyx's presigned URLs.
pub const DEFAULT_MEDIA_URL_TTL: Duration = Duration::from_secs(600);

/// How many webhook delivery attempts the log keeps by default (the newest).
pub const DEFAULT_WEBHOOK_LOG: usize = 10_000;
pub use store::Seeded;

use telnyx_rooms::types::RoomParticipant;
use telnyx_rooms::webhooks::testing::TestSigner;

/// The API key [`Emulator::client`] uses. The emulator accepts any non-empty bearer token.
pub const EMULATOR_KEY: &str = "KEY0EMULATOR";

/// What [`Emulator::seed`] creates.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Seed {
    /// Rooms to create.
    pub rooms: usize,
    /// Sessions per room; the last one of each room is active, the others ended.
    pub sessions_per_room: usize,
    /// Participants per session.
    pub participants_per_session: usize,
    /// Recordings per participant (completed, audio and video alternating).
    pub recordings_per_participant: usize,
}

impl Seed {
    /// Just `n` empty rooms: `emu.seed(Seed::rooms(1)).rooms[0]`.
    pub fn rooms(n: usize) -> Seed {
        Seed {
            rooms: n,
            ..Seed::default()
        }
    }
}

/// Why the emulator refused a simulated action (the same answer its HTTP control API gives).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{status}: {title} ({detail})")]
pub struct Refused {
    /// The HTTP status: 404 for an unknown id, 422 for a full room or a bad token.
    pub status: StatusCode,
    /// Telnyx's error code.
    pub code: String,
    /// Short summary.
    pub title: String,
    /// What was wrong.
    pub detail: String,
}

impl From<store::Refusal> for Refused {
    fn from(r: store::Refusal) -> Refused {
        Refused {
            status: r.status,
            code: r.code.to_string(),
            title: r.title.to_string(),
            detail: r.detail,
        }
    }
}

/// A running emulator; it stops (server, webhook delivery and timers) when dropped.
pub struct Emulator {
    base_url: String,
    addr: SocketAddr,
    shared: Arc<Shared>,
    public_key: String,
    server: tokio::task::JoinHandle<()>,
    stop: tokio::sync::watch::Sender<Option<Duration>>,
}

impl std::fmt::Debug for Emulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Emulator")
            .field("base_url", &self.base_url)
            .finish_non_exhaustive()
    }
}

impl Emulator {
    /// Starts an empty emulator on `127.0.0.1` with an ephemeral port.
    pub async fn start() -> std::io::Result<Emulator> {
        Emulator::start_on(SocketAddr::from(([127, 0, 0, 1], 0))).await
    }

    /// Starts an empty emulator on `addr` (port 0: any free port).
    pub async fn start_on(addr: SocketAddr) -> std::io::Result<Emulator> {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let signer = TestSigner::generate();
        let (events, events_rx) = tokio::sync::mpsc::channel(delivery::EVENTS);
        let shared = Arc::new(Shared {
            store: Mutex::default(),
            knobs: Knobs::default(),
            timing: Mutex::default(),
            any_host: AtomicBool::new(false),
            events,
            deliveries: Mutex::default(),
            chaos: Mutex::default(),
            tasks: Mutex::default(),
            runtime: tokio::runtime::Handle::current(),
            metrics: Default::default(),
            signer: signer.clone(),
        });
        crate::shared::lock(&shared.store)
            .set_media_base(format!("http://{addr}/v2/_emulator/media"));
        let (stop, stopped) = tokio::sync::watch::channel(None);
        let server = tokio::spawn(server::serve(listener, shared.clone(), stopped));
        shared.spawn(delivery::run(events_rx, shared.clone(), signer.clone()));
        Ok(Emulator {
            base_url: format!("http://{addr}/v2"),
            addr,
            public_key: signer.public_key_base64(),
            shared,
            server,
            stop,
        })
    }

    /// Stops cleanly: stops accepting connections, lets the requests in flight finish (up to
    /// `grace`), then stops delivery and timers. What is still open after `grace` is closed.
    pub async fn shutdown(mut self, grace: Duration) {
        let _ = self.stop.send(Some(grace));
        let _ = (&mut self.server).await;
        // Dropping `self` aborts delivery and the timers.
    }

    /// The base URL to give a client, e.g. `http://127.0.0.1:43117/v2`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The socket address the emulator listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// A client for this emulator with [`EMULATOR_KEY`] and default settings.
    pub fn client(&self) -> telnyx_rooms::Client {
        telnyx_rooms::Client::builder()
            .api_key(EMULATOR_KEY)
            .base_url(&self.base_url)
            .build()
            .expect("a loopback base URL and a non-empty key are valid")
    }

    /// Creates rooms, sessions, participants and recordings; returns their ids.
    pub fn seed(&self, seed: Seed) -> Seeded {
        self.shared.with_store(|s| s.seed(seed))
    }

    /// A participant joins `room` without a token, with `context` as its context string.
    /// The first join starts a session; a recording room starts recording them.
    pub fn join(&self, room: Uuid, context: &str) -> Result<RoomParticipant, Refused> {
        self.shared.join(room, Some(context.to_string()), None)
    }

    /// A participant joins `room` with a join token from `create_client_token` or
    /// `refresh_client_token`; an expired token, or another room's, is refused (422).
    pub fn join_with_token(
        &self,
        room: Uuid,
        context: &str,
        token: &str,
    ) -> Result<RoomParticipant, Refused> {
        self.shared
            .join(room, Some(context.to_string()), Some(token))
    }

    /// A participant leaves; the last one out ends the session. Their recording completes.
    pub fn leave(&self, participant: Uuid) -> Result<RoomParticipant, Refused> {
        self.shared.leave(participant)
    }

    /// Moves the emulator's clock forward by `by`: join and refresh tokens expire, durations
    /// grow, without the test sleeping.
    pub fn advance_clock(&self, by: Duration) {
        let by = chrono::Duration::from_std(by).unwrap_or(chrono::Duration::MAX);
        self.shared.with_store(|s| s.advance_clock(by));
    }

    /// Whether `mute_participants` muted this participant (and no unmute since).
    pub fn is_muted(&self, participant: Uuid) -> bool {
        crate::shared::lock(&self.shared.store).is_muted(participant)
    }

    /// The public key webhooks are signed with, base64, as the Telnyx portal shows it: give it
    /// to [`WebhookVerifier::new`](telnyx_rooms::webhooks::WebhookVerifier::new).
    pub fn webhook_public_key(&self) -> &str {
        &self.public_key
    }

    /// The webhook delivery attempts the log keeps (the newest [`DEFAULT_WEBHOOK_LOG`], or
    /// what [`set_webhook_log_capacity`](Self::set_webhook_log_capacity) says), oldest first.
    pub fn webhook_deliveries(&self) -> Vec<Delivery> {
        crate::shared::lock(&self.shared.deliveries).all()
    }

    /// The logged delivery attempts after sequence number `seq` (all kept for 0), oldest first.
    pub fn webhook_deliveries_after(&self, seq: u64) -> Vec<Delivery> {
        crate::shared::lock(&self.shared.deliveries).after(seq, usize::MAX)
    }

    /// Makes webhook delivery misbehave as real delivery does: duplicates, reordering within a
    /// room, drops; [`DeliveryChaos::default`] turns it off. The API's answers stay true.
    /// Probabilities outside 0 to 1 are refused.
    pub fn set_delivery_chaos(&self, chaos: DeliveryChaos) -> Result<(), String> {
        self.shared.set_chaos(chaos)
    }

    /// The delivery chaos in force.
    pub fn delivery_chaos(&self) -> DeliveryChaos {
        crate::shared::lock(&self.shared.chaos).0
    }

    /// How many delivery attempts the log keeps (the newest; at least 1).
    pub fn set_webhook_log_capacity(&self, capacity: usize) {
        crate::shared::lock(&self.shared.deliveries).set_capacity(capacity);
    }

    /// How long a `download_url` works from when it was handed out (default
    /// [`DEFAULT_MEDIA_URL_TTL`]); reading the recording or composition again gives a fresh one.
    pub fn set_media_url_ttl(&self, ttl: Duration) {
        crate::shared::lock(&self.shared.store).set_media_ttl(ttl);
    }

    /// How many join and refresh tokens the emulator holds: expired ones are dropped once
    /// there are more than 1,024 (and then twice as many as are valid).
    pub fn tokens_held(&self) -> usize {
        crate::shared::lock(&self.shared.store).tokens_held()
    }

    /// Makes the next API request panic while it holds the store's lock, to test that the
    /// emulator answers it 500 and serves the next one. For the emulator's own tests.
    #[doc(hidden)]
    pub fn panic_next_request(&self) {
        self.shared.knobs.panic_next.store(true, Ordering::SeqCst);
    }

    /// Changes the simulation's delays (composition processing, webhook retries and timeouts).
    pub fn set_timing(&self, timing: Timing) {
        *crate::shared::lock(&self.shared.timing) = timing;
    }

    /// Delivers webhooks to any host, not only loopback ones (the default keeps a test's
    /// traffic on the machine).
    pub fn deliver_webhooks_to_any_host(&self, allow: bool) {
        self.shared.any_host.store(allow, Ordering::SeqCst);
    }

    /// Waits this long before answering each request (0 by default).
    pub fn set_latency(&self, latency: Duration) {
        *crate::shared::lock(&self.shared.knobs.latency) = latency;
    }

    /// Answers the next `n` requests with `status` and Telnyx's error envelope, with a
    /// `Retry-After: <secs>` header when given. Nothing is changed by those requests.
    pub fn fail_next(&self, n: usize, status: StatusCode, retry_after_secs: Option<u64>) {
        let mut f = crate::shared::lock(&self.shared.knobs.failures);
        f.extend(std::iter::repeat_n((status, retry_after_secs), n));
    }

    /// Closes the connection of the next `n` requests without answering.
    pub fn drop_next(&self, n: usize) {
        self.shared.knobs.drops.fetch_add(n, Ordering::SeqCst);
    }

    /// How many response body bytes the emulator has sent, as they went on the wire: answers
    /// of 1 KiB or more are gzip-compressed for a client that accepts it, as Telnyx's are.
    pub fn body_bytes_sent(&self) -> usize {
        self.shared.knobs.body_bytes_out.load(Ordering::SeqCst)
    }

    /// How many requests the emulator has received.
    pub fn requests(&self) -> usize {
        self.shared.knobs.requests.load(Ordering::SeqCst)
    }

    /// The most requests the emulator was handling at the same time.
    pub fn max_in_flight(&self) -> usize {
        self.shared.knobs.max_in_flight.load(Ordering::SeqCst)
    }

    /// How many TCP connections the emulator has accepted.
    pub fn connections(&self) -> usize {
        self.shared.knobs.connections.load(Ordering::SeqCst)
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        self.server.abort();
        crate::shared::lock(&self.shared.tasks).abort_all();
    }
}
