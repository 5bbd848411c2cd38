//! The wire format of every operation: method, path, query string and JSON body that a
//! representative call sends, captured on a loopback server and kept as an insta snapshot.
//! Also: auth and user-agent headers, and bodies that carry only what the caller set.

mod support;

use serde_json::json;
use support::{CaptureServer, Reply, TEST_KEY};
use telnyx_rooms::types;

const ROOM: &str = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";
const SESSION: &str = "7b61621f-62e0-4aad-ab11-9fd19e272e73";
const PARTICIPANT: &str = "5ccc7b54-4df3-4bca-a65a-35a1ecc777f0";
const RECORDING: &str = "1ccc7b54-4df3-4bca-a65a-35a1ecc777f0";
const COMPOSITION: &str = "2ccc7b54-4df3-4bca-a65a-35a1ecc777f0";

fn date(s: &str) -> chrono::NaiveDate {
    s.parse().unwrap()
}

fn one() -> Reply {
    Reply::json(200, json!({"data": {}}))
}
fn page() -> Reply {
    Reply::json(200, json!({"data": [], "meta": {"page_number": 1, "page_size": 20, "total_pages": 0, "total_results": 0}}))
}

/// Runs every operation once and returns a readable record of what went on the wire.
async fn all_operations(s: &CaptureServer) -> Vec<(String, String)> {
    let c = s.client();
    let mut calls: Vec<(&str, bool)> = Vec::new();
    macro_rules! call {
        ($name:literal, $reply:expr, $fut:expr) => {{
            s.reply($reply);
            let r = $fut.await;
            calls.push(($name, r.is_ok()));
            if let Err(e) = r {
                panic!("{} failed: {}", $name, telnyx_rooms::Error::from(e));
            }
        }};
    }
    call!("list_rooms", page(), c.list_rooms()
        .filter_date_created_at_gte(date("2024-01-01"))
        .filter_date_updated_at_lte(date("2024-12-31"))
        .filter_unique_name("my room/ä&x")
        .include_sessions(true)
        .page_number(std::num::NonZeroU64::new(2).unwrap())
        .page_size(std::num::NonZeroU64::new(50).unwrap())
        .send());
    call!("create_room", Reply::json(201, json!({"data": {}})), c.create_room()
        .body(types::CreateRoomRequest {
            unique_name: Some("standup".into()),
            max_participants: Some(12),
            webhook_event_url: Some("https://example.com/hooks".into()),
            ..Default::default()
        })
        .send());
    call!("get_room", one(), c.get_room().room_id(ROOM).include_sessions(true).send());
    call!("update_room", one(), c.update_room().room_id(ROOM)
        .body_map(|b| b.unique_name("renamed".to_string()))
        .send());
    call!("delete_room", Reply::raw(204, "text/plain", ""), c.delete_room().room_id(ROOM).send());
    call!("list_sessions_for_room", page(), c.list_sessions_for_room().room_id(ROOM)
        .filter_active(true)
        .filter_date_ended_at_eq(date("2024-03-01"))
        .include_participants(true)
        .send());
    call!("create_client_token", Reply::json(201, json!({"data": {}})), c.create_client_token().room_id(ROOM)
        .body(types::CreateRoomClientTokenRequest { token_ttl_secs: Some(600), refresh_token_ttl_secs: Some(3600) })
        .send());
    call!("refresh_client_token", Reply::json(201, json!({"data": {}})), c.refresh_client_token().room_id(ROOM)
        .body(types::RefreshRoomClientTokenRequest { refresh_token: "eyJhbGciOiJFZDI1NTE5In0.e30.sig".into(), token_ttl_secs: None })
        .send());
    call!("list_room_sessions", page(), c.list_room_sessions()
        .filter_room_id(ROOM)
        .filter_date_created_at_eq(date("2024-02-29"))
        .page_size(std::num::NonZeroU64::new(250).unwrap())
        .send());
    call!("get_room_session", one(), c.get_room_session().room_session_id(SESSION).include_participants(false).send());
    call!("end_room_session", one(), c.end_room_session().room_session_id(SESSION).send());
    call!("kick_participants", one(), c.kick_participants().room_session_id(SESSION)
        .body(types::ActionsParticipantsRequest {
            participants: Some(types::ActionsParticipantsRequestParticipants::String(
                types::ActionsParticipantsRequestParticipantsString::All,
            )),
            exclude: vec![PARTICIPANT.parse().unwrap()],
        })
        .send());
    call!("mute_participants", one(), c.mute_participants().room_session_id(SESSION)
        .body(types::ActionsParticipantsRequest {
            participants: Some(vec![PARTICIPANT.parse().unwrap()].into()),
            exclude: vec![],
        })
        .send());
    call!("unmute_participants", one(), c.unmute_participants().room_session_id(SESSION)
        .body(types::ActionsParticipantsRequest::default())
        .send());
    call!("list_participants_for_session", page(), c.list_participants_for_session().room_session_id(SESSION)
        .filter_context("Alice")
        .filter_date_joined_at_gte(date("2024-01-01"))
        .send());
    call!("list_room_participants", page(), c.list_room_participants()
        .filter_session_id(SESSION)
        .filter_date_left_at_lte(date("2024-01-31"))
        .send());
    call!("get_room_participant", one(), c.get_room_participant().room_participant_id(PARTICIPANT).send());
    call!("list_room_recordings", page(), c.list_room_recordings()
        .filter_room_id(ROOM)
        .filter_status("completed")
        .filter_type("audio")
        .filter_duration_secs(20)
        .filter_date_started_at_gte(date("2024-01-01"))
        .send());
    call!("delete_room_recordings", Reply::json(201, json!({"data": {"room_recordings": 3}})), c.delete_room_recordings()
        .filter_session_id(SESSION)
        .filter_date_ended_at_lte(date("2024-01-31"))
        .send());
    call!("get_room_recording", one(), c.get_room_recording().room_recording_id(RECORDING).send());
    call!("delete_room_recording", Reply::raw(204, "text/plain", ""), c.delete_room_recording().room_recording_id(RECORDING).send());
    call!("list_room_compositions", page(), c.list_room_compositions()
        .filter_session_id(SESSION)
        .filter_status(types::ListRoomCompositionsFilterStatus::Completed)
        .filter_date_created_at_gte(date("2024-01-01"))
        .send());
    call!("create_room_composition", Reply::json(202, json!({"data": {}})), c.create_room_composition()
        .body_map(|b| b
            .session_id(Some(SESSION.parse().unwrap()))
            .format(Some("mp4".to_string()))
            .resolution(Some("1280x720".to_string()))
            .video_layout([("main".to_string(), types::VideoRegion {
                width: Some(640), height: Some(360), x_pos: Some(0), y_pos: Some(0), z_pos: Some(1),
                max_columns: std::num::NonZeroU64::new(2), max_rows: std::num::NonZeroU64::new(2),
                video_sources: vec![PARTICIPANT.parse().unwrap()],
            })].into_iter().collect::<std::collections::BTreeMap<_, _>>()))
        .send());
    call!("get_room_composition", one(), c.get_room_composition().room_composition_id(COMPOSITION).send());
    call!("delete_room_composition", Reply::raw(204, "text/plain", ""), c.delete_room_composition().room_composition_id(COMPOSITION).send());

    let seen = s.take();
    assert_eq!(seen.len(), calls.len(), "one request per call");
    calls
        .iter()
        .zip(seen)
        .map(|((name, _), req)| {
            assert_eq!(req.header("authorization"), Some(format!("Bearer {TEST_KEY}").as_str()), "{name}");
            let ua = req.header("user-agent").unwrap_or_default();
            assert!(ua.starts_with("telnyx-rooms/"), "{name}: user-agent {ua}");
            let mut line = format!("{} {}", req.method, req.path);
            // Decoded for review; `query_values_are_percent_encoded_with_wire_names` checks encoding.
            let pairs: Vec<String> = req.query_pairs().iter().map(|(k, v)| format!("{k}={v}")).collect();
            if !pairs.is_empty() {
                line.push('?');
                line.push_str(&pairs.join("&"));
            }
            if let Some(body) = req.json() {
                line.push_str("\n  body: ");
                line.push_str(&body.to_string());
            }
            (name.to_string(), line)
        })
        .collect()
}

