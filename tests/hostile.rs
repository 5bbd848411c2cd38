//! Hostile and broken servers: answers that announce gigabytes, never end, or expand from
//! kilobytes of gzip into gigabytes, through `execute()`, `send()` and a stream; and server
//! text full of terminal escapes. Memory stays bounded by the caps (the peak is printed and
//! asserted; this binary holds only these tests, so the peak is theirs), nothing too large is
//! retried (an error answer is cut at its cap and is the error of its status), the connection
//! is dropped, and no control character from a server reaches
//! `Display`, `Debug` or tracing.

mod support;

use std::sync::{Arc, Mutex};

use futures::TryStreamExt;
use reqwest::StatusCode;
use support::hostile::{Body, Hostile};
use support::{CaptureServer, Reply, TEST_KEY};
use telnyx_rooms::{Client, Error};

const ROOM: &str = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";

fn client(url: &str) -> Client {
    Client::builder()
        .api_key(TEST_KEY)
        .base_url(url)
        .build()
        .unwrap()
}

/// Peak resident set size of this process (Linux `VmHWM`), in MiB.
fn peak_rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let kib: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    kib / 1024.0
}

/// A `get_room` against a hostile server, which must fail.
async fn get_room_from(server: &Hostile) -> Error {
    client(&server.url)
        .get_room()
        .room_id(ROOM)
        .execute()
        .await
        .unwrap_err()
}

