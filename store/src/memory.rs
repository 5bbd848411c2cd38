//! The store in this process's memory: one instance, and tests. Same algorithm and laws as the
//! shared stores; the feed is a broadcast channel.

use std::collections::HashMap;
use std::sync::Mutex;

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use futures::stream::BoxStream;
use futures::{FutureExt, StreamExt};
use uuid::Uuid;

use crate::shared::{Cells, Loaded, Shared};
use crate::{Change, StoreError};

/// Room activity in memory, behind the same [`ActivityStore`](crate::ActivityStore) trait as the shared stores.
pub struct MemoryStore {
    inner: Shared<MemoryCells>,
}

struct MemoryCells {
    cells: Mutex<HashMap<Uuid, (u64, String)>>,
    horizon: Mutex<Option<DateTime<Utc>>>,
    feed: tokio::sync::broadcast::Sender<Change>,
}

impl MemoryStore {
    /// An empty store.
    pub fn new() -> MemoryStore {
        MemoryStore {
            inner: Shared {
                cells: MemoryCells {
                    cells: Mutex::new(HashMap::new()),
                    horizon: Mutex::new(None),
                    feed: tokio::sync::broadcast::channel(4096).0,
                },
            },
        }
    }
}

impl Default for MemoryStore {
    fn default() -> Self {
        MemoryStore::new()
    }
}

impl Cells for MemoryCells {
    fn load(&self, room: Uuid) -> BoxFuture<'_, Result<Loaded, StoreError>> {
        let cell = self.cells.lock().unwrap().get(&room).cloned();
        let horizon = *self.horizon.lock().unwrap();
        let (version, state) = match cell {
            Some((v, s)) => (v, Some(s)),
            None => (0, None),
        };
        futures::future::ready(Ok(Loaded {
            version,
            state,
            horizon,
        }))
        .boxed()
    }

    fn save<'a>(
        &'a self,
        room: Uuid,
        expected: u64,
        state: String,
        change: &'a Change,
    ) -> BoxFuture<'a, Result<bool, StoreError>> {
        let mut cells = self.cells.lock().unwrap();
        let current = cells.get(&room).map_or(0, |(v, _)| *v);
        let won = current == expected;
        if won {
            cells.insert(room, (expected + 1, state));
            // Sent under the lock: the feed's order is the writes' order.
            let _ = self.feed.send(change.clone());
        }
        futures::future::ready(Ok(won)).boxed()
    }

    fn raise_horizon(&self, to: DateTime<Utc>) -> BoxFuture<'_, Result<(), StoreError>> {
        let mut h = self.horizon.lock().unwrap();
        if *h < Some(to) {
            *h = Some(to);
        }
        futures::future::ready(Ok(())).boxed()
    }

    fn rooms(&self) -> BoxFuture<'_, Result<Vec<Uuid>, StoreError>> {
        let rooms = self.cells.lock().unwrap().keys().copied().collect();
        futures::future::ready(Ok(rooms)).boxed()
    }

    fn subscribe(
        &self,
    ) -> BoxFuture<'_, Result<BoxStream<'static, Result<Change, StoreError>>, StoreError>> {
        let rx = self.feed.subscribe();
        let stream = futures::stream::unfold(rx, |mut rx| async move {
            loop {
                match rx.recv().await {
                    Ok(c) => return Some((Ok(c), rx)),
                    // A follower too slow for 4,096 changes skips ahead.
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => continue,
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => return None,
                }
            }
        });
        futures::future::ready(Ok(stream.boxed())).boxed()
    }
}

crate::shared::delegate!(MemoryStore);
