//! The store in this process's memory: one instance, and tests. Same algorithm and laws as the
//! shared stores, behind a mutex; the log is a queue of the last
//! [`LOG_RETENTION`](crate::LOG_RETENTION) changes.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use futures::stream::BoxStream;
use futures::{FutureExt, StreamExt};
use telnyx_rooms::activity::FactKey;
use uuid::Uuid;

use crate::algorithm::{Backend, Due, Loaded, Outcome, Store, StoredFact, Which, Write};
use crate::{Change, Position, Settings, StoreError};

/// Room activity in memory, behind the same [`ActivityStore`](crate::ActivityStore) trait as
/// the shared stores.
pub struct MemoryStore {
    inner: Store<Memory>,
}

#[derive(Default)]
struct Data {
    facts: HashMap<Uuid, BTreeMap<FactKey, (u64, String)>>,
    horizon: Option<DateTime<Utc>>,
    due: HashMap<Uuid, DateTime<Utc>>,
    versions: u64,
    log: VecDeque<Change>,
    written: u64,
    followers: HashMap<String, Position>,
    retention: u64,
}

struct Memory {
    data: Arc<Mutex<Data>>,
    /// The position of the last change written, for followers waiting for more.
    head: tokio::sync::watch::Sender<u64>,
    settings: Settings,
}

impl MemoryStore {
    /// An empty store.
    pub fn new() -> MemoryStore {
        MemoryStore::with_settings(Settings::default())
    }

    /// An empty store keeping `settings.log_retention` changes.
    pub fn with_settings(settings: Settings) -> MemoryStore {
        MemoryStore {
            inner: Store {
                backend: Memory {
                    data: Arc::new(Mutex::new(Data {
                        retention: settings.log_retention,
                        ..Data::default()
                    })),
                    head: tokio::sync::watch::channel(0).0,
                    settings,
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

fn ready<T: Send + 'static>(t: T) -> BoxFuture<'static, T> {
    futures::future::ready(t).boxed()
}

impl Data {
    /// Writes `w` if it wins; the position of its log entry.
    fn write(&mut self, w: Write<'_>) -> Outcome {
        let room = self.facts.entry(w.room).or_default();
        let moved = w
            .reads
            .iter()
            .any(|(k, v)| room.get(k).map_or(0, |(version, _)| *version) != *v);
        if moved || self.horizon != w.horizon {
            return Outcome::Lost;
        }
        for k in &w.deletes {
            room.remove(k);
        }
        for (k, v) in w.puts {
            self.versions += 1;
            room.insert(k, (self.versions, v));
        }
        if room.is_empty() {
            self.facts.remove(&w.room);
        }
        match w.due {
            Due::Lower(Some(t)) => {
                let d = self.due.entry(w.room).or_insert(t);
                *d = (*d).min(t);
            }
            Due::Lower(None) => {}
            Due::Exact(Some(t)) => {
                self.due.insert(w.room, t);
            }
            Due::Exact(None) => {
                self.due.remove(&w.room);
            }
        }
        let Some(notice) = w.notice else {
            return Outcome::Written(None);
        };
        self.written += 1;
        let position = Position::new(self.written, 0);
        self.log.push_back(notice.clone().at(position));
        while self.log.len() as u64 > self.retention {
            self.log.pop_front();
        }
        Outcome::Written(Some(position))
    }

    /// The changes after `after`, or that it fell behind what the log keeps.
    fn after(&self, after: u64) -> Result<Vec<Change>, StoreError> {
        let oldest = self
            .log
            .front()
            .map_or(self.written, |c| c.position.major() - 1);
        if after < oldest {
            return Err(StoreError::FellBehind {
                after: Position::new(after, 0),
                oldest: Position::new(oldest, 0),
            });
        }
        let skip = (after - oldest) as usize;
        Ok(self.log.iter().skip(skip).cloned().collect())
    }
}

impl Backend for Memory {
    fn name(&self) -> &'static str {
        "memory"
    }

    fn settings(&self) -> &Settings {
        &self.settings
    }

    fn load<'a>(
        &'a self,
        room: Uuid,
        which: Which<'a>,
    ) -> BoxFuture<'a, Result<Loaded, StoreError>> {
        let data = self.data.lock().unwrap();
        let stored = data.facts.get(&room);
        let pick = |(k, (version, value)): (&FactKey, &(u64, String))| StoredFact {
            key: *k,
            version: *version,
            value: value.clone(),
        };
        let facts = match (stored, which) {
            (None, _) => Vec::new(),
            (Some(f), Which::All) => f.iter().map(pick).collect(),
            (Some(f), Which::Keys(keys)) => keys
                .iter()
                .filter_map(|k| f.get_key_value(k))
                .map(pick)
                .collect(),
        };
        ready(Ok(Loaded {
            facts,
            horizon: data.horizon,
        }))
    }

    fn write<'a>(&'a self, w: Write<'a>) -> BoxFuture<'a, Result<Outcome, StoreError>> {
        let outcome = self.data.lock().unwrap().write(w);
        if let Outcome::Written(Some(p)) = &outcome {
            self.head.send_replace(p.major());
        }
        ready(Ok(outcome))
    }

    fn raise_horizon(&self, to: DateTime<Utc>) -> BoxFuture<'_, Result<(), StoreError>> {
        let mut data = self.data.lock().unwrap();
        if data.horizon < Some(to) {
            data.horizon = Some(to);
        }
        ready(Ok(()))
    }

    fn rooms(&self) -> BoxFuture<'_, Result<Vec<Uuid>, StoreError>> {
        let data = self.data.lock().unwrap();
        let rooms: BTreeSet<Uuid> = data.facts.keys().copied().collect();
        ready(Ok(rooms.into_iter().collect()))
    }

