//! Simulated activity: participants joining and leaving, and what follows as Telnyx does it.
//! The first join starts a session, the last leave ends it; a recording room records each
//! participant from join to leave; each change queues its webhook event.

use chrono::{DateTime, Utc};
use reqwest::StatusCode;
use serde_json::json;
use uuid::Uuid;

use super::{find, find_mut, not_found, Outgoing, Refusal, Store};
use telnyx_rooms::types::{
    ParticipantJoinedPayload, ParticipantLeftPayload, RecordingCompletedPayload,
    RecordingStartedPayload, Room, RoomParticipant, RoomRecording, RoomSession,
    SessionEndedPayload, SessionStartedPayload,
};
use telnyx_rooms::webhooks::RoomEvent;

impl Store {
    pub(super) fn participant(&self, id: Uuid) -> Result<&RoomParticipant, Refusal> {
        find(&self.participants, id, |p| p.id)
            .ok_or_else(|| not_found("participant", &id.to_string()))
    }

    fn event(&mut self, room: Uuid, at: DateTime<Utc>, event: RoomEvent) {
        let target = self.room_target(room);
        self.outbox.push(Outgoing {
            id: Uuid::new_v4(),
            event,
            occurred_at: at,
            target,
        });
    }

    /// A participant joins `room` (with a join token, when given, that must be valid for it).
    pub(crate) fn join(
        &mut self,
        room_id: Uuid,
        context: Option<String>,
        token: Option<&str>,
    ) -> Result<RoomParticipant, Refusal> {
        let room = self.room(room_id)?.clone();
        if let Some(t) = token {
            self.check_join_token(room_id, t)?;
        }
        let now = self.now();
        let session_id = match room.active_session_id {
            Some(s) => s,
            None => self.start_session(room_id, now)?,
        };
        self.check_room_has_space(&room, session_id)?;
        let p = RoomParticipant {
            id: Uuid::new_v4(),
            session_id: Some(session_id),
            context: context.clone(),
            record_type: Some("room_participant".into()),
            joined_at: Some(now),
            updated_at: Some(now),
            left_at: None,
        };
        self.participants.push(p.clone());
        self.event(
            room_id,
            now,
            RoomEvent::ParticipantJoined(ParticipantJoinedPayload {
                context: context.clone(),
                participant_id: p.id,
                room_id,
                session_id,
            }),
        );
        if room.enable_recording == Some(true) {
            self.start_recording(room_id, session_id, p.id, now);
        }
        Ok(p)
    }

    /// A new session of `room_id`, now its active one (`session.started`).
    fn start_session(&mut self, room_id: Uuid, now: DateTime<Utc>) -> Result<Uuid, Refusal> {
        let s = Uuid::new_v4();
        self.sessions.push(RoomSession {
            id: s,
            room_id: Some(room_id),
            active: Some(true),
            record_type: Some("room_session".into()),
            created_at: Some(now),
            updated_at: Some(now),
            ended_at: None,
            participants: vec![],
        });
        self.room_mut(room_id)?.active_session_id = Some(s);
        let started = SessionStartedPayload {
            room_id,
            session_id: s,
        };
        self.event(room_id, now, RoomEvent::SessionStarted(started));
        Ok(s)
    }

    /// A room at its `max_participants` refuses one more.
    fn check_room_has_space(&self, room: &Room, session_id: Uuid) -> Result<(), Refusal> {
        let present = self
            .participants
            .iter()
            .filter(|p| p.session_id == Some(session_id) && p.left_at.is_none())
            .count();
        let max = room.max_participants.unwrap_or(10);
        if present as i64 >= max {
            return Err(Refusal {
                status: StatusCode::UNPROCESSABLE_ENTITY,
                code: "10015",
                title: "Room is full",
                detail: format!("The room has {present} participants, its `max_participants`."),
                source: Some(json!({"pointer": "/max_participants"})),
            });
        }
        Ok(())
    }

    /// A participant's audio recording, started as they join a room that records
    /// (`recording.started`).
    fn start_recording(
        &mut self,
        room_id: Uuid,
        session_id: Uuid,
        participant: Uuid,
        now: DateTime<Utc>,
    ) {
        let r = RoomRecording {
            id: Uuid::new_v4(),
            room_id: Some(room_id),
            session_id: Some(session_id),
            participant_id: Some(participant),
            status: Some("processing".into()),
            type_: Some("audio".into()),
            codec: Some("opus".into()),
            duration_secs: None,
            size_mb: None,
            download_url: None,
            record_type: Some("room_recording".into()),
            started_at: Some(now),
            ended_at: None,
            completed_at: None,
            created_at: Some(now),
            updated_at: Some(now),
        };
        self.event(
            room_id,
            now,
            RoomEvent::RecordingStarted(RecordingStartedPayload {
                participant_id: Some(participant),
                recording_id: r.id,
                room_id,
                session_id,
                type_: r.type_.clone(),
            }),
        );
        self.recordings.push(r);
    }

