//! The facts each webhook event states.

use super::facts::{
    CompositionFacts, Ending, Media, ParticipantFacts, RecordingFacts, SessionFacts,
};
use super::RoomFacts;
use crate::webhooks::{RoomEvent, WebhookEvent};
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// The facts one event states, and its room; `None` for an event of a type this version does
/// not know (the ids its facts are keyed by are required by the spec: an event without one does
/// not parse).
pub(super) fn facts_of(event: &WebhookEvent) -> Option<(Uuid, RoomFacts)> {
    let at = event.occurred_at;
    let mut f = RoomFacts::default();
    let room = match &event.kind {
        RoomEvent::SessionStarted(p) => {
            let session = SessionFacts {
                seen: at,
                started_at: at,
                ended: None,
            };
            f.sessions.insert(p.session_id, session);
            p.room_id
        }
        RoomEvent::SessionEnded(p) => {
            let ended = ending(at, &p.ended_reason, p.duration_secs);
            let session = SessionFacts {
                seen: at,
                started_at: None,
                ended: Some(ended),
            };
            f.sessions.insert(p.session_id, session);
            p.room_id
        }
        RoomEvent::ParticipantJoined(p) => {
            let joined = participant(at, p.session_id, &p.context, at, None);
            f.participants.insert(p.participant_id, joined);
            p.room_id
        }
        RoomEvent::ParticipantLeft(p) => {
            let left = Some(ending(at, &p.left_reason, p.duration_secs));
            let gone = participant(at, p.session_id, &p.context, None, left);
            f.participants.insert(p.participant_id, gone);
            p.room_id
        }
        RoomEvent::RecordingStarted(p) => {
            let started = RecordingFacts {
                seen: at,
                sessions: std::iter::once(p.session_id).collect(),
                participant_id: p.participant_id,
                kind: p.type_.clone(),
                started_at: at,
                completed: None,
            };
            f.recordings.insert(p.recording_id, started);
            p.room_id
        }
        RoomEvent::RecordingCompleted(p) => {
            let completed = RecordingFacts {
                seen: at,
                sessions: std::iter::once(p.session_id).collect(),
                participant_id: p.participant_id,
                kind: p.type_.clone(),
                started_at: None,
                completed: Some(media(at, p.duration_secs, p.size_mb, &p.download_url)),
            };
            f.recordings.insert(p.recording_id, completed);
            p.room_id
        }
        RoomEvent::CompositionCompleted(p) => {
            let completed = CompositionFacts {
                seen: at,
                sessions: std::iter::once(p.session_id).collect(),
                format: p.format.clone(),
                completed: Some(media(at, p.duration_secs, p.size_mb, &p.download_url)),
            };
            f.compositions.insert(p.composition_id, completed);
            p.room_id
        }
        _ => return None,
    };
    Some((room, f))
}

/// How a session or a participant's stay ended, as an event says it.
fn ending(
    at: Option<DateTime<Utc>>,
    reason: &Option<String>,
    duration_secs: Option<i64>,
) -> Ending {
    Ending {
        at,
        reason: reason.clone(),
        duration_secs,
    }
}

/// A participant in one session, as a joined or left event says it.
fn participant(
    at: Option<DateTime<Utc>>,
    session: Uuid,
    context: &Option<String>,
    joined_at: Option<DateTime<Utc>>,
    left: Option<Ending>,
) -> ParticipantFacts {
    ParticipantFacts {
        seen: at,
        sessions: std::iter::once(session).collect(),
        context: context.clone(),
        joined_at,
        left,
    }
}

/// A finished recording's or composition's media, as its completed event says it.
fn media(
    at: Option<DateTime<Utc>>,
    duration_secs: Option<i64>,
    size_mb: Option<f32>,
    download_url: &Option<String>,
) -> Media {
    Media {
        completed_at: at,
        duration_secs,
        size_mb,
        download_url: download_url.clone(),
    }
}