    fn due_rooms(&self, horizon: DateTime<Utc>) -> BoxFuture<'_, Result<Vec<Uuid>, StoreError>> {
        let data = self.data.lock().unwrap();
        let due: BTreeSet<Uuid> = data
            .due
            .iter()
            .filter(|(_, t)| **t < horizon)
            .map(|(r, _)| *r)
            .collect();
        ready(Ok(due.into_iter().collect()))
    }

    fn changes_after(
        &self,
        after: Option<Position>,
    ) -> BoxFuture<'_, Result<BoxStream<'static, Result<Change, StoreError>>, StoreError>> {
        let data = self.data.clone();
        let head = self.head.subscribe();
        let start = after.map_or_else(|| data.lock().unwrap().written, |p| p.major());
        let stream = futures::stream::unfold(
            (data, head, start, VecDeque::new(), false),
            |(data, mut head, mut cursor, mut ready, failed)| async move {
                if failed {
                    return None;
                }
                loop {
                    if let Some(change) = ready.pop_front() {
                        return Some((Ok(change), (data, head, cursor, ready, false)));
                    }
                    let batch = data.lock().unwrap().after(cursor);
                    match batch {
                        Err(e) => return Some((Err(e), (data, head, cursor, ready, true))),
                        Ok(batch) if !batch.is_empty() => {
                            cursor = batch.last().expect("not empty").position.major();
                            ready.extend(batch);
                        }
                        Ok(_) => {
                            if head.changed().await.is_err() {
                                return None;
                            }
                        }
                    }
                }
            },
        );
        ready(Ok(stream.boxed()))
    }

    fn head(&self) -> BoxFuture<'_, Result<Position, StoreError>> {
        ready(Ok(Position::new(self.data.lock().unwrap().written, 0)))
    }

    fn acknowledged<'a>(
        &'a self,
        follower: &'a str,
    ) -> BoxFuture<'a, Result<Option<Position>, StoreError>> {
        let data = self.data.lock().unwrap();
        ready(Ok(data.followers.get(follower).copied()))
    }

    fn acknowledge<'a>(
        &'a self,
        follower: &'a str,
        position: Position,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        let mut data = self.data.lock().unwrap();
        let at = data
            .followers
            .entry(follower.to_string())
            .or_insert(position);
        *at = (*at).max(position);
        ready(Ok(()))
    }
}

crate::delegate::delegate!(MemoryStore);
