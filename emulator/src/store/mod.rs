//! The emulator's state and the semantics of each operation, one file per resource; queries and
//! paging in `query.rs`; simulated activity (joins, leaves, recordings) in `activity.rs`.

mod activity;
mod compositions;
mod media;
mod query;
mod recordings;
mod rooms;
mod seed;
mod sessions;
mod tokens;

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use reqwest::StatusCode;
use serde::Serialize;
use serde_json::{json, Value};
use uuid::Uuid;

pub use seed::Seeded;
use telnyx_rooms::operation::{Location, Violation};
use telnyx_rooms::types::{Room, RoomComposition, RoomParticipant, RoomRecording, RoomSession};
use telnyx_rooms::Operation;

use query::Query;

/// What a handler answers.
#[derive(Debug)]
pub(crate) enum Reply {
    Json(StatusCode, Value),
    NoContent,
    Error(Refusal),
    /// A media file (or part of one).
    File(media::File),
}

/// An error answer, as Telnyx sends it (`{"errors": [{code, title, detail, source}]}`).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Refusal {
    pub status: StatusCode,
    pub code: &'static str,
    pub title: &'static str,
    pub detail: String,
    pub source: Option<Value>,
}

impl From<Refusal> for Reply {
    fn from(r: Refusal) -> Reply {
        Reply::Error(r)
    }
}

pub(crate) fn not_found(what: &str, id: &str) -> Refusal {
    Refusal {
        status: StatusCode::NOT_FOUND,
        code: "10005",
        title: "Resource not found",
        detail: format!("No {what} has the id `{id}`."),
        source: None,
    }
}

/// An operation this emulator does not serve (a newer spec than its store knows).
fn not_implemented(op: Operation) -> Refusal {
    Refusal {
        status: StatusCode::NOT_IMPLEMENTED,
        code: "10501",
        title: "Not implemented by the emulator",
        detail: format!(
            "The emulator does not serve `{op}` ({} {}).",
            op.method(),
            op.path()
        ),
        source: None,
    }
}

/// A 422 naming `field` (in the body or a parameter).
pub(crate) fn invalid(field: &str, message: String, in_body: bool) -> Refusal {
    invalid_field(field, message, in_body)
}

/// The 422 for a value the spec's rules refuse: its field and location, from the violation.
fn violated(v: Violation) -> Refusal {
    let in_body = v.location == Location::Body;
    invalid_field(&v.field, v.to_string(), in_body)
}

fn invalid_field(field: &str, message: String, in_body: bool) -> Refusal {
    let source = if in_body {
        json!({"pointer": format!("/{}", field.replace('.', "/"))})
    } else {
        json!({"parameter": field})
    };
    Refusal {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        code: "10015",
        title: "Invalid value",
        detail: message,
        source: Some(source),
    }
}

/// `object[key]`, inserted as `[]` when absent: Telnyx sends empty lists rather than leaving
/// them out (the generated types skip them when empty).
fn empty_list<'v>(object: &'v mut Value, key: &str) -> &'v mut Value {
    object
        .as_object_mut()
        .expect("an object")
        .entry(key)
        .or_insert_with(|| Value::Array(Vec::new()))
}

fn data(status: StatusCode, item: impl Serialize) -> Reply {
    Reply::Json(status, json!({"data": item}))
}

fn parse_id(raw: &str, name: &str) -> Result<Uuid, Refusal> {
    Uuid::parse_str(raw)
        .map_err(|_| invalid(name, format!("`{name}` must be a UUID, got `{raw}`"), false))
}

fn find<T>(items: &[T], id: Uuid, key: impl Fn(&T) -> Uuid) -> Option<&T> {
    items.iter().find(|x| key(x) == id)
}

fn find_mut<T>(items: &mut [T], id: Uuid, key: impl Fn(&T) -> Uuid) -> Option<&mut T> {
    items.iter_mut().find(|x| key(x) == id)
}

/// Where a webhook event goes: the room's (or composition's) URLs and timeout.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Target {
    pub url: Option<String>,
    pub failover: Option<String>,
    pub timeout_secs: Option<i64>,
}

/// An event waiting to be delivered.
#[derive(Debug, Clone)]
pub(crate) struct Outgoing {
    /// The event's id: the same on every delivery attempt, and on a duplicate.
    pub id: Uuid,
    pub event: telnyx_rooms::webhooks::RoomEvent,
    pub occurred_at: DateTime<Utc>,
    pub target: Target,
}

#[derive(Default)]
pub(crate) struct Store {
    rooms: Vec<Room>,
    sessions: Vec<RoomSession>,
    participants: Vec<RoomParticipant>,
    recordings: Vec<RoomRecording>,
    compositions: Vec<RoomComposition>,
    /// join token -> (room, expiry)
    join_tokens: HashMap<String, (Uuid, DateTime<Utc>)>,
    /// refresh token -> (room, expiry)
    refresh_tokens: HashMap<String, (Uuid, DateTime<Utc>)>,
    /// Tokens kept before the expired ones are dropped (grows with the live ones).
    prune_tokens_at: usize,
    /// Where recordings' and compositions' files are served, and how their URLs are signed.
    media: media::Media,
    /// Participants whose audio is muted.
    muted: HashSet<Uuid>,
    /// A clock that only moves forward, so creation times order like creation.
    last_time: Option<DateTime<Utc>>,
    /// How far the emulator's clock is ahead of the real one.
    clock_offset: Duration,
    /// Events to deliver, taken by the emulator after each change.
    outbox: Vec<Outgoing>,
    /// Compositions whose session has ended: they complete after the composition delay.
    to_complete: Vec<Uuid>,
}

