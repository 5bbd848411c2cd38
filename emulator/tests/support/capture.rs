//! A loopback HTTP server that records every request and answers what the test queued: the
//! webhook receiver of the emulator's tests, and the fake API of the client's tests (which
//! include this file).

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;

/// One request as the server saw it.
#[derive(Debug, Clone)]
pub struct Captured {
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    pub headers: Vec<(String, String)>,
    pub body: Bytes,
}

impl Captured {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    /// Query pairs, decoded, in order.
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        url::form_urlencoded::parse(self.query.as_deref().unwrap_or("").as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    }
    pub fn json(&self) -> Option<serde_json::Value> {
        if self.body.is_empty() {
            None
        } else {
            Some(serde_json::from_slice(&self.body).expect("request body is JSON"))
        }
    }
}

/// A canned answer.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    pub headers: Vec<(&'static str, String)>,
}

impl Reply {
    pub fn json(status: u16, body: serde_json::Value) -> Self {
        Reply {
            status,
            content_type: "application/json",
            body: body.to_string().into_bytes(),
            headers: Vec::new(),
        }
    }
    /// The same answer with one more header.
    #[allow(dead_code)]
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }
    pub fn raw(status: u16, content_type: &'static str, body: impl Into<Vec<u8>>) -> Self {
        Reply {
            status,
            content_type,
            body: body.into(),
            headers: Vec::new(),
        }
    }
}

/// The success answer the API gives for a method and path, with an empty or minimal body:
/// used when the test queued nothing.
pub fn auto_reply(method: &str, path: &str) -> Reply {
    use serde_json::json;
    let segments = path.trim_matches('/').split('/').count();
    match (method, path) {
        ("DELETE", "/room_recordings") => Reply::json(201, json!({"data": {"room_recordings": 0}})),
        ("DELETE", _) => Reply::raw(204, "text/plain", ""),
        ("POST", "/room_compositions") => Reply::json(202, json!({"data": {"id": ANY_ID}})),
        ("POST", "/rooms") => Reply::json(201, json!({"data": {"id": ANY_ID}})),
        ("POST", p) if p.ends_with("_client_token") => Reply::json(
            201,
            json!({"data": {"token": "t", "token_expires_at": "2026-01-01T00:10:00Z",
                "refresh_token": "eyJhbGciOiJFZDI1NTE5In0.e30.sig", "refresh_token_expires_at": "2026-01-01T01:00:00Z"}}),
        ),
        ("POST", _) => Reply::json(200, json!({"data": {"result": "ok"}})),
        ("GET", _) if segments % 2 == 1 => Reply::json(
            200,
            json!({"data": [], "meta": {"page_number": 1, "page_size": 20, "total_pages": 0, "total_results": 0}}),
        ),
        _ => Reply::json(200, json!({"data": {"id": ANY_ID}})),
    }
}

/// The id of every resource in [`auto_reply`]'s answers.
pub const ANY_ID: &str = "00000000-0000-4000-8000-000000000000";

#[derive(Default)]
struct State {
    seen: Vec<Captured>,
    replies: VecDeque<Reply>,
}

/// The server; dropped with the runtime.
#[derive(Clone)]
pub struct CaptureServer {
    pub addr: SocketAddr,
    state: Arc<Mutex<State>>,
}

impl CaptureServer {
    pub async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let state: Arc<Mutex<State>> = Arc::default();
        let st = state.clone();
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let st = st.clone();
                tokio::spawn(async move {
                    let svc = service_fn(move |req: hyper::Request<hyper::body::Incoming>| {
                        let st = st.clone();
                        async move {
                            let (parts, body) = req.into_parts();
                            let body = body
                                .collect()
                                .await
                                .map(|b| b.to_bytes())
                                .unwrap_or_default();
                            let captured = Captured {
                                method: parts.method.to_string(),
                                path: parts.uri.path().to_string(),
                                query: parts.uri.query().map(str::to_string),
                                headers: parts
                                    .headers
                                    .iter()
                                    .map(|(k, v)| {
                                        (k.to_string(), v.to_str().unwrap_or("?").to_string())
                                    })
                                    .collect(),
                                body,
                            };
                            let reply = {
                                let mut s = st.lock().unwrap();
                                s.seen.push(captured);
                                let c = s.seen.last().expect("just pushed");
                                let auto = auto_reply(&c.method, &c.path);
                                s.replies.pop_front().unwrap_or(auto)
                            };
                            let mut answer = hyper::Response::builder()
                                .status(reply.status)
                                .header("content-type", reply.content_type);
                            for (k, v) in reply.headers {
                                answer = answer.header(k, v);
                            }
                            Ok::<_, std::convert::Infallible>(
                                answer.body(Full::new(Bytes::from(reply.body))).unwrap(),
                            )
                        }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), svc)
                        .await;
                });
            }
        });
        CaptureServer { addr, state }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Queues the answer to the next request.
    pub fn reply(&self, r: Reply) {
        self.state.lock().unwrap().replies.push_back(r);
    }

    /// Every request seen so far, drained.
    pub fn take(&self) -> Vec<Captured> {
        std::mem::take(&mut self.state.lock().unwrap().seen)
    }

    /// A client for this server with a test key.
    pub fn client(&self) -> telnyx_rooms::Client {
        telnyx_rooms::Client::builder()
            .api_key(TEST_KEY)
            .base_url(self.url())
            .build()
            .unwrap()
    }
}

/// The key the tests use; asserted absent from logs and errors.
pub const TEST_KEY: &str = "KEY017F3C6F0DEADBEEFsecret_test_key";
