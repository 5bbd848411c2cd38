//! Seeding: rooms with sessions, participants and recordings, created at once.

use uuid::Uuid;

use super::Store;
use crate::Seed;
use telnyx_rooms::types::{Room, RoomParticipant, RoomRecording, RoomSession};

/// Ids of what [`Emulator::seed`](crate::Emulator::seed) created.
#[derive(Debug, Clone, Default)]
pub struct Seeded {
    /// The rooms, in creation order.
    pub rooms: Vec<Uuid>,
    /// The sessions, in creation order.
    pub sessions: Vec<Uuid>,
    /// The participants, in creation order.
    pub participants: Vec<Uuid>,
    /// The recordings, in creation order.
    pub recordings: Vec<Uuid>,
}

impl Store {
    pub(crate) fn seed(&mut self, seed: Seed) -> Seeded {
        let mut out = Seeded::default();
        let start = self.rooms.len();
        for i in 0..seed.rooms {
            let now = self.now();
            let room_id = Uuid::new_v4();
            out.rooms.push(room_id);
            let mut room = Room {
                id: room_id,
                unique_name: Some(format!("seed-room-{}", start + i)),
                max_participants: Some(10),
                enable_recording: Some(seed.recordings_per_participant > 0),
                record_type: Some("room".into()),
                created_at: Some(now),
                updated_at: Some(now),
                active_session_id: None,
                sessions: vec![],
                webhook_event_url: None,
                webhook_event_failover_url: None,
                webhook_timeout_secs: None,
            };
            for s in 0..seed.sessions_per_room {
                let now = self.now();
                let active = s + 1 == seed.sessions_per_room;
                let sid = Uuid::new_v4();
                out.sessions.push(sid);
                if active {
                    room.active_session_id = Some(sid);
                }
                self.sessions.push(RoomSession {
                    id: sid,
                    room_id: Some(room_id),
                    active: Some(active),
                    record_type: Some("room_session".into()),
                    created_at: Some(now),
                    updated_at: Some(now),
                    ended_at: (!active).then_some(now),
                    participants: vec![],
                });
                for p in 0..seed.participants_per_session {
                    let pid = Uuid::new_v4();
                    out.participants.push(pid);
                    self.participants.push(RoomParticipant {
                        id: pid,
                        session_id: Some(sid),
                        context: Some(format!("participant-{p}")),
                        record_type: Some("room_participant".into()),
                        joined_at: Some(now),
                        updated_at: Some(now),
                        left_at: (!active).then_some(now),
                    });
                    for r in 0..seed.recordings_per_participant {
                        let rid = Uuid::new_v4();
                        out.recordings.push(rid);
                        self.recordings.push(RoomRecording {
                            id: rid,
                            room_id: Some(room_id),
                            session_id: Some(sid),
                            participant_id: Some(pid),
                            status: Some("completed".into()),
                            type_: Some(if r % 2 == 0 { "audio" } else { "video" }.into()),
                            codec: Some(if r % 2 == 0 { "opus" } else { "vp8" }.into()),
                            duration_secs: Some(60),
                            size_mb: Some(1.5),
                            download_url: Some(format!("https://example.com/recordings/{rid}")),
                            record_type: Some("room_recording".into()),
                            started_at: Some(now),
                            ended_at: Some(now),
                            completed_at: Some(now),
                            created_at: Some(now),
                            updated_at: Some(now),
                        });
                    }
                }
            }
            self.rooms.push(room);
        }
        out
    }
}
