//! The stores' Prometheus metrics (feature `prometheus`), read as a `/metrics` page reads them,
//! after work on real servers: eight writers on four instances of one store, a follower of its
//! log, and a reconcile that finds what no webhook said. What the page says must be exactly what
//! happened: every `write` call that returned is a change some caller was told of or a lost
//! compare-and-set (counted as a conflict); the feed handed on every change, holds none back,
//! stands at the last change's position and was at the end of the log a moment ago; reconcile's
//! findings are its report's. One test in this binary: the metrics are the process's.

mod support;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use support::events::room_events;
use support::stores::{instances, Kind};
use telnyx_rooms::activity::Applied;
use telnyx_rooms_store::ActivityStore;

/// The page, as `name{labels}` to value.
fn page() -> BTreeMap<String, f64> {
    let mut registry = prometheus_client::registry::Registry::default();
    telnyx_rooms_store::metrics::register(&mut registry);
    let mut text = String::new();
    prometheus_client::encoding::text::encode(&mut text, &registry).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.rsplit_once(' '))
        .map(|(k, v)| (k.to_string(), v.parse().unwrap()))
        .collect()
}

fn get(page: &BTreeMap<String, f64>, key: &str) -> f64 {
    page.get(key).copied().unwrap_or(0.0)
}

/// Applies every event from 8 tasks over the instances; how many were told `Changed`.
async fn apply_all(stores: &[Arc<dyn ActivityStore>]) -> usize {
    let events = Arc::new(room_events(2, 12));
    let mut tasks = Vec::new();
    for t in 0..8 {
        let (store, events) = (stores[t % stores.len()].clone(), events.clone());
        tasks.push(tokio::spawn(async move {
            let mut changed = 0;
            // Every task applies every event: the same facts raced for, again and again.
            for e in events.iter() {
                if store.apply(e).await.unwrap() == Applied::Changed {
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
    changed
}

async fn one_store(kind: Kind, backend: &str) {
    let (stores, _server) = instances(kind, 4).await;
    let mut feed = stores[0].follow("metrics").await.unwrap();
    let before = page();
    let changed = apply_all(&stores).await;
    let mut last = None;
    for _ in 0..changed {
        let change = tokio::time::timeout(Duration::from_secs(10), feed.next())
            .await
            .expect("a change within 10 s")
            .unwrap()
            .unwrap();
        last = Some(change.position);
    }
    // The reader reaches the end again (an empty read waits a second at most).
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let after = page();
    let delta = |key: &str| get(&after, key) - get(&before, key);
    let b = format!("backend=\"{backend}\"");
    let writes = delta(&format!(
        "telnyx_rooms_store_call_duration_seconds_count{{{b},call=\"write\",outcome=\"ok\"}}"
    ));
    let conflicts = delta(&format!("telnyx_rooms_store_write_conflicts_total{{{b}}}"));
    assert_eq!(
        writes,
        changed as f64 + conflicts,
        "{backend}: each write a change told or a conflict"
    );
    assert!(
        delta(&format!(
            "telnyx_rooms_store_call_duration_seconds_count{{{b},call=\"load\",outcome=\"ok\"}}"
        )) >= writes,
        "{backend}: each write read first"
    );
    assert_eq!(
        delta(&format!("telnyx_rooms_store_feed_changes_total{{{b}}}")),
        changed as f64,
        "{backend}: every change handed on once"
    );
    assert_eq!(
        get(&after, &format!("telnyx_rooms_store_feed_buffered{{{b}}}")),
        0.0
    );
    let position = get(&after, &format!("telnyx_rooms_store_feed_position{{{b}}}"));
    let last = last.expect("changes").to_string();
    let major: f64 = last.split(['-', '.', ':']).next().unwrap().parse().unwrap();
    assert_eq!(position, major, "{backend}: the position of {last}");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    let caught_up = get(
        &after,
        &format!("telnyx_rooms_store_feed_caught_up_timestamp_seconds{{{b}}}"),
    );
    assert!(now - caught_up < 3.0, "{backend}: lag {}", now - caught_up);
    assert_eq!(
        get(
            &after,
            &format!("telnyx_rooms_store_feed_errors_total{{{b}}}")
        ),
        0.0
    );
    println!("{backend}: {changed} changes, {conflicts} conflicts");
}

/// PostgreSQL killed between two applies and started again: the failed call is counted as
/// such, the follower's reader counts its failed reads and reads on, and the feed hands on the
/// next change once, holding none back.
async fn the_page_through_a_restart() {
    let (stores, server) = instances(Kind::Postgres, 1).await;
    let support::stores::Server::Postgres(mut pg) = server else {
        unreachable!("a PostgreSQL store has its server")
    };
    let store = &stores[0];
    let mut feed = store.follow("restart").await.unwrap();
    let events = room_events(1, 2);
    assert_eq!(store.apply(&events[0]).await.unwrap(), Applied::Changed);
    feed.next().await.unwrap().unwrap();
    let before = page();
    pg.stop();
    store
        .apply(&events[1])
        .await
        .expect_err("the server is down");
    // The reader's next read fails too: its error is an item of the feed.
    let failed = tokio::time::timeout(Duration::from_secs(15), feed.next()).await;
    assert!(matches!(failed, Ok(Some(Err(_)))), "{failed:?}");
    pg.start_again();
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while store.apply(&events[1]).await.is_err() {
        assert!(std::time::Instant::now() < deadline, "stored again in time");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let change = loop {
        match tokio::time::timeout(Duration::from_secs(15), feed.next()).await {
            Ok(Some(Ok(change))) => break change,
            Ok(Some(Err(_))) => continue, // more failed reads while it came back
            other => panic!("the feed goes on: {other:?}"),
        }
    };
    let after = page();
    let delta = |key: &str| get(&after, key) - get(&before, key);
    let b = "backend=\"postgres\"";
    let failed_calls: f64 = ["error", "timeout"]
        .iter()
        .map(|o| delta(&format!("telnyx_rooms_store_call_duration_seconds_count{{{b},call=\"load\",outcome=\"{o}\"}}")))
        .sum();
    assert!(
        failed_calls >= 1.0,
        "the apply's read failed and was counted"
    );
    assert!(delta(&format!("telnyx_rooms_store_feed_errors_total{{{b}}}")) >= 1.0);
    assert_eq!(
        delta(&format!("telnyx_rooms_store_feed_changes_total{{{b}}}")),
        1.0
    );
    assert_eq!(
        get(&after, &format!("telnyx_rooms_store_feed_buffered{{{b}}}")),
        0.0
    );
    let major: f64 = change
        .position
        .to_string()
        .split(['-', '.', ':'])
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(
        get(&after, &format!("telnyx_rooms_store_feed_position{{{b}}}")),
        major
    );
}

/// A follower that drops its stream with changes still buffered: they leave the gauge.
async fn a_dropped_follower_leaves_nothing_buffered() {
    let (stores, _server) = instances(Kind::Redis, 1).await;
    let key = "telnyx_rooms_store_feed_buffered{backend=\"redis\"}";
    let feed = stores[0].follow("dropped").await.unwrap();
    for e in room_events(1, 3) {
        assert_eq!(stores[0].apply(&e).await.unwrap(), Applied::Changed);
    }
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while get(&page(), key) < 1.0 {
        assert!(
            std::time::Instant::now() < deadline,
            "the reader buffers them"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    drop(feed);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        get(&page(), key),
        0.0,
        "nothing counted as buffered for a stream gone"
    );
}

/// Reconcile on a store that heard nothing: the counters move by the report's findings.
async fn reconcile_counts_its_findings() {
    let emu = telnyx_rooms_emulator::Emulator::start().await.unwrap();
    let client = emu.client();
    let room = client.create_room().execute().await.unwrap();
    emu.join(room.id, "Alice").unwrap();
    let (stores, _server) = instances(Kind::Redis, 1).await;
    let before = page();
    let report = stores[0].reconcile_all(&client, 2).await.unwrap();
    let after = page();
    let delta = |finding: &str| {
        let key = format!("telnyx_rooms_store_reconcile_findings_total{{finding=\"{finding}\"}}");
        (get(&after, &key) - get(&before, &key)) as usize
    };
    assert_eq!(report.rooms_missing, 1, "{report}");
    assert_eq!(delta("rooms_missing"), report.rooms_missing);
    assert_eq!(delta("sessions_missing"), report.sessions_missing);
    assert_eq!(delta("participants_missing"), report.participants_missing);
    assert!(report.participants_missing >= 1, "{report}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_says_what_happened() {
    one_store(Kind::Postgres, "postgres").await;
    one_store(Kind::Redis, "redis").await;
    the_page_through_a_restart().await;
    a_dropped_follower_leaves_nothing_buffered().await;
    reconcile_counts_its_findings().await;
}
