//! The store in Redis (feature `redis`): one hash per room (`v`, the version; `s`, the state),
//! written by one script that compares the version, writes the state, records the room and
//! appends the change to a stream, atomically. The feed reads that stream (`XREAD`), so a
//! follower that reconnects can read on from the last change it saw.
//!
//! Keys, under a prefix (`telnyx-rooms` by default): `{prefix}:room:{room_id}` (hash),
//! `{prefix}:rooms` (set of room ids), `{prefix}:horizon` (nanoseconds since the epoch),
//! `{prefix}:changes` (stream, trimmed to about 100,000 entries).

use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use futures::stream::BoxStream;
use futures::{FutureExt, StreamExt};
use redis::aio::MultiplexedConnection;
use redis::{AsyncConnectionConfig, Script};
use uuid::Uuid;

use crate::shared::{Cells, Loaded, Shared};
use crate::{Change, StoreError};

/// Writes a room's state if its version is the one read (0: none yet), with its change.
const SAVE: &str = r"
local v = redis.call('HGET', KEYS[1], 'v')
if (v == false and ARGV[1] == '0') or v == ARGV[1] then
  redis.call('HSET', KEYS[1], 'v', tonumber(ARGV[1]) + 1, 's', ARGV[2])
  redis.call('SADD', KEYS[2], ARGV[4])
  redis.call('XADD', KEYS[3], 'MAXLEN', '~', '100000', '*', 'change', ARGV[3])
  return 1
end
return 0
";

/// Raises the horizon, never lowers it.
const RAISE: &str = r"
local h = redis.call('GET', KEYS[1])
if h == false or tonumber(h) < tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], ARGV[1])
end
return 1
";

/// Room activity in Redis, shared by every receiver that connects to the same server.
pub struct RedisStore {
    inner: Shared<RedisCells>,
}

struct RedisCells {
    client: redis::Client,
    connection: MultiplexedConnection,
    prefix: String,
    save: Script,
    raise: Script,
}

fn rd(e: redis::RedisError) -> StoreError {
    StoreError::backend("redis", e)
}

impl RedisStore {
    /// Connects, with keys under `telnyx-rooms:`.
    pub async fn connect(url: &str) -> Result<RedisStore, StoreError> {
        RedisStore::connect_with_prefix(url, "telnyx-rooms").await
    }

    /// Connects, with keys under `{prefix}:` (several independent stores on one server).
    pub async fn connect_with_prefix(url: &str, prefix: &str) -> Result<RedisStore, StoreError> {
        let client = redis::Client::open(url).map_err(rd)?;
        let config =
            AsyncConnectionConfig::new().set_response_timeout(Some(Duration::from_secs(30)));
        let connection = client
            .get_multiplexed_async_connection_with_config(&config)
            .await
            .map_err(rd)?;
        Ok(RedisStore {
            inner: Shared {
                cells: RedisCells {
                    client,
                    connection,
                    prefix: prefix.to_string(),
                    save: Script::new(SAVE),
                    raise: Script::new(RAISE),
                },
            },
        })
    }
}

impl RedisCells {
    fn key(&self, what: &str) -> String {
        format!("{}:{what}", self.prefix)
    }
}

