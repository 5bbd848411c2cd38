//! `webhooks listen --store`: two receivers sharing one store (a real Redis, then a real
//! PostgreSQL, started by the store crate's test support). The same signed webhook delivered to
//! both is "changed" at exactly one of them, and each sees what the other stored. A store that
//! goes away is answered 503 and, back, stores again without a restart of the receiver; a
//! receiver whose stdout and stderr are closed still acknowledges what it stored; `--host`
//! binds another address; a bad store URL says its cause.

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
    receiver_with(store, key, &[]).await
}

async fn receiver_with(store: &str, key: &str, extra: &[&str]) -> Receiver {
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
            "--print-room",
            "--port",
            &port.to_string(),
        ])
        .args(["--store", store])
        .args(extra)
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
    let host = extra
        .windows(2)
        .find(|w| w[0] == "--host")
        .map_or("127.0.0.1", |w| w[1]);
    assert_eq!(first, format!("listening on http://{host}:{port}"));
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

/// The value of `key` (`name{labels}`) on an OpenMetrics page, 0 when absent.
fn metric(page: &str, key: &str) -> f64 {
    page.lines()
        .filter_map(|l| l.rsplit_once(' '))
        .find(|(k, _)| *k == key)
        .map_or(0.0, |(_, v)| v.parse().unwrap())
}

/// The store's server stopped under a running receiver, then started again: 503 while it is
/// down, stored once it is back, and the receiver was never restarted. Its `--metrics` page
/// counts each answer as it was given.
#[tokio::test]
async fn a_receiver_stores_again_once_its_store_is_back() {
    let mut redis = servers::Redis::start();
    let signer = TestSigner::generate();
    let metrics = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let flag = ["--metrics".to_string(), metrics.to_string()];
    let key = signer.public_key_base64();
    let mut a = receiver_with(&redis.url, &key, &[&flag[0], &flag[1]]).await;
    let mut unavailable = 0;
    let post = |body: String| {
        reqwest::Client::new()
            .post(format!("http://127.0.0.1:{}/hooks", a.port))
            .headers(signer.headers(chrono::Utc::now().timestamp(), body.as_bytes()))
            .body(body)
            .send()
    };
    let alice = joined(
        "5ccc7b54-4df3-4bca-a65a-35a1ecc777f0",
        "Alice",
        "6b61621f-62e0-4aad-ab11-9fd19e272e74",
    );
    assert_eq!(post(alice.clone()).await.unwrap().status(), 200);
    redis.stop();
    assert_eq!(post(alice.clone()).await.unwrap().status(), 503);
    tokio::time::sleep(Duration::from_secs(6)).await; // past the reconnect retries
    assert_eq!(post(alice.clone()).await.unwrap().status(), 503);
    unavailable += 2;
    redis.start_again();
    let bob = joined(
        "6ccc7b54-4df3-4bca-a65a-35a1ecc777f0",
        "Bob",
        "6b61621f-62e0-4aad-ab11-9fd19e272e75",
    );
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        let status = post(bob.clone()).await.unwrap().status();
        if status == 200 {
            break;
        }
        assert_eq!(status, 503);
        unavailable += 1;
        assert!(std::time::Instant::now() < deadline, "stored again in time");
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    // Alice (stored before) and Bob (after) are both there.
    let mut last = serde_json::Value::Null;
    while let Ok(Ok(Some(line))) =
        tokio::time::timeout(Duration::from_secs(2), a.stdout.next_line()).await
    {
        last = serde_json::from_str(&line).unwrap();
    }
    let present: Vec<&str> = last["room"]["present"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["context"].as_str().unwrap())
        .collect();
    assert_eq!(present, ["Alice", "Bob"], "{last}");
    let page = reqwest::get(format!("http://{metrics}/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let outcome = |o: &str| {
        metric(
            &page,
            &format!("telnyx_rooms_listen_deliveries_total{{outcome=\"{o}\"}}"),
        )
    };
    assert_eq!(outcome("changed"), 2.0, "{page}");
    assert_eq!(outcome("unavailable"), unavailable as f64, "{page}");
    let failed: f64 = ["error", "timeout"]
        .iter()
        .map(|o| {
            let key = format!(
                "telnyx_rooms_store_call_duration_seconds_count{{backend=\"redis\",call=\"load\",outcome=\"{o}\"}}"
            );
            metric(&page, &key)
        })
        .sum();
    assert_eq!(failed, unavailable as f64, "each 503 a failed read: {page}");
}

/// stdout and stderr closed (a log collector that died): every delivery is still stored and
/// acknowledged, and the receiver stays up.
#[tokio::test]
async fn closed_stdout_and_stderr_never_cost_an_acknowledgement() {
    let redis = servers::Redis::start();
    let signer = TestSigner::generate();
    let a = receiver(&redis.url, &signer.public_key_base64()).await;
    let Receiver {
        _child: child,
        port,
        stdout,
        stderr,
    } = a;
    drop(stdout);
    drop(stderr); // both pipes closed: every print fails with EPIPE
    for (n, who) in ["Alice", "Bob", "Carol"].iter().enumerate() {
        let body = joined(
            &format!("5ccc7b54-4df3-4bca-a65a-35a1ecc777f{n}"),
            who,
            &format!("6b61621f-62e0-4aad-ab11-9fd19e272e8{n}"),
        );
        let r = reqwest::Client::new()
            .post(format!("http://127.0.0.1:{port}/hooks"))
            .headers(signer.headers(chrono::Utc::now().timestamp(), body.as_bytes()))
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "{who}");
    }
    let store = telnyx_rooms_store::connect(&redis.url).await.unwrap();
    let room: uuid::Uuid = ROOM.parse().unwrap();
    let state = store.room(room).await.unwrap();
    assert_eq!(state.present(room).len(), 3);
    drop(child);
}

