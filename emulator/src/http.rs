//! One request: the knobs (latency, injected failures, dropped connections), auth, the body
//! (at most 1 MiB, JSON), the control API (`/_emulator/...`) and routing to the store.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::Incoming;
use reqwest::StatusCode;
use serde_json::{json, Value};

use super::store::{Refusal, Reply};
use super::{Knobs, Shared};
use telnyx_rooms::Operation;

/// An answer: JSON whole, or a media file streamed in chunks.
pub(crate) type Response = hyper::Response<UnsyncBoxBody<Bytes, std::convert::Infallible>>;

/// A whole body.
pub(crate) fn full(bytes: Bytes) -> UnsyncBoxBody<Bytes, std::convert::Infallible> {
    Full::new(bytes).boxed_unsync()
}

/// The largest request body the emulator reads; larger ones are answered 413.
pub const MAX_BODY: usize = 1 << 20;

/// Dropping a connection is done by failing the service, which makes hyper close it unanswered.
#[derive(Debug)]
pub(super) struct DropConnection;
impl std::fmt::Display for DropConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped on purpose")
    }
}
impl std::error::Error for DropConnection {}

pub(super) async fn handle(
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
    let started = std::time::Instant::now();
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let path = path.strip_prefix("/v2").unwrap_or(&path).to_string();
    // The control API (the console, the log, metrics) is the tester's: the latency, drops and
    // failures set for the code under test are not spent on it. Media files are what the code
    // under test downloads: they stay subject to them.
    let tester = path
        .strip_prefix("/_emulator/")
        .filter(|c| !c.starts_with("media/"));
    if let Some(control) = tester {
        return Ok(control_request(req, &shared, method.as_str(), control).await);
    }
    if let Some(injected) = injected(knobs).await {
        if let Ok(r) = &injected {
            let op = route(method.as_str(), &path).map_or("none", |(op, _)| op.id());
            let status = r.status().as_u16();
            shared.metrics.request(op, status, started.elapsed());
        }
        return injected;
    }
    if let Some(media) = path.strip_prefix("/_emulator/") {
        return Ok(control_request(req, &shared, method.as_str(), media).await);
    }
    let (op, response) = api_request(req, &shared, method.as_str(), &path).await;
    let operation = op.map_or("none", |o| o.id());
    let status = response.status().as_u16();
    shared.metrics.request(operation, status, started.elapsed());
    Ok(response)
}

/// What the chaos settings do to a request before it is read: the latency, a dropped
/// connection, or an injected failure.
async fn injected(knobs: &Knobs) -> Option<Result<Response, DropConnection>> {
    let latency = *crate::shared::lock(&knobs.latency);
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let take_drop = knobs
        .drops
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
        .is_ok();
    if take_drop {
        return Some(Err(DropConnection));
    }
    if let Some((status, retry_after)) = crate::shared::lock(&knobs.failures).pop_front() {
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
        return Some(Ok(r));
    }
    None
}

