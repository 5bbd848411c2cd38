//! The emulator as a long-running server: a stalled receiver delays no one else, request bodies
//! are bounded, the webhook log is a ring read with a cursor, a handler that panics answers 500
//! and the next request works, expired tokens are dropped, lists are sent as lists, and the
//! binary stops cleanly on SIGTERM with a request in flight.

mod support;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use support::CaptureServer;
use telnyx_rooms_emulator::{Emulator, Timing, EMULATOR_KEY, MAX_BODY};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_receiver_does_not_delay_another_rooms_webhooks() {
    let emu = Emulator::start().await.unwrap();
    let c = emu.client();
    // Room A's receiver stalls for the whole 10 s timeout of each of its deliveries.
    let stalled = c
        .create_room()
        .webhook_event_url(support::stalling().await)
        .webhook_timeout_secs(10)
        .execute()
        .await
        .unwrap();
    let hooks = CaptureServer::start().await;
    let healthy = c
        .create_room()
        .webhook_event_url(format!("{}/hooks", hooks.url()))
        .execute()
        .await
        .unwrap();
    // A's events (session.started, participant.joined) are queued first.
    emu.join(stalled.id, "Stuck").unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let started = Instant::now();
    emu.join(healthy.id, "Alice").unwrap();
    while hooks.take().is_empty() {
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "room B's first webhook waited behind room A's stalled receiver"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

async fn raw(emu: &Emulator, path: &str, body: reqwest::Body) -> (u16, Value) {
    let r = reqwest::Client::new()
        .post(format!("{}{path}", emu.base_url()))
        .bearer_auth(EMULATOR_KEY)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

/// A room whose webhooks go to `hooks`.
async fn room_hooked_to(emu: &Emulator, hooks: &CaptureServer) -> telnyx_rooms::types::Room {
    emu.client()
        .create_room()
        .webhook_event_url(format!("{}/hooks", hooks.url()))
        .execute()
        .await
        .unwrap()
}

#[tokio::test]
async fn request_bodies_are_bounded_and_must_be_json() {
    let emu = Emulator::start().await.unwrap();
    // Over 1 MiB, declared: 413 in Telnyx's envelope, before reading it.
    let big = format!(r#"{{"unique_name": "{}"}}"#, "x".repeat(MAX_BODY));
    let (status, body) = raw(&emu, "/rooms", big.clone().into()).await;
    assert_eq!(status, 413, "{body}");
    assert_eq!(body["errors"][0]["code"], "10013", "{body}");
    // Over 1 MiB, streamed without a length: 413 too.
    let chunks = futures_stream(big.into_bytes());
    let (status, body) = raw(&emu, "/rooms", chunks).await;
    assert_eq!(status, 413, "{body}");
    // Malformed JSON: 400, for the API and the control API alike.
    let (status, body) = raw(&emu, "/rooms", "{not json".into()).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["errors"][0]["title"], "Invalid JSON", "{body}");
    let room = emu.client().create_room().execute().await.unwrap();
    let (status, _) = raw(
        &emu,
        &format!("/_emulator/rooms/{}/join", room.id),
        "{".into(),
    )
    .await;
    assert_eq!(status, 400);
    // Nothing was created by the refused requests.
    let rooms = emu.client().list_rooms().execute().await.unwrap();
    assert_eq!(rooms.items.len(), 1);
}

/// A body sent in chunks, with no `Content-Length`.
fn futures_stream(bytes: Vec<u8>) -> reqwest::Body {
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> =
        bytes.chunks(64 * 1024).map(|c| Ok(c.to_vec())).collect();
    reqwest::Body::wrap_stream(futures::stream::iter(chunks))
}

#[tokio::test]
async fn the_webhook_log_is_a_ring_read_with_a_cursor() {
    let emu = Emulator::start().await.unwrap();
    emu.set_webhook_log_capacity(5);
    let hooks = CaptureServer::start().await;
    let room = room_hooked_to(&emu, &hooks).await;
    // Four events a join-and-leave (session.started, participant.joined, participant.left,
    // session.ended): three rounds make 12 deliveries.
    for _ in 0..3 {
        let p = emu.join(room.id, "Alice").unwrap();
        emu.leave(p.id).unwrap();
    }
    let deadline = Instant::now() + Duration::from_secs(5);
    while emu.webhook_deliveries().last().map(|d| d.seq) != Some(12) {
        assert!(Instant::now() < deadline, "{:?}", emu.webhook_deliveries());
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let kept: Vec<u64> = emu.webhook_deliveries().iter().map(|d| d.seq).collect();
    assert_eq!(kept, [8, 9, 10, 11, 12], "the newest 5, numbered");

    let get = |after: Option<&str>| {
        let mut url = format!("{}/_emulator/webhooks", emu.base_url());
        if let Some(a) = after {
            url.push_str("?after=");
            url.push_str(a);
        }
        async move { reqwest::get(url).await.unwrap() }
    };
    let all: Value = get(None).await.json().await.unwrap();
    assert_eq!(all["data"].as_array().unwrap().len(), 5);
    assert_eq!(all["meta"]["first_seq"], 8);
    assert_eq!(all["meta"]["last_seq"], 12);
    assert_eq!(all["meta"]["more"], false);
    let after: Value = get(Some("10")).await.json().await.unwrap();
    let seqs: Vec<u64> = after["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["seq"].as_u64().unwrap())
        .collect();
    assert_eq!(seqs, [11, 12]);
    let none: Value = get(Some("12")).await.json().await.unwrap();
    assert_eq!(none["data"], json!([]));
    assert_eq!(none["meta"]["last_seq"], 12);
    assert_eq!(get(Some("x")).await.status(), 422);
}

#[tokio::test]
async fn a_handler_that_panics_answers_500_and_the_next_request_works() {
    let emu = Emulator::start().await.unwrap();
    let c = emu.client().with_max_retries(0);
    emu.panic_next_request(); // it panics holding the store's lock
    let e = c.list_rooms().execute().await.unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(500), "{e}");
    assert_eq!(
        e.api_error().unwrap().errors()[0].code.as_deref(),
        Some("10500")
    );
    // The lock it held is usable: the next requests read and write the store.
    let room = c
        .create_room()
        .unique_name("after")
        .execute()
        .await
        .unwrap();
    let got = c.get_room().room_id(room.id).execute().await.unwrap();
    assert_eq!(got.unique_name.as_deref(), Some("after"));
}

#[tokio::test]
async fn expired_tokens_are_dropped() {
    let emu = Emulator::start().await.unwrap();
    let c = emu.client();
    let room = c.create_room().execute().await.unwrap();
    for _ in 0..600 {
        c.create_client_token()
            .room_id(room.id)
            .token_ttl_secs(10)
            .refresh_token_ttl_secs(60)
            .execute()
            .await
            .unwrap();
    }
    assert_eq!(emu.tokens_held(), 1200);
    // All of those expire. Expired tokens are dropped once the held ones reach twice the
    // number valid at the last pruning (at least 1,024): memory follows the valid tokens.
    emu.advance_clock(Duration::from_secs(120));
    for _ in 0..500 {
        c.create_client_token()
            .room_id(room.id)
            .execute()
            .await
            .unwrap();
    }
    assert_eq!(emu.tokens_held(), 1000, "only the 500 valid pairs are left");
}

#[tokio::test]
async fn list_valued_fields_are_sent_as_lists_even_when_empty() {
    let emu = Emulator::start().await.unwrap();
    let c = emu.client();
    let room = c.create_room().execute().await.unwrap();
    let get = |path: String| support::get_json(emu.base_url(), path);
    let r = get(format!("/rooms/{}?include_sessions=true", room.id)).await;
    assert_eq!(r["data"]["sessions"], json!([]), "{r}");
    let p = emu.join(room.id, "Alice").unwrap();
    emu.leave(p.id).unwrap();
    let session = p.session_id.unwrap();
    let s = get(format!("/room_sessions/{session}")).await;
    assert_eq!(s["data"]["participants"], json!([]), "{s}");
    let rooms = get("/rooms?include_sessions=true".into()).await;
    assert_eq!(
        rooms["data"][0]["sessions"][0]["participants"],
        json!([]),
        "{rooms}"
    );
    emu.set_timing(Timing::default());
    let comp = c
        .create_room_composition()
        .session_id(session)
        .execute()
        .await
        .unwrap();
    let got = get(format!("/room_compositions/{}", comp.id)).await;
    assert_eq!(got["data"]["video_layout"], json!({}), "{got}");
}

/// Started the way a CI script starts it (`telnyx-rooms-emulator --ready-file F &`: stdin
/// closed, stdout not read), the server keeps serving, says it is ready through the file, and
/// SIGTERM lets the request in flight finish, removes the file and exits 0.
#[tokio::test(flavor = "multi_thread")]
async fn in_the_background_with_stdin_closed_it_serves_until_sigterm_and_exits_0() {
    let dir = std::env::temp_dir().join(format!("emu-ready-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let ready = dir.join("ready");
    let mut emu = Command::new(env!("CARGO_BIN_EXE_telnyx-rooms-emulator"))
        .args(["--latency", "800", "--seed", "rooms=1", "--ready-file"])
        .arg(&ready)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .spawn()
        .expect("the emulator binary starts");
    let deadline = Instant::now() + Duration::from_secs(10);
    let text = loop {
        if let Ok(text) = std::fs::read_to_string(&ready) {
            break text;
        }
        assert!(Instant::now() < deadline, "no ready file");
        std::thread::sleep(Duration::from_millis(10));
    };
    let base = text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("listening "))
        .expect(&text)
        .to_string();
    assert!(
        text.lines()
            .nth(1)
            .unwrap()
            .starts_with("webhook-public-key "),
        "{text}"
    );
    // Stdin is closed, and it is still serving a while later.
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        emu.try_wait().unwrap().is_none(),
        "it kept running with stdin closed"
    );
    let url = format!("{base}/rooms");
    let in_flight = tokio::spawn(async move {
        reqwest::Client::new()
            .get(url)
            .bearer_auth(EMULATOR_KEY)
            .send()
            .await
            .map(|r| r.status().as_u16())
    });
    tokio::time::sleep(Duration::from_millis(200)).await;
    let pid = emu.id() as i32;
    // SAFETY: kill(2) only sends a signal to our own child process.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    let status = in_flight.await.unwrap();
    assert_eq!(status.ok(), Some(200), "the request in flight completed");
    let deadline = Instant::now() + Duration::from_secs(10);
    let code = loop {
        if let Some(s) = emu.try_wait().unwrap() {
            break s;
        }
        assert!(Instant::now() < deadline, "the emulator did not exit");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(code.code(), Some(0));
    assert!(!ready.exists(), "the ready file is removed on exit");
    // It no longer accepts connections.
    assert!(reqwest::get(format!("{base}/rooms")).await.is_err());
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn delivery_chaos_over_http_is_checked_repeatable_and_turns_off() {
    let emu = Emulator::start().await.unwrap();
    let chaos = |body: Value| {
        let url = format!("{}/_emulator/webhooks/chaos", emu.base_url());
        async move {
            let r = reqwest::Client::new()
                .post(url)
                .json(&body)
                .send()
                .await
                .unwrap();
            (r.status().as_u16(), r.json::<Value>().await.unwrap())
        }
    };
    let (status, body) =
        chaos(json!({"duplicate": 0.2, "reorder": 4, "drop": 0.05, "seed": 7})).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["data"]["reorder"], 4);
    assert_eq!(emu.delivery_chaos().seed, 7);
    let (status, body) = chaos(json!({"drop": 1.5})).await;
    assert_eq!(status, 422, "{body}");
    assert!(body["errors"][0]["detail"]
        .as_str()
        .unwrap()
        .contains("`drop` must be a probability"));
    let (status, _) = chaos(json!({"dupliate": 0.2})).await;
    assert_eq!(status, 422, "a misspelt field is refused, not ignored");
    let (status, _) = chaos(json!({})).await;
    assert_eq!(status, 200);
    assert!(emu.delivery_chaos().is_off());
}

/// Which events a receiver gets, in order, for one room's activity under `chaos`.
async fn delivered_under(chaos: telnyx_rooms_emulator::DeliveryChaos) -> (Vec<String>, usize) {
    let emu = Emulator::start().await.unwrap();
    emu.set_delivery_chaos(chaos).unwrap();
    let hooks = CaptureServer::start().await;
    let room = room_hooked_to(&emu, &hooks).await;
    for name in ["A", "B", "C", "D", "E"] {
        let p = emu.join(room.id, name).unwrap();
        emu.leave(p.id).unwrap();
    }
    // 20 events; wait until the log accounts for all of them.
    let deadline = Instant::now() + Duration::from_secs(5);
    let dropped = loop {
        let log = emu.webhook_deliveries();
        let dropped = log.iter().filter(|d| d.error.is_some()).count();
        let ids: std::collections::BTreeSet<_> = log.iter().map(|d| d.event_id).collect();
        if ids.len() == 20 {
            tokio::time::sleep(Duration::from_millis(200)).await;
            break dropped;
        }
        assert!(Instant::now() < deadline, "{log:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let got = hooks
        .take()
        .iter()
        .map(|h| {
            let v = h.json().unwrap();
            format!(
                "{} {}",
                v["data"]["event_type"], v["data"]["payload"]["participant_id"]
            )
        })
        .collect();
    (got, dropped)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delivery_chaos_duplicates_reorders_and_drops_the_same_way_for_a_seed() {
    use telnyx_rooms_emulator::DeliveryChaos;
    let orderly = delivered_under(DeliveryChaos::default()).await;
    assert_eq!((orderly.0.len(), orderly.1), (20, 0));
    let chaos = DeliveryChaos {
        duplicate: 0.3,
        reorder: 4,
        drop: 0.1,
        seed: 7,
    };
    let (first, dropped) = delivered_under(chaos).await;
    assert!(dropped > 0, "some events dropped");
    assert!(first.len() + dropped > 20, "some events delivered twice");
    let (second, dropped_again) = delivered_under(chaos).await;
    // Ids differ between runs; what was sent for whom, and in which order, does not.
    let shape = |v: &[String]| -> Vec<String> {
        v.iter()
            .map(|e| e.split(' ').next().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        (shape(&first), dropped),
        (shape(&second), dropped_again),
        "seed 7 twice"
    );
    let order: Vec<String> = shape(&first);
    let orderly_shape = shape(&orderly.0);
    assert_ne!(order, orderly_shape, "reordered");
}

#[tokio::test]
async fn download_urls_serve_the_file_with_ranges_and_expire_like_presigned_urls() {
    let emu = Emulator::start().await.unwrap();
    let c = emu.client();
    let room = c
        .create_room()
        .enable_recording(true)
        .execute()
        .await
        .unwrap();
    let alice = emu.join(room.id, "Alice").unwrap();
    emu.advance_clock(Duration::from_secs(100));
    emu.leave(alice.id).unwrap();
    let listed = c
        .list_room_recordings()
        .filter_room_id(room.id)
        .execute()
        .await
        .unwrap();
    let rec = &listed.items[0];
    let url = rec.download_url.clone().unwrap();
    assert!(
        url.starts_with(&format!("{}/_emulator/media/recordings/", emu.base_url())),
        "{url}"
    );
    let expected = (f64::from(rec.size_mb.unwrap()) * 1_048_576.0).round() as usize;
    let http = reqwest::Client::new();
    let whole = http.get(&url).send().await.unwrap();
    assert_eq!(whole.status(), 200);
    assert_eq!(whole.headers()["accept-ranges"], "bytes");
    let whole = whole.bytes().await.unwrap();
    assert_eq!(whole.len(), expected, "the reported size_mb");
    // A range: the same bytes as in the whole file (a resumed download is the same file).
    let part = http
        .get(&url)
        .header("range", "bytes=1000-")
        .send()
        .await
        .unwrap();
    assert_eq!(part.status(), 206);
    assert_eq!(
        part.headers()["content-range"],
        format!("bytes 1000-{}/{expected}", expected - 1).as_str()
    );
    assert_eq!(part.bytes().await.unwrap(), whole.slice(1000..));
    let beyond = http
        .get(&url)
        .header("range", format!("bytes={expected}-"))
        .send()
        .await
        .unwrap();
    assert_eq!(beyond.status(), 416);
    // A tampered URL is refused.
    let tampered = url.replace("expires=", "expires=9");
    assert_eq!(http.get(&tampered).send().await.unwrap().status(), 403);
    // 10 minutes later on the emulator's clock the URL has expired...
    emu.advance_clock(Duration::from_secs(601));
    let expired = http.get(&url).send().await.unwrap();
    assert_eq!(expired.status(), 403);
    let body: Value = expired.json().await.unwrap();
    assert!(
        body["errors"][0]["detail"]
            .as_str()
            .unwrap()
            .contains("expired"),
        "{body}"
    );
    // ...and reading the recording again gives a fresh one.
    let again = c
        .get_room_recording()
        .room_recording_id(rec.id)
        .execute()
        .await
        .unwrap();
    let fresh = again.download_url.unwrap();
    assert_ne!(fresh, url);
    let ok = http.get(&fresh).send().await.unwrap();
    assert_eq!(ok.status(), 200);
    assert_eq!(ok.bytes().await.unwrap(), whole, "the same file");
    // The file is sent as it is, not gzip-compressed, even to a client that accepts gzip.
    let raw = http
        .get(&fresh)
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert!(raw.headers().get("content-encoding").is_none());
}
