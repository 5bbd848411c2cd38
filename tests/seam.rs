//! One seam between the generated client and our layer: `execute()` returns the resource with
//! our one `Error`, any 2xx is a success, every error body shape reaches `Error`, the key goes
//! only where `ClientBuilder` allowed and never into an error, pagination reads the builder
//! through a generated accessor, and no `api-version` header is sent. Each test here failed
//! before `execute()` and the call path existed (in its `send()` + `Error::from` form).

mod support;

use futures::TryStreamExt;
use serde_json::json;
use support::{CaptureServer, Reply, TEST_KEY};
use telnyx_rooms::Error;

const ROOM: &str = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";

#[tokio::test]
async fn execute_returns_the_resource_itself() {
    let s = CaptureServer::start().await;
    s.reply(Reply::json(
        201,
        json!({"data": {"id": ROOM, "unique_name": "standup", "max_participants": 10}}),
    ));
    let room = s
        .client()
        .create_room()
        .body_map(|b| b.unique_name("standup".to_string()).max_participants(10))
        .execute()
        .await
        .unwrap();
    // `id` is a plain Uuid: the spec says it is always there.
    assert_eq!(room.id.to_string(), ROOM);
    assert_eq!(room.unique_name.as_deref(), Some("standup"));
    let sent = s.take();
    assert_eq!(
        sent[0].json().unwrap(),
        json!({"unique_name": "standup", "max_participants": 10})
    );
    assert_eq!(sent[0].header("accept"), Some("application/json"));

    // Deletes return (), lists a Page, tokens the token.
    s.reply(Reply::raw(204, "text/plain", ""));
    let () = s
        .client()
        .delete_room()
        .room_id(ROOM)
        .execute()
        .await
        .unwrap();
    let page = s.client().list_rooms().execute().await.unwrap();
    assert!(page.items.is_empty());
    s.reply(Reply::json(
        201,
        json!({"data": {"token": "t", "token_expires_at": "2026-01-01T00:00:00Z",
            "refresh_token": "r", "refresh_token_expires_at": "2026-01-01T01:00:00Z"}}),
    ));
    let token = s
        .client()
        .create_client_token()
        .room_id(ROOM)
        .execute()
        .await
        .unwrap();
    assert_eq!(
        (token.token.as_str(), token.refresh_token.as_str()),
        ("t", "r")
    );
}

#[tokio::test]
async fn any_2xx_is_success() {
    let s = CaptureServer::start().await;
    // create_room answered 200 (the spec says 201): the room exists, so this is a success.
    s.reply(Reply::json(200, json!({"data": {"id": ROOM}})));
    let room = s.client().create_room().execute().await.unwrap();
    assert_eq!(room.id.to_string(), ROOM);
    // delete_room answered 200 with a body (the spec says 204).
    s.reply(Reply::json(200, json!({"data": {"id": ROOM}})));
    s.client()
        .delete_room()
        .room_id(ROOM)
        .execute()
        .await
        .unwrap();
    // A 202 with the room is as good as a 200.
    s.reply(Reply::json(202, json!({"data": {"id": ROOM}})));
    s.client().get_room().room_id(ROOM).execute().await.unwrap();
    // An answer without `data` is not a success: the error names the field.
    s.reply(Reply::json(200, json!({"result": "ok"})));
    let e = s
        .client()
        .get_room()
        .room_id(ROOM)
        .execute()
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Decode { .. }), "{e:?}");
    assert!(e.to_string().contains("missing field `data`"), "{e}");
}

#[tokio::test]
async fn every_error_body_shape_reaches_the_error() {
    let s = CaptureServer::start().await;
    // A bare error object, the shape the API reference documents for Video errors.
    s.reply(Reply::json(
        404,
        json!({"code": "10005", "title": "Resource not found", "detail": "Room not found"}),
    ));
    let e = s
        .client()
        .get_room()
        .room_id(ROOM)
        .execute()
        .await
        .unwrap_err();
    assert!(e.is_not_found());
    let api = e.api_error().unwrap();
    assert_eq!(api.errors().len(), 1);
    assert_eq!(api.errors()[0].code.as_deref(), Some("10005"));
    assert_eq!(api.raw_body(), None);
    assert_eq!(
        e.to_string(),
        "Telnyx API error 404 Not Found: Resource not found (Room not found) [code 10005]"
    );
    // JSON that is not an error list is kept raw, and not called non-JSON.
    s.reply(Reply::json(400, json!({"errors": "oops"})));
    let e = s
        .client()
        .get_room()
        .room_id(ROOM)
        .execute()
        .await
        .unwrap_err();
    assert_eq!(
        e.api_error().unwrap().raw_body(),
        Some(r#"{"errors":"oops"}"#)
    );
    assert!(!e.to_string().contains("non-JSON"), "{e}");
    assert!(
        e.to_string().contains("not in Telnyx's error format"),
        "{e}"
    );
}

#[tokio::test]
async fn an_echoed_key_is_redacted_from_errors() {
    let s = CaptureServer::start().await;
    s.reply(Reply::json(
        401,
        json!({"errors": [{"title": "bad auth", "detail": format!("header was Bearer {TEST_KEY}")}]}),
    ));
    let e = s
        .client()
        .get_room()
        .room_id(ROOM)
        .execute()
        .await
        .unwrap_err();
    for text in [e.to_string(), format!("{e:?}")] {
        assert!(!text.contains(TEST_KEY), "{text}");
        assert!(text.contains("Bearer [REDACTED]"), "{text}");
    }
}

#[tokio::test]
async fn pagination_reads_the_builder_not_its_debug_text() {
    let s = CaptureServer::start().await;
    // A filter value that looks like the builder's Debug output of an explicit page size.
    let _: Vec<_> = s
        .client()
        .list_rooms()
        .filter_unique_name("page_size: Ok(Some(7")
        .stream()
        .try_collect()
        .await
        .unwrap();
    let seen = s.take();
    let size = seen[0]
        .query_pairs()
        .into_iter()
        .find(|(k, _)| k == "page[size]")
        .map(|(_, v)| v);
    assert_eq!(size.as_deref(), Some("250"));

    // An invalid builder is the stream's first item, and nothing is sent.
    let r: Result<Vec<_>, Error> = s
        .client()
        .list_rooms()
        .page_size(0)
        .stream()
        .try_collect()
        .await;
    let e = r.unwrap_err();
    assert!(e.is_invalid_input(), "{e:?}");
    assert_eq!(
        e.to_string(),
        "invalid request: `page[size]` must be between 1 and 250, got 0"
    );
    let e = s
        .client()
        .list_room_sessions()
        .page_number(0)
        .pages()
        .try_collect::<Vec<_>>()
        .await
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "invalid request: `page[number]` must be at least 1, got 0"
    );
    assert!(s.take().is_empty());
}

