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
use std::time::Duration;

use futures::StreamExt;
use support::events::{at, room_events, Rng};
use support::stores::{instances, Kind};
use telnyx_rooms::activity::RoomActivity;
use telnyx_rooms::webhooks::WebhookEvent;
use telnyx_rooms_store::{Cause, StoreError};
use uuid::Uuid;

async fn fleet_applies_everything_once(kind: Kind, rooms: usize, participants: usize) {
    const INSTANCES: usize = 4;
    const TASKS_PER_INSTANCE: usize = 4;
    let events = room_events(rooms, participants);
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
        let mut heard = Vec::new();
        while heard.len() < changed {
            let change = tokio::time::timeout(Duration::from_secs(10), feed.next())
                .await
                .expect("the feed carries every change")
                .unwrap()
                .unwrap();
            assert!(matches!(change.cause, Cause::Event { .. }), "{change:?}");
            heard.push(change);
        }
        let more = tokio::time::timeout(Duration::from_millis(300), feed.next()).await;
        assert!(more.is_err(), "{kind:?}: no change twice: {more:?}");
        let positions: Vec<_> = heard.iter().map(|c| c.position).collect();
        assert!(
            positions.windows(2).all(|w| w[0] < w[1]),
            "{kind:?}: in the log's order, none twice"
        );
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
    fleet_applies_everything_once(Kind::Memory, 12, 4).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_store_applies_everything_once() {
    fleet_applies_everything_once(Kind::Postgres, 12, 4).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn redis_store_applies_everything_once() {
    fleet_applies_everything_once(Kind::Redis, 12, 4).await;
}

/// Sixteen writers on four instances joining, leaving and recording in one room at once (the
/// start of a class: everyone joins within seconds): they contend only on the facts they share,
/// and the laws hold.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sixteen_writers_on_one_large_room() {
    for kind in [Kind::Memory, Kind::Postgres, Kind::Redis] {
        fleet_applies_everything_once(kind, 1, 120).await;
    }
}

/// A database written by the previous version (one row, or hash, per room holding its whole
/// state) is converted into facts on connect: every room reads as it did, and goes on.
#[tokio::test]
async fn a_store_of_the_previous_format_is_converted() {
    let events = room_events(3, 3);
    let mut fold = RoomActivity::new();
    for e in &events {
        let _ = fold.apply(e);
    }
    // Each room as the previous version stored it: a state holding that room only.
    let old: Vec<(Uuid, String)> = fold
        .rooms()
        .map(|room| {
            let mut state = RoomActivity::new();
            for e in events.iter().filter(|e| e.kind.room_id() == Some(room)) {
                let _ = state.apply(e);
            }
            (room, serde_json::to_string(&state).unwrap())
        })
        .collect();
    let later = support::events::event(
        "participant.joined",
        at(5),
        serde_json::json!({"room_id": old[0].0, "session_id": Uuid::from_u128(0xB000),
            "participant_id": Uuid::from_u128(0xF00), "context": "late"}),
    );

    let pg = support::Postgres::start();
    let (client, connection) = tokio_postgres::connect(&pg.url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    client
        .batch_execute(
            "CREATE TABLE telnyx_rooms_migrations (version integer PRIMARY KEY, \
                 applied_at timestamptz NOT NULL DEFAULT now());
             INSERT INTO telnyx_rooms_migrations (version) VALUES (1);
             CREATE TABLE telnyx_rooms_activity (room_id uuid PRIMARY KEY, version bigint NOT NULL, \
                 state text NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());
             CREATE TABLE telnyx_rooms_activity_horizon (id boolean PRIMARY KEY DEFAULT true \
                 CHECK (id), horizon timestamptz NOT NULL);",
        )
        .await
        .unwrap();
    for (room, state) in &old {
        client
            .execute(
                "INSERT INTO telnyx_rooms_activity (room_id, version, state) VALUES ($1, 1, $2)",
                &[room, state],
            )
            .await
            .unwrap();
    }
    let redis_server = support::Redis::start();
    let redis_client = redis::Client::open(redis_server.url.as_str()).unwrap();
    let mut con = redis_client
        .get_multiplexed_async_connection()
        .await
        .unwrap();
    for (room, state) in &old {
        let _: () = redis::cmd("HSET")
            .arg(format!("telnyx-rooms:room:{room}"))
            .arg("v")
            .arg(1)
            .arg("s")
            .arg(state)
            .query_async(&mut con)
            .await
            .unwrap();
        let _: () = redis::cmd("SADD")
            .arg("telnyx-rooms:rooms")
            .arg(room.to_string())
            .query_async(&mut con)
            .await
            .unwrap();
    }

    let stores: Vec<(&str, Box<dyn telnyx_rooms_store::ActivityStore>)> = vec![
        (
            "postgres",
            telnyx_rooms_store::connect(&pg.url).await.unwrap(),
        ),
        (
            "redis",
            telnyx_rooms_store::connect(&redis_server.url)
                .await
                .unwrap(),
        ),
    ];
    for (name, store) in &stores {
        let rooms: BTreeSet<Uuid> = store.rooms().await.unwrap().into_iter().collect();
        assert_eq!(rooms, fold.rooms().collect(), "{name}");
        for room in &rooms {
            let stored = store.room(*room).await.unwrap();
            assert_eq!(stored.room(*room), fold.room(*room), "{name}: room {room}");
        }
        // It goes on: a duplicate is known, a new fact is one.
        assert!(!store.apply(&events[1]).await.unwrap().changed(), "{name}");
        assert!(store.apply(&later).await.unwrap().changed(), "{name}");
    }
    // The old rows are kept aside in PostgreSQL, and gone from Redis.
    let kept: i64 = client
        .query_one("SELECT count(*) FROM telnyx_rooms_activity_v1", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(kept, 3);
    let left: Vec<String> = redis::cmd("KEYS")
        .arg("telnyx-rooms:room:*")
        .query_async(&mut con)
        .await
        .unwrap();
    assert!(left.is_empty(), "{left:?}");
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

    // A whole room, and a whole session of a known room, lost while deliveries failed: the
    // store never heard of them. reconcile_all finds both among the account's sessions.
    let lost = client
        .create_room()
        .unique_name(format!("lost-{kind:?}"))
        .execute()
        .await
        .unwrap();
    let bob = emu.join(lost.id, "Bob").unwrap();
    emu.leave(alice.id).unwrap(); // the first session of the known room ends...
    let carol = emu.join(room.id, "Carol").unwrap(); // ...and a second one starts
    assert_ne!(carol.session_id, alice.session_id);
    let report = stores[0].reconcile_all(&client, 2).await.unwrap();
    assert!(report.failed.is_empty(), "{kind:?}: {report}");
    assert_eq!(report.rooms_missing, 1, "{kind:?}: {report}");
    assert!(report.sessions_missing >= 2, "{kind:?}: {report}");
    assert!(
        report.to_string().contains("1 room was missing"),
        "{report}"
    );
    for (r, who) in [(lost.id, bob.id), (room.id, carol.id)] {
        let state = stores[1].room(r).await.unwrap();
        let present: Vec<Uuid> = state.present(r).iter().map(|p| p.id).collect();
        assert_eq!(present, vec![who], "{kind:?}: room {r}");
        let api = client.get_room().room_id(r).execute().await.unwrap();
        assert_eq!(
            state.active_session(r).map(|s| s.id),
            api.active_session_id,
            "{kind:?}: room {r}"
        );
    }
    let quiet = stores[1].reconcile_all(&client, 2).await.unwrap();
    assert!(quiet.nothing_missed(), "{kind:?}: {quiet}");
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
