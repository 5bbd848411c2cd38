//! The emulator's HTTP side: accept loop, knobs, auth, the control API (`/_emulator/...`) and
//! routing to the store.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use reqwest::StatusCode;
use serde_json::{json, Value};

use super::store::{Refusal, Reply};
use super::{Knobs, Shared};
use telnyx_rooms::Operation;

type Response = hyper::Response<Full<Bytes>>;

pub(super) async fn serve(listener: tokio::net::TcpListener, shared: Arc<Shared>) {
    // Connection tasks end when this (the accept task) is aborted: they watch `alive`.
    let (alive, _) = tokio::sync::watch::channel(());
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(_) => {
                // Out of file descriptors, say: wait for some to close rather than spin.
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        shared.knobs.connections.fetch_add(1, Ordering::SeqCst);
        let shared = shared.clone();
        let mut gone = alive.subscribe();
        tokio::spawn(async move {
            let svc = service_fn(move |req: hyper::Request<Incoming>| {
                let gzip = accepts_gzip(req.headers());
                let shared = shared.clone();
                async move {
                    let answer = handle(req, shared.clone()).await?;
                    Ok::<_, DropConnection>(encode(answer, gzip, &shared.knobs).await)
                }
            });
            let conn = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), svc);
            tokio::select! {
                _ = conn => {}
                _ = gone.changed() => {}
            }
        });
    }
}

/// Answers at least this large are compressed for a client that accepts gzip.
const COMPRESS_FROM: usize = 1024;

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

/// Compresses a large answer for a client that accepts gzip, and counts the bytes sent.
async fn encode(answer: Response, gzip: bool, knobs: &Knobs) -> Response {
    use std::io::Write;
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
    hyper::Response::from_parts(parts, Full::new(body))
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
    shared: Arc<Shared>,
) -> Result<Response, DropConnection> {
    let knobs = &shared.knobs;
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
    let _in_flight = InFlight(knobs);
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
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let path = path.strip_prefix("/v2").unwrap_or(&path).to_string();
    if let Some(control) = path.strip_prefix("/_emulator/") {
        let control = control.to_string();
        let body = read_json(req).await;
        return Ok(answer(control_api(
            &shared,
            method.as_str(),
            &control,
            body,
        )));
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
    let Some((op, path_params)) = Operation::route(method.as_str(), &path) else {
        return Ok(error(
            StatusCode::NOT_FOUND,
            "10005",
            "Resource not found",
            &format!("No operation at {method} {path}."),
            None,
        ));
    };
    let reply = shared.with_store(|s| s.handle(op, &path_params, &query, body.as_ref()));
    Ok(answer(reply))
}

/// The control API, relative to the base URL (no key needed):
/// `POST _emulator/rooms/{room_id}/join` (`{"context", "token"}`, both optional),
/// `POST _emulator/participants/{participant_id}/leave` and `GET _emulator/webhooks`.
fn control_api(
    shared: &Arc<Shared>,
    method: &str,
    path: &str,
    body: Result<Value, String>,
) -> Reply {
    let body = match body {
        Ok(b) => b,
        Err(e) => return super::store::invalid(format!("`body` is not JSON: {e}"), true).into(),
    };
    let seg: Vec<&str> = path.trim_matches('/').split('/').collect();
    let id = |raw: &str, name: &str| {
        uuid::Uuid::parse_str(raw).map_err(|_| {
            super::store::invalid(format!("`{name}` must be a UUID, got `{raw}`"), false)
        })
    };
    let participant = |r: Result<telnyx_rooms::types::RoomParticipant, Refusal>, status| match r {
        Ok(p) => Reply::Json(status, json!({"data": p})),
        Err(e) => Reply::Error(e),
    };
    match (method, seg.as_slice()) {
        ("POST", ["rooms", room, "join"]) => {
            let room = match id(room, "room_id") {
                Ok(r) => r,
                Err(e) => return e.into(),
            };
            let context = body["context"].as_str().map(str::to_string);
            let token = body["token"].as_str();
            participant(
                shared.with_store(|s| s.join(room, context, token)),
                StatusCode::CREATED,
            )
        }
        ("POST", ["participants", p, "leave"]) => match id(p, "participant_id") {
            Ok(p) => participant(shared.with_store(|s| s.leave(p, "left")), StatusCode::OK),
            Err(e) => e.into(),
        },
        ("GET", ["webhooks"]) => Reply::Json(
            StatusCode::OK,
            json!({"data": *shared.deliveries.lock().expect("log lock")}),
        ),
        _ => Reply::Error(super::store::not_found("control operation", path)),
    }
}

/// The body as JSON (`{}` when empty).
async fn read_json(req: hyper::Request<Incoming>) -> Result<Value, String> {
    let bytes = req
        .into_body()
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    if bytes.is_empty() {
        return Ok(json!({}));
    }
    serde_json::from_slice(&bytes).map_err(|e| e.to_string())
}

fn answer(reply: Reply) -> Response {
    match reply {
        Reply::Json(status, v) => json_response(status, &v),
        Reply::NoContent => hyper::Response::builder()
            .status(204)
            .body(Full::new(Bytes::new()))
            .expect("valid"),
        Reply::Error(Refusal {
            status,
            code,
            title,
            detail,
            source,
        }) => error(status, code, title, &detail, source),
    }
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
