//! The log as followers read it (the loop is `crate::feed`'s): `XREAD BLOCK` on a connection of
//! its own (a blocking read would hold up the shared one), from the last entry read. Entries
//! trimmed away before a follower read them (Redis 7's `max-deleted-entry-id`) are
//! [`StoreError::FellBehind`].

use std::time::Duration;

use futures::future::BoxFuture;
use futures::stream::BoxStream;
use futures::FutureExt;
use redis::aio::MultiplexedConnection;
use redis::AsyncConnectionConfig;

use super::rd;
use crate::errors::within;
use crate::feed::Reader;
use crate::{Change, Notice, Position, Settings, StoreError};

/// A stream entry's id as a position.
pub(super) fn position(id: &str) -> Result<Position, StoreError> {
    id.parse()
        .map_err(|e: String| StoreError::said("redis", e.clone(), std::io::Error::other(e)))
}

async fn open(
    client: &redis::Client,
    settings: &Settings,
) -> Result<MultiplexedConnection, StoreError> {
    let config = AsyncConnectionConfig::new()
        .set_connection_timeout(Some(settings.connect_timeout))
        .set_response_timeout(None);
    within("redis", "connecting", settings.connect_timeout, async {
        client
            .get_multiplexed_async_connection_with_config(&config)
            .await
            .map_err(rd)
    })
    .await
}

/// The id of the newest entry (`0-0` for an empty log).
pub(super) async fn head<C: redis::aio::ConnectionLike>(
    con: &mut C,
    key: &str,
) -> Result<Position, StoreError> {
    let last: Vec<(String, Vec<(String, String)>)> = redis::cmd("XREVRANGE")
        .arg(key)
        .arg("+")
        .arg("-")
        .arg("COUNT")
        .arg(1)
        .query_async(con)
        .await
        .map_err(rd)?;
    last.first()
        .map_or(Ok(Position::new(0, 0)), |(id, _)| position(id))
}

/// The newest id trimmed away, when the server says (Redis 7).
async fn trimmed(
    con: &mut MultiplexedConnection,
    key: &str,
) -> Result<Option<Position>, StoreError> {
    let info: Result<redis::Value, _> = redis::cmd("XINFO")
        .arg("STREAM")
        .arg(key)
        .query_async(con)
        .await;
    let info = match info {
        Ok(v) => v,
        // No log yet.
        Err(e) if e.kind() == redis::ErrorKind::Server(redis::ServerErrorKind::ResponseError) => {
            return Ok(None)
        }
        Err(e) => return Err(rd(e)),
    };
    let pairs: Vec<(redis::Value, redis::Value)> = match info {
        redis::Value::Map(m) => m,
        redis::Value::Array(a) => {
            let mut it = a.into_iter();
            let mut out = Vec::new();
            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                out.push((k, v));
            }
            out
        }
        _ => return Ok(None),
    };
    for (k, v) in pairs {
        let name: Option<String> = redis::from_redis_value(k).ok();
        if name.as_deref() == Some("max-deleted-entry-id") {
            let id: String = redis::from_redis_value(v)
                .map_err(|e| StoreError::said("redis", format!("XINFO STREAM: {e}"), e))?;
            return position(&id).map(Some);
        }
    }
    Ok(None)
}

type Entries = Vec<(String, Vec<(String, Vec<(String, String)>)>)>;

/// The next entries after `cursor`, waiting up to a second for some.
async fn batch(
    con: &mut MultiplexedConnection,
    key: &str,
    cursor: Position,
) -> Result<Vec<Change>, StoreError> {
    if let Some(oldest) = trimmed(con, key).await? {
        if cursor < oldest {
            return Err(StoreError::FellBehind {
                after: cursor,
                oldest,
            });
        }
    }
    let read: Option<Entries> = redis::cmd("XREAD")
        .arg("BLOCK")
        .arg(1000)
        .arg("COUNT")
        .arg(512)
        .arg("STREAMS")
        .arg(key)
        .arg(cursor.to_string())
        .query_async(con)
        .await
        .map_err(rd)?;
    let mut out = Vec::new();
    for (id, fields) in read.into_iter().flatten().flat_map(|(_, e)| e) {
        let at = position(&id)?;
        for (name, value) in fields {
            if name == "change" {
                let notice: Notice = serde_json::from_str(&value)
                    .map_err(|e| StoreError::said("redis", format!("a log entry: {e}"), e))?;
                out.push(notice.at(at));
            }
        }
    }
    Ok(out)
}

/// The log after `after` (from now with `None`), live.
pub(super) async fn follow(
    client: redis::Client,
    key: String,
    settings: Settings,
    after: Option<Position>,
) -> Result<BoxStream<'static, Result<Change, StoreError>>, StoreError> {
    let reader = RedisReader {
        client,
        key,
        settings,
    };
    let mut con = reader.open().await?;
    let cursor = match after {
        Some(p) => p,
        None => {
            let limit = reader.settings.call_timeout;
            within("redis", "a call", limit, head(&mut con, &reader.key)).await?
        }
    };
    Ok(crate::feed::spawn(reader, con, cursor))
}

/// The log's reader for Redis.
struct RedisReader {
    client: redis::Client,
    key: String,
    settings: Settings,
}

impl Reader for RedisReader {
    const NAME: &'static str = "redis";
    /// The `COUNT` of a batch's read.
    const BATCH: usize = 512;
    type Connection = MultiplexedConnection;

    fn open(&self) -> BoxFuture<'_, Result<MultiplexedConnection, StoreError>> {
        open(&self.client, &self.settings).boxed()
    }

    fn batch<'a>(
        &'a self,
        con: &'a mut MultiplexedConnection,
        cursor: Position,
    ) -> BoxFuture<'a, Result<Vec<Change>, StoreError>> {
        // The blocking read waits a second at most; the call timeout comes on top.
        let limit = self.settings.call_timeout + Duration::from_secs(1);
        within("redis", "a call", limit, batch(con, &self.key, cursor)).boxed()
    }
}
