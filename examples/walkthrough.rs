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
        .body_map(|b| b.unique_name(name.clone()).max_participants(4))
        .execute()
        .await?;
    println!(
        "   created room {} (max_participants={}, enable_recording={})",
        room.id,
        show(room.max_participants),
        show(room.enable_recording)
    );

    println!("2. get_room {}", room.id);
    let got = client
        .get_room()
        .room_id(room.id)
        .include_sessions(true)
        .execute()
        .await?;
    println!(
        "   unique_name={}, created_at={}",
        show(got.unique_name),
        show(got.created_at)
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
    let updated = client
        .update_room()
        .room_id(room.id)
        .body_map(|b| b.unique_name(format!("{name}-renamed")))
        .execute()
        .await?;
    println!(
        "   unique_name={}, max_participants still {}",
        show(updated.unique_name),
        show(updated.max_participants)
    );

    println!("5. create_client_token for a browser to join");
    let token = client
        .create_client_token()
        .room_id(room.id)
        .body_map(|b| b.token_ttl_secs(600).refresh_token_ttl_secs(3600))
        .execute()
        .await?;
    println!(
        "   token expires at {}, refresh token at {}",
        token.token_expires_at, token.refresh_token_expires_at
    );

    println!("6. list_sessions_for_room");
    let sessions: Vec<_> = client
        .list_sessions_for_room()
        .room_id(room.id)
        .stream()
        .try_collect()
        .await?;
    println!(
        "   {} session(s) so far (a session starts when someone joins)",
        sessions.len()
    );

    println!("7. delete_room {}", room.id);
    client.delete_room().room_id(room.id).execute().await?;
    match client.get_room().room_id(room.id).execute().await {
        Err(e) if e.is_not_found() => println!("   gone: get_room now answers 404"),
        Err(e) => return Err(e),
        Ok(_) => println!("   still visible (deletion may take a moment)"),
    }
    println!("Done.");
    Ok(())
}

/// A field the server may leave out, printed as its value or `-`.
fn show<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map_or_else(|| "-".to_string(), |v| v.to_string())
}