    /// A participant leaves (`reason`: `left`, `kicked`, ...); the last one out ends the session.
    pub(crate) fn leave(&mut self, id: Uuid, reason: &str) -> Result<RoomParticipant, Refusal> {
        self.leave_inner(id, reason, true)
    }

    fn leave_inner(
        &mut self,
        id: Uuid,
        reason: &str,
        last_closes: bool,
    ) -> Result<RoomParticipant, Refusal> {
        let p = self.participant(id)?.clone();
        if let Some(at) = p.left_at {
            return Err(Refusal {
                status: StatusCode::UNPROCESSABLE_ENTITY,
                code: "10015",
                title: "Participant already left",
                detail: format!("Participant `{id}` left at {at}."),
                source: None,
            });
        }
        let session_id = p.session_id.expect("participants have sessions");
        let room_id = self
            .session(session_id)?
            .room_id
            .expect("sessions have rooms");
        let now = self.now();
        let left = find_mut(&mut self.participants, id, |p| p.id).expect("found above");
        left.left_at = Some(now);
        left.updated_at = Some(now);
        let left = left.clone();
        self.muted.remove(&id);
        let stayed = p.joined_at.map_or(0, |j| (now - j).num_seconds());
        self.event(
            room_id,
            now,
            RoomEvent::ParticipantLeft(ParticipantLeftPayload {
                context: p.context.clone(),
                duration_secs: Some(stayed),
                left_reason: Some(reason.to_string()),
                participant_id: id,
                room_id,
                session_id,
            }),
        );
        self.complete_recordings_of(id, now);
        let anyone_left = self
            .participants
            .iter()
            .any(|p| p.session_id == Some(session_id) && p.left_at.is_none());
        if last_closes && !anyone_left {
            self.close_session(session_id, "all_participants_left");
        }
        Ok(left)
    }

    /// Ends a session: everyone still in it leaves, then the session closes.
    pub(super) fn end_session(&mut self, session: Uuid, reason: &str) {
        let present: Vec<Uuid> = self
            .participants
            .iter()
            .filter(|p| p.session_id == Some(session) && p.left_at.is_none())
            .map(|p| p.id)
            .collect();
        for p in present {
            let _ = self.leave_inner(p, "session_ended", false);
        }
        self.close_session(session, reason);
    }

    /// Marks a session ended (once) and fires `video.room.session.ended`.
    fn close_session(&mut self, session: Uuid, reason: &str) {
        let now = self.now();
        let Some(s) = find_mut(&mut self.sessions, session, |s| s.id) else {
            return;
        };
        if s.active != Some(true) {
            return;
        }
        s.active = Some(false);
        s.ended_at = Some(now);
        s.updated_at = Some(now);
        let room_id = s.room_id.expect("sessions have rooms");
        let duration = s.created_at.map_or(0, |c| (now - c).num_seconds());
        if let Ok(room) = self.room_mut(room_id) {
            if room.active_session_id == Some(session) {
                room.active_session_id = None;
            }
        }
        self.event(
            room_id,
            now,
            RoomEvent::SessionEnded(SessionEndedPayload {
                duration_secs: Some(duration),
                ended_reason: Some(reason.to_string()),
                room_id,
                session_id: session,
            }),
        );
        self.session_compositions_ready(session);
    }

    fn complete_recordings_of(&mut self, participant: Uuid, now: DateTime<Utc>) {
        let mut events = Vec::new();
        let media = self.media.clone();
        for r in self
            .recordings
            .iter_mut()
            .filter(|r| r.participant_id == Some(participant) && r.completed_at.is_none())
        {
            let secs = r.started_at.map_or(0, |s| (now - s).num_seconds());
            let size_mb = (secs as f32 * 0.06).max(0.01);
            let url = media.url("recordings", r.id, now);
            r.status = Some("completed".into());
            r.ended_at = Some(now);
            r.completed_at = Some(now);
            r.updated_at = Some(now);
            r.duration_secs = Some(secs);
            r.size_mb = Some(size_mb);
            r.download_url = Some(url.clone());
            events.push((
                r.room_id.expect("recordings have rooms"),
                RoomEvent::RecordingCompleted(RecordingCompletedPayload {
                    codec: r.codec.clone(),
                    download_url: Some(url),
                    duration_secs: Some(secs),
                    participant_id: Some(participant),
                    recording_id: r.id,
                    room_id: r.room_id.expect("recordings have rooms"),
                    session_id: r.session_id.expect("recordings have sessions"),
                    size_mb: Some(size_mb),
                    type_: r.type_.clone(),
                }),
            ));
        }
        for (room, event) in events {
            self.event(room, now, event);
        }
    }
}
