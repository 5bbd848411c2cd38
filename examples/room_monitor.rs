//! A room monitor run as two receivers sharing one store, the way a fleet behind a load
//! balancer runs: every webhook lands on receiver A or B, both keep the rooms' live state in
//! one `telnyx_rooms_store` store, and a follower of the store's change log "notifies" once per
//! change (the side-effect recipe: act on the log with the change's id as the idempotency key,
//! then acknowledge; never on `apply`'s answer, which a receiver that dies takes with it).
//! The emulator's participants come and go while delivery misbehaves as real delivery does
//! (duplicates, reordering, drops); at the end the store is reconciled with the API and every
//! room must match it.
//!
//! ```sh
//! cargo run --example room_monitor --features axum                       # a store in memory
//! TELNYX_ROOMS_STORE=redis://127.0.0.1/ cargo run --example room_monitor --features axum
//! TELNYX_ROOMS_STORE=postgres://me@127.0.0.1/rooms cargo run --example room_monitor --features axum
//! ```

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::routing::post;
use futures::TryStreamExt;
use telnyx_rooms::webhooks::axum::VerifiedWebhook;
use telnyx_rooms::webhooks::WebhookVerifier;
use telnyx_rooms_emulator::{DeliveryChaos, Emulator};
use telnyx_rooms_store::ActivityStore;

#[derive(Clone)]
struct Receiver {
    name: &'static str,
    store: Arc<dyn ActivityStore>,
    verifier: WebhookVerifier,
}

impl axum::extract::FromRef<Receiver> for WebhookVerifier {
    fn from_ref(r: &Receiver) -> WebhookVerifier {
        r.verifier.clone()
    }
}

/// A receiver: verify (the extractor did), store, answer (503 when the store fails, so the
/// delivery is retried). It acts on nothing: side effects belong to the follower.
async fn hook(
    State(r): State<Receiver>,
    VerifiedWebhook(event): VerifiedWebhook,
) -> axum::http::StatusCode {
    let kind = event.kind.event_type().trim_start_matches("video.room.");
    match r.store.apply(&event).await {
        Ok(applied) => {
            println!("[{}] {kind:<22} {applied}", r.name);
            axum::http::StatusCode::OK
        }
        Err(e) => {
            println!("[{}] {kind:<22} not stored: {e}", r.name);
            axum::http::StatusCode::SERVICE_UNAVAILABLE
        }
    }
}

/// The follower: each change of the log once, by its id, then acknowledged. A restart reads on
/// from the last acknowledgement; a change read again is recognised by its id.
async fn notifier(
    store: Arc<dyn ActivityStore>,
    done: Arc<std::sync::Mutex<std::collections::BTreeSet<String>>>,
) -> Result<(), telnyx_rooms_store::StoreError> {
    use futures::StreamExt;
    let mut log = store.follow("room-monitor").await?;
    while let Some(change) = log.next().await {
        let change = change?;
        if done.lock().unwrap().insert(change.id()) {
            let state = store.room(change.room_id).await?;
            if let Some(s) = state.room(change.room_id) {
                let who: Vec<&str> = s
                    .present
                    .iter()
                    .filter_map(|p| p.context.as_deref())
                    .collect();
                println!(
                    "  notify ({}): {change}: present {who:?}, {} recording, {} files",
                    change.id(),
                    s.recordings_in_progress.len(),
                    s.recordings.len() + s.compositions.len(),
                );
            }
        }
        store.acknowledge("room-monitor", change.position).await?;
    }
    Ok(())
}

/// Starts a receiver; returns its URL.
async fn receiver(r: Receiver) -> Result<String, Box<dyn std::error::Error>> {
    let app = axum::Router::new()
        .route("/hooks", post(hook))
        .with_state(r);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/hooks", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, app).await });
    Ok(url)
}

/// The load balancer: each delivery to the next receiver, answered with its status.
async fn balance(
    State((urls, next)): State<(Arc<Vec<String>>, Arc<AtomicUsize>)>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> axum::http::StatusCode {
    let url = &urls[next.fetch_add(1, Ordering::Relaxed) % urls.len()];
    let mut request = reqwest::Client::new().post(url).body(body);
    for (name, value) in &headers {
        request = request.header(name, value);
    }
    match request.send().await {
        Ok(r) => axum::http::StatusCode::from_u16(r.status().as_u16()).unwrap_or_default(),
        Err(_) => axum::http::StatusCode::BAD_GATEWAY,
    }
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
    // One store for both receivers: memory (one process) unless a shared one is named. With a
    // shared store each receiver opens its own connection, as separate processes would.
    let store_url = std::env::var("TELNYX_ROOMS_STORE").unwrap_or_else(|_| "memory:".into());
    let memory: Arc<dyn ActivityStore> = Arc::new(telnyx_rooms_store::MemoryStore::new());
    let open = || async {
        if store_url == "memory:" {
            Ok::<_, telnyx_rooms_store::StoreError>(memory.clone())
        } else {
            Ok(Arc::from(telnyx_rooms_store::connect(&store_url).await?))
        }
    };
    let verifier = WebhookVerifier::new(emu.webhook_public_key())?;
    let mut urls = Vec::new();
    for name in ["A", "B"] {
        let store = open().await?;
        urls.push(
            receiver(Receiver {
                name,
                store,
                verifier: verifier.clone(),
            })
            .await?,
        );
    }
    let balancer = axum::Router::new()
        .route("/hooks", post(balance))
        .with_state((Arc::new(urls), Arc::new(AtomicUsize::new(0))));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/hooks", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, balancer).await });
    println!(
        "receivers A and B behind {url}, sharing the store {store_url}; delivery: 25% duplicates, \
         reordered by 3, 10% dropped"
    );
    let store = open().await?;
    // The follower registers before anything happens, on a connection of its own.
    let notified = Arc::new(std::sync::Mutex::new(std::collections::BTreeSet::new()));
    let follower = tokio::spawn(notifier(open().await?, notified.clone()));
    tokio::time::sleep(Duration::from_millis(100)).await;

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

    println!("reconciling the store with the API:");
    for &room in &rooms {
        let report = store.reconcile(&client, room).await?;
        println!("  {report}");
    }
    for &room in &rooms {
        let activity = store.room(room).await?;
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
    tokio::time::sleep(Duration::from_millis(500)).await;
    follower.abort();
    let notified = notified.lock().unwrap().len();
    println!("the follower notified {notified} times: once per change");
    if notified == 0 {
        return Err("the follower heard of no change".into());
    }
    Ok(())
}
