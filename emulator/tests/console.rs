//! The console in a real browser: the distribution's headless Chromium (installed by
//! `tools/setup`, with puppeteer-core in `tools/browser`) drives `_emulator/console` as a person
//! would (`tests/browser/console.mjs`: keyboard and clicks), against an emulator on a real HTTP
//! stack and a loopback receiver. What the page did is then checked where it lands: the API,
//! the receiver's signed webhooks and the chaos in force.

mod support;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use support::{hooks, CaptureServer, Captured};
use telnyx_rooms_emulator::Emulator;

/// Where a tool `tools/setup` installs must be, or the test says to run it.
fn tool(path: &Path, what: &str) {
    assert!(
        path.exists(),
        "{what} ({}) is missing: run tools/setup",
        path.display()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_console_in_headless_chromium() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let tools = root.join("tools/browser");
    tool(&tools.join("node_modules/puppeteer-core"), "puppeteer-core");
    let chromium = Path::new("/usr/bin/chromium");
    tool(chromium, "Chromium");
    let emu = Emulator::start().await.unwrap();
    let receiver = CaptureServer::start().await;
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("console-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let console = format!("{}/_emulator/console", emu.base_url());
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/console.mjs");
    let hook_url = format!("{}/hooks", receiver.url());
    let out = tokio::task::spawn_blocking(move || {
        Command::new("node")
            .arg(script)
            .args([&console, &hook_url])
            .arg(&shots)
            .env("BROWSER_TOOLS", &tools)
            .env("CHROMIUM", chromium)
            .output()
            .expect("node runs")
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the page did not do what was asked:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let seen: serde_json::Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
    println!("{seen:#}");
    assert_eq!(
        seen["errors"],
        serde_json::json!([]),
        "no script error on the page"
    );
    assert!(seen["empty_rooms"]
        .as_str()
        .unwrap()
        .starts_with("No rooms yet"));
    assert_eq!(seen["public_key"], emu.webhook_public_key());
    assert!(seen["details"]
        .as_str()
        .unwrap()
        .contains("telnyx-signature-ed25519"));
    let filtered = seen["filtered"].as_array().unwrap();
    assert_eq!(
        filtered.len(),
        2,
        "Alice's leaving, twice (duplicate chaos): {seen}"
    );
    assert!(filtered.iter().all(|e| e == "video.room.participant.left"));
    assert!(seen["filter_says"].as_str().unwrap().starts_with("2 of "));
    let failing = seen["failing"].as_str().unwrap();
    assert!(failing.starts_with("The emulator did not answer"), "{seen}");
    assert_eq!(seen["status"], "Connected", "and back once it answers");

    // The participants joined from the page are the API's: Bob present, Alice left.
    let room: uuid::Uuid = seen["room_id"].as_str().unwrap().parse().unwrap();
    let client = emu.client();
    let found = client.get_room().room_id(room).execute().await.unwrap();
    let session = found
        .active_session_id
        .expect("a session started with Alice");
    let people = client
        .list_participants_for_session()
        .room_session_id(session)
        .execute()
        .await
        .unwrap()
        .items;
    let state = |who: &str| {
        people
            .iter()
            .find(|p| p.context.as_deref() == Some(who))
            .map(|p| p.left_at.is_some())
    };
    assert_eq!((state("Alice"), state("Bob")), (Some(true), Some(false)));

    // Every webhook the receiver got is signed by the emulator's key; the replay is the same
    // event as a new attempt; with duplicate chaos set on the page, Bob's arrived twice.
    let mut got: Vec<Captured> = Vec::new();
    hooks::received(&receiver, &mut got, 7).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    got.extend(receiver.take());
    let events = hooks::verified(emu.webhook_public_key(), &got);
    let joined_id: uuid::Uuid = seen["joined"]["event_id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let attempts: Vec<u64> = got
        .iter()
        .filter_map(|c| c.json())
        .filter(|b| b["data"]["id"] == joined_id.to_string())
        .map(|b| b["meta"]["attempt"].as_u64().unwrap())
        .collect();
    assert_eq!(attempts, [1, 2], "the original and its replay");
    let bob = events
        .iter()
        .filter(|e| e.kind.event_type() == "video.room.participant.joined")
        .filter(|e| format!("{:?}", e.kind).contains("Bob"))
        .count();
    assert_eq!(bob, 2, "duplicate chaos from the page: Bob's joined twice");
    assert_eq!(emu.delivery_chaos().duplicate, 1.0);
    tokio::time::sleep(Duration::from_millis(10)).await;
}