/// The error of a call against a hostile server: too large, with the answer's status, after
/// one attempt and one request (a GET with retries on is not retried), and the server stopped
/// well before it ran out of body to send.
fn assert_too_large(e: &Error, server: &Hostile, status: u16, limit: usize) {
    assert!(e.is_too_large(), "{e}");
    assert_eq!(e.status(), Some(StatusCode::from_u16(status).unwrap()));
    assert_eq!(e.attempts(), Some(1), "{e}");
    assert_eq!(server.requests(), 1, "never retried");
    let text = e.to_string();
    assert!(
        text.contains("limit of") && text.contains("not retried"),
        "{text}"
    );
    // The client hung up: what the server managed to write is near the cap, not the gigabytes
    // it had to offer (socket buffers hold a few MiB).
    let sent = server.sent();
    assert!(
        sent < limit as u64 + (16 << 20),
        "the server wrote {sent} bytes for a cap of {limit}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_answers_are_cut_at_their_caps_and_memory_stays_bounded() {
    const SUCCESS: usize = telnyx_rooms::config::DEFAULT_MAX_RESPONSE_BYTES;
    const ERROR: usize = telnyx_rooms::config::DEFAULT_MAX_ERROR_RESPONSE_BYTES;
    let before = peak_rss_mib();

    // 10 GiB announced: refused before a byte of it is read.
    let s = Hostile::start(200, Body::Declared(10 << 30)).await;
    let e = get_room_from(&s).await;
    assert_too_large(&e, &s, 200, SUCCESS);
    assert!(
        s.sent() <= 8 << 20,
        "nothing read of a declared body: {}",
        s.sent()
    );

    // A body that never ends, and a gzip bomb: cut after 32 MiB decoded.
    for body in [Body::Endless, Body::GzipBomb] {
        let s = Hostile::start(200, body).await;
        let e = client(&s.url).list_rooms().execute().await.unwrap_err();
        assert_too_large(&e, &s, 200, SUCCESS);
        assert!(
            e.to_string().contains("32 MiB for successful answers"),
            "{e}"
        );
    }

    // Error answers keep much less: the first 64 KiB, counted after decompression too; the
    // error is the API error of its status, retried as that status is (500, 503: yes).
    for (status, body, attempts) in [
        (500, Body::Endless, 3),
        (404, Body::GzipBomb, 1),
        (503, Body::Declared(1 << 40), 3),
    ] {
        let s = Hostile::start(status, body).await;
        let e = client(&s.url)
            .with_retry_policy(telnyx_rooms::RetryPolicy {
                initial_backoff: std::time::Duration::from_millis(10),
                ..Default::default()
            })
            .get_room()
            .room_id(ROOM)
            .execute()
            .await
            .unwrap_err();
        let api = e.api_error().unwrap_or_else(|| panic!("{e:?}"));
        assert_eq!(api.status().as_u16(), status);
        assert_eq!(api.cut_at(), Some(ERROR));
        assert!(
            e.to_string()
                .contains("cut at the client's limit of 64 KiB for error answers"),
            "{e}"
        );
        assert_eq!(
            (e.attempts(), s.requests()),
            (Some(attempts), attempts as usize)
        );
        let sent = s.sent();
        assert!(
            sent < attempts as u64 * (ERROR as u64 + (16 << 20)),
            "the server wrote {sent} bytes for a cap of {ERROR}"
        );
    }

    // Through a stream: the error ends it.
    let s = Hostile::start(200, Body::GzipBomb).await;
    let listed: Result<Vec<_>, _> = client(&s.url).list_rooms().stream().try_collect().await;
    assert_too_large(&listed.unwrap_err(), &s, 200, SUCCESS);

    // Through send(): the same error.
    let s = Hostile::start(200, Body::Endless).await;
    let e = client(&s.url)
        .get_room()
        .room_id(ROOM)
        .send()
        .await
        .unwrap_err();
    assert_too_large(&e, &s, 200, SUCCESS);

    let peak = peak_rss_mib();
    println!(
        "peak RSS after hostile answers (2 GiB offered each): {peak:.1} MiB (before: {before:.1} MiB)"
    );
    assert!(
        peak < before + 3.0 * (SUCCESS >> 20) as f64,
        "memory is bounded by the cap: peak {peak:.1} MiB"
    );
}

#[tokio::test]
async fn caps_are_configurable_and_a_body_at_the_cap_is_read() {
    let room = serde_json::json!({"data": {"id": ROOM, "unique_name": "x".repeat(2000)}});
    let exact = serde_json::to_vec(&room).unwrap().len();
    let s = CaptureServer::start().await;
    let capped = |bytes: usize, errors: usize| {
        Client::builder()
            .api_key(TEST_KEY)
            .base_url(s.url())
            .max_response_bytes(bytes)
            .max_error_response_bytes(errors)
            .build()
            .unwrap()
    };
    s.reply(Reply::json(200, room.clone()));
    let got = capped(exact, 10).get_room().room_id(ROOM).execute().await;
    assert_eq!(got.unwrap().id.to_string(), ROOM, "exactly at the cap");
    s.reply(Reply::json(200, room.clone()));
    let e = capped(exact - 1, 10)
        .get_room()
        .room_id(ROOM)
        .execute()
        .await
        .unwrap_err();
    assert!(e.is_too_large(), "{e}");
    assert!(
        e.to_string()
            .contains(&format!("limit of {} bytes", exact - 1)),
        "{e}"
    );
    // An error answer over its own cap, under the success cap: its start, and its status.
    let error = serde_json::json!({"errors": [{"code": "10005", "title": "y".repeat(500)}]});
    s.reply(Reply::json(404, error.clone()));
    let e = capped(1 << 20, 100)
        .get_room()
        .room_id(ROOM)
        .execute()
        .await
        .unwrap_err();
    assert!(!e.is_too_large() && e.is_not_found(), "{e}");
    assert_eq!(e.api_error().unwrap().raw_body().unwrap().len(), 100);
    assert!(
        e.to_string()
            .contains("cut at the client's limit of 100 bytes"),
        "{e}"
    );
    // Zero is refused when the client is built.
    for e in [
        Client::builder()
            .api_key(TEST_KEY)
            .max_response_bytes(0)
            .build(),
        Client::builder()
            .api_key(TEST_KEY)
            .max_error_response_bytes(0)
            .build(),
    ] {
        let e = e.unwrap_err().to_string();
        assert!(e.contains("must be at least 1 byte"), "{e}");
    }
}

/// Terminal escapes, a bell, CR/LF that would forge a log line, C1 controls and a
/// right-to-left override; and non-ASCII text that must stay readable.
const NASTY: &str = "\u{1b}[31mred\u{1b}[0m\r\nFAKE LOG LINE\u{7}\u{9b}2J\u{202e}evil";
const READABLE: &str = "Zürich – 東京";

/// No control character from [`NASTY`] in `text`. A pretty `Debug` and a log have line breaks
/// of their own: there the server's CR/LF must not start a line of its own.
fn assert_printable(text: &str, what: &str) {
    for c in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
        assert!(!text.contains(c), "{what} holds {c:?} raw: {text:?}");
    }
    assert!(
        !text.contains("\rFAKE") && !text.contains("\nFAKE"),
        "{what} lets the server start a line: {text:?}"
    );
}

