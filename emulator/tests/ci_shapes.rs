//! The emulator where a team's CI runs it: a large download does not delay other requests (the
//! media is made in chunks outside the store's lock), every queue and window has a bound in
//! time as well as size (a reorder window under steady traffic, no wait after the last delivery
//! attempt, a receiver's queue, the channel between the store and delivery), and `sessions`
//! follows `include_sessions` as Telnyx's API does.

mod support;

use std::time::{Duration, Instant};

use futures::StreamExt;
use support::{CaptureServer, Reply};
use telnyx_rooms_emulator::{DeliveryChaos, Emulator, Timing, EMULATOR_KEY, REORDER_HOLD};

/// A composition of a session that lasted `secs` (0.25 MB a second, as Telnyx's sizes go).
async fn composition_of(emu: &Emulator, secs: u64) -> (String, u64) {
    let c = emu.client();
    let room = c.create_room().execute().await.unwrap();
    let alice = emu.join(room.id, "Alice").unwrap();
    emu.advance_clock(Duration::from_secs(secs));
    emu.leave(alice.id).unwrap();
    let made = c
        .create_room_composition()
        .session_id(alice.session_id.unwrap())
        .execute()
        .await
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let got = c
            .get_room_composition()
            .room_composition_id(made.id)
            .execute()
            .await
            .unwrap();
        if let (Some(url), Some(mb)) = (got.download_url, got.size_mb) {
            return (url, (f64::from(mb) * 1_048_576.0).round() as u64);
        }
        assert!(Instant::now() < deadline, "the composition never completed");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_large_download_does_not_delay_other_requests() {
    let emu = Emulator::start().await.unwrap();
    emu.set_timing(Timing {
        composition: Duration::from_millis(10),
        ..Timing::default()
    });
    // Four minutes of session: a 60 MB file (a debug build makes it slowly, which is the point).
    let (url, len) = composition_of(&emu, 240).await;
    assert_eq!(len, 60 * 1_048_576);
    let download = tokio::spawn(async move {
        let started = Instant::now();
        let response = reqwest::get(url).await.unwrap();
        assert_eq!(response.status(), 200);
        let first_byte = started.elapsed();
        let mut body = response.bytes_stream();
        let mut read = 0u64;
        while let Some(chunk) = body.next().await {
            read += chunk.unwrap().len() as u64;
        }
        (read, first_byte, started.elapsed())
    });
    let rooms = format!("{}/rooms", emu.base_url());
    let http = reqwest::Client::new();
    let mut latencies = Vec::new();
    while !download.is_finished() {
        let t = Instant::now();
        let r = http
            .get(&rooms)
            .bearer_auth(EMULATOR_KEY)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        latencies.push(t.elapsed());
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let (read, first_byte, took) = download.await.unwrap();
    assert_eq!(read, len, "the whole file");
    latencies.sort();
    let max = *latencies.last().unwrap();
    println!(
        "60 MB in {took:?} (first byte after {first_byte:?}); {} other requests meanwhile, \
         median {:?}, max {max:?}",
        latencies.len(),
        latencies[latencies.len() / 2]
    );
    assert!(
        latencies.len() >= 5,
        "other requests were served during the download"
    );
    assert!(
        first_byte < Duration::from_millis(500),
        "headers come at once: {first_byte:?}"
    );
    assert!(
        max < Duration::from_millis(300),
        "no request waited for the file: {max:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reorder_window_is_bounded_in_time_under_steady_traffic() {
    let emu = Emulator::start().await.unwrap();
    // A window no room fills here.
    emu.set_delivery_chaos(DeliveryChaos {
        reorder: 1_000,
        seed: 3,
        ..DeliveryChaos::default()
    })
    .unwrap();
    let hooks = CaptureServer::start().await;
    let url = format!("{}/hooks", hooks.url());
    let c = emu.client();
    let quiet = c
        .create_room()
        .webhook_event_url(&url)
        .execute()
        .await
        .unwrap();
    let busy = c
        .create_room()
        .webhook_event_url(&url)
        .max_participants(50)
        .execute()
        .await
        .unwrap();
    let joined = Instant::now();
    emu.join(quiet.id, "Alice").unwrap();
    // Another room's events keep coming, every 20 ms, for 1.5 s.
    let mut arrived = None;
    let mut joins = 0;
    while joined.elapsed() < Duration::from_millis(1500) {
        if joins < 49 {
            emu.join(busy.id, &format!("guest-{joins}")).unwrap();
            joins += 1;
        }
        let seen = hooks.take();
        if arrived.is_none()
            && seen
                .iter()
                .any(|h| h.json().unwrap()["data"]["payload"]["room_id"] == quiet.id.to_string())
        {
            arrived = Some(joined.elapsed());
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let arrived = arrived.expect("the quiet room's events were sent while the busy room went on");
    assert!(
        arrived < REORDER_HOLD + Duration::from_millis(400),
        "held for {arrived:?}, the bound is {REORDER_HOLD:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_wait_after_the_last_delivery_attempt() {
    let emu = Emulator::start().await.unwrap();
    emu.set_timing(Timing {
        webhook_retry: Duration::from_secs(2),
        webhook_attempts: 1,
        ..Timing::default()
    });
    let hooks = CaptureServer::start().await;
    hooks.reply(Reply::json(500, serde_json::json!({})));
    let c = emu.client();
    let room = c
        .create_room()
        .webhook_event_url(format!("{}/hooks", hooks.url()))
        .execute()
        .await
        .unwrap();
    let started = Instant::now();
    // session.started (answered 500 on its one attempt), then participant.joined.
    emu.join(room.id, "Alice").unwrap();
    let mut seen = Vec::new();
    while seen.len() < 2 {
        seen.extend(hooks.take());
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{} arrived",
            seen.len()
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(
        started.elapsed() < Duration::from_millis(1000),
        "the next event waited after the failed last attempt: {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn sessions_follow_include_sessions_as_telnyx_does() {
    let emu = Emulator::start().await.unwrap();
    let room = emu.seed(telnyx_rooms_emulator::Seed::rooms(1)).rooms[0];
    let get = |path: String| support::get_json(emu.base_url(), path);
    let plain = get(format!("/rooms/{room}")).await;
    assert!(plain["data"].get("sessions").is_none(), "left out: {plain}");
    let asked = get(format!("/rooms/{room}?include_sessions=true")).await;
    assert_eq!(asked["data"]["sessions"], serde_json::json!([]), "{asked}");
    let listed = get("/rooms".to_string()).await;
    assert!(listed["data"][0].get("sessions").is_none(), "{listed}");
    let listed = get("/rooms?include_sessions=true".to_string()).await;
    assert_eq!(
        listed["data"][0]["sessions"],
        serde_json::json!([]),
        "{listed}"
    );
}

/// Join and leave `cycles` times in `room`: two or three events each, made without yielding.
fn churn(emu: &Emulator, room: uuid::Uuid, cycles: usize) {
    for i in 0..cycles {
        let p = emu.join(room, &format!("p{i}")).unwrap();
        emu.leave(p.id).unwrap();
    }
}

fn dropped_with(emu: &Emulator, why: &str) -> usize {
    emu.webhook_deliveries()
        .iter()
        .filter(|d| d.error.as_deref().is_some_and(|e| e.contains(why)))
        .count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_receivers_queue_is_bounded() {
    let emu = Emulator::start().await.unwrap();
    emu.set_webhook_log_capacity(100_000);
    let room = emu
        .client()
        .create_room()
        .webhook_event_url(support::stalling().await)
        .webhook_timeout_secs(30)
        .execute()
        .await
        .unwrap();
    // The receiver never answers: its queue fills at WEBHOOK_QUEUE, and the rest is dropped.
    churn(&emu, room.id, 6_000);
    let deadline = Instant::now() + Duration::from_secs(20);
    let why = format!(
        "{} events of this room already wait",
        telnyx_rooms_emulator::WEBHOOK_QUEUE
    );
    while dropped_with(&emu, &why) == 0 {
        assert!(Instant::now() < deadline, "nothing was dropped");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_channel_to_delivery_is_bounded() {
    let emu = Emulator::start().await.unwrap();
    emu.set_webhook_log_capacity(200_000);
    let room = emu
        .client()
        .create_room()
        .webhook_event_url(support::stalling().await)
        .execute()
        .await
        .unwrap();
    // On one thread, without yielding, delivery cannot take events as they are made: the
    // channel fills at EVENT_QUEUE, and the rest is dropped and logged.
    let why = format!(
        "{} events already wait for delivery",
        telnyx_rooms_emulator::EVENT_QUEUE
    );
    let mut cycles = 0;
    while dropped_with(&emu, &why) == 0 {
        // At most one event in flight per cycle could leave: a bound of N fills within N cycles.
        assert!(
            cycles <= telnyx_rooms_emulator::EVENT_QUEUE,
            "the channel held more than its bound"
        );
        churn(&emu, room.id, 1_000);
        cycles += 1_000;
    }
}
