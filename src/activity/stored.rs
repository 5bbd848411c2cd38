//! A room kept fact by fact, for stores shared by a fleet (`telnyx-rooms-store`): each session,
//! participant, recording, composition and tombstone of a room is one fact under its own
//! [`FactKey`], serialised on its own, so that a store reads and writes only the facts an event
//! is about, whatever the room's size, and concurrent writers contend only on the same fact.
//!
//! The laws are [`RoomActivity`]'s: a store loads the facts [`RoomActivity::keys_of`] names into
//! a state with [`RoomActivity::with_facts`], applies the event there, and writes back what
//! [`RoomActivity::facts_of_room`] says changed. `apply` on that part of the room gives the
//! same answer and the same facts as on the whole room, except when it forgets a session
//! (a late `session.ended` from before the horizon), which walks the whole room: a store sees
//! a session's fact disappear, and does it again on the whole room.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::facts::{CompositionFacts, ParticipantFacts, RecordingFacts, SessionFacts};
use super::{forget, RoomActivity, RoomFacts};
use crate::webhooks::WebhookEvent;

/// What one fact of a room is about: a store's key for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FactKey {
    /// A session.
    Session(Uuid),
    /// A participant.
    Participant(Uuid),
    /// A recording.
    Recording(Uuid),
    /// A composition.
    Composition(Uuid),
    /// A tombstone: a session (or something of one) that pruning forgot.
    Forgotten(Uuid),
}

impl FactKey {
    /// A session's fact: the one whose disappearance means a session was forgotten.
    pub fn is_session(&self) -> bool {
        matches!(self, FactKey::Session(_))
    }
}

impl fmt::Display for FactKey {
    /// `s:<id>`, `p:<id>`, `r:<id>`, `c:<id>`, `f:<id>`: short, for hash fields and rows.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (tag, id) = match self {
            FactKey::Session(id) => ("s", id),
            FactKey::Participant(id) => ("p", id),
            FactKey::Recording(id) => ("r", id),
            FactKey::Composition(id) => ("c", id),
            FactKey::Forgotten(id) => ("f", id),
        };
        write!(f, "{tag}:{id}")
    }
}

impl FromStr for FactKey {
    type Err = String;

    fn from_str(s: &str) -> Result<FactKey, String> {
        let bad = || format!("`{s}` is not a fact key (s:, p:, r:, c: or f: and a UUID)");
        let (tag, id) = s.split_once(':').ok_or_else(bad)?;
        let id: Uuid = id.parse().map_err(|_| bad())?;
        Ok(match tag {
            "s" => FactKey::Session(id),
            "p" => FactKey::Participant(id),
            "r" => FactKey::Recording(id),
            "c" => FactKey::Composition(id),
            "f" => FactKey::Forgotten(id),
            _ => return Err(bad()),
        })
    }
}

/// A stored fact that does not decode (written by another version of this crate?).
#[derive(Debug, thiserror::Error)]
#[error("the stored fact {key} does not decode: {source}")]
pub struct FactError {
    /// Which fact.
    pub key: FactKey,
    /// Why.
    #[source]
    pub source: serde_json::Error,
}

fn encode<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("a fact serialises")
}

impl RoomFacts {
    fn keyed(&self) -> BTreeMap<FactKey, String> {
        let mut out = BTreeMap::new();
        for (id, f) in &self.sessions {
            out.insert(FactKey::Session(*id), encode(f));
        }
        for (id, f) in &self.participants {
            out.insert(FactKey::Participant(*id), encode(f));
        }
        for (id, f) in &self.recordings {
            out.insert(FactKey::Recording(*id), encode(f));
        }
        for (id, f) in &self.compositions {
            out.insert(FactKey::Composition(*id), encode(f));
        }
        for (id, f) in &self.forgotten {
            out.insert(FactKey::Forgotten(*id), encode(f));
        }
        out
    }

