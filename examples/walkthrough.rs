//! A walk through the Video Rooms API and a whole room session.
//!
//! Without `TELNYX_API_KEY` it starts the embedded emulator and a small webhook receiver, and
//! shows everything: create a room whose webhooks come here, mint a join token, a participant
//! joins with it, the signed `session.started` and `participant.joined` arrive and are verified
//! with `WebhookVerifier`, mute, leave, `recording.completed` arrives, compose the session,
//! delete the room. With `TELNYX_API_KEY` set (and `TELNYX_BASE_URL` if set) it talks to the
//! real API and does the parts that need no browser in the room.
//!
//! ```sh
//! cargo run --example walkthrough
//! ```

use std::time::Duration;

use futures::TryStreamExt;
use telnyx_rooms::webhooks::{RoomEvent, WebhookEvent, WebhookVerifier};
use telnyx_rooms::{Client, Error};
use telnyx_rooms_emulator::Emulator;
use tokio::sync::mpsc;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    match std::env::var("TELNYX_API_KEY") {
        Ok(key) if !key.trim().is_empty() => {
            println!("Using the Telnyx API (TELNYX_API_KEY is set): the parts without a browser.");
            let client = Client::from_env()?;
            let room = create_and_look(&client, None).await?;
            finish(&client, &room).await?;
        }
        _ => {
            let emu = Emulator::start().await?;
            println!(
                "TELNYX_API_KEY is not set: using the emulator at {}.",
                emu.base_url()
            );
            simulated_session(&emu).await?;
        }
    }
    println!("Done.");
    Ok(())
}

/// Creates a room (with webhooks to `hooks`, when given), fetches, lists, renames it and mints
/// a join token.
async fn create_and_look(client: &Client, hooks: Option<&str>) -> Result<Room, Error> {
    let name = format!(
        "walkthrough-{}",
        telnyx_rooms::uuid::Uuid::new_v4().simple()
    );
    println!("1. create_room {name}, max_participants=4, recording on");
    let mut create = client
        .create_room()
        .unique_name(&name)
        .max_participants(4)
        .enable_recording(true);
    if let Some(url) = hooks {
        create = create.webhook_event_url(url);
    }
    let room = create.execute().await?;
    println!(
        "   room {} (webhooks to {})",
        room.id,
        show(room.webhook_event_url.as_deref())
    );

    println!("2. get_room, list_rooms filtered by name");
    let got = client.get_room().room_id(room.id).execute().await?;
    let named: Vec<_> = client
        .list_rooms()
        .filter_unique_name(&name)
        .stream()
        .try_collect()
        .await?;
    println!(
        "   created_at {}, {} room(s) named so",
        show(got.created_at),
        named.len()
    );

    println!("3. update_room: rename only (the PATCH body is just the new name)");
    let renamed = client
        .update_room()
        .room_id(room.id)
        .unique_name(format!("{name}-renamed"))
        .execute()
        .await?;
    println!(
        "   unique_name {}, max_participants still {}",
        show(renamed.unique_name),
        show(renamed.max_participants)
    );

    println!("4. create_client_token for a browser to join");
    let token = client
        .create_client_token()
        .room_id(room.id)
        .token_ttl_secs(600)
        .refresh_token_ttl_secs(3600)
        .execute()
        .await?;
    println!("   token expires at {}", token.token_expires_at);
    Ok(Room {
        id: room.id,
        token: token.token,
    })
}

struct Room {
    id: telnyx_rooms::uuid::Uuid,
    token: String,
}

