//! The one algorithm every store runs, over a backend that keeps versioned cells: read a room's
//! state and version, join in memory, and write back only if the version is unchanged (retrying
//! on a conflict). A join that changes nothing writes nothing. Since every write is a join of
//! the state read, a lost race costs a retry, never a fact, and the winner of the race for a
//! given fact is the one caller told `Changed`.

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use futures::stream::BoxStream;
use futures::FutureExt;
use uuid::Uuid;

use telnyx_rooms::activity::{Applied, ReconcileReport, RoomActivity};
use telnyx_rooms::webhooks::WebhookEvent;

use crate::{ActivityStore, Cause, Change, StoreError};

/// One room's cell as read: its version (0: absent) and state, and the store's horizon.
pub(crate) struct Loaded {
    pub version: u64,
    pub state: Option<String>,
    pub horizon: Option<DateTime<Utc>>,
}

/// A backend: versioned cells, one per room, a horizon, and a feed.
pub(crate) trait Cells: Send + Sync {
    /// Reads a room's cell and the horizon.
    fn load(&self, room: Uuid) -> BoxFuture<'_, Result<Loaded, StoreError>>;
    /// Writes `state` as version `expected + 1` if the cell's version is still `expected` (0:
    /// no cell yet), and publishes `change` in the same atomic step. `false`: someone wrote
    /// first. Cells are never removed, so a version is never reused (a removed and re-created
    /// cell could take a version a slower writer read before, and lose a write).
    fn save<'a>(
        &'a self,
        room: Uuid,
        expected: u64,
        state: String,
        change: &'a Change,
    ) -> BoxFuture<'a, Result<bool, StoreError>>;
    /// Raises the horizon to `to` (never lowers it).
    fn raise_horizon(&self, to: DateTime<Utc>) -> BoxFuture<'_, Result<(), StoreError>>;
    /// Every room with a cell.
    fn rooms(&self) -> BoxFuture<'_, Result<Vec<Uuid>, StoreError>>;
    /// The feed, from now on.
    fn subscribe(
        &self,
    ) -> BoxFuture<'_, Result<BoxStream<'static, Result<Change, StoreError>>, StoreError>>;
}

/// The store over a backend.
pub(crate) struct Shared<C> {
    pub cells: C,
}

/// The room's state brought to the store's horizon; `true` when that changed it (the cell
/// was written before the last prune reached it), and whether it forgot anything then.
fn decode(room: Uuid, loaded: &Loaded) -> Result<(RoomActivity, bool, bool), StoreError> {
    let mut state = match &loaded.state {
        Some(text) => serde_json::from_str(text).map_err(|source| StoreError::State {
            room_id: room,
            source,
        })?,
        None => RoomActivity::new(),
    };
    let (stale, forgot) = match loaded.horizon {
        Some(h) if state.horizon() < Some(h) => {
            let before = (state.tombstones(), state.rooms().count());
            state.prune(h);
            let after = (state.tombstones(), state.rooms().count());
            (loaded.state.is_some(), before != after)
        }
        _ => (false, false),
    };
    Ok((state, stale, forgot))
}

fn encode(state: &RoomActivity) -> String {
    serde_json::to_string(state).expect("a state serialises")
}

impl<C: Cells> Shared<C> {
    /// Joins with `f` until the write wins; `f` says whether it changed the state. Returns what
    /// `f` returned on the winning (or unchanged) round, and whether the store's horizon made it
    /// forget something.
    async fn update<T>(
        &self,
        room: Uuid,
        change: &Change,
        mut f: impl FnMut(&mut RoomActivity) -> (bool, T) + Send,
    ) -> Result<(T, bool), StoreError>
    where
        T: Send,
    {
        let pruned = Change {
            room_id: room,
            cause: Cause::Prune,
        };
        loop {
            let loaded = self.cells.load(room).await?;
            let (mut state, stale, forgot) = decode(room, &loaded)?;
            let (changed, out) = f(&mut state);
            let notice = match (changed, stale) {
                (true, _) => change,
                (false, true) => &pruned,
                (false, false) => return Ok((out, forgot)),
            };
            if self
                .cells
                .save(room, loaded.version, encode(&state), notice)
                .await?
            {
                return Ok((out, forgot));
            }
            tokio::task::yield_now().await;
        }
    }
}

