//! Webhook events for the store's tests: built from JSON as Telnyx sends them, with times
//! from a fixed origin, and a small deterministic generator for shuffles.

use chrono::{DateTime, TimeZone, Utc};
use telnyx_rooms::webhooks::WebhookEvent;
use uuid::Uuid;

/// A small deterministic generator (no dependency for shuffling).
pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

pub fn at(secs: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(1_780_000_000 + secs, 0).unwrap()
}

pub fn event(kind: &str, when: DateTime<Utc>, payload: serde_json::Value) -> WebhookEvent {
    let body = serde_json::json!({"data": {
        "event_type": format!("video.room.{kind}"),
        "id": Uuid::new_v4(),
        "occurred_at": when,
        "record_type": "event",
        "payload": payload,
    }});
    WebhookEvent::parse(body.to_string().as_bytes()).unwrap()
}

/// Each room: a session with participants who join and leave, each recorded, then the end
/// and a composition. Every event states one fact nothing else states.
pub fn room_events(rooms: usize, participants: usize) -> Vec<WebhookEvent> {
    let mut out = Vec::new();
    for r in 0..rooms {
        let room = Uuid::from_u128(0xA000 + r as u128);
        let session = Uuid::from_u128(0xB000 + r as u128);
        let ids = serde_json::json!({"room_id": room, "session_id": session});
        let with = |extra: serde_json::Value| {
            let mut p = ids.clone();
            p.as_object_mut()
                .unwrap()
                .extend(extra.as_object().unwrap().clone());
            p
        };
        let t0 = r as i64 * 1000;
        out.push(event("session.started", at(t0), ids.clone()));
        for p in 0..participants {
            let participant = Uuid::from_u128(0xC0000 + (r * 100 + p) as u128);
            let recording = Uuid::from_u128(0xD0000 + (r * 100 + p) as u128);
            let t = t0 + 10 * p as i64;
            out.push(event(
                "participant.joined",
                at(t + 1),
                with(
                    serde_json::json!({"participant_id": participant, "context": format!("p{p}")}),
                ),
            ));
            out.push(event(
                "recording.started",
                at(t + 2),
                with(serde_json::json!({"recording_id": recording, "participant_id": participant, "type": "audio"})),
            ));
            out.push(event(
                "participant.left",
                at(t + 500),
                with(serde_json::json!({"participant_id": participant, "left_reason": "left", "duration_secs": 499})),
            ));
            out.push(event(
                "recording.completed",
                at(t + 501),
                with(serde_json::json!({"recording_id": recording, "participant_id": participant, "duration_secs": 498, "size_mb": 1.5})),
            ));
        }
        out.push(event(
            "session.ended",
            at(t0 + 900),
            with(
                serde_json::json!({"ended_reason": "all_participants_left", "duration_secs": 900}),
            ),
        ));
        out.push(event(
            "composition.completed",
            at(t0 + 950),
            with(serde_json::json!({"composition_id": Uuid::from_u128(0xE000 + r as u128), "format": "mp4"})),
        ));
    }
    out
}
