//! Room activity from webhooks: who is in each room now, whether it is recording, where the
//! files are, right under the way webhooks arrive.
//!
//! Telnyx retries webhooks and does not order them, so a receiver sees duplicates, events out
//! of order and, after the last retry fails, nothing. [`RoomActivity`] folds
//! [`WebhookEvent`]s into the state of every room it has heard of, and that state is the same
//! whatever the order and however many copies arrive: each fact is a join-semilattice (a
//! state-based CRDT). A `participant.left` that arrives before its `joined` leaves the
//! participant absent (never present, never counted below zero); a session that ended stays
//! ended when its `started` comes late; applying an event twice changes nothing. No event ids
//! are kept: memory follows the rooms, sessions, participants and files, not the events.
//!
//! Receivers on several machines each fold what they got and [`merge`](RoomActivity::merge):
//! the result is the state of both sets of events. The state serialises (serde) in a
//! versioned format (`"format": "telnyx-rooms/activity/1"`), to store or ship between
//! machines. [`prune`](RoomActivity::prune) forgets sessions that ended before a time, and
//! [`reconcile`](RoomActivity::reconcile) corrects a room from the API after a receiver was
//! down or an event's retries all failed.
//!
//! ```
//! use telnyx_rooms::activity::RoomActivity;
//! use telnyx_rooms::webhooks::WebhookEvent;
//!
//! let room = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";
//! let event = |kind: &str, at: &str, payload: &str| {
//!     let body = format!(r#"{{"data": {{"event_type": "video.room.{kind}", "occurred_at": "{at}",
//!         "payload": {payload}}}}}"#);
//!     WebhookEvent::parse(body.as_bytes()).unwrap()
//! };
//! let alice = r#""participant_id": "5ccc7b54-4df3-4bca-a65a-35a1ecc777f0""#;
//! let joined = event("participant.joined", "2026-11-28T10:00:00Z",
//!     &format!(r#"{{"room_id": "{room}", {alice}, "context": "Alice"}}"#));
//! let left = event("participant.left", "2026-11-28T10:05:00Z",
//!     &format!(r#"{{"room_id": "{room}", {alice}, "left_reason": "leave"}}"#));
//!
//! let mut activity = RoomActivity::new();
//! activity.apply(&left); // out of order: Alice is known to have left...
//! activity.apply(&joined); // ...so her late `joined` does not bring her back
//! assert!(!activity.apply(&joined), "a duplicate changes nothing");
//! let room = room.parse().unwrap();
//! assert!(activity.present(room).is_empty());
//! assert_eq!(activity.left(room)[0].context.as_deref(), Some("Alice"));
//! ```

mod events;
mod facts;
mod reconcile;
mod view;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::webhooks::WebhookEvent;
use facts::{CompositionFacts, ParticipantFacts, RecordingFacts, SessionFacts};
pub use facts::{Ending, Media};
pub use view::{Composition, Participant, Recording, RoomState, Session};

/// The state of every room heard of; see the [module docs](self).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RoomActivity {
    format: Format,
    /// Events that happened before this are ignored: what [`prune`](Self::prune) forgot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    horizon: Option<DateTime<Utc>>,
    rooms: BTreeMap<Uuid, RoomFacts>,
}

/// The serialised format's version: a state written by another version is refused when read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
enum Format {
    #[default]
    #[serde(rename = "telnyx-rooms/activity/1")]
    V1,
}

/// Everything known of one room, keyed by id.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct RoomFacts {
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    sessions: BTreeMap<Uuid, SessionFacts>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    participants: BTreeMap<Uuid, ParticipantFacts>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    recordings: BTreeMap<Uuid, RecordingFacts>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    compositions: BTreeMap<Uuid, CompositionFacts>,
}

fn join_maps<T: Clone + Default>(
    a: &mut BTreeMap<Uuid, T>,
    b: &BTreeMap<Uuid, T>,
    join: impl Fn(&mut T, &T),
) {
    for (id, facts) in b {
        join(a.entry(*id).or_default(), facts);
    }
}

impl RoomFacts {
    fn join(&mut self, o: &RoomFacts) {
        join_maps(&mut self.sessions, &o.sessions, SessionFacts::join);
        join_maps(
            &mut self.participants,
            &o.participants,
            ParticipantFacts::join,
        );
        join_maps(&mut self.recordings, &o.recordings, RecordingFacts::join);
        join_maps(
            &mut self.compositions,
            &o.compositions,
            CompositionFacts::join,
        );
    }

    /// Forgets sessions that ended before `horizon`, with their participants and files.
    fn forget_before(&mut self, horizon: DateTime<Utc>) {
        let gone: Vec<Uuid> = self
            .sessions
            .iter()
            .filter(|(_, s)| {
                s.ended
                    .as_ref()
                    .and_then(|e| e.at)
                    .is_some_and(|at| at < horizon)
            })
            .map(|(id, _)| *id)
            .collect();
        let of_gone = |s: &Option<Uuid>| s.is_some_and(|s| gone.contains(&s));
        self.participants.retain(|_, p| !of_gone(&p.session_id));
        self.recordings.retain(|_, r| !of_gone(&r.session_id));
        self.compositions.retain(|_, c| !of_gone(&c.session_id));
        for id in &gone {
            self.sessions.remove(id);
        }
    }

    fn is_empty(&self) -> bool {
        self.sessions.is_empty()
            && self.participants.is_empty()
            && self.recordings.is_empty()
            && self.compositions.is_empty()
    }
}

impl RoomActivity {
    /// An empty state.
    pub fn new() -> RoomActivity {
        RoomActivity::default()
    }

    /// Folds one event in; returns whether the state changed (a duplicate, or a fact already
    /// known, changes nothing). Events without a room id, of types this version does not know,
    /// or older than what [`prune`](Self::prune) forgot are ignored.
    pub fn apply(&mut self, event: &WebhookEvent) -> bool {
        let Some((room, delta)) = events::facts_of(event) else {
            return false;
        };
        if let (Some(h), Some(at)) = (self.horizon, event.occurred_at) {
            if at < h {
                return false;
            }
        }
        let entry = self.rooms.entry(room).or_default();
        let before = entry.clone();
        entry.join(&delta);
        *entry != before
    }

    /// Joins another state into this one: the result is the state of both sets of events,
    /// whichever was folded where. Commutative, associative and idempotent.
    pub fn merge(&mut self, other: &RoomActivity) {
        join_maps(&mut self.rooms, &other.rooms, RoomFacts::join);
        facts::max_opt(&mut self.horizon, &other.horizon);
        if let Some(h) = self.horizon {
            self.forget_before(h);
        }
    }

    /// Forgets sessions that ended before `older_than` (with their participants, recordings
    /// and compositions) and rooms left with nothing; later events about them are ignored.
    pub fn prune(&mut self, older_than: DateTime<Utc>) {
        facts::max_opt(&mut self.horizon, &Some(older_than));
        self.forget_before(older_than);
    }

    fn forget_before(&mut self, horizon: DateTime<Utc>) {
        for room in self.rooms.values_mut() {
            room.forget_before(horizon);
        }
        self.rooms.retain(|_, r| !r.is_empty());
    }

    /// The ids of every room heard of.
    pub fn rooms(&self) -> impl Iterator<Item = Uuid> + '_ {
        self.rooms.keys().copied()
    }

    /// The facts of one room, to join into (used by reconcile).
    fn room_facts(&mut self, room_id: Uuid) -> &mut RoomFacts {
        self.rooms.entry(room_id).or_default()
    }
}
