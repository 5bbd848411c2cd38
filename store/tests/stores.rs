//! Every store, against real servers (PostgreSQL and Redis started here; see `support`), in the
//! shape a fleet runs it: several instances, each with its own connections, applying the same
//! deliveries (duplicated and shuffled) from many tasks at once.
//!
//! The laws: no update is lost (every room equals the fold of every event in one process), the
//! number of `Changed` answers across all instances equals the number of distinct facts (each
//! event here brings one), every instance's feed tells every change once, and prune and
//! reconcile on the store agree with `RoomActivity` in memory.

mod support;

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use futures::StreamExt;
use telnyx_rooms::activity::RoomActivity;
use telnyx_rooms::webhooks::WebhookEvent;
use telnyx_rooms_store::{
    ActivityStore, Cause, MemoryStore, PostgresStore, RedisStore, StoreError,
};
use uuid::Uuid;

/// A small deterministic generator (no dependency for shuffling).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn at(secs: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(1_780_000_000 + secs, 0).unwrap()
}

fn event(kind: &str, when: DateTime<Utc>, payload: serde_json::Value) -> WebhookEvent {
    let body = serde_json::json!({"data": {
        "event_type": format!("video.room.{kind}"),
        "id": Uuid::new_v4(),
        "occurred_at": when,
        "record_type": "event",
        "payload": payload,
    }});
    WebhookEvent::parse(body.to_string().as_bytes()).unwrap()
}

/// Each room: a session with participants who join and leave, each recorded, then the end
/// and a composition. Every event states one fact nothing else states.
fn room_events(rooms: usize, participants: usize) -> Vec<WebhookEvent> {
    let mut out = Vec::new();
    for r in 0..rooms {
        let room = Uuid::from_u128(0xA000 + r as u128);
        let session = Uuid::from_u128(0xB000 + r as u128);
        let ids = serde_json::json!({"room_id": room, "session_id": session});
        let with = |extra: serde_json::Value| {
            let mut p = ids.clone();
            p.as_object_mut()
                .unwrap()
                .extend(extra.as_object().unwrap().clone());
            p
        };
        let t0 = r as i64 * 1000;
        out.push(event("session.started", at(t0), ids.clone()));
        for p in 0..participants {
            let participant = Uuid::from_u128(0xC0000 + (r * 100 + p) as u128);
            let recording = Uuid::from_u128(0xD0000 + (r * 100 + p) as u128);
            let t = t0 + 10 * p as i64;
            out.push(event(
                "participant.joined",
                at(t + 1),
                with(
                    serde_json::json!({"participant_id": participant, "context": format!("p{p}")}),
                ),
            ));
            out.push(event(
                "recording.started",
                at(t + 2),
                with(serde_json::json!({"recording_id": recording, "participant_id": participant, "type": "audio"})),
            ));
            out.push(event(
                "participant.left",
                at(t + 500),
                with(serde_json::json!({"participant_id": participant, "left_reason": "left", "duration_secs": 499})),
            ));
            out.push(event(
                "recording.completed",
                at(t + 501),
                with(serde_json::json!({"recording_id": recording, "participant_id": participant, "duration_secs": 498, "size_mb": 1.5})),
            ));
        }
        out.push(event(
            "session.ended",
            at(t0 + 900),
            with(
                serde_json::json!({"ended_reason": "all_participants_left", "duration_secs": 900}),
            ),
        ));
        out.push(event(
            "composition.completed",
            at(t0 + 950),
            with(serde_json::json!({"composition_id": Uuid::from_u128(0xE000 + r as u128), "format": "mp4"})),
        ));
    }
    out
}

/// The servers a kind of store needs, held for the test (dropping one stops it).
#[allow(dead_code)]
enum Server {
    None,
    Postgres(support::Postgres),
    Redis(support::Redis),
}

#[derive(Debug, Clone, Copy)]
enum Kind {
    Memory,
    Postgres,
    Redis,
}

/// `n` instances of one store: separate connections for the shared stores, one `Arc` for
/// memory (an in-memory store is one process's).
async fn instances(kind: Kind, n: usize) -> (Vec<Arc<dyn ActivityStore>>, Server) {
    match kind {
        Kind::Memory => {
            let one: Arc<dyn ActivityStore> = Arc::new(MemoryStore::new());
            ((0..n).map(|_| one.clone()).collect(), Server::None)
        }
        Kind::Postgres => {
            let server = support::Postgres::start();
            let mut out: Vec<Arc<dyn ActivityStore>> = Vec::new();
            for _ in 0..n {
                out.push(Arc::new(PostgresStore::connect(&server.url).await.unwrap()));
            }
            (out, Server::Postgres(server))
        }
        Kind::Redis => {
            let server = support::Redis::start();
            let mut out: Vec<Arc<dyn ActivityStore>> = Vec::new();
            for _ in 0..n {
                out.push(Arc::new(RedisStore::connect(&server.url).await.unwrap()));
            }
            (out, Server::Redis(server))
        }
    }
}

