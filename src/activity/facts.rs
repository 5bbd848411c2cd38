//! The facts [`RoomActivity`](super::RoomActivity) keeps, each a join-semilattice: joining two
//! values is commutative, associative and idempotent, so the state does not depend on the order
//! or the number of times events arrive. A fact that is set once in reality (when a session
//! started) keeps the earliest value seen; a fact that ends something (when it ended, why) keeps
//! the greatest under a total order, so that two receivers that saw different copies agree.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Keeps the greater of two optional values (`None` is the least).
pub(super) fn max_opt<T: Ord + Clone>(a: &mut Option<T>, b: &Option<T>) {
    if let Some(b) = b {
        if a.as_ref().is_none_or(|a| b > a) {
            *a = Some(b.clone());
        }
    }
}

/// Keeps the earlier of two optional times (`None` is unknown, not earliest).
pub(super) fn min_opt(a: &mut Option<DateTime<Utc>>, b: &Option<DateTime<Utc>>) {
    if let Some(b) = b {
        if a.is_none_or(|a| *b < a) {
            *a = Some(*b);
        }
    }
}

/// How a session, a participant's stay or a recording ended.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Ending {
    /// When (the event's `occurred_at`, or the API's time when reconciled); `None` when the
    /// event carried no time.
    pub at: Option<DateTime<Utc>>,
    /// Telnyx's reason (`ended_reason`, `left_reason`), when it gave one.
    pub reason: Option<String>,
    /// How long it lasted, as Telnyx reported it.
    pub duration_secs: Option<i64>,
}

/// What is known of one session.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(super) struct SessionFacts {
    pub started_at: Option<DateTime<Utc>>,
    pub ended: Option<Ending>,
}

impl SessionFacts {
    pub fn join(&mut self, o: &SessionFacts) {
        min_opt(&mut self.started_at, &o.started_at);
        max_opt(&mut self.ended, &o.ended);
    }
}

/// What is known of one participant.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(super) struct ParticipantFacts {
    pub session_id: Option<Uuid>,
    pub context: Option<String>,
    pub joined_at: Option<DateTime<Utc>>,
    pub left: Option<Ending>,
}

impl ParticipantFacts {
    pub fn join(&mut self, o: &ParticipantFacts) {
        max_opt(&mut self.session_id, &o.session_id);
        max_opt(&mut self.context, &o.context);
        min_opt(&mut self.joined_at, &o.joined_at);
        max_opt(&mut self.left, &o.left);
    }
}

/// [`Media`] as a totally ordered tuple (the size by its bits: any total order will do).
type MediaKey<'m> = (
    Option<DateTime<Utc>>,
    Option<i64>,
    Option<u32>,
    Option<&'m str>,
);

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
    /// A total order, for the join: by time, then the other fields.
    fn key(&self) -> MediaKey<'_> {
        (
            self.completed_at,
            self.duration_secs,
            self.size_mb.map(f32::to_bits),
            self.download_url.as_deref(),
        )
    }

    pub(super) fn join(a: &mut Option<Media>, b: &Option<Media>) {
        if let Some(b) = b {
            if a.as_ref().is_none_or(|a| b.key() > a.key()) {
                *a = Some(b.clone());
            }
        }
    }
}

/// What is known of one recording.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(super) struct RecordingFacts {
    pub session_id: Option<Uuid>,
    pub participant_id: Option<Uuid>,
    pub kind: Option<String>,
    pub started_at: Option<DateTime<Utc>>,
    pub completed: Option<Media>,
}

impl RecordingFacts {
    pub fn join(&mut self, o: &RecordingFacts) {
        max_opt(&mut self.session_id, &o.session_id);
        max_opt(&mut self.participant_id, &o.participant_id);
        max_opt(&mut self.kind, &o.kind);
        min_opt(&mut self.started_at, &o.started_at);
        Media::join(&mut self.completed, &o.completed);
    }
}

/// What is known of one composition (only its completion is sent as a webhook).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(super) struct CompositionFacts {
    pub session_id: Option<Uuid>,
    pub format: Option<String>,
    pub completed: Option<Media>,
}

impl CompositionFacts {
    pub fn join(&mut self, o: &CompositionFacts) {
        max_opt(&mut self.session_id, &o.session_id);
        max_opt(&mut self.format, &o.format);
        Media::join(&mut self.completed, &o.completed);
    }
}
