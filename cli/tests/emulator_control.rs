//! `telnyx-rooms emulator` driving a running emulator (the same binary, started in the
//! background with stdin closed, stopped by SIGTERM): join and remove simulated participants,
//! set chaos, list and replay deliveries, in the command line's formats; a loopback receiver
//! takes the webhooks.

use std::process::Stdio;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const BIN: &str = env!("CARGO_BIN_EXE_telnyx-rooms");

/// A receiver that answers 200 to every request; counts them.
async fn receiver() -> (String, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hooks", listener.local_addr().unwrap());
    let count = Arc::new(AtomicUsize::new(0));
    let c = count.clone();
    tokio::spawn(async move {
        while let Ok((mut s, _)) = listener.accept().await {
            let c = c.clone();
            tokio::spawn(async move {
                let mut buf = vec![0u8; 65536];
                let mut got = Vec::new();
                // Headers, then the body its content-length says.
                loop {
                    let Ok(n) = s.read(&mut buf).await else {
                        return;
                    };
                    if n == 0 {
                        return;
                    }
                    got.extend_from_slice(&buf[..n]);
                    let text = String::from_utf8_lossy(&got);
                    if let Some(end) = text.find("\r\n\r\n") {
                        let len = text[..end]
                            .lines()
                            .find_map(|l| {
                                l.to_ascii_lowercase()
                                    .strip_prefix("content-length:")
                                    .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                            })
                            .unwrap_or(0);
                        if got.len() >= end + 4 + len {
                            break;
                        }
                    }
                }
                c.fetch_add(1, Ordering::SeqCst);
                let _ = s
                    .write_all(
                        b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok",
                    )
                    .await;
            });
        }
    });
    (url, count)
}

/// `telnyx-rooms --base-url BASE ARGS...`: its stdout as JSON (it must succeed).
fn cli(base: &str, args: &[&str]) -> Value {
    let out = std::process::Command::new(BIN)
        .args(["--base-url", base])
        .args(args)
        .env("TELNYX_API_KEY", "KEY0emulatorcli")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&out.stdout).into()))
}

/// Every delivery, once at least `n` have a status (10 s at most).
fn deliveries(base: &str, n: usize) -> Vec<Value> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let all = cli(base, &["emulator", "deliveries", "-o", "json"]);
        let all = all.as_array().unwrap().clone();
        if all.iter().filter(|d| d["status"] == 200).count() >= n {
            return all;
        }
        assert!(Instant::now() < deadline, "{all:#?}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_emulator_driven_from_the_command_line() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("emulator-control");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let ready = dir.join("ready");
    let mut server = tokio::process::Command::new(BIN)
        .args(["emulator", "--port", "0", "--ready-file"])
        .arg(&ready)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while !std::fs::read_to_string(&ready).is_ok_and(|t| t.contains("webhook-public-key")) {
        assert!(Instant::now() < deadline, "the emulator never got ready");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let text = std::fs::read_to_string(&ready).unwrap();
    let base = text
        .lines()
        .next()
        .unwrap()
        .strip_prefix("listening ")
        .unwrap()
        .to_string();
    let (hook, received) = receiver().await;

    let b = base.clone();
    let room = tokio::task::spawn_blocking(move || {
        let b = b.as_str();
        let room = cli(
            b,
            &[
                "rooms",
                "create",
                "--unique-name",
                "cli",
                "--webhook-event-url",
                &hook,
                "-o",
                "json",
            ],
        );
        let room = room["id"].as_str().unwrap().to_string();
        let alice = cli(
            b,
            &[
                "emulator",
                "join",
                &room,
                "--context",
                "Alice",
                "-o",
                "json",
            ],
        );
        assert_eq!(alice["context"], "Alice");
        let people = cli(b, &["sessions", "list", "--room-id", &room, "-o", "json"]);
        assert!(
            !people.as_array().unwrap().is_empty(),
            "a session started: {people}"
        );

        // The deliveries, with their status; one replayed: same event, attempt 2.
        let all = deliveries(b, 2);
        let joined = all
            .iter()
            .find(|d| d["event_type"] == "video.room.participant.joined")
            .unwrap()
            .clone();
        assert!(joined["request"]["signature"]
            .as_str()
            .is_some_and(|s| !s.is_empty()));
        let seq = joined["seq"].to_string();
        let again = cli(b, &["emulator", "replay", &seq, "-o", "json"]);
        assert_eq!(
            (&again["event_id"], &again["attempt"], &again["status"]),
            (&joined["event_id"], &Value::from(2), &Value::from(200))
        );

        // Chaos: shown, set, in force (the leave's events arrive twice).
        assert_eq!(
            cli(b, &["emulator", "chaos", "-o", "json"])["duplicate"],
            0.0
        );
        assert_eq!(
            cli(b, &["emulator", "chaos", "--duplicate", "1", "-o", "json"])["duplicate"],
            1.0
        );
        let left = cli(
            b,
            &[
                "emulator",
                "leave",
                alice["id"].as_str().unwrap(),
                "-o",
                "json",
            ],
        );
        assert!(left["left_at"].is_string(), "{left}");
        let all = deliveries(b, 3 + 4);
        let lefts = all
            .iter()
            .filter(|d| d["event_type"] == "video.room.participant.left")
            .count();
        assert_eq!(lefts, 2, "duplicated: {all:#?}");
        assert_eq!(
            cli(b, &["emulator", "chaos", "--off", "-o", "json"])["duplicate"],
            0.0
        );

        // A table for people, one field a line for scripts.
        let table = cli(b, &["emulator", "deliveries", "-o", "wide"]);
        let table = table.as_str().unwrap();
        assert!(
            table.contains("EVENT_TYPE") && table.contains("video.room.participant.left"),
            "{table}"
        );
        assert!(
            !table.contains("signature"),
            "the table leaves the request out: {table}"
        );
        let seqs = cli(b, &["emulator", "deliveries", "--field", "seq"]);
        assert_eq!(
            seqs.as_str().map(|s| s.lines().count()),
            Some(all.len()),
            "{seqs}"
        );
        let info = cli(b, &["emulator", "info", "-o", "json"]);
        assert_eq!(
            info["webhook_public_key"],
            text.lines()
                .nth(1)
                .unwrap()
                .strip_prefix("webhook-public-key ")
                .unwrap()
        );
        room
    })
    .await
    .unwrap();
    assert!(
        received.load(Ordering::SeqCst) >= 7,
        "the receiver got them"
    );

    // A wrong sequence number, and no emulator there: one line that says so, exit 1.
    let out = std::process::Command::new(BIN)
        .args(["--base-url", &base, "emulator", "replay", "99999"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("404") && err.contains("99999"), "{err}");
    let out = std::process::Command::new(BIN)
        .args(["--base-url", "http://127.0.0.1:9/v2", "emulator", "info"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("no emulator answered at http://127.0.0.1:9/v2"));

    let _ = room;
    // Stopped by a signal, as a CI job stops it: exit 0.
    let pid = server.id().unwrap() as i32;
    std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    let status = tokio::time::timeout(Duration::from_secs(10), server.wait())
        .await
        .unwrap()
        .unwrap();
    assert!(status.success(), "{status}");
}