async fn fleet_applies_everything_once(kind: Kind) {
    const INSTANCES: usize = 4;
    const TASKS_PER_INSTANCE: usize = 4;
    let events = room_events(12, 4);
    let mut expected = RoomActivity::new();
    let distinct = events
        .iter()
        .filter(|e| expected.apply(e).changed())
        .count();
    assert_eq!(
        distinct,
        events.len(),
        "each event states a fact of its own"
    );

    // Deliveries: every event one to three times, shuffled.
    let mut rng = Rng(0x5eed ^ kind as u64);
    let mut deliveries: Vec<&WebhookEvent> = Vec::new();
    for e in &events {
        for _ in 0..1 + rng.below(3) {
            deliveries.push(e);
        }
    }
    for i in (1..deliveries.len()).rev() {
        deliveries.swap(i, rng.below(i + 1));
    }
    let (stores, _server) = instances(kind, INSTANCES).await;
    let mut feeds = Vec::new();
    for s in &stores[..2] {
        feeds.push(s.changes().await.unwrap());
    }
    let deliveries: Vec<WebhookEvent> = deliveries.into_iter().cloned().collect();
    let workers = INSTANCES * TASKS_PER_INSTANCE;
    let mut tasks = Vec::new();
    for w in 0..workers {
        let store = stores[w % INSTANCES].clone();
        let mine: Vec<WebhookEvent> = deliveries
            .iter()
            .skip(w)
            .step_by(workers)
            .cloned()
            .collect();
        tasks.push(tokio::spawn(async move {
            let mut changed = 0;
            for e in &mine {
                if store.apply(e).await.unwrap().changed() {
                    changed += 1;
                }
            }
            changed
        }));
    }
    let mut changed = 0;
    for t in tasks {
        changed += t.await.unwrap();
    }
    assert_eq!(
        changed, distinct,
        "{kind:?}: `Changed` answers across the fleet must equal the distinct facts"
    );
    let rooms: BTreeSet<Uuid> = stores[0].rooms().await.unwrap().into_iter().collect();
    assert_eq!(rooms, expected.rooms().collect::<BTreeSet<_>>());
    for room in &rooms {
        let stored = stores[3].room(*room).await.unwrap();
        assert_eq!(
            stored.room(*room),
            expected.room(*room),
            "{kind:?}: room {room}"
        );
    }
    // Every instance following the feed hears of every change once.
    for feed in &mut feeds {
        let mut heard = 0;
        while heard < changed {
            let change = tokio::time::timeout(Duration::from_secs(10), feed.next())
                .await
                .expect("the feed carries every change")
                .unwrap()
                .unwrap();
            assert!(matches!(change.cause, Cause::Event { .. }), "{change:?}");
            heard += 1;
        }
        let more = tokio::time::timeout(Duration::from_millis(300), feed.next()).await;
        assert!(more.is_err(), "{kind:?}: no change twice: {more:?}");
    }

    // Prune on the store is prune in memory: forget what ended before the horizon.
    let horizon = at(6 * 1000 + 999);
    stores[1].prune(horizon).await.unwrap();
    expected.prune(horizon);
    for room in &rooms {
        let stored = stores[2].room(*room).await.unwrap();
        assert_eq!(
            stored.room(*room),
            expected.room(*room),
            "{kind:?}: pruned room {room}"
        );
        assert_eq!(stored.horizon(), Some(horizon));
    }
    // A late duplicate of a forgotten session's event stays forgotten on every instance.
    let late = events.first().unwrap();
    assert!(!stores[0].apply(late).await.unwrap().changed());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn memory_store_applies_everything_once() {
    fleet_applies_everything_once(Kind::Memory).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_store_applies_everything_once() {
    fleet_applies_everything_once(Kind::Postgres).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn redis_store_applies_everything_once() {
    fleet_applies_everything_once(Kind::Redis).await;
}

/// Reconcile on the store: what the API knows and no event said is joined in, and a second
/// instance sees it.
async fn reconcile_joins_what_the_api_knows(kind: Kind) {
    let emu = telnyx_rooms_emulator::Emulator::start().await.unwrap();
    let client = emu.client();
    let room = client
        .create_room()
        .unique_name(format!("reconcile-{kind:?}"))
        .execute()
        .await
        .unwrap();
    let alice = emu.join(room.id, "Alice").unwrap();
    let (stores, _server) = instances(kind, 2).await;
    let report = stores[0].reconcile(&client, room.id).await.unwrap();
    assert!(!report.nothing_missed(), "{report:?}");
    let state = stores[1].room(room.id).await.unwrap();
    let present: Vec<Uuid> = state.present(room.id).iter().map(|p| p.id).collect();
    assert_eq!(present, vec![alice.id], "{kind:?}");
    let again = stores[1].reconcile(&client, room.id).await.unwrap();
    assert!(again.nothing_missed(), "{kind:?}: {again:?}");
}

#[tokio::test]
async fn reconcile_on_every_store() {
    for kind in [Kind::Memory, Kind::Postgres, Kind::Redis] {
        reconcile_joins_what_the_api_knows(kind).await;
    }
}

/// A store URL this build cannot open says which it can.
#[tokio::test]
async fn unknown_urls_are_refused_naming_the_schemes() {
    let e = telnyx_rooms_store::connect("mysql://x")
        .await
        .err()
        .unwrap();
    assert!(matches!(e, StoreError::Url(_)), "{e}");
    assert!(e.to_string().contains("postgres://"), "{e}");
}
