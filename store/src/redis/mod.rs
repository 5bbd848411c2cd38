//! The store in Redis (feature `redis`): a hash per room (a field per fact, `<version> <json>`),
//! one script per write that compares what was read, writes the facts, updates the room set and
//! the prune index and appends the change to a stream, atomically. Commands go through a
//! connection manager that reconnects on its own; the log is read from the stream.
//!
//! Keys, under a prefix (`telnyx-rooms` by default): `{prefix}:facts:{room_id}` (hash),
//! `{prefix}:version` (the counter of versions), `{prefix}:rooms` (set of room ids),
//! `{prefix}:due` (sorted set: when pruning may next change each room, in milliseconds),
//! `{prefix}:horizon` (nanoseconds since the epoch), `{prefix}:changes` (the log, a stream
//! trimmed to [`LOG_RETENTION`](crate::LOG_RETENTION) entries), `{prefix}:followers` (hash: follower to its
//! last acknowledged position). The previous format, `{prefix}:room:{room_id}` hashes holding a
//! whole room, is converted into facts by [`RedisStore::connect`].

mod feed;
mod scripts;

use std::collections::BTreeSet;
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use futures::stream::BoxStream;
use futures::FutureExt;
use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use redis::Script;
use telnyx_rooms::activity::{FactKey, RoomActivity};
use uuid::Uuid;

use crate::algorithm::{Backend, Due, Loaded, Outcome, Store, StoredFact, Which, Write};
use crate::errors::within;
use crate::{Change, Position, Settings, StoreError};

/// Room activity in Redis, shared by every receiver that connects to the same server.
pub struct RedisStore {
    inner: Store<Rd>,
}

pub(crate) struct Rd {
    client: redis::Client,
    manager: ConnectionManager,
    prefix: String,
    settings: Settings,
    write: Script,
    raise: Script,
    acknowledge: Script,
}

pub(crate) fn rd(e: redis::RedisError) -> StoreError {
    StoreError::backend("redis", e)
}

impl RedisStore {
    /// Connects with keys under `telnyx-rooms:` and the default [`Settings`].
    pub async fn connect(url: &str) -> Result<RedisStore, StoreError> {
        RedisStore::connect_with_prefix(url, "telnyx-rooms", Settings::default()).await
    }

    /// Connects with keys under `telnyx-rooms:` and `settings`.
    pub async fn connect_with(url: &str, settings: Settings) -> Result<RedisStore, StoreError> {
        RedisStore::connect_with_prefix(url, "telnyx-rooms", settings).await
    }

    /// Connects with keys under `{prefix}:` (several independent stores on one server),
    /// converting rooms stored in the previous format. A server that cannot be reached,
    /// refuses, or does not answer in time is an error naming the cause.
    pub async fn connect_with_prefix(
        url: &str,
        prefix: &str,
        settings: Settings,
    ) -> Result<RedisStore, StoreError> {
        let client = match &settings.tls_root_certificate {
            Some(pem) => redis::Client::build_with_tls(
                url,
                redis::TlsCertificates {
                    client_tls: None,
                    root_cert: Some(pem.to_vec()),
                },
            ),
            None => redis::Client::open(url),
        }
        .map_err(|e| StoreError::Url(format!("not a Redis URL: {e}")))?;
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(settings.connect_timeout))
            .set_response_timeout(Some(settings.call_timeout))
            .set_number_of_retries(3)
            .set_min_delay(Duration::from_millis(100))
            .set_max_delay(Duration::from_secs(2));
        let manager = within("redis", "connecting", settings.connect_timeout, async {
            // One plain connection first: its error is the cause (refused, NOAUTH, WRONGPASS,
            // a TLS failure), where the manager would retry and only time out.
            // (Bounded by the connect timeout around it, which says so in its words.)
            let probe = redis::AsyncConnectionConfig::new()
                .set_connection_timeout(None)
                .set_response_timeout(None);
            let mut first = client
                .get_multiplexed_async_connection_with_config(&probe)
                .await
                .map_err(rd)?;
            let _: String = redis::cmd("PING")
                .query_async(&mut first)
                .await
                .map_err(rd)?;
            ConnectionManager::new_with_config(client.clone(), config)
                .await
                .map_err(rd)
        })
        .await?;
        let store = RedisStore {
            inner: Store {
                backend: Rd {
                    client,
                    manager,
                    prefix: prefix.to_string(),
                    settings,
                    write: Script::new(scripts::WRITE),
                    raise: Script::new(scripts::RAISE),
                    acknowledge: Script::new(scripts::ACKNOWLEDGE),
                },
            },
        };
        store.convert_previous_format().await?;
        Ok(store)
    }

    /// Joins every room of the previous format (`{prefix}:room:{id}`, its whole state in the
    /// field `s`) into its facts, then removes it. A join, so converting on several receivers
    /// at once, or beside receivers already writing facts, loses nothing.
    async fn convert_previous_format(&self) -> Result<(), StoreError> {
        let rd_ = &self.inner.backend;
        let mut con = rd_.manager.clone();
        let pattern = rd_.key("room:*");
        let mut old: Vec<String> = Vec::new();
        {
            let mut iter: redis::AsyncIter<String> = redis::cmd("SCAN")
                .cursor_arg(0)
                .arg("MATCH")
                .arg(&pattern)
                .arg("COUNT")
                .arg(1000)
                .clone()
                .iter_async(&mut con)
                .await
                .map_err(rd)?;
            while let Some(key) = futures::StreamExt::next(&mut iter).await {
                old.push(key.map_err(rd)?);
            }
        }
        for key in old {
            let mut con = rd_.manager.clone();
            let text: Option<String> = redis::cmd("HGET")
                .arg(&key)
                .arg("s")
                .query_async(&mut con)
                .await
                .map_err(rd)?;
            if let Some(text) = text {
                let room: Uuid = key
                    .rsplit(':')
                    .next()
                    .and_then(|id| id.parse().ok())
                    .ok_or_else(|| StoreError::Url(format!("`{key}` does not end in a room id")))?;
                let state: RoomActivity = serde_json::from_str(&text).map_err(|e| {
                    StoreError::said(
                        "redis",
                        format!("room {room} of the previous format does not decode: {e}"),
                        e,
                    )
                })?;
                self.inner.join(room, &state, None).await?;
            }
            let _: i64 = redis::cmd("DEL")
                .arg(&key)
                .query_async(&mut con)
                .await
                .map_err(rd)?;
        }
        Ok(())
    }
}

