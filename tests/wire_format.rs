//! The wire format of every operation: method, path, query string and JSON body that a
//! representative call sends, captured on a loopback server and kept as an insta snapshot.
//! Also: auth and user-agent headers, and bodies that carry only what the caller set.

mod support;

use serde_json::json;
use support::{CaptureServer, Reply, TEST_KEY};
use telnyx_rooms::types;

const ROOM: &str = support::operations::ROOM;

fn one() -> Reply {
    Reply::json(200, json!({"data": {"id": ROOM}}))
}
fn page() -> Reply {
    support::auto_reply("GET", "/rooms")
}

/// Runs every operation once and returns a readable record of what went on the wire.
async fn all_operations(s: &CaptureServer) -> Vec<(String, String)> {
    let calls = support::operations::call_every_operation(&s.client()).await;
    for (name, r) in &calls {
        if let Err(e) = r {
            panic!("{name} failed: {e}");
        }
    }
    let seen = s.take();
    assert_eq!(seen.len(), calls.len(), "one request per call");
    calls
        .iter()
        .zip(seen)
        .map(|((name, _), req)| {
            assert_eq!(
                req.header("authorization"),
                Some(format!("Bearer {TEST_KEY}").as_str()),
                "{name}"
            );
            let ua = req.header("user-agent").unwrap_or_default();
            assert!(ua.starts_with("telnyx-rooms/"), "{name}: user-agent {ua}");
            let mut line = format!("{} {}", req.method, req.path);
            // Decoded for review; `query_values_are_percent_encoded_with_wire_names` checks encoding.
            let pairs: Vec<String> = req
                .query_pairs()
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
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
    let text: String = record
        .iter()
        .map(|(n, l)| format!("{n}:\n  {l}\n"))
        .collect();
    insta::assert_snapshot!("wire_format", text);
}

#[tokio::test]
async fn update_sends_only_the_fields_set() {
    let s = CaptureServer::start().await;
    s.reply(one());
    s.client()
        .update_room()
        .room_id(ROOM)
        .body(types::PatchRoomRequest {
            unique_name: Some("only-this".into()),
            ..Default::default()
        })
        .execute()
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
    s.reply(Reply::json(201, json!({"data": {"id": ROOM}})));
    s.client()
        .create_room()
        .enable_recording(true)
        .execute()
        .await
        .unwrap();
    assert_eq!(
        s.take()[0].json().unwrap(),
        json!({"enable_recording": true})
    );

    s.client()
        .create_client_token()
        .room_id(ROOM)
        .execute()
        .await
        .unwrap();
    assert_eq!(s.take()[0].json().unwrap(), json!({}));
}

#[tokio::test]
async fn query_values_are_percent_encoded_with_wire_names() {
    let s = CaptureServer::start().await;
    s.reply(page());
    s.client()
        .list_rooms()
        .filter_unique_name("a b&c=d")
        .execute()
        .await
        .unwrap();
    let req = &s.take()[0];
    assert_eq!(
        req.query_pairs(),
        vec![("filter[unique_name]".to_string(), "a b&c=d".to_string())]
    );
}
