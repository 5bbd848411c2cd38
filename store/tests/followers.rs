//! The change log as followers use it, on every store against real servers: a follower that was
//! down reads every change it missed, in order, and none twice after acknowledging; a side
//! effect done from the log happens once per change even when the receiver died before acting
//! and the follower died between acting and acknowledging; a follower further behind than the
//! log keeps is told so; idle stores (prune and reconcile on timers) write nothing.

mod support;

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use futures::stream::BoxStream;
use futures::StreamExt;
use support::events::{room_events, Rng};
use support::stores::{instances, instances_with, Kind};
use telnyx_rooms::webhooks::WebhookEvent;
use telnyx_rooms_store::{ActivityStore, Change, Position, Settings, StoreError};

const KINDS: [Kind; 3] = [Kind::Memory, Kind::Postgres, Kind::Redis];

type Feed = BoxStream<'static, Result<Change, StoreError>>;

/// The next change, within 10 s.
async fn next(feed: &mut Feed) -> Change {
    tokio::time::timeout(Duration::from_secs(10), feed.next())
        .await
        .expect("a change within 10 s")
        .expect("the feed goes on")
        .expect("no error")
}

/// Nothing more on the feed for half a second.
async fn quiet(feed: &mut Feed, what: &str) {
    let more = tokio::time::timeout(Duration::from_millis(500), feed.next()).await;
    assert!(more.is_err(), "{what}: {more:?}");
}

/// Applies `events` from `tasks` tasks on `store`; the number of `Changed` answers.
async fn apply_all(store: &Arc<dyn ActivityStore>, events: &[WebhookEvent], tasks: usize) -> usize {
    let mut handles = Vec::new();
    for t in 0..tasks {
        let (store, mine): (_, Vec<WebhookEvent>) = (
            store.clone(),
            events.iter().skip(t).step_by(tasks).cloned().collect(),
        );
        handles.push(tokio::spawn(async move {
            let mut changed = 0;
            for e in &mine {
                changed += usize::from(store.apply(e).await.unwrap().changed());
            }
            changed
        }));
    }
    let mut changed = 0;
    for h in handles {
        changed += h.await.unwrap();
    }
    changed
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_follower_that_was_down_reads_every_change_it_missed() {
    for kind in KINDS {
        let events = room_events(6, 6);
        let (stores, _server) = instances(kind, 2).await;
        let (writer, follower) = (&stores[0], &stores[1]);
        let mut feed = follower.follow("mailer").await.unwrap();
        assert_eq!(apply_all(writer, &events[..40], 1).await, 40);
        let mut read = Vec::new();
        for _ in 0..40 {
            read.push(next(&mut feed).await.position);
        }
        // Acts on the first 25 and acknowledges them; dies having read 15 more.
        follower.acknowledge("mailer", read[24]).await.unwrap();
        drop(feed);
        // While it is down, four writers go on.
        let changed = apply_all(writer, &events[40..], 4).await;
        assert_eq!(changed, events.len() - 40);
        // Back: the 15 it had not acknowledged, then every change it missed, in order.
        let mut feed = follower.follow("mailer").await.unwrap();
        let mut again = Vec::new();
        for _ in 0..15 + changed {
            again.push(next(&mut feed).await.position);
        }
        quiet(&mut feed, &format!("{kind:?}: nothing more")).await;
        assert_eq!(
            &again[..15],
            &read[25..],
            "{kind:?}: the unacknowledged come again"
        );
        assert!(again.windows(2).all(|w| w[0] < w[1]), "{kind:?}: in order");
        follower
            .acknowledge("mailer", *again.last().unwrap())
            .await
            .unwrap();
        drop(feed);
        // After acknowledging, a restart reads nothing twice.
        let mut feed = follower.follow("mailer").await.unwrap();
        quiet(
            &mut feed,
            &format!("{kind:?}: none twice after acknowledging"),
        )
        .await;
        // An acknowledgement never moves a follower back.
        follower.acknowledge("mailer", read[0]).await.unwrap();
        assert_eq!(
            follower.acknowledged("mailer").await.unwrap(),
            again.last().copied()
        );
    }
}

/// The recipe for side effects: receivers only apply; a follower acts on each change with its
/// id as the idempotency key, then acknowledges. A receiver that dies between storing and acting
/// loses nothing (the change is on the log), and a follower that dies between acting and
/// acknowledging acts once (the id is known).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn side_effects_happen_once_per_change_whoever_dies() {
    for kind in KINDS {
        let events = room_events(4, 5);
        let (stores, _server) = instances(kind, 3).await;
        // The follower is registered before anything happens.
        drop(stores[2].follow("notifier").await.unwrap());
        // Receivers on two instances store every delivery (some twice) and die before acting:
        // they do nothing with `apply`'s answer.
        let mut rng = Rng(11);
        let mut deliveries: Vec<WebhookEvent> = Vec::new();
        for e in &events {
            for _ in 0..1 + rng.below(2) {
                deliveries.push(e.clone());
            }
        }
        let (a, b) = deliveries.split_at(deliveries.len() / 2);
        let changed = apply_all(&stores[0], a, 2).await + apply_all(&stores[1], b, 2).await;
        // The follower: the side effect is recorded under the change's id (a unique key).
        let mut done: BTreeSet<String> = BTreeSet::new();
        let mut acted = 0;
        let mut round = 0;
        loop {
            round += 1;
            let mut feed = stores[2].follow("notifier").await.unwrap();
            let mut last: Option<Position> = None;
            let mut read = 0;
            while let Ok(Some(item)) =
                tokio::time::timeout(Duration::from_millis(500), feed.next()).await
            {
                let change = item.unwrap();
                read += 1;
                if done.insert(change.id()) {
                    acted += 1; // the side effect
                }
                last = Some(change.position);
                // Dies after acting on a few, before acknowledging them (rounds 1 and 2).
                if round <= 2 && read == 7 {
                    break;
                }
                if read % 5 == 0 {
                    stores[2]
                        .acknowledge("notifier", change.position)
                        .await
                        .unwrap();
                }
            }
            drop(feed);
            if round > 2 {
                if let Some(p) = last {
                    stores[2].acknowledge("notifier", p).await.unwrap();
                }
                break;
            }
        }
        assert_eq!(done.len(), changed, "{kind:?}: every change acted on");
        assert_eq!(acted, changed, "{kind:?}: each once");
        let mut feed = stores[2].follow("notifier").await.unwrap();
        quiet(&mut feed, &format!("{kind:?}: nothing left")).await;
    }
}

