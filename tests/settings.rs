//! Promises that must hold under every setting, not only the defaults: a connect that never
//! completes is a connect failure (retried for every method, POST included) whatever timeout
//! the client or the call has (a POST that was sent and timed out is not retried: see
//! `faults.rs`); a `Retry-After` of any size or shape is honoured up to the cap,
//! and one too large to represent ends the retries; the key is printable ASCII or refused
//! before anything is sent; a zero timeout is refused.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use support::{CaptureServer, Reply, TEST_KEY};
use telnyx_rooms::{Client, Error, RetryPolicy, Stage};
use tokio::io::AsyncReadExt;
use tokio::net::TcpListener;

const ROOM: &str = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";

fn fast() -> RetryPolicy {
    RetryPolicy {
        initial_backoff: Duration::from_millis(10),
        max_backoff: Duration::from_millis(20),
        ..RetryPolicy::default()
    }
}

/// A server that accepts TCP connections and never answers the TLS handshake: an `https://`
/// connect to it never completes. Counts the connections it accepted.
async fn silent_tls_server() -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!(
        "https://localhost:{}",
        listener.local_addr().unwrap().port()
    );
    let accepted = Arc::new(AtomicUsize::new(0));
    let count = accepted.clone();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            count.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(async move {
                let mut sink = [0u8; 1024];
                while matches!(stream.read(&mut sink).await, Ok(n) if n > 0) {}
            });
        }
    });
    (url, accepted)
}

