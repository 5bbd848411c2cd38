//! The emulator's state and the semantics of each operation.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use reqwest::StatusCode;
use serde::Serialize;
use serde_json::{json, Value};
use uuid::Uuid;

use super::Seed;
use crate::types::{
    PaginationMeta, Room, RoomComposition, RoomParticipant, RoomRecording, RoomSession,
};

/// What a handler answers.
pub(super) enum Reply {
    Json(StatusCode, Value),
    NoContent,
    Error {
        status: StatusCode,
        code: &'static str,
        title: &'static str,
        detail: String,
        source: Option<Value>,
    },
}

fn not_found(what: &str, id: &str) -> Reply {
    Reply::Error {
        status: StatusCode::NOT_FOUND,
        code: "10005",
        title: "Resource not found",
        detail: format!("No {what} has the id `{id}`."),
        source: None,
    }
}

fn invalid(message: String, in_body: bool) -> Reply {
    // The field is the first backticked name in the message: `max_participants` or `page[size]`.
    let field = message.split('`').nth(1).unwrap_or("").to_string();
    let source = if in_body {
        json!({"pointer": format!("/{}", field.replace('.', "/"))})
    } else {
        json!({"parameter": field})
    };
    Reply::Error {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        code: "10015",
        title: "Invalid value",
        detail: message,
        source: Some(source),
    }
}

fn data(status: StatusCode, item: impl Serialize) -> Reply {
    Reply::Json(status, json!({"data": item}))
}

/// Ids of what [`Emulator::seed`](super::Emulator::seed) created.
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

#[derive(Default)]
pub(super) struct Store {
    rooms: Vec<Room>,
    sessions: Vec<RoomSession>,
    participants: Vec<RoomParticipant>,
    recordings: Vec<RoomRecording>,
    compositions: Vec<RoomComposition>,
    /// refresh token -> (room, expiry)
    refresh_tokens: HashMap<String, (Uuid, DateTime<Utc>)>,
    /// A clock that only moves forward, so creation times order like creation.
    last_time: Option<DateTime<Utc>>,
}

fn parse_id(raw: &str, name: &str) -> Result<Uuid, Reply> {
    Uuid::parse_str(raw)
        .map_err(|_| invalid(format!("`{name}` must be a UUID, got `{raw}`"), false))
}

impl Store {
    fn now(&mut self) -> DateTime<Utc> {
        let mut t = Utc::now();
        if let Some(last) = self.last_time {
            if t <= last {
                t = last + Duration::microseconds(1);
            }
        }
        self.last_time = Some(t);
        t
    }

    pub(super) fn route(
        &mut self,
        method: &str,
        seg: &[&str],
        query: &[(String, String)],
        body: Option<&Value>,
    ) -> Reply {
        let op = match (method, seg) {
            ("GET", ["rooms"]) => "list_rooms",
            ("POST", ["rooms"]) => "create_room",
            ("GET", ["rooms", _]) => "get_room",
            ("PATCH", ["rooms", _]) => "update_room",
            ("DELETE", ["rooms", _]) => "delete_room",
            ("GET", ["rooms", _, "sessions"]) => "list_sessions_for_room",
            ("POST", ["rooms", _, "actions", "generate_join_client_token"]) => {
                "create_client_token"
            }
            ("POST", ["rooms", _, "actions", "refresh_client_token"]) => "refresh_client_token",
            ("GET", ["room_sessions"]) => "list_room_sessions",
            ("GET", ["room_sessions", _]) => "get_room_session",
            ("POST", ["room_sessions", _, "actions", "end"]) => "end_room_session",
            ("POST", ["room_sessions", _, "actions", "kick"]) => "kick_participants",
            ("POST", ["room_sessions", _, "actions", "mute"]) => "mute_participants",
            ("POST", ["room_sessions", _, "actions", "unmute"]) => "unmute_participants",
            ("GET", ["room_sessions", _, "participants"]) => "list_participants_for_session",
            ("GET", ["room_participants"]) => "list_room_participants",
            ("GET", ["room_participants", _]) => "get_room_participant",
            ("GET", ["room_recordings"]) => "list_room_recordings",
            ("DELETE", ["room_recordings"]) => "delete_room_recordings",
            ("GET", ["room_recordings", _]) => "get_room_recording",
            ("DELETE", ["room_recordings", _]) => "delete_room_recording",
            ("GET", ["room_compositions"]) => "list_room_compositions",
            ("POST", ["room_compositions"]) => "create_room_composition",
            ("GET", ["room_compositions", _]) => "get_room_composition",
            ("DELETE", ["room_compositions", _]) => "delete_room_composition",
            _ => {
                return Reply::Error {
                    status: StatusCode::NOT_FOUND,
                    code: "10005",
                    title: "Resource not found",
                    detail: format!("No operation at {method} /{}.", seg.join("/")),
                    source: None,
                }
            }
        };
        if let Err(message) = crate::validate::check_parts(op, query, body) {
            let in_body = !message.starts_with("`page[")
                && !message.starts_with("`filter[")
                && !message.starts_with("`include_");
            return invalid(message, in_body);
        }
        let q = Query(query);
        let body = body.cloned().unwrap_or(json!({}));
        match self.dispatch(op, seg, &q, &body) {
            Ok(r) | Err(r) => r,
        }
    }

