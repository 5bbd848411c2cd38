//! The emulator: Telnyx's semantics for every resource, its errors, its knobs, and (through
//! Prism in proxy mode) conformance of its requests and responses to `spec/`.

mod support;

use std::time::{Duration, Instant};

use futures::TryStreamExt;
use reqwest::StatusCode;
use serde_json::{json, Value};
use support::operations::{call_every_operation_with, Via};
use support::prism::Prism;
use telnyx_rooms::{types, Error};
use telnyx_rooms_emulator::{Emulator, Seed};

async fn raw(
    emu: &Emulator,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
    auth: bool,
) -> (u16, Value) {
    let mut req = reqwest::Client::new().request(method, format!("{}{path}", emu.base_url()));
    if auth {
        req = req.bearer_auth("any-key");
    }
    if let Some(b) = body {
        req = req.json(&b);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    let text = resp.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

#[tokio::test]
async fn rooms_lifecycle() {
    let emu = Emulator::start().await.unwrap();
    let c = emu.client();
    let room = c
        .create_room()
        .unique_name("alpha".to_string())
        .webhook_timeout_secs(5)
        .send()
        .await
        .unwrap();
    assert_eq!(room.status(), 201);
    let room = room.into_inner();
    assert_eq!(room.max_participants, Some(10), "server default");
    assert_eq!(room.enable_recording, Some(false));
    assert_eq!(room.record_type.as_deref(), Some("room"));
    assert!(room.created_at.is_some());
    let id = room.id;

    let updated = c
        .update_room()
        .room_id(id)
        .max_participants(20)
        .execute()
        .await
        .unwrap();
    assert_eq!(updated.max_participants, Some(20));
    assert_eq!(
        updated.unique_name.as_deref(),
        Some("alpha"),
        "PATCH keeps what it does not name"
    );
    assert_eq!(updated.webhook_timeout_secs, Some(5));
    assert!(updated.updated_at > room.updated_at);

    // Unique names.
    let e: Error = c
        .create_room()
        .unique_name("alpha".to_string())
        .execute()
        .await
        .unwrap_err();
    assert!(e.is_unprocessable(), "{e}");

    let listed: Vec<_> = c
        .list_rooms()
        .filter_unique_name("alpha")
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
    let today = chrono::Utc::now().date_naive();
    assert_eq!(
        c.list_rooms()
            .filter_date_created_at_eq(today)
            .stream()
            .try_collect::<Vec<_>>()
            .await
            .unwrap()
            .len(),
        1
    );
    let tomorrow = today.succ_opt().unwrap();
    assert_eq!(
        c.list_rooms()
            .filter_date_created_at_gte(tomorrow)
            .stream()
            .try_collect::<Vec<_>>()
            .await
            .unwrap()
            .len(),
        0
    );

    assert_eq!(
        c.delete_room().room_id(id).send().await.unwrap().status(),
        204
    );
    let e: Error = c.get_room().room_id(id).execute().await.unwrap_err();
    assert!(e.is_not_found());
    assert_eq!(
        e.api_error().unwrap().errors()[0].code.as_deref(),
        Some("10005")
    );
}

#[tokio::test]
async fn sessions_participants_and_actions() {
    let emu = Emulator::start().await.unwrap();
    let seeded = emu.seed(Seed {
        rooms: 2,
        sessions_per_room: 2,
        participants_per_session: 3,
        recordings_per_participant: 2,
    });
    assert_eq!(
        (
            seeded.rooms.len(),
            seeded.sessions.len(),
            seeded.participants.len(),
            seeded.recordings.len()
        ),
        (2, 4, 12, 24)
    );
    let c = emu.client();

    let room = c
        .get_room()
        .room_id(seeded.rooms[0])
        .include_sessions(true)
        .execute()
        .await
        .unwrap();
    assert_eq!(room.sessions.len(), 2);
    let active = seeded.sessions[1];
    assert_eq!(room.active_session_id, Some(active));

    let active_sessions: Vec<_> = c
        .list_room_sessions()
        .filter_active(true)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(active_sessions.len(), 2);
    let of_room: Vec<_> = c
        .list_room_sessions()
        .filter_room_id(seeded.rooms[0])
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(of_room.len(), 2);

    let s = c
        .get_room_session()
        .room_session_id(active)
        .include_participants(true)
        .execute()
        .await
        .unwrap();
    assert_eq!(s.participants.len(), 3);
    assert!(s.ended_at.is_none());

    // Kick one participant, then end the session.
    let kicked = seeded.participants[3];
    let r = c
        .kick_participants()
        .room_session_id(active)
        .body(types::ActionsParticipantsRequest {
            participants: Some(vec![kicked].into()),
            exclude: vec![],
        })
        .execute()
        .await
        .unwrap();
    assert_eq!(r.result.as_deref(), Some("ok"));
    let p = c
        .get_room_participant()
        .room_participant_id(kicked)
        .execute()
        .await
        .unwrap();
    assert!(p.left_at.is_some());
    let still_in: Vec<_> = c
        .list_participants_for_session()
        .room_session_id(active)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(still_in.iter().filter(|p| p.left_at.is_none()).count(), 2);
    c.mute_participants()
        .room_session_id(active)
        .body(types::ActionsParticipantsRequest::default())
        .execute()
        .await
        .unwrap();

    c.end_room_session()
        .room_session_id(active)
        .execute()
        .await
        .unwrap();
    let s = c
        .get_room_session()
        .room_session_id(active)
        .execute()
        .await
        .unwrap();
    assert_eq!(s.active, Some(false));
    assert!(s.ended_at.is_some());
    let room = c
        .get_room()
        .room_id(seeded.rooms[0])
        .execute()
        .await
        .unwrap();
    assert_eq!(room.active_session_id, None);

    let by_context: Vec<_> = c
        .list_room_participants()
        .filter_context("participant-0")
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(by_context.len(), 4);

    // Recordings: filters, bulk delete by session, single delete.
    let video: Vec<_> = c
        .list_room_recordings()
        .filter_type("video")
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(video.len(), 12);
    let deleted = c
        .delete_room_recordings()
        .filter_session_id(seeded.sessions[0])
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 201);
    assert_eq!(deleted.into_inner().room_recordings, Some(6));
    c.delete_room_recording()
        .room_recording_id(seeded.recordings[23])
        .execute()
        .await
        .unwrap();
    assert_eq!(
        c.list_room_recordings()
            .stream()
            .try_collect::<Vec<_>>()
            .await
            .unwrap()
            .len(),
        17
    );

    // Compositions.
    let comp = c
        .create_room_composition()
        .session_id(active)
        .send()
        .await
        .unwrap();
    assert_eq!(comp.status(), 202);
    let comp = comp.into_inner();
    assert_eq!(
        (comp.status.as_deref(), comp.format.as_deref()),
        (Some("enqueued"), Some("mp4"))
    );
    let listed: Vec<_> = c
        .list_room_compositions()
        .filter_session_id(active)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
    c.delete_room_composition()
        .room_composition_id(comp.id)
        .execute()
        .await
        .unwrap();
    let e: Error = c
        .get_room_composition()
        .room_composition_id(comp.id)
        .execute()
        .await
        .unwrap_err();
    assert!(e.is_not_found());
}

#[tokio::test]
async fn client_tokens_expire_and_refresh() {
    let emu = Emulator::start().await.unwrap();
    let room = emu.seed(Seed::rooms(1)).rooms[0];
    let c = emu.client();
    let before = chrono::Utc::now();
    let t = c
        .create_client_token()
        .room_id(room)
        .token_ttl_secs(60)
        .execute()
        .await
        .unwrap();
    let expires = t.token_expires_at;
    assert!(
        expires >= before + chrono::Duration::seconds(60)
            && expires <= chrono::Utc::now() + chrono::Duration::seconds(60)
    );
    assert!(t.refresh_token_expires_at > expires);
    let refreshed = c
        .refresh_client_token()
        .room_id(room)
        .body(types::RefreshRoomClientTokenRequest {
            refresh_token: t.refresh_token.clone(),
            token_ttl_secs: Some(120),
        })
        .execute()
        .await
        .unwrap();
    assert!(refreshed.token != t.token);
    let e: Error = c
        .refresh_client_token()
        .room_id(room)
        .body(types::RefreshRoomClientTokenRequest {
            refresh_token: "forged".into(),
            token_ttl_secs: None,
        })
        .execute()
        .await
        .unwrap_err();
    assert!(
        e.is_unprocessable() && e.to_string().contains("refresh_token"),
        "{e}"
    );
}

#[tokio::test]
async fn errors_as_telnyx_answers_them() {
    let emu = Emulator::start().await.unwrap();
    let get = reqwest::Method::GET;
    let (status, body) = raw(&emu, get.clone(), "/rooms", None, false).await;
    assert_eq!(status, 401);
    assert_eq!(body["errors"][0]["code"], "10009");

    let (status, body) = raw(
        &emu,
        reqwest::Method::POST,
        "/rooms",
        Some(json!({"max_participants": 51})),
        true,
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(body["errors"][0]["source"]["pointer"], "/max_participants");
    assert!(body["errors"][0]["detail"]
        .as_str()
        .unwrap()
        .contains("between 2 and 50"));

    let (status, body) = raw(&emu, get.clone(), "/rooms?page%5Bsize%5D=251", None, true).await;
    assert_eq!(status, 422);
    assert_eq!(body["errors"][0]["source"]["parameter"], "page[size]");

    let (status, body) = raw(
        &emu,
        get.clone(),
        &format!("/rooms/{}", uuid::Uuid::new_v4()),
        None,
        true,
    )
    .await;
    assert_eq!(status, 404);
    assert_eq!(body["errors"][0]["title"], "Resource not found");

    let (status, _) = raw(&emu, get, "/rooms/not-a-uuid", None, true).await;
    assert_eq!(status, 422);
}

#[tokio::test]
async fn knobs_latency_failures_and_dropped_connections() {
    let emu = Emulator::start().await.unwrap();
    let c = emu.client();

    emu.fail_next(2, StatusCode::SERVICE_UNAVAILABLE, Some(7));
    for _ in 0..2 {
        let r = reqwest::Client::new()
            .get(format!("{}/rooms", emu.base_url()))
            .bearer_auth("k")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 503);
        assert_eq!(r.headers()["retry-after"], "7");
    }
    c.list_rooms().execute().await.unwrap();

    emu.drop_next(1);
    let e: Error = c
        .with_max_retries(0)
        .list_rooms()
        .execute()
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Transport { attempts: 1, .. }), "{e:?}");
    emu.drop_next(1);
    c.list_rooms()
        .execute()
        .await
        .expect("a GET is retried after a dropped connection");

    emu.set_latency(Duration::from_millis(150));
    let t = Instant::now();
    c.list_rooms().execute().await.unwrap();
    assert!(t.elapsed() >= Duration::from_millis(150));
    assert!(emu.requests() >= 6);
}

#[tokio::test(flavor = "multi_thread")]
async fn requests_and_responses_conform_to_the_spec_through_prism_proxy() {
    let emu = Emulator::start().await.unwrap();
    let ids = support::operations::emulator_ids(&emu).await;
    let proxy = Prism::proxy("spec/telnyx-rooms.yaml", emu.base_url()).await;
    let client = telnyx_rooms::Client::builder()
        .api_key("KEY0PROXY")
        .base_url(&proxy.url)
        .build()
        .unwrap();
    let before = emu.requests();
    let results = call_every_operation_with(&client, ids, Via::Execute).await;
    let failures = support::operations::failures(&results);
    assert!(
        failures.is_empty(),
        "through prism proxy --errors:\n{failures}"
    );
    assert_eq!(
        emu.requests() - before,
        telnyx_rooms::Operation::ALL.len(),
        "every call reached the emulator through the proxy"
    );

    // The proxy does check: a response that breaks the spec is refused.
    let r = reqwest::Client::new()
        .get(format!("{}/rooms/not-a-uuid", proxy.url))
        .bearer_auth("k")
        .send()
        .await
        .unwrap();
    assert!(r.status().is_client_error(), "{}", r.status());
}