    fn insert(&mut self, key: FactKey, text: &str) -> Result<(), FactError> {
        let e = |source| FactError { key, source };
        match key {
            FactKey::Session(id) => {
                let f: SessionFacts = serde_json::from_str(text).map_err(e)?;
                self.sessions.insert(id, f);
            }
            FactKey::Participant(id) => {
                let f: ParticipantFacts = serde_json::from_str(text).map_err(e)?;
                self.participants.insert(id, f);
            }
            FactKey::Recording(id) => {
                let f: RecordingFacts = serde_json::from_str(text).map_err(e)?;
                self.recordings.insert(id, f);
            }
            FactKey::Composition(id) => {
                let f: CompositionFacts = serde_json::from_str(text).map_err(e)?;
                self.compositions.insert(id, f);
            }
            FactKey::Forgotten(id) => {
                let f: Option<DateTime<Utc>> = serde_json::from_str(text).map_err(e)?;
                self.forgotten.insert(id, f);
            }
        }
        Ok(())
    }

    /// When pruning may next change this room: the earliest end of a session, or the earliest
    /// time anything was last heard of, plus the tombstones' retention.
    fn prune_due(&self) -> Option<DateTime<Utc>> {
        let retention = chrono::Duration::from_std(forget::TOMBSTONE_RETENTION).expect("7 days");
        let ends = self.sessions.values().filter_map(SessionFacts::ended_at);
        let seen = self
            .sessions
            .values()
            .map(|s| s.seen)
            .chain(self.participants.values().map(|p| p.seen))
            .chain(self.recordings.values().map(|r| r.seen))
            .chain(self.compositions.values().map(|c| c.seen))
            .chain(self.forgotten.values().copied())
            .flatten()
            .map(|t| t + retention);
        ends.chain(seen).min()
    }
}

impl RoomActivity {
    /// The room an event is about and the facts its [`apply`](Self::apply) reads and may
    /// write: the facts it states, and the tombstones of them and of their sessions. `None`
    /// for an event of a type this version does not fold.
    pub fn keys_of(event: &WebhookEvent) -> Option<(Uuid, BTreeSet<FactKey>)> {
        let (room, delta) = super::events::facts_of(event)?;
        let mut keys = BTreeSet::new();
        let mut about = |id: Uuid, sessions: &BTreeSet<Uuid>| {
            keys.insert(FactKey::Forgotten(id));
            keys.extend(sessions.iter().map(|s| FactKey::Forgotten(*s)));
        };
        for id in delta.sessions.keys() {
            about(*id, &BTreeSet::new());
        }
        for (id, p) in &delta.participants {
            about(*id, &p.sessions);
        }
        for (id, r) in &delta.recordings {
            about(*id, &r.sessions);
        }
        for (id, c) in &delta.compositions {
            about(*id, &c.sessions);
        }
        keys.extend(delta.keyed().into_keys());
        Some((room, keys))
    }

    /// Every fact of `room` this state holds, serialised, by key: what a store keeps. Two
    /// states' facts compared key by key say what an operation wrote (changed or new values)
    /// and forgot (keys gone).
    pub fn facts_of_room(&self, room: Uuid) -> BTreeMap<FactKey, String> {
        self.rooms
            .get(&room)
            .map(RoomFacts::keyed)
            .unwrap_or_default()
    }

    /// A state of one room holding `facts` (all of the room, or the part
    /// [`keys_of`](Self::keys_of) named) at `horizon`, as a store read them; not pruned to the
    /// horizon here (a store keeps its facts pruned).
    pub fn with_facts<'f>(
        room: Uuid,
        horizon: Option<DateTime<Utc>>,
        facts: impl IntoIterator<Item = (FactKey, &'f str)>,
    ) -> Result<RoomActivity, FactError> {
        let mut room_facts = RoomFacts::default();
        for (key, text) in facts {
            room_facts.insert(key, text)?;
        }
        let mut state = RoomActivity {
            horizon,
            ..RoomActivity::default()
        };
        if !room_facts.is_empty() {
            state.rooms.insert(room, room_facts);
        }
        Ok(state)
    }

    /// When [`prune`](Self::prune) may next change `room`: a horizon past this time may forget
    /// something of it (a session ended then, or something was last heard of a retention
    /// before); one not past it changes nothing. `None`: nothing to forget, ever, until more
    /// is known.
    pub fn prune_due(&self, room: Uuid) -> Option<DateTime<Utc>> {
        self.rooms.get(&room).and_then(RoomFacts::prune_due)
    }
}