fn assert_connect_failure(e: &Error, attempts: u32) {
    assert_eq!(e.stage(), Some(Stage::Connect), "{e}");
    assert!(e.is_timeout(), "{e}");
    assert_eq!(e.attempts(), Some(attempts), "{e}");
    assert!(e.to_string().starts_with("timed out connecting"), "{e}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_connect_that_never_completes_is_a_connect_failure_under_any_timeout() {
    let (url, accepted) = silent_tls_server().await;
    // A timeout far shorter than the connect timeout (5 s by default).
    let client = Client::builder()
        .api_key(TEST_KEY)
        .base_url(&url)
        .timeout(Duration::from_millis(300))
        .retry_policy(fast())
        .build()
        .unwrap();
    let started = Instant::now();
    // A POST: it was never sent, so it is retried like any other method.
    let e = client
        .create_room()
        .unique_name("x")
        .execute()
        .await
        .unwrap_err();
    assert_connect_failure(&e, 3);
    assert_eq!(
        accepted.load(Ordering::SeqCst),
        3,
        "three connects, no request"
    );
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "each attempt ended at its own timeout: {:?}",
        started.elapsed()
    );

    // The same with a timeout set for one call, and with the connect timeout longer still.
    let client = Client::builder()
        .api_key(TEST_KEY)
        .base_url(&url)
        .connect_timeout(Duration::from_secs(30))
        .retry_policy(fast())
        .build()
        .unwrap();
    let e = client
        .with_timeout(Duration::from_millis(200))
        .with_max_retries(1)
        .create_room()
        .execute()
        .await
        .unwrap_err();
    assert_connect_failure(&e, 2);

    // And when the connect timeout is the shorter one, it is the one that ends the connect.
    let client = Client::builder()
        .api_key(TEST_KEY)
        .base_url(&url)
        .connect_timeout(Duration::from_millis(100))
        .timeout(Duration::from_secs(30))
        .max_retries(0)
        .build()
        .unwrap();
    let started = Instant::now();
    let e = client.get_room().room_id(ROOM).execute().await.unwrap_err();
    assert_connect_failure(&e, 1);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

/// Calls `get_room` against a server answering 503 with `retry_after` until the call gives up,
/// then 200; returns (attempts made, time taken).
async fn get_with_retry_after(retry_after: &str) -> (usize, Duration) {
    let s = CaptureServer::start().await;
    for _ in 0..3 {
        s.reply(
            Reply::json(503, serde_json::json!({"errors": []})).header("retry-after", retry_after),
        );
    }
    let started = Instant::now();
    let _ = s
        .client()
        .with_retry_policy(fast())
        .get_room()
        .room_id(ROOM)
        .execute()
        .await;
    (s.take().len(), started.elapsed())
}

#[tokio::test]
async fn retry_after_of_any_size_or_shape() {
    // Too large to represent: too long, never absent (then it would be retried at once).
    for huge in ["99999999999999999999999999", "18446744073709551616", "3600"] {
        let (attempts, took) = get_with_retry_after(huge).await;
        assert_eq!(attempts, 1, "Retry-After: {huge} ends the retries");
        assert!(took < Duration::from_secs(1), "{took:?}");
    }
    // Fractions and zero are waits; unreadable values fall back to the backoff.
    let (attempts, took) = get_with_retry_after("0.3").await;
    assert_eq!(attempts, 3);
    assert!(
        took >= Duration::from_millis(600),
        "waited 0.3 s twice: {took:?}"
    );
    for shape in ["0", "soon", "-1"] {
        let (attempts, took) = get_with_retry_after(shape).await;
        assert_eq!(attempts, 3, "Retry-After: {shape}");
        assert!(took < Duration::from_secs(1), "{shape}: {took:?}");
    }
    // Up to the policy's cap, whatever it is.
    let s = CaptureServer::start().await;
    s.reply(Reply::json(429, serde_json::json!({})).header("retry-after", "2"));
    let policy = RetryPolicy {
        max_retry_after: Duration::from_secs(1),
        ..fast()
    };
    let e = s
        .client()
        .with_retry_policy(policy)
        .create_room()
        .execute()
        .await
        .unwrap_err();
    assert_eq!(
        (e.attempts(), s.take().len()),
        (Some(1), 1),
        "2 s is past a 1 s cap"
    );
}

#[test]
fn the_key_must_be_printable_ascii_and_the_error_never_shows_it() {
    let secret = "KEY0123secret";
    for (key, position, what) in [
        (format!("{secret}\u{200b}"), "14 of 14", "U+200B"),
        (format!("\u{feff}{secret}"), "1 of 14", "U+FEFF"),
        ("KEY\u{a0}0123secret".to_string(), "4 of 14", "U+00A0"),
        ("KEY0123sécret".to_string(), "9 of 13", "U+00E9"),
        ("KEY0123 secret".to_string(), "8 of 14", "a space"),
        ("KEY0123\tsecret".to_string(), "8 of 14", "U+0009"),
        ("KEY0123\u{7f}secret".to_string(), "8 of 14", "U+007F"),
    ] {
        let e = Client::builder().api_key(&key).build().unwrap_err();
        let text = e.to_string();
        assert!(matches!(e, Error::Config(_)), "{text}");
        assert!(text.contains("printable ASCII"), "{text}");
        assert!(
            text.contains(&format!("character {position}")),
            "{key:?}: {text}"
        );
        assert!(text.contains(what), "{key:?}: {text}");
        for shown in [text, format!("{e:?}")] {
            assert!(
                !shown.contains("secret") && !shown.contains("cret"),
                "{shown}"
            );
        }
    }
    // Whitespace around the key (a newline from a file) is trimmed, not refused.
    assert!(Client::builder()
        .api_key(format!(" {secret}\n"))
        .build()
        .is_ok());
}

#[tokio::test]
async fn a_bad_key_sends_nothing() {
    let s = CaptureServer::start().await;
    let e = Client::builder()
        .api_key("KEY\u{200b}x")
        .base_url(s.url())
        .build()
        .unwrap_err();
    assert!(e.to_string().contains("U+200B"), "{e}");
    // A client with a good key reaches the server: the capture works.
    s.reply(Reply::json(204, serde_json::json!(null)));
    Client::builder()
        .api_key(TEST_KEY)
        .base_url(s.url())
        .build()
        .unwrap()
        .delete_room()
        .room_id(ROOM)
        .execute()
        .await
        .unwrap();
    assert_eq!(s.take().len(), 1, "only the good client's request arrived");
}

#[test]
fn zero_timeouts_are_refused() {
    for b in [
        Client::builder().api_key(TEST_KEY).timeout(Duration::ZERO),
        Client::builder()
            .api_key(TEST_KEY)
            .connect_timeout(Duration::ZERO),
    ] {
        let e = b.build().unwrap_err().to_string();
        assert!(e.contains("must be longer than zero"), "{e}");
    }
}

#[tokio::test]
async fn an_observer_is_told_of_every_attempt_without_the_key() {
    let s = CaptureServer::start().await;
    s.reply(Reply::json(503, serde_json::json!({"errors": []})).header("retry-after", "0"));
    s.reply(Reply::json(200, serde_json::json!({"data": {"id": ROOM}})));
    let seen: Arc<std::sync::Mutex<Vec<String>>> = Arc::default();
    let sink = seen.clone();
    let client = Client::builder()
        .api_key(TEST_KEY)
        .base_url(s.url())
        .observe(move |a| {
            sink.lock().unwrap().push(format!(
                "{} {} {} {:?} {:?}",
                a.operation, a.method, a.url, a.number, a.status
            ));
            assert!(!format!("{a:?}").contains(TEST_KEY));
        })
        .build()
        .unwrap();
    client.get_room().room_id(ROOM).execute().await.unwrap();
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 2, "{seen:?}");
    assert!(
        seen[0].ends_with(&format!("/rooms/{ROOM} 1 Some(503)")),
        "{seen:?}"
    );
    assert!(
        seen[1].ends_with(&format!("/rooms/{ROOM} 2 Some(200)")),
        "{seen:?}"
    );
    assert!(
        seen[0].starts_with("get_room GET http://127.0.0.1:"),
        "{seen:?}"
    );
    assert!(!format!("{client:?}").contains(TEST_KEY));
}