/// A `Display`: one line, whatever the server sent.
fn assert_one_printable_line(text: &str, what: &str) {
    assert_printable(text, what);
    assert!(!text.contains(['\r', '\n']), "{what}: {text:?}");
}

#[tokio::test]
async fn server_text_reaches_display_and_debug_with_control_characters_escaped() {
    let s = CaptureServer::start().await;
    let c = s.client();
    let title = format!("{NASTY} {READABLE}");
    s.reply(Reply::json(
        422,
        serde_json::json!({"errors": [{"code": NASTY, "title": title, "detail": NASTY}]}),
    ));
    let e = c.get_room().room_id(ROOM).execute().await.unwrap_err();
    let shown = e.to_string();
    assert_one_printable_line(&shown, "an API error's Display");
    assert!(
        shown.contains(READABLE),
        "non-ASCII stays readable: {shown}"
    );
    assert!(
        shown.contains("\\u{1b}[31mred"),
        "escaped as {{:?}} would: {shown}"
    );
    assert_printable(&format!("{e:?}"), "an API error's Debug");
    assert_printable(&format!("{e:#?}"), "an API error's pretty Debug");
    // The error list itself keeps the server's text as sent, for programs.
    assert_eq!(
        e.api_error().unwrap().errors()[0].detail.as_deref(),
        Some(NASTY)
    );

    // A body that is not Telnyx's error JSON: the excerpt.
    s.reply(Reply::raw(502, "text/html", format!("<h1>{NASTY}</h1>")));
    let e = c
        .with_max_retries(0)
        .get_room()
        .room_id(ROOM)
        .execute()
        .await
        .unwrap_err();
    assert_one_printable_line(&e.to_string(), "an excerpt");
    assert_printable(&format!("{e:?}"), "an excerpt's Debug");

    // An answer that does not decode: serde's message quotes the server's value.
    s.reply(Reply::json(
        200,
        serde_json::json!({"data": {"id": ROOM, "record_type": {NASTY: 1}, "max_participants": NASTY}}),
    ));
    let e = c.get_room().room_id(ROOM).execute().await.unwrap_err();
    assert!(matches!(e, Error::Decode { .. }), "{e}");
    assert_one_printable_line(&e.to_string(), "a decoding error");
    assert_printable(&format!("{e:?}"), "a decoding error's Debug");
}

/// A writer the tracing subscriber logs into.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "current_thread")]
async fn tracing_fields_carry_no_server_text() {
    let out = Captured::default();
    let writer = out.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let s = CaptureServer::start().await;
    for _ in 0..3 {
        s.reply(
            Reply::json(
                503,
                serde_json::json!({"errors": [{"title": NASTY, "detail": NASTY}]}),
            )
            .header("retry-after", "0"),
        );
    }
    let e = s
        .client()
        .get_room()
        .room_id(ROOM)
        .execute()
        .await
        .unwrap_err();
    assert_eq!(e.attempts(), Some(3), "{e}");
    let logged = String::from_utf8(out.0.lock().unwrap().clone()).unwrap();
    assert!(logged.contains("retrying"), "{logged}");
    assert_printable(&logged, "the tracing output");
    assert!(!logged.contains("FAKE LOG LINE"), "{logged}");
}