impl Store {
    /// Moves the emulator's clock forward: tokens expire, sessions last longer.
    pub(crate) fn advance_clock(&mut self, by: Duration) {
        self.clock_offset += by;
    }

    fn now(&mut self) -> DateTime<Utc> {
        let mut t = Utc::now() + self.clock_offset;
        if let Some(last) = self.last_time {
            if t <= last {
                t = last + Duration::microseconds(1);
            }
        }
        self.last_time = Some(t);
        t
    }

    /// Events produced since the last call, in order.
    pub(crate) fn take_outbox(&mut self) -> Vec<Outgoing> {
        std::mem::take(&mut self.outbox)
    }

    /// Compositions that became ready to complete since the last call.
    pub(crate) fn take_to_complete(&mut self) -> Vec<Uuid> {
        std::mem::take(&mut self.to_complete)
    }

    /// Whether a participant is muted.
    pub(crate) fn is_muted(&self, participant: Uuid) -> bool {
        self.muted.contains(&participant)
    }

    /// Answers one API request: the spec's checks first (422 naming the field), then the
    /// operation.
    pub(crate) fn handle(
        &mut self,
        op: Operation,
        path_params: &[(&'static str, String)],
        query: &[(String, String)],
        body: Option<&Value>,
    ) -> Reply {
        if let Err(v) = op.check(query, body) {
            return violated(v).into();
        }
        // Every operation has at most one path parameter: the id of what it acts on.
        let id = match path_params.first() {
            Some((name, raw)) => match parse_id(raw, name) {
                Ok(id) => Some(id),
                Err(r) => return r.into(),
            },
            None => None,
        };
        let q = Query(query);
        let body = body.cloned().unwrap_or(json!({}));
        match self.dispatch(op, id.unwrap_or_default(), &q, &body) {
            Ok(r) => r,
            Err(r) => r.into(),
        }
    }

    fn dispatch(
        &mut self,
        op: Operation,
        id: Uuid,
        q: &Query,
        body: &Value,
    ) -> Result<Reply, Refusal> {
        use Operation::*;
        Ok(match op {
            ListRooms => self.list_rooms(q)?,
            CreateRoom => self.create_room(body)?,
            GetRoom => data(
                StatusCode::OK,
                self.room_json(self.room(id)?, q.flag("include_sessions")),
            ),
            UpdateRoom => self.update_room(id, body)?,
            DeleteRoom => self.delete_room(id)?,
            ListSessionsForRoom => self.list_sessions_for_room(id, q)?,
            CreateClientToken => self.create_token(id, body)?,
            RefreshClientToken => self.refresh_token(id, body)?,
            ListRoomSessions => self.session_page(None, q)?,
            GetRoomSession => {
                let s = self.session(id)?;
                data(
                    StatusCode::OK,
                    self.session_json(s, q.flag("include_participants")),
                )
            }
            EndRoomSession => self.end_session_action(id)?,
            KickParticipants | MuteParticipants | UnmuteParticipants => {
                self.participant_action(op, id, body)?
            }
            ListParticipantsForSession => {
                self.session(id)?;
                let of: Vec<&RoomParticipant> = self
                    .participants
                    .iter()
                    .filter(|p| p.session_id == Some(id))
                    .collect();
                q.page(&of)?.reply_serialize()
            }
            ListRoomParticipants => q.page(&self.participants)?.reply_serialize(),
            GetRoomParticipant => data(StatusCode::OK, self.participant(id)?),
            ListRoomRecordings => {
                let page = q.page(&self.recordings)?;
                let items = page
                    .items
                    .iter()
                    .map(|r| self.recording_json(r.clone()))
                    .collect();
                page.reply(items)
            }
            DeleteRoomRecordings => self.delete_recordings(q),
            GetRoomRecording => {
                let r = self.recording_json(self.recording(id)?.clone());
                data(StatusCode::OK, r)
            }
            DeleteRoomRecording => self.delete_recording(id)?,
            ListRoomCompositions => {
                let page = q.page(&self.compositions)?;
                let items = page
                    .items
                    .iter()
                    .map(|c| self.composition_json(c.clone()))
                    .collect();
                page.reply(items)
            }
            CreateRoomComposition => self.create_composition(body)?,
            GetRoomComposition => {
                let c = self.composition_json(self.composition(id)?.clone());
                data(StatusCode::OK, c)
            }
            DeleteRoomComposition => self.delete_composition(id)?,
            // An operation of a newer spec than this emulator's store.
            other => return Err(not_implemented(other)),
        })
    }
}
