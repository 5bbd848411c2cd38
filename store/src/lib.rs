//! Room activity shared by every webhook receiver of a fleet: one [`RoomActivity`] per room in
//! PostgreSQL (feature `postgres`) or Redis (feature `redis`), or in memory for one instance and
//! for tests, behind one trait, [`ActivityStore`].
//!
//! - [`ActivityStore::apply`] joins an event's facts into the stored room atomically: however
//!   many receivers apply at once, no update is lost, and for a given new fact exactly one of
//!   them is told [`Applied::Changed`], so a side effect (a notification, starting a
//!   composition) runs once across the fleet.
//! - [`ActivityStore::room`], [`ActivityStore::prune`] and [`ActivityStore::reconcile`] read,
//!   prune and reconcile the stored state with the same laws as [`RoomActivity`] in memory (a
//!   state-based CRDT: every write is a join).
//! - [`ActivityStore::changes`] is a feed every instance can follow live (PostgreSQL
//!   `LISTEN/NOTIFY`, a Redis stream, a channel in memory), saying which room changed and why.
//!
//! How: a room's state is stored with a version. A receiver reads it, joins the event in, and
//! when that changed something writes it back only if the version is still the one it read (a
//! compare-and-set: one `UPDATE ... WHERE version = $n` in PostgreSQL, one script in Redis), and
//! otherwise reads again. The write and its change notice are one atomic step. An event whose
//! facts the state already holds is answered without a write, so duplicates cost one read.
//!
//! ```no_run
//! # async fn run(event: telnyx_rooms::webhooks::WebhookEvent) -> Result<(), telnyx_rooms_store::StoreError> {
//! use telnyx_rooms_store::ActivityStore;
//!
//! let store = telnyx_rooms_store::connect("postgres://rooms@127.0.0.1/rooms").await?;
//! if store.apply(&event).await?.changed() {
//!     // Exactly one receiver of the fleet gets here for this fact.
//! }
//! # Ok(()) }
//! ```

use std::fmt;

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use futures::stream::BoxStream;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use telnyx_rooms::activity::{Applied, ReconcileReport, RoomActivity};
use telnyx_rooms::webhooks::WebhookEvent;

mod memory;
#[cfg(feature = "postgres")]
mod postgres;
#[cfg(feature = "redis")]
mod redis;
mod shared;

pub use memory::MemoryStore;
#[cfg(feature = "postgres")]
pub use postgres::PostgresStore;
#[cfg(feature = "redis")]
pub use redis::RedisStore;

/// A shared store of room activity. Every method's future is `Send`, so a store behind an
/// `Arc<dyn ActivityStore>` serves a whole server.
pub trait ActivityStore: Send + Sync {
    /// Joins `event` into its room atomically and says what happened. For a fact new to the
    /// fleet, exactly one caller across every instance sharing the store gets
    /// [`Applied::Changed`], and a [`Change`] goes out on the feed.
    fn apply<'a>(&'a self, event: &'a WebhookEvent) -> BoxFuture<'a, Result<Applied, StoreError>>;

    /// The stored state of `room_id` (empty when nothing is known of it), with the store's
    /// horizon: read it with [`RoomActivity::room`] and the other views.
    fn room(&self, room_id: Uuid) -> BoxFuture<'_, Result<RoomActivity, StoreError>>;

    /// The ids of every room the store holds.
    fn rooms(&self) -> BoxFuture<'_, Result<Vec<Uuid>, StoreError>>;

    /// [`RoomActivity::prune`] on every stored room: the store's horizon moves to
    /// `older_than` (never back), and what ended before it is forgotten, with tombstones.
    /// Returns how many rooms forgot something.
    fn prune(&self, older_than: DateTime<Utc>) -> BoxFuture<'_, Result<usize, StoreError>>;

    /// [`RoomActivity::reconcile`] for one room: reads the API, then joins what it learnt into
    /// the stored room (a join, so nothing another receiver wrote meanwhile is lost).
    fn reconcile<'a>(
        &'a self,
        client: &'a telnyx_rooms::Client,
        room_id: Uuid,
    ) -> BoxFuture<'a, Result<ReconcileReport, StoreError>>;

    /// The live feed of changes, from now on. Each instance follows its own.
    fn changes(
        &self,
    ) -> BoxFuture<'_, Result<BoxStream<'static, Result<Change, StoreError>>, StoreError>>;
}

/// A change of the shared state, as the feed carries it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    /// The room whose state changed: read it with [`ActivityStore::room`].
    pub room_id: Uuid,
    /// What changed it.
    #[serde(flatten)]
    pub cause: Cause,
}

/// What changed a room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "cause", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Cause {
    /// An event brought new facts.
    Event {
        /// The event's `event_type`.
        event_type: String,
        /// The event's id, when it had one.
        event_id: Option<Uuid>,
        /// When it happened.
        occurred_at: Option<DateTime<Utc>>,
    },
    /// [`ActivityStore::reconcile`] learnt what events had not said.
    Reconcile,
    /// [`ActivityStore::prune`] forgot what ended before the horizon.
    Prune,
}

/// What a store call can fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The database answered with an error, or could not be reached.
    #[error("{backend}: {source}")]
    Backend {
        /// `postgres` or `redis`.
        backend: &'static str,
        /// What it said.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// A stored state does not decode (written by another version of this crate?).
    #[error("the stored state of room {room_id} does not decode: {source}")]
    State {
        /// The room.
        room_id: Uuid,
        /// Why.
        #[source]
        source: serde_json::Error,
    },
    /// The API could not be read ([`ActivityStore::reconcile`]).
    #[error(transparent)]
    Api(#[from] telnyx_rooms::Error),
    /// A store URL this build cannot open.
    #[error("{0}")]
    Url(String),
}

impl StoreError {
    #[allow(dead_code)]
    pub(crate) fn backend(
        backend: &'static str,
        e: impl std::error::Error + Send + Sync + 'static,
    ) -> StoreError {
        StoreError::Backend {
            backend,
            source: Box::new(e),
        }
    }
}

/// Opens the store a URL names: `memory:` (this process only), `postgres://...` (feature
/// `postgres`; the schema is created or migrated on first use) or `redis://...` (feature
/// `redis`).
pub async fn connect(url: &str) -> Result<Box<dyn ActivityStore>, StoreError> {
    let scheme = url.split_once(':').map(|(s, _)| s).unwrap_or(url);
    match scheme {
        "memory" => Ok(Box::new(MemoryStore::new())),
        #[cfg(feature = "postgres")]
        "postgres" | "postgresql" => Ok(Box::new(PostgresStore::connect(url).await?)),
        #[cfg(feature = "redis")]
        "redis" | "rediss" => Ok(Box::new(RedisStore::connect(url).await?)),
        other => Err(StoreError::Url(format!(
            "a store URL is memory:, postgres://... or redis://...; `{other}:` is not one this \
             build opens (features: {})",
            enabled_features()
        ))),
    }
}

fn enabled_features() -> String {
    let list: Vec<&str> = [
        cfg!(feature = "postgres").then_some("postgres"),
        cfg!(feature = "redis").then_some("redis"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if list.is_empty() {
        "none".into()
    } else {
        list.join(", ")
    }
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.cause {
            Cause::Event { event_type, .. } => write!(f, "room {}: {event_type}", self.room_id),
            Cause::Reconcile => write!(f, "room {}: reconciled", self.room_id),
            Cause::Prune => write!(f, "room {}: pruned", self.room_id),
        }
    }
}
