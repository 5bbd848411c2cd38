//! The log as followers read it: on a connection of its own that `LISTEN`s for wake-ups (and
//! looks every half second besides), entries read in the order of their transaction ids, only
//! below the oldest transaction still running, so that an entry that commits after a later one
//! is never skipped. A broken connection is re-made with backoff and the reading goes on from
//! the last entry read; each failure in between is an `Err` item, and the stream goes on.

use std::sync::Arc;
use std::time::Duration;

use futures::stream::BoxStream;
use futures::StreamExt;
use tokio::sync::{mpsc, Notify};
use tokio_postgres::tls::{MakeTlsConnect, TlsConnect};
use tokio_postgres::{AsyncMessage, Client, Config, NoTls, Socket};

use super::tls::Tls;
use super::{pg, CHANNEL};
use crate::errors::within;
use crate::{backoff, Change, Notice, Position, Settings, StoreError};

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
    let (client, wake) = open(&config, &tls, &settings).await?;
    let cursor = match after {
        Some(p) => p.major(),
        None => within("postgres", "a call", settings.call_timeout, head(&client)).await?,
    };
    let (tx, rx) = mpsc::channel(1024);
    tokio::spawn(read(
        config,
        tls,
        settings,
        Some((client, wake)),
        cursor,
        tx,
    ));
    let stream = futures::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    });
    Ok(stream.boxed())
}

/// Reads on until the stream is dropped (or the follower fell behind the log).
async fn read(
    config: Config,
    tls: Tls,
    settings: Settings,
    mut conn: Option<(Client, Arc<Notify>)>,
    mut cursor: u64,
    tx: mpsc::Sender<Result<Change, StoreError>>,
) {
    let mut failures = 0;
    loop {
        let (client, wake) = match conn.take() {
            Some(c) => c,
            None => match open(&config, &tls, &settings).await {
                Ok(c) => c,
                Err(e) => {
                    if tx.send(Err(e)).await.is_err() {
                        return;
                    }
                    tokio::time::sleep(backoff(failures)).await;
                    failures += 1;
                    continue;
                }
            },
        };
        let got = within(
            "postgres",
            "a call",
            settings.call_timeout,
            batch(&client, cursor),
        )
        .await;
        match got {
            Ok(entries) if entries.is_empty() => {
                failures = 0;
                tokio::select! {
                    _ = wake.notified() => {}
                    _ = tokio::time::sleep(Duration::from_millis(500)) => {}
                    _ = tx.closed() => return,
                }
                conn = Some((client, wake));
            }
            Ok(entries) => {
                failures = 0;
                for change in entries {
                    cursor = change.position.major();
                    if tx.send(Ok(change)).await.is_err() {
                        return;
                    }
                }
                conn = Some((client, wake));
            }
            Err(e @ StoreError::FellBehind { .. }) => {
                let _ = tx.send(Err(e)).await;
                return;
            }
            Err(e) => {
                // The connection is dropped and made again.
                if tx.send(Err(e)).await.is_err() {
                    return;
                }
                tokio::time::sleep(backoff(failures)).await;
                failures += 1;
            }
        }
    }
}
