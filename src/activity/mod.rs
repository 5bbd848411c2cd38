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
//! versioned format (`"format": "telnyx-rooms/activity/2"`), to store or ship between
//! machines. [`prune`](RoomActivity::prune) forgets sessions that ended before a horizon, inside
//! the lattice: apply, merge and prune give the same state in any interleaving, on any number
//! of replicas. [`reconcile`](RoomActivity::reconcile) and
//! [`reconcile_all`](RoomActivity::reconcile_all) make rooms equal to the API after a receiver
//! was down or an event's retries all failed, and report what was missing.
//!
//! ```
//! use telnyx_rooms::activity::{Applied, RoomActivity};
//! use telnyx_rooms::webhooks::WebhookEvent;
//!
//! let room = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";
//! let event = |kind: &str, at: &str, payload: &str| {
//!     let body = format!(r#"{{"data": {{"event_type": "video.room.{kind}", "occurred_at": "{at}",
//!         "payload": {payload}}}}}"#);
//!     WebhookEvent::parse(body.as_bytes()).unwrap()
//! };
//! let alice = r#""participant_id": "5ccc7b54-4df3-4bca-a65a-35a1ecc777f0",
//!     "session_id": "7b61621f-62e0-4aad-ab11-9fd19e272e73""#;
//! let joined = event("participant.joined", "2026-11-28T10:00:00Z",
//!     &format!(r#"{{"room_id": "{room}", {alice}, "context": "Alice"}}"#));
//! let left = event("participant.left", "2026-11-28T10:05:00Z",
//!     &format!(r#"{{"room_id": "{room}", {alice}, "left_reason": "leave"}}"#));
//!
//! let mut activity = RoomActivity::new();
//! assert!(activity.apply(&left).changed()); // out of order: Alice is known to have left...
//! assert!(activity.apply(&joined).changed()); // ...so her late `joined` does not bring her back
//! assert_eq!(activity.apply(&joined), Applied::AlreadyKnown, "a duplicate changes nothing");
//! let room = room.parse().unwrap();
//! assert!(activity.present(room).is_empty());
//! assert_eq!(activity.left(room)[0].context.as_deref(), Some("Alice"));
//! ```

mod events;
mod facts;
mod forget;
mod reconcile;
mod stored;
mod truth;
mod view;

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::webhooks::WebhookEvent;
use facts::{CompositionFacts, ParticipantFacts, RecordingFacts, SessionFacts};
pub use facts::{Ending, Media};
pub use forget::TOMBSTONE_RETENTION;
pub use reconcile::{rooms_active_since, ReconcileReport};
pub use stored::{FactError, FactKey};
pub use view::{Composition, Participant, Recording, RoomState, Session};

/// The state of every room heard of; see the [module docs](self).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RoomActivity {
    format: Format,
    /// What [`prune`](Self::prune) forgets before: sessions that ended earlier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    horizon: Option<DateTime<Utc>>,
    rooms: BTreeMap<Uuid, RoomFacts>,
}

/// The serialised format's version: a state written by another version is refused when read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
enum Format {
    #[default]
    #[serde(rename = "telnyx-rooms/activity/2")]
    V2,
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
    /// Tombstones: the ids [`prune`](RoomActivity::prune) forgot (sessions, and what belonged
    /// to them), each with the latest time it was heard of; see `forget.rs`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    forgotten: BTreeMap<Uuid, Option<DateTime<Utc>>>,
}

/// Joins `b` into `a`, entry by entry; says whether anything changed.
fn join_maps<T: Default>(
    a: &mut BTreeMap<Uuid, T>,
    b: &BTreeMap<Uuid, T>,
    join: impl Fn(&mut T, &T) -> bool,
) -> bool {
    let mut changed = false;
    for (id, facts) in b {
        changed |= join(a.entry(*id).or_default(), facts);
    }
    changed
}

impl RoomFacts {
    fn join(&mut self, o: &RoomFacts) -> bool {
        join_maps(&mut self.sessions, &o.sessions, SessionFacts::join)
            | join_maps(
                &mut self.participants,
                &o.participants,
                ParticipantFacts::join,
            )
            | join_maps(&mut self.recordings, &o.recordings, RecordingFacts::join)
            | join_maps(
                &mut self.compositions,
                &o.compositions,
                CompositionFacts::join,
            )
            | join_maps(&mut self.forgotten, &o.forgotten, |a, b| {
                facts::max_opt(a, b)
            })
    }

    fn is_empty(&self) -> bool {
        self.sessions.is_empty()
            && self.participants.is_empty()
            && self.recordings.is_empty()
            && self.compositions.is_empty()
            && self.forgotten.is_empty()
    }
}

/// What [`RoomActivity::apply`] did with an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use = "it says whether the state changed"]
pub enum Applied {
    /// The event brought something new: the room's state changed.
    Changed,
    /// Everything the event says was known already (a duplicate, or a late copy).
    AlreadyKnown,
    /// The event was not folded in, for this reason.
    Ignored(Ignored),
}

impl Applied {
    /// Whether the state changed.
    pub fn changed(self) -> bool {
        self == Applied::Changed
    }
}

