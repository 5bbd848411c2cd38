//! Sessions: get, list, and the session actions (end, kick, mute, unmute).

use reqwest::StatusCode;
use serde_json::{json, Value};
use uuid::Uuid;

use super::query::Query;
use super::{data, find, not_found, Refusal, Reply, Store};
use telnyx_rooms::types::RoomSession;
use telnyx_rooms::Operation as Op;

impl Store {
    pub(super) fn session(&self, id: Uuid) -> Result<&RoomSession, Refusal> {
        find(&self.sessions, id, |s| s.id).ok_or_else(|| not_found("room session", &id.to_string()))
    }

    pub(super) fn session_json(&self, s: &RoomSession, include_participants: bool) -> Value {
        let mut s = s.clone();
        if include_participants {
            s.participants = self
                .participants
                .iter()
                .filter(|p| p.session_id == Some(s.id))
                .cloned()
                .collect();
        }
        let mut v = serde_json::to_value(s).expect("serialisable");
        super::empty_list(&mut v, "participants");
        v
    }

    /// A page of sessions (of one room, or of all), with participants when asked for.
    pub(super) fn session_page(&self, room: Option<Uuid>, q: &Query) -> Result<Reply, Refusal> {
        let of: Vec<&RoomSession> = self
            .sessions
            .iter()
            .filter(|s| room.is_none() || s.room_id == room)
            .collect();
        let include = q.flag("include_participants");
        let page = q.page(&of)?;
        let items: Vec<Value> = page
            .items
            .iter()
            .map(|s| self.session_json(s, include))
            .collect();
        Ok(page.reply(items))
    }

    pub(super) fn list_sessions_for_room(&self, room: Uuid, q: &Query) -> Result<Reply, Refusal> {
        self.room(room)?;
        self.session_page(Some(room), q)
    }

    pub(super) fn end_session_action(&mut self, id: Uuid) -> Result<Reply, Refusal> {
        self.session(id)?;
        self.end_session(id, "ended_by_api");
        Ok(data(StatusCode::OK, json!({"result": "ok"})))
    }

    /// Kick, mute or unmute: every active participant of the session, or the listed ones, minus
    /// `exclude`.
    pub(super) fn participant_action(
        &mut self,
        op: Op,
        session: Uuid,
        body: &Value,
    ) -> Result<Reply, Refusal> {
        self.session(session)?;
        let ids = |v: &Value| -> Vec<String> {
            v.as_array()
                .into_iter()
                .flatten()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        };
        let exclude = ids(&body["exclude"]);
        let chosen = body["participants"]
            .is_array()
            .then(|| ids(&body["participants"]));
        let picked: Vec<Uuid> = self
            .participants
            .iter()
            .filter(|p| p.session_id == Some(session) && p.left_at.is_none())
            .map(|p| p.id)
            .filter(|id| {
                let id = id.to_string();
                chosen.as_ref().is_none_or(|c| c.contains(&id)) && !exclude.contains(&id)
            })
            .collect();
        for id in picked {
            match op {
                Op::KickParticipants => {
                    self.leave(id, "kicked")?;
                }
                Op::MuteParticipants => {
                    self.muted.insert(id);
                }
                _ => {
                    self.muted.remove(&id);
                }
            }
        }
        Ok(data(StatusCode::OK, json!({"result": "ok"})))
    }
}
