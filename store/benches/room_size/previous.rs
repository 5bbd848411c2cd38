//! The previous design, for comparison in the same run: a room's whole state as one JSON value
//! under a version, read, joined in memory and written back with a compare-and-set (one
//! `UPDATE ... WHERE version = $n` in PostgreSQL, one script in Redis), as the store did before
//! it kept facts. Only what the benchmark measures: apply, and writing a room at once.

use futures::future::BoxFuture;
use futures::FutureExt;
use telnyx_rooms::activity::{Applied, RoomActivity};
use telnyx_rooms::webhooks::WebhookEvent;
use uuid::Uuid;

/// What the benchmark needs of a store.
pub trait Apply: Send + Sync {
    fn apply<'a>(&'a self, e: &'a WebhookEvent) -> BoxFuture<'a, Applied>;
    /// Writes `state` as the room's (the previous design fills a room in one write).
    fn fill<'a>(&'a self, room: Uuid, state: &'a RoomActivity) -> BoxFuture<'a, ()>;
}

pub struct PgBlob {
    client: tokio_postgres::Client,
}

impl PgBlob {
    pub async fn connect(url: &str) -> PgBlob {
        let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(connection);
        client
            .batch_execute(
                "CREATE TABLE IF NOT EXISTS previous_activity (room_id uuid PRIMARY KEY, \
                 version bigint NOT NULL, state text NOT NULL)",
            )
            .await
            .unwrap();
        PgBlob { client }
    }
}

impl Apply for PgBlob {
    fn apply<'a>(&'a self, e: &'a WebhookEvent) -> BoxFuture<'a, Applied> {
        async move {
            let room = e.kind.room_id().unwrap();
            loop {
                let row = self
                    .client
                    .query_opt(
                        "SELECT version, state FROM previous_activity WHERE room_id = $1",
                        &[&room],
                    )
                    .await
                    .unwrap();
                let (version, mut state): (i64, RoomActivity) = match &row {
                    Some(r) => (r.get(0), serde_json::from_str(r.get(1)).unwrap()),
                    None => (0, RoomActivity::new()),
                };
                let applied = state.apply(e);
                if !applied.changed() {
                    return applied;
                }
                let text = serde_json::to_string(&state).unwrap();
                let won = if version == 0 {
                    self.client
                        .execute(
                            "INSERT INTO previous_activity VALUES ($1, 1, $2) ON CONFLICT DO NOTHING",
                            &[&room, &text],
                        )
                        .await
                } else {
                    self.client
                        .execute(
                            "UPDATE previous_activity SET state = $2, version = version + 1 \
                             WHERE room_id = $1 AND version = $3",
                            &[&room, &text, &version],
                        )
                        .await
                }
                .unwrap();
                if won == 1 {
                    return applied;
                }
            }
        }
        .boxed()
    }

    fn fill<'a>(&'a self, room: Uuid, state: &'a RoomActivity) -> BoxFuture<'a, ()> {
        async move {
            let text = serde_json::to_string(state).unwrap();
            self.client
                .execute(
                    "INSERT INTO previous_activity VALUES ($1, 1, $2) ON CONFLICT (room_id) \
                     DO UPDATE SET state = $2, version = previous_activity.version + 1",
                    &[&room, &text],
                )
                .await
                .unwrap();
        }
        .boxed()
    }
}

const SAVE: &str = r"
local v = redis.call('HGET', KEYS[1], 'v')
if (v == false and ARGV[1] == '0') or v == ARGV[1] then
  redis.call('HSET', KEYS[1], 'v', tonumber(ARGV[1]) + 1, 's', ARGV[2])
  return 1
end
return 0
";

pub struct RedisBlob {
    con: redis::aio::MultiplexedConnection,
    save: redis::Script,
}

impl RedisBlob {
    pub async fn connect(url: &str) -> RedisBlob {
        let client = redis::Client::open(url).unwrap();
        RedisBlob {
            con: client.get_multiplexed_async_connection().await.unwrap(),
            save: redis::Script::new(SAVE),
        }
    }
}

impl Apply for RedisBlob {
    fn apply<'a>(&'a self, e: &'a WebhookEvent) -> BoxFuture<'a, Applied> {
        async move {
            let room = e.kind.room_id().unwrap();
            let key = format!("previous:{room}");
            let mut con = self.con.clone();
            loop {
                let (version, text): (Option<u64>, Option<String>) = redis::cmd("HMGET")
                    .arg(&key)
                    .arg("v")
                    .arg("s")
                    .query_async(&mut con)
                    .await
                    .unwrap();
                let mut state: RoomActivity = text
                    .map(|t| serde_json::from_str(&t).unwrap())
                    .unwrap_or_default();
                let applied = state.apply(e);
                if !applied.changed() {
                    return applied;
                }
                let won: i64 = self
                    .save
                    .key(&key)
                    .arg(version.unwrap_or(0).to_string())
                    .arg(serde_json::to_string(&state).unwrap())
                    .invoke_async(&mut con)
                    .await
                    .unwrap();
                if won == 1 {
                    return applied;
                }
            }
        }
        .boxed()
    }

    fn fill<'a>(&'a self, room: Uuid, state: &'a RoomActivity) -> BoxFuture<'a, ()> {
        async move {
            let mut con = self.con.clone();
            let _: () = redis::cmd("HSET")
                .arg(format!("previous:{room}"))
                .arg("v")
                .arg(1)
                .arg("s")
                .arg(serde_json::to_string(state).unwrap())
                .query_async(&mut con)
                .await
                .unwrap();
        }
        .boxed()
    }
}

/// The crate's stores, by facts: a room is filled by applying its events (what it takes).
pub struct Facts(pub Box<dyn telnyx_rooms_store::ActivityStore>);

impl Apply for Facts {
    fn apply<'a>(&'a self, e: &'a WebhookEvent) -> BoxFuture<'a, Applied> {
        async move { self.0.apply(e).await.unwrap() }.boxed()
    }
    fn fill<'a>(&'a self, _: Uuid, _: &'a RoomActivity) -> BoxFuture<'a, ()> {
        unreachable!("a store of facts is filled by applying")
    }
}