impl Cells for RedisCells {
    fn load(&self, room: Uuid) -> BoxFuture<'_, Result<Loaded, StoreError>> {
        async move {
            let mut con = self.connection.clone();
            let ((version, state), horizon): ((Option<u64>, Option<String>), Option<i64>) =
                redis::pipe()
                    .cmd("HMGET")
                    .arg(self.key(&format!("room:{room}")))
                    .arg("v")
                    .arg("s")
                    .cmd("GET")
                    .arg(self.key("horizon"))
                    .query_async(&mut con)
                    .await
                    .map_err(rd)?;
            Ok(Loaded {
                version: version.unwrap_or(0),
                state,
                horizon: horizon.map(DateTime::from_timestamp_nanos),
            })
        }
        .boxed()
    }

    fn save<'a>(
        &'a self,
        room: Uuid,
        expected: u64,
        state: String,
        change: &'a Change,
    ) -> BoxFuture<'a, Result<bool, StoreError>> {
        async move {
            let mut con = self.connection.clone();
            let notice = serde_json::to_string(change).expect("a change serialises");
            let won: i64 = self
                .save
                .key(self.key(&format!("room:{room}")))
                .key(self.key("rooms"))
                .key(self.key("changes"))
                .arg(expected.to_string())
                .arg(state)
                .arg(notice)
                .arg(room.to_string())
                .invoke_async(&mut con)
                .await
                .map_err(rd)?;
            Ok(won == 1)
        }
        .boxed()
    }

    fn raise_horizon(&self, to: DateTime<Utc>) -> BoxFuture<'_, Result<(), StoreError>> {
        async move {
            let mut con = self.connection.clone();
            let nanos = to.timestamp_nanos_opt().unwrap_or(i64::MAX);
            let _: i64 = self
                .raise
                .key(self.key("horizon"))
                .arg(nanos.to_string())
                .invoke_async(&mut con)
                .await
                .map_err(rd)?;
            Ok(())
        }
        .boxed()
    }

    fn rooms(&self) -> BoxFuture<'_, Result<Vec<Uuid>, StoreError>> {
        async move {
            let mut con = self.connection.clone();
            let ids: Vec<String> = redis::cmd("SMEMBERS")
                .arg(self.key("rooms"))
                .query_async(&mut con)
                .await
                .map_err(rd)?;
            let mut rooms: Vec<Uuid> = ids.iter().filter_map(|i| i.parse().ok()).collect();
            rooms.sort();
            Ok(rooms)
        }
        .boxed()
    }

    fn subscribe(
        &self,
    ) -> BoxFuture<'_, Result<BoxStream<'static, Result<Change, StoreError>>, StoreError>> {
        async move {
            // A connection of its own: a blocking read would hold up the shared one.
            let config = AsyncConnectionConfig::new().set_response_timeout(None);
            let mut con = self
                .client
                .get_multiplexed_async_connection_with_config(&config)
                .await
                .map_err(rd)?;
            let key = self.key("changes");
            // From now on: the id of the last entry, or the beginning of an empty stream.
            let last: Vec<(String, Vec<(String, String)>)> = redis::cmd("XREVRANGE")
                .arg(&key)
                .arg("+")
                .arg("-")
                .arg("COUNT")
                .arg(1)
                .query_async(&mut con)
                .await
                .map_err(rd)?;
            let from = last.first().map_or("0-0".to_string(), |(id, _)| id.clone());
            let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
            tokio::spawn(async move {
                let mut from = from;
                loop {
                    type Entries = Vec<(String, Vec<(String, Vec<(String, String)>)>)>;
                    let read: Result<Option<Entries>, _> = redis::cmd("XREAD")
                        .arg("BLOCK")
                        .arg(1000)
                        .arg("COUNT")
                        .arg(512)
                        .arg("STREAMS")
                        .arg(&key)
                        .arg(&from)
                        .query_async(&mut con)
                        .await;
                    let entries = match read {
                        Ok(Some(streams)) => streams.into_iter().flat_map(|(_, e)| e).collect(),
                        Ok(None) => Vec::new(),
                        Err(e) => {
                            let _ = tx.send(Err(rd(e)));
                            return;
                        }
                    };
                    for (id, fields) in entries {
                        from = id;
                        for (name, value) in fields {
                            if name != "change" {
                                continue;
                            }
                            let item = serde_json::from_str::<Change>(&value)
                                .map_err(|e| StoreError::backend("redis", e));
                            if tx.send(item).is_err() {
                                return;
                            }
                        }
                    }
                    if tx.is_closed() {
                        return;
                    }
                }
            });
            let stream = futures::stream::unfold(rx, |mut rx| async move {
                rx.recv().await.map(|item| (item, rx))
            });
            Ok(stream.boxed())
        }
        .boxed()
    }
}

crate::shared::delegate!(RedisStore);
