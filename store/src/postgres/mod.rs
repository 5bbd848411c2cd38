//! The store in PostgreSQL (feature `postgres`): a row per fact, one function call per write
//! (locks, compare, write, log entry, `NOTIFY`), a pool of connections that re-makes broken
//! ones (`deadpool-postgres`), and the log read by transaction id up to the oldest transaction
//! still running, so that a follower never skips an entry that commits late. The schema and
//! its migrations are in `schema.rs` (documented on [`PostgresStore`]).

mod feed;
mod schema;
mod tls;

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod, Runtime};
use futures::future::BoxFuture;
use futures::stream::BoxStream;
use futures::FutureExt;
use telnyx_rooms::activity::FactKey;
use tokio_postgres::types::ToSql;
use tokio_postgres::NoTls;
use uuid::Uuid;

use crate::algorithm::{Backend, Due, Loaded, Outcome, Store, StoredFact, Which, Write};
use crate::errors::within;
use crate::{Change, Position, Settings, StoreError};

/// The `NOTIFY` channel that wakes followers of the log.
pub const CHANNEL: &str = "telnyx_rooms_activity";

/// Room activity in PostgreSQL, shared by every receiver that connects to the same database.
///
/// Schema (created, or migrated, by [`PostgresStore::connect`] under an advisory lock, so
/// receivers starting together do it once; a database written by the previous version, one row
/// per room, is converted into facts):
///
/// ```sql
/// CREATE TABLE telnyx_rooms_facts (room_id uuid, key text, version bigint, value text,
///     PRIMARY KEY (room_id, key));           -- each fact; versions from one sequence
/// CREATE TABLE telnyx_rooms_rooms (room_id uuid PRIMARY KEY, due timestamptz); -- prune index
/// CREATE TABLE telnyx_rooms_changes (xid xid8 PRIMARY KEY, room_id uuid, change text, at timestamptz);
/// CREATE TABLE telnyx_rooms_followers (name text PRIMARY KEY, position text, updated_at timestamptz);
/// CREATE TABLE telnyx_rooms_activity_horizon (id boolean PRIMARY KEY, horizon timestamptz);
/// ```
///
/// A long-running transaction elsewhere on the database holds the log back (followers read
/// only what every older transaction has finished with), never loses an entry.
pub struct PostgresStore {
    inner: Store<Pg>,
}

pub(crate) struct Pg {
    pool: Pool,
    config: tokio_postgres::Config,
    tls: tls::Tls,
    settings: Settings,
}

pub(crate) fn pg(e: tokio_postgres::Error) -> StoreError {
    let message = match e.as_db_error() {
        // The server's own words: "password authentication failed for user "x"",
        // "database "y" does not exist", "no pg_hba.conf entry ... no encryption".
        Some(db) => db.message().to_string(),
        None => crate::errors::chain(&e),
    };
    StoreError::said("postgres", message, e)
}

fn pool_error(e: deadpool_postgres::PoolError, settings: &Settings) -> StoreError {
    use deadpool_postgres::{PoolError, TimeoutType};
    match e {
        PoolError::Backend(e) => pg(e),
        PoolError::Timeout(TimeoutType::Create) => StoreError::Timeout {
            backend: "postgres",
            what: "connecting",
            after: settings.connect_timeout,
        },
        PoolError::Timeout(_) => StoreError::Timeout {
            backend: "postgres",
            what: "a free connection",
            after: settings.call_timeout,
        },
        other => StoreError::backend("postgres", other),
    }
}

impl PostgresStore {
    /// Connects with the default [`Settings`], creating or migrating the schema when needed.
    pub async fn connect(url: &str) -> Result<PostgresStore, StoreError> {
        PostgresStore::connect_with(url, Settings::default()).await
    }

