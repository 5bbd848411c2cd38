//! The standalone `telnyx-rooms-emulator` driven from outside Rust: a Python script (plain
//! HTTP, no SDK) runs a whole session against the binary, and every webhook the binary sends is
//! verified here with the public key it printed. Needs `python3` on the PATH (it fails
//! otherwise).

mod support;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use support::hooks::{received, verified};
use support::CaptureServer;
use telnyx_rooms::webhooks::RoomEvent;

#[tokio::test(flavor = "multi_thread")]
async fn a_script_drives_the_binary_through_a_session_with_signed_webhooks() {
    let mut emu = Command::new(env!("CARGO_BIN_EXE_telnyx-rooms-emulator"))
        // A harness that wants the server to stop with it says so.
        .args([
            "--port",
            "0",
            "--seed",
            "rooms=2,sessions=1,participants=2",
            "--exit-with-stdin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the emulator binary starts");
    let mut lines = BufReader::new(emu.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let second = lines.next().unwrap().unwrap();
    let base = first.strip_prefix("listening ").expect(&first).to_string();
    let key = second
        .strip_prefix("webhook-public-key ")
        .expect(&second)
        .to_string();
    assert!(
        base.starts_with("http://127.0.0.1:") && base.ends_with("/v2"),
        "{base}"
    );

    let hooks = CaptureServer::start().await;
    let hook_url = format!("{}/hooks", hooks.url());
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/scripts/emulator_session.py"
    );
    let out = tokio::process::Command::new("python3")
        .args([script, &base, &hook_url])
        .output()
        .await
        .expect("python3 runs (it is needed by this test)");
    assert!(
        out.status.success(),
        "the script failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();

    // Every webhook arrives signed with the printed key.
    let mut seen = Vec::new();
    received(&hooks, &mut seen, 7).await;
    let events = verified(&key, &seen);
    let types: Vec<&str> = events.iter().map(|e| e.kind.event_type()).collect();
    assert_eq!(
        types,
        [
            "video.room.session.started",
            "video.room.participant.joined",
            "video.room.recording.started",
            "video.room.participant.left",
            "video.room.recording.completed",
            "video.room.session.ended",
            "video.room.composition.completed",
        ]
    );
    match &events[1].kind {
        RoomEvent::ParticipantJoined(p) => {
            assert_eq!(p.context.as_deref(), Some("Alice"));
            assert_eq!(
                Some(p.participant_id.to_string()),
                summary["participant"].as_str().map(str::to_string)
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(summary["deliveries"].as_u64().unwrap() >= 6, "{summary}");

    // The seeded rooms are there too (the script's room was deleted).
    let rooms: serde_json::Value = reqwest::Client::new()
        .get(format!("{base}/rooms"))
        .bearer_auth("k")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(rooms["data"].as_array().unwrap().len(), 2);

    // Closing its standard input stops it (it was asked to).
    drop(emu.stdin.take());
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        if let Some(status) = emu.try_wait().unwrap() {
            assert!(status.success(), "{status}");
            break;
        }
        assert!(Instant::now() < deadline, "the emulator did not stop");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn help_exits_0_and_a_bad_flag_exits_2() {
    let exe = env!("CARGO_BIN_EXE_telnyx-rooms-emulator");
    let help = Command::new(exe).arg("--help").output().unwrap();
    assert_eq!(help.status.code(), Some(0));
    let text = String::from_utf8_lossy(&help.stdout);
    for flag in ["--ready-file", "--exit-with-stdin", "--port", "SIGTERM"] {
        assert!(text.contains(flag), "{text}");
    }
    // Into a pipe already closed (`| head -1` that finished first): still exit 0, no panic.
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let closed = Command::new(exe)
        .arg("--help")
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(
        closed.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&closed.stderr)
    );
    let bad = Command::new(exe).arg("--prot").output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown argument `--prot`"));
}
