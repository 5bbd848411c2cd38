//! The facts each webhook event states.

use super::facts::{
    CompositionFacts, Ending, Media, ParticipantFacts, RecordingFacts, SessionFacts,
};
use super::RoomFacts;
use crate::webhooks::{RoomEvent, WebhookEvent};
use uuid::Uuid;

/// The facts one event states, and its room; `None` for an event of a type this version does
/// not know (the ids its facts are keyed by are required by the spec: an event without one does
/// not parse).
pub(super) fn facts_of(event: &WebhookEvent) -> Option<(Uuid, RoomFacts)> {
    let at = event.occurred_at;
    let mut f = RoomFacts::default();
    let room = match &event.kind {
        RoomEvent::SessionStarted(p) => {
            f.sessions.insert(
                p.session_id,
                SessionFacts {
                    seen: at,
                    started_at: at,
                    ended: None,
                },
            );
            p.room_id
        }
        RoomEvent::SessionEnded(p) => {
            f.sessions.insert(
                p.session_id,
                SessionFacts {
                    seen: at,
                    started_at: None,
                    ended: Some(Ending {
                        at,
                        reason: p.ended_reason.clone(),
                        duration_secs: p.duration_secs,
                    }),
                },
            );
            p.room_id
        }
        RoomEvent::ParticipantJoined(p) => {
            f.participants.insert(
                p.participant_id,
                ParticipantFacts {
                    seen: at,
                    sessions: std::iter::once(p.session_id).collect(),
                    context: p.context.clone(),
                    joined_at: at,
                    left: None,
                },
            );
            p.room_id
        }
        RoomEvent::ParticipantLeft(p) => {
            f.participants.insert(
                p.participant_id,
                ParticipantFacts {
                    seen: at,
                    sessions: std::iter::once(p.session_id).collect(),
                    context: p.context.clone(),
                    joined_at: None,
                    left: Some(Ending {
                        at,
                        reason: p.left_reason.clone(),
                        duration_secs: p.duration_secs,
                    }),
                },
            );
            p.room_id
        }
        RoomEvent::RecordingStarted(p) => {
            f.recordings.insert(
                p.recording_id,
                RecordingFacts {
                    seen: at,
                    sessions: std::iter::once(p.session_id).collect(),
                    participant_id: p.participant_id,
                    kind: p.type_.clone(),
                    started_at: at,
                    completed: None,
                },
            );
            p.room_id
        }
        RoomEvent::RecordingCompleted(p) => {
            f.recordings.insert(
                p.recording_id,
                RecordingFacts {
                    seen: at,
                    sessions: std::iter::once(p.session_id).collect(),
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
            p.room_id
        }
        RoomEvent::CompositionCompleted(p) => {
            f.compositions.insert(
                p.composition_id,
                CompositionFacts {
                    seen: at,
                    sessions: std::iter::once(p.session_id).collect(),
                    format: p.format.clone(),
                    completed: Some(Media {
                        completed_at: at,
                        duration_secs: p.duration_secs,
                        size_mb: p.size_mb,
                        download_url: p.download_url.clone(),
                    }),
                },
            );
            p.room_id
        }
        _ => return None,
    };
    Some((room, f))
}
