//! The store in PostgreSQL (feature `postgres`): one row per room with a version, one statement
//! per write that compares the version, writes the state and sends `NOTIFY` (delivered when it
//! commits, so the feed never tells of a write that did not happen). The feed is `LISTEN` on a
//! connection of its own.
//!
//! Schema (created, or migrated, by [`PostgresStore::connect`] under an advisory lock, so
//! receivers starting together do it once):
//!
//! ```sql
//! CREATE TABLE telnyx_rooms_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
//! CREATE TABLE telnyx_rooms_activity (
//!     room_id uuid PRIMARY KEY,
//!     version bigint NOT NULL,          -- compare-and-set: every write adds one
//!     state text NOT NULL,              -- the room's RoomActivity, as serde serialises it
//!     updated_at timestamptz NOT NULL DEFAULT now()
//! );
//! CREATE TABLE telnyx_rooms_activity_horizon (
//!     id boolean PRIMARY KEY DEFAULT true CHECK (id),   -- one row
//!     horizon timestamptz NOT NULL
//! );
//! ```

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use futures::stream::BoxStream;
use futures::{FutureExt, StreamExt};
use tokio_postgres::{AsyncMessage, Client, NoTls, Statement};
use uuid::Uuid;

use crate::shared::{Cells, Loaded, Shared};
use crate::{Change, StoreError};

/// The `NOTIFY` channel of the feed.
pub const CHANNEL: &str = "telnyx_rooms_activity";

