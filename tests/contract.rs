//! Contract tests: every operation is called through Stoplight Prism serving (a) our spec and
//! (b) the Video Rooms part of Telnyx's 2026-07-16 document (a fixture of structure and
//! examples). Prism refuses requests that break the document, and its example answers must
//! decode into our types. Prism 5.14 does not validate bracketed query names declared flat
//! (stoplightio/prism#2017), which is why (b) matters: upstream declares them as deepObject.

mod support;

use support::operations::{call_every_operation, ROOM};
use support::prism::Prism;
use support::TEST_KEY;

const OURS: &str = "spec/telnyx-rooms.yaml";
const UPSTREAM: &str = "codegen/spec/upstream.yaml";

fn client(url: &str) -> telnyx_rooms::Client {
    telnyx_rooms::Client::builder()
        .api_key(TEST_KEY)
        .base_url(url)
        .build()
        .unwrap()
}

async fn every_operation_passes(prism: &Prism, which: &str) {
    let results = call_every_operation(&client(&prism.url)).await;
    let failures = support::operations::failures(&results);
    assert!(failures.is_empty(), "against {which}:\n{failures}");
}

/// Sends a raw request (bypassing the client's own checks) and returns the status.
async fn raw_status(
    url: &str,
    method: reqwest::Method,
    path_and_query: &str,
    body: Option<&str>,
    auth: bool,
) -> u16 {
    let mut req = reqwest::Client::new().request(method, format!("{url}{path_and_query}"));
    if auth {
        req = req.bearer_auth(TEST_KEY);
    }
    if let Some(b) = body {
        req = req
            .header("content-type", "application/json")
            .body(b.to_string());
    }
    req.send().await.unwrap().status().as_u16()
}

#[tokio::test(flavor = "multi_thread")]
async fn every_operation_against_both_contracts() {
    let (ours, upstream) = tokio::join!(Prism::mock(OURS), Prism::mock(UPSTREAM));
    every_operation_passes(&ours, OURS).await;
    every_operation_passes(&upstream, UPSTREAM).await;

    // The mocks do validate: requests that break the documents are refused, so a wrong wire
    // format in the client would fail the test above.
    for p in [&ours, &upstream] {
        let get = reqwest::Method::GET;
        assert_eq!(
            raw_status(&p.url, get.clone(), "/rooms", None, false).await,
            401,
            "no key"
        );
        assert_eq!(
            raw_status(&p.url, get.clone(), "/rooms/not-a-uuid", None, true).await,
            422
        );
        let post = reqwest::Method::POST;
        let too_many = r#"{"max_participants": 51}"#;
        assert_eq!(
            raw_status(&p.url, post.clone(), "/rooms", Some(too_many), true).await,
            422
        );
        let bad_action = r#"{"participants": "everyone"}"#;
        let path = format!("/room_sessions/{ROOM}/actions/mute");
        assert_eq!(
            raw_status(&p.url, post, &path, Some(bad_action), true).await,
            422
        );
    }
    // Upstream's deepObject declarations make Prism check bracketed query parameters too.
    let q = "/rooms?page%5Bsize%5D=251";
    assert_eq!(
        raw_status(&upstream.url, reqwest::Method::GET, q, None, true).await,
        422
    );
    let q = "/room_sessions?filter%5Bdate_created_at%5D%5Beq%5D=yesterday";
    assert_eq!(
        raw_status(&upstream.url, reqwest::Method::GET, q, None, true).await,
        422
    );
}

/// The emulator's 422s are decided by the client's own rules (the operation table). Here
/// Telnyx's own document, served by Prism, is the judge: every request below is refused (422)
/// by both or by neither.
#[tokio::test(flavor = "multi_thread")]
async fn the_emulator_refuses_what_telnyxs_document_refuses() {
    use telnyx_rooms_emulator::{Emulator, Seed};
    let upstream = Prism::mock(UPSTREAM).await;
    let emu = Emulator::start().await.unwrap();
    let seeded = emu.seed(Seed {
        rooms: 1,
        sessions_per_room: 1,
        participants_per_session: 1,
        ..Seed::default()
    });
    let (room, session) = (seeded.rooms[0], seeded.sessions[0]);
    let post = reqwest::Method::POST;
    let get = reqwest::Method::GET;
    let patch = reqwest::Method::PATCH;
    let token = format!("/rooms/{room}/actions/generate_join_client_token");
    let mute = format!("/room_sessions/{session}/actions/mute");
    let composition_ok = format!(r#"{{"session_id": "{session}", "format": "mp4"}}"#);
    let cases: Vec<(reqwest::Method, String, Option<&str>)> = vec![
        (
            post.clone(),
            "/rooms".into(),
            Some(r#"{"max_participants": 51}"#),
        ),
        (
            post.clone(),
            "/rooms".into(),
            Some(r#"{"max_participants": 1}"#),
        ),
        (
            post.clone(),
            "/rooms".into(),
            Some(r#"{"webhook_timeout_secs": 31}"#),
        ),
        (
            post.clone(),
            "/rooms".into(),
            Some(r#"{"max_participants": 10}"#),
        ),
        (
            patch.clone(),
            format!("/rooms/{room}"),
            Some(r#"{"max_participants": 0}"#),
        ),
        (
            patch,
            format!("/rooms/{room}"),
            Some(r#"{"unique_name": "renamed"}"#),
        ),
        (get.clone(), "/rooms?page%5Bsize%5D=251".into(), None),
        (get.clone(), "/rooms?page%5Bsize%5D=0".into(), None),
        (get.clone(), "/rooms?page%5Bnumber%5D=0".into(), None),
        (get.clone(), "/rooms?page%5Bsize%5D=50".into(), None),
        (get.clone(), "/rooms/not-a-uuid".into(), None),
        (get.clone(), format!("/rooms/{room}"), None),
        (
            get.clone(),
            "/room_sessions?filter%5Bdate_created_at%5D%5Beq%5D=yesterday".into(),
            None,
        ),
        (
            get,
            "/room_sessions?filter%5Bdate_created_at%5D%5Beq%5D=2024-02-29".into(),
            None,
        ),
        (
            post.clone(),
            token.clone(),
            Some(r#"{"token_ttl_secs": 5}"#),
        ),
        (post.clone(), token, Some(r#"{"token_ttl_secs": 600}"#)),
        (
            post.clone(),
            mute.clone(),
            Some(r#"{"participants": "everyone"}"#),
        ),
        (post.clone(), mute, Some(r#"{"participants": "all"}"#)),
        (
            post.clone(),
            "/room_compositions".into(),
            Some(r#"{"session_id": "nope"}"#),
        ),
        (post, "/room_compositions".into(), Some(&composition_ok)),
    ];
    // Not in the list: a composition without `session_id`. The document makes it optional, so
    // Prism accepts it; the emulator refuses it (422, nothing to compose), as the API must.
    let mut disagreements = String::new();
    let mut refused = 0;
    for (method, path, body) in &cases {
        let by_telnyx = raw_status(&upstream.url, method.clone(), path, *body, true).await;
        let by_emulator = raw_status(emu.base_url(), method.clone(), path, *body, true).await;
        if (by_telnyx == 422) != (by_emulator == 422) {
            disagreements.push_str(&format!(
                "{method} {path} {body:?}: Telnyx's document {by_telnyx}, emulator {by_emulator}\n"
            ));
        }
        refused += usize::from(by_telnyx == 422);
    }
    assert!(disagreements.is_empty(), "\n{disagreements}");
    assert!(
        refused >= 10,
        "the cases exercise refusals ({refused} of {})",
        cases.len()
    );
}
