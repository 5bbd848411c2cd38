//! Room activity shared by every webhook receiver of a fleet, kept fact by fact in PostgreSQL
//! (feature `postgres`) or Redis (feature `redis`), or in memory for one instance and for tests,
//! behind one trait, [`ActivityStore`], with a durable, ordered log of changes.
//!
//! - [`ActivityStore::apply`] joins an event's facts into the stored room atomically: however
//!   many receivers apply at once, no update is lost, and for a given new fact exactly one of
//!   them is told [`Applied::Changed`]. It costs what the event brings (the few facts it is
//!   about), not what the room holds.
//! - Every change is written to the **change log** in the same atomic step as the facts it
//!   changed, with a [`Position`]. Followers read the log from a position they keep
//!   ([`ActivityStore::follow`], [`ActivityStore::acknowledge`]): a follower that was down reads
//!   every change it missed, in order. **Side effects belong on the log**, not on `apply`'s
//!   answer (see [below](#side-effects-at-least-once-acted-on-once)).
//! - [`ActivityStore::room`], [`ActivityStore::prune`], [`ActivityStore::reconcile`] and
//!   [`ActivityStore::reconcile_all`] read, prune and reconcile with the same laws as
//!   [`RoomActivity`] in memory (a state-based CRDT: every write is a join), and write only
//!   what they change.
//!
//! ```no_run
//! # async fn run(event: telnyx_rooms::webhooks::WebhookEvent) -> Result<(), telnyx_rooms_store::StoreError> {
//! use telnyx_rooms_store::ActivityStore;
//!
//! let store = telnyx_rooms_store::connect("postgres://rooms@127.0.0.1/rooms").await?;
//! store.apply(&event).await?; // a receiver: store, then answer 200 (503 on an error)
//! # Ok(()) }
//! ```
//!
//! # How it is stored
//!
//! A room is its facts: each session, participant, recording, composition and tombstone under
//! its own key ([`telnyx_rooms::activity::FactKey`]), each with a version drawn from one
//! counter that only grows, so a version is never reused. `apply` reads the facts the event is
//! about ([`RoomActivity::keys_of`]), joins the event in memory, and writes the facts that
//! changed only if none of the facts it read has changed meanwhile (a compare-and-set over what
//! it read: one PL/pgSQL function call in PostgreSQL, one script in Redis), with the change's
//! log entry in the same step; a lost race reads again. Writers contend only when they touch
//! the same fact. An event whose facts are all known costs one read and no write.
//!
//! # Side effects: at least once, acted on once
//!
//! `apply` answers [`Applied::Changed`] to exactly one caller, but a receiver that dies after
//! the store wrote and before it acted takes the side effect with it: the retried delivery is
//! "already known" everywhere. The change log does not forget: act on it.
//!
//! 1. Receivers only [`apply`](ActivityStore::apply) (and answer 503 when the store fails, so
//!    Telnyx retries).
//! 2. One follower per side effect reads the log with [`follow`](ActivityStore::follow) under a
//!    name of its own, acts on each change with [`Change::id`] as the idempotency key (a
//!    unique constraint, an idempotency header, a set of ids done), then
//!    [`acknowledge`](ActivityStore::acknowledge)s its position.
//! 3. A follower that restarts reads on from what it acknowledged: what it had read but not
//!    acknowledged comes again (so the idempotency key matters); nothing is skipped.
//!
//! The log keeps [`LOG_RETENTION`] changes; a follower that fell further behind is told so
//! ([`StoreError::FellBehind`]) and gets back with [`reconcile_all`](ActivityStore::reconcile_all)
//! and a follow from now.
//!
//! # Failures
//!
//! | what fails | what happens | what is lost |
//! |---|---|---|
//! | the database restarts, fails over, or the network drops | calls fail with [`StoreError::Backend`] or [`StoreError::Timeout`] within the call timeout (a receiver answers 503, Telnyx retries); connections are re-made on their own (a pool for PostgreSQL, a connection manager for Redis) and calls succeed again once it is back, without a restart | nothing |
//! | a receiver dies between the write and its reply | Telnyx retries; the retry is "already known"; the change is on the log | nothing: act on the log |
//! | a follower is down | the log keeps the changes; it reads on from its last acknowledged position | nothing, within [`LOG_RETENTION`] |
//! | every delivery of an event fails | the fact is missing until [`reconcile_all`](ActivityStore::reconcile_all), which finds rooms and sessions never heard of | nothing, once reconciled |

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use futures::stream::BoxStream;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use telnyx_rooms::activity::{Applied, ReconcileReport, RoomActivity};
use telnyx_rooms::webhooks::WebhookEvent;

