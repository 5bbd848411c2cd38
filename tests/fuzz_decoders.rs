//! Fuzzing (proptest): arbitrary bytes, and mutations of real bodies, fed to every response
//! decoder and to the error path. Nothing may panic. CI runs a short pass; a long one:
//!
//! ```sh
//! PROPTEST_CASES=200000 cargo test --release --all-features --test fuzz_decoders -- --nocapture
//! ```
//!
//! Each test prints how many inputs it tried.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};

use proptest::prelude::*;
use telnyx_rooms::types;

/// Real bodies to mutate: the seed's room, a page, an error envelope, a token, a webhook event.
const SAMPLES: &[&str] = &[
    r#"{"data":{"active_session_id":"7b61621f-62e0-4aad-ab11-9fd19e272e74","created_at":"2021-04-16T09:46:20.954863Z","enable_recording":true,"id":"7b61621f-62e0-4aad-ab11-9fd19e272e73","max_participants":50,"record_type":"room","sessions":[{"active":true,"created_at":"2021-04-16T09:46:20.954863Z","id":"7b61621f-62e0-4aad-ab11-9fd19e272e74","participants":[],"record_type":"room_session","room_id":"7b61621f-62e0-4aad-ab11-9fd19e272e73","updated_at":"2021-04-16T10:24:55.962200Z"}],"unique_name":"My Room","updated_at":"2021-04-16T10:24:55.962200Z","webhook_timeout_secs":25}}"#,
    r#"{"data":[{"id":"7b61621f-62e0-4aad-ab11-9fd19e272e73","status":"completed","type":"audio","size_mb":1.5,"duration_secs":60,"download_url":null}],"meta":{"page_number":2,"page_size":25,"total_pages":3,"total_results":55}}"#,
    r#"{"errors":[{"code":"10005","title":"Resource not found","detail":"No room","source":{"pointer":"/room_id","parameter":"x"},"meta":{"url":"https://example.com"}}]}"#,
    r#"{"data":{"token":"eyJ.e30.sig","token_expires_at":"2021-04-22T12:24:55Z","refresh_token":"r","refresh_token_expires_at":"2021-04-22T12:15:05Z"}}"#,
    r#"{"event_type":"video.room.participant.joined","id":"6b61621f-62e0-4aad-ab11-9fd19e272e73","occurred_at":"2018-02-02T22:25:27.521992Z","payload":{"context":"Alice","participant_id":"5ccc7b54-4df3-4bca-a65a-35a1ecc777f0"},"record_type":"event"}"#,
    r#"{"data":{"video_layout":{"main":{"x_pos":0,"z_pos":-99,"video_sources":["*"],"max_columns":1}},"status":"enqueued"}}"#,
];

/// How many decoders `decode_all` tries.
const DECODERS: usize = 19;

/// An answer's envelope, as the client reads it: `{"data": T}`.
#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct One<T> {
    data: T,
}

/// A list's envelope: `{"data": [T], "meta": ..}`.
#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct List<T> {
    data: Vec<T>,
    meta: Option<types::PaginationMeta>,
}

/// Decodes `bytes` as every answer the client decodes (each data type in its envelope, a
/// list of each listed type, the error envelope) and as a webhook event. Returns how many
/// decodings succeeded (so the work cannot be optimised away).
fn decode_all(bytes: &[u8]) -> usize {
    macro_rules! each {
        ($wrap:ident: $($t:ident),* $(,)?) => {{
            let mut ok = 0;
            $( ok += usize::from(serde_json::from_slice::<$wrap<types::$t>>(bytes).is_ok()); )*
            ok
        }};
    }
    each!(One: Room, RoomSession, RoomParticipant, RoomRecording, RoomComposition,
        CreateClientTokenResponseData, RefreshClientTokenResponseData,
        EndRoomSessionResponseData, KickParticipantsResponseData, MuteParticipantsResponseData,
        UnmuteParticipantsResponseData, DeleteRoomRecordingsResponseData)
        + each!(List: Room, RoomSession, RoomParticipant, RoomRecording, RoomComposition)
        + usize::from(serde_json::from_slice::<types::Errors>(bytes).is_ok())
        + usize::from(telnyx_rooms::webhooks::WebhookEvent::parse(bytes).is_ok())
}

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Truncate(usize),
    Insert(usize, Vec<u8>),
    Splice(usize, usize, usize),
}