/// Each migration, in order; the table of migrations says which have run.
const MIGRATIONS: &[&str] = &["
    CREATE TABLE telnyx_rooms_activity (
        room_id uuid PRIMARY KEY,
        version bigint NOT NULL,
        state text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE telnyx_rooms_activity_horizon (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        horizon timestamptz NOT NULL
    );"];

/// Room activity in PostgreSQL, shared by every receiver that connects to the same database.
pub struct PostgresStore {
    inner: Shared<PgCells>,
}

struct PgCells {
    url: String,
    client: Client,
    load: Statement,
    insert: Statement,
    update: Statement,
}

fn pg(e: tokio_postgres::Error) -> StoreError {
    StoreError::backend("postgres", e)
}

async fn open(
    url: &str,
) -> Result<
    (
        Client,
        tokio_postgres::Connection<tokio_postgres::Socket, tokio_postgres::tls::NoTlsStream>,
    ),
    StoreError,
> {
    tokio_postgres::connect(url, NoTls).await.map_err(pg)
}

impl PostgresStore {
    /// Connects (without TLS), creating or migrating the schema when needed.
    pub async fn connect(url: &str) -> Result<PostgresStore, StoreError> {
        let (mut client, connection) = open(url).await?;
        tokio::spawn(async move {
            let _ = connection.await;
        });
        migrate(&mut client).await?;
        let load = client
            .prepare(
                "SELECT a.version, a.state, h.horizon FROM (SELECT 1) AS one \
                 LEFT JOIN telnyx_rooms_activity a ON a.room_id = $1 \
                 LEFT JOIN telnyx_rooms_activity_horizon h ON true",
            )
            .await
            .map_err(pg)?;
        let insert = client
            .prepare(&format!(
                "WITH w AS (INSERT INTO telnyx_rooms_activity (room_id, version, state) \
                 VALUES ($1, 1, $2) ON CONFLICT DO NOTHING RETURNING 1) \
                 SELECT pg_notify('{CHANNEL}', $3) FROM w"
            ))
            .await
            .map_err(pg)?;
        let update = client
            .prepare(&format!(
                "WITH w AS (UPDATE telnyx_rooms_activity SET state = $2, version = version + 1, \
                 updated_at = now() WHERE room_id = $1 AND version = $4 RETURNING 1) \
                 SELECT pg_notify('{CHANNEL}', $3) FROM w"
            ))
            .await
            .map_err(pg)?;
        Ok(PostgresStore {
            inner: Shared {
                cells: PgCells {
                    url: url.to_string(),
                    client,
                    load,
                    insert,
                    update,
                },
            },
        })
    }
}

/// Runs the migrations not yet run, in one transaction under an advisory lock.
async fn migrate(client: &mut Client) -> Result<(), StoreError> {
    let tx = client.transaction().await.map_err(pg)?;
    // Any constant: it names this crate's migrations.
    tx.execute("SELECT pg_advisory_xact_lock(7316852)", &[])
        .await
        .map_err(pg)?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS telnyx_rooms_migrations (\
         version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
    )
    .await
    .map_err(pg)?;
    let done: i32 = tx
        .query_one(
            "SELECT coalesce(max(version), 0) FROM telnyx_rooms_migrations",
            &[],
        )
        .await
        .map_err(pg)?
        .get(0);
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(done as usize) {
        tx.batch_execute(sql).await.map_err(pg)?;
        tx.execute(
            "INSERT INTO telnyx_rooms_migrations (version) VALUES ($1)",
            &[&(i as i32 + 1)],
        )
        .await
        .map_err(pg)?;
    }
    tx.commit().await.map_err(pg)
}

impl Cells for PgCells {
    fn load(&self, room: Uuid) -> BoxFuture<'_, Result<Loaded, StoreError>> {
        async move {
            let row = self
                .client
                .query_one(&self.load, &[&room])
                .await
                .map_err(pg)?;
            let version: Option<i64> = row.get(0);
            Ok(Loaded {
                version: version.unwrap_or(0) as u64,
                state: row.get(1),
                horizon: row.get(2),
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
            let notice = serde_json::to_string(change).expect("a change serialises");
            let rows = if expected == 0 {
                self.client
                    .query(&self.insert, &[&room, &state, &notice])
                    .await
            } else {
                let expected = expected as i64;
                self.client
                    .query(&self.update, &[&room, &state, &notice, &expected])
                    .await
            }
            .map_err(pg)?;
            Ok(rows.len() == 1)
        }
        .boxed()
    }

    fn raise_horizon(&self, to: DateTime<Utc>) -> BoxFuture<'_, Result<(), StoreError>> {
        async move {
            self.client
                .execute(
                    "INSERT INTO telnyx_rooms_activity_horizon (id, horizon) VALUES (true, $1) \
                     ON CONFLICT (id) DO UPDATE SET horizon = greatest(\
                     telnyx_rooms_activity_horizon.horizon, excluded.horizon)",
                    &[&to],
                )
                .await
                .map_err(pg)?;
            Ok(())
        }
        .boxed()
    }

    fn rooms(&self) -> BoxFuture<'_, Result<Vec<Uuid>, StoreError>> {
        async move {
            let rows = self
                .client
                .query(
                    "SELECT room_id FROM telnyx_rooms_activity ORDER BY room_id",
                    &[],
                )
                .await
                .map_err(pg)?;
            Ok(rows.iter().map(|r| r.get(0)).collect())
        }
        .boxed()
    }

    fn subscribe(
        &self,
    ) -> BoxFuture<'_, Result<BoxStream<'static, Result<Change, StoreError>>, StoreError>> {
        async move {
            let (client, mut connection) = open(&self.url).await?;
            let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
            // The connection is polled here: notifications go to the stream, the end of the
            // connection ends it.
            tokio::spawn(async move {
                let mut messages = futures::stream::poll_fn(move |cx| connection.poll_message(cx));
                while let Some(message) = messages.next().await {
                    let item = match message {
                        Ok(AsyncMessage::Notification(n)) => {
                            serde_json::from_str::<Change>(n.payload())
                                .map_err(|e| StoreError::backend("postgres", e))
                        }
                        Ok(_) => continue,
                        Err(e) => Err(pg(e)),
                    };
                    if tx.send(item).is_err() {
                        break;
                    }
                }
            });
            client
                .batch_execute(&format!("LISTEN {CHANNEL}"))
                .await
                .map_err(pg)?;
            // The client lives as long as the stream: dropping it closes the connection.
            let stream = futures::stream::unfold((rx, client), |(mut rx, client)| async move {
                rx.recv().await.map(|item| (item, (rx, client)))
            });
            Ok(stream.boxed())
        }
        .boxed()
    }
}

crate::shared::delegate!(PostgresStore);