#[tokio::test]
async fn wire_format_of_every_operation() {
    let s = CaptureServer::start().await;
    let record = all_operations(&s).await;
    assert_eq!(record.len(), 25);
    let text: String = record.iter().map(|(n, l)| format!("{n}:\n  {l}\n")).collect();
    insta::assert_snapshot!("wire_format", text);
}

#[tokio::test]
async fn update_sends_only_the_fields_set() {
    let s = CaptureServer::start().await;
    s.reply(one());
    s.client()
        .update_room()
        .room_id(ROOM)
        .body(types::PatchRoomRequest { unique_name: Some("only-this".into()), ..Default::default() })
        .send()
        .await
        .unwrap();
    let req = &s.take()[0];
    assert_eq!(req.method, "PATCH");
    assert_eq!(req.json().unwrap(), json!({"unique_name": "only-this"}));
    assert_eq!(req.header("content-type"), Some("application/json"));
}

#[tokio::test]
async fn create_sends_only_the_fields_set() {
    let s = CaptureServer::start().await;
    s.reply(Reply::json(201, json!({"data": {}})));
    s.client().create_room().body_map(|b| b.enable_recording(Some(true))).send().await.unwrap();
    assert_eq!(s.take()[0].json().unwrap(), json!({"enable_recording": true}));

    s.reply(Reply::json(201, json!({"data": {}})));
    s.client().create_client_token().room_id(ROOM).send().await.unwrap();
    assert_eq!(s.take()[0].json().unwrap(), json!({}));
}

#[tokio::test]
async fn query_values_are_percent_encoded_with_wire_names() {
    let s = CaptureServer::start().await;
    s.reply(page());
    s.client().list_rooms().filter_unique_name("a b&c=d").send().await.unwrap();
    let req = &s.take()[0];
    assert_eq!(req.query_pairs(), vec![("filter[unique_name]".to_string(), "a b&c=d".to_string())]);
}