/// A request to the control API (`/_emulator/...`).
async fn control_request(
    req: hyper::Request<Incoming>,
    shared: &Arc<Shared>,
    method: &str,
    control: &str,
) -> Response {
    let query = req.uri().query().unwrap_or("").to_string();
    if let Some(response) = crate::console::answer(shared, method, control).await {
        return response;
    }
    if (method, control) == ("GET", "metrics") {
        return hyper::Response::builder()
            .header(
                "content-type",
                "application/openmetrics-text; version=1.0.0; charset=utf-8",
            )
            .body(full(Bytes::from(shared.metrics.encode(shared))))
            .expect("valid response");
    }
    if let ("GET", Some(file)) = (method, control.strip_prefix("media/")) {
        let range = req
            .headers()
            .get(hyper::header::RANGE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let query: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        return answer(shared.with_store(|s| s.media_file(file, &query, range.as_deref())));
    }
    let body = match read_json(req).await {
        Ok(b) => b.unwrap_or_else(|| json!({})),
        Err(refused) => return refused,
    };
    answer(control_api(shared, method, control, &query, &body))
}

/// A request to the API: authorised, routed to its operation, and answered by the store.
async fn api_request(
    req: hyper::Request<Incoming>,
    shared: &Arc<Shared>,
    method: &str,
    path: &str,
) -> (Option<Operation>, Response) {
    let knobs = &shared.knobs;
    let authorized = req
        .headers()
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .is_some_and(|k| !k.trim().is_empty());
    if !authorized {
        return (
            None,
            error(
                StatusCode::UNAUTHORIZED,
                "10009",
                "Authentication failed",
                "The API key is missing or not a bearer token.",
                None,
            ),
        );
    }
    let query: Vec<(String, String)> =
        url::form_urlencoded::parse(req.uri().query().unwrap_or("").as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
    let body = match read_json(req).await {
        Ok(b) => b,
        Err(refused) => return (route(method, path).map(|r| r.0), refused),
    };
    let Some((op, path_params)) = route(method, path) else {
        let not_found = error(
            StatusCode::NOT_FOUND,
            "10005",
            "Resource not found",
            &format!("No operation at {method} {path}."),
            None,
        );
        return (None, not_found);
    };
    let reply = shared.with_store(|s| {
        if knobs.panic_next.swap(false, Ordering::SeqCst) {
            // Emulator::panic_next_request: a handler that panics holding the store lock.
            panic!("provoked by Emulator::panic_next_request");
        }
        s.handle(op, &path_params, &query, body.as_ref())
    });
    (Some(op), answer(reply))
}

/// The control API, relative to the base URL (no key needed):
/// `POST _emulator/rooms/{room_id}/join` (`{"context", "token"}`, both optional),
/// `POST _emulator/participants/{participant_id}/leave`,
/// `GET _emulator/webhooks[?after=<seq>]` and `POST _emulator/webhooks/chaos`; media files
/// (`GET _emulator/media/...`) and `GET _emulator/metrics` (Prometheus) are answered before,
/// in `control_request`.
fn control_api(shared: &Arc<Shared>, method: &str, path: &str, query: &str, body: &Value) -> Reply {
    let seg: Vec<&str> = path.trim_matches('/').split('/').collect();
    let id = |raw: &str, name: &str| {
        uuid::Uuid::parse_str(raw).map_err(|_| {
            super::store::invalid(name, format!("`{name}` must be a UUID, got `{raw}`"), false)
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
        ("POST", ["webhooks", "chaos"]) => {
            let chaos: crate::DeliveryChaos = match serde_json::from_value(body.clone()) {
                Ok(c) => c,
                Err(e) => {
                    return super::store::invalid("chaos", format!("`chaos`: {e}"), true).into()
                }
            };
            match shared.set_chaos(chaos) {
                Ok(()) => Reply::Json(StatusCode::OK, json!({ "data": chaos })),
                Err(why) => super::store::invalid("chaos", why, true).into(),
            }
        }
        ("GET", ["webhooks"]) => {
            let after = url::form_urlencoded::parse(query.as_bytes())
                .find(|(k, _)| k == "after")
                .map(|(_, v)| v.parse::<u64>());
            let after = match after {
                None => 0,
                Some(Ok(n)) => n,
                Some(Err(_)) => {
                    return super::store::invalid(
                        "after",
                        "`after` must be a sequence number (a non-negative integer)".into(),
                        false,
                    )
                    .into()
                }
            };
            let log = crate::shared::lock(&shared.deliveries);
            let page = log.after(after, crate::shared::LOG_PAGE);
            let last = page
                .last()
                .map_or(after.max(log.first_seq().saturating_sub(1)), |d| d.seq);
            Reply::Json(
                StatusCode::OK,
                json!({"data": page, "meta": {
                    "last_seq": last,
                    "first_seq": log.first_seq(),
                    "more": log.newest_seq() > last,
                }}),
            )
        }
        _ => Reply::Error(super::store::not_found("control operation", path)),
    }
}

/// The body as JSON, `None` when empty; a body over [`MAX_BODY`] is answered 413, one that
/// cannot be read or is not JSON 400, in Telnyx's error envelope.
async fn read_json(req: hyper::Request<Incoming>) -> Result<Option<Value>, Response> {
    let declared = req
        .headers()
        .get(hyper::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let too_large = || {
        error(
            StatusCode::PAYLOAD_TOO_LARGE,
            "10013",
            "Request body too large",
            &format!("The request body is larger than {MAX_BODY} bytes."),
            None,
        )
    };
    if declared.is_some_and(|n| n > MAX_BODY as u64) {
        return Err(too_large());
    }
    let bytes = match http_body_util::Limited::new(req.into_body(), MAX_BODY)
        .collect()
        .await
    {
        Ok(b) => b.to_bytes(),
        Err(e) if e.is::<http_body_util::LengthLimitError>() => return Err(too_large()),
        Err(_) => {
            return Err(error(
                StatusCode::BAD_REQUEST,
                "10002",
                "Invalid request body",
                "The request body could not be read to its end.",
                None,
            ))
        }
    };
    if bytes.is_empty() {
        return Ok(None);
    }
    serde_json::from_slice(&bytes).map(Some).map_err(|e| {
        error(
            StatusCode::BAD_REQUEST,
            "10002",
            "Invalid JSON",
            &format!("The request body is not JSON: {e}."),
            None,
        )
    })
}

/// A refusal in Telnyx's error envelope.
pub(crate) fn refused(r: Refusal) -> Response {
    answer(Reply::Error(r))
}

fn answer(reply: Reply) -> Response {
    match reply {
        Reply::Json(status, v) => json_response(status, &v),
        Reply::NoContent => hyper::Response::builder()
            .status(204)
            .body(full(Bytes::new()))
            .expect("valid"),
        Reply::File(file) => {
            let mut r = hyper::Response::builder()
                .status(file.status)
                .header("content-type", file.content_type)
                .header("content-length", file.body.len())
                .header("accept-ranges", "bytes");
            if let Some(range) = file.content_range {
                r = r.header("content-range", range);
            }
            // The bytes are made here, chunk by chunk as the client reads, outside the store's
            // lock: a download of any size delays no other request.
            let chunks = file
                .body
                .chunks()
                .map(|c| Ok::<_, std::convert::Infallible>(hyper::body::Frame::data(c)));
            r.body(StreamBody::new(futures::stream::iter(chunks)).boxed_unsync())
                .expect("valid response")
        }
        Reply::Error(Refusal {
            status,
            code,
            title,
            detail,
            source,
        }) => error(status, code, title, &detail, source),
    }
}

pub(crate) fn json_response(status: StatusCode, v: &Value) -> Response {
    hyper::Response::builder()
        .status(status)
        .header("content-type", "application/json")
        .body(full(Bytes::from(
            serde_json::to_vec(v).expect("JSON values serialise"),
        )))
        .expect("valid response")
}

pub(super) fn error(
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

/// The operation a request names, with its path parameters' values: `method` as sent, `path`
/// relative to the base URL (`/rooms/{id}`, no query), matched against the operation table.
/// `None` when no operation has that method and path.
pub(crate) fn route(method: &str, path: &str) -> Option<(Operation, Vec<(&'static str, String)>)> {
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    Operation::ALL.into_iter().find_map(|op| {
        if !op.method().eq_ignore_ascii_case(method) {
            return None;
        }
        let template: Vec<&'static str> = op.path().trim_matches('/').split('/').collect();
        if template.len() != segments.len() {
            return None;
        }
        let mut values = Vec::new();
        for (t, s) in template.iter().zip(&segments) {
            match t.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
                Some(name) if !s.is_empty() => values.push((name, s.to_string())),
                Some(_) => return None,
                None if t == s => {}
                None => return None,
            }
        }
        Some((op, values))
    })
}

#[cfg(test)]
mod route_tests {
    use super::*;

    #[test]
    fn every_operation_routes_to_itself() {
        let model = telnyx_rooms_codegen::model().unwrap();
        for op in Operation::ALL {
            let spec = model.operation(op.id()).unwrap();
            let path = op.path().replace('{', "x").replace('}', "");
            let (found, values) = route(op.method(), &path).unwrap();
            assert_eq!(found, op, "{} {}", op.method(), op.path());
            let path_params: Vec<&str> = spec.path_params().map(|p| p.name.as_str()).collect();
            let named: Vec<&str> = values.iter().map(|(n, _)| *n).collect();
            assert_eq!(named, path_params, "{op}");
        }
        assert_eq!(route("PUT", "/rooms"), None);
        assert_eq!(route("GET", "/rooms//sessions"), None);
    }
}