    /// Connects with `settings` (a `connect_timeout` in the URL, in seconds, overrides its
    /// connect timeout), creating or migrating the schema when needed. A server that cannot be
    /// reached, refuses, or does not answer in time is an error naming the cause.
    pub async fn connect_with(url: &str, settings: Settings) -> Result<PostgresStore, StoreError> {
        let (config, tls) = tls::parse(url, &settings)?;
        let settings = match config.get_connect_timeout() {
            Some(t) => settings.connect_timeout(*t),
            None => settings,
        };
        let recycling = || ManagerConfig {
            recycling_method: RecyclingMethod::Fast,
        };
        let manager = match &tls {
            tls::Tls::Plain => Manager::from_config(config.clone(), NoTls, recycling()),
            tls::Tls::Rustls(t) => Manager::from_config(config.clone(), t.clone(), recycling()),
        };
        let pool = Pool::builder(manager)
            .max_size(16)
            .runtime(Runtime::Tokio1)
            .create_timeout(Some(settings.connect_timeout))
            .wait_timeout(Some(settings.call_timeout))
            .recycle_timeout(Some(settings.connect_timeout))
            .build()
            .map_err(|e| StoreError::backend("postgres", e))?;
        let connect_timeout = settings.connect_timeout;
        let pg = Pg {
            pool,
            config,
            tls,
            settings,
        };
        within("postgres", "connecting", connect_timeout, async {
            let mut client = pg.client().await?;
            schema::migrate(&mut client).await
        })
        .await?;
        Ok(PostgresStore {
            inner: Store { backend: pg },
        })
    }
}

/// A URL as errors show it: without its password (`postgres://user:***@host/db`).
pub(crate) fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let Some((userinfo, host)) = rest.rsplit_once('@') else {
        return url.to_string();
    };
    match userinfo.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
        None => url.to_string(),
    }
}

impl Pg {
    async fn client(&self) -> Result<deadpool_postgres::Object, StoreError> {
        self.pool
            .get()
            .await
            .map_err(|e| pool_error(e, &self.settings))
    }
}

fn key_of(text: &str) -> Result<FactKey, StoreError> {
    text.parse()
        .map_err(|e: String| StoreError::said("postgres", e.clone(), std::io::Error::other(e)))
}