/// A follower further behind than the log keeps is told so, and how to get back.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_follower_behind_the_retention_is_told() {
    for kind in KINDS {
        let settings = Settings::default().log_retention(20);
        let (stores, _server) = instances_with(kind, 1, settings).await;
        let store = &stores[0];
        drop(store.follow("slow").await.unwrap());
        // Enough changes for every store to trim (Redis trims whole nodes of 100 entries).
        let events = room_events(25, 4);
        assert!(apply_all(store, &events, 4).await > 400);
        let mut feed = store.follow("slow").await.unwrap();
        let first = tokio::time::timeout(Duration::from_secs(10), feed.next())
            .await
            .expect("an answer")
            .expect("an item");
        let e = first.expect_err("behind the retention");
        assert!(matches!(e, StoreError::FellBehind { .. }), "{kind:?}: {e}");
        assert!(e.to_string().contains("reconcile"), "{e}");
        assert!(feed.next().await.is_none(), "{kind:?}: the feed ends");
    }
}

/// Prune and reconcile on timers over stores that are up to date write nothing: no change on
/// the log, nothing pruned.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn idle_stores_write_nothing() {
    let emu = telnyx_rooms_emulator::Emulator::start().await.unwrap();
    let client = emu.client();
    let room = client.create_room().execute().await.unwrap();
    let alice = emu.join(room.id, "Alice").unwrap();
    emu.join(room.id, "Bob").unwrap();
    emu.leave(alice.id).unwrap();
    for kind in KINDS {
        let (stores, _server) = instances(kind, 2).await;
        let first = stores[0].reconcile_all(&client, 2).await.unwrap();
        assert!(!first.nothing_missed(), "{kind:?}: {first}");
        let mut feed = stores[1].changes().await.unwrap();
        for _ in 0..3 {
            let report = stores[0].reconcile_all(&client, 2).await.unwrap();
            assert!(report.nothing_missed(), "{kind:?}: {report}");
            let horizon = chrono::Utc::now() - chrono::Duration::days(1);
            assert_eq!(stores[1].prune(horizon).await.unwrap(), 0, "{kind:?}");
        }
        quiet(&mut feed, &format!("{kind:?}: idle timers wrote")).await;
    }
}
