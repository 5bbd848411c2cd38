//! Routing: which of the 25 operations a method and path name, as an `enum`.

/// One operation of the Video Rooms API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Op {
    ListRooms,
    CreateRoom,
    GetRoom,
    UpdateRoom,
    DeleteRoom,
    ListSessionsForRoom,
    CreateClientToken,
    RefreshClientToken,
    ListRoomSessions,
    GetRoomSession,
    EndRoomSession,
    KickParticipants,
    MuteParticipants,
    UnmuteParticipants,
    ListParticipantsForSession,
    ListRoomParticipants,
    GetRoomParticipant,
    ListRoomRecordings,
    DeleteRoomRecordings,
    GetRoomRecording,
    DeleteRoomRecording,
    ListRoomCompositions,
    CreateRoomComposition,
    GetRoomComposition,
    DeleteRoomComposition,
}

impl Op {
    /// The operation at `method` and the path's segments (after `/v2`), if any.
    pub(super) fn route(method: &str, seg: &[&str]) -> Option<Op> {
        use Op::*;
        Some(match (method, seg) {
            ("GET", ["rooms"]) => ListRooms,
            ("POST", ["rooms"]) => CreateRoom,
            ("GET", ["rooms", _]) => GetRoom,
            ("PATCH", ["rooms", _]) => UpdateRoom,
            ("DELETE", ["rooms", _]) => DeleteRoom,
            ("GET", ["rooms", _, "sessions"]) => ListSessionsForRoom,
            ("POST", ["rooms", _, "actions", "generate_join_client_token"]) => CreateClientToken,
            ("POST", ["rooms", _, "actions", "refresh_client_token"]) => RefreshClientToken,
            ("GET", ["room_sessions"]) => ListRoomSessions,
            ("GET", ["room_sessions", _]) => GetRoomSession,
            ("POST", ["room_sessions", _, "actions", "end"]) => EndRoomSession,
            ("POST", ["room_sessions", _, "actions", "kick"]) => KickParticipants,
            ("POST", ["room_sessions", _, "actions", "mute"]) => MuteParticipants,
            ("POST", ["room_sessions", _, "actions", "unmute"]) => UnmuteParticipants,
            ("GET", ["room_sessions", _, "participants"]) => ListParticipantsForSession,
            ("GET", ["room_participants"]) => ListRoomParticipants,
            ("GET", ["room_participants", _]) => GetRoomParticipant,
            ("GET", ["room_recordings"]) => ListRoomRecordings,
            ("DELETE", ["room_recordings"]) => DeleteRoomRecordings,
            ("GET", ["room_recordings", _]) => GetRoomRecording,
            ("DELETE", ["room_recordings", _]) => DeleteRoomRecording,
            ("GET", ["room_compositions"]) => ListRoomCompositions,
            ("POST", ["room_compositions"]) => CreateRoomComposition,
            ("GET", ["room_compositions", _]) => GetRoomComposition,
            ("DELETE", ["room_compositions", _]) => DeleteRoomComposition,
            _ => return None,
        })
    }

    /// The spec's operationId (the key of its validation rules).
    pub(super) fn id(self) -> &'static str {
        use Op::*;
        match self {
            ListRooms => "list_rooms",
            CreateRoom => "create_room",
            GetRoom => "get_room",
            UpdateRoom => "update_room",
            DeleteRoom => "delete_room",
            ListSessionsForRoom => "list_sessions_for_room",
            CreateClientToken => "create_client_token",
            RefreshClientToken => "refresh_client_token",
            ListRoomSessions => "list_room_sessions",
            GetRoomSession => "get_room_session",
            EndRoomSession => "end_room_session",
            KickParticipants => "kick_participants",
            MuteParticipants => "mute_participants",
            UnmuteParticipants => "unmute_participants",
            ListParticipantsForSession => "list_participants_for_session",
            ListRoomParticipants => "list_room_participants",
            GetRoomParticipant => "get_room_participant",
            ListRoomRecordings => "list_room_recordings",
            DeleteRoomRecordings => "delete_room_recordings",
            GetRoomRecording => "get_room_recording",
            DeleteRoomRecording => "delete_room_recording",
            ListRoomCompositions => "list_room_compositions",
            CreateRoomComposition => "create_room_composition",
            GetRoomComposition => "get_room_composition",
            DeleteRoomComposition => "delete_room_composition",
        }
    }

    /// The name of the path's id parameter (its second segment), if the operation has one.
    pub(super) fn path_param(self, seg: &[&str]) -> Option<&'static str> {
        if seg.len() < 2 {
            return None;
        }
        Some(match seg[0] {
            "rooms" => "room_id",
            "room_sessions" => "room_session_id",
            "room_participants" => "room_participant_id",
            "room_recordings" => "room_recording_id",
            _ => "room_composition_id",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_of_the_spec_routes_to_itself() {
        let ops = crate::validate::operations();
        assert_eq!(ops.len(), 25);
        for (id, method, path) in ops {
            let seg: Vec<&str> = path.trim_matches('/').split('/').collect();
            let op = Op::route(method, &seg).unwrap_or_else(|| panic!("{method} {path}"));
            assert_eq!(op.id(), id);
        }
    }
}
