//! The one algorithm every store runs, over a [`Backend`] that keeps a room's facts one by one,
//! each with a version from a counter that only grows: read the facts an operation needs, run
//! it on them in memory ([`RoomActivity`]'s own code), and write what changed only if nothing it
//! read has changed meanwhile, with the change's log entry, in one atomic step; otherwise read
//! again. Since every write is a join of what was read, a lost race costs a retry, never a fact,
//! and the winner of the race for a given fact is the one caller told `Changed`.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use futures::stream::BoxStream;
use futures::{FutureExt, StreamExt};
use telnyx_rooms::activity::{Applied, FactKey, ReconcileReport, RoomActivity};
use telnyx_rooms::webhooks::WebhookEvent;
use uuid::Uuid;

pub(crate) use crate::backend::{Backend, Due, Loaded, Outcome, StoredFact, Which, Write};
use crate::errors::within;
use crate::{ActivityStore, Cause, Change, Notice, Position, StoreError};

/// What a write changes: the facts new or different (puts), and those gone (deletes).
fn differences(
    before: &BTreeMap<FactKey, String>,
    after: BTreeMap<FactKey, String>,
) -> (Vec<(FactKey, String)>, Vec<FactKey>) {
    let deletes = before
        .keys()
        .filter(|k| !after.contains_key(k))
        .copied()
        .collect();
    let puts = after
        .into_iter()
        .filter(|(k, v)| before.get(k) != Some(v))
        .collect();
    (puts, deletes)
}

/// What a write checks: every fact asked for, read, or written, with the version read (0:
/// absent).
fn read_set(
    asked: Option<&BTreeSet<FactKey>>,
    versions: &BTreeMap<FactKey, u64>,
    puts: &[(FactKey, String)],
) -> Vec<(FactKey, u64)> {
    let mut read: BTreeSet<FactKey> = asked.cloned().unwrap_or_default();
    read.extend(versions.keys().copied());
    read.extend(puts.iter().map(|(k, _)| *k));
    read.into_iter()
        .map(|k| (k, versions.get(&k).copied().unwrap_or(0)))
        .collect()
}

/// The store over a backend.
pub(crate) struct Store<B> {
    pub backend: B,
}

impl<B: Backend> Store<B> {
    /// A backend call (`what`, for the metrics) within the call timeout.
    async fn call<T>(
        &self,
        what: &'static str,
        f: impl std::future::Future<Output = Result<T, StoreError>>,
    ) -> Result<T, StoreError> {
        let b = &self.backend;
        let started = std::time::Instant::now();
        let result = within(b.name(), "a call", b.settings().call_timeout, f).await;
        crate::metrics::call(b.name(), what, started.elapsed(), &result);
        result
    }

    /// Runs `op` on the room's facts (those `keys` names, or all) until its write wins, and
    /// returns what `op` returned on that round and whether anything was written. A session
    /// forgotten on part of a room is forgotten again on the whole room (it walks the room).
    pub(crate) async fn update<T>(
        &self,
        room: Uuid,
        mut keys: Option<BTreeSet<FactKey>>,
        notice: Option<&Notice>,
        mut op: impl FnMut(&mut RoomActivity) -> T + Send,
    ) -> Result<(T, bool), StoreError>
    where
        T: Send,
    {
        loop {
            let which = keys.as_ref().map_or(Which::All, Which::Keys);
            let loaded = self.call("load", self.backend.load(room, which)).await?;
            let mut versions: BTreeMap<FactKey, u64> = BTreeMap::new();
            let mut before: BTreeMap<FactKey, String> = BTreeMap::new();
            for f in loaded.facts {
                versions.insert(f.key, f.version);
                before.insert(f.key, f.value);
            }
            let mut state = RoomActivity::with_facts(
                room,
                loaded.horizon,
                before.iter().map(|(k, v)| (*k, v.as_str())),
            )
            .map_err(|source| StoreError::State {
                room_id: room,
                source,
            })?;
            let out = op(&mut state);
            let after = state.facts_of_room(room);
            let forgot_session = before
                .keys()
                .any(|k| k.is_session() && !after.contains_key(k));
            if keys.is_some() && forgot_session {
                keys = None;
                continue;
            }
            let (puts, deletes) = differences(&before, after);
            if puts.is_empty() && deletes.is_empty() {
                return Ok((out, false));
            }
            let whole = keys.is_none();
            let write = Write {
                room,
                reads: read_set(keys.as_ref(), &versions, &puts),
                horizon: loaded.horizon,
                puts,
                deletes,
                due: if whole {
                    Due::Exact(state.prune_due(room))
                } else {
                    Due::Lower(state.prune_due(room))
                },
                notice,
            };
            match self.call("write", self.backend.write(write)).await? {
                Outcome::Written(_) => return Ok((out, true)),
                Outcome::Lost => {
                    crate::metrics::conflict(self.backend.name());
                    tokio::task::yield_now().await
                }
            }
        }
    }

