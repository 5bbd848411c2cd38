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
const UPSTREAM: &str = "tests/fixtures/upstream-rooms-2026-07-16.yaml";

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
