//! Responses decode as the API sends them, including the seed's examples, unknown fields,
//! omitted and null optional fields, and enum values the spec does not know yet. Error answers
//! expose status, Telnyx's error list, or the raw body; the key never shows.

mod support;

use serde_json::json;
use support::{CaptureServer, Reply, TEST_KEY};
use telnyx_rooms::Error;

const ROOM: &str = "7b61621f-62e0-4aad-ab11-9fd19e272e73";

/// The seed reference's "list rooms" example body.
fn seed_list_rooms() -> serde_json::Value {
    json!({
      "data": [{
        "active_session_id": "7b61621f-62e0-4aad-ab11-9fd19e272e74",
        "created_at": "2021-04-16T09:46:20.954863Z",
        "enable_recording": true,
        "id": "7b61621f-62e0-4aad-ab11-9fd19e272e73",
        "max_participants": 50,
        "record_type": "room",
        "sessions": [{
          "active": true,
          "created_at": "2021-04-16T09:46:20.954863Z",
          "id": "7b61621f-62e0-4aad-ab11-9fd19e272e74",
          "participants": [],
          "record_type": "room_session",
          "room_id": "7b61621f-62e0-4aad-ab11-9fd19e272e73",
          "updated_at": "2021-04-16T10:24:55.962200Z"
        }],
        "unique_name": "My Room",
        "updated_at": "2021-04-16T10:24:55.962200Z",
        "webhook_timeout_secs": 25
      }],
      "meta": {"page_number": 2, "page_size": 25, "total_pages": 3, "total_results": 55}
    })
}

#[tokio::test]
async fn seed_examples_decode() {
    let s = CaptureServer::start().await;
    s.reply(Reply::json(200, seed_list_rooms()));
    let page = s.client().list_rooms().execute().await.unwrap();
    let meta = page.meta.unwrap();
    assert_eq!(
        (meta.page_number, meta.total_pages, meta.total_results),
        (Some(2), Some(3), Some(55))
    );
    let room = &page.items[0];
    assert_eq!(room.unique_name.as_deref(), Some("My Room"));
    assert_eq!(room.sessions[0].active, Some(true));
    assert_eq!(room.webhook_timeout_secs, Some(25));

    let one = json!({"data": seed_list_rooms()["data"][0].clone()});
    s.reply(Reply::json(201, one.clone()));
    let created = s
        .client()
        .create_room()
        .unique_name("My room".to_string())
        .execute()
        .await
        .unwrap();
    assert_eq!(created.max_participants, Some(50));
    s.reply(Reply::json(200, one));
    let got = s.client().get_room().room_id(ROOM).execute().await.unwrap();
    assert_eq!(got.id.to_string(), ROOM);
}

#[tokio::test]
async fn tolerant_decoding() {
    let s = CaptureServer::start().await;
    // Unknown fields, nulls, omitted fields.
    s.reply(Reply::json(200, json!({"data": {
        "id": ROOM, "unique_name": "r", "brand_new_field": {"x": [1, 2]},
        "active_session_id": null, "webhook_timeout_secs": null, "webhook_event_url": null,
        "sessions": [{"id": ROOM, "active": true, "ended_at": null, "participants": [{"id": ROOM, "left_at": null, "context": null}]}]
    }, "extra_top_level": true})));
    let room = s.client().get_room().room_id(ROOM).execute().await.unwrap();
    assert_eq!(room.active_session_id, None);
    assert_eq!(room.webhook_timeout_secs, None);
    assert_eq!(room.sessions[0].ended_at, None);
    assert_eq!(room.max_participants, None);

    // A status value the spec does not list yet.
    s.reply(Reply::json(200, json!({"data": {"id": ROOM, "status": "archived", "type": "screen", "size_mb": 1.5, "download_url": null}})));
    let rec = s
        .client()
        .get_room_recording()
        .room_recording_id(ROOM)
        .execute()
        .await
        .unwrap();
    assert_eq!(rec.status.as_deref(), Some("archived"));
    assert_eq!(rec.type_.as_deref(), Some("screen"));
    s.reply(Reply::json(
        200,
        json!({"data": {"id": ROOM, "status": "cancelled", "format": "webm", "completed_at": null}}),
    ));
    let comp = s
        .client()
        .get_room_composition()
        .room_composition_id(ROOM)
        .execute()
        .await
        .unwrap();
    assert_eq!(comp.status.as_deref(), Some("cancelled"));

    // An empty list page with no meta at all.
    s.reply(Reply::json(200, json!({"data": []})));
    let p = s.client().list_room_participants().execute().await.unwrap();
    assert!(p.items.is_empty() && p.meta.is_none());
}

