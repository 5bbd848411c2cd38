//! Bad input is refused before anything is sent, with an error naming the field and the rule.

mod support;

use support::CaptureServer;
use telnyx_rooms::{types, Error};

const ROOM: &str = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";

async fn refused<T: std::fmt::Debug, E: Into<Error>>(
    s: &CaptureServer,
    r: Result<T, E>,
    expect: &str,
) {
    let e: Error = r
        .map(|_| ())
        .map_err(Into::into)
        .expect_err("must be refused");
    assert!(e.is_invalid_input(), "{e:?}");
    let msg = e.to_string();
    assert!(msg.contains(expect), "`{msg}` should contain `{expect}`");
    assert!(s.take().is_empty(), "nothing may reach the server");
}

#[tokio::test]
async fn room_fields_are_checked() {
    let s = CaptureServer::start().await;
    let c = s.client();
    for (n, rule) in [
        (1, "between 2 and 50, got 1"),
        (51, "between 2 and 50, got 51"),
    ] {
        let r = c.create_room().max_participants(n).execute().await;
        refused(&s, r, &format!("`max_participants` must be {rule}")).await;
        let r = c
            .update_room()
            .room_id(ROOM)
            .max_participants(n)
            .execute()
            .await;
        refused(&s, r, &format!("`max_participants` must be {rule}")).await;
    }
    for n in [-1, 31] {
        let r = c.create_room().webhook_timeout_secs(n).execute().await;
        refused(
            &s,
            r,
            &format!("`webhook_timeout_secs` must be between 0 and 30, got {n}"),
        )
        .await;
    }
    for url in ["ftp://example.com/x", "example.com/hook", "https://"] {
        let r = c
            .update_room()
            .room_id(ROOM)
            .webhook_event_url(url.to_string())
            .execute()
            .await;
        refused(
            &s,
            r,
            "`webhook_event_url` must be an absolute URL with an http or https scheme",
        )
        .await;
    }
    let r = c
        .create_room()
        .webhook_event_failover_url("mailto:a@b".to_string())
        .execute()
        .await;
    refused(
        &s,
        r,
        "`webhook_event_failover_url` must be an absolute URL",
    )
    .await;
}

#[tokio::test]
async fn paging_is_checked() {
    let s = CaptureServer::start().await;
    let c = s.client();
    let r = c.list_rooms().page_size(251).execute().await;
    refused(&s, r, "`page[size]` must be between 1 and 250, got 251").await;
    // Plain integers: the spec's bounds refuse zero and negatives before anything is sent.
    let r = c.list_rooms().page_number(0).execute().await;
    refused(&s, r, "`page[number]` must be at least 1, got 0").await;
    let r = c.list_room_recordings().page_size(0).execute().await;
    refused(&s, r, "`page[size]` must be between 1 and 250, got 0").await;
    let r = c.list_room_recordings().page_size(-3).execute().await;
    refused(&s, r, "`page[size]` must be between 1 and 250, got -3").await;
    // The same rules and words through send().
    let e = c.list_rooms().page_size(0).send().await.unwrap_err();
    assert_eq!(
        e.to_string(),
        "invalid request: `page[size]` must be between 1 and 250, got 0"
    );
    // A value that is not even an i64 is held to the same rule, not "at least 1".
    let r = c.list_rooms().page_size(u64::MAX).execute().await;
    refused(&s, r, "`page[size]` must be between 1 and 250").await;
    let e = c
        .list_rooms()
        .page_size(u64::MAX)
        .execute()
        .await
        .unwrap_err();
    let v = e.violation().unwrap();
    assert_eq!(
        (v.operation, v.field.as_str(), v.location),
        (
            Some(telnyx_rooms::Operation::ListRooms),
            "page[size]",
            telnyx_rooms::operation::Location::Query
        )
    );
    assert_eq!(
        v.expected,
        telnyx_rooms::operation::Expected::Integer {
            minimum: Some(1),
            maximum: Some(250)
        }
    );
    // A body setter's conversion that fails is reported by execute(), naming the field.
    let r = c.create_room().max_participants(u64::MAX).execute().await;
    refused(&s, r, "`max_participants` must be between 2 and 50").await;
    let e = c
        .create_room()
        .max_participants(u64::MAX)
        .execute()
        .await
        .unwrap_err();
    assert_eq!(
        e.violation().map(|v| v.location),
        Some(telnyx_rooms::operation::Location::Body)
    );
}

