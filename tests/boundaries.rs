//! The client's trust boundaries against servers that misbehave as proxies, load balancers and
//! misconfigured gateways do: redirects (across origins, and from https to plain http), a wait
//! whose poll is never answered, error answers past their cap, 408 on a POST, folded headers.

mod support;

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use support::{CaptureServer, Reply, TEST_KEY};
use telnyx_rooms::workflows::Wait;
use telnyx_rooms::{Client, Error, RetryPolicy};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const ROOM: &str = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";

fn room_reply() -> Reply {
    Reply::json(200, serde_json::json!({"data": {"id": ROOM}}))
}

/// Short backoffs, so the tests run quickly.
fn fast() -> RetryPolicy {
    RetryPolicy {
        initial_backoff: Duration::from_millis(10),
        max_backoff: Duration::from_millis(40),
        ..RetryPolicy::default()
    }
}

fn client(base: &str) -> Client {
    Client::builder()
        .api_key(TEST_KEY)
        .base_url(base)
        .retry_policy(fast())
        .build()
        .unwrap()
}

/// The error, checked for the key in every way it prints.
fn err<T: std::fmt::Debug>(r: Result<T, Error>) -> Error {
    let e = r.expect_err("must fail");
    for text in [e.to_string(), format!("{e:?}"), format!("{e:#?}")] {
        assert!(!text.contains(TEST_KEY), "the key leaked: {text}");
    }
    e
}

/// A chain base -> 307/308 -> other origin `/1` -> 307/308 -> the same other origin `/2`: no hop
/// of it is followed, so the other origin sees nothing (least of all the key), and the error
/// names both URLs. For GET and POST, 307 and 308.
#[tokio::test]
async fn a_redirect_chain_across_two_origins_is_not_followed() {
    for (status, post) in [(307, false), (308, false), (307, true), (308, true)] {
        let base = CaptureServer::start().await;
        let other = CaptureServer::start().await;
        let hop = |to: String| Reply::raw(status, "text/plain", "").header("location", to);
        base.reply(hop(format!("{}/1?secret=q", other.url())));
        other.reply(hop(format!("{}/2", other.url())));
        other.reply(room_reply());
        let c = client(&base.url());
        let e = if post {
            err(c.create_room().unique_name("r").execute().await)
        } else {
            err(c.get_room().room_id(ROOM).execute().await)
        };
        assert!(matches!(e, Error::Redirected { .. }), "{e:?}");
        assert_eq!(e.status().map(|s| s.as_u16()), Some(status));
        let text = e.to_string();
        let from = if post {
            format!("{}/rooms", base.url())
        } else {
            format!("{}/rooms/{ROOM}", base.url())
        };
        assert!(
            text.starts_with(&format!("{from} was redirected to {}/1 ", other.url())),
            "{text}"
        );
        assert!(text.contains("check the base URL"), "{text}");
        assert!(!text.contains("secret=q"), "the query is not shown: {text}");
        assert_eq!(e.attempts(), Some(1), "a redirect is not retried");
        assert_eq!(base.take().len(), 1);
        assert!(other.take().is_empty(), "nothing reached the other origin");
    }
}

/// A redirect to the same origin is not followed either: the API never redirects.
#[tokio::test]
async fn a_redirect_within_the_origin_is_an_error_too() {
    let base = CaptureServer::start().await;
    base.reply(Reply::raw(302, "text/plain", "").header("location", "/elsewhere"));
    let e = err(client(&base.url()).get_room().room_id(ROOM).execute().await);
    assert!(
        e.to_string().contains(&format!(
            "redirected to {}/elsewhere (302 Found)",
            base.url()
        )),
        "{e}"
    );
    assert_eq!(base.take().len(), 1);
}