    /// The store's horizon.
    async fn horizon(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        let nothing = BTreeSet::new();
        let loaded = self
            .call(
                "load",
                self.backend.load(Uuid::nil(), Which::Keys(&nothing)),
            )
            .await?;
        Ok(loaded.horizon)
    }

    /// The whole stored room, brought to the horizon.
    async fn whole_room(&self, room: Uuid) -> Result<RoomActivity, StoreError> {
        let loaded = self
            .call("load", self.backend.load(room, Which::All))
            .await?;
        let mut state = RoomActivity::with_facts(
            room,
            loaded.horizon,
            loaded.facts.iter().map(|f| (f.key, f.value.as_str())),
        )
        .map_err(|source| StoreError::State {
            room_id: room,
            source,
        })?;
        if let Some(h) = loaded.horizon {
            // The stored facts are kept pruned; a write that raced a prune may not be yet.
            state.prune(h);
        }
        Ok(state)
    }

    /// Joins `other` (a state of `room`) into the stored room, writing what it changes; for
    /// migrations and reconcile. Whether anything was written.
    pub(crate) async fn join(
        &self,
        room: Uuid,
        other: &RoomActivity,
        notice: Option<&Notice>,
    ) -> Result<bool, StoreError> {
        let ((), wrote) = self.update(room, None, notice, |s| s.merge(other)).await?;
        Ok(wrote)
    }

    async fn prune_room(&self, room: Uuid, horizon: DateTime<Utc>) -> Result<bool, StoreError> {
        let notice = Notice {
            room_id: room,
            cause: Cause::Prune,
        };
        let ((), wrote) = self
            .update(room, None, Some(&notice), |s| s.prune(horizon))
            .await?;
        if !wrote {
            // Nothing to forget: the index learns when there will be (no version, no log).
            let state = self.whole_room(room).await?;
            let fix = Write {
                room,
                reads: Vec::new(),
                horizon: Some(horizon),
                puts: Vec::new(),
                deletes: Vec::new(),
                due: Due::Exact(state.prune_due(room)),
                notice: None,
            };
            self.call("write", self.backend.write(fix)).await?;
        }
        Ok(wrote)
    }

    async fn reconcile_room(
        &self,
        client: &telnyx_rooms::Client,
        room: Uuid,
    ) -> Result<ReconcileReport, StoreError> {
        // The API is read outside any write: the truth is joined in afterwards.
        let mut learnt = self.whole_room(room).await?;
        let report = learnt.reconcile(client, room).await?;
        let notice = Notice {
            room_id: room,
            cause: Cause::Reconcile,
        };
        self.join(room, &learnt, Some(&notice)).await?;
        Ok(report)
    }
}

