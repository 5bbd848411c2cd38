//! Calls that read like the API, and the faults found by using them as a new user would: each
//! test here failed (or did not compile) before the change that it names.

mod support;

use std::io::Write;
use std::time::{Duration, Instant};

use futures::TryStreamExt;
use serde_json::json;
use support::{CaptureServer, Reply, TEST_KEY};
use telnyx_rooms::{Client, Error};

const ROOM: &str = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";

fn room_page(ids: std::ops::Range<u128>, number: i64, total_pages: i64) -> Reply {
    let data: Vec<_> = ids
        .map(|i| json!({"id": uuid::Uuid::from_u128(i + 1)}))
        .collect();
    Reply::json(
        200,
        json!({"data": data, "meta": {"page_number": number, "page_size": 2,
            "total_pages": total_pages, "total_results": total_pages * 2}}),
    )
}

/// Body fields are setters on the operation's builder: `&str`, integer literals, no `body_map`.
#[tokio::test]
async fn body_fields_are_setters_that_take_str_and_integer_literals() {
    let s = CaptureServer::start().await;
    let c = s.client();
    c.create_room()
        .unique_name("standup")
        .max_participants(10)
        .enable_recording(true)
        .execute()
        .await
        .unwrap();
    c.create_client_token()
        .room_id(ROOM)
        .token_ttl_secs(600)
        .execute()
        .await
        .unwrap();
    c.mute_participants()
        .room_session_id(ROOM)
        .participants(vec![uuid::Uuid::nil()])
        .execute()
        .await
        .unwrap();
    let sent = s.take();
    assert_eq!(
        sent[0].json().unwrap(),
        json!({"unique_name": "standup", "max_participants": 10, "enable_recording": true})
    );
    assert_eq!(sent[1].json().unwrap(), json!({"token_ttl_secs": 600}));
    assert_eq!(
        sent[2].json().unwrap(),
        json!({"participants": [uuid::Uuid::nil()]})
    );
}

/// `page_size(50)` and `.stream()` with no trait import.
#[tokio::test]
async fn lists_stream_without_a_trait_import_and_take_plain_page_sizes() {
    let s = CaptureServer::start().await;
    s.reply(room_page(0..2, 1, 1));
    let rooms: Vec<_> = s
        .client()
        .list_rooms()
        .page_size(50)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(rooms.len(), 2);
    let q = s.take()[0].query_pairs();
    assert!(q.contains(&("page[size]".into(), "50".into())), "{q:?}");
}

/// A list that grows while it is read (page 1 says 2 pages, page 2 says 3) yields every item,
/// one page at a time and with 8 in flight.
#[tokio::test]
async fn a_list_that_grows_while_streamed_yields_every_item_with_any_prefetch() {
    for prefetch in [1, 8] {
        let s = CaptureServer::start().await;
        s.reply(room_page(0..2, 1, 2));
        s.reply(room_page(2..4, 2, 3));
        s.reply(room_page(4..6, 3, 3));
        let ids: Vec<_> = s
            .client()
            .list_rooms()
            .page_size(2)
            .stream()
            .prefetch(prefetch)
            .map_ok(|r| r.id.as_u128())
            .try_collect()
            .await
            .unwrap();
        assert_eq!(ids, [1, 2, 3, 4, 5, 6], "prefetch({prefetch})");
        let pages: Vec<String> = s
            .take()
            .iter()
            .map(|r| {
                r.query_pairs()
                    .into_iter()
                    .find(|(k, _)| k == "page[number]")
                    .unwrap()
                    .1
            })
            .collect();
        assert_eq!(pages, ["1", "2", "3"], "prefetch({prefetch})");
    }
}

/// What `get_room` fails with against the server's next answer.
async fn get_room_error(s: &CaptureServer) -> Error {
    s.client()
        .get_room()
        .room_id(ROOM)
        .execute()
        .await
        .unwrap_err()
}

