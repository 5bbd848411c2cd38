//! Recordings: get, list, delete one, delete by filter.

use reqwest::StatusCode;
use serde_json::json;
use uuid::Uuid;

use super::query::Query;
use super::{data, find, not_found, Refusal, Reply, Store};
use telnyx_rooms::types::RoomRecording;

impl Store {
    pub(super) fn recording(&self, id: Uuid) -> Result<&RoomRecording, Refusal> {
        find(&self.recordings, id, |r| r.id).ok_or_else(|| not_found("recording", &id.to_string()))
    }

    /// Deletes every recording the filters match: with no filter, every recording of the
    /// account, as Telnyx does.
    pub(super) fn delete_recordings(&mut self, q: &Query) -> Reply {
        let doomed: Vec<Uuid> = q.filtered(&self.recordings).iter().map(|r| r.id).collect();
        self.recordings.retain(|r| !doomed.contains(&r.id));
        data(
            StatusCode::CREATED,
            json!({"room_recordings": doomed.len()}),
        )
    }

    pub(super) fn delete_recording(&mut self, id: Uuid) -> Result<Reply, Refusal> {
        self.recording(id)?;
        self.recordings.retain(|r| r.id != id);
        Ok(Reply::NoContent)
    }
}
