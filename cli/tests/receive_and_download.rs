//! `recordings download` (resume, skip, an expired URL replaced) and `webhooks listen`
//! (forged signatures refused, real events printed with the room's state, forwarding), the
//! built binary against the emulator.

use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use telnyx_rooms_emulator::Emulator;
use tokio::io::{AsyncBufReadExt, BufReader};

const KEY: &str = "KEY0CLIdownload";

fn cli(emu: &Emulator) -> tokio::process::Command {
    let mut c = tokio::process::Command::new(env!("CARGO_BIN_EXE_telnyx-rooms"));
    c.env("TELNYX_API_KEY", KEY)
        .env("TELNYX_BASE_URL", emu.base_url())
        .kill_on_drop(true);
    c
}

/// `webhooks listen` on `port` with `extra` flags, started and listening; with its stderr.
async fn listen(
    emu: &Emulator,
    port: u16,
    extra: &[&str],
) -> (
    tokio::process::Child,
    tokio::io::Lines<BufReader<tokio::process::ChildStderr>>,
) {
    let mut child = cli(emu)
        .args(["webhooks", "listen", "--port", &port.to_string()])
        .args(extra)
        .env("TELNYX_PUBLIC_KEY", emu.webhook_public_key())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap()).lines();
    let first = tokio::time::timeout(Duration::from_secs(10), stderr.next_line())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert_eq!(first, format!("listening on http://127.0.0.1:{port}"));
    (child, stderr)
}

/// The first `n` lines `webhooks listen` prints on stdout (each within 5 s).
async fn printed(listen: &mut tokio::process::Child, n: usize) -> Vec<String> {
    let mut stdout = BufReader::new(listen.stdout.take().unwrap()).lines();
    let mut lines = Vec::new();
    while lines.len() < n {
        let line = tokio::time::timeout(Duration::from_secs(5), stdout.next_line())
            .await
            .expect("events are printed")
            .unwrap()
            .unwrap();
        lines.push(line);
    }
    lines
}

/// A room with two finished recordings (Alice 100 s, Bob 40 s).
async fn recorded(emu: &Emulator) -> uuid::Uuid {
    let room = emu
        .client()
        .create_room()
        .enable_recording(true)
        .execute()
        .await
        .unwrap();
    let alice = emu.join(room.id, "Alice").unwrap();
    emu.advance_clock(Duration::from_secs(60));
    let bob = emu.join(room.id, "Bob").unwrap();
    emu.advance_clock(Duration::from_secs(40));
    emu.leave(bob.id).unwrap();
    emu.leave(alice.id).unwrap();
    room.id
}