/// Why [`RoomActivity::apply`] ignored an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Ignored {
    /// An event type this version does not fold (it is kept whole in [`RoomEvent::Unknown`](crate::webhooks::RoomEvent::Unknown)).
    UnknownType,
    /// It happened more than [`TOMBSTONE_RETENTION`] before the horizon: what it is about may
    /// have been forgotten entirely.
    BeforeHorizon,
    /// It is about a session [`prune`](RoomActivity::prune) forgot, or something of one.
    Forgotten,
}

impl fmt::Display for Applied {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Applied::Changed => "changed",
            Applied::AlreadyKnown => "already known",
            Applied::Ignored(Ignored::UnknownType) => "ignored: an event type not folded",
            Applied::Ignored(Ignored::BeforeHorizon) => "ignored: from before the horizon",
            Applied::Ignored(Ignored::Forgotten) => "ignored: about a forgotten session",
        })
    }
}

impl RoomActivity {
    /// An empty state.
    pub fn new() -> RoomActivity {
        RoomActivity::default()
    }

    /// Folds one event in and says what happened: [`Applied::Changed`], already known (a
    /// duplicate, or facts known already), or ignored and why. Costs what the event brings:
    /// a look-up per fact it states, whatever the room's history (forgetting a session, when a
    /// late `session.ended` says it ended before the horizon, walks that room once).
    pub fn apply(&mut self, event: &WebhookEvent) -> Applied {
        let Some((room, delta)) = events::facts_of(event) else {
            return Applied::Ignored(Ignored::UnknownType);
        };
        if let (Some(cut), Some(at)) = (forget::expiry_cut(self.horizon), event.occurred_at) {
            if at < cut {
                return Applied::Ignored(Ignored::BeforeHorizon);
            }
        }
        let entry = self.rooms.entry(room).or_default();
        let forgotten = entry.is_about_forgotten(&delta);
        let changed = entry.join(&delta) | entry.forget_touched(self.horizon, &delta);
        match (forgotten, changed) {
            (true, _) => Applied::Ignored(Ignored::Forgotten),
            (false, true) => Applied::Changed,
            (false, false) => Applied::AlreadyKnown,
        }
    }

    /// Joins another state into this one: the result is the state of both sets of events and
    /// both horizons, whichever was folded or pruned where. Commutative, associative and
    /// idempotent, with [`apply`](Self::apply) and [`prune`](Self::prune) in any interleaving
    /// (see [`prune`](Self::prune) for the one bound).
    pub fn merge(&mut self, other: &RoomActivity) {
        join_maps(&mut self.rooms, &other.rooms, RoomFacts::join);
        facts::max_opt(&mut self.horizon, &other.horizon);
        self.forget_all();
    }

    /// Forgets sessions that ended before `older_than`, with their participants, recordings
    /// and compositions, keeping a tombstone of each id so that nothing about them comes back
    /// (a late event, or a merge with a receiver that had not pruned yet). The horizon only
    /// moves forward, and the same rule is applied by [`apply`](Self::apply) and
    /// [`merge`](Self::merge): a session known to have ended before the horizon is forgotten
    /// whenever that becomes known, so every interleaving of apply, merge and prune on any
    /// number of replicas gives the same state.
    ///
    /// What it costs and gives up:
    /// - A forgotten session keeps one tombstone per id (the session, and each participant,
    ///   recording and composition of it): 16 bytes of id and 12 of time, about 64 bytes with
    ///   the map's share. A tombstone is dropped once the latest time its thing was heard of is
    ///   more than [`TOMBSTONE_RETENTION`] (7 days) before the horizon, so what a receiver
    ///   holds is bounded by the sessions that ended within a week before its horizon.
    /// - Events that happened more than [`TOMBSTONE_RETENTION`] before the horizon are ignored,
    ///   and anything last heard of before then is dropped: Telnyx's retries end long before
    ///   that, but a receiver that merges a state older than a week may see things it had
    ///   forgotten come back, or lose facts the old state alone held.
    /// - A composition or recording that completes after its session was forgotten is
    ///   forgotten with it.
    /// - A session whose end was never heard of (every delivery of `session.ended` failed)
    ///   stays until [`reconcile`](Self::reconcile) learns that it ended.
    pub fn prune(&mut self, older_than: DateTime<Utc>) {
        facts::max_opt(&mut self.horizon, &Some(older_than));
        self.forget_all();
    }

    fn forget_all(&mut self) {
        let horizon = self.horizon;
        for room in self.rooms.values_mut() {
            room.forget_all(horizon);
        }
        self.rooms.retain(|_, r| !r.is_empty());
    }

    /// The horizon [`prune`](Self::prune) set (the greatest given here or merged in).
    pub fn horizon(&self) -> Option<DateTime<Utc>> {
        self.horizon
    }

    /// The ids of every room heard of.
    pub fn rooms(&self) -> impl Iterator<Item = Uuid> + '_ {
        self.rooms.keys().copied()
    }

    /// How many tombstones the state keeps (see [`prune`](Self::prune)).
    pub fn tombstones(&self) -> usize {
        self.rooms.values().map(|r| r.forgotten.len()).sum()
    }
}