impl<B: Backend> ActivityStore for Store<B> {
    fn apply<'a>(&'a self, event: &'a WebhookEvent) -> BoxFuture<'a, Result<Applied, StoreError>> {
        async move {
            let Some((room, keys)) = RoomActivity::keys_of(event) else {
                // An unknown type: nothing to store, and what apply says of it.
                return Ok(RoomActivity::new().apply(event));
            };
            let notice = Notice {
                room_id: room,
                cause: Cause::Event {
                    event_type: event.kind.event_type().to_string(),
                    event_id: event.id,
                    occurred_at: event.occurred_at,
                },
            };
            let (applied, _) = self
                .update(room, Some(keys), Some(&notice), |state| state.apply(event))
                .await?;
            Ok(applied)
        }
        .boxed()
    }

    fn room(&self, room_id: Uuid) -> BoxFuture<'_, Result<RoomActivity, StoreError>> {
        self.whole_room(room_id).boxed()
    }

    fn rooms(&self) -> BoxFuture<'_, Result<Vec<Uuid>, StoreError>> {
        self.call("rooms", self.backend.rooms()).boxed()
    }

    fn prune(&self, older_than: DateTime<Utc>) -> BoxFuture<'_, Result<usize, StoreError>> {
        async move {
            // Nothing due: nothing written, not even the horizon (it moves when something is
            // forgotten by it; a late event from before it is forgotten by the next prune).
            if self
                .call("due_rooms", self.backend.due_rooms(older_than))
                .await?
                .is_empty()
            {
                return Ok(0);
            }
            self.call("raise_horizon", self.backend.raise_horizon(older_than))
                .await?;
            // The horizon as stored: another instance may have raised it further.
            let horizon = self.horizon().await?.unwrap_or(older_than);
            let mut pruned = 0;
            for room in self
                .call("due_rooms", self.backend.due_rooms(horizon))
                .await?
            {
                pruned += usize::from(self.prune_room(room, horizon).await?);
            }
            Ok(pruned)
        }
        .boxed()
    }

    fn reconcile<'a>(
        &'a self,
        client: &'a telnyx_rooms::Client,
        room_id: Uuid,
    ) -> BoxFuture<'a, Result<ReconcileReport, StoreError>> {
        async move {
            let report = self.reconcile_room(client, room_id).await?;
            crate::metrics::reconciled(&report);
            Ok(report)
        }
        .boxed()
    }

    fn reconcile_all<'a>(
        &'a self,
        client: &'a telnyx_rooms::Client,
        concurrency: usize,
    ) -> BoxFuture<'a, Result<ReconcileReport, StoreError>> {
        async move {
            let stored: BTreeSet<Uuid> = self.rooms().await?.into_iter().collect();
            let horizon = self.horizon().await?;
            let active = telnyx_rooms::activity::rooms_active_since(client, horizon).await?;
            let mut report = ReconcileReport::default();
            report.rooms_missing = active.difference(&stored).count();
            let rooms: Vec<Uuid> = stored.union(&active).copied().collect();
            let mut each = futures::stream::iter(rooms)
                .map(|room| async move { (room, self.reconcile_room(client, room).await) })
                .buffer_unordered(concurrency.max(1));
            while let Some((room, result)) = each.next().await {
                match result {
                    Ok(r) => report += r,
                    Err(StoreError::Api(e)) => report.failed.push((room, e)),
                    Err(e) => return Err(e),
                }
            }
            crate::metrics::reconciled(&report);
            Ok(report)
        }
        .boxed()
    }

    fn changes_after(
        &self,
        after: Option<Position>,
    ) -> BoxFuture<'_, Result<BoxStream<'static, Result<Change, StoreError>>, StoreError>> {
        self.call("changes_after", self.backend.changes_after(after))
            .boxed()
    }

    fn head(&self) -> BoxFuture<'_, Result<Position, StoreError>> {
        self.call("head", self.backend.head()).boxed()
    }

    fn acknowledged<'a>(
        &'a self,
        follower: &'a str,
    ) -> BoxFuture<'a, Result<Option<Position>, StoreError>> {
        self.call("acknowledged", self.backend.acknowledged(follower))
            .boxed()
    }

    fn acknowledge<'a>(
        &'a self,
        follower: &'a str,
        position: Position,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        self.call("acknowledge", self.backend.acknowledge(follower, position))
            .boxed()
    }
}