#[tokio::test]
async fn ids_must_be_uuids() {
    let s = CaptureServer::start().await;
    let c = s.client();
    refused(
        &s,
        c.get_room().room_id("not-a-uuid").execute().await,
        "`room_id` must be a UUID",
    )
    .await;
    refused(
        &s,
        c.delete_room_recording()
            .room_recording_id("42")
            .execute()
            .await,
        "`room_recording_id` must be a UUID",
    )
    .await;
    refused(
        &s,
        c.list_room_sessions().filter_room_id("x").execute().await,
        "`filter[room_id]` must be a UUID",
    )
    .await;
}

#[tokio::test]
async fn token_and_composition_fields_are_checked() {
    let s = CaptureServer::start().await;
    let c = s.client();
    let r = c
        .create_client_token()
        .room_id(ROOM)
        .token_ttl_secs(5)
        .execute()
        .await;
    refused(&s, r, "`token_ttl_secs` must be between 10 and 3600, got 5").await;
    let r = c
        .create_client_token()
        .room_id(ROOM)
        .refresh_token_ttl_secs(86401)
        .execute()
        .await;
    refused(
        &s,
        r,
        "`refresh_token_ttl_secs` must be between 60 and 86400, got 86401",
    )
    .await;
    let cases = [
        (
            "main",
            types::VideoRegion {
                width: Some(8),
                ..Default::default()
            },
            "`video_layout.main.width` must be at least 16, got 8",
        ),
        (
            "pip",
            types::VideoRegion {
                z_pos: Some(100),
                ..Default::default()
            },
            "`video_layout.pip.z_pos` must be between -99 and 99, got 100",
        ),
    ];
    for (name, region, expect) in cases {
        let layout: std::collections::BTreeMap<_, _> =
            [(name.to_string(), region)].into_iter().collect();
        let r = c
            .create_room_composition()
            .video_layout(layout)
            .execute()
            .await;
        refused(&s, r, expect).await;
    }
}

#[tokio::test]
async fn valid_edges_are_sent() {
    let s = CaptureServer::start().await;
    let c = s.client();
    s.reply(support::Reply::json(
        201,
        serde_json::json!({"data": {"id": ROOM}}),
    ));
    c.create_room()
        .max_participants(50)
        .webhook_timeout_secs(0)
        .webhook_event_url("http://hooks.example.com/x".to_string())
        .execute()
        .await
        .unwrap();
    assert_eq!(s.take().len(), 1);
}

/// Whatever a client sends the emulator (any JSON body, any query pair), every operation's
/// `check` answers: it never panics, and what it refuses it names.
mod hostile_requests {
    use proptest::prelude::*;
    use serde_json::Value;
    use telnyx_rooms::Operation;

    fn json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            ".{0,12}".prop_map(Value::from),
            Just(Value::from("all")),
            Just(Value::from("0ccc7b54-4df3-4bca-a65a-3da1ecc777f0")),
        ];
        leaf.prop_recursive(4, 32, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
                proptest::collection::btree_map(
                    prop_oneof![
                        Just("max_participants".to_string()),
                        Just("participants".to_string()),
                        Just("exclude".to_string()),
                        Just("video_layout".to_string()),
                        Just("webhook_event_url".to_string()),
                        "[a-z_]{1,8}",
                    ],
                    inner,
                    0..4
                )
                .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn check_answers_any_request(
            body in json(),
            key in prop_oneof![Just("page[size]".to_string()), Just("filter[active]".to_string()), ".{0,10}"],
            value in ".{0,10}",
        ) {
            for op in Operation::ALL {
                if let Err(v) = op.check(&[(key.clone(), value.clone())], Some(&body)) {
                    prop_assert!(!v.field.is_empty(), "{op}: {v}");
                    prop_assert!(!v.to_string().is_empty());
                }
                prop_assert!(op.check(&[], None).is_ok(), "{op}");
            }
        }
    }
}
