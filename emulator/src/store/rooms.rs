//! Rooms: create, get, list, update, delete.

use reqwest::StatusCode;
use serde_json::Value;
use uuid::Uuid;

use super::query::Query;
use super::{data, find, find_mut, invalid, not_found, Refusal, Reply, Store, Target};
use telnyx_rooms::types::Room;

impl Store {
    pub(super) fn room(&self, id: Uuid) -> Result<&Room, Refusal> {
        find(&self.rooms, id, |r| r.id).ok_or_else(|| not_found("room", &id.to_string()))
    }

    pub(super) fn room_mut(&mut self, id: Uuid) -> Result<&mut Room, Refusal> {
        find_mut(&mut self.rooms, id, |r| r.id).ok_or_else(|| not_found("room", &id.to_string()))
    }

    /// Where the room's webhook events go.
    pub(super) fn room_target(&self, id: Uuid) -> Target {
        self.room(id)
            .map(|r| Target {
                url: r.webhook_event_url.clone(),
                failover: r.webhook_event_failover_url.clone(),
                timeout_secs: r.webhook_timeout_secs,
            })
            .unwrap_or_default()
    }

    pub(super) fn room_json(&self, room: &Room, include_sessions: bool) -> Value {
        let mut room = room.clone();
        if include_sessions {
            room.sessions = self
                .sessions
                .iter()
                .filter(|s| s.room_id == Some(room.id))
                .cloned()
                .collect();
        }
        let mut v = serde_json::to_value(room).expect("serialisable");
        // Telnyx sends these as null when unset, rather than leaving them out.
        for k in ["active_session_id", "webhook_timeout_secs"] {
            v.as_object_mut()
                .expect("object")
                .entry(k)
                .or_insert(Value::Null);
        }
        // `sessions` as Telnyx sends it: a list (an empty one too) when asked for with
        // `include_sessions`, and no field at all otherwise.
        if include_sessions {
            let sessions = super::empty_list(&mut v, "sessions");
            for session in sessions.as_array_mut().into_iter().flatten() {
                super::empty_list(session, "participants");
            }
        } else if let Some(o) = v.as_object_mut() {
            o.remove("sessions");
        }
        v
    }

    pub(super) fn list_rooms(&self, q: &Query) -> Result<Reply, Refusal> {
        let include = q.flag("include_sessions");
        let page = q.page(&self.rooms)?;
        let items: Vec<Value> = page
            .items
            .iter()
            .map(|r| self.room_json(r, include))
            .collect();
        Ok(page.reply(items))
    }

    fn name_taken(&self, name: &str, except: Option<Uuid>) -> Result<(), Refusal> {
        let taken = self
            .rooms
            .iter()
            .any(|r| r.unique_name.as_deref() == Some(name) && Some(r.id) != except);
        if taken {
            return Err(invalid(
                "unique_name",
                format!("`unique_name` must be unique in the account; `{name}` is taken"),
                true,
            ));
        }
        Ok(())
    }

    pub(super) fn create_room(&mut self, body: &Value) -> Result<Reply, Refusal> {
        let name = body["unique_name"].as_str().map(str::to_string);
        if let Some(n) = &name {
            self.name_taken(n, None)?;
        }
        let now = self.now();
        let room = Room {
            id: Uuid::new_v4(),
            unique_name: name,
            max_participants: Some(body["max_participants"].as_i64().unwrap_or(10)),
            enable_recording: Some(body["enable_recording"].as_bool().unwrap_or(false)),
            webhook_event_url: body["webhook_event_url"].as_str().map(str::to_string),
            webhook_event_failover_url: body["webhook_event_failover_url"]
                .as_str()
                .map(str::to_string),
            webhook_timeout_secs: body["webhook_timeout_secs"].as_i64(),
            record_type: Some("room".into()),
            created_at: Some(now),
            updated_at: Some(now),
            active_session_id: None,
            sessions: vec![],
        };
        let reply = data(StatusCode::CREATED, self.room_json(&room, false));
        self.rooms.push(room);
        Ok(reply)
    }

    pub(super) fn update_room(&mut self, id: Uuid, body: &Value) -> Result<Reply, Refusal> {
        self.room(id)?;
        if let Some(n) = body["unique_name"].as_str() {
            self.name_taken(n, Some(id))?;
        }
        let now = self.now();
        let room = self.room_mut(id)?;
        let b = body.as_object().cloned().unwrap_or_default();
        if let Some(v) = b.get("unique_name") {
            room.unique_name = v.as_str().map(str::to_string);
        }
        if let Some(v) = b.get("max_participants") {
            room.max_participants = v.as_i64();
        }
        if let Some(v) = b.get("enable_recording") {
            room.enable_recording = v.as_bool();
        }
        if let Some(v) = b.get("webhook_event_url") {
            room.webhook_event_url = v.as_str().map(str::to_string);
        }
        if let Some(v) = b.get("webhook_event_failover_url") {
            room.webhook_event_failover_url = v.as_str().map(str::to_string);
        }
        if let Some(v) = b.get("webhook_timeout_secs") {
            room.webhook_timeout_secs = v.as_i64();
        }
        room.updated_at = Some(now);
        let room = room.clone();
        Ok(data(StatusCode::OK, self.room_json(&room, false)))
    }

    /// Deleting a room removes anyone still in it (their session ends) first.
    pub(super) fn delete_room(&mut self, id: Uuid) -> Result<Reply, Refusal> {
        if let Some(session) = self.room(id)?.active_session_id {
            self.end_session(session, "room_deleted");
        }
        self.rooms.retain(|r| r.id != id);
        Ok(Reply::NoContent)
    }
}
