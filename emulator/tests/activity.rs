//! The emulator as a test kit: simulated participants join and leave (through the Rust API and
//! the HTTP control API), sessions, recordings and compositions follow, and every change is
//! delivered as a signed webhook that `WebhookVerifier` accepts; retries, failover and timeouts
//! against receivers that fail or stall.

mod support;

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use support::hooks::{received, verified};
use support::{CaptureServer, Reply};
use telnyx_rooms::webhooks::RoomEvent;
use telnyx_rooms::{types, Client};
use telnyx_rooms_emulator::{Emulator, Timing};

fn fast() -> Timing {
    Timing {
        composition: Duration::from_millis(50),
        webhook_retry: Duration::from_millis(20),
        webhook_attempts: 3,
        webhook_timeout: Duration::from_secs(2),
    }
}

async fn room_with_hooks(c: &Client, url: &str, recording: bool) -> types::Room {
    c.create_room()
        .enable_recording(recording)
        .max_participants(2)
        .webhook_event_url(url.to_string())
        .execute()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_whole_session_through_the_rust_api() {
    let emu = Emulator::start().await.unwrap();
    emu.set_timing(fast());
    let hooks = CaptureServer::start().await;
    let url = format!("{}/hooks", hooks.url());
    let c = emu.client();
    let room = room_with_hooks(&c, &url, true).await;

    let token = c
        .create_client_token()
        .room_id(room.id)
        .execute()
        .await
        .unwrap();
    let alice = emu.join_with_token(room.id, "Alice", &token.token).unwrap();
    let bob = emu.join(room.id, "Bob").unwrap();
    assert_eq!(alice.session_id, bob.session_id);
    let full = emu.join(room.id, "Carol").unwrap_err();
    assert_eq!(full.status.as_u16(), 422, "{full}");
    assert!(full.detail.contains("max_participants"), "{full}");

    // The 25 operations see it all.
    let session = alice.session_id.unwrap();
    let live = c.get_room().room_id(room.id).execute().await.unwrap();
    assert_eq!(live.active_session_id, Some(session));
    let s = c
        .get_room_session()
        .room_session_id(session)
        .include_participants(true)
        .execute()
        .await
        .unwrap();
    assert_eq!((s.active, s.participants.len()), (Some(true), 2));
    c.mute_participants()
        .room_session_id(session)
        .participants(telnyx_rooms::Participants::Only(vec![alice.id]))
        .execute()
        .await
        .unwrap();
    assert!(emu.is_muted(alice.id) && !emu.is_muted(bob.id));

    let left = emu.leave(alice.id).unwrap();
    assert!(left.left_at.is_some());
    emu.leave(bob.id).unwrap();
    assert_eq!(emu.leave(bob.id).unwrap_err().status.as_u16(), 422);
    let ended = c
        .get_room_session()
        .room_session_id(session)
        .execute()
        .await
        .unwrap();
    assert_eq!(ended.active, Some(false));
    assert!(ended.ended_at.is_some());
    let room_now = c.get_room().room_id(room.id).execute().await.unwrap();
    assert_eq!(room_now.active_session_id, None);
    let recordings = c
        .list_room_recordings()
        .filter_session_id(session)
        .execute()
        .await
        .unwrap();
    assert_eq!(recordings.items.len(), 2);
    for r in &recordings.items {
        assert_eq!(r.status.as_deref(), Some("completed"));
        assert!(r.duration_secs.is_some() && r.size_mb.is_some() && r.download_url.is_some());
    }

    // A composition of the ended session completes after its delay.
    let comp = c
        .create_room_composition()
        .session_id(session)
        .webhook_event_url(url.clone())
        .execute()
        .await
        .unwrap();
    assert_eq!(comp.status.as_deref(), Some("enqueued"));

    let mut seen = Vec::new();
    received(&hooks, &mut seen, 10).await;
    let events = verified(emu.webhook_public_key(), &seen);
    let types: Vec<&str> = events.iter().map(|e| e.kind.event_type()).collect();
    assert_eq!(
        types,
        [
            "video.room.session.started",
            "video.room.participant.joined",
            "video.room.recording.started",
            "video.room.participant.joined",
            "video.room.recording.started",
            "video.room.participant.left",
            "video.room.recording.completed",
            "video.room.participant.left",
            "video.room.recording.completed",
            "video.room.session.ended",
        ]
    );
    for e in &events {
        let meta = e.meta.as_ref().unwrap();
        assert_eq!(meta.attempt, Some(1));
        assert_eq!(meta.delivered_to.as_deref(), Some(url.as_str()));
    }
    match &events[1].kind {
        RoomEvent::ParticipantJoined(p) => {
            assert_eq!(p.context.as_deref(), Some("Alice"));
            assert_eq!(p.participant_id, alice.id);
        }
        other => panic!("{other:?}"),
    }
    match &events[6].kind {
        RoomEvent::RecordingCompleted(r) => assert!(r.download_url.is_some()),
        other => panic!("{other:?}"),
    }
    received(&hooks, &mut seen, 11).await;
    let last = verified(emu.webhook_public_key(), &seen[10..]);
    match &last[0].kind {
        RoomEvent::CompositionCompleted(p) => assert_eq!(p.composition_id, comp.id),
        other => panic!("{other:?}"),
    }
    let done = c
        .get_room_composition()
        .room_composition_id(comp.id)
        .execute()
        .await
        .unwrap();
    assert_eq!(done.status.as_deref(), Some("completed"));
    assert!(done.download_url.is_some());
    // The delivery log has every attempt.
    let log = emu.webhook_deliveries();
    assert_eq!(log.len(), 11);
    assert!(log.iter().all(|d| d.succeeded() && d.attempt == 1));
}

#[tokio::test]
async fn join_tokens_are_checked() {
    let emu = Emulator::start().await.unwrap();
    let c = emu.client();
    let a = c.create_room().execute().await.unwrap();
    let b = c.create_room().execute().await.unwrap();
    let token = c
        .create_client_token()
        .room_id(a.id)
        .token_ttl_secs(60)
        .execute()
        .await
        .unwrap()
        .token;
    let e = emu.join_with_token(b.id, "x", &token).unwrap_err();
    assert_eq!(e.status.as_u16(), 422);
    assert!(e.detail.contains("another room"), "{e}");
    let e = emu.join_with_token(a.id, "x", "forged").unwrap_err();
    assert_eq!(e.status.as_u16(), 422);
    let e = emu.join(uuid::Uuid::new_v4(), "x").unwrap_err();
    assert_eq!(e.status.as_u16(), 404);
    // Expired, without sleeping: the emulator's clock moves on.
    emu.advance_clock(Duration::from_secs(61));
    let e = emu.join_with_token(a.id, "x", &token).unwrap_err();
    assert!(e.detail.contains("expired"), "{e}");
    // A refreshed token works.
    let fresh = c
        .create_client_token()
        .room_id(a.id)
        .execute()
        .await
        .unwrap();
    let refreshed = c
        .refresh_client_token()
        .room_id(a.id)
        .refresh_token(fresh.refresh_token.clone())
        .execute()
        .await
        .unwrap();
    emu.join_with_token(a.id, "x", &refreshed.token).unwrap();
}

#[tokio::test]
async fn kick_and_end_act_on_the_simulated_participants() {
    let emu = Emulator::start().await.unwrap();
    emu.set_timing(fast());
    let hooks = CaptureServer::start().await;
    let c = emu.client();
    let room = room_with_hooks(&c, &format!("{}/hooks", hooks.url()), false).await;
    let a = emu.join(room.id, "A").unwrap();
    let b = emu.join(room.id, "B").unwrap();
    let session = a.session_id.unwrap();
    c.kick_participants()
        .room_session_id(session)
        .participants(telnyx_rooms::Participants::Only(vec![a.id]))
        .execute()
        .await
        .unwrap();
    let kicked = c
        .get_room_participant()
        .room_participant_id(a.id)
        .execute()
        .await
        .unwrap();
    assert!(kicked.left_at.is_some());
    c.end_room_session()
        .room_session_id(session)
        .execute()
        .await
        .unwrap();
    let b_now = c
        .get_room_participant()
        .room_participant_id(b.id)
        .execute()
        .await
        .unwrap();
    assert!(b_now.left_at.is_some());
    let mut seen = Vec::new();
    received(&hooks, &mut seen, 6).await;
    let events = verified(emu.webhook_public_key(), &seen);
    let reasons: Vec<String> = events
        .iter()
        .filter_map(|e| match &e.kind {
            RoomEvent::ParticipantLeft(p) => p.left_reason.clone(),
            RoomEvent::SessionEnded(s) => s.ended_reason.clone(),
            _ => None,
        })
        .collect();
    assert_eq!(reasons, ["kicked", "session_ended", "ended_by_api"]);
}

#[tokio::test]
async fn failed_deliveries_are_retried_then_sent_to_the_failover_url() {
    let emu = Emulator::start().await.unwrap();
    emu.set_timing(fast());
    let main = CaptureServer::start().await;
    for _ in 0..3 {
        main.reply(Reply::json(500, json!({})));
    }
    let failover = CaptureServer::start().await;
    let (main_url, failover_url) = (
        format!("{}/hooks", main.url()),
        format!("{}/backup", failover.url()),
    );
    let c = emu.client();
    let room = c
        .create_room()
        .webhook_event_url(main_url.clone())
        .webhook_event_failover_url(failover_url.clone())
        .execute()
        .await
        .unwrap();
    emu.join(room.id, "A").unwrap(); // session.started, participant.joined
    let mut seen = Vec::new();
    received(&failover, &mut seen, 1).await;
    let first = verified(emu.webhook_public_key(), &seen);
    assert_eq!(first[0].kind.event_type(), "video.room.session.started");
    let meta = first[0].meta.clone().unwrap();
    assert_eq!(meta.attempt, Some(4));
    assert_eq!(meta.delivered_to.as_deref(), Some(failover_url.as_str()));
    let tried = main.take();
    assert_eq!(
        tried.len(),
        4,
        "3 failed attempts, then the next event succeeded"
    );
    let attempts: Vec<Value> = tried
        .iter()
        .map(|t| t.json().unwrap()["meta"]["attempt"].clone())
        .collect();
    assert_eq!(attempts, [json!(1), json!(2), json!(3), json!(1)]);
    // Every attempt of the first event carries the same event id.
    let ids: Vec<Value> = tried[..3]
        .iter()
        .map(|t| t.json().unwrap()["data"]["id"].clone())
        .collect();
    assert!(ids.iter().all(|id| *id == ids[0]));
    let log = emu.webhook_deliveries();
    let statuses: Vec<(u32, Option<u16>)> = log.iter().map(|d| (d.attempt, d.status)).collect();
    assert_eq!(
        statuses,
        [
            (1, Some(500)),
            (2, Some(500)),
            (3, Some(500)),
            (4, Some(200)),
            (1, Some(200))
        ]
    );

    // The same log over HTTP.
    let http: Value = reqwest::get(format!("{}/_emulator/webhooks", emu.base_url()))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(http["data"].as_array().unwrap().len(), 5);
    assert_eq!(http["data"][0]["status"], 500);
    assert_eq!(http["data"][3]["url"], failover_url);
}

#[tokio::test]
async fn a_stalling_receiver_times_out_and_never_blocks_the_call() {
    let emu = Emulator::start().await.unwrap();
    emu.set_timing(Timing {
        webhook_attempts: 1,
        ..fast()
    });
    let stall = support::stalling().await;
    let failover = CaptureServer::start().await;
    let c = emu.client();
    let room = c
        .create_room()
        .webhook_event_url(stall.clone())
        .webhook_event_failover_url(format!("{}/backup", failover.url()))
        .webhook_timeout_secs(1)
        .execute()
        .await
        .unwrap();
    let t = Instant::now();
    emu.join(room.id, "A").unwrap();
    c.get_room().room_id(room.id).execute().await.unwrap();
    assert!(
        t.elapsed() < Duration::from_millis(500),
        "{:?}",
        t.elapsed()
    );
    let mut seen = Vec::new();
    received(&failover, &mut seen, 1).await;
    assert!(
        t.elapsed() >= Duration::from_secs(1),
        "the 1 s timeout was honoured"
    );
    let log = emu.webhook_deliveries();
    assert_eq!(log[0].status, None);
    assert_eq!(log[0].error.as_deref(), Some("timeout"));
    assert_eq!((log[1].attempt, log[1].status), (2, Some(200)));
}

#[tokio::test]
async fn stopping_the_emulator_stops_delivery() {
    let emu = Emulator::start().await.unwrap();
    emu.set_timing(Timing {
        webhook_retry: Duration::from_millis(300),
        ..fast()
    });
    let hooks = CaptureServer::start().await;
    for _ in 0..10 {
        hooks.reply(Reply::json(503, json!({})));
    }
    let c = emu.client();
    let room = room_with_hooks(&c, &format!("{}/hooks", hooks.url()), false).await;
    emu.join(room.id, "A").unwrap();
    let mut seen = Vec::new();
    received(&hooks, &mut seen, 1).await;
    drop(emu);
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert!(
        hooks.take().is_empty(),
        "no retry after the emulator stopped"
    );
}

#[tokio::test]
async fn the_control_api_over_http() {
    let emu = Emulator::start().await.unwrap();
    let c = emu.client();
    let room = c.create_room().max_participants(2).execute().await.unwrap();
    let token = c
        .create_client_token()
        .room_id(room.id)
        .execute()
        .await
        .unwrap()
        .token;
    let http = reqwest::Client::new();
    let base = emu.base_url();
    let post = |path: String, body: Value| http.post(format!("{base}{path}")).json(&body).send();
    let r = post(
        format!("/_emulator/rooms/{}/join", room.id),
        json!({"context": "Alice", "token": token}),
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 201);
    let alice: Value = r.json().await.unwrap();
    assert_eq!(alice["data"]["context"], "Alice");
    let r = post(
        format!("/_emulator/rooms/{}/join", room.id),
        json!({"token": "forged"}),
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 422);
    let r = post(
        format!("/_emulator/rooms/{}/join", uuid::Uuid::new_v4()),
        json!({}),
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 404);
    post(format!("/_emulator/rooms/{}/join", room.id), json!({}))
        .await
        .unwrap();
    let r = post(format!("/_emulator/rooms/{}/join", room.id), json!({}))
        .await
        .unwrap();
    assert_eq!(r.status(), 422, "full");
    let id = alice["data"]["id"].as_str().unwrap();
    let r = post(format!("/_emulator/participants/{id}/leave"), json!({}))
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let left: Value = r.json().await.unwrap();
    assert!(left["data"]["left_at"].is_string());
    let r = post("/_emulator/participants/nope/leave".into(), json!({}))
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
}
