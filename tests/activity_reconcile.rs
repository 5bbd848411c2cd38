//! Reconcile with lost events: a receiver that got a random part of the emulator's log (a third
//! lost, many subsets), then `reconcile_all`, holds what the API says for everything the API can
//! tell and the state keeps: which sessions ended and the active one, who is present and who
//! left, the completed recordings and compositions of the sessions it knows; it keeps every
//! detail only events carry; and its report says something was missing exactly when the state
//! changed.

mod support;

use std::collections::{BTreeMap, BTreeSet};

use futures::TryStreamExt;
use support::activity::{all_delivered, fast, fold, simulate};
use support::CaptureServer;
use telnyx_rooms::activity::RoomActivity;
use telnyx_rooms::webhooks::{RoomEvent, WebhookEvent};
use telnyx_rooms::Client;
use telnyx_rooms_emulator::Emulator;
use uuid::Uuid;

/// What can be compared of a room, given the sessions a state knows.
#[derive(Debug, PartialEq)]
struct Seen {
    active: Option<Uuid>,
    ended: BTreeSet<Uuid>,
    present: BTreeSet<Uuid>,
    left: BTreeSet<Uuid>,
    recordings: BTreeSet<Uuid>,
    recordings_in_progress: BTreeSet<Uuid>,
    compositions: BTreeSet<Uuid>,
}

fn of_state(state: &RoomActivity, room: Uuid) -> (Seen, BTreeSet<Uuid>) {
    let r = state.room(room).expect("a room heard of");
    let known: BTreeSet<Uuid> = r.sessions.iter().map(|s| s.id).collect();
    let seen = Seen {
        active: r.active_session.map(|s| s.id),
        ended: r
            .sessions
            .iter()
            .filter(|s| s.ended.is_some())
            .map(|s| s.id)
            .collect(),
        present: r.present.iter().map(|p| p.id).collect(),
        left: r.left.iter().map(|p| p.id).collect(),
        recordings: r.recordings.iter().map(|x| x.id).collect(),
        recordings_in_progress: r.recordings_in_progress.iter().map(|x| x.id).collect(),
        compositions: r.compositions.iter().map(|x| x.id).collect(),
    };
    (seen, known)
}

/// The API's answer for the same room, limited to the sessions `known`.
async fn of_api(client: &Client, room: Uuid, known: &BTreeSet<Uuid>) -> Seen {
    let r = client.get_room().room_id(room).execute().await.unwrap();
    let mut seen = Seen {
        active: r.active_session_id,
        ended: BTreeSet::new(),
        present: BTreeSet::new(),
        left: BTreeSet::new(),
        recordings: BTreeSet::new(),
        recordings_in_progress: BTreeSet::new(),
        compositions: BTreeSet::new(),
    };
    for &s in known {
        let session = client
            .get_room_session()
            .room_session_id(s)
            .execute()
            .await
            .unwrap();
        if session.active == Some(false) {
            seen.ended.insert(s);
        }
        let participants: Vec<_> = client
            .list_participants_for_session()
            .room_session_id(s)
            .stream()
            .try_collect()
            .await
            .unwrap();
        for p in participants {
            match (p.left_at, session.active) {
                (Some(_), _) => seen.left.insert(p.id),
                (None, Some(true)) => seen.present.insert(p.id),
                (None, _) => false,
            };
        }
        let recordings: Vec<_> = client
            .list_room_recordings()
            .filter_session_id(s)
            .stream()
            .try_collect()
            .await
            .unwrap();
        for x in recordings {
            if x.status.as_deref() == Some("completed") {
                seen.recordings.insert(x.id);
            } else if session.active == Some(true) {
                seen.recordings_in_progress.insert(x.id);
            }
        }
        let compositions: Vec<_> = client
            .list_room_compositions()
            .filter_session_id(s)
            .stream()
            .try_collect()
            .await
            .unwrap();
        seen.compositions.extend(
            compositions
                .iter()
                .filter(|x| x.status.as_deref() == Some("completed"))
                .map(|x| x.id),
        );
    }
    seen
}

/// What can be compared of every room a state knows.
fn summary(state: &RoomActivity) -> Vec<(Seen, BTreeSet<Uuid>)> {
    state.rooms().map(|r| of_state(state, r)).collect()
}