/// A `reqwest::Client` brought with its default policy follows the chain itself: the answer it
/// fetched from elsewhere is refused, never returned as the room.
#[tokio::test]
async fn an_answer_a_brought_client_fetched_elsewhere_is_refused() {
    let base = CaptureServer::start().await;
    let other = CaptureServer::start().await;
    base.reply(Reply::raw(307, "text/plain", "").header("location", format!("{}/1", other.url())));
    other.reply(Reply::raw(307, "text/plain", "").header("location", format!("{}/2", other.url())));
    other.reply(room_reply());
    let c = Client::builder()
        .api_key(TEST_KEY)
        .base_url(base.url())
        .http_client(reqwest::Client::new())
        .build()
        .unwrap();
    let e = err(c.get_room().room_id(ROOM).execute().await);
    assert!(
        matches!(e, Error::Redirected { ref to, .. } if to == &format!("{}/2", other.url())),
        "{e:?}"
    );
}

/// A TLS server on loopback with a certificate made by the test for `localhost`.
struct Tls {
    port: u16,
    ca: reqwest::tls::Certificate,
}

impl Tls {
    /// Answers every request with `answer`.
    async fn start(answer: Vec<u8>) -> Tls {
        use tokio_rustls::rustls;
        let key = rcgen::KeyPair::generate().unwrap();
        let params = rcgen::CertificateParams::new(vec!["localhost".to_string()]).unwrap();
        let cert = params.self_signed(&key).unwrap();
        let ca = reqwest::tls::Certificate::from_pem(cert.pem().as_bytes()).unwrap();
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(
                vec![cert.der().clone()],
                rustls::pki_types::PrivateKeyDer::try_from(key.serialize_der()).unwrap(),
            )
            .unwrap();
        let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        tokio::spawn(async move {
            while let Ok((tcp, _)) = listener.accept().await {
                let (acceptor, answer) = (acceptor.clone(), answer.clone());
                tokio::spawn(async move {
                    let Ok(mut tls) = acceptor.accept(tcp).await else {
                        return;
                    };
                    if read_head(&mut tls).await {
                        let _ = tls.write_all(&answer).await;
                        let _ = tls.shutdown().await;
                    }
                });
            }
        });
        Tls { port, ca }
    }
}

/// An `https://` base URL whose server redirects to plain `http://`: refused, naming both URLs,
/// and nothing is sent in clear text.
#[tokio::test]
async fn a_redirect_from_https_to_http_is_refused() {
    let plain = CaptureServer::start().await;
    plain.reply(room_reply());
    let location = format!("{}/rooms/{ROOM}", plain.url());
    let tls = Tls::start(
        format!("HTTP/1.1 302 Found\r\nlocation: {location}\r\ncontent-length: 0\r\n\r\n")
            .into_bytes(),
    )
    .await;
    let base = format!("https://localhost:{}", tls.port);
    let c = Client::builder()
        .api_key(TEST_KEY)
        .base_url(&base)
        .add_root_certificate(tls.ca.clone())
        .build()
        .unwrap();
    let e = err(c.get_room().room_id(ROOM).execute().await);
    let text = e.to_string();
    assert!(
        text.starts_with(&format!(
            "{base}/rooms/{ROOM} was redirected to {location} (302 Found)"
        )),
        "{text}"
    );
    assert!(text.contains("leaves https"), "{text}");
    assert!(plain.take().is_empty(), "nothing went over plain http");
    // The same server answering a room is a room: the certificate and the TLS path work.
    let tls = Tls::start(
        format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{}",
            room_reply().body.len(),
            String::from_utf8(room_reply().body).unwrap()
        )
        .into_bytes(),
    )
    .await;
    let c = Client::builder()
        .api_key(TEST_KEY)
        .base_url(format!("https://localhost:{}", tls.port))
        .add_root_certificate(tls.ca)
        .build()
        .unwrap();
    assert_eq!(
        c.get_room()
            .room_id(ROOM)
            .execute()
            .await
            .unwrap()
            .id
            .to_string(),
        ROOM
    );
}

/// Reads a request's head (and no body: the requests here have none); false when the
/// connection closed first.
async fn read_head<S: AsyncReadExt + Unpin>(stream: &mut S) -> bool {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return false,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
    true
}