    fn dispatch(
        &mut self,
        op: &str,
        seg: &[&str],
        q: &Query,
        body: &Value,
    ) -> Result<Reply, Reply> {
        let id = |name: &str| parse_id(seg.get(1).copied().unwrap_or(""), name);
        Ok(match op {
            "list_rooms" => {
                let include = q.flag("include_sessions");
                let page = q.page(&self.rooms)?;
                let items: Vec<Value> = page
                    .items
                    .iter()
                    .map(|r| self.room_json(r, include))
                    .collect();
                page.reply(items)
            }
            "create_room" => self.create_room(body)?,
            "get_room" => {
                let room = self.room(id("room_id")?)?;
                data(
                    StatusCode::OK,
                    self.room_json(room, q.flag("include_sessions")),
                )
            }
            "update_room" => self.update_room(id("room_id")?, body)?,
            "delete_room" => {
                let rid = id("room_id")?;
                self.room(rid)?;
                self.rooms.retain(|r| r.id != rid);
                Reply::NoContent
            }
            "list_sessions_for_room" => {
                let rid = id("room_id")?;
                self.room(rid)?;
                let of_room: Vec<RoomSession> = self
                    .sessions
                    .iter()
                    .filter(|s| s.room_id == Some(rid))
                    .cloned()
                    .collect();
                self.session_page(&of_room, q)?
            }
            "create_client_token" => self.create_token(id("room_id")?, body)?,
            "refresh_client_token" => self.refresh_token(id("room_id")?, body)?,
            "list_room_sessions" => {
                let all = std::mem::take(&mut self.sessions);
                let r = self.session_page(&all, q);
                self.sessions = all;
                r?
            }
            "get_room_session" => {
                let sid = id("room_session_id")?;
                let s = self.session(sid)?.clone();
                data(
                    StatusCode::OK,
                    self.session_json(&s, q.flag("include_participants")),
                )
            }
            "end_room_session" => self.end_session(id("room_session_id")?)?,
            "kick_participants" | "mute_participants" | "unmute_participants" => {
                self.participant_action(op, id("room_session_id")?, body)?
            }
            "list_participants_for_session" => {
                let sid = id("room_session_id")?;
                self.session(sid)?;
                let of: Vec<RoomParticipant> = self
                    .participants
                    .iter()
                    .filter(|p| p.session_id == Some(sid))
                    .cloned()
                    .collect();
                q.page(&of)?.reply_serialize()
            }
            "list_room_participants" => q.page(&self.participants)?.reply_serialize(),
            "get_room_participant" => {
                let pid = id("room_participant_id")?;
                data(
                    StatusCode::OK,
                    find(&self.participants, pid, |p| p.id)
                        .ok_or_else(|| not_found("participant", seg[1]))?,
                )
            }
            "list_room_recordings" => q.page(&self.recordings)?.reply_serialize(),
            "delete_room_recordings" => {
                let doomed: Vec<Uuid> = q.filtered(&self.recordings).iter().map(|r| r.id).collect();
                self.recordings.retain(|r| !doomed.contains(&r.id));
                data(
                    StatusCode::CREATED,
                    json!({"room_recordings": doomed.len()}),
                )
            }
            "get_room_recording" => {
                let rid = id("room_recording_id")?;
                data(
                    StatusCode::OK,
                    find(&self.recordings, rid, |r| r.id)
                        .ok_or_else(|| not_found("recording", seg[1]))?,
                )
            }
            "delete_room_recording" => {
                let rid = id("room_recording_id")?;
                find(&self.recordings, rid, |r| r.id)
                    .ok_or_else(|| not_found("recording", seg[1]))?;
                self.recordings.retain(|r| r.id != rid);
                Reply::NoContent
            }
            "list_room_compositions" => q.page(&self.compositions)?.reply_serialize(),
            "create_room_composition" => self.create_composition(body)?,
            "get_room_composition" => {
                let cid = id("room_composition_id")?;
                data(
                    StatusCode::OK,
                    find(&self.compositions, cid, |c| c.id)
                        .ok_or_else(|| not_found("composition", seg[1]))?,
                )
            }
            "delete_room_composition" => {
                let cid = id("room_composition_id")?;
                find(&self.compositions, cid, |c| c.id)
                    .ok_or_else(|| not_found("composition", seg[1]))?;
                self.compositions.retain(|c| c.id != cid);
                Reply::NoContent
            }
            other => unreachable!("routed operation {other}"),
        })
    }