fn mutated() -> impl Strategy<Value = Vec<u8>> {
    let m = prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), proptest::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(i, v)| Mutation::Insert(i, v)),
        (any::<usize>(), any::<usize>(), any::<usize>())
            .prop_map(|(a, b, c)| Mutation::Splice(a, b, c)),
    ];
    (0..SAMPLES.len(), proptest::collection::vec(m, 1..6)).prop_map(|(i, muts)| {
        let mut v = SAMPLES[i].as_bytes().to_vec();
        for m in muts {
            let n = v.len().max(1);
            match m {
                Mutation::Flip(i, b) => {
                    if !v.is_empty() {
                        v[i % n] = b;
                    }
                }
                Mutation::Truncate(i) => v.truncate(i % n),
                Mutation::Insert(i, bytes) => {
                    let at = i % (v.len() + 1);
                    v.splice(at..at, bytes);
                }
                Mutation::Splice(a, b, c) => {
                    // Copy a slice of the body elsewhere in it: repeats keys, nests objects.
                    let (a, b) = (a % n, b % n);
                    let (lo, hi) = (a.min(b), a.max(b));
                    let piece = v.get(lo..hi).map(<[u8]>::to_vec).unwrap_or_default();
                    let at = c % (v.len() + 1);
                    v.splice(at..at, piece);
                }
            }
        }
        v
    })
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

/// Runs `strategy` through every decoder and prints how many inputs were tried.
fn fuzz_decoders(name: &str, strategy: impl Strategy<Value = Vec<u8>>) {
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    });
    let tried = AtomicUsize::new(0);
    runner
        .run(&strategy, |bytes| {
            tried.fetch_add(1, Ordering::Relaxed);
            decode_all(&bytes);
            Ok(())
        })
        .unwrap();
    println!(
        "{name}: {} inputs through {} decoders, no panic",
        tried.load(Ordering::Relaxed),
        DECODERS
    );
}

#[test]
fn arbitrary_bytes_never_panic() {
    fuzz_decoders(
        "arbitrary bytes",
        proptest::collection::vec(any::<u8>(), 0..2048),
    );
}

#[test]
fn mutated_bodies_never_panic() {
    fuzz_decoders("mutated bodies", mutated());
}

/// The samples themselves decode, so the mutations start from bodies that reach deep code.
#[test]
fn samples_decode() {
    for s in SAMPLES {
        assert!(decode_all(s.as_bytes()) > 0, "{s}");
    }
}

/// The answer path end to end: any status from 200 to 599 and any body through a real loopback
/// server into `execute()`: a room, or a `telnyx_rooms::Error` carrying that status, whose
/// `Display` and accessors must not panic.
#[test]
fn error_path_never_panics() {
    let cases = cases().min(20_000);
    let rt = tokio::runtime::Runtime::new().unwrap();
    let server = rt.block_on(support::CaptureServer::start());
    let client = server.client().with_max_retries(0);
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    });
    let strategy = (
        200u16..600,
        prop_oneof![proptest::collection::vec(any::<u8>(), 0..512), mutated()],
    );
    let tried = AtomicUsize::new(0);
    runner
        .run(&strategy, |(status, body)| {
            tried.fetch_add(1, Ordering::Relaxed);
            server.reply(support::Reply::raw(status, "application/json", body));
            let r = rt.block_on(
                client
                    .get_room()
                    .room_id("0ccc7b54-4df3-4bca-a65a-3da1ecc777f0")
                    .execute(),
            );
            let e = match r {
                Ok(room) => {
                    prop_assert!((200..300).contains(&status), "{status} decoded as {room:?}");
                    server.take();
                    return Ok(());
                }
                Err(e) => e,
            };
            prop_assert_eq!(e.status().map(|s| s.as_u16()), Some(status));
            prop_assert_eq!(e.attempts(), Some(1));
            let _ = (
                e.to_string(),
                format!("{e:?}"),
                e.api_error().map(|a| a.errors().len()),
            );
            server.take();
            Ok(())
        })
        .unwrap();
    println!(
        "error path: {} inputs, no panic",
        tried.load(Ordering::Relaxed)
    );
}