#[tokio::test]
async fn telnyx_errors_are_exposed() {
    let s = CaptureServer::start().await;
    s.reply(Reply::json(404, json!({"errors": [{"code": "10005", "title": "Resource not found",
        "detail": "The requested resource or URL could not be found.", "source": {"pointer": "/room_id"}, "meta": {"url": "https://developers.telnyx.com/docs/overview/errors/10005"}}]})));
    let e: Error = s
        .client()
        .get_room()
        .room_id(ROOM)
        .execute()
        .await
        .unwrap_err();
    assert!(e.is_not_found());
    assert!(!e.is_unauthorized() && !e.is_rate_limited());
    let api = e.api_error().unwrap();
    assert_eq!(api.errors()[0].code.as_deref(), Some("10005"));
    assert_eq!(
        api.errors()[0].source.as_ref().unwrap().pointer.as_deref(),
        Some("/room_id")
    );
    assert!(api.raw_body().is_none());
    assert_eq!(e.to_string(), "Telnyx API error 404 Not Found: Resource not found (The requested resource or URL could not be found.) [code 10005]");

    s.reply(Reply::json(422, json!({"errors": [{"code": "10015", "title": "Invalid value", "detail": "max_participants must be at most 50", "source": {"pointer": "/max_participants"}}]})));
    let e: Error = s.client().create_room().execute().await.unwrap_err();
    assert!(e.is_unprocessable());
    assert!(e
        .to_string()
        .contains("max_participants must be at most 50"));

    s.reply(Reply::json(
        429,
        json!({"errors": [{"code": "10011", "title": "Too many requests"}]}),
    ));
    let e: Error = s
        .client()
        .with_max_retries(0)
        .list_rooms()
        .execute()
        .await
        .unwrap_err();
    assert!(e.is_rate_limited());
}

#[tokio::test]
async fn non_json_error_bodies_keep_status_and_raw_body() {
    let s = CaptureServer::start().await;
    let html = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>";
    s.reply(Reply::raw(502, "text/html", html));
    let e: Error = s
        .client()
        .with_max_retries(0)
        .list_rooms()
        .execute()
        .await
        .unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(502));
    let api = e.api_error().unwrap();
    assert!(api.errors().is_empty());
    assert_eq!(api.raw_body(), Some(html));
    assert!(
        e.to_string()
            .starts_with("Telnyx API error 502 Bad Gateway: non-JSON body: <html>"),
        "{e}"
    );

    // An empty 401, as upstream documents it.
    s.reply(Reply::raw(401, "text/plain", ""));
    let e: Error = s
        .client()
        .get_room()
        .room_id(ROOM)
        .execute()
        .await
        .unwrap_err();
    assert!(e.is_unauthorized());
    assert_eq!(e.api_error().unwrap().raw_body(), Some(""));

    // JSON, but not Telnyx's envelope.
    s.reply(Reply::json(
        403,
        json!({"message": "forbidden", "success": false}),
    ));
    let e: Error = s
        .client()
        .create_client_token()
        .room_id(ROOM)
        .execute()
        .await
        .unwrap_err();
    assert!(e.is_forbidden());
    assert!(e
        .api_error()
        .unwrap()
        .raw_body()
        .unwrap()
        .contains("\"success\":false"));
}

#[tokio::test]
async fn wrong_shape_on_success_is_a_decode_error() {
    let s = CaptureServer::start().await;
    s.reply(Reply::json(200, json!({"data": {"id": 42}})));
    let e: Error = s
        .client()
        .get_room()
        .room_id(ROOM)
        .execute()
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Decode { .. }), "{e:?}");
}

#[tokio::test]
async fn the_key_never_shows() {
    let s = CaptureServer::start().await;
    let c = s.client();
    assert!(!format!("{c:?}").contains(TEST_KEY), "{c:?}");
    assert!(!format!("{c:?}").contains("secret"));
    s.reply(Reply::json(
        401,
        json!({"errors": [{"code": "10009", "title": "Authentication failed"}]}),
    ));
    let e: Error = c
        .list_rooms()
        .filter_unique_name("private-value")
        .execute()
        .await
        .unwrap_err();
    for text in [e.to_string(), format!("{e:?}")] {
        assert!(
            !text.contains(TEST_KEY) && !text.contains("Bearer"),
            "{text}"
        );
    }
    // A transport error (nothing listens) names neither the key nor the query values.
    let dead = telnyx_rooms::Client::builder()
        .api_key(TEST_KEY)
        .base_url("http://127.0.0.1:9")
        .build()
        .unwrap();
    let e: Error = dead
        .list_rooms()
        .filter_unique_name("private-value")
        .execute()
        .await
        .unwrap_err();
    for text in [e.to_string(), format!("{e:?}")] {
        assert!(
            !text.contains(TEST_KEY) && !text.contains("private-value"),
            "{text}"
        );
    }
}

#[test]
fn client_configuration_errors() {
    let e = telnyx_rooms::Client::builder().build().unwrap_err();
    assert!(e.to_string().contains("no API key"), "{e}");
    let e = telnyx_rooms::Client::builder()
        .api_key("")
        .build()
        .unwrap_err();
    assert!(e.to_string().contains("API key is empty"), "{e}");
    let e = telnyx_rooms::Client::builder()
        .api_key("k")
        .base_url("http://api.example.com")
        .build()
        .unwrap_err();
    assert!(e.to_string().contains("plain http"), "{e}");
}

#[test]
fn from_env_reads_key_and_base_url() {
    // One test touches the environment, so there is no race with another.
    std::env::remove_var("TELNYX_API_KEY");
    std::env::remove_var("TELNYX_BASE_URL");
    assert!(telnyx_rooms::Client::from_env()
        .unwrap_err()
        .to_string()
        .contains("TELNYX_API_KEY"));
    std::env::set_var("TELNYX_API_KEY", "   ");
    assert!(telnyx_rooms::Client::from_env().is_err());
    std::env::set_var("TELNYX_API_KEY", TEST_KEY);
    let c = telnyx_rooms::Client::from_env().unwrap();
    assert_eq!(c.base_url(), "https://api.telnyx.com/v2");
    std::env::set_var("TELNYX_BASE_URL", "http://127.0.0.1:4010/");
    assert_eq!(
        telnyx_rooms::Client::from_env().unwrap().base_url(),
        "http://127.0.0.1:4010"
    );
}
