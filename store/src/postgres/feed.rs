//! The log as followers read it (the loop is `crate::feed`'s): on a connection of its own that
//! `LISTEN`s for wake-ups (and looks every half second besides), entries read in the order of
//! their transaction ids, only below the oldest transaction still running, so that an entry
//! that commits after a later one is never skipped.

use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;
use futures::stream::BoxStream;
use futures::{FutureExt, StreamExt};
use tokio::sync::Notify;
use tokio_postgres::tls::{MakeTlsConnect, TlsConnect};
use tokio_postgres::{AsyncMessage, Client, Config, NoTls, Socket};

use super::tls::Tls;
use super::{pg, CHANNEL};
use crate::errors::within;
use crate::feed::Reader;
use crate::{Change, Notice, Position, Settings, StoreError};

/// The position of the entry written by transaction `xid`.
pub(super) fn position(xid: &str) -> Result<Position, StoreError> {
    xid.parse::<u64>()
        .map(|x| Position::new(x, 0))
        .map_err(|e| StoreError::said("postgres", format!("a log position `{xid}`: {e}"), e))
}

/// A connection for the feed, listening; `wake` is told of each notification (and of the
/// connection's end).
async fn open(
    config: &Config,
    tls: &Tls,
    settings: &Settings,
) -> Result<(Client, Arc<Notify>), StoreError> {
    let (client, wake) = match tls {
        Tls::Plain => connect(config, NoTls, settings).await?,
        Tls::Rustls(t) => connect(config, t.clone(), settings).await?,
    };
    within("postgres", "a call", settings.call_timeout, async {
        client
            .batch_execute(&format!("LISTEN {CHANNEL}"))
            .await
            .map_err(pg)
    })
    .await?;
    Ok((client, wake))
}

/// Connects with `tls`; the connection is polled by a task of its own that tells `wake` of
/// each notification.
async fn connect<T>(
    config: &Config,
    tls: T,
    settings: &Settings,
) -> Result<(Client, Arc<Notify>), StoreError>
where
    T: MakeTlsConnect<Socket>,
    T::Stream: Send + 'static,
    T::TlsConnect: Send,
    <T::TlsConnect as TlsConnect<Socket>>::Future: Send,
{
    let (client, mut connection) =
        within("postgres", "connecting", settings.connect_timeout, async {
            config.connect(tls).await.map_err(pg)
        })
        .await?;
    let wake = Arc::new(Notify::new());
    let told = wake.clone();
    tokio::spawn(async move {
        let mut messages = futures::stream::poll_fn(move |cx| connection.poll_message(cx));
        while let Some(Ok(message)) = messages.next().await {
            if let AsyncMessage::Notification(_) = message {
                told.notify_one();
            }
        }
        told.notify_one();
    });
    Ok((client, wake))
}

/// The position of the newest entry every reader can see now.
pub(super) async fn head(client: &Client) -> Result<u64, StoreError> {
    let row = client
        .query_one(
            "SELECT coalesce(max(xid)::text, '0') FROM telnyx_rooms_changes \
             WHERE xid < pg_snapshot_xmin(pg_current_snapshot())",
            &[],
        )
        .await
        .map_err(pg)?;
    Ok(position(row.get(0))?.major())
}

/// The next entries after `cursor`, or that the log no longer keeps them.
async fn batch(client: &Client, cursor: u64) -> Result<Vec<Change>, StoreError> {
    let after = cursor.to_string();
    let params: [&(dyn tokio_postgres::types::ToSql + Sync); 1] = [&after];
    let trimmed = client.query_opt(
        "SELECT up_to::text FROM telnyx_rooms_log_trimmed WHERE id",
        &[],
    );
    let entries = client.query(
        // Ordered by the column (an xid8), not by the text this selects.
        "SELECT c.xid::text AS position, c.change FROM telnyx_rooms_changes c \
         WHERE c.xid > $1::text::xid8 AND c.xid < pg_snapshot_xmin(pg_current_snapshot()) \
         ORDER BY c.xid LIMIT 512",
        &params,
    );
    let (trimmed, rows) = futures::try_join!(trimmed, entries).map_err(pg)?;
    if let Some(row) = trimmed {
        let up_to = position(row.get(0))?;
        if cursor < up_to.major() {
            return Err(StoreError::FellBehind {
                after: Position::new(cursor, 0),
                oldest: up_to,
            });
        }
    }
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let at = position(row.get(0))?;
        let text: String = row.get(1);
        let notice: Notice = serde_json::from_str(&text)
            .map_err(|e| StoreError::said("postgres", format!("a log entry: {e}"), e))?;
        out.push(notice.at(at));
    }
    Ok(out)
}

/// The log after `after` (from now with `None`), live.
pub(super) async fn follow(
    config: Config,
    tls: Tls,
    settings: Settings,
    after: Option<Position>,
) -> Result<BoxStream<'static, Result<Change, StoreError>>, StoreError> {
    let reader = PgReader {
        config,
        tls,
        settings,
    };
    let (client, wake) = reader.open().await?;
    let cursor = match after {
        Some(p) => p,
        None => Position::new(
            within(
                "postgres",
                "a call",
                reader.settings.call_timeout,
                head(&client),
            )
            .await?,
            0,
        ),
    };
    Ok(crate::feed::spawn(reader, (client, wake), cursor))
}

/// The log's reader for PostgreSQL.
struct PgReader {
    config: Config,
    tls: Tls,
    settings: Settings,
}

impl Reader for PgReader {
    const NAME: &'static str = "postgres";
    /// The `LIMIT` of a batch's read.
    const BATCH: usize = 512;
    type Connection = (Client, Arc<Notify>);

    fn open(&self) -> BoxFuture<'_, Result<Self::Connection, StoreError>> {
        open(&self.config, &self.tls, &self.settings).boxed()
    }

    fn batch<'a>(
        &'a self,
        (client, wake): &'a mut Self::Connection,
        cursor: Position,
    ) -> BoxFuture<'a, Result<Vec<Change>, StoreError>> {
        async move {
            let limit = self.settings.call_timeout;
            let entries =
                within("postgres", "a call", limit, batch(client, cursor.major())).await?;
            if entries.is_empty() {
                // Woken by a NOTIFY, or looking again after half a second.
                let _ = tokio::time::timeout(Duration::from_millis(500), wake.notified()).await;
            }
            Ok(entries)
        }
        .boxed()
    }
}
