//! The emulator's HTTP side: accept loop, knobs, auth, routing to the store.

use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use reqwest::StatusCode;
use serde_json::{json, Value};

use super::store::{Reply, Store};
use super::Knobs;

type Response = hyper::Response<Full<Bytes>>;

pub(super) async fn serve(
    listener: tokio::net::TcpListener,
    store: Arc<Mutex<Store>>,
    knobs: Arc<Knobs>,
) {
    // Connection tasks end when this (the accept task) is aborted: they watch `alive`.
    let (alive, _) = tokio::sync::watch::channel(());
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        knobs.connections.fetch_add(1, Ordering::SeqCst);
        let (store, knobs) = (store.clone(), knobs.clone());
        let mut gone = alive.subscribe();
        tokio::spawn(async move {
            let svc = service_fn(move |req| handle(req, store.clone(), knobs.clone()));
            let conn = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), svc);
            tokio::select! {
                _ = conn => {}
                _ = gone.changed() => {}
            }
        });
    }
}

/// Dropping a connection is done by failing the service, which makes hyper close it unanswered.
#[derive(Debug)]
struct DropConnection;
impl std::fmt::Display for DropConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped on purpose")
    }
}
impl std::error::Error for DropConnection {}

async fn handle(
    req: hyper::Request<Incoming>,
    store: Arc<Mutex<Store>>,
    knobs: Arc<Knobs>,
) -> Result<Response, DropConnection> {
    knobs.requests.fetch_add(1, Ordering::SeqCst);
    let now = knobs.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
    knobs.max_in_flight.fetch_max(now, Ordering::SeqCst);
    // Counts the request out however it ends (answered, dropped, or cancelled by the client).
    struct InFlight<'k>(&'k Knobs);
    impl Drop for InFlight<'_> {
        fn drop(&mut self) {
            self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
        }
    }
    let _in_flight = InFlight(&knobs);
    let latency = *knobs.latency.lock().expect("knobs lock");
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let take_drop = knobs
        .drops
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
        .is_ok();
    if take_drop {
        return Err(DropConnection);
    }
    if let Some((status, retry_after)) = knobs.failures.lock().expect("knobs lock").pop_front() {
        let mut r = error(
            status,
            "10000",
            "Injected failure",
            "The emulator was told to fail this request.",
            None,
        );
        if let Some(secs) = retry_after {
            r.headers_mut()
                .insert("retry-after", secs.to_string().parse().expect("digits"));
        }
        return Ok(r);
    }
    let authorized = req
        .headers()
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .is_some_and(|k| !k.trim().is_empty());
    if !authorized {
        return Ok(error(
            StatusCode::UNAUTHORIZED,
            "10009",
            "Authentication failed",
            "The API key is missing or not a bearer token.",
            None,
        ));
    }
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let query: Vec<(String, String)> =
        url::form_urlencoded::parse(req.uri().query().unwrap_or("").as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
    let body = req
        .into_body()
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    let body: Option<Value> = if body.is_empty() {
        None
    } else {
        match serde_json::from_slice(&body) {
            Ok(v) => Some(v),
            Err(e) => {
                return Ok(error(
                    StatusCode::BAD_REQUEST,
                    "10002",
                    "Invalid JSON",
                    &e.to_string(),
                    None,
                ));
            }
        }
    };
    let path = path.strip_prefix("/v2").unwrap_or(&path);
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    let reply =
        store
            .lock()
            .expect("store lock")
            .route(method.as_str(), &segments, &query, body.as_ref());
    Ok(match reply {
        Reply::Json(status, v) => json_response(status, &v),
        Reply::NoContent => hyper::Response::builder()
            .status(204)
            .body(Full::new(Bytes::new()))
            .expect("valid"),
        Reply::Error {
            status,
            code,
            title,
            detail,
            source,
        } => error(status, code, title, &detail, source),
    })
}

fn json_response(status: StatusCode, v: &Value) -> Response {
    hyper::Response::builder()
        .status(status)
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(
            serde_json::to_vec(v).expect("JSON values serialise"),
        )))
        .expect("valid response")
}

fn error(
    status: StatusCode,
    code: &str,
    title: &str,
    detail: &str,
    source: Option<Value>,
) -> Response {
    let mut e = json!({"code": code, "title": title, "detail": detail});
    if let Some(s) = source {
        e["source"] = s;
    }
    json_response(status, &json!({"errors": [e]}))
}
