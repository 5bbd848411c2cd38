//! Making rooms equal to the API: for a receiver that was down, or events whose retries all
//! failed. What the API says is joined in like any other facts, field by field: it never
//! erases a detail only events carry (why a session ended, how long a stay lasted), events
//! arriving later still fold in, and the report says how much the state had missed.

use std::collections::BTreeSet;
use std::fmt;
use std::ops::AddAssign;

use chrono::{DateTime, Utc};
use futures::{StreamExt, TryStreamExt};
use uuid::Uuid;

use super::facts::{
    CompositionFacts, Ending, Media, ParticipantFacts, RecordingFacts, SessionFacts,
};
use super::{RoomActivity, RoomFacts};
use crate::{types, Client, Error};

/// Pages in flight while a reconcile lists participants, recordings or compositions.
const PREFETCH: usize = 4;

/// What reconciling found the state had missed, counted by kind. `Display` says it in words
/// ("2 participants had left, 1 recording was missing"), for a receiver's log.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct ReconcileReport {
    /// Rooms read from the API.
    pub rooms: usize,
    /// Sessions the state believed active that had ended.
    pub sessions_ended: usize,
    /// Sessions the state did not know of (the room's active one).
    pub sessions_missing: usize,
    /// Participants the state believed present who had left.
    pub participants_left: usize,
    /// Participants the state did not know of.
    pub participants_missing: usize,
    /// Recordings the state did not know of, or did not know had completed.
    pub recordings_missing: usize,
    /// Compositions the state did not know of, or did not know had completed.
    pub compositions_missing: usize,
    /// Rooms [`reconcile_all`](RoomActivity::reconcile_all) could not read, with the error;
    /// the others were reconciled.
    pub failed: Vec<(Uuid, Error)>,
}

impl ReconcileReport {
    /// Whether the state had missed nothing (and every room could be read).
    pub fn nothing_missed(&self) -> bool {
        self.sessions_ended
            + self.sessions_missing
            + self.participants_left
            + self.participants_missing
            + self.recordings_missing
            + self.compositions_missing
            == 0
            && self.failed.is_empty()
    }
}

impl AddAssign for ReconcileReport {
    fn add_assign(&mut self, o: ReconcileReport) {
        self.rooms += o.rooms;
        self.sessions_ended += o.sessions_ended;
        self.sessions_missing += o.sessions_missing;
        self.participants_left += o.participants_left;
        self.participants_missing += o.participants_missing;
        self.recordings_missing += o.recordings_missing;
        self.compositions_missing += o.compositions_missing;
        self.failed.extend(o.failed);
    }
}

impl fmt::Display for ReconcileReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let counts = [
            (self.sessions_ended, "session", "sessions", "had ended"),
            (self.sessions_missing, "session", "sessions", "was missing"),
            (
                self.participants_left,
                "participant",
                "participants",
                "had left",
            ),
            (
                self.participants_missing,
                "participant",
                "participants",
                "was missing",
            ),
            (
                self.recordings_missing,
                "recording",
                "recordings",
                "was missing",
            ),
            (
                self.compositions_missing,
                "composition",
                "compositions",
                "was missing",
            ),
        ];
        let mut parts: Vec<String> = counts
            .iter()
            .filter(|(n, ..)| *n > 0)
            .map(|(n, one, many, what)| {
                let (noun, verb) = if *n == 1 {
                    (*one, what.to_string())
                } else {
                    (*many, what.replace("was", "were"))
                };
                format!("{n} {noun} {verb}")
            })
            .collect();
        if !self.failed.is_empty() {
            parts.push(format!("{} rooms could not be read", self.failed.len()));
        }
        if parts.is_empty() {
            write!(f, "{} rooms reconciled, nothing was missing", self.rooms)
        } else {
            write!(f, "{} rooms reconciled: {}", self.rooms, parts.join(", "))
        }
    }
}

/// What to ask the API about one room, taken from the state before any request.
struct Question {
    room: Uuid,
    /// Sessions the state believes active.
    active: BTreeSet<Uuid>,
    /// Every session the state knows of (their recordings and compositions are read).
    known: BTreeSet<Uuid>,
}

