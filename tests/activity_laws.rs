//! The laws of room activity with pruning inside the lattice: apply, merge and prune, in any
//! interleaving, on three replicas, with horizons anywhere in the log (in the middle of
//! sessions, between a session's end and its composition), over the emulator's log, give one
//! state: the fold of every event, pruned at the greatest horizon. Merge is associative. And
//! the exact cases that broke before, as regression tests.

mod support;

use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;
use support::activity::{fold, run};
use telnyx_rooms::activity::{Applied, Ignored, RoomActivity};
use telnyx_rooms::webhooks::WebhookEvent;
use uuid::Uuid;

/// One step of an interleaving.
#[derive(Debug, Clone)]
enum Op {
    /// Replica `.0` receives event `.1` of the log.
    Apply(usize, usize),
    /// Replica `.0` merges replica `.1`'s state in.
    Merge(usize, usize),
    /// Replica `.0` prunes at horizon number `.1` (see [`horizons`]).
    Prune(usize, usize),
}

const REPLICAS: usize = 3;

/// Horizons anywhere in the log: at each distinct event time, and a second after it.
fn horizons() -> Vec<DateTime<Utc>> {
    let mut times: Vec<DateTime<Utc>> = run().log.iter().filter_map(|e| e.occurred_at).collect();
    times.sort();
    times.dedup();
    let mut all: Vec<DateTime<Utc>> = times
        .iter()
        .flat_map(|t| [*t, *t + Duration::seconds(1)])
        .collect();
    all.dedup();
    all
}

/// Every event delivered at least once (some twice) to random replicas, in a random order,
/// with merges and prunes between them.
fn interleaving() -> impl Strategy<Value = Vec<Op>> {
    let n = run().log.len();
    let h = horizons().len();
    let deliveries = (
        Just((0..n).collect::<Vec<usize>>()).prop_shuffle(),
        proptest::collection::vec(0..n, 0..n / 2),
    )
        .prop_flat_map(|(order, again)| {
            let mut all = order;
            all.extend(again);
            Just(all).prop_shuffle()
        });
    let others = proptest::collection::vec(
        prop_oneof![
            (0..REPLICAS, 0..REPLICAS).prop_map(|(a, b)| Op::Merge(a, b)),
            (0..REPLICAS, 0..h).prop_map(|(a, k)| Op::Prune(a, k)),
        ],
        0..24,
    );
    (
        deliveries,
        proptest::collection::vec(0..REPLICAS, 2 * n),
        others,
        proptest::collection::vec(any::<prop::sample::Index>(), 24),
    )
        .prop_map(|(deliveries, to, others, at)| {
            let mut ops: Vec<Op> = deliveries
                .iter()
                .zip(to)
                .map(|(&e, r)| Op::Apply(r, e))
                .collect();
            for (op, at) in others.into_iter().zip(at) {
                let i = at.index(ops.len() + 1);
                ops.insert(i, op);
            }
            ops
        })
}

/// Runs `ops`, then merges every replica into every other (twice); returns the replicas and
/// the greatest horizon any prune used.
fn play(ops: &[Op]) -> (Vec<RoomActivity>, Option<DateTime<Utc>>) {
    let log = &run().log;
    let hs = horizons();
    let mut r = vec![RoomActivity::new(); REPLICAS];
    let mut greatest = None;
    for op in ops {
        match *op {
            Op::Apply(i, e) => {
                let _ = r[i].apply(&log[e]);
            }
            Op::Merge(i, j) => {
                let other = r[j].clone();
                r[i].merge(&other);
            }
            Op::Prune(i, k) => {
                r[i].prune(hs[k]);
                greatest = greatest.max(Some(hs[k]));
            }
        }
    }
    for _ in 0..2 {
        for i in 0..REPLICAS {
            for j in 0..REPLICAS {
                let other = r[j].clone();
                r[i].merge(&other);
            }
        }
    }
    (r, greatest)
}