/// SplitMix64: a seeded, repeatable choice of which events are lost.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// The reasons and durations events gave, by the id of what ended.
fn details(events: &[&WebhookEvent]) -> BTreeMap<Uuid, (Option<String>, Option<i64>)> {
    let mut out = BTreeMap::new();
    for e in events {
        match &e.kind {
            RoomEvent::SessionEnded(p) => {
                out.insert(p.session_id, (p.ended_reason.clone(), p.duration_secs));
            }
            RoomEvent::ParticipantLeft(p) => {
                out.insert(p.participant_id, (p.left_reason.clone(), p.duration_secs));
            }
            _ => {}
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reconcile_all_restores_what_lost_events_said_and_keeps_what_only_events_said() {
    let emu = Emulator::start().await.unwrap();
    emu.set_timing(fast());
    let hooks = CaptureServer::start().await;
    let rooms = simulate(&emu, &format!("{}/hooks", hooks.url())).await;
    let log = all_delivered(&emu, &hooks).await;
    let client = emu.client();

    let cases: u64 = std::env::var("RECONCILE_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(24);
    let mut rng = Rng(2026);
    let mut repaired = 0;
    for case in 0..cases {
        let kept: Vec<&WebhookEvent> = log
            .iter()
            .filter(|_| !rng.next().is_multiple_of(3))
            .collect();
        let mut state = fold(kept.iter().copied());
        let before = summary(&state);
        let report = state.reconcile_all(&client, 2).await;
        assert!(report.failed.is_empty(), "case {case}: {report}");
        assert_eq!(
            report.nothing_missed(),
            summary(&state) == before,
            "case {case}: the report says something was missing exactly when the state changed: {report}"
        );
        repaired += usize::from(!report.nothing_missed());
        for &room in &rooms {
            // A room whose every event was lost is found among the account's sessions.
            let (ours, known) = of_state(&state, room);
            assert_eq!(
                ours,
                of_api(&client, room, &known).await,
                "case {case}, room {room}: {report}"
            );
        }
        // What only events carry is still there.
        for (id, (reason, duration)) in details(&kept) {
            let endings = rooms.iter().flat_map(|&r| {
                let s = state.room(r).unwrap_or_else(|| panic!("room {r}"));
                let sessions = s.sessions.into_iter().map(|s| (s.id, s.ended));
                let left = s.left.into_iter().map(|p| (p.id, p.left));
                sessions.chain(left).collect::<Vec<_>>()
            });
            let ending = endings
                .filter(|(i, _)| *i == id)
                .find_map(|(_, e)| e)
                .unwrap_or_else(|| panic!("case {case}: the end of {id} was lost"));
            assert_eq!(
                (ending.reason, ending.duration_secs),
                (reason, duration),
                "{id}"
            );
        }
    }
    assert!(
        repaired > cases as usize / 2,
        "lost events were repaired in most cases: {repaired}"
    );

    // Nothing lost: nothing missing, and nothing changed (no `seen` time moved, no download
    // URL replaced by the one the API signed for this read).
    let mut whole = fold(&log);
    let before = whole.clone();
    let report = whole.reconcile_all(&client, 4).await;
    assert!(report.nothing_missed(), "{report}");
    assert_eq!(
        report.to_string(),
        "3 rooms reconciled, nothing was missing"
    );
    assert_eq!(
        whole, before,
        "reconciling an up-to-date state changes nothing"
    );
    let again = whole.clone();
    whole.reconcile_all(&client, 4).await;
    assert_eq!(whole, again);
}

/// A whole room lost while deliveries failed (every event of it), and a whole session of a
/// room that is known: `reconcile_all` finds both among the account's sessions and says so.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reconcile_all_finds_rooms_and_sessions_never_heard_of() {
    let emu = Emulator::start().await.unwrap();
    emu.set_timing(fast());
    let hooks = CaptureServer::start().await;
    let rooms = simulate(&emu, &format!("{}/hooks", hooks.url())).await;
    let log = all_delivered(&emu, &hooks).await;
    let (lost_room, kept_room) = (rooms[0], rooms[1]);
    let sessions_of = |room: Uuid| -> BTreeSet<Uuid> {
        log.iter()
            .filter(|e| e.kind.room_id() == Some(room))
            .filter_map(|e| match &e.kind {
                RoomEvent::SessionStarted(p) => Some(p.session_id),
                _ => None,
            })
            .collect()
    };
    // Of the kept room, only its first session's events arrived; its second is never heard of.
    assert_eq!(sessions_of(kept_room).len(), 2);
    let first = *sessions_of(kept_room).iter().next().expect("a session");
    let kept: Vec<&WebhookEvent> = log
        .iter()
        .filter(|e| e.kind.room_id() == Some(kept_room))
        .filter(|e| match &e.kind {
            RoomEvent::SessionStarted(p) => p.session_id == first,
            RoomEvent::SessionEnded(p) => p.session_id == first,
            RoomEvent::ParticipantJoined(p) => p.session_id == first,
            RoomEvent::ParticipantLeft(p) => p.session_id == first,
            _ => false,
        })
        .collect();
    let mut state = fold(kept.iter().copied());
    assert!(state.room(lost_room).is_none());
    let report = state.reconcile_all(&emu.client(), 2).await;
    assert!(report.failed.is_empty(), "{report}");
    assert!(
        report.rooms_missing >= 2,
        "the lost room (and the third): {report}"
    );
    assert!(
        report.to_string().contains("rooms were missing"),
        "{report}"
    );
    for room in [lost_room, kept_room] {
        let known: BTreeSet<Uuid> = state.sessions(room).iter().map(|s| s.id).collect();
        assert_eq!(
            known,
            sessions_of(room),
            "room {room}: every session is found"
        );
        let (ours, known) = of_state(&state, room);
        assert_eq!(
            ours,
            of_api(&emu.client(), room, &known).await,
            "room {room}"
        );
    }
}
