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

mod facts;
mod reconcile;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::webhooks::{RoomEvent, WebhookEvent};
use facts::{CompositionFacts, ParticipantFacts, RecordingFacts, SessionFacts};
pub use facts::{Ending, Media};

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

/// A session as known from its events.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Session {
    /// Its id.
    pub id: Uuid,
    /// When it started, when known.
    pub started_at: Option<DateTime<Utc>>,
    /// How it ended; `None` while active.
    pub ended: Option<Ending>,
}

/// A participant as known from its events.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Participant {
    /// Its id.
    pub id: Uuid,
    /// The session it joined.
    pub session_id: Option<Uuid>,
    /// The context string it joined with.
    pub context: Option<String>,
    /// When it joined, when known.
    pub joined_at: Option<DateTime<Utc>>,
    /// How it left; `None` while present.
    pub left: Option<Ending>,
}

/// A recording as known from its events.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recording {
    /// Its id.
    pub id: Uuid,
    /// The session recorded.
    pub session_id: Option<Uuid>,
    /// The participant recorded.
    pub participant_id: Option<Uuid>,
    /// `audio` or `video`.
    pub kind: Option<String>,
    /// When it started, when known.
    pub started_at: Option<DateTime<Utc>>,
    /// The file, once completed.
    pub completed: Option<Media>,
}

/// A completed composition.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Composition {
    /// Its id.
    pub id: Uuid,
    /// The session composed.
    pub session_id: Option<Uuid>,
    /// The file's format (`mp4`).
    pub format: Option<String>,
    /// The file.
    pub completed: Option<Media>,
}

/// One room's state, derived from its facts: what a dashboard shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoomState {
    /// The room's id.
    pub id: Uuid,
    /// The session in progress: started (or joined) and not ended. When events were lost and
    /// several look active, the one that started last.
    pub active_session: Option<Session>,
    /// With no session in progress, the one that ended last.
    pub last_session: Option<Session>,
    /// Participants in the room now: joined, not left, in a session that has not ended.
    pub present: Vec<Participant>,
    /// Participants who left, with when and why.
    pub left: Vec<Participant>,
    /// Recordings started and not completed.
    pub recording: Vec<Recording>,
    /// Completed recordings, with their files.
    pub recordings: Vec<Recording>,
    /// Completed compositions, with their files.
    pub compositions: Vec<Composition>,
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
        let Some((room, delta)) = facts_of(event) else {
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

    /// One room's state, if anything was heard of it.
    pub fn room(&self, room_id: Uuid) -> Option<RoomState> {
        let facts = self.rooms.get(&room_id)?;
        let session = |(id, s): (&Uuid, &SessionFacts)| Session {
            id: *id,
            started_at: s.started_at,
            ended: s.ended.clone(),
        };
        // A session is known to exist from its own events or its participants' joins.
        let mut sessions: BTreeMap<Uuid, SessionFacts> = facts.sessions.clone();
        for p in facts.participants.values() {
            if let Some(sid) = p.session_id {
                let s = sessions.entry(sid).or_default();
                facts::min_opt(&mut s.started_at, &p.joined_at);
            }
        }
        let ended = |sid: &Option<Uuid>| {
            sid.and_then(|sid| sessions.get(&sid))
                .is_some_and(|s| s.ended.is_some())
        };
        let active_session = sessions
            .iter()
            .filter(|(_, s)| s.ended.is_none())
            .max_by_key(|(id, s)| (s.started_at, **id))
            .map(session);
        let last_session = match active_session {
            Some(_) => None,
            None => sessions
                .iter()
                .max_by_key(|(id, s)| (s.ended.as_ref().and_then(|e| e.at), s.started_at, **id))
                .map(session),
        };
        let participant = |(id, p): (&Uuid, &ParticipantFacts)| Participant {
            id: *id,
            session_id: p.session_id,
            context: p.context.clone(),
            joined_at: p.joined_at,
            left: p.left.clone(),
        };
        let mut present: Vec<Participant> = facts
            .participants
            .iter()
            .filter(|(_, p)| p.joined_at.is_some() && p.left.is_none() && !ended(&p.session_id))
            .map(participant)
            .collect();
        present.sort_by_key(|p| (p.joined_at, p.id));
        let mut left: Vec<Participant> = facts
            .participants
            .iter()
            .filter(|(_, p)| p.left.is_some())
            .map(participant)
            .collect();
        left.sort_by_key(|p| (p.left.as_ref().and_then(|l| l.at), p.id));
        let recording_of = |(id, r): (&Uuid, &RecordingFacts)| Recording {
            id: *id,
            session_id: r.session_id,
            participant_id: r.participant_id,
            kind: r.kind.clone(),
            started_at: r.started_at,
            completed: r.completed.clone(),
        };
        let recording = facts
            .recordings
            .iter()
            .filter(|(_, r)| r.completed.is_none() && !ended(&r.session_id))
            .map(recording_of)
            .collect();
        let recordings = facts
            .recordings
            .iter()
            .filter(|(_, r)| r.completed.is_some())
            .map(recording_of)
            .collect();
        let compositions = facts
            .compositions
            .iter()
            .filter(|(_, c)| c.completed.is_some())
            .map(|(id, c)| Composition {
                id: *id,
                session_id: c.session_id,
                format: c.format.clone(),
                completed: c.completed.clone(),
            })
            .collect();
        Some(RoomState {
            id: room_id,
            active_session,
            last_session,
            present,
            left,
            recording,
            recordings,
            compositions,
        })
    }

    /// The room's session in progress; see [`RoomState::active_session`].
    pub fn active_session(&self, room_id: Uuid) -> Option<Session> {
        self.room(room_id)?.active_session
    }

    /// The participants in the room now; see [`RoomState::present`].
    pub fn present(&self, room_id: Uuid) -> Vec<Participant> {
        self.room(room_id).map(|r| r.present).unwrap_or_default()
    }

    /// The participants who left the room; see [`RoomState::left`].
    pub fn left(&self, room_id: Uuid) -> Vec<Participant> {
        self.room(room_id).map(|r| r.left).unwrap_or_default()
    }

    /// The room's recordings in progress; see [`RoomState::recording`].
    pub fn recording(&self, room_id: Uuid) -> Vec<Recording> {
        self.room(room_id).map(|r| r.recording).unwrap_or_default()
    }

    /// The room's completed recordings; see [`RoomState::recordings`].
    pub fn recordings(&self, room_id: Uuid) -> Vec<Recording> {
        self.room(room_id).map(|r| r.recordings).unwrap_or_default()
    }

    /// The room's completed compositions; see [`RoomState::compositions`].
    pub fn compositions(&self, room_id: Uuid) -> Vec<Composition> {
        self.room(room_id)
            .map(|r| r.compositions)
            .unwrap_or_default()
    }

    /// The facts of one room, to join into (used by reconcile).
    fn room_facts(&mut self, room_id: Uuid) -> &mut RoomFacts {
        self.rooms.entry(room_id).or_default()
    }
}