mod algorithm;
mod backend;
mod delegate;
mod errors;
#[cfg(any(feature = "postgres", feature = "redis"))]
mod feed;
mod memory;
pub mod metrics;
#[cfg(feature = "postgres")]
mod postgres;
#[cfg(feature = "redis")]
mod redis;
mod settings;

pub use errors::StoreError;
pub use memory::MemoryStore;
#[cfg(feature = "postgres")]
pub use postgres::PostgresStore;
#[cfg(feature = "redis")]
pub use redis::RedisStore;
pub use settings::Settings;

/// How many changes the log keeps: a follower further behind than this is told so
/// ([`StoreError::FellBehind`]). In Redis, the last this many entries; in PostgreSQL, those of
/// the last this many transactions of the database (so at most this many, fewer when other
/// work shares the database: trimming by a range of transaction ids costs the same whatever
/// the log holds). About 250 to 300 bytes a change on the server: some 30 MB.
pub const LOG_RETENTION: u64 = 100_000;

/// A shared store of room activity. Every method's future is `Send`, so a store behind an
/// `Arc<dyn ActivityStore>` serves a whole server.
pub trait ActivityStore: Send + Sync {
    /// Joins `event` into its room atomically and says what happened. For a fact new to the
    /// fleet, exactly one caller across every instance sharing the store gets
    /// [`Applied::Changed`], and one [`Change`] goes on the log.
    fn apply<'a>(&'a self, event: &'a WebhookEvent) -> BoxFuture<'a, Result<Applied, StoreError>>;

    /// The stored state of `room_id` (empty when nothing is known of it), with the store's
    /// horizon: read it with [`RoomActivity::room`] and the other views.
    fn room(&self, room_id: Uuid) -> BoxFuture<'_, Result<RoomActivity, StoreError>>;

    /// The ids of every room the store holds.
    fn rooms(&self) -> BoxFuture<'_, Result<Vec<Uuid>, StoreError>>;

    /// [`RoomActivity::prune`] on the store: the horizon moves to `older_than` (never back),
    /// and what ended before it is forgotten, with tombstones, in the rooms that hold something
    /// to forget (an index says which: the others are not read). Returns how many rooms forgot
    /// something; only those are written and get a [`Cause::Prune`] change.
    fn prune(&self, older_than: DateTime<Utc>) -> BoxFuture<'_, Result<usize, StoreError>>;

    /// [`RoomActivity::reconcile`] for one room: reads the API (the room's sessions since the
    /// horizon, not only those the store knows), then joins what it learnt into the stored
    /// room, writing only the facts that changed (a room already equal to the API is not
    /// written).
    fn reconcile<'a>(
        &'a self,
        client: &'a telnyx_rooms::Client,
        room_id: Uuid,
    ) -> BoxFuture<'a, Result<ReconcileReport, StoreError>>;

    /// [`reconcile`](Self::reconcile) for every stored room and every room of the account with
    /// a session active or ended since the horizon
    /// ([`telnyx_rooms::activity::rooms_active_since`]), `concurrency` at a time: rooms never
    /// heard of are found, and counted in [`ReconcileReport::rooms_missing`].
    fn reconcile_all<'a>(
        &'a self,
        client: &'a telnyx_rooms::Client,
        concurrency: usize,
    ) -> BoxFuture<'a, Result<ReconcileReport, StoreError>>;

    /// The log of changes after `after` (from now on with `None`), in order, live: the stream
    /// waits for more. A position older than the log keeps is [`StoreError::FellBehind`].
    fn changes_after(
        &self,
        after: Option<Position>,
    ) -> BoxFuture<'_, Result<BoxStream<'static, Result<Change, StoreError>>, StoreError>>;

    /// The position of the newest change every reader can see (`0-0` for an empty log).
    fn head(&self) -> BoxFuture<'_, Result<Position, StoreError>>;

    /// The last position `follower` acknowledged, if it ever did.
    fn acknowledged<'a>(
        &'a self,
        follower: &'a str,
    ) -> BoxFuture<'a, Result<Option<Position>, StoreError>>;

    /// Records that `follower` has acted on every change up to `position`: a restart reads on
    /// after it.
    fn acknowledge<'a>(
        &'a self,
        follower: &'a str,
        position: Position,
    ) -> BoxFuture<'a, Result<(), StoreError>>;

    /// The live log from now on: [`changes_after`](Self::changes_after) with `None`.
    fn changes(
        &self,
    ) -> BoxFuture<'_, Result<BoxStream<'static, Result<Change, StoreError>>, StoreError>> {
        self.changes_after(None)
    }

    /// The log for the follower `name`: after its last acknowledged position. A follower new
    /// to the store starts from now, and that start is recorded at once, so that a restart
    /// before its first acknowledgement still misses nothing. Acknowledge with
    /// [`acknowledge`](Self::acknowledge).
    fn follow<'a>(
        &'a self,
        name: &'a str,
    ) -> BoxFuture<'a, Result<BoxStream<'static, Result<Change, StoreError>>, StoreError>> {
        Box::pin(async move {
            let after = match self.acknowledged(name).await? {
                Some(p) => p,
                None => {
                    let now = self.head().await?;
                    self.acknowledge(name, now).await?;
                    self.acknowledged(name).await?.unwrap_or(now)
                }
            };
            self.changes_after(Some(after)).await
        })
    }
}

