//! Room activity benchmarks (a benchmark, not a test): `cargo bench --bench activity --features axum`.
//!
//! 1. Per-event `apply` cost in one room that grows to 10,000 participants (a session, 10,000
//!    joins, 5,000 leaves): the first and the last 1,000 events, beside what `apply` did before
//!    (clone the room and compare it after the join), measured in the same run.
//! 2. The same over 100 rooms of 100 participants each, events interleaved across rooms.
//! 3. `merge` of two receivers' states that each hold half of workload 2.
//! 4. `reconcile_all` of 100 rooms (2 sessions of 5 participants and 5 recordings each) against
//!    the emulator on loopback, one room at a time and 8 at a time.
//!
//! Medians of 7 rounds.

use std::time::{Duration, Instant};

use telnyx_rooms::activity::RoomActivity;
use telnyx_rooms::webhooks::WebhookEvent;
use telnyx_rooms_emulator::{Emulator, Seed};
use uuid::Uuid;

const ROUNDS: usize = 7;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn event(kind: &str, second: u64, payload: serde_json::Value) -> WebhookEvent {
    let at = chrono::DateTime::from_timestamp(1_764_000_000 + second as i64, 0).unwrap();
    let body = serde_json::json!({"data": {
        "event_type": format!("video.room.{kind}"),
        "id": Uuid::new_v4(),
        "occurred_at": at,
        "payload": payload,
    }});
    WebhookEvent::parse(body.to_string().as_bytes()).unwrap()
}

/// A session in `room` with `n` participants joining, and every other one leaving; events in
/// time order, `offset` seconds apart per room.
fn room_events(room: Uuid, n: usize) -> Vec<WebhookEvent> {
    let session = Uuid::new_v4();
    let ids = serde_json::json!({"room_id": room, "session_id": session});
    let mut out = vec![event("session.started", 0, ids.clone())];
    let people: Vec<Uuid> = (0..n).map(|_| Uuid::new_v4()).collect();
    for (i, p) in people.iter().enumerate() {
        let mut payload = ids.clone();
        payload["participant_id"] = serde_json::json!(p);
        payload["context"] = serde_json::json!(format!("participant-{i}"));
        out.push(event("participant.joined", 1 + i as u64, payload.clone()));
        if i % 2 == 1 {
            let gone = people[i - 1];
            payload["participant_id"] = serde_json::json!(gone);
            payload["left_reason"] = serde_json::json!("leave");
            out.push(event("participant.left", 1 + i as u64, payload));
        }
    }
    out
}

/// Per-event cost of the first and the last 1,000 events: `apply` alone, and (`baseline`, for
/// one room, where the room is the whole state) `apply` with the clone-and-compare of the room
/// it used to do.
fn per_event(name: &str, events: &[WebhookEvent], baseline: bool) {
    let window = 1_000;
    let (mut first, mut last, mut old_first, mut old_last) = (vec![], vec![], vec![], vec![]);
    for _ in 0..ROUNDS {
        let modes: &[bool] = if baseline { &[false, true] } else { &[false] };
        for &naive in modes {
            let mut state = RoomActivity::new();
            let mut times = Vec::with_capacity(events.len());
            for e in events {
                let t = Instant::now();
                if naive {
                    let before = state.clone();
                    let _ = state.apply(e);
                    std::hint::black_box(state != before);
                } else {
                    let _ = std::hint::black_box(state.apply(e));
                }
                times.push(t.elapsed());
            }
            let head: Duration = times[..window].iter().sum();
            let tail: Duration = times[times.len() - window..].iter().sum();
            if naive {
                old_first.push(head);
                old_last.push(tail);
            } else {
                first.push(head);
                last.push(tail);
            }
        }
    }
    let us = |d: Duration| d.as_secs_f64() * 1e6 / window as f64;
    let (f, l) = (us(median(first)), us(median(last)));
    print!(
        "{name}: apply {f:.2} us/event (first 1,000), {l:.2} us/event (last 1,000), last/first {:.2}",
        l / f
    );
    if baseline {
        let (of, ol) = (us(median(old_first)), us(median(old_last)));
        print!(
            "; with the old clone-and-compare: {of:.2} and {ol:.2} us/event ({:.0}x slower at the end)",
            ol / l
        );
    }
    println!();
}

fn main() {
    println!("room activity benchmarks, medians of {ROUNDS} rounds");
    // 1. One room of 10,000 participants.
    let big = room_events(Uuid::new_v4(), 10_000);
    per_event(
        &format!("1. one room, 10,000 participants ({} events)", big.len()),
        &big,
        true,
    );

    // 2. 100 rooms of 100 participants, interleaved (round robin).
    let per_room: Vec<Vec<WebhookEvent>> =
        (0..100).map(|_| room_events(Uuid::new_v4(), 100)).collect();
    let longest = per_room.iter().map(Vec::len).max().unwrap();
    let mut many = Vec::new();
    for i in 0..longest {
        for r in &per_room {
            if let Some(e) = r.get(i) {
                many.push(e.clone());
            }
        }
    }
    per_event(
        &format!("2. 100 rooms x 100 participants ({} events)", many.len()),
        &many,
        false,
    );

    // 3. merge of two halves.
    let (mut a, mut b) = (RoomActivity::new(), RoomActivity::new());
    for (i, e) in many.iter().enumerate() {
        let _ = if i % 2 == 0 { a.apply(e) } else { b.apply(e) };
    }
    let mut times = vec![];
    for _ in 0..ROUNDS {
        let mut left = a.clone();
        let t = Instant::now();
        left.merge(&b);
        times.push(t.elapsed());
    }
    println!(
        "3. merge of two receivers' halves of workload 2 (100 rooms, 10,000 participants): {:.2} ms",
        median(times).as_secs_f64() * 1e3
    );

    // 4. reconcile_all against the emulator.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(reconcile_all());
}

async fn reconcile_all() {
    let emu = Emulator::start().await.unwrap();
    let seeded = emu.seed(Seed {
        rooms: 100,
        sessions_per_room: 2,
        participants_per_session: 5,
        recordings_per_participant: 1,
    });
    // A receiver that heard each session start (and nothing else).
    let mut heard = RoomActivity::new();
    for (i, room) in seeded.rooms.iter().enumerate() {
        for session in &seeded.sessions[2 * i..2 * i + 2] {
            let ids = serde_json::json!({"room_id": room, "session_id": session});
            let _ = heard.apply(&event("session.started", 0, ids));
        }
    }
    let client = emu.client();
    for concurrency in [1, 8] {
        let mut times = vec![];
        let mut requests = 0;
        let mut report = String::new();
        for _ in 0..3 {
            let mut state = heard.clone();
            let before = emu.requests();
            let t = Instant::now();
            let r = state.reconcile_all(&client, concurrency).await;
            times.push(t.elapsed());
            requests = emu.requests() - before;
            report = r.to_string();
        }
        println!(
            "4. reconcile_all, 100 rooms, {concurrency} at a time: {:.0} ms, {requests} requests ({report})",
            median(times).as_secs_f64() * 1e3
        );
    }
}
