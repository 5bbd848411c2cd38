//! `webhooks listen --store`: two receivers sharing one store (a real Redis, then a real
//! PostgreSQL, started by the store crate's test support). The same signed webhook delivered to
//! both is "changed" at exactly one of them, and each sees what the other stored.

#[path = "../../store/tests/support/mod.rs"]
mod servers;

use std::process::Stdio;
use std::time::Duration;

use telnyx_rooms::webhooks::testing::TestSigner;
use tokio::io::{AsyncBufReadExt, BufReader};

struct Receiver {
    _child: tokio::process::Child,
    port: u16,
    stdout: tokio::io::Lines<BufReader<tokio::process::ChildStdout>>,
    /// Kept open: what the receiver reports goes here.
    stderr: tokio::io::Lines<BufReader<tokio::process::ChildStderr>>,
}

async fn receiver(store: &str, key: &str) -> Receiver {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_telnyx-rooms"))
        .args([
            "webhooks",
            "listen",
            "-o",
            "jsonl",
            "--port",
            &port.to_string(),
        ])
        .args(["--store", store])
        .env("TELNYX_PUBLIC_KEY", key)
        .env_remove("TELNYX_ROOMS_STORE")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap()).lines();
    let first = tokio::time::timeout(Duration::from_secs(10), stderr.next_line())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert_eq!(first, format!("listening on http://127.0.0.1:{port}"));
    let stdout = BufReader::new(child.stdout.take().unwrap()).lines();
    Receiver {
        _child: child,
        port,
        stdout,
        stderr,
    }
}

impl Receiver {
    async fn deliver(&mut self, signer: &TestSigner, body: &str) -> serde_json::Value {
        let r = reqwest::Client::new()
            .post(format!("http://127.0.0.1:{}/hooks", self.port))
            .headers(signer.headers(chrono::Utc::now().timestamp(), body.as_bytes()))
            .body(body.to_string())
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        let line = tokio::time::timeout(Duration::from_secs(5), self.stdout.next_line())
            .await
            .unwrap()
            .unwrap()
            .unwrap();
        serde_json::from_str(&line).unwrap()
    }
}

const ROOM: &str = "0ccc7b54-4df3-4bca-a65a-35a1ecc777f0";
const SESSION: &str = "7b61621f-62e0-4aad-ab11-9fd19e272e73";

fn joined(participant: &str, context: &str, id: &str) -> String {
    serde_json::json!({"data": {
        "event_type": "video.room.participant.joined",
        "id": id,
        "occurred_at": chrono::Utc::now(),
        "payload": {"room_id": ROOM, "session_id": SESSION,
                    "participant_id": participant, "context": context},
    }})
    .to_string()
}

async fn two_receivers_share(store: &str) {
    let signer = TestSigner::generate();
    let key = signer.public_key_base64();
    let mut a = receiver(store, &key).await;
    let mut b = receiver(store, &key).await;
    let alice = joined(
        "5ccc7b54-4df3-4bca-a65a-35a1ecc777f0",
        "Alice",
        "6b61621f-62e0-4aad-ab11-9fd19e272e70",
    );
    // The same delivery at both: changed at one, already known at the other.
    let first = a.deliver(&signer, &alice).await;
    let second = b.deliver(&signer, &alice).await;
    assert_eq!(first["applied"], "changed", "{store}: {first}");
    assert_eq!(second["applied"], "already known", "{store}: {second}");
    // Bob joins through B; B's state has Alice, whom only A was told of.
    let bob = joined(
        "6ccc7b54-4df3-4bca-a65a-35a1ecc777f0",
        "Bob",
        "6b61621f-62e0-4aad-ab11-9fd19e272e71",
    );
    let line = b.deliver(&signer, &bob).await;
    assert_eq!(line["applied"], "changed");
    let present: Vec<&str> = line["room"]["present"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["context"].as_str().unwrap())
        .collect();
    assert_eq!(present, ["Alice", "Bob"], "{store}: {line}");
}

#[tokio::test]
async fn two_receivers_share_a_redis_store() {
    let redis = servers::Redis::start();
    two_receivers_share(&redis.url).await;
}

#[tokio::test]
async fn two_receivers_share_a_postgres_store() {
    let pg = servers::Postgres::start();
    two_receivers_share(&pg.url).await;
}

#[tokio::test]
async fn an_unknown_store_is_refused_naming_the_flag() {
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_telnyx-rooms"))
        .args(["webhooks", "listen", "--port", "0", "--store", "mysql://x"])
        .env(
            "TELNYX_PUBLIC_KEY",
            TestSigner::generate().public_key_base64(),
        )
        .stdin(Stdio::null())
        .output()
        .await
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("--store") && stderr.contains("postgres://"),
        "{stderr}"
    );
}

/// The store's server going away under a running receiver: a delivery it cannot store is
/// answered 503 (so Telnyx retries it), never 200 and lost.
#[tokio::test]
async fn a_delivery_the_store_cannot_take_is_not_acknowledged() {
    let redis = servers::Redis::start();
    let signer = TestSigner::generate();
    let mut a = receiver(&redis.url, &signer.public_key_base64()).await;
    let alice = joined(
        "5ccc7b54-4df3-4bca-a65a-35a1ecc777f0",
        "Alice",
        "6b61621f-62e0-4aad-ab11-9fd19e272e72",
    );
    assert_eq!(a.deliver(&signer, &alice).await["applied"], "changed");
    drop(redis); // the server stops
    let bob = joined(
        "6ccc7b54-4df3-4bca-a65a-35a1ecc777f0",
        "Bob",
        "6b61621f-62e0-4aad-ab11-9fd19e272e73",
    );
    let r = tokio::time::timeout(
        Duration::from_secs(40),
        reqwest::Client::new()
            .post(format!("http://127.0.0.1:{}/hooks", a.port))
            .headers(signer.headers(chrono::Utc::now().timestamp(), bob.as_bytes()))
            .body(bob.clone())
            .send(),
    )
    .await
    .expect("an answer, not a hang")
    .unwrap();
    assert_eq!(r.status(), 503);
    let said = tokio::time::timeout(Duration::from_secs(5), a.stderr.next_line())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert!(said.starts_with("not stored (redis: "), "{said}");
}