async fn simulated_session(emu: &Emulator) -> Result<(), Box<dyn std::error::Error>> {
    let client = emu.client();
    let (hook_url, mut events) = receiver(WebhookVerifier::new(emu.webhook_public_key())?).await?;
    let room = create_and_look(&client, Some(&hook_url)).await?;

    println!("5. Alice joins with the token (the emulator simulates her browser)");
    let alice = emu.join_with_token(room.id, "Alice", &room.token)?;
    let session = alice.session_id.ok_or("a participant is in a session")?;
    wait_for(&mut events, 3).await?; // session.started, participant.joined, recording.started

    println!("6. mute_participants Alice");
    client
        .mute_participants()
        .room_session_id(session)
        .participants(vec![alice.id])
        .execute()
        .await?;
    println!("   muted: {}", emu.is_muted(alice.id));

    println!("7. 95 s later (on the emulator's clock) Alice leaves: the session ends, her recording completes");
    emu.advance_clock(Duration::from_secs(95));
    emu.leave(alice.id)?;
    wait_for(&mut events, 3).await?; // participant.left, recording.completed, session.ended

    println!("8. create_room_composition of the session");
    let comp = client
        .create_room_composition()
        .session_id(session)
        .webhook_event_url(&hook_url)
        .execute()
        .await?;
    println!("   composition {} is {}", comp.id, show(comp.status));
    wait_for(&mut events, 1).await?; // composition.completed

    finish(&client, &room).await?;
    Ok(())
}

/// Lists the room's sessions and recordings, then deletes it.
async fn finish(client: &Client, room: &Room) -> Result<(), Error> {
    let sessions: Vec<_> = client
        .list_sessions_for_room()
        .room_id(room.id)
        .stream()
        .try_collect()
        .await?;
    println!("9. the room has had {} session(s)", sessions.len());
    println!("10. delete_room {}", room.id);
    client.delete_room().room_id(room.id).execute().await?;
    match client.get_room().room_id(room.id).execute().await {
        Err(e) if e.is_not_found() => println!("   gone: get_room now answers 404"),
        Err(e) => return Err(e),
        Ok(_) => println!("   still visible (deletion may take a moment)"),
    }
    Ok(())
}

/// A webhook receiver on loopback: verifies each delivery and passes the event on.
async fn receiver(
    verifier: WebhookVerifier,
) -> std::io::Result<(String, mpsc::UnboundedReceiver<WebhookEvent>)> {
    use axum::{body::Bytes, http::HeaderMap, http::StatusCode, routing::post};
    let (tx, rx) = mpsc::unbounded_channel();
    let app = axum::Router::new().route(
        "/hooks",
        post(move |headers: HeaderMap, body: Bytes| {
            let (verifier, tx) = (verifier.clone(), tx.clone());
            async move {
                match verifier.verify_headers(&body, &headers) {
                    Ok(event) => {
                        let _ = tx.send(event);
                        StatusCode::OK
                    }
                    Err(_) => StatusCode::BAD_REQUEST,
                }
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/hooks", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, app).await });
    Ok((url, rx))
}

/// Prints the next `n` verified webhooks.
async fn wait_for(
    events: &mut mpsc::UnboundedReceiver<WebhookEvent>,
    n: usize,
) -> Result<(), Box<dyn std::error::Error>> {
    for _ in 0..n {
        let e = tokio::time::timeout(Duration::from_secs(10), events.recv())
            .await?
            .ok_or("the receiver stopped")?;
        let detail = match &e.kind {
            RoomEvent::ParticipantJoined(p) => format!("context {}", show(p.context.as_deref())),
            RoomEvent::RecordingCompleted(r) => format!(
                "{} s at {}",
                show(r.duration_secs),
                show(r.download_url.as_deref())
            ),
            RoomEvent::SessionEnded(s) => format!("reason {}", show(s.ended_reason.as_deref())),
            RoomEvent::CompositionCompleted(c) => format!("at {}", show(c.download_url.as_deref())),
            _ => "-".to_string(),
        };
        println!(
            "   webhook (signature verified): {} {detail}",
            e.kind.event_type()
        );
    }
    Ok(())
}

/// A field the server may leave out, printed as its value or `-`.
fn show<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map_or_else(|| "-".to_string(), |v| v.to_string())
}