/// The facts one event states, and its room.
fn facts_of(event: &WebhookEvent) -> Option<(Uuid, RoomFacts)> {
    let at = event.occurred_at;
    let mut f = RoomFacts::default();
    let room = match &event.kind {
        RoomEvent::SessionStarted(p) => {
            f.sessions.insert(
                p.session_id?,
                SessionFacts {
                    started_at: at,
                    ended: None,
                },
            );
            p.room_id?
        }
        RoomEvent::SessionEnded(p) => {
            f.sessions.insert(
                p.session_id?,
                SessionFacts {
                    started_at: None,
                    ended: Some(Ending {
                        at,
                        reason: p.ended_reason.clone(),
                        duration_secs: p.duration_secs,
                    }),
                },
            );
            p.room_id?
        }
        RoomEvent::ParticipantJoined(p) => {
            f.participants.insert(
                p.participant_id?,
                ParticipantFacts {
                    session_id: p.session_id,
                    context: p.context.clone(),
                    joined_at: at,
                    left: None,
                },
            );
            p.room_id?
        }
        RoomEvent::ParticipantLeft(p) => {
            f.participants.insert(
                p.participant_id?,
                ParticipantFacts {
                    session_id: p.session_id,
                    context: p.context.clone(),
                    joined_at: None,
                    left: Some(Ending {
                        at,
                        reason: p.left_reason.clone(),
                        duration_secs: p.duration_secs,
                    }),
                },
            );
            p.room_id?
        }
        RoomEvent::RecordingStarted(p) => {
            f.recordings.insert(
                p.recording_id?,
                RecordingFacts {
                    session_id: p.session_id,
                    participant_id: p.participant_id,
                    kind: p.type_.clone(),
                    started_at: at,
                    completed: None,
                },
            );
            p.room_id?
        }
        RoomEvent::RecordingCompleted(p) => {
            f.recordings.insert(
                p.recording_id?,
                RecordingFacts {
                    session_id: p.session_id,
                    participant_id: p.participant_id,
                    kind: p.type_.clone(),
                    started_at: None,
                    completed: Some(Media {
                        completed_at: at,
                        duration_secs: p.duration_secs,
                        size_mb: p.size_mb,
                        download_url: p.download_url.clone(),
                    }),
                },
            );
            p.room_id?
        }
        RoomEvent::CompositionCompleted(p) => {
            f.compositions.insert(
                p.composition_id?,
                CompositionFacts {
                    session_id: p.session_id,
                    format: p.format.clone(),
                    completed: Some(Media {
                        completed_at: at,
                        duration_secs: p.duration_secs,
                        size_mb: p.size_mb,
                        download_url: p.download_url.clone(),
                    }),
                },
            );
            p.room_id?
        }
        _ => return None,
    };
    Some((room, f))
}
