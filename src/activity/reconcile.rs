//! Correcting a room's state from the API: for a receiver that was down, or an event whose
//! retries all failed.

use std::collections::BTreeSet;

use futures::TryStreamExt;
use uuid::Uuid;

use super::facts::{Ending, ParticipantFacts, SessionFacts};
use super::RoomActivity;
use crate::{Client, Error};

impl RoomActivity {
    /// Reads the truth from the API and joins it in: the room, its active session and every
    /// session this state believes active (how each ended, if it did), and those sessions'
    /// participants (when each joined and left). Joined like any other facts, so it never
    /// undoes what events said and events arriving later still fold in.
    ///
    /// Sends one `get_room`, then a `get_room_session` and a listing of participants for each
    /// session checked.
    pub async fn reconcile(&mut self, client: &Client, room_id: Uuid) -> Result<(), Error> {
        let room = client.get_room().room_id(room_id).execute().await?;
        let mut sessions: BTreeSet<Uuid> = BTreeSet::new();
        if let Some(state) = self.room(room_id) {
            sessions.extend(state.active_session.map(|s| s.id));
            sessions.extend(state.present.iter().filter_map(|p| p.session_id));
        }
        sessions.extend(room.active_session_id);
        for session_id in sessions {
            let session = client
                .get_room_session()
                .room_session_id(session_id)
                .execute()
                .await?;
            let ended =
                (session.active == Some(false) || session.ended_at.is_some()).then(|| Ending {
                    at: session.ended_at.or(session.updated_at),
                    reason: None,
                    duration_secs: None,
                });
            let facts = SessionFacts {
                started_at: session.created_at,
                ended,
            };
            self.room_facts(room_id)
                .sessions
                .entry(session_id)
                .or_default()
                .join(&facts);
            let participants: Vec<crate::types::RoomParticipant> = client
                .list_participants_for_session()
                .room_session_id(session_id)
                .stream()
                .try_collect()
                .await?;
            for p in participants {
                let facts = ParticipantFacts {
                    session_id: Some(session_id),
                    context: p.context,
                    joined_at: p.joined_at,
                    left: p.left_at.map(|at| Ending {
                        at: Some(at),
                        reason: None,
                        duration_secs: None,
                    }),
                };
                self.room_facts(room_id)
                    .participants
                    .entry(p.id)
                    .or_default()
                    .join(&facts);
            }
        }
        Ok(())
    }
}