    fn room(&self, id: Uuid) -> Result<&Room, Reply> {
        find(&self.rooms, id, |r| r.id).ok_or_else(|| not_found("room", &id.to_string()))
    }

    fn session(&self, id: Uuid) -> Result<&RoomSession, Reply> {
        find(&self.sessions, id, |s| s.id).ok_or_else(|| not_found("room session", &id.to_string()))
    }

    fn room_json(&self, room: &Room, include_sessions: bool) -> Value {
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
        v
    }

    fn session_json(&self, s: &RoomSession, include_participants: bool) -> Value {
        let mut s = s.clone();
        if include_participants {
            s.participants = self
                .participants
                .iter()
                .filter(|p| p.session_id == Some(s.id))
                .cloned()
                .collect();
        }
        serde_json::to_value(s).expect("serialisable")
    }

    fn session_page(&self, sessions: &[RoomSession], q: &Query) -> Result<Reply, Reply> {
        let include = q.flag("include_participants");
        let page = q.page(sessions)?;
        let items: Vec<Value> = page
            .items
            .iter()
            .map(|s| self.session_json(s, include))
            .collect();
        Ok(page.reply(items))
    }

    fn create_room(&mut self, body: &Value) -> Result<Reply, Reply> {
        let name = body["unique_name"].as_str().map(str::to_string);
        if let Some(n) = &name {
            if self.rooms.iter().any(|r| r.unique_name.as_ref() == Some(n)) {
                return Err(invalid(
                    format!("`unique_name` must be unique in the account; `{n}` is taken"),
                    true,
                ));
            }
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
        self.rooms.push(room.clone());
        Ok(data(StatusCode::CREATED, self.room_json(&room, false)))
    }

    fn update_room(&mut self, id: Uuid, body: &Value) -> Result<Reply, Reply> {
        self.room(id)?;
        if let Some(n) = body["unique_name"].as_str() {
            if self
                .rooms
                .iter()
                .any(|r| r.unique_name.as_deref() == Some(n) && r.id != id)
            {
                return Err(invalid(
                    format!("`unique_name` must be unique in the account; `{n}` is taken"),
                    true,
                ));
            }
        }
        let now = self.now();
        let room = self.rooms.iter_mut().find(|r| r.id == id).expect("checked");
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

    fn create_token(&mut self, room: Uuid, body: &Value) -> Result<Reply, Reply> {
        self.room(room)?;
        let now = self.now();
        let ttl = body["token_ttl_secs"].as_i64().unwrap_or(600);
        let refresh_ttl = body["refresh_token_ttl_secs"].as_i64().unwrap_or(3600);
        let refresh = format!("emu-refresh.{}", Uuid::new_v4().simple());
        let refresh_expires = now + Duration::seconds(refresh_ttl);
        self.refresh_tokens
            .insert(refresh.clone(), (room, refresh_expires));
        Ok(data(
            StatusCode::CREATED,
            json!({
                "token": format!("emu-token.{}", Uuid::new_v4().simple()),
                "token_expires_at": now + Duration::seconds(ttl),
                "refresh_token": refresh,
                "refresh_token_expires_at": refresh_expires,
            }),
        ))
    }

    fn refresh_token(&mut self, room: Uuid, body: &Value) -> Result<Reply, Reply> {
        self.room(room)?;
        let now = self.now();
        let token = body["refresh_token"].as_str().unwrap_or_default();
        match self.refresh_tokens.get(token) {
            Some((r, expires)) if *r == room && *expires > now => {}
            _ => {
                return Err(invalid(
                    "`refresh_token` is unknown, expired, or for another room".to_string(),
                    true,
                ))
            }
        }
        let ttl = body["token_ttl_secs"].as_i64().unwrap_or(600);
        Ok(data(
            StatusCode::CREATED,
            json!({"token": format!("emu-token.{}", Uuid::new_v4().simple()), "token_expires_at": now + Duration::seconds(ttl)}),
        ))
    }

    fn end_session(&mut self, id: Uuid) -> Result<Reply, Reply> {
        self.session(id)?;
        let now = self.now();
        let s = self
            .sessions
            .iter_mut()
            .find(|s| s.id == id)
            .expect("checked");
        if s.active == Some(true) {
            s.active = Some(false);
            s.ended_at = Some(now);
            s.updated_at = Some(now);
            for p in self
                .participants
                .iter_mut()
                .filter(|p| p.session_id == Some(id) && p.left_at.is_none())
            {
                p.left_at = Some(now);
                p.updated_at = Some(now);
            }
            let room_id = s.room_id;
            if let Some(room) = self
                .rooms
                .iter_mut()
                .find(|r| Some(r.id) == room_id && r.active_session_id == Some(id))
            {
                room.active_session_id = None;
            }
        }
        Ok(data(StatusCode::OK, json!({"result": "ok"})))
    }

    fn participant_action(
        &mut self,
        op: &str,
        session: Uuid,
        body: &Value,
    ) -> Result<Reply, Reply> {
        self.session(session)?;
        let exclude: Vec<String> = body["exclude"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        let chosen: Option<Vec<String>> = body["participants"].as_array().map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        });
        if op == "kick_participants" {
            let now = self.now();
            for p in self
                .participants
                .iter_mut()
                .filter(|p| p.session_id == Some(session) && p.left_at.is_none())
            {
                let id = p.id.to_string();
                let picked = chosen.as_ref().is_none_or(|c| c.contains(&id));
                if picked && !exclude.contains(&id) {
                    p.left_at = Some(now);
                    p.updated_at = Some(now);
                }
            }
        }
        // Mute state is not part of the resource; the action is accepted as Telnyx does.
        Ok(data(StatusCode::OK, json!({"result": "ok"})))
    }

    fn create_composition(&mut self, body: &Value) -> Result<Reply, Reply> {
        let session_id = body["session_id"]
            .as_str()
            .and_then(|s| Uuid::parse_str(s).ok());
        let session = match session_id {
            Some(sid) => self.session(sid)?.clone(),
            None => {
                return Err(invalid(
                    "`session_id` is required to compose recordings".into(),
                    true,
                ))
            }
        };
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
        self.compositions.push(c.clone());
        Ok(data(StatusCode::ACCEPTED, c))
    }

    pub(super) fn seed(&mut self, seed: Seed) -> Seeded {
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

fn find<T: Clone>(items: &[T], id: Uuid, key: impl Fn(&T) -> Uuid) -> Option<&T> {
    items.iter().find(|x| key(x) == id)
}

/// Decoded query parameters.
struct Query<'q>(&'q [(String, String)]);

struct PageOf<T> {
    items: Vec<T>,
    meta: PaginationMeta,
}

impl<T: Serialize> PageOf<T> {
    fn reply(&self, items: Vec<Value>) -> Reply {
        Reply::Json(StatusCode::OK, json!({"data": items, "meta": self.meta}))
    }
    fn reply_serialize(&self) -> Reply {
        Reply::Json(
            StatusCode::OK,
            json!({"data": self.items, "meta": self.meta}),
        )
    }
}

impl Query<'_> {
    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn flag(&self, name: &str) -> bool {
        self.get(name) == Some("true")
    }

    /// The items matching every `filter[...]` parameter. `filter[field]` compares a field's
    /// value; `filter[date_X_at][eq|gte|lte]` compares the date of the `X_at` field.
    fn filtered<'t, T: Serialize>(&self, items: &'t [T]) -> Vec<&'t T> {
        let filters: Vec<(&str, &str)> = self
            .0
            .iter()
            .filter(|(k, _)| k.starts_with("filter["))
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        if filters.is_empty() {
            return items.iter().collect();
        }
        items
            .iter()
            .filter(|item| {
                let v = serde_json::to_value(item).expect("serialisable");
                filters.iter().all(|(k, want)| matches(&v, k, want))
            })
            .collect()
    }

    fn page<T: Serialize + Clone>(&self, items: &[T]) -> Result<PageOf<T>, Reply> {
        // Ranges were checked against the spec already; defaults are Telnyx's.
        let size: usize = self
            .get("page[size]")
            .and_then(|s| s.parse().ok())
            .unwrap_or(20);
        let number: usize = self
            .get("page[number]")
            .and_then(|s| s.parse().ok())
            .unwrap_or(1);
        let all = self.filtered(items);
        let total = all.len();
        let start = (number - 1).saturating_mul(size).min(total);
        let end = start.saturating_add(size).min(total);
        Ok(PageOf {
            items: all[start..end].iter().map(|&item| item.clone()).collect(),
            meta: PaginationMeta {
                page_number: Some(number as i64),
                page_size: Some(size as i64),
                total_pages: Some(total.div_ceil(size) as i64),
                total_results: Some(total as i64),
            },
        })
    }
}

fn matches(item: &Value, key: &str, want: &str) -> bool {
    let inner = &key["filter[".len()..];
    let parts: Vec<&str> = inner.trim_end_matches(']').split("][").collect();
    match parts.as_slice() {
        [field, op] if field.starts_with("date_") => {
            let name = &field["date_".len()..];
            let Some(date) = item[name].as_str().and_then(|s| s.get(..10)) else {
                return false;
            };
            match *op {
                "eq" => date == want,
                "gte" => date >= want,
                "lte" => date <= want,
                _ => true,
            }
        }
        [field] => match &item[*field] {
            Value::String(s) => s == want,
            Value::Null => false,
            other => serde_json::from_str::<Value>(want).ok().as_ref() == Some(other),
        },
        // Upstream's older eq/gte/lte form for numbers.
        [field, op] => {
            let (Some(have), Ok(want)) = (item[*field].as_f64(), want.parse::<f64>()) else {
                return false;
            };
            match *op {
                "eq" => have == want,
                "gte" => have >= want,
                "lte" => have <= want,
                _ => true,
            }
        }
        _ => true,
    }
}
