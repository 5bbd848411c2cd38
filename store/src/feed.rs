//! The loop every store's log reader runs, whatever the server: read the entries after the
//! cursor, hand them on in order, and on a failure hand the error on (an item of its own: the
//! stream goes on), drop the connection and make another with backoff, reading on from the last
//! entry handed on. A follower behind what the log keeps is told, and the stream ends. It stops
//! when the stream is dropped.

use futures::future::BoxFuture;
use futures::stream::BoxStream;
use futures::StreamExt;
use tokio::sync::mpsc;

use crate::{backoff, metrics, Change, Position, StoreError};

/// What a server's reader does: connect, and read a batch.
pub(crate) trait Reader: Send + Sync + 'static {
    /// The backend's name, for the metrics.
    const NAME: &'static str;
    /// The most entries one batch brings: a shorter batch reached the end of the log.
    const BATCH: usize;
    /// A connection of the reader's own.
    type Connection: Send + 'static;
    /// A new connection.
    fn open(&self) -> BoxFuture<'_, Result<Self::Connection, StoreError>>;
    /// The entries after `cursor`, in order, waiting a while (a second at most) when there are
    /// none yet; `FellBehind` when the log no longer keeps them.
    fn batch<'a>(
        &'a self,
        connection: &'a mut Self::Connection,
        cursor: Position,
    ) -> BoxFuture<'a, Result<Vec<Change>, StoreError>>;
}

/// The log after `cursor`, read by `reader` on `connection` (and those it makes after).
pub(crate) fn spawn<R: Reader>(
    reader: R,
    connection: R::Connection,
    cursor: Position,
) -> BoxStream<'static, Result<Change, StoreError>> {
    let (tx, rx) = mpsc::channel(1024);
    tokio::spawn(read(reader, Some(connection), cursor, tx));
    let buffer = Buffer {
        rx,
        backend: R::NAME,
    };
    futures::stream::unfold(buffer, |mut buffer| async move {
        let item = buffer.rx.recv().await?;
        if item.is_ok() {
            metrics::feed_buffered(buffer.backend, -1);
        }
        Some((item, buffer))
    })
    .boxed()
}

/// The changes read and not yet taken: when the follower drops its stream, those still in it
/// leave the `feed_buffered` gauge (the reader's later sends fail, and it counts them out).
struct Buffer {
    rx: mpsc::Receiver<Result<Change, StoreError>>,
    backend: &'static str,
}

impl Drop for Buffer {
    fn drop(&mut self) {
        self.rx.close();
        while let Ok(item) = self.rx.try_recv() {
            if item.is_ok() {
                metrics::feed_buffered(self.backend, -1);
            }
        }
    }
}

async fn read<R: Reader>(
    reader: R,
    mut connection: Option<R::Connection>,
    mut cursor: Position,
    tx: mpsc::Sender<Result<Change, StoreError>>,
) {
    let mut failures = 0;
    loop {
        if tx.is_closed() {
            return;
        }
        let mut c = match connection.take() {
            Some(c) => c,
            None => match reader.open().await {
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
        match reader.batch(&mut c, cursor).await {
            Ok(entries) => {
                failures = 0;
                let last = entries.last().map(|c| c.position.major());
                metrics::feed_read(R::NAME, entries.len(), last, entries.len() < R::BATCH);
                for change in entries {
                    cursor = change.position;
                    metrics::feed_buffered(R::NAME, 1);
                    if tx.send(Ok(change)).await.is_err() {
                        metrics::feed_buffered(R::NAME, -1);
                        return;
                    }
                }
                connection = Some(c);
            }
            Err(e @ StoreError::FellBehind { .. }) => {
                let _ = tx.send(Err(e)).await;
                return;
            }
            Err(e) => {
                metrics::feed_error(R::NAME);
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
