//! Compositions: create (202, `enqueued`), complete after the composition delay once their
//! session has ended (with `video.room.composition.completed`), get, list, delete.

use reqwest::StatusCode;
use serde_json::Value;
use uuid::Uuid;

use super::{data, find, find_mut, invalid, not_found, Outgoing, Refusal, Reply, Store, Target};
use telnyx_rooms::types::{CompositionCompletedPayload, RoomComposition};
use telnyx_rooms::webhooks::RoomEvent;

impl Store {
    pub(super) fn composition(&self, id: Uuid) -> Result<&RoomComposition, Refusal> {
        find(&self.compositions, id, |c| c.id)
            .ok_or_else(|| not_found("composition", &id.to_string()))
    }

    pub(super) fn create_composition(&mut self, body: &Value) -> Result<Reply, Refusal> {
        let session_id = body["session_id"]
            .as_str()
            .and_then(|s| Uuid::parse_str(s).ok());
        let Some(session_id) = session_id else {
            return Err(invalid(
                "session_id",
                "`session_id` is required to compose recordings".into(),
                true,
            ));
        };
        let session = self.session(session_id)?.clone();
        let now = self.now();
        let c = RoomComposition {
            id: Uuid::new_v4(),
            room_id: session.room_id,
            session_id: Some(session.id),
            user_id: Some(Uuid::nil()),
            status: Some("enqueued".into()),
            format: Some(body["format"].as_str().unwrap_or("mp4").into()),
            resolution: Some(body["resolution"].as_str().unwrap_or("1280x720").into()),
            video_layout: serde_json::from_value(body["video_layout"].clone()).unwrap_or_default(),
            webhook_event_url: body["webhook_event_url"].as_str().map(str::to_string),
            webhook_event_failover_url: body["webhook_event_failover_url"]
                .as_str()
                .map(str::to_string),
            webhook_timeout_secs: body["webhook_timeout_secs"].as_i64(),
            record_type: Some("composition".into()),
            created_at: Some(now),
            updated_at: Some(now),
            started_at: None,
            ended_at: None,
            completed_at: None,
            download_url: None,
            duration_secs: None,
            size_mb: None,
        };
        if session.active == Some(false) {
            self.to_complete.push(c.id);
        }
        self.compositions.push(c.clone());
        Ok(data(StatusCode::ACCEPTED, self.composition_json(c)))
    }

    /// The session ended: its waiting compositions can now complete.
    pub(super) fn session_compositions_ready(&mut self, session: Uuid) {
        let ready: Vec<Uuid> = self
            .compositions
            .iter()
            .filter(|c| c.session_id == Some(session) && c.status.as_deref() == Some("enqueued"))
            .map(|c| c.id)
            .collect();
        self.to_complete.extend(ready);
    }

    /// Completes a composition (after the composition delay) and fires its event. A
    /// composition deleted meanwhile is skipped.
    pub(crate) fn complete_composition(&mut self, id: Uuid) {
        let now = self.now();
        let duration = self
            .composition(id)
            .ok()
            .and_then(|c| c.session_id)
            .and_then(|s| self.session(s).ok())
            .and_then(|s| Some((s.ended_at? - s.created_at?).num_seconds()))
            .unwrap_or(0);
        let Some(c) = find_mut(&mut self.compositions, id, |c| c.id) else {
            return;
        };
        let size_mb = (duration as f32 * 0.25).max(0.01);
        c.status = Some("completed".into());
        c.started_at = c.started_at.or(Some(now));
        c.ended_at = Some(now);
        c.completed_at = Some(now);
        c.updated_at = Some(now);
        c.duration_secs = Some(duration);
        c.size_mb = Some(size_mb);
        let url = self.media.url("compositions", id, now);
        c.download_url = Some(url.clone());
        let event = Outgoing {
            id: Uuid::new_v4(),
            event: RoomEvent::CompositionCompleted(CompositionCompletedPayload {
                composition_id: id,
                download_url: Some(url),
                duration_secs: Some(duration),
                format: c.format.clone(),
                resolution: c.resolution.clone(),
                room_id: c.room_id.expect("compositions have rooms"),
                session_id: c.session_id.expect("compositions have sessions"),
                size_mb: Some(size_mb),
            }),
            occurred_at: now,
            target: Target {
                url: c.webhook_event_url.clone(),
                failover: c.webhook_event_failover_url.clone(),
                timeout_secs: c.webhook_timeout_secs,
            },
        };
        self.outbox.push(event);
    }

    pub(super) fn delete_composition(&mut self, id: Uuid) -> Result<Reply, Refusal> {
        self.composition(id)?;
        self.compositions.retain(|c| c.id != id);
        Ok(Reply::NoContent)
    }
}

impl Store {
    /// A composition as Telnyx sends it: `video_layout` always there, each region's
    /// `video_sources` a list even when empty, and a completed one with a fresh download URL.
    pub(super) fn composition_json(&mut self, mut c: RoomComposition) -> Value {
        if c.download_url.is_some() {
            let now = self.now();
            c.download_url = Some(self.media.url("compositions", c.id, now));
        }
        let mut v = serde_json::to_value(c).expect("serialisable");
        let layout = v
            .as_object_mut()
            .expect("object")
            .entry("video_layout")
            .or_insert_with(|| Value::Object(Default::default()));
        for region in layout
            .as_object_mut()
            .into_iter()
            .flat_map(|m| m.values_mut())
        {
            super::empty_list(region, "video_sources");
        }
        v
    }
}
