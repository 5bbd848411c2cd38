//! What the API says of a room, as facts: the sessions, participants, recordings and
//! compositions `reconcile` reads (the room's sessions active or ended since the horizon, and
//! those the state knows), and the account's rooms with recent sessions, for `reconcile_all`.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use futures::TryStreamExt;
use uuid::Uuid;

use super::facts::{
    CompositionFacts, Ending, Media, ParticipantFacts, RecordingFacts, SessionFacts,
};
use super::RoomFacts;
use crate::{types, Client, Error};

/// Pages in flight while a reconcile lists sessions, participants, recordings or compositions.
const PREFETCH: usize = 4;

/// What to ask the API about one room, taken from the state before any request.
pub(super) struct Question {
    pub room: Uuid,
    /// Sessions the state believes active.
    pub active: BTreeSet<Uuid>,
    /// Every session the state knows of (their recordings and compositions are read).
    pub known: BTreeSet<Uuid>,
    /// The state's horizon: sessions that ended before it are not asked about.
    pub horizon: Option<DateTime<Utc>>,
}

/// The rooms of the account with a session active now or ended since `since` (by the day: the
/// API filters dates; with no `since`, every session ever): what
/// [`RoomActivity::reconcile_all`](super::RoomActivity::reconcile_all) and a shared store's reconcile look at besides the rooms
/// they heard of, to find rooms whose every event was lost.
pub async fn rooms_active_since(
    client: &Client,
    since: Option<DateTime<Utc>>,
) -> Result<BTreeSet<Uuid>, Error> {
    let mut rooms = BTreeSet::new();
    for session in sessions_since(client, None, since).await? {
        rooms.extend(session.room_id);
    }
    Ok(rooms)
}

/// The sessions (of `room`, or of the account) active now, and those ended since `since` (all
/// of them with no `since`).
async fn sessions_since(
    client: &Client,
    room: Option<Uuid>,
    since: Option<DateTime<Utc>>,
) -> Result<Vec<types::RoomSession>, Error> {
    let list = || {
        let l = client.list_room_sessions();
        match room {
            Some(r) => l.filter_room_id(r),
            None => l,
        }
    };
    let mut sessions: Vec<types::RoomSession> = list()
        .filter_active(true)
        .stream()
        .prefetch(PREFETCH)
        .try_collect()
        .await?;
    let ended = match since {
        Some(t) => list()
            .filter_active(false)
            .filter_date_ended_at_gte(t.date_naive()),
        None => list().filter_active(false),
    };
    let ended: Vec<types::RoomSession> = ended.stream().prefetch(PREFETCH).try_collect().await?;
    sessions.extend(ended);
    Ok(sessions)
}

impl Question {
    /// The API's facts of the room, as of now. Owns what it needs: `Send + 'static`.
    pub async fn ask(self, client: Client) -> Result<RoomFacts, Error> {
        let seen = Some(Utc::now());
        let room = client.get_room().room_id(self.room).execute().await?;
        let mut truth = RoomFacts::default();
        for s in sessions_since(&client, Some(self.room), self.horizon).await? {
            truth.sessions.insert(s.id, session_facts(&s, seen));
        }
        let mut check = self.active;
        check.extend(room.active_session_id);
        let mut known = self.known;
        known.extend(check.iter().copied());
        known.extend(truth.sessions.keys().copied());
        for &session_id in check.difference(&truth.sessions.keys().copied().collect()) {
            let s = client
                .get_room_session()
                .room_session_id(session_id)
                .execute()
                .await?;
            truth.sessions.insert(session_id, session_facts(&s, seen));
        }
        for &session_id in &known {
            let participants: Vec<types::RoomParticipant> = client
                .list_participants_for_session()
                .room_session_id(session_id)
                .stream()
                .prefetch(PREFETCH)
                .try_collect()
                .await?;
            for p in participants {
                truth
                    .participants
                    .insert(p.id, participant_facts(&p, session_id, seen));
            }
        }
        let recordings: Vec<types::RoomRecording> = client
            .list_room_recordings()
            .filter_room_id(self.room)
            .stream()
            .prefetch(PREFETCH)
            .try_collect()
            .await?;
        for r in recordings {
            // Within what the state keeps: recordings of the sessions it knows.
            if r.session_id.is_some_and(|s| known.contains(&s)) {
                truth.recordings.insert(r.id, recording_facts(&r, seen));
            }
        }
        for session_id in known {
            let compositions: Vec<types::RoomComposition> = client
                .list_room_compositions()
                .filter_session_id(session_id)
                .stream()
                .prefetch(PREFETCH)
                .try_collect()
                .await?;
            for c in compositions {
                truth
                    .compositions
                    .insert(c.id, composition_facts(&c, session_id, seen));
            }
        }
        Ok(truth)
    }
}

fn ending(at: Option<DateTime<Utc>>) -> Ending {
    Ending {
        at,
        reason: None,
        duration_secs: None,
    }
}

fn session_facts(s: &types::RoomSession, seen: Option<DateTime<Utc>>) -> SessionFacts {
    let ended = s.active == Some(false) || s.ended_at.is_some();
    SessionFacts {
        seen,
        started_at: s.created_at,
        ended: ended.then(|| ending(s.ended_at.or(s.updated_at))),
    }
}

fn participant_facts(
    p: &types::RoomParticipant,
    session: Uuid,
    seen: Option<DateTime<Utc>>,
) -> ParticipantFacts {
    ParticipantFacts {
        seen,
        sessions: [p.session_id.unwrap_or(session)].into(),
        context: p.context.clone(),
        joined_at: p.joined_at,
        left: p.left_at.map(|at| ending(Some(at))),
    }
}

fn completed(status: Option<&str>, completed_at: Option<DateTime<Utc>>) -> bool {
    status == Some("completed") || completed_at.is_some()
}

fn recording_facts(r: &types::RoomRecording, seen: Option<DateTime<Utc>>) -> RecordingFacts {
    RecordingFacts {
        seen,
        sessions: r.session_id.into_iter().collect(),
        participant_id: r.participant_id,
        kind: r.type_.clone(),
        started_at: r.started_at,
        completed: completed(r.status.as_deref(), r.completed_at).then(|| Media {
            completed_at: r.completed_at,
            duration_secs: r.duration_secs,
            size_mb: r.size_mb,
            download_url: r.download_url.clone(),
        }),
    }
}

fn composition_facts(
    c: &types::RoomComposition,
    session: Uuid,
    seen: Option<DateTime<Utc>>,
) -> CompositionFacts {
    CompositionFacts {
        seen,
        sessions: [c.session_id.unwrap_or(session)].into(),
        format: c.format.clone(),
        completed: completed(c.status.as_deref(), c.completed_at).then(|| Media {
            completed_at: c.completed_at,
            duration_secs: c.duration_secs,
            size_mb: c.size_mb,
            download_url: c.download_url.clone(),
        }),
    }
}
