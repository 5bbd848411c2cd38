//! A room monitor: an axum webhook receiver that keeps every room's live state with
//! `RoomActivity`, fed by the emulator's simulated participants while its delivery misbehaves
//! as real delivery does (duplicates, reordering, drops). It prints each room's state when it
//! changes, says when a duplicate or a late event changed nothing, and ends by reconciling with
//! the API and checking that every room matches it.
//!
//! ```sh
//! cargo run --example room_monitor --features axum
//! ```

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::routing::post;
use futures::TryStreamExt;
use telnyx_rooms::activity::RoomActivity;
use telnyx_rooms::webhooks::axum::VerifiedWebhook;
use telnyx_rooms::webhooks::WebhookVerifier;
use telnyx_rooms_emulator::{DeliveryChaos, Emulator};

type State = Arc<Mutex<RoomActivity>>;

/// The receiver: verify (the extractor did), fold, print what changed.
async fn hook(state: State, VerifiedWebhook(event): VerifiedWebhook) -> &'static str {
    let mut activity = state.lock().expect("state");
    let kind = event.kind.event_type().trim_start_matches("video.room.");
    if !activity.apply(&event).changed() {
        println!("  {kind:<22} (a duplicate or a late event: nothing changed)");
        return "ok";
    }
    let Some(room) = event.kind.room_id() else {
        return "ok";
    };
    if let Some(r) = activity.room(room) {
        let who: Vec<&str> = r
            .present
            .iter()
            .filter_map(|p| p.context.as_deref())
            .collect();
        let session = r.active_session.map(|s| s.id.to_string()[..8].to_string());
        println!(
            "  {kind:<22} room {}: present {who:?}, session {}, {} recording, {} files",
            &room.to_string()[..8],
            session.as_deref().unwrap_or("none"),
            r.recordings_in_progress.len(),
            r.recordings.len() + r.compositions.len(),
        );
    }
    "ok"
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let emu = Emulator::start().await?;
    emu.set_delivery_chaos(DeliveryChaos {
        duplicate: 0.25,
        reorder: 3,
        drop: 0.1,
        seed: 42,
    })?;
    let state: State = Arc::default();
    let verifier = WebhookVerifier::new(emu.webhook_public_key())?;
    let s = state.clone();
    let app = axum::Router::new()
        .route(
            "/hooks",
            post(move |hook_event| hook(s.clone(), hook_event)),
        )
        .with_state(verifier);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/hooks", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, app).await });
    println!("receiver at {url}; delivery: 25% duplicates, reordered by 3, 10% dropped");

    let client = emu.client();
    let mut rooms = Vec::new();
    for name in ["standup", "retro"] {
        let room = client
            .create_room()
            .unique_name(name)
            .enable_recording(true)
            .webhook_event_url(&url)
            .execute()
            .await?;
        rooms.push(room.id);
    }
    // People come and go.
    let alice = emu.join(rooms[0], "Alice")?;
    let bob = emu.join(rooms[0], "Bob")?;
    let carol = emu.join(rooms[1], "Carol")?;
    emu.advance_clock(Duration::from_secs(60));
    emu.leave(alice.id)?;
    let dave = emu.join(rooms[1], "Dave")?;
    emu.advance_clock(Duration::from_secs(30));
    emu.leave(carol.id)?;
    emu.leave(dave.id)?; // the retro ends
    let _erin = emu.join(rooms[0], "Erin")?;
    let _ = bob;
    tokio::time::sleep(Duration::from_millis(800)).await; // let delivery settle

    println!("reconciling with the API:");
    let mut activity = state.lock().expect("state").clone();
    let report = activity.reconcile_all(&client, 4).await;
    println!("  {report}");
    for &room in &rooms {
        let api = client.get_room().room_id(room).execute().await?;
        let mut present_api = Vec::new();
        if let Some(session) = api.active_session_id {
            let all: Vec<_> = client
                .list_participants_for_session()
                .room_session_id(session)
                .stream()
                .try_collect()
                .await?;
            present_api.extend(
                all.into_iter()
                    .filter(|p| p.left_at.is_none())
                    .map(|p| p.id),
            );
        }
        let ours = activity.room(room).ok_or("a room we heard of")?;
        let mut present: Vec<_> = ours.present.iter().map(|p| p.id).collect();
        present.sort();
        present_api.sort();
        let matches =
            present == present_api && ours.active_session.map(|s| s.id) == api.active_session_id;
        println!(
            "  {}: {} present, active session {:?}: {}",
            api.unique_name.unwrap_or_default(),
            present.len(),
            api.active_session_id,
            if matches {
                "matches the API"
            } else {
                "DIFFERS from the API"
            }
        );
        if !matches {
            return Err("the state does not match the API".into());
        }
    }
    Ok(())
}
