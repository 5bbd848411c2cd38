//! Room activity from webhooks (`telnyx_rooms::activity`), over event logs the emulator's
//! simulated sessions produce: the same state whatever the order and however many copies
//! arrive, merging two halves gives the whole, the state agrees with the API, and the axum
//! extractor with the emulator's delivery chaos on ends, after reconciling, at the API's truth.

mod support;

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::TryStreamExt;
use proptest::prelude::*;
use support::activity::{all_delivered, fast, fold, run, simulate};
use support::CaptureServer;
use telnyx_rooms::activity::RoomActivity;
use telnyx_rooms::webhooks::WebhookEvent;
use telnyx_rooms::Client;
use telnyx_rooms_emulator::{DeliveryChaos, Emulator};
use uuid::Uuid;

/// A log shuffled, with some events repeated.
fn shuffled_with_duplicates() -> impl Strategy<Value = Vec<usize>> {
    let n = run().log.len();
    (
        Just((0..n).collect::<Vec<usize>>()).prop_shuffle(),
        proptest::collection::vec(0..n, 0..n),
    )
        .prop_flat_map(|(order, again)| {
            let mut all = order;
            all.extend(again);
            Just(all).prop_shuffle()
        })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(512),
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_order_with_duplicates_gives_the_same_state(order in shuffled_with_duplicates()) {
        let log = &run().log;
        let whole = fold(log);
        let shuffled = fold(order.iter().map(|&i| &log[i]));
        prop_assert_eq!(shuffled, whole);
    }

    #[test]
    fn folding_two_halves_and_merging_gives_the_whole(
        side in proptest::collection::vec(0u8..3, run().log.len()),
        order in shuffled_with_duplicates(),
    ) {
        // Each event goes to one receiver or the other, or to both (a retry reached both).
        let log = &run().log;
        let (mut a, mut b) = (RoomActivity::new(), RoomActivity::new());
        for &i in &order {
            match side[i] {
                0 => { let _ = a.apply(&log[i]); }
                1 => { let _ = b.apply(&log[i]); }
                _ => { let _ = a.apply(&log[i]); let _ = b.apply(&log[i]); }
            }
        }
        let whole = fold(log);
        let mut ab = a.clone();
        ab.merge(&b);
        let mut ba = b.clone();
        ba.merge(&a);
        prop_assert_eq!(&ab, &whole);
        prop_assert_eq!(&ba, &whole, "merge is commutative");
        let mut again = ab.clone();
        again.merge(&b);
        prop_assert_eq!(&again, &whole, "merge is idempotent");
        // The state survives storage.
        let stored = serde_json::to_string(&a).unwrap();
        prop_assert_eq!(serde_json::from_str::<RoomActivity>(&stored).unwrap(), a);
    }
}

/// What the API says of a room: its active session and who is in it.
async fn truth(client: &Client, room: Uuid) -> (Option<Uuid>, BTreeSet<Uuid>) {
    let r = client.get_room().room_id(room).execute().await.unwrap();
    let mut present = BTreeSet::new();
    if let Some(session) = r.active_session_id {
        let participants: Vec<_> = client
            .list_participants_for_session()
            .room_session_id(session)
            .stream()
            .try_collect()
            .await
            .unwrap();
        present.extend(
            participants
                .iter()
                .filter(|p| p.left_at.is_none())
                .map(|p| p.id),
        );
    }
    (r.active_session_id, present)
}

