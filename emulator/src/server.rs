//! The accept loop and the connections: every connection is a tracked task; a handler that
//! panics answers 500 and the next request is served; large answers are gzip-compressed for
//! clients that accept it; and a stop lets requests in flight finish.

use std::panic::AssertUnwindSafe;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use futures::FutureExt;
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use reqwest::StatusCode;
use tokio::sync::watch;
use tokio::task::JoinSet;

use super::http::{self, DropConnection, Response};
use super::{Knobs, Shared};

/// Answers at least this large are compressed for a client that accepts gzip.
const COMPRESS_FROM: usize = 1024;

/// Serves until `stop` carries a grace period (or its sender is gone): then stops accepting,
/// lets every connection finish the request it is serving (up to the grace period), and
/// returns. Connections still open then are closed.
pub(super) async fn serve(
    listener: tokio::net::TcpListener,
    shared: Arc<Shared>,
    mut stop: watch::Receiver<Option<Duration>>,
) {
    let (closing, _) = watch::channel(false);
    let mut connections = JoinSet::new();
    let grace = loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    shared.knobs.connections.fetch_add(1, Ordering::SeqCst);
                    connections.spawn(connection(stream, shared.clone(), closing.subscribe()));
                }
                // Out of file descriptors, say: wait for some to close rather than spin.
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            },
            changed = stop.changed() => {
                break match changed {
                    Ok(()) => stop.borrow().unwrap_or_default(),
                    Err(_) => Duration::ZERO,
                };
            }
            // Reap finished connections so the set stays as large as what is open.
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    };
    drop(listener);
    let _ = closing.send(true);
    let _ = tokio::time::timeout(grace, async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    connections.abort_all();
}

async fn connection(
    stream: tokio::net::TcpStream,
    shared: Arc<Shared>,
    mut closing: watch::Receiver<bool>,
) {
    let svc = service_fn(move |req: hyper::Request<Incoming>| {
        let gzip = accepts_gzip(req.headers());
        let shared = shared.clone();
        async move {
            let answer = match AssertUnwindSafe(http::handle(req, shared.clone()))
                .catch_unwind()
                .await
            {
                Ok(answer) => answer?,
                Err(_) => http::error(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "10500",
                    "Internal error",
                    "The emulator failed while handling this request; later requests are served \
                     as usual.",
                    None,
                ),
            };
            Ok::<_, DropConnection>(encode(answer, gzip, &shared.knobs).await)
        }
    });
    let conn =
        hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), svc);
    tokio::pin!(conn);
    tokio::select! {
        _ = conn.as_mut() => return,
        _ = closing.wait_for(|c| *c) => {}
    }
    // Finish the request in flight, if any, then close.
    conn.as_mut().graceful_shutdown();
    let _ = conn.await;
}

fn accepts_gzip(headers: &hyper::HeaderMap) -> bool {
    headers
        .get_all(hyper::header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|coding| {
            let mut parts = coding.split(';');
            let name = parts.next().unwrap_or("").trim();
            let refused = parts.any(|p| p.trim().replace(' ', "") == "q=0");
            name.eq_ignore_ascii_case("gzip") && !refused
        })
}

/// Compresses a large JSON answer for a client that accepts gzip, and counts the bytes sent. A
/// media file streams through as it is (its ranges are ranges of the file).
async fn encode(answer: Response, gzip: bool, knobs: &Knobs) -> Response {
    use std::io::Write;
    let json = answer
        .headers()
        .get(hyper::header::CONTENT_TYPE)
        .is_some_and(|t| t.as_bytes().starts_with(b"application/json"));
    if !json {
        let len = answer
            .headers()
            .get(hyper::header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok()?.parse::<usize>().ok())
            .unwrap_or(0);
        knobs.body_bytes_out.fetch_add(len, Ordering::SeqCst);
        return answer;
    }
    let (mut parts, body) = answer.into_parts();
    let body = body
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    let body = if gzip && body.len() >= COMPRESS_FROM {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(&body).expect("writing to memory");
        parts.headers.insert(
            hyper::header::CONTENT_ENCODING,
            hyper::header::HeaderValue::from_static("gzip"),
        );
        Bytes::from(enc.finish().expect("writing to memory"))
    } else {
        body
    };
    parts.headers.insert(
        hyper::header::VARY,
        hyper::header::HeaderValue::from_static("accept-encoding"),
    );
    knobs.body_bytes_out.fetch_add(body.len(), Ordering::SeqCst);
    hyper::Response::from_parts(parts, http::full(body))
}
