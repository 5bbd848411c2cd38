//! What a store's database does for the algorithm (`algorithm.rs`): keep a room's facts one by
//! one with versions, write atomically only if what was read has not moved, keep the horizon,
//! the prune index, the change log and its followers.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use futures::stream::BoxStream;
use telnyx_rooms::activity::FactKey;
use uuid::Uuid;

use crate::{Change, Notice, Position, Settings, StoreError};

/// One stored fact.
pub(crate) struct StoredFact {
    pub key: FactKey,
    pub version: u64,
    pub value: String,
}

/// What a load found: the facts asked for that exist, and the store's horizon (which is its
/// own version: it only grows).
pub(crate) struct Loaded {
    pub facts: Vec<StoredFact>,
    pub horizon: Option<DateTime<Utc>>,
}

/// Which facts of a room to load.
#[derive(Clone, Copy)]
pub(crate) enum Which<'a> {
    /// These (those that exist).
    Keys(&'a BTreeSet<FactKey>),
    /// Every fact of the room.
    All,
}

/// What the prune index is told of a room: when pruning may next change it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Due {
    /// No later than this (from part of the room): keep the earlier of this and what is there.
    Lower(Option<DateTime<Utc>>),
    /// Exactly this (from the whole room); `None`: nothing to forget.
    Exact(Option<DateTime<Utc>>),
}

/// One atomic write: it happens only if every fact read still has the version read (0:
/// absent) and the horizon is still the one read.
pub(crate) struct Write<'a> {
    pub room: Uuid,
    pub reads: Vec<(FactKey, u64)>,
    pub horizon: Option<DateTime<Utc>>,
    pub puts: Vec<(FactKey, String)>,
    pub deletes: Vec<FactKey>,
    pub due: Due,
    /// The log entry, for a write that changes facts.
    pub notice: Option<&'a Notice>,
}

/// What a write did.
pub(crate) enum Outcome {
    /// Written (with the position of its log entry, when it had one).
    Written(Option<Position>),
    /// Something read had changed: nothing was written.
    Lost,
}

/// A store's database: facts by room, a horizon, a prune index, a log and its followers.
pub(crate) trait Backend: Send + Sync + 'static {
    /// `postgres`, `redis` or `memory`, for errors.
    fn name(&self) -> &'static str;
    fn settings(&self) -> &Settings;
    fn load<'a>(
        &'a self,
        room: Uuid,
        which: Which<'a>,
    ) -> BoxFuture<'a, Result<Loaded, StoreError>>;
    fn write<'a>(&'a self, w: Write<'a>) -> BoxFuture<'a, Result<Outcome, StoreError>>;
    /// Raises the horizon to `to` (never lowers it).
    fn raise_horizon(&self, to: DateTime<Utc>) -> BoxFuture<'_, Result<(), StoreError>>;
    fn rooms(&self) -> BoxFuture<'_, Result<Vec<Uuid>, StoreError>>;
    /// The rooms whose prune index says pruning at `horizon` may change them.
    fn due_rooms(&self, horizon: DateTime<Utc>) -> BoxFuture<'_, Result<Vec<Uuid>, StoreError>>;
    fn changes_after(
        &self,
        after: Option<Position>,
    ) -> BoxFuture<'_, Result<BoxStream<'static, Result<Change, StoreError>>, StoreError>>;
    fn head(&self) -> BoxFuture<'_, Result<Position, StoreError>>;
    fn acknowledged<'a>(
        &'a self,
        follower: &'a str,
    ) -> BoxFuture<'a, Result<Option<Position>, StoreError>>;
    fn acknowledge<'a>(
        &'a self,
        follower: &'a str,
        position: Position,
    ) -> BoxFuture<'a, Result<(), StoreError>>;
}