fn state_of(state: &RoomActivity, room: Uuid) -> (Option<Uuid>, BTreeSet<Uuid>) {
    // The views are nameable: a user can store or pass them.
    let r: telnyx_rooms::activity::RoomState = state.room(room).unwrap();
    (
        r.active_session.map(|s| s.id),
        r.present.iter().map(|p| p.id).collect(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_state_after_the_whole_log_agrees_with_the_api() {
    let emu = Emulator::start().await.unwrap();
    emu.set_timing(fast());
    let hooks = CaptureServer::start().await;
    let rooms = simulate(&emu, &format!("{}/hooks", hooks.url())).await;
    let log = all_delivered(&emu, &hooks).await;
    let state = fold(log.iter().rev()); // backwards, for good measure
    let client = emu.client();
    for room in rooms {
        assert_eq!(state_of(&state, room), truth(&client, room).await, "{room}");
    }
    // Room A recorded each participant of its first session, then composed that session.
    let a = state.room(rooms_a(&state, &log)).unwrap();
    assert_eq!(a.recordings.len(), 3, "Alice, Bob and Carol: {a:#?}");
    assert!(a.recordings.iter().all(|r| r
        .completed
        .as_ref()
        .is_some_and(|m| m.download_url.is_some())));
    assert_eq!(a.recordings_in_progress.len(), 1, "Dave is being recorded");
    assert_eq!(a.compositions.len(), 1);
    assert_eq!(a.present.len(), 1);
    assert_eq!(a.present[0].context.as_deref(), Some("Dave"));
}

/// The room whose participants include Dave (room A).
fn rooms_a(state: &RoomActivity, _log: &[WebhookEvent]) -> Uuid {
    state
        .rooms()
        .find(|r| {
            state
                .present(*r)
                .iter()
                .any(|p| p.context.as_deref() == Some("Dave"))
        })
        .expect("room A")
}

/// Forgotten sessions stay forgotten, and pruning keeps what is current.
#[test]
fn prune_forgets_ended_sessions_only() {
    let log = &run().log;
    let mut state = fold(log);
    let before = serde_json::to_string(&state).unwrap().len();
    // Just after the last event: every session that ended is forgotten.
    let last = log.iter().filter_map(|e| e.occurred_at).max().unwrap();
    state.prune(last + chrono::Duration::seconds(1));
    let after = serde_json::to_string(&state).unwrap().len();
    assert!(after < before, "{after} >= {before}");
    for room in &run().rooms {
        let r = state.room(*room).unwrap();
        let active = r.active_session.as_ref().expect("active sessions stay").id;
        assert!(r.last_session.is_none());
        assert!(
            r.left.iter().all(|p| p.session_id == Some(active)),
            "the ended sessions' participants are gone: {r:#?}"
        );
        assert!(r.compositions.is_empty() && r.recordings.is_empty());
    }
    // A late event of a forgotten session changes nothing.
    let mut again = state.clone();
    for e in log {
        let _ = again.apply(e);
    }
    assert_eq!(again, state);
}

/// The axum extractor in front of `RoomActivity`, with the emulator delivering as the real
/// thing does (duplicates, reordering, drops), ends at the API's truth after reconciling.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chaos_through_the_axum_extractor_then_reconcile_matches_the_api() {
    use axum::routing::post;
    use telnyx_rooms::webhooks::axum::VerifiedWebhook;
    use telnyx_rooms::webhooks::WebhookVerifier;

    let emu = Emulator::start().await.unwrap();
    emu.set_timing(fast());
    emu.set_delivery_chaos(DeliveryChaos {
        duplicate: 0.3,
        reorder: 4,
        drop: 0.15,
        seed: 7,
    })
    .unwrap();
    let state: Arc<Mutex<RoomActivity>> = Arc::default();
    let applied = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let verifier = WebhookVerifier::new(emu.webhook_public_key()).unwrap();
    let (st, count) = (state.clone(), applied.clone());
    let app = axum::Router::new()
        .route(
            "/hooks",
            post(move |VerifiedWebhook(event): VerifiedWebhook| {
                let (st, count) = (st.clone(), count.clone());
                async move {
                    let _ = st.lock().unwrap().apply(&event);
                    count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    "ok"
                }
            }),
        )
        .with_state(verifier);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let hook_url = format!("http://{}/hooks", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });

    let rooms = simulate(&emu, &hook_url).await;
    // Wait until delivery is done: every event the log knows of was delivered or dropped.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        tokio::time::sleep(Duration::from_millis(300)).await;
        let log = emu.webhook_deliveries();
        let delivered = log.iter().filter(|d| d.succeeded()).count();
        let dropped = log
            .iter()
            .filter(|d| d.error.as_deref() == Some("dropped: delivery chaos"))
            .count();
        let composed = log
            .iter()
            .any(|d| d.event_type == "video.room.composition.completed");
        if composed && delivered == applied.load(std::sync::atomic::Ordering::SeqCst) {
            assert!(dropped > 0, "the chaos dropped something (seed 7)");
            let ids: Vec<Uuid> = log
                .iter()
                .filter(|d| d.succeeded())
                .map(|d| d.event_id)
                .collect();
            let distinct: BTreeSet<Uuid> = ids.iter().copied().collect();
            assert!(
                distinct.len() < ids.len(),
                "and delivered some events twice"
            );
            break;
        }
        assert!(Instant::now() < deadline, "delivery did not settle");
    }
    let client = emu.client();
    let mut state = state.lock().unwrap().clone();
    let mut wrong_before = 0;
    for &room in &rooms {
        wrong_before += usize::from(state_of(&state, room) != truth(&client, room).await);
    }
    // With seed 7 the chaos drops an event that leaves one room's state wrong: reconciling is
    // what puts it right.
    assert!(
        wrong_before >= 1,
        "the chaos left every room right; nothing to reconcile"
    );
    let mut missed = 0;
    for &room in &rooms {
        let report = state.reconcile(&client, room).await.unwrap();
        missed += usize::from(!report.nothing_missed());
        assert_eq!(
            state_of(&state, room),
            truth(&client, room).await,
            "room {room} after reconciling"
        );
    }
    assert!(
        missed >= wrong_before,
        "each wrong room's report says what was missing"
    );
}