impl Rd {
    fn key(&self, what: &str) -> String {
        format!("{}:{what}", self.prefix)
    }
}

fn nanos(t: DateTime<Utc>) -> i64 {
    t.timestamp_nanos_opt().unwrap_or(i64::MAX)
}

/// A time as a score of the prune index: milliseconds, with the microseconds as a fraction.
fn score(t: DateTime<Utc>) -> f64 {
    t.timestamp_micros() as f64 / 1000.0
}

fn fact(key: &str, stored: &str) -> Result<StoredFact, StoreError> {
    let bad = |what: String| StoreError::said("redis", what.clone(), std::io::Error::other(what));
    let (version, value) = stored
        .split_once(' ')
        .ok_or_else(|| bad(format!("fact {key} is not `<version> <value>`")))?;
    Ok(StoredFact {
        key: key.parse().map_err(bad)?,
        version: version
            .parse()
            .map_err(|_| bad(format!("fact {key} has no version")))?,
        value: value.to_string(),
    })
}

impl Backend for Rd {
    fn name(&self) -> &'static str {
        "redis"
    }

    fn settings(&self) -> &Settings {
        &self.settings
    }

    fn load<'a>(
        &'a self,
        room: Uuid,
        which: Which<'a>,
    ) -> BoxFuture<'a, Result<Loaded, StoreError>> {
        async move {
            let mut con = self.manager.clone();
            let hash = self.key(&format!("facts:{room}"));
            let horizon_key = self.key("horizon");
            let (facts, horizon) = match which {
                Which::All => {
                    let (all, horizon): (Vec<(String, String)>, Option<i64>) = redis::pipe()
                        .cmd("HGETALL")
                        .arg(&hash)
                        .cmd("GET")
                        .arg(&horizon_key)
                        .query_async(&mut con)
                        .await
                        .map_err(rd)?;
                    let facts = all
                        .iter()
                        .map(|(k, v)| fact(k, v))
                        .collect::<Result<Vec<_>, _>>()?;
                    (facts, horizon)
                }
                Which::Keys(keys) if keys.is_empty() => {
                    let horizon: Option<i64> = redis::cmd("GET")
                        .arg(&horizon_key)
                        .query_async(&mut con)
                        .await
                        .map_err(rd)?;
                    (Vec::new(), horizon)
                }
                Which::Keys(keys) => {
                    let names: Vec<String> = keys.iter().map(FactKey::to_string).collect();
                    let (values, horizon): (Vec<Option<String>>, Option<i64>) = redis::pipe()
                        .cmd("HMGET")
                        .arg(&hash)
                        .arg(&names)
                        .cmd("GET")
                        .arg(&horizon_key)
                        .query_async(&mut con)
                        .await
                        .map_err(rd)?;
                    let mut facts = Vec::new();
                    for (k, v) in names.iter().zip(values) {
                        if let Some(v) = v {
                            facts.push(fact(k, &v)?);
                        }
                    }
                    (facts, horizon)
                }
            };
            Ok(Loaded {
                facts,
                horizon: horizon.map(DateTime::from_timestamp_nanos),
            })
        }
        .boxed()
    }

    fn write<'a>(&'a self, w: Write<'a>) -> BoxFuture<'a, Result<Outcome, StoreError>> {
        async move {
            let mut con = self.manager.clone();
            let mut invocation = self.write.prepare_invoke();
            invocation
                .key(self.key(&format!("facts:{}", w.room)))
                .key(self.key("rooms"))
                .key(self.key("due"))
                .key(self.key("horizon"))
                .key(self.key("changes"))
                .key(self.key("version"))
                .arg(w.room.to_string())
                .arg(w.horizon.map(|h| nanos(h).to_string()).unwrap_or_default())
                .arg(w.reads.len());
            for (k, v) in &w.reads {
                invocation.arg(k.to_string()).arg(v.to_string());
            }
            invocation.arg(w.puts.len());
            for (k, v) in &w.puts {
                invocation.arg(k.to_string()).arg(v);
            }
            invocation.arg(w.deletes.len());
            for k in &w.deletes {
                invocation.arg(k.to_string());
            }
            let (mode, due) = match w.due {
                Due::Lower(t) => ("lower", t),
                Due::Exact(t) => ("exact", t),
            };
            invocation
                .arg(mode)
                .arg(due.map(|t| score(t).to_string()).unwrap_or_default())
                .arg(
                    w.notice
                        .map(|n| serde_json::to_string(n).expect("a notice serialises"))
                        .unwrap_or_default(),
                )
                .arg(self.settings.log_retention);
            let written: Option<String> = invocation.invoke_async(&mut con).await.map_err(rd)?;
            Ok(match written.as_deref() {
                None => Outcome::Lost,
                Some("") => Outcome::Written(None),
                Some(id) => Outcome::Written(Some(feed::position(id)?)),
            })
        }
        .boxed()
    }

    fn raise_horizon(&self, to: DateTime<Utc>) -> BoxFuture<'_, Result<(), StoreError>> {
        async move {
            let mut con = self.manager.clone();
            let _: i64 = self
                .raise
                .key(self.key("horizon"))
                .arg(nanos(to).to_string())
                .invoke_async(&mut con)
                .await
                .map_err(rd)?;
            Ok(())
        }
        .boxed()
    }

    fn rooms(&self) -> BoxFuture<'_, Result<Vec<Uuid>, StoreError>> {
        async move {
            let mut con = self.manager.clone();
            let ids: Vec<String> = redis::cmd("SMEMBERS")
                .arg(self.key("rooms"))
                .query_async(&mut con)
                .await
                .map_err(rd)?;
            let rooms: BTreeSet<Uuid> = ids.iter().filter_map(|i| i.parse().ok()).collect();
            Ok(rooms.into_iter().collect())
        }
        .boxed()
    }

    fn due_rooms(&self, horizon: DateTime<Utc>) -> BoxFuture<'_, Result<Vec<Uuid>, StoreError>> {
        async move {
            let mut con = self.manager.clone();
            let ids: Vec<String> = redis::cmd("ZRANGEBYSCORE")
                .arg(self.key("due"))
                .arg("-inf")
                .arg(format!("({}", score(horizon)))
                .query_async(&mut con)
                .await
                .map_err(rd)?;
            let rooms: BTreeSet<Uuid> = ids.iter().filter_map(|i| i.parse().ok()).collect();
            Ok(rooms.into_iter().collect())
        }
        .boxed()
    }

    fn changes_after(
        &self,
        after: Option<Position>,
    ) -> BoxFuture<'_, Result<BoxStream<'static, Result<Change, StoreError>>, StoreError>> {
        feed::follow(
            self.client.clone(),
            self.key("changes"),
            self.settings.clone(),
            after,
        )
        .boxed()
    }

    fn head(&self) -> BoxFuture<'_, Result<Position, StoreError>> {
        async move {
            let mut con = self.manager.clone();
            feed::head(&mut con, &self.key("changes")).await
        }
        .boxed()
    }

    fn acknowledged<'a>(
        &'a self,
        follower: &'a str,
    ) -> BoxFuture<'a, Result<Option<Position>, StoreError>> {
        async move {
            let mut con = self.manager.clone();
            let at: Option<String> = redis::cmd("HGET")
                .arg(self.key("followers"))
                .arg(follower)
                .query_async(&mut con)
                .await
                .map_err(rd)?;
            at.map(|p| feed::position(&p)).transpose()
        }
        .boxed()
    }

    fn acknowledge<'a>(
        &'a self,
        follower: &'a str,
        position: Position,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        async move {
            let mut con = self.manager.clone();
            let _: i64 = self
                .acknowledge
                .key(self.key("followers"))
                .arg(follower)
                .arg(position.to_string())
                .invoke_async(&mut con)
                .await
                .map_err(rd)?;
            Ok(())
        }
        .boxed()
    }
}

crate::delegate::delegate!(RedisStore);
