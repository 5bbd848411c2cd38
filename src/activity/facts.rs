//! The facts [`RoomActivity`](super::RoomActivity) keeps, each a join-semilattice: joining two
//! values is commutative, associative and idempotent, so the state does not depend on the order
//! or the number of times events arrive. Every join says whether it changed anything, so that
//! folding an event costs what the event brings, not the room's history.
//!
//! A fact that is set once in reality (when a session started, when it ended) keeps the
//! earliest value seen; a detail (why it ended, how long it lasted, a context string) keeps the
//! greatest under a total order, field by field, so that two receivers that saw different
//! copies agree and a later source (the API, when reconciling) never erases a detail only an
//! event carried. The sessions an item belongs to are a grow-only set.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Keeps the greater of two optional values (`None` is the least); says whether `a` changed.
pub(super) fn max_opt<T: Ord + Clone>(a: &mut Option<T>, b: &Option<T>) -> bool {
    match b {
        Some(b) if a.as_ref().is_none_or(|a| b > a) => {
            *a = Some(b.clone());
            true
        }
        _ => false,
    }
}

/// Keeps the earlier of two optional times (`None` is unknown, not earliest); says whether `a`
/// changed.
pub(super) fn min_opt(a: &mut Option<DateTime<Utc>>, b: &Option<DateTime<Utc>>) -> bool {
    match b {
        Some(b) if a.is_none_or(|a| *b < a) => {
            *a = Some(*b);
            true
        }
        _ => false,
    }
}

/// Adds `b`'s sessions to `a`'s; says whether any was new.
fn union(a: &mut BTreeSet<Uuid>, b: &BTreeSet<Uuid>) -> bool {
    let before = a.len();
    a.extend(b.iter().copied());
    a.len() != before
}

/// How a session, a participant's stay or a recording ended.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Ending {
    /// When: the earliest time known (the event's `occurred_at`, or the API's time when
    /// reconciled); `None` when no source gave a time.
    pub at: Option<DateTime<Utc>>,
    /// Telnyx's reason (`ended_reason`, `left_reason`), when a source gave one.
    pub reason: Option<String>,
    /// How long it lasted, as Telnyx reported it.
    pub duration_secs: Option<i64>,
}

impl Ending {
    /// Joins field by field: a detail one source had is kept whatever another said.
    pub(super) fn join(a: &mut Option<Ending>, b: &Option<Ending>) -> bool {
        match (a.as_mut(), b) {
            (_, None) => false,
            (None, Some(b)) => {
                *a = Some(b.clone());
                true
            }
            (Some(a), Some(b)) => {
                min_opt(&mut a.at, &b.at)
                    | max_opt(&mut a.reason, &b.reason)
                    | max_opt(&mut a.duration_secs, &b.duration_secs)
            }
        }
    }
}

/// What is known of one session.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(super) struct SessionFacts {
    /// The latest time any source spoke of it (an event's `occurred_at`, the time of a
    /// reconcile): what pruning keeps a tombstone for, and forgets after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<Ending>,
}

impl SessionFacts {
    pub fn join(&mut self, o: &SessionFacts) -> bool {
        max_opt(&mut self.seen, &o.seen)
            | min_opt(&mut self.started_at, &o.started_at)
            | Ending::join(&mut self.ended, &o.ended)
    }

    /// When it ended, at the earliest, if it did.
    pub fn ended_at(&self) -> Option<DateTime<Utc>> {
        self.ended.as_ref().and_then(|e| e.at)
    }
}

/// What is known of one participant.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(super) struct ParticipantFacts {
    /// The latest time any source spoke of it (an event's `occurred_at`, the time of a
    /// reconcile): what pruning keeps a tombstone for, and forgets after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub sessions: BTreeSet<Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joined_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left: Option<Ending>,
}

impl ParticipantFacts {
    pub fn join(&mut self, o: &ParticipantFacts) -> bool {
        max_opt(&mut self.seen, &o.seen)
            | union(&mut self.sessions, &o.sessions)
            | max_opt(&mut self.context, &o.context)
            | min_opt(&mut self.joined_at, &o.joined_at)
            | Ending::join(&mut self.left, &o.left)
    }
}

/// A completed recording's or composition's file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Media {
    /// When it completed (the event's `occurred_at`).
    pub completed_at: Option<DateTime<Utc>>,
    /// Its length.
    pub duration_secs: Option<i64>,
    /// Its size.
    pub size_mb: Option<f32>,
    /// Where to download it (a presigned URL that expires).
    pub download_url: Option<String>,
}

impl Media {
    /// Joins field by field: the earliest completion time, and of each detail the greatest
    /// (the size by its bits: any total order will do; of two download URLs, the greater, which
    /// may have expired like any presigned URL).
    pub(super) fn join(a: &mut Option<Media>, b: &Option<Media>) -> bool {
        match (a.as_mut(), b) {
            (_, None) => false,
            (None, Some(b)) => {
                *a = Some(b.clone());
                true
            }
            (Some(a), Some(b)) => {
                let bits = |m: &Media| m.size_mb.map(f32::to_bits);
                let size = if bits(b) > bits(a) {
                    a.size_mb = b.size_mb;
                    true
                } else {
                    false
                };
                min_opt(&mut a.completed_at, &b.completed_at)
                    | max_opt(&mut a.duration_secs, &b.duration_secs)
                    | size
                    | max_opt(&mut a.download_url, &b.download_url)
            }
        }
    }
}

/// What is known of one recording.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(super) struct RecordingFacts {
    /// The latest time any source spoke of it (an event's `occurred_at`, the time of a
    /// reconcile): what pruning keeps a tombstone for, and forgets after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub sessions: BTreeSet<Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant_id: Option<Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<Media>,
}

impl RecordingFacts {
    pub fn join(&mut self, o: &RecordingFacts) -> bool {
        max_opt(&mut self.seen, &o.seen)
            | union(&mut self.sessions, &o.sessions)
            | max_opt(&mut self.participant_id, &o.participant_id)
            | max_opt(&mut self.kind, &o.kind)
            | min_opt(&mut self.started_at, &o.started_at)
            | Media::join(&mut self.completed, &o.completed)
    }
}

/// What is known of one composition (only its completion is sent as a webhook).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(super) struct CompositionFacts {
    /// The latest time any source spoke of it (an event's `occurred_at`, the time of a
    /// reconcile): what pruning keeps a tombstone for, and forgets after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub sessions: BTreeSet<Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<Media>,
}

impl CompositionFacts {
    pub fn join(&mut self, o: &CompositionFacts) -> bool {
        max_opt(&mut self.seen, &o.seen)
            | union(&mut self.sessions, &o.sessions)
            | max_opt(&mut self.format, &o.format)
            | Media::join(&mut self.completed, &o.completed)
    }
}