/// The state every interleaving must reach: every event folded once, then pruned.
fn reference(horizon: Option<DateTime<Utc>>) -> RoomActivity {
    let mut whole = fold(&run().log);
    if let Some(h) = horizon {
        whole.prune(h);
    }
    whole
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(256),
        ..ProptestConfig::default()
    })]

    #[test]
    fn apply_merge_and_prune_converge_in_any_interleaving(ops in interleaving()) {
        let (replicas, horizon) = play(&ops);
        let expected = reference(horizon);
        for (i, r) in replicas.iter().enumerate() {
            prop_assert_eq!(r, &expected, "replica {} after {:?}", i, ops);
        }
        // The state survives storage.
        let stored = serde_json::to_string(&replicas[0]).unwrap();
        prop_assert_eq!(serde_json::from_str::<RoomActivity>(&stored).unwrap(), expected);
    }

    #[test]
    fn merge_is_associative_with_pruned_replicas(
        ops in interleaving(),
        cut in 0usize..3,
    ) {
        // Stop before the final merges: three replicas that each hold part of the story.
        let (mut r, _) = play(&ops[..ops.len() * cut / 3]);
        let c = r.pop().unwrap();
        let b = r.pop().unwrap();
        let a = r.pop().unwrap();
        let mut left = a.clone();
        left.merge(&b);
        left.merge(&c);
        let mut bc = b.clone();
        bc.merge(&c);
        let mut right = a.clone();
        right.merge(&bc);
        prop_assert_eq!(&left, &right, "(a b) c == a (b c)");
        let mut ca = c.clone();
        ca.merge(&a);
        ca.merge(&b);
        prop_assert_eq!(&ca, &left, "commutative");
        let mut again = left.clone();
        again.merge(&a);
        prop_assert_eq!(&again, &left, "idempotent");
    }
}

// The exact cases that broke before.

const ROOM: &str = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";
const SESSION: &str = "7b61621f-62e0-4aad-ab11-9fd19e272e73";
const ALICE: &str = "5ccc7b54-4df3-4bca-a65a-35a1ecc777f0";

fn event(kind: &str, at: &str, payload: serde_json::Value) -> WebhookEvent {
    let body = serde_json::json!({"data": {
        "event_type": format!("video.room.{kind}"),
        "id": Uuid::new_v4(),
        "occurred_at": at,
        "payload": payload,
    }});
    WebhookEvent::parse(body.to_string().as_bytes()).unwrap()
}

fn started() -> WebhookEvent {
    event(
        "session.started",
        "2026-12-01T10:00:00Z",
        serde_json::json!({"room_id": ROOM, "session_id": SESSION}),
    )
}
fn joined() -> WebhookEvent {
    event(
        "participant.joined",
        "2026-12-01T10:01:00Z",
        serde_json::json!({"room_id": ROOM, "session_id": SESSION, "participant_id": ALICE, "context": "Alice"}),
    )
}
fn left() -> WebhookEvent {
    event(
        "participant.left",
        "2026-12-01T10:30:00Z",
        serde_json::json!({"room_id": ROOM, "session_id": SESSION, "participant_id": ALICE,
            "left_reason": "leave", "duration_secs": 1740}),
    )
}
fn ended() -> WebhookEvent {
    event(
        "session.ended",
        "2026-12-01T10:31:00Z",
        serde_json::json!({"room_id": ROOM, "session_id": SESSION, "ended_reason": "everyone_left",
            "duration_secs": 1860}),
    )
}
fn composed(at: &str) -> WebhookEvent {
    event(
        "composition.completed",
        at,
        serde_json::json!({"room_id": ROOM, "session_id": SESSION,
            "composition_id": "2ccc7b54-4df3-4bca-a65a-35a1ecc777f0", "format": "mp4"}),
    )
}

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn room() -> Uuid {
    ROOM.parse().unwrap()
}

#[test]
fn two_receivers_that_prune_then_merge_agree_with_merging_first() {
    let horizon = at("2026-12-01T11:00:00Z");
    let mut a = RoomActivity::new();
    let _ = a.apply(&started());
    let _ = a.apply(&joined());
    let mut b = RoomActivity::new();
    let _ = b.apply(&left());
    let _ = b.apply(&ended());
    let (mut first_merged, mut other) = (a.clone(), b.clone());
    first_merged.merge(&other);
    first_merged.prune(horizon);
    a.prune(horizon);
    b.prune(horizon);
    let mut ab = a.clone();
    ab.merge(&b);
    other.merge(&a);
    other.prune(horizon);
    for state in [&ab, &other, &first_merged] {
        assert!(state.active_session(room()).is_none(), "{state:#?}");
        assert!(state.present(room()).is_empty(), "{state:#?}");
    }
    assert_eq!(ab, first_merged, "prune then merge == merge then prune");
    assert_eq!(other, first_merged);
}

#[test]
fn a_late_session_ended_from_before_the_horizon_ends_the_session() {
    let mut s = RoomActivity::new();
    let _ = s.apply(&started());
    let _ = s.apply(&joined());
    s.prune(at("2026-12-01T11:00:00Z"));
    assert!(
        s.active_session(room()).is_some(),
        "not known to have ended yet"
    );
    // The end happened before the horizon and arrives after the prune: still folded in, and
    // the session is forgotten at once.
    assert_eq!(s.apply(&ended()), Applied::Changed);
    assert!(s.active_session(room()).is_none());
    assert!(s.present(room()).is_empty(), "Alice went with her session");
    assert_eq!(s.apply(&left()), Applied::Ignored(Ignored::Forgotten));
}

