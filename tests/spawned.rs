//! Production shapes: every call the crate offers, run where a backend runs it. Each operation's
//! `execute()` and `send()`, each list's `stream()` and `pages()` with and without prefetch,
//! every workflow helper, `RoomActivity::reconcile` and the webhook helpers run inside
//! `tokio::spawn` on a multi-threaded runtime against the emulator; an axum server's handlers
//! page through a list, verify webhooks and reconcile in a background task. (The generated
//! `futures_are_send_and_static` proves the same for every operation at compile time.)

mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use futures::TryStreamExt;
use support::operations::{call_every_operation_with, emulator_ids, failures, Via};
use telnyx_rooms::activity::RoomActivity;
use telnyx_rooms::pagination::ListRequest;
use telnyx_rooms::webhooks::axum::VerifiedWebhook;
use telnyx_rooms::webhooks::WebhookVerifier;
use telnyx_rooms::workflows::{TokenKeeper, Wait};
use telnyx_rooms::{types, Client};
use telnyx_rooms_emulator::{Emulator, Seed, Timing};
use uuid::Uuid;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_runs_inside_tokio_spawn() {
    for via in [Via::Execute, Via::Send] {
        let emu = Emulator::start().await.unwrap();
        let ids = emulator_ids(&emu).await;
        // The task owns its client: nothing borrowed from this test's stack.
        let client = emu.client();
        let results =
            tokio::spawn(async move { call_every_operation_with(&client, ids, via).await })
                .await
                .expect("the task ran to its end");
        assert_eq!(results.len(), telnyx_rooms::Operation::ALL.len());
        let failed = failures(&results);
        assert!(failed.is_empty(), "{via:?} inside tokio::spawn:\n{failed}");
    }
}

