//! One representative call of each of the 25 operations, shared by the wire-format snapshot
//! and the contract tests. Every filter and body field a call sets is valid for the API.

use telnyx_rooms::{types, Client, Operation};

pub const ROOM: &str = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";
pub const SESSION: &str = "7b61621f-62e0-4aad-ab11-9fd19e272e73";
pub const PARTICIPANT: &str = "5ccc7b54-4df3-4bca-a65a-35a1ecc777f0";
pub const RECORDING: &str = "1ccc7b54-4df3-4bca-a65a-35a1ecc777f0";
pub const COMPOSITION: &str = "2ccc7b54-4df3-4bca-a65a-35a1ecc777f0";

fn date(s: &str) -> chrono::NaiveDate {
    s.parse().unwrap()
}

/// The ids the calls use. The defaults are fixed example ids; a stateful server (the emulator)
/// gets ids that exist in it.
#[derive(Debug, Clone, Copy)]
pub struct Ids {
    pub room: &'static str,
    pub room_to_delete: &'static str,
    pub session: &'static str,
    /// The session whose recordings the bulk delete removes.
    pub other_session: &'static str,
    pub participant: &'static str,
    pub recording: &'static str,
    pub composition: &'static str,
}

impl Default for Ids {
    fn default() -> Self {
        Ids {
            room: ROOM,
            room_to_delete: ROOM,
            session: SESSION,
            other_session: SESSION,
            participant: PARTICIPANT,
            recording: RECORDING,
            composition: COMPOSITION,
        }
    }
}

/// Seeds `emu` (3 rooms, 2 sessions each, 2 participants a session, a recording each, and a
/// composition) and returns ids that exist in it, for [`call_every_operation_with`].
#[allow(dead_code)]
pub async fn emulator_ids(emu: &telnyx_rooms_emulator::Emulator) -> Ids {
    let seeded = emu.seed(telnyx_rooms_emulator::Seed {
        rooms: 3,
        sessions_per_room: 2,
        participants_per_session: 2,
        recordings_per_participant: 1,
    });
    let composition = emu
        .client()
        .create_room_composition()
        .session_id(seeded.sessions[0])
        .execute()
        .await
        .unwrap()
        .id;
    let leak = |u: uuid::Uuid| -> &'static str { Box::leak(u.to_string().into_boxed_str()) };
    Ids {
        room: leak(seeded.rooms[0]),
        room_to_delete: leak(seeded.rooms[2]),
        session: leak(seeded.sessions[1]),
        other_session: leak(seeded.sessions[2]),
        participant: leak(seeded.participants[2]),
        recording: leak(seeded.recordings[0]),
        composition: leak(composition),
    }
}

/// Which of a builder's two calls sends the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code)] // each test binary uses its own subset
pub enum Via {
    /// `execute()`: the resource, or our `Error`.
    Execute,
    /// progenitor's raw `send()`, through the hooks.
    Send,
}

/// One outcome per operation.
pub type Outcomes = Vec<(Operation, Result<(), String>)>;

/// Calls every operation once with the default ids; see [`call_every_operation_with`].
#[allow(dead_code)]
pub async fn call_every_operation(c: &Client) -> Outcomes {
    call_every_operation_with(c, Ids::default(), Via::Execute).await
}

