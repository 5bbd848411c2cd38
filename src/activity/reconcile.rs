//! Making rooms equal to the API: for a receiver that was down, or events whose retries all
//! failed. What the API says is joined in like any other facts, field by field: it never
//! erases a detail only events carry (why a session ended, how long a stay lasted), events
//! arriving later still fold in, and the report says how much the state had missed.

use std::collections::BTreeSet;
use std::fmt;
use std::ops::AddAssign;

use chrono::{DateTime, Utc};
use futures::StreamExt;
use uuid::Uuid;

use super::facts::Media;
pub use super::truth::rooms_active_since;
use super::truth::Question;
use super::{RoomActivity, RoomFacts};
use crate::{Client, Error};

/// What reconciling found the state had missed, counted by kind. `Display` says it in words
/// ("2 participants had left, 1 recording was missing"), for a receiver's log.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct ReconcileReport {
    /// Rooms read from the API.
    pub rooms: usize,
    /// Rooms the state had not heard of, found by
    /// [`reconcile_all`](RoomActivity::reconcile_all) among the account's sessions.
    pub rooms_missing: usize,
    /// Sessions the state believed active that had ended.
    pub sessions_ended: usize,
    /// Sessions the state did not know of (the room's active one, or one that ended since
    /// the horizon).
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
        self.rooms_missing
            + self.sessions_ended
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
        self.rooms_missing += o.rooms_missing;
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
            (self.rooms_missing, "room", "rooms", "was missing"),
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

/// How long a fact's `seen` time stays fresh: a reconcile within a day of the last time a
/// fact was heard of does not move it (so an up-to-date room is not rewritten); an older one
/// does, so that what is still there is not expired by pruning.
const SEEN_FRESH: chrono::Duration = chrono::Duration::days(1);

impl RoomActivity {
    /// Reads the room from the API and joins what it says in; returns what the state had
    /// missed. Checked: the room's sessions that are active or ended since the state's horizon
    /// (found by listing them, so a session never heard of is found too) and every session
    /// this state believes active (whether and when each ended), and for each of them and
    /// every session the state knows, its participants (who is there, who left and when),
    /// recordings and compositions (which exist, which completed, with their files). Joined
    /// field by field, so nothing only an event said is lost, and what was forgotten by
    /// [`prune`](Self::prune) stays forgotten.
    ///
    /// Only news is joined: a fact heard of within the last day keeps its `seen` time, and a
    /// file whose download URL is known keeps it (the API signs a new one on every read), so
    /// reconciling a room that is up to date leaves the state equal to what it was.
    ///
    /// Sends a `get_room`, two listings of the room's sessions (active; ended since the
    /// horizon), a listing of the room's recordings, a `get_room_session` for each session
    /// believed active and not listed, and for each session known a listing of its
    /// participants and one of its compositions (listings prefetch pages).
    /// [`prune`](Self::prune) keeps the sessions known, and so the requests, bounded.
    pub async fn reconcile(
        &mut self,
        client: &Client,
        room_id: Uuid,
    ) -> Result<ReconcileReport, Error> {
        let question = self.question(room_id);
        let truth = question.ask(client.clone()).await?;
        Ok(self.join_truth(room_id, &truth))
    }

    /// [`reconcile`](Self::reconcile) for every room heard of and every room of the account
    /// with a session active or ended since the horizon ([`rooms_active_since`]): a room whose
    /// every event was lost is found too, and counted in
    /// [`ReconcileReport::rooms_missing`]. `concurrency` rooms at a time. A room that cannot
    /// be read is listed in [`ReconcileReport::failed`] and the others are still reconciled;
    /// when the account's sessions cannot be listed, the rooms heard of are still reconciled
    /// and the failure is listed under the nil id.
    pub async fn reconcile_all(&mut self, client: &Client, concurrency: usize) -> ReconcileReport {
        let mut report = ReconcileReport::default();
        let mut rooms: BTreeSet<Uuid> = self.rooms().collect();
        match rooms_active_since(client, self.horizon).await {
            Ok(active) => {
                report.rooms_missing = active.difference(&rooms).count();
                rooms.extend(active);
            }
            Err(e) => report.failed.push((Uuid::nil(), e)),
        }
        let questions: Vec<Question> = rooms.into_iter().map(|r| self.question(r)).collect();
        let mut answers = futures::stream::iter(questions)
            .map(|q| {
                let (room, client) = (q.room, client.clone());
                async move { (room, q.ask(client).await) }
            })
            .buffer_unordered(concurrency.max(1));
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
            horizon: self.horizon,
        }
    }

    /// Joins the API's facts of one room in and counts what was new.
    fn join_truth(&mut self, room: Uuid, truth: &RoomFacts) -> ReconcileReport {
        let horizon = self.horizon;
        let facts = self.rooms.entry(room).or_default();
        let mut truth = truth.clone();
        only_news(facts, &mut truth);
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
        if facts.is_empty() {
            // A room the API knows with nothing to keep: nothing stored for it.
            self.rooms.remove(&room);
        }
        report
    }
}

/// Drops from the API's facts what is not news to `facts`: the `seen` time of a fact heard of
/// within [`SEEN_FRESH`] of it, and the download URL of a file whose URL is known (the API
/// signs a new one on every read). Joining less is still a join: only what is dropped is not
/// learnt.
fn only_news(facts: &RoomFacts, truth: &mut RoomFacts) {
    fn fresh(known: Option<DateTime<Utc>>, seen: &mut Option<DateTime<Utc>>) {
        if let (Some(k), Some(s)) = (known, *seen) {
            if s - k < SEEN_FRESH {
                *seen = None;
            }
        }
    }
    fn url(known: Option<&Media>, media: &mut Option<Media>) {
        if let (Some(k), Some(m)) = (known, media.as_mut()) {
            if k.download_url.is_some() {
                m.download_url = None;
            }
        }
    }
    for (id, s) in &mut truth.sessions {
        fresh(facts.sessions.get(id).and_then(|k| k.seen), &mut s.seen);
    }
    for (id, p) in &mut truth.participants {
        fresh(facts.participants.get(id).and_then(|k| k.seen), &mut p.seen);
    }
    for (id, r) in &mut truth.recordings {
        let known = facts.recordings.get(id);
        fresh(known.and_then(|k| k.seen), &mut r.seen);
        url(known.and_then(|k| k.completed.as_ref()), &mut r.completed);
    }
    for (id, c) in &mut truth.compositions {
        let known = facts.compositions.get(id);
        fresh(known.and_then(|k| k.seen), &mut c.seen);
        url(known.and_then(|k| k.completed.as_ref()), &mut c.completed);
    }
}