#[test]
fn a_later_event_of_a_forgotten_session_does_not_bring_it_back() {
    let mut s = RoomActivity::new();
    for e in [started(), joined(), left(), ended()] {
        let _ = s.apply(&e);
    }
    s.prune(at("2026-12-01T11:00:00Z"));
    let pruned = s.clone();
    // A composition of the forgotten session, made after the horizon.
    let late = composed("2026-12-01T12:00:00Z");
    assert_eq!(s.apply(&late), Applied::Ignored(Ignored::Forgotten));
    assert!(s.compositions(room()).is_empty());
    assert!(
        s.sessions(room()).is_empty(),
        "the session did not come back"
    );
    // Forgotten for good: a later prune and a merge with a replica that heard it all agree.
    s.prune(at("2026-12-01T13:00:00Z"));
    let mut heard_all = RoomActivity::new();
    for e in [started(), joined(), left(), ended(), late] {
        let _ = heard_all.apply(&e);
    }
    heard_all.merge(&pruned);
    heard_all.prune(at("2026-12-01T13:00:00Z"));
    assert_eq!(heard_all, s);
}

#[test]
fn apply_says_what_happened() {
    let mut s = RoomActivity::new();
    assert_eq!(s.apply(&started()), Applied::Changed);
    assert_eq!(s.apply(&started()), Applied::AlreadyKnown);
    let unknown = event(
        "something.new",
        "2026-12-01T10:00:00Z",
        serde_json::json!({"room_id": ROOM}),
    );
    assert_eq!(s.apply(&unknown), Applied::Ignored(Ignored::UnknownType));
    // An event without the ids it is about does not parse (the spec requires them), so it
    // never reaches `apply`.
    let no_session = serde_json::json!({"data": {
        "event_type": "video.room.session.started",
        "occurred_at": "2026-12-01T10:00:00Z",
        "payload": {"room_id": ROOM},
    }});
    let refused = WebhookEvent::parse(no_session.to_string().as_bytes()).unwrap_err();
    assert!(refused.to_string().contains("session_id"), "{refused}");
    s.prune(at("2026-12-10T00:00:00Z"));
    // More than the tombstone retention (7 days) before the horizon.
    assert_eq!(s.apply(&joined()), Applied::Ignored(Ignored::BeforeHorizon));
    assert_eq!(s.horizon(), Some(at("2026-12-10T00:00:00Z")));
}

#[test]
fn tombstones_are_dropped_after_the_retention_and_memory_stays_bounded() {
    let mut s = RoomActivity::new();
    for e in [started(), joined(), left(), ended()] {
        let _ = s.apply(&e);
    }
    s.prune(at("2026-12-01T11:00:00Z"));
    assert_eq!(s.tombstones(), 2, "the session and Alice");
    assert_eq!(s.rooms().count(), 1, "a room holds its tombstones");
    s.prune(at("2026-12-09T00:00:00Z"));
    assert_eq!(
        s.tombstones(),
        0,
        "a week after the last time they were heard of"
    );
    assert_eq!(s.rooms().count(), 0);
    assert_eq!(s, {
        let mut empty = RoomActivity::new();
        empty.prune(at("2026-12-09T00:00:00Z"));
        empty
    });
}

#[test]
fn details_only_events_carry_survive_a_later_source() {
    // The API's time for the same end is later than the event's: the reason and duration
    // stay, and the earliest time is kept.
    let mut s = RoomActivity::new();
    let _ = s.apply(&ended());
    let later = event(
        "session.ended",
        "2026-12-01T10:31:05Z",
        serde_json::json!({"room_id": ROOM, "session_id": SESSION}),
    );
    let _ = s.apply(&later);
    let session = s.sessions(room()).pop().unwrap();
    let ending = session.ended.unwrap();
    assert_eq!(ending.reason.as_deref(), Some("everyone_left"));
    assert_eq!(ending.duration_secs, Some(1860));
    assert_eq!(ending.at, Some(at("2026-12-01T10:31:00Z")));
}

#[test]
fn views_deserialize_as_well_as_serialize() {
    let mut s = RoomActivity::new();
    for e in [started(), joined()] {
        let _ = s.apply(&e);
    }
    let state = s.room(room()).unwrap();
    let json = serde_json::to_string(&state).unwrap();
    let back: telnyx_rooms::activity::RoomState = serde_json::from_str(&json).unwrap();
    assert_eq!(back, state);
    assert_eq!(back.sessions.len(), 1);
    assert!(back.recordings_in_progress.is_empty());
}