/// `--host 0.0.0.0` listens on every address (reached here on loopback), and says so.
#[tokio::test]
async fn listen_binds_the_host_it_is_given() {
    let signer = TestSigner::generate();
    let mut a = receiver_with(
        "memory:",
        &signer.public_key_base64(),
        &["--host", "0.0.0.0"],
    )
    .await;
    let body = joined(
        "5ccc7b54-4df3-4bca-a65a-35a1ecc777f0",
        "Alice",
        "6b61621f-62e0-4aad-ab11-9fd19e272e90",
    );
    assert_eq!(a.deliver(&signer, &body).await["applied"], "changed");
}

/// A store that cannot be had stops `listen` at once, in one line naming `--store` and the
/// cause (here: nothing listens there), within the connect timeout.
#[tokio::test]
async fn a_store_that_cannot_be_had_says_why_in_one_line() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let started = std::time::Instant::now();
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_telnyx-rooms"))
        .args(["webhooks", "listen", "--port", "0", "--store"])
        .arg(format!("postgres://rooms:hunter2@127.0.0.1:{port}/rooms"))
        .env(
            "TELNYX_PUBLIC_KEY",
            TestSigner::generate().public_key_base64(),
        )
        .stdin(Stdio::null())
        .output()
        .await
        .unwrap();
    assert!(started.elapsed() < Duration::from_secs(6));
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("--store") && stderr.contains("Connection refused"),
        "{stderr}"
    );
    assert!(!stderr.contains("hunter2"), "{stderr}");
}

/// `webhooks reconcile` finds a room whose every delivery failed (the store never heard of it)
/// and stores it; run again, it finds nothing missing. `listen --reconcile-every` does it on a
/// timer: a receiver that got no delivery at all knows the room after a tick.
#[tokio::test]
async fn reconcile_from_the_command_line_and_on_a_timer() {
    let emu = telnyx_rooms_emulator::Emulator::start().await.unwrap();
    let room = emu.client().create_room().execute().await.unwrap();
    let alice = emu.join(room.id, "Alice").unwrap();
    let redis = servers::Redis::start();
    let reconcile = || {
        let mut c = tokio::process::Command::new(env!("CARGO_BIN_EXE_telnyx-rooms"));
        c.args(["webhooks", "reconcile", "--store", &redis.url, "-o", "json"])
            .env("TELNYX_API_KEY", "KEY0CLIreconcile")
            .env("TELNYX_BASE_URL", emu.base_url())
            .stdin(Stdio::null());
        c
    };
    let out = reconcile().output().await.unwrap();
    assert!(out.status.success(), "{out:?}");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["rooms_missing"], 1, "{report}");
    assert_eq!(report["participants_missing"], 1, "{report}");
    let store = telnyx_rooms_store::connect(&redis.url).await.unwrap();
    let present: Vec<uuid::Uuid> = store
        .room(room.id)
        .await
        .unwrap()
        .present(room.id)
        .iter()
        .map(|p| p.id)
        .collect();
    assert_eq!(present, vec![alice.id]);
    let again: serde_json::Value =
        serde_json::from_slice(&reconcile().output().await.unwrap().stdout).unwrap();
    assert_eq!(again["nothing_missed"], true, "{again}");

    // On a timer, in a receiver of its own store.
    let other = servers::Redis::start();
    let signer = TestSigner::generate();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_telnyx-rooms"))
        .args(["webhooks", "listen", "--port", &port.to_string()])
        .args(["--store", &other.url, "--reconcile-every", "1"])
        .env("TELNYX_PUBLIC_KEY", signer.public_key_base64())
        .env("TELNYX_API_KEY", "KEY0CLIreconcile")
        .env("TELNYX_BASE_URL", emu.base_url())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut said = Vec::new();
    while !said.iter().any(|l: &String| l.starts_with("reconciled:")) {
        let line = tokio::time::timeout(Duration::from_secs(10), stderr.next_line())
            .await
            .expect("a reconcile within 10 s")
            .unwrap()
            .expect("the receiver runs");
        said.push(line);
    }
    assert!(
        said.last().unwrap().contains("1 room was missing"),
        "{said:?}"
    );
}