async fn sizes(emu: &Emulator, room: uuid::Uuid) -> Vec<(uuid::Uuid, u64)> {
    let page = emu
        .client()
        .list_room_recordings()
        .filter_room_id(room)
        .execute()
        .await
        .unwrap();
    page.items
        .iter()
        .map(|r| {
            (
                r.id,
                (f64::from(r.size_mb.unwrap()) * 1_048_576.0).round() as u64,
            )
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn download_resumes_skips_and_checks_sizes() {
    let emu = Emulator::start().await.unwrap();
    let room = recorded(&emu).await;
    let dir = std::env::temp_dir().join(format!("telnyx-rooms-dl-{}", uuid::Uuid::new_v4()));
    let run = |emu: &Emulator| {
        let mut c = cli(emu);
        c.args([
            "recordings",
            "download",
            "--room",
            &room.to_string(),
            "--dir",
        ])
        .arg(&dir);
        c.output()
    };
    let out = run(&emu).await.unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sizes = sizes(&emu, room).await;
    for (id, size) in &sizes {
        let file = dir.join(format!("{id}.ogg"));
        assert_eq!(std::fs::metadata(&file).unwrap().len(), *size, "{id}");
    }
    // Cut one file in half: the next run resumes it and skips the other.
    let (cut, cut_size) = sizes[0];
    let cut_file = dir.join(format!("{cut}.ogg"));
    let whole = std::fs::read(&cut_file).unwrap();
    std::fs::write(&cut_file, &whole[..whole.len() / 2]).unwrap();
    let out = run(&emu).await.unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains(&format!(
            "{cut} resumed at {}, {cut_size} bytes",
            whole.len() / 2
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("{} already complete", sizes[1].0)),
        "{stdout}"
    );
    assert_eq!(
        std::fs::read(&cut_file).unwrap(),
        whole,
        "the same file, resumed"
    );
    // For machines: -o jsonl (a line a file), -o json (one array); `--out` still names the
    // folder, since `-o` is the output format.
    let mut c = cli(&emu);
    c.args([
        "recordings",
        "download",
        "--room",
        &room.to_string(),
        "-o",
        "jsonl",
        "--out",
    ])
    .arg(&dir);
    let out = c.output().await.unwrap();
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(
        lines.iter().all(|l| l["outcome"] == "already_complete"),
        "{lines:?}"
    );
    let mut c = cli(&emu);
    c.args([
        "recordings",
        "download",
        "--room",
        &room.to_string(),
        "-o",
        "json",
        "-d",
    ])
    .arg(&dir);
    let out = c.output().await.unwrap();
    let all: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(all.len(), 2);
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_expired_download_url_is_replaced_by_a_fresh_one() {
    let emu = Emulator::start().await.unwrap();
    let room = recorded(&emu).await;
    let (id, size) = sizes(&emu, room).await[0];
    let dir = std::env::temp_dir().join(format!("telnyx-rooms-dl-{}", uuid::Uuid::new_v4()));
    // Every request waits 400 ms: once the download's first request has arrived (the
    // recording's look-up, then the file), move the emulator's clock past the URL's 10 minutes.
    emu.set_latency(Duration::from_millis(400));
    let before = emu.requests();
    let mut c = cli(&emu);
    c.args(["recordings", "download", &id.to_string(), "--out"])
        .arg(&dir);
    let child = tokio::spawn(async move { c.output().await.unwrap() });
    let deadline = Instant::now() + Duration::from_secs(10);
    while emu.requests() < before + 2 {
        assert!(
            Instant::now() < deadline,
            "the download never asked for the file"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    emu.advance_clock(Duration::from_secs(601));
    let out = child.await.unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains(&format!("{id} downloaded {size} bytes")),
        "{stdout}"
    );
    // Look-up, expired file, a second look-up for a fresh URL, the file.
    assert_eq!(emu.requests() - before, 4);
    assert_eq!(
        std::fs::metadata(dir.join(format!("{id}.ogg")))
            .unwrap()
            .len(),
        size
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhooks_listen_refuses_forgeries_prints_events_and_forwards() {
    use axum::routing::post;
    use telnyx_rooms::webhooks::testing::TestSigner;
    use telnyx_rooms::webhooks::WebhookVerifier;

    let emu = Emulator::start().await.unwrap();
    // The local app events are forwarded to.
    let forwarded: Arc<Mutex<Vec<(axum::http::HeaderMap, axum::body::Bytes)>>> = Arc::default();
    let sink = forwarded.clone();
    let app = axum::Router::new().route(
        "/app",
        post(move |h: axum::http::HeaderMap, b: axum::body::Bytes| {
            let sink = sink.clone();
            async move {
                sink.lock().unwrap().push((h, b));
                "ok"
            }
        }),
    );
    let app_listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let app_url = format!("http://{}/app", app_listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(app_listener, app).await.unwrap() });

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let (mut listen, mut stderr) = listen(&emu, port, &["--forward-to", &app_url]).await;
    let hook = format!("http://127.0.0.1:{port}/hooks");

    // A forged webhook: signed with another key.
    let body = br#"{"data": {"event_type": "video.room.session.started", "payload": {}}}"#;
    let forger = TestSigner::generate();
    let r = reqwest::Client::new()
        .post(&hook)
        .headers(forger.headers(chrono::Utc::now().timestamp(), body))
        .body(&body[..])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    let line = tokio::time::timeout(Duration::from_secs(5), stderr.next_line())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert_eq!(
        line,
        "rejected (401): signature does not match the body and timestamp"
    );

    // A 50 MB delivery is too large to take: 413 (RFC 9110 15.5.14), not 400, and the
    // receiver goes on.
    // The receiver answers once 2 MB are read and closes: a sender still writing the rest may
    // meet the closed connection before it reads the answer (a race of the sender's, not the
    // receiver's). Every answer that is read must be 413, and one must be read.
    let mut answered = None;
    for _ in 0..5 {
        let sent = reqwest::Client::new()
            .post(&hook)
            .headers(forger.headers(chrono::Utc::now().timestamp(), body))
            .body(vec![b' '; 50 * 1024 * 1024])
            .send()
            .await;
        match sent {
            Ok(r) => {
                answered = Some(r.status());
                break;
            }
            Err(e) if e.is_request() => continue, // the connection closed under the write
            Err(e) => panic!("{e}"),
        }
    }
    assert_eq!(answered.map(|s| s.as_u16()), Some(413));

    // Real events from the emulator.
    let room = emu
        .client()
        .create_room()
        .webhook_event_url(&hook)
        .execute()
        .await
        .unwrap();
    emu.join(room.id, "Alice").unwrap();
    let seen = printed(&mut listen, 4).await;
    let short = &room.id.to_string()[..8];
    assert!(
        seen[0].starts_with(&format!("video.room.session.started room={short}")),
        "{seen:?}"
    );
    assert!(
        seen[2].starts_with(&format!("video.room.participant.joined room={short}")),
        "{seen:?}"
    );
    assert!(seen[2].ends_with("context=Alice"), "{seen:?}");
    assert!(seen[3].contains(r#"present ["Alice"]"#), "{seen:?}");

    // Forwarded as received: the app verifies them with the same key.
    let deadline = Instant::now() + Duration::from_secs(5);
    while forwarded.lock().unwrap().len() < 2 {
        assert!(Instant::now() < deadline, "events were forwarded");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let verifier = WebhookVerifier::new(emu.webhook_public_key()).unwrap();
    for (headers, body) in forwarded.lock().unwrap().iter() {
        verifier.verify_headers(body, headers).unwrap();
    }
    listen.kill().await.unwrap();
}

/// A free port on loopback.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhooks_listen_acknowledges_at_once_forwards_in_the_background_and_prunes() {
    let emu = Emulator::start().await.unwrap();
    // A local app that accepts connections and never answers.
    let stalled = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let stalled_url = format!("http://{}/app", stalled.local_addr().unwrap());
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((s, _)) = stalled.accept().await {
            held.push(s);
        }
    });
    let port = free_port();
    let (mut listen, mut stderr) = listen(
        &emu,
        port,
        &[
            "--forward-to",
            &stalled_url,
            "--forward-timeout",
            "1",
            "--prune-after",
            "0",
            "--prune-every",
            "1",
            "-o",
            "jsonl",
        ],
    )
    .await;
    let room = emu
        .client()
        .create_room()
        .webhook_event_url(format!("http://127.0.0.1:{port}/hooks"))
        .webhook_timeout_secs(2)
        .execute()
        .await
        .unwrap();
    let alice = emu.join(room.id, "Alice").unwrap();
    emu.leave(alice.id).unwrap(); // the session ends: four events
    let mut types = Vec::new();
    for line in printed(&mut listen, 4).await {
        let v: serde_json::Value = serde_json::from_str(&line).expect("a JSON line");
        types.push(v["event"]["event_type"].as_str().unwrap().to_string());
        assert_eq!(v["applied"], "changed", "{line}");
    }
    assert_eq!(
        types,
        [
            "video.room.session.started",
            "video.room.participant.joined",
            "video.room.participant.left",
            "video.room.session.ended"
        ]
    );
    // Telnyx (here the emulator) was answered at once: each event delivered on its first
    // attempt, although the app never answers.
    let deliveries = emu.webhook_deliveries();
    assert!(
        deliveries
            .iter()
            .all(|d| d.status == Some(200) && d.attempt == 1),
        "{deliveries:?}"
    );
    // The forwards time out and are reported; the ended session is pruned on the timer.
    let (mut timed_out, mut pruned) = (false, false);
    let deadline = Instant::now() + Duration::from_secs(15);
    while !(timed_out && pruned) {
        let line = tokio::time::timeout_at(deadline.into(), stderr.next_line())
            .await
            .unwrap_or_else(|_| panic!("timed out: {timed_out}, pruned: {pruned}"))
            .unwrap()
            .unwrap();
        timed_out |= line.contains("timed out after 1s");
        pruned |= line.starts_with("pruned: ");
    }
    listen.kill().await.unwrap();
}
