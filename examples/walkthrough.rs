//! A walk through the Video Rooms API: create a room, fetch it, list rooms, rename it, mint a
//! join token, look at its sessions, delete it.
//!
//! With `TELNYX_API_KEY` set it talks to the real API (and `TELNYX_BASE_URL` if set); without,
//! it starts the embedded emulator, so it runs on any machine with no account:
//!
//! ```sh
//! cargo run --example walkthrough --features emulator
//! ```

use futures::TryStreamExt;
use telnyx_rooms::{Client, Error, ListRequest};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Keep the emulator alive for the whole walk-through when it is used.
    let (client, _emulator) = match std::env::var("TELNYX_API_KEY") {
        Ok(key) if !key.trim().is_empty() => {
            println!("Using the Telnyx API (TELNYX_API_KEY is set).");
            (Client::from_env()?, None)
        }
        _ => {
            let emu = telnyx_rooms::emulator::Emulator::start().await?;
            println!(
                "TELNYX_API_KEY is not set: using the embedded emulator at {}.",
                emu.base_url()
            );
            (emu.client(), Some(emu))
        }
    };
    run(&client).await?;
    Ok(())
}

async fn run(client: &Client) -> Result<(), Error> {
    let name = format!(
        "walkthrough-{}",
        telnyx_rooms::uuid::Uuid::new_v4().simple()
    );

    println!("1. create_room: unique_name={name}, max_participants=4");
    let room = client
        .create_room()
        .body_map(|b| b.unique_name(Some(name.clone())).max_participants(Some(4)))
        .send()
        .await?
        .into_inner()
        .data
        .ok_or_else(|| Error::Other("create_room answered without a room".into()))?;
    let room_id = room
        .id
        .ok_or_else(|| Error::Other("the new room has no id".into()))?;
    println!(
        "   created room {room_id} (max_participants={:?}, enable_recording={:?})",
        room.max_participants, room.enable_recording
    );

    println!("2. get_room {room_id}");
    let got = client
        .get_room()
        .room_id(room_id)
        .include_sessions(true)
        .send()
        .await?
        .into_inner();
    let got = got.data.unwrap_or_default();
    println!(
        "   unique_name={:?}, created_at={:?}",
        got.unique_name, got.created_at
    );

    println!("3. list_rooms filtered by unique_name, streamed page by page");
    let rooms: Vec<_> = client
        .list_rooms()
        .filter_unique_name(name.clone())
        .stream()
        .try_collect()
        .await?;
    println!("   {} room(s) named {name}", rooms.len());

    println!("4. update_room: rename only (the PATCH body is just the new name)");
    let renamed = format!("{name}-renamed");
    let updated = client
        .update_room()
        .room_id(room_id)
        .body_map(|b| b.unique_name(Some(renamed)))
        .send()
        .await?
        .into_inner()
        .data
        .unwrap_or_default();
    println!(
        "   unique_name={:?}, max_participants still {:?}",
        updated.unique_name, updated.max_participants
    );

    println!("5. create_client_token for a browser to join");
    let token = client
        .create_client_token()
        .room_id(room_id)
        .body_map(|b| {
            b.token_ttl_secs(Some(600))
                .refresh_token_ttl_secs(Some(3600))
        })
        .send()
        .await?
        .into_inner()
        .data
        .unwrap_or_default();
    println!(
        "   token expires at {:?}, refresh token at {:?}",
        token.token_expires_at, token.refresh_token_expires_at
    );

    println!("6. list_sessions_for_room");
    let sessions: Vec<_> = client
        .list_sessions_for_room()
        .room_id(room_id)
        .stream()
        .try_collect()
        .await?;
    println!(
        "   {} session(s) so far (a session starts when someone joins)",
        sessions.len()
    );

    println!("7. delete_room {room_id}");
    client.delete_room().room_id(room_id).send().await?;
    match client
        .get_room()
        .room_id(room_id)
        .send()
        .await
        .map_err(Error::from)
    {
        Err(e) if e.is_not_found() => println!("   gone: get_room now answers 404"),
        Err(e) => return Err(e),
        Ok(_) => println!("   still visible (deletion may take a moment)"),
    }
    println!("Done.");
    Ok(())
}