/// Where a change is in the log: ordered, unique, never reused. Shown and parsed as
/// `major-minor` (a Redis stream id; in PostgreSQL the writing transaction's id and `0`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    major: u64,
    minor: u64,
}

impl Position {
    pub(crate) fn new(major: u64, minor: u64) -> Position {
        Position { major, minor }
    }
    pub(crate) fn major(&self) -> u64 {
        self.major
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.major, self.minor)
    }
}

impl FromStr for Position {
    type Err = String;
    fn from_str(s: &str) -> Result<Position, String> {
        let bad = || format!("`{s}` is not a change position (two numbers: `123-0`)");
        let (a, b) = s.split_once('-').ok_or_else(bad)?;
        Ok(Position {
            major: a.parse().map_err(|_| bad())?,
            minor: b.parse().map_err(|_| bad())?,
        })
    }
}

impl Serialize for Position {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Position {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Position, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// A change of the shared state, as the log carries it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    /// Where it is in the log.
    pub position: Position,
    /// The room whose state changed: read it with [`ActivityStore::room`].
    pub room_id: Uuid,
    /// What changed it.
    #[serde(flatten)]
    pub cause: Cause,
}

impl Change {
    /// An id for this change, the same however often it is read: the idempotency key of a side
    /// effect done for it (`<position>`).
    pub fn id(&self) -> String {
        self.position.to_string()
    }
}

/// What a change says before the store gives it a position: what is written with the facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Notice {
    pub room_id: Uuid,
    #[serde(flatten)]
    pub cause: Cause,
}

impl Notice {
    pub(crate) fn at(self, position: Position) -> Change {
        Change {
            position,
            room_id: self.room_id,
            cause: self.cause,
        }
    }
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

/// Opens the store a URL names: `memory:` (this process only), `postgres://...` (feature
/// `postgres`; the schema is created or migrated on first use) or `redis://...`/`rediss://...`
/// (feature `redis`), with the default [`Settings`] (and those the URL sets).
pub async fn connect(url: &str) -> Result<Box<dyn ActivityStore>, StoreError> {
    connect_with(url, Settings::default()).await
}

/// [`connect`] with [`Settings`] (timeouts).
pub async fn connect_with(
    url: &str,
    settings: Settings,
) -> Result<Box<dyn ActivityStore>, StoreError> {
    let scheme = url.split_once(':').map(|(s, _)| s).unwrap_or(url);
    match scheme {
        "memory" => Ok(Box::new(MemoryStore::new())),
        #[cfg(feature = "postgres")]
        "postgres" | "postgresql" => {
            Ok(Box::new(PostgresStore::connect_with(url, settings).await?))
        }
        #[cfg(feature = "redis")]
        "redis" | "rediss" => Ok(Box::new(RedisStore::connect_with(url, settings).await?)),
        other => {
            let _ = settings;
            Err(StoreError::Url(format!(
                "a store URL is memory:, postgres://... or redis://...; `{other}:` is not one this \
                 build opens (features: {})",
                enabled_features()
            )))
        }
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

/// Waits between attempts to reach a server again: 100 ms doubling to 5 s.
#[cfg(any(feature = "postgres", feature = "redis"))]
pub(crate) fn backoff(attempt: u32) -> std::time::Duration {
    use std::time::Duration;
    Duration::from_millis(100)
        .saturating_mul(2u32.saturating_pow(attempt.min(10)))
        .min(Duration::from_secs(5))
}
