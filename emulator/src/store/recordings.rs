//! Recordings: get, list, delete one, delete by filter.

use reqwest::StatusCode;
use serde_json::json;
use uuid::Uuid;

use super::query::Query;
use super::{data, find, not_found, Refusal, Reply, Store};
use telnyx_rooms::types::RoomRecording;

impl Store {
    /// A recording as the API answers it: a completed one with a fresh download URL (valid for
    /// the media URL lifetime from now, on the emulator's clock).
    pub(super) fn recording_json(&mut self, mut r: RoomRecording) -> serde_json::Value {
        if r.download_url.is_some() {
            let now = self.now();
            r.download_url = Some(self.media.url("recordings", r.id, now));
        }
        serde_json::to_value(r).expect("serialisable")
    }

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