/// Calls every operation once (creating before deleting), through `via`; returns each
/// operation with its outcome (any 2xx that decodes is `Ok`). Panics unless it called exactly
/// the spec's operations, so a new operation in the spec needs its call here.
pub async fn call_every_operation_with(c: &Client, ids: Ids, via: Via) -> Outcomes {
    let mut refresh_token = "eyJhbGciOiJFZDI1NTE5In0.e30.sig".to_string();
    let mut calls: Outcomes = Vec::new();
    macro_rules! call {
        ($op:expr, $builder:expr) => {{
            let b = $builder;
            let r = match via {
                Via::Execute => b.execute().await.map(|_| ()).map_err(|e| e.to_string()),
                Via::Send => b.send().await.map(|_| ()).map_err(|e| e.to_string()),
            };
            calls.push(($op, r));
        }};
    }
    call!(
        Operation::ListRooms,
        c.list_rooms()
            .filter_date_created_at_gte(date("2024-01-01"))
            .filter_date_updated_at_lte(date("2024-12-31"))
            .filter_unique_name("my room/ä&x")
            .include_sessions(true)
            .page_number(2)
            .page_size(50)
    );
    call!(
        Operation::CreateRoom,
        c.create_room().body(types::CreateRoomRequest {
            unique_name: Some("standup".into()),
            max_participants: Some(12),
            webhook_event_url: Some("https://example.com/hooks".into()),
            ..Default::default()
        })
    );
    call!(
        Operation::GetRoom,
        c.get_room().room_id(ids.room).include_sessions(true)
    );
    call!(
        Operation::UpdateRoom,
        c.update_room().room_id(ids.room).unique_name("renamed")
    );
    call!(
        Operation::DeleteRoom,
        c.delete_room().room_id(ids.room_to_delete)
    );
    call!(
        Operation::ListSessionsForRoom,
        c.list_sessions_for_room()
            .room_id(ids.room)
            .filter_active(true)
            .filter_date_ended_at_eq(date("2024-03-01"))
            .include_participants(true)
    );
    {
        let b =
            c.create_client_token()
                .room_id(ids.room)
                .body(types::CreateRoomClientTokenRequest {
                    token_ttl_secs: Some(600),
                    refresh_token_ttl_secs: Some(3600),
                });
        let r = match via {
            Via::Execute => b.execute().await.map_err(|e| e.to_string()),
            Via::Send => b
                .send()
                .await
                .map(|r| r.into_inner())
                .map_err(|e| e.to_string()),
        };
        // A real server's refresh token is used for the refresh call.
        if let Ok(issued) = &r {
            refresh_token = issued.refresh_token.clone();
        }
        calls.push((Operation::CreateClientToken, r.map(|_| ())));
    }
    call!(
        Operation::RefreshClientToken,
        c.refresh_client_token()
            .room_id(ids.room)
            .body(types::RefreshRoomClientTokenRequest {
                refresh_token: refresh_token.clone(),
                token_ttl_secs: None
            })
    );
    call!(
        Operation::ListRoomSessions,
        c.list_room_sessions()
            .filter_room_id(ids.room)
            .filter_date_created_at_eq(date("2024-02-29"))
            .page_size(250)
    );
    call!(
        Operation::GetRoomSession,
        c.get_room_session()
            .room_session_id(ids.session)
            .include_participants(false)
    );
    call!(
        Operation::EndRoomSession,
        c.end_room_session().room_session_id(ids.session)
    );
    call!(
        Operation::KickParticipants,
        c.kick_participants().room_session_id(ids.session).body(
            types::ActionsParticipantsRequest {
                participants: Some(telnyx_rooms::Participants::All),
                exclude: vec![ids.participant.parse().unwrap()],
            }
        )
    );
    call!(
        Operation::MuteParticipants,
        c.mute_participants().room_session_id(ids.session).body(
            types::ActionsParticipantsRequest {
                participants: Some(vec![ids.participant.parse().unwrap()].into()),
                exclude: vec![],
            }
        )
    );
    call!(
        Operation::UnmuteParticipants,
        c.unmute_participants()
            .room_session_id(ids.session)
            .body(types::ActionsParticipantsRequest::default())
    );
    call!(
        Operation::ListParticipantsForSession,
        c.list_participants_for_session()
            .room_session_id(ids.session)
            .filter_context("Alice")
            .filter_date_joined_at_gte(date("2024-01-01"))
    );
    call!(
        Operation::ListRoomParticipants,
        c.list_room_participants()
            .filter_session_id(ids.session)
            .filter_date_left_at_lte(date("2024-01-31"))
    );
    call!(
        Operation::GetRoomParticipant,
        c.get_room_participant()
            .room_participant_id(ids.participant)
    );
    call!(
        Operation::ListRoomRecordings,
        c.list_room_recordings()
            .filter_room_id(ids.room)
            .filter_status("completed")
            .filter_type("audio")
            .filter_date_started_at_gte(date("2024-01-01"))
    );
    call!(
        Operation::DeleteRoomRecordings,
        c.delete_room_recordings()
            .filter_session_id(ids.other_session)
            .filter_date_ended_at_lte(date("2024-01-31"))
    );
    call!(
        Operation::GetRoomRecording,
        c.get_room_recording().room_recording_id(ids.recording)
    );
    call!(
        Operation::DeleteRoomRecording,
        c.delete_room_recording().room_recording_id(ids.recording)
    );
    call!(
        Operation::ListRoomCompositions,
        c.list_room_compositions()
            .filter_session_id(ids.session)
            .filter_status(types::ListRoomCompositionsFilterStatus::Completed)
            .filter_date_created_at_gte(date("2024-01-01"))
    );
    call!(
        Operation::CreateRoomComposition,
        c.create_room_composition()
            .session_id(ids.session.parse::<uuid::Uuid>().unwrap())
            .format("mp4")
            .resolution("1280x720")
            .video_layout(
                [(
                    "main".to_string(),
                    types::VideoRegion {
                        width: Some(640),
                        height: Some(360),
                        x_pos: Some(0),
                        y_pos: Some(0),
                        z_pos: Some(1),
                        max_columns: std::num::NonZeroU64::new(2),
                        max_rows: std::num::NonZeroU64::new(2),
                        video_sources: vec![ids.participant.parse().unwrap()],
                    }
                )]
                .into_iter()
                .collect::<std::collections::BTreeMap<_, _>>()
            )
    );
    call!(
        Operation::GetRoomComposition,
        c.get_room_composition()
            .room_composition_id(ids.composition)
    );
    call!(
        Operation::DeleteRoomComposition,
        c.delete_room_composition()
            .room_composition_id(ids.composition)
    );

    let mut called: Vec<Operation> = calls.iter().map(|(op, _)| *op).collect();
    called.sort();
    let mut all = Operation::ALL.to_vec();
    all.sort();
    assert_eq!(called, all, "one call of every operation of the spec");
    calls
}

/// The calls that failed, one line each (empty when all succeeded).
pub fn failures(results: &[(Operation, Result<(), String>)]) -> String {
    results
        .iter()
        .filter_map(|(name, r)| r.as_ref().err().map(|e| format!("{name}: {e}\n")))
        .collect()
}