/// A body that does not decode says which field.
#[tokio::test]
async fn decode_errors_name_the_field() {
    let s = CaptureServer::start().await;
    s.reply(Reply::json(
        200,
        json!({"data": {"id": ROOM, "sessions": [
            {"id": ROOM}, {"id": ROOM}, {"id": ROOM}, {"id": null}]}}),
    ));
    let e = get_room_error(&s).await;
    assert_eq!(e.decode_path(), Some("data.sessions[3].id"), "{e}");
    assert!(
        e.to_string()
            .starts_with("the 200 OK answer could not be decoded at `data.sessions[3].id`: "),
        "{e}"
    );
    s.reply(Reply::json(200, json!({"data": null})));
    let e = get_room_error(&s).await;
    assert_eq!(e.decode_path(), Some("data"), "{e}");
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

/// Every request asks for gzip, and a compressed answer (from the API or a proxy) decodes.
#[tokio::test]
async fn answers_are_asked_for_compressed_and_decoded() {
    let s = CaptureServer::start().await;
    let body = json!({"data": {"id": ROOM, "unique_name": "standup"}}).to_string();
    s.reply(
        Reply::raw(200, "application/json", gzip(body.as_bytes()))
            .header("content-encoding", "gzip"),
    );
    let room = s.client().get_room().room_id(ROOM).execute().await.unwrap();
    assert_eq!(room.unique_name.as_deref(), Some("standup"));
    let sent = s.take();
    let accept = sent[0].header("accept-encoding").unwrap_or_default();
    assert!(accept.contains("gzip"), "accept-encoding: {accept}");
}

/// A redirect loop, followed by a brought client (the crate's own follow none), says so, and
/// where it went, without the query.
#[tokio::test]
async fn a_redirect_loop_says_what_happened() {
    let s = CaptureServer::start().await;
    let to = format!(
        "{}/v2/elsewhere?filter%5Bunique_name%5D=secret-ish",
        s.url()
    );
    for _ in 0..20 {
        s.reply(Reply::raw(302, "text/plain", "").header("location", to.clone()));
    }
    let brought = telnyx_rooms::Client::builder()
        .api_key(TEST_KEY)
        .base_url(s.url())
        .http_client(reqwest::Client::new())
        .build()
        .unwrap();
    let e = brought
        .list_rooms()
        .filter_unique_name("x")
        .execute()
        .await
        .unwrap_err();
    let text = e.to_string();
    assert!(matches!(e, Error::TooManyRedirects { .. }), "{e:?}");
    assert!(
        text.starts_with("too many redirects: the last one went to http://"),
        "{text}"
    );
    assert!(text.contains("/v2/elsewhere"), "{text}");
    assert!(!text.contains("secret-ish"), "no query: {text}");
    assert_eq!(e.attempts(), Some(1), "a redirect loop is not retried");
}

/// `ClientBuilder::timeout` applies to a client brought with `http_client`.
#[tokio::test]
async fn the_timeout_applies_to_a_brought_http_client() {
    // A server that accepts and never answers.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((conn, _)) = listener.accept().await {
            held.push(conn);
        }
    });
    let client = Client::builder()
        .api_key(TEST_KEY)
        .base_url(format!("http://{addr}"))
        .http_client(reqwest::Client::new())
        .timeout(Duration::from_millis(200))
        .max_retries(0)
        .build()
        .unwrap();
    let started = Instant::now();
    let r = tokio::time::timeout(
        Duration::from_secs(5),
        client.get_room().room_id(ROOM).execute(),
    )
    .await
    .expect("the 200 ms timeout must end the call");
    assert!(r.unwrap_err().is_timeout());
    assert!(started.elapsed() < Duration::from_secs(2));

    // A connect timeout cannot be applied to a brought client: refused, not ignored.
    let e = Client::builder()
        .api_key(TEST_KEY)
        .http_client(reqwest::Client::new())
        .connect_timeout(Duration::from_secs(1))
        .build()
        .unwrap_err();
    assert!(e.to_string().contains("connect_timeout"), "{e}");
}

/// `send()` fails as `execute()` does: the crate's one error, with the violation as data.
#[tokio::test]
async fn send_fails_with_the_crates_error() {
    let s = CaptureServer::start().await;
    let r: Result<_, telnyx_rooms::Error> =
        s.client().get_room().room_id("not-a-uuid").send().await;
    let e = r.unwrap_err();
    let v = e.violation().expect("refused before sending");
    assert_eq!(
        (v.operation, v.field.as_str()),
        (Some(telnyx_rooms::Operation::GetRoom), "room_id")
    );
    assert_eq!(e.to_string(), "invalid request: `room_id` must be a UUID");
}