/// A server that answers each request with the next of its answers, written raw; `None`
/// reads the request and never answers.
async fn raw_server(answers: Vec<Option<Vec<u8>>>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let answers = Arc::new(Mutex::new(VecDeque::from(answers)));
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let answers = answers.clone();
            tokio::spawn(async move {
                let mut stream: TcpStream = {
                    if !read_head(&mut stream).await {
                        return;
                    }
                    stream
                };
                let next = answers.lock().unwrap().pop_front().flatten();
                match next {
                    Some(bytes) => {
                        let _ = stream.write_all(&bytes).await;
                    }
                    None => tokio::time::sleep(Duration::from_secs(3600)).await,
                }
            });
        }
    });
    url
}

fn composition(status: &str) -> Vec<u8> {
    let body = format!(r#"{{"data":{{"id":"{ROOM}","status":"{status}"}}}}"#);
    format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// A wait of 2 s whose second poll is never answered ends with `Error::Deadline` on time,
/// although the client's own timeout is a minute.
#[tokio::test]
async fn a_stalled_poll_ends_the_wait_on_its_deadline() {
    let url = raw_server(vec![Some(composition("processing")), None]).await;
    let c = client(&url);
    let wait = Wait {
        timeout: Duration::from_secs(2),
        first_interval: Duration::from_millis(100),
        max_interval: Duration::from_secs(5),
    };
    let started = Instant::now();
    let e = err(c.wait_for_composition(ROOM.parse().unwrap(), wait).await);
    let took = started.elapsed();
    assert!(matches!(e, Error::Deadline { .. }), "{e:?}");
    assert!(e.is_timeout());
    assert!(
        (Duration::from_secs(2)..Duration::from_millis(2500)).contains(&took),
        "ended after {took:?}"
    );
    let text = e.to_string();
    assert!(
        text.contains("status processing; the poll under way had no answer by the deadline"),
        "{text}"
    );
}

/// A wait whose polls all answer "not yet" makes its last poll just before the deadline and
/// ends at it (not before, not after) with what it saw.
#[tokio::test]
async fn a_wait_ends_on_time_with_what_it_saw_last() {
    let url = raw_server((0..100).map(|_| Some(composition("processing"))).collect()).await;
    let started = Instant::now();
    let e = err(client(&url)
        .wait_for_composition(ROOM.parse().unwrap(), Wait::up_to(Duration::from_secs(1)))
        .await);
    let took = started.elapsed();
    assert!(
        matches!(e, Error::Deadline { ref last_seen, .. } if last_seen == "status processing"),
        "{e:?}"
    );
    assert!(
        (Duration::from_secs(1)..Duration::from_millis(1200)).contains(&took),
        "ended after {took:?}"
    );
}

/// A 500 whose body is larger than the error cap is still a 500: an API error with the start
/// of its body and a note that it was cut, retried as a 500 is (GET: yes; POST: no).
#[tokio::test]
async fn an_oversized_error_answer_keeps_its_status() {
    let big = format!("<html>{}</html>", "gateway trouble ".repeat(200_000));
    for post in [false, true] {
        let s = CaptureServer::start().await;
        for _ in 0..3 {
            s.reply(Reply::raw(500, "text/html", big.clone()));
        }
        let c = client(&s.url());
        let e = err(if post {
            c.create_room().execute().await.map(|_| ())
        } else {
            c.get_room().room_id(ROOM).execute().await.map(|_| ())
        });
        let api = e
            .api_error()
            .unwrap_or_else(|| panic!("an API error: {e:?}"));
        assert_eq!(api.status().as_u16(), 500);
        assert_eq!(api.cut_at(), Some(64 * 1024));
        assert_eq!(api.raw_body().unwrap().len(), 64 * 1024);
        assert!(api.raw_body().unwrap().starts_with("<html>gateway trouble"));
        let text = e.to_string();
        assert!(text.starts_with("Telnyx API error 500 Internal Server Error: a body that starts <html>gateway trouble"), "{text}");
        assert!(
            text.contains("(the body was cut at the client's limit of 64 KiB for error answers)"),
            "{text}"
        );
        let (attempts, requests) = if post { (1, 1) } else { (3, 3) };
        assert_eq!(e.attempts(), Some(attempts), "post: {post}");
        assert_eq!(s.take().len(), requests, "post: {post}");
    }
}

/// A body cut inside an echoed key keeps none of the key.
#[tokio::test]
async fn a_cut_never_leaves_part_of_the_key() {
    let s = CaptureServer::start().await;
    let limit = 1000;
    let mut body = "x".repeat(limit - 10);
    body.push_str(TEST_KEY);
    s.reply(Reply::raw(400, "text/plain", body));
    let c = Client::builder()
        .api_key(TEST_KEY)
        .base_url(s.url())
        .max_error_response_bytes(limit)
        .build()
        .unwrap();
    let e = err(c.get_room().room_id(ROOM).execute().await);
    let raw = e.api_error().unwrap().raw_body().unwrap();
    assert!(raw.ends_with("x[REDACTED]"), "{}", &raw[raw.len() - 30..]);
    assert!(!raw.contains(&TEST_KEY[..10]));
}

/// 408: the server did not receive the whole request, so a POST is sent again.
#[tokio::test]
async fn a_post_answered_408_is_retried() {
    let s = CaptureServer::start().await;
    s.reply(Reply::json(
        408,
        serde_json::json!({"errors": [{"title": "Request Timeout"}]}),
    ));
    s.reply(Reply::json(201, serde_json::json!({"data": {"id": ROOM}})));
    let room = client(&s.url())
        .create_room()
        .unique_name("r")
        .execute()
        .await
        .unwrap();
    assert_eq!(room.id.to_string(), ROOM);
    let seen = s.take();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[0].body, seen[1].body, "the same request, sent again");
}

/// A response header folded over two lines (obs-fold) is read with the fold as spaces
/// (RFC 9112 5.2), as curl and python-requests read it.
#[tokio::test]
async fn a_folded_header_is_accepted() {
    let body = format!(r#"{{"data":{{"id":"{ROOM}"}}}}"#);
    let answer = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nx-note: first\r\n  second\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    );
    let url = raw_server(vec![Some(answer.into_bytes())]).await;
    let answer = client(&url).get_room().room_id(ROOM).send().await.unwrap();
    let note = answer.headers()["x-note"].to_str().unwrap();
    assert!(
        note.starts_with("first") && note.ends_with("second"),
        "{note:?}"
    );
    assert!(!note.contains(['\r', '\n']), "{note:?}");
    assert_eq!(answer.into_inner().id.to_string(), ROOM);
}

/// A 50 MB delivery to an axum app that verifies with `VerifiedWebhook` is answered 413 (the
/// app's body limit), as axum's own extractors answer it, not 400.
#[cfg(feature = "axum")]
#[tokio::test]
async fn an_oversized_delivery_is_answered_413() {
    use telnyx_rooms::webhooks::axum::VerifiedWebhook;
    use telnyx_rooms::webhooks::WebhookVerifier;
    async fn hook(VerifiedWebhook(_): VerifiedWebhook) -> &'static str {
        "ok"
    }
    let signer = telnyx_rooms::webhooks::testing::TestSigner::generate();
    let verifier = WebhookVerifier::new(&signer.public_key_base64()).unwrap();
    let app = axum::Router::new()
        .route("/hooks", axum::routing::post(hook))
        .with_state(verifier);
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hooks", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    let big = vec![b'{'; 50 * 1024 * 1024];
    for chunked in [false, true] {
        let body = if chunked {
            let chunks = big
                .chunks(1 << 20)
                .map(|c| Ok::<_, std::io::Error>(c.to_vec()));
            reqwest::Body::wrap_stream(futures::stream::iter(chunks.collect::<Vec<_>>()))
        } else {
            reqwest::Body::from(big.clone())
        };
        let answer = reqwest::Client::new()
            .post(&url)
            .header("telnyx-signature-ed25519", "x")
            .header("telnyx-timestamp", "1")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status().as_u16(), 413, "chunked: {chunked}");
    }
}