impl RoomActivity {
    /// Reads the room from the API and joins what it says in; returns what the state had
    /// missed. Checked: the room's active session and every session this state believes
    /// active (whether and when each ended), and for every session the state knows (and the
    /// active one) its participants (who is there, who left and when), recordings and
    /// compositions (which exist, which completed, with their files). Joined field by field, so nothing only an
    /// event said is lost, and what was forgotten by [`prune`](Self::prune) stays forgotten.
    ///
    /// Sends a `get_room`, a listing of the room's recordings, a `get_room_session` for each
    /// session believed active, and for each session known a listing of its participants and
    /// one of its compositions (listings prefetch pages). [`prune`](Self::prune) keeps the
    /// sessions known, and so the requests, bounded.
    pub async fn reconcile(
        &mut self,
        client: &Client,
        room_id: Uuid,
    ) -> Result<ReconcileReport, Error> {
        let question = self.question(room_id);
        let truth = question.ask(client.clone()).await?;
        Ok(self.join_truth(room_id, &truth))
    }

    /// [`reconcile`](Self::reconcile) for every room heard of, `concurrency` rooms at a time.
    /// A room that cannot be read is listed in [`ReconcileReport::failed`] and the others are
    /// still reconciled.
    pub async fn reconcile_all(&mut self, client: &Client, concurrency: usize) -> ReconcileReport {
        let questions: Vec<Question> = self.rooms().map(|r| self.question(r)).collect();
        let mut answers = futures::stream::iter(questions)
            .map(|q| {
                let (room, client) = (q.room, client.clone());
                async move { (room, q.ask(client).await) }
            })
            .buffer_unordered(concurrency.max(1));
        let mut report = ReconcileReport::default();
        while let Some((room, answer)) = answers.next().await {
            match answer {
                Ok(truth) => report += self.join_truth(room, &truth),
                Err(e) => report.failed.push((room, e)),
            }
        }
        report
    }

    fn question(&self, room: Uuid) -> Question {
        let sessions = self.sessions(room);
        Question {
            room,
            active: sessions
                .iter()
                .filter(|s| s.ended.is_none())
                .map(|s| s.id)
                .collect(),
            known: sessions.iter().map(|s| s.id).collect(),
        }
    }

    /// Joins the API's facts of one room in and counts what was new.
    fn join_truth(&mut self, room: Uuid, truth: &RoomFacts) -> ReconcileReport {
        let horizon = self.horizon;
        let facts = self.rooms.entry(room).or_default();
        let mut report = ReconcileReport {
            rooms: 1,
            ..ReconcileReport::default()
        };
        for (id, s) in &truth.sessions {
            let had = facts.sessions.get(id).cloned();
            let known = had.is_some() || facts.forgotten.contains_key(id);
            report.sessions_missing += usize::from(!known);
            report.sessions_ended +=
                usize::from(had.is_some_and(|h| h.ended.is_none()) && s.ended.is_some());
            facts.sessions.entry(*id).or_default().join(s);
        }
        for (id, p) in &truth.participants {
            let had = facts.participants.get(id).cloned();
            report.participants_missing += usize::from(had.is_none());
            report.participants_left += usize::from(
                had.is_some_and(|h| h.left.is_none() && h.joined_at.is_some()) && p.left.is_some(),
            );
            facts.participants.entry(*id).or_default().join(p);
        }
        for (id, r) in &truth.recordings {
            let had = facts.recordings.get(id).map(|h| h.completed.is_some());
            report.recordings_missing +=
                usize::from(had.is_none() || had == Some(false) && r.completed.is_some());
            facts.recordings.entry(*id).or_default().join(r);
        }
        for (id, c) in &truth.compositions {
            let had = facts.compositions.get(id).map(|h| h.completed.is_some());
            report.compositions_missing +=
                usize::from(had.is_none() || had == Some(false) && c.completed.is_some());
            facts.compositions.entry(*id).or_default().join(c);
        }
        facts.forget_all(horizon);
        report
    }
}

impl Question {
    /// The API's facts of the room, as of now. Owns what it needs: `Send + 'static`.
    async fn ask(self, client: Client) -> Result<RoomFacts, Error> {
        let seen = Some(Utc::now());
        let room = client.get_room().room_id(self.room).execute().await?;
        let mut check = self.active;
        check.extend(room.active_session_id);
        let mut known = self.known;
        known.extend(check.iter().copied());
        let mut truth = RoomFacts::default();
        for &session_id in &check {
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