/// Collects `list` four ways, each in its own task: items, items with prefetch, pages, pages
/// with prefetch. All four must agree.
async fn spawn_every_way<B>(list: B) -> usize
where
    B: ListRequest + Clone,
{
    let items = tokio::spawn(list.clone().stream().try_collect::<Vec<_>>());
    let prefetched = tokio::spawn(list.clone().stream().prefetch(3).try_collect::<Vec<_>>());
    let count = |p: telnyx_rooms::pagination::Page<B::Item>| p.items.len();
    let pages = tokio::spawn(list.clone().pages().map_ok(count).try_collect::<Vec<_>>());
    let pages_prefetched = tokio::spawn(
        list.pages()
            .prefetch(3)
            .map_ok(count)
            .try_collect::<Vec<_>>(),
    );
    let n = items.await.unwrap().unwrap().len();
    assert_eq!(prefetched.await.unwrap().unwrap().len(), n);
    let sizes = pages.await.unwrap().unwrap();
    assert!(sizes.len() >= 2, "several pages: {sizes:?}");
    assert_eq!(sizes.iter().sum::<usize>(), n);
    assert_eq!(pages_prefetched.await.unwrap().unwrap(), sizes);
    n
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_list_streams_inside_tokio_spawn() {
    let emu = Emulator::start().await.unwrap();
    let seeded = emu.seed(Seed {
        rooms: 3,
        sessions_per_room: 2,
        participants_per_session: 3,
        recordings_per_participant: 1,
    });
    for session in &seeded.sessions[..3] {
        let c = emu.client();
        c.create_room_composition()
            .session_id(*session)
            .execute()
            .await
            .unwrap();
    }
    let c = emu.client();
    let (room, session) = (seeded.rooms[0], seeded.sessions[0]);
    assert_eq!(spawn_every_way(c.list_rooms().page_size(2)).await, 3);
    let of_room = c.list_sessions_for_room().room_id(room).page_size(1);
    assert_eq!(spawn_every_way(of_room).await, 2);
    assert_eq!(
        spawn_every_way(c.list_room_sessions().page_size(4)).await,
        6
    );
    let of_session = c
        .list_participants_for_session()
        .room_session_id(session)
        .page_size(2);
    assert_eq!(spawn_every_way(of_session).await, 3);
    let participants = c.list_room_participants().page_size(5);
    assert_eq!(spawn_every_way(participants).await, 18);
    let recordings = c.list_room_recordings().page_size(5);
    assert_eq!(spawn_every_way(recordings).await, 18);
    let compositions = c.list_room_compositions().page_size(2);
    assert_eq!(spawn_every_way(compositions).await, 3);
}

fn fast() -> Timing {
    Timing {
        composition: Duration::from_millis(30),
        webhook_retry: Duration::from_millis(10),
        webhook_attempts: 2,
        webhook_timeout: Duration::from_secs(2),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_workflow_helper_runs_inside_tokio_spawn() {
    let emu = Emulator::start().await.unwrap();
    emu.set_timing(fast());
    let seeded = emu.seed(Seed {
        rooms: 1,
        sessions_per_room: 2,
        participants_per_session: 1,
        recordings_per_participant: 1,
    });
    let (room, ended) = (seeded.rooms[0], seeded.sessions[0]);
    let client = emu.client();

    let c = client.clone();
    let named = tokio::spawn(async move {
        c.get_or_create_room("spawned", |b| b.max_participants(4))
            .await
    });
    let keeper = TokenKeeper::new(client.clone(), room);
    let token = tokio::spawn(async move { keeper.valid_for(Duration::from_secs(60)).await });
    let c = client.clone();
    let recordings = tokio::spawn(async move {
        c.wait_for_session_recordings(ended, Wait::up_to(Duration::from_secs(5)))
            .await
    });
    let c = client.clone();
    let composition = tokio::spawn(async move {
        let made = c
            .create_room_composition()
            .session_id(ended)
            .execute()
            .await?;
        c.wait_for_composition(made.id, Wait::up_to(Duration::from_secs(5)))
            .await
    });

    let named = named.await.unwrap().unwrap();
    assert_eq!(named.unique_name.as_deref(), Some("spawned"));
    assert!(!token.await.unwrap().unwrap().token.is_empty());
    assert_eq!(recordings.await.unwrap().unwrap().len(), 1);
    let composition = composition.await.unwrap().unwrap();
    assert_eq!(composition.status.as_deref(), Some("completed"));

    let c = client.clone();
    let deleted = tokio::spawn(async move { c.delete_every_recording_of_the_account().await });
    assert_eq!(deleted.await.unwrap().unwrap(), 2);
}

type Shared = Arc<Mutex<RoomActivity>>;

/// A receiver's state and the client its background work uses.
#[derive(Clone)]
struct App {
    client: Client,
    verifier: WebhookVerifier,
    activity: Shared,
    reconciled: tokio::sync::mpsc::UnboundedSender<Uuid>,
}

impl axum::extract::FromRef<App> for WebhookVerifier {
    fn from_ref(app: &App) -> WebhookVerifier {
        app.verifier.clone()
    }
}

// The README's handler: a list paged through inside an axum handler.
async fn rooms(State(app): State<App>) -> Result<Json<Vec<types::Room>>, (StatusCode, String)> {
    app.client
        .list_rooms()
        .page_size(2)
        .stream()
        .try_collect()
        .await
        .map(Json)
        .map_err(|e| (StatusCode::BAD_GATEWAY, e.to_string()))
}

/// Verifies (the extractor), folds, and reconciles the room in a background task: the state is
/// moved into the task and back, never locked across an await.
async fn hook(State(app): State<App>, VerifiedWebhook(event): VerifiedWebhook) -> StatusCode {
    let _ = app.activity.lock().unwrap().apply(&event);
    if let Some(room) = event.kind.room_id() {
        tokio::spawn(async move {
            let mut copy = app.activity.lock().unwrap().clone();
            if copy.reconcile(&app.client, room).await.is_ok() {
                app.activity.lock().unwrap().merge(&copy);
                let _ = app.reconciled.send(room);
            }
        });
    }
    StatusCode::OK
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_axum_server_pages_verifies_and_reconciles_in_spawned_tasks() {
    let emu = Emulator::start().await.unwrap();
    emu.set_timing(fast());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let verifier = WebhookVerifier::new(emu.webhook_public_key()).unwrap();
    let (tx, mut reconciled) = tokio::sync::mpsc::unbounded_channel();
    let app = App {
        client: emu.client(),
        verifier,
        activity: Shared::default(),
        reconciled: tx,
    };
    let router = Router::new()
        .route("/rooms", get(rooms))
        .route("/hooks", post(hook))
        .with_state(app.clone());
    let server = tokio::spawn(async move { axum::serve(listener, router).await });

    let c = emu.client();
    for _ in 0..4 {
        c.create_room()
            .webhook_event_url(format!("{url}/hooks"))
            .execute()
            .await
            .unwrap();
    }
    let listed: Vec<types::Room> = reqwest::get(format!("{url}/rooms"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        listed.len(),
        4,
        "all rooms, over two pages, from inside the handler"
    );

    let room = listed[0].id;
    let alice = emu.join(room, "Alice").unwrap();
    let first = tokio::time::timeout(Duration::from_secs(10), reconciled.recv())
        .await
        .expect("a webhook arrived and its room was reconciled in the background")
        .unwrap();
    assert_eq!(first, room);
    emu.leave(alice.id).unwrap();
    // Wait until the background reconciles have seen the session end.
    let ended = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            let present = app.activity.lock().unwrap().present(room).len();
            let active = app.activity.lock().unwrap().active_session(room);
            if present == 0 && active.is_none() {
                return;
            }
            reconciled.recv().await;
        }
    })
    .await;
    assert!(ended.is_ok(), "the state followed the session to its end");
    server.abort();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_verification_and_reconcile_run_inside_tokio_spawn() {
    use telnyx_rooms::webhooks::testing::TestSigner;
    let signer = TestSigner::generate();
    let verifier = WebhookVerifier::new(&signer.public_key_base64()).unwrap();
    let body = br#"{"data":{"event_type":"video.room.session.started","id":"6b61621f-62e0-4aad-ab11-9fd19e272e73","occurred_at":"2024-03-01T10:00:00Z","payload":{"room_id":"0ccc7b54-4df3-4bca-a65a-3da1ecc777f0","session_id":"7b61621f-62e0-4aad-ab11-9fd19e272e73"},"record_type":"event"}}"#;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let headers = signer.headers(now, body);
    let event = tokio::spawn(async move { verifier.verify_headers(body, &headers) })
        .await
        .unwrap()
        .unwrap();

    let emu = Emulator::start().await.unwrap();
    let room = emu.seed(Seed::rooms(1)).rooms[0];
    emu.join(room, "Alice").unwrap();
    let client = emu.client();
    let mut activity = RoomActivity::new();
    assert!(activity.apply(&event).changed());
    let activity = tokio::spawn(async move {
        activity.reconcile(&client, room).await?;
        Ok::<_, telnyx_rooms::Error>(activity)
    })
    .await
    .unwrap()
    .unwrap();
    assert_eq!(activity.present(room).len(), 1, "Alice, from the API");
}