impl<C: Cells> ActivityStore for Shared<C> {
    fn apply<'a>(&'a self, event: &'a WebhookEvent) -> BoxFuture<'a, Result<Applied, StoreError>> {
        async move {
            let Some(room) = event.kind.room_id() else {
                // An unknown type: nothing to store, and what apply says of it.
                return Ok(RoomActivity::new().apply(event));
            };
            let change = Change {
                room_id: room,
                cause: Cause::Event {
                    event_type: event.kind.event_type().to_string(),
                    event_id: event.id,
                    occurred_at: event.occurred_at,
                },
            };
            let (applied, _) = self
                .update(room, &change, |state| {
                    let applied = state.apply(event);
                    (applied.changed(), applied)
                })
                .await?;
            Ok(applied)
        }
        .boxed()
    }

    fn room(&self, room_id: Uuid) -> BoxFuture<'_, Result<RoomActivity, StoreError>> {
        async move {
            let loaded = self.cells.load(room_id).await?;
            Ok(decode(room_id, &loaded)?.0)
        }
        .boxed()
    }

    fn rooms(&self) -> BoxFuture<'_, Result<Vec<Uuid>, StoreError>> {
        self.cells.rooms()
    }

    fn prune(&self, older_than: DateTime<Utc>) -> BoxFuture<'_, Result<usize, StoreError>> {
        async move {
            self.cells.raise_horizon(older_than).await?;
            let mut pruned = 0;
            for room in self.cells.rooms().await? {
                let change = Change {
                    room_id: room,
                    cause: Cause::Prune,
                };
                // Loading brings the cell to the new horizon; a cell that it changed is written.
                let ((), forgot) = self.update(room, &change, |_| (false, ())).await?;
                pruned += usize::from(forgot);
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
            // The API is read outside any write: the truth is joined in afterwards.
            let mut learnt = self.room(room_id).await?;
            let report = learnt.reconcile(client, room_id).await?;
            let change = Change {
                room_id,
                cause: Cause::Reconcile,
            };
            self.update(room_id, &change, |state| {
                let before = state.clone();
                state.merge(&learnt);
                (*state != before, ())
            })
            .await?;
            Ok(report)
        }
        .boxed()
    }

    fn changes(
        &self,
    ) -> BoxFuture<'_, Result<BoxStream<'static, Result<Change, StoreError>>, StoreError>> {
        self.cells.subscribe()
    }
}

/// `impl ActivityStore for $store` by its `inner: Shared<_>`.
macro_rules! delegate {
    ($store:ty) => {
        impl $crate::ActivityStore for $store {
            fn apply<'a>(
                &'a self,
                event: &'a telnyx_rooms::webhooks::WebhookEvent,
            ) -> futures::future::BoxFuture<'a, Result<$crate::Applied, $crate::StoreError>> {
                self.inner.apply(event)
            }
            fn room(
                &self,
                room_id: uuid::Uuid,
            ) -> futures::future::BoxFuture<'_, Result<$crate::RoomActivity, $crate::StoreError>>
            {
                self.inner.room(room_id)
            }
            fn rooms(
                &self,
            ) -> futures::future::BoxFuture<'_, Result<Vec<uuid::Uuid>, $crate::StoreError>> {
                self.inner.rooms()
            }
            fn prune(
                &self,
                older_than: chrono::DateTime<chrono::Utc>,
            ) -> futures::future::BoxFuture<'_, Result<usize, $crate::StoreError>> {
                self.inner.prune(older_than)
            }
            fn reconcile<'a>(
                &'a self,
                client: &'a telnyx_rooms::Client,
                room_id: uuid::Uuid,
            ) -> futures::future::BoxFuture<'a, Result<$crate::ReconcileReport, $crate::StoreError>>
            {
                self.inner.reconcile(client, room_id)
            }
            fn changes(
                &self,
            ) -> futures::future::BoxFuture<
                '_,
                Result<
                    futures::stream::BoxStream<'static, Result<$crate::Change, $crate::StoreError>>,
                    $crate::StoreError,
                >,
            > {
                self.inner.changes()
            }
        }
    };
}
pub(crate) use delegate;