impl Backend for Pg {
    fn name(&self) -> &'static str {
        "postgres"
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
            let client = self.client().await?;
            let names: Vec<String> = match which {
                Which::Keys(keys) => keys.iter().map(FactKey::to_string).collect(),
                Which::All => Vec::new(),
            };
            let sql = match which {
                Which::All => {
                    "SELECT key, version, value FROM telnyx_rooms_facts WHERE room_id = $1"
                }
                Which::Keys(_) => {
                    "SELECT key, version, value FROM telnyx_rooms_facts \
                     WHERE room_id = $1 AND key = ANY($2)"
                }
            };
            let (h, f) = futures::try_join!(
                client.prepare_cached("SELECT horizon FROM telnyx_rooms_activity_horizon WHERE id"),
                client.prepare_cached(sql)
            )
            .map_err(pg)?;
            let one: [&(dyn ToSql + Sync); 1] = [&room];
            let two: [&(dyn ToSql + Sync); 2] = [&room, &names];
            let params: &[&(dyn ToSql + Sync)] = match which {
                Which::All => &one,
                Which::Keys(_) => &two,
            };
            let (horizon, rows) =
                futures::try_join!(client.query_opt(&h, &[]), client.query(&f, params))
                    .map_err(pg)?;
            let mut facts = Vec::with_capacity(rows.len());
            for row in rows {
                facts.push(StoredFact {
                    key: key_of(row.get(0))?,
                    version: row.get::<_, i64>(1) as u64,
                    value: row.get(2),
                });
            }
            Ok(Loaded {
                facts,
                horizon: horizon.map(|r| r.get(0)),
            })
        }
        .boxed()
    }

    fn write<'a>(&'a self, w: Write<'a>) -> BoxFuture<'a, Result<Outcome, StoreError>> {
        async move {
            let client = self.client().await?;
            let statement = client
                .prepare_cached(
                    "SELECT telnyx_rooms_write($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                )
                .await
                .map_err(pg)?;
            let reads: Vec<String> = w.reads.iter().map(|(k, _)| k.to_string()).collect();
            let versions: Vec<i64> = w.reads.iter().map(|(_, v)| *v as i64).collect();
            let put_keys: Vec<String> = w.puts.iter().map(|(k, _)| k.to_string()).collect();
            let put_values: Vec<&str> = w.puts.iter().map(|(_, v)| v.as_str()).collect();
            let deletes: Vec<String> = w.deletes.iter().map(FactKey::to_string).collect();
            let (due, exact) = match w.due {
                Due::Lower(t) => (t, false),
                Due::Exact(t) => (t, true),
            };
            let change = w
                .notice
                .map(|n| serde_json::to_string(n).expect("a notice serialises"));
            let keep = self.settings.log_retention as i64;
            let row = client
                .query_one(
                    &statement,
                    &[
                        &w.room,
                        &reads,
                        &versions,
                        &w.horizon,
                        &put_keys,
                        &put_values,
                        &deletes,
                        &due,
                        &exact,
                        &change,
                        &keep,
                    ],
                )
                .await;
            let written: Option<String> = match row {
                Ok(row) => row.get(0),
                // Two writers inserted the same fact at once: the later one lost.
                Err(e) if e.code() == Some(&tokio_postgres::error::SqlState::UNIQUE_VIOLATION) => {
                    return Ok(Outcome::Lost)
                }
                Err(e) => return Err(pg(e)),
            };
            Ok(match written.as_deref() {
                None => Outcome::Lost,
                Some("") => Outcome::Written(None),
                Some(xid) => Outcome::Written(Some(feed::position(xid)?)),
            })
        }
        .boxed()
    }

    fn raise_horizon(&self, to: DateTime<Utc>) -> BoxFuture<'_, Result<(), StoreError>> {
        async move {
            let client = self.client().await?;
            client
                .execute("SELECT telnyx_rooms_raise_horizon($1)", &[&to])
                .await
                .map_err(pg)?;
            Ok(())
        }
        .boxed()
    }

    fn rooms(&self) -> BoxFuture<'_, Result<Vec<Uuid>, StoreError>> {
        async move {
            let client = self.client().await?;
            let rows = client
                .query(
                    "SELECT room_id FROM telnyx_rooms_rooms ORDER BY room_id",
                    &[],
                )
                .await
                .map_err(pg)?;
            Ok(rows.iter().map(|r| r.get(0)).collect())
        }
        .boxed()
    }

    fn due_rooms(&self, horizon: DateTime<Utc>) -> BoxFuture<'_, Result<Vec<Uuid>, StoreError>> {
        async move {
            let client = self.client().await?;
            let rows = client
                .query(
                    "SELECT room_id FROM telnyx_rooms_rooms WHERE due < $1 ORDER BY room_id",
                    &[&horizon],
                )
                .await
                .map_err(pg)?;
            let rooms: BTreeSet<Uuid> = rows.iter().map(|r| r.get(0)).collect();
            Ok(rooms.into_iter().collect())
        }
        .boxed()
    }

    fn changes_after(
        &self,
        after: Option<Position>,
    ) -> BoxFuture<'_, Result<BoxStream<'static, Result<Change, StoreError>>, StoreError>> {
        feed::follow(
            self.config.clone(),
            self.tls.clone(),
            self.settings.clone(),
            after,
        )
        .boxed()
    }

    fn head(&self) -> BoxFuture<'_, Result<Position, StoreError>> {
        async move {
            let client = self.client().await?;
            Ok(Position::new(feed::head(&client).await?, 0))
        }
        .boxed()
    }

    fn acknowledged<'a>(
        &'a self,
        follower: &'a str,
    ) -> BoxFuture<'a, Result<Option<Position>, StoreError>> {
        async move {
            let client = self.client().await?;
            let row = client
                .query_opt(
                    "SELECT position FROM telnyx_rooms_followers WHERE name = $1",
                    &[&follower],
                )
                .await
                .map_err(pg)?;
            match row {
                None => Ok(None),
                Some(r) => {
                    let text: String = r.get(0);
                    text.parse().map(Some).map_err(|e: String| {
                        StoreError::said("postgres", e.clone(), std::io::Error::other(e))
                    })
                }
            }
        }
        .boxed()
    }

    fn acknowledge<'a>(
        &'a self,
        follower: &'a str,
        position: Position,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        async move {
            let client = self.client().await?;
            // Only forward: positions are `xid-0`, compared as numbers.
            client
                .execute(
                    "INSERT INTO telnyx_rooms_followers (name, position) VALUES ($1, $2) \
                     ON CONFLICT (name) DO UPDATE SET position = excluded.position, \
                     updated_at = now() \
                     WHERE split_part(telnyx_rooms_followers.position, '-', 1)::numeric \
                         < split_part(excluded.position, '-', 1)::numeric",
                    &[&follower, &position.to_string()],
                )
                .await
                .map_err(pg)?;
            Ok(())
        }
        .boxed()
    }
}

crate::delegate::delegate!(PostgresStore);