#[tokio::test]
async fn no_api_version_header_on_either_path() {
    let s = CaptureServer::start().await;
    s.reply(Reply::json(200, json!({"data": {"id": ROOM}})));
    s.client().get_room().room_id(ROOM).execute().await.unwrap();
    s.reply(Reply::json(200, json!({"data": {"id": ROOM}})));
    let raw = s.client().get_room().room_id(ROOM).send().await.unwrap();
    assert_eq!(raw.status(), 200);
    for r in s.take() {
        assert_eq!(r.header("api-version"), None);
        assert!(r.header("authorization").is_some());
    }
}

#[tokio::test]
async fn builder_errors_name_the_wire_field() {
    let s = CaptureServer::start().await;
    let c = s.client();
    let e = c.get_room().execute().await.unwrap_err();
    assert_eq!(e.to_string(), "invalid request: `room_id` is required");
    let e = c.get_room().room_id("nope").execute().await.unwrap_err();
    assert_eq!(e.to_string(), "invalid request: `room_id` must be a UUID");
    let e = c
        .list_room_sessions()
        .filter_room_id("room-1")
        .execute()
        .await
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "invalid request: `filter[room_id]` must be a UUID"
    );
    let e = c
        .list_room_compositions()
        .filter_status("paused")
        .execute()
        .await
        .unwrap_err();
    assert!(
        e.to_string()
            .starts_with("invalid request: `filter[status]` must be one of `completed`"),
        "{e}"
    );
    assert!(s.take().is_empty());
}

/// Reads raw HTTP/1.1 requests off loopback connections, byte for byte, and answers each with
/// `204 No Content`.
async fn raw_capture() -> (String, std::sync::Arc<std::sync::Mutex<Vec<Vec<u8>>>>) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let seen: std::sync::Arc<std::sync::Mutex<Vec<Vec<u8>>>> = Default::default();
    let log = seen.clone();
    tokio::spawn(async move {
        while let Ok((mut conn, _)) = listener.accept().await {
            let log = log.clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                loop {
                    let head_end = loop {
                        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                            break i + 4;
                        }
                        let mut chunk = [0u8; 4096];
                        match conn.read(&mut chunk).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => buf.extend_from_slice(&chunk[..n]),
                        }
                    };
                    let head = String::from_utf8_lossy(&buf[..head_end]).to_ascii_lowercase();
                    let len: usize = head
                        .lines()
                        .find_map(|l| l.strip_prefix("content-length:"))
                        .map_or(0, |v| v.trim().parse().unwrap());
                    while buf.len() < head_end + len {
                        let mut chunk = [0u8; 4096];
                        match conn.read(&mut chunk).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => buf.extend_from_slice(&chunk[..n]),
                        }
                    }
                    let request: Vec<u8> = buf.drain(..head_end + len).collect();
                    log.lock().unwrap().push(request);
                    if conn
                        .write_all(b"HTTP/1.1 204 No Content\r\n\r\n")
                        .await
                        .is_err()
                    {
                        return;
                    }
                }
            });
        }
    });
    (url, seen)
}

/// `execute()` builds its request itself, beside progenitor's `send()`: for every operation of
/// the spec, both put the same bytes on the wire (method, path, query, headers in order, body).
#[tokio::test]
async fn execute_and_send_put_identical_bytes_on_the_wire_for_every_operation() {
    use support::operations::{call_every_operation_with, Ids, Via};
    let mut wire = Vec::new();
    // One server for both, so that even the Host header must match.
    let (url, seen) = raw_capture().await;
    let client = telnyx_rooms::Client::builder()
        .api_key(TEST_KEY)
        .base_url(url)
        .max_retries(0)
        .build()
        .unwrap();
    for via in [Via::Execute, Via::Send] {
        let calls = call_every_operation_with(&client, Ids::default(), via).await;
        let requests = std::mem::take(&mut *seen.lock().unwrap());
        assert_eq!(
            requests.len(),
            calls.len(),
            "{via:?}: one request per operation"
        );
        wire.push((calls, requests));
    }
    let (execute, send) = (&wire[0], &wire[1]);
    for (i, (op, _)) in execute.0.iter().enumerate() {
        assert_eq!(send.0[i].0, *op);
        assert_eq!(
            String::from_utf8_lossy(&execute.1[i]),
            String::from_utf8_lossy(&send.1[i]),
            "{op}: execute() and send() differ on the wire"
        );
    }
}
