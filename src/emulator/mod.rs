//! An in-memory, stateful emulator of the Video Rooms API on a real HTTP stack (hyper), for
//! examples, tests and downstream crates. Enable the `emulator` feature.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use telnyx_rooms::emulator::{Emulator, Seed};
//! let emu = Emulator::start().await?;
//! emu.seed(Seed { rooms: 3, sessions_per_room: 2, participants_per_session: 4, ..Seed::default() });
//! let client = emu.client();
//! let page = client.list_rooms().execute().await?;
//! assert_eq!(page.items.len(), 3);
//! # Ok(()) }
//! ```
//!
//! It serves all 25 operations with Telnyx's semantics: UUID ids, RFC 3339 times, filters and
//! pagination `meta` on every list, partial updates, the session actions, client tokens with
//! their expiry times; 422 with the `errors` envelope naming the field for input that breaks the
//! spec's constraints (the same rules the client checks), 404 for an unknown id and 401 without
//! a bearer token. Knobs make it misbehave on purpose: per-request latency, failing the next
//! requests with a status (and `Retry-After`), dropping connections.

mod http;
mod store;

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::StatusCode;

pub use store::Seeded;

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

/// Test knobs shared with the server.
#[derive(Default)]
pub(crate) struct Knobs {
    latency: Mutex<Duration>,
    failures: Mutex<VecDeque<(StatusCode, Option<u64>)>>,
    drops: AtomicUsize,
    requests: AtomicUsize,
    connections: AtomicUsize,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
}

/// A running emulator; it stops when dropped.
pub struct Emulator {
    base_url: String,
    addr: SocketAddr,
    store: Arc<Mutex<store::Store>>,
    knobs: Arc<Knobs>,
    task: tokio::task::JoinHandle<()>,
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
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let store = Arc::new(Mutex::new(store::Store::default()));
        let knobs = Arc::new(Knobs::default());
        let task = tokio::spawn(http::serve(listener, store.clone(), knobs.clone()));
        Ok(Emulator {
            base_url: format!("http://{addr}/v2"),
            addr,
            store,
            knobs,
            task,
        })
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
    pub fn client(&self) -> crate::Client {
        crate::Client::builder()
            .api_key(EMULATOR_KEY)
            .base_url(&self.base_url)
            .build()
            .expect("a loopback base URL and a non-empty key are valid")
    }

    /// Creates rooms, sessions, participants and recordings; returns their ids.
    pub fn seed(&self, seed: Seed) -> Seeded {
        self.store.lock().expect("store lock").seed(seed)
    }

    /// Waits this long before answering each request (0 by default).
    pub fn set_latency(&self, latency: Duration) {
        *self.knobs.latency.lock().expect("knobs lock") = latency;
    }

    /// Answers the next `n` requests with `status` and Telnyx's error envelope, with a
    /// `Retry-After: <secs>` header when given. Nothing is changed by those requests.
    pub fn fail_next(&self, n: usize, status: StatusCode, retry_after_secs: Option<u64>) {
        let mut f = self.knobs.failures.lock().expect("knobs lock");
        f.extend(std::iter::repeat_n((status, retry_after_secs), n));
    }

    /// Closes the connection of the next `n` requests without answering.
    pub fn drop_next(&self, n: usize) {
        self.knobs.drops.fetch_add(n, Ordering::SeqCst);
    }

    /// How many requests the emulator has received.
    pub fn requests(&self) -> usize {
        self.knobs.requests.load(Ordering::SeqCst)
    }

    /// The most requests the emulator was handling at the same time.
    pub fn max_in_flight(&self) -> usize {
        self.knobs.max_in_flight.load(Ordering::SeqCst)
    }

    /// How many TCP connections the emulator has accepted.
    pub fn connections(&self) -> usize {
        self.knobs.connections.load(Ordering::SeqCst)
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        self.task.abort();
    }
}
