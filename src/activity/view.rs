//! What a room looks like, derived from its facts: the views [`RoomActivity`] answers with.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::facts::{self, Ending, Media, ParticipantFacts, RecordingFacts, SessionFacts};
use super::{RoomActivity, RoomFacts};

/// A session as known from its events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// Its id.
    pub id: Uuid,
    /// When it started, when known.
    pub started_at: Option<DateTime<Utc>>,
    /// How it ended; `None` while active.
    pub ended: Option<Ending>,
}

/// A participant as known from its events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoomState {
    /// The room's id.
    pub id: Uuid,
    /// The session in progress: started (or joined) and not ended. When events were lost and
    /// several look active, the one that started last.
    pub active_session: Option<Session>,
    /// With no session in progress, the one that ended last.
    pub last_session: Option<Session>,
    /// Every session known (not forgotten), by when it started.
    pub sessions: Vec<Session>,
    /// Participants in the room now: joined, not left, in a session that has not ended.
    pub present: Vec<Participant>,
    /// Participants who left, with when and why.
    pub left: Vec<Participant>,
    /// Recordings started and not completed, in a session that has not ended.
    pub recordings_in_progress: Vec<Recording>,
    /// Completed recordings, with their files.
    pub recordings: Vec<Recording>,
    /// Completed compositions, with their files.
    pub compositions: Vec<Composition>,
}

impl RoomActivity {
    /// One room's state, if anything was heard of it.
    pub fn room(&self, room_id: Uuid) -> Option<RoomState> {
        let facts = self.rooms.get(&room_id)?;
        let sessions = known_sessions(facts);
        let ended = |of: &BTreeSet<Uuid>| {
            of.iter()
                .any(|sid| sessions.get(sid).is_some_and(|s| s.ended.is_some()))
        };
        let active_session = sessions
            .iter()
            .filter(|(_, s)| s.ended.is_none())
            .max_by_key(|(id, s)| (s.started_at, **id))
            .map(session_of);
        let last_session = match active_session {
            Some(_) => None,
            None => sessions
                .iter()
                .max_by_key(|(id, s)| (s.ended.as_ref().and_then(|e| e.at), s.started_at, **id))
                .map(session_of),
        };
        let mut all_sessions: Vec<Session> = sessions.iter().map(session_of).collect();
        all_sessions.sort_by_key(|s| (s.started_at, s.id));
        let (present, left) = participants_of(facts, &ended);
        let recordings_in_progress = facts
            .recordings
            .iter()
            .filter(|(_, r)| r.completed.is_none() && !ended(&r.sessions))
            .map(recording_of)
            .collect();
        let recordings = facts
            .recordings
            .iter()
            .filter(|(_, r)| r.completed.is_some())
            .map(recording_of)
            .collect();
        Some(RoomState {
            id: room_id,
            active_session,
            last_session,
            sessions: all_sessions,
            present,
            left,
            recordings_in_progress,
            recordings,
            compositions: compositions_of(facts),
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

    /// Every session of the room known (not forgotten); see [`RoomState::sessions`].
    pub fn sessions(&self, room_id: Uuid) -> Vec<Session> {
        self.room(room_id).map(|r| r.sessions).unwrap_or_default()
    }

    /// The room's recordings in progress; see [`RoomState::recordings_in_progress`].
    pub fn recordings_in_progress(&self, room_id: Uuid) -> Vec<Recording> {
        self.room(room_id)
            .map(|r| r.recordings_in_progress)
            .unwrap_or_default()
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
}

/// Every session of a room known to exist: from its own events, or its participants' joins.
fn known_sessions(facts: &RoomFacts) -> BTreeMap<Uuid, SessionFacts> {
    let mut sessions: BTreeMap<Uuid, SessionFacts> = facts.sessions.clone();
    for p in facts.participants.values() {
        for sid in &p.sessions {
            let s = sessions.entry(*sid).or_default();
            facts::min_opt(&mut s.started_at, &p.joined_at);
        }
    }
    sessions
}

fn session_of((id, s): (&Uuid, &SessionFacts)) -> Session {
    Session {
        id: *id,
        started_at: s.started_at,
        ended: s.ended.clone(),
    }
}

/// Who is in the room (joined, not left, in a session not ended), by when they joined, and who
/// left, by when.
fn participants_of(
    facts: &RoomFacts,
    ended: &dyn Fn(&BTreeSet<Uuid>) -> bool,
) -> (Vec<Participant>, Vec<Participant>) {
    let participant = |(id, p): (&Uuid, &ParticipantFacts)| Participant {
        id: *id,
        session_id: p.sessions.last().copied(),
        context: p.context.clone(),
        joined_at: p.joined_at,
        left: p.left.clone(),
    };
    let mut present: Vec<Participant> = facts
        .participants
        .iter()
        .filter(|(_, p)| p.joined_at.is_some() && p.left.is_none() && !ended(&p.sessions))
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
    (present, left)
}

fn recording_of((id, r): (&Uuid, &RecordingFacts)) -> Recording {
    Recording {
        id: *id,
        session_id: r.sessions.last().copied(),
        participant_id: r.participant_id,
        kind: r.kind.clone(),
        started_at: r.started_at,
        completed: r.completed.clone(),
    }
}

/// The room's finished compositions.
fn compositions_of(facts: &RoomFacts) -> Vec<Composition> {
    facts
        .compositions
        .iter()
        .filter(|(_, c)| c.completed.is_some())
        .map(|(id, c)| Composition {
            id: *id,
            session_id: c.sessions.last().copied(),
            format: c.format.clone(),
            completed: c.completed.clone(),
        })
        .collect()
}