/// The extractor verifies the raw bytes before anything parses them.
#[tokio::test]
async fn the_extractor_refuses_forged_reserialised_and_stale_webhooks() {
    use axum::routing::post;
    use telnyx_rooms::webhooks::axum::VerifiedWebhook;
    use telnyx_rooms::webhooks::testing::TestSigner;
    use telnyx_rooms::webhooks::WebhookVerifier;

    let signer = TestSigner::generate();
    let app =
        axum::Router::new()
            .route(
                "/hooks",
                post(|VerifiedWebhook(e): VerifiedWebhook| async move {
                    e.kind.event_type().to_string()
                }),
            )
            .with_state(WebhookVerifier::new(&signer.public_key_base64()).unwrap());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hooks", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let http = reqwest::Client::new();
    let body = r#"{"data": {"event_type": "video.room.session.started", "id": "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0",
        "occurred_at": "2026-11-28T10:00:00Z", "payload": {"room_id": "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0",
        "session_id": "7b61621f-62e0-4aad-ab11-9fd19e272e73"}}}"#;
    let now = chrono::Utc::now().timestamp();
    let send = |body: String, headers: http::HeaderMap| {
        let r = http.post(&url).headers(headers).body(body).send();
        async move {
            let r = r.await.unwrap();
            (r.status().as_u16(), r.text().await.unwrap())
        }
    };
    let (status, text) = send(body.to_string(), signer.headers(now, body.as_bytes())).await;
    assert_eq!((status, text.as_str()), (200, "video.room.session.started"));
    // The same JSON re-serialised by a proxy: other bytes, so the signature fails.
    let reserialised =
        serde_json::to_string(&serde_json::from_str::<serde_json::Value>(body).unwrap()).unwrap();
    let (status, text) = send(reserialised, signer.headers(now, body.as_bytes())).await;
    assert_eq!(status, 401, "{text}");
    assert!(text.contains("signature does not match"), "{text}");
    // Forged: signed with another key.
    let other = TestSigner::generate();
    let (status, _) = send(body.to_string(), other.headers(now, body.as_bytes())).await;
    assert_eq!(status, 401);
    // Unsigned.
    let (status, text) = send(body.to_string(), http::HeaderMap::new()).await;
    assert_eq!(status, 401, "{text}");
    assert!(
        text.contains("missing header `telnyx-signature-ed25519`"),
        "{text}"
    );
    // Stale: signed an hour ago (a replay).
    let (status, text) = send(
        body.to_string(),
        signer.headers(now - 3600, body.as_bytes()),
    )
    .await;
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("timestamp"), "{text}");
}
