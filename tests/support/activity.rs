//! Room activity test support: a simulated run of three rooms on the emulator (joins and
//! leaves, a kick, an ended session, recordings, a composition made after its session ended),
//! its webhook log verified as a receiver would, made once per test binary.

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use telnyx_rooms::activity::RoomActivity;
use telnyx_rooms::webhooks::WebhookEvent;
use telnyx_rooms_emulator::{Emulator, Timing};
use uuid::Uuid;

use super::hooks::{received, verified};
use super::CaptureServer;

pub fn fast() -> Timing {
    Timing {
        composition: Duration::from_millis(30),
        webhook_retry: Duration::from_millis(10),
        webhook_attempts: 2,
        webhook_timeout: Duration::from_secs(2),
    }
}

/// Three rooms through a few sessions: joins and leaves, a kick, an ended session, a
/// recording room, a composition; some participants still present at the end.
pub async fn simulate(emu: &Emulator, hook_url: &str) -> Vec<Uuid> {
    let c = emu.client();
    let mut rooms = Vec::new();
    for recording in [true, false, false] {
        let room = c
            .create_room()
            .enable_recording(recording)
            .webhook_event_url(hook_url)
            .execute()
            .await
            .unwrap();
        rooms.push(room.id);
    }
    let (a, b, c_room) = (rooms[0], rooms[1], rooms[2]);
    let step = Duration::from_secs(7);
    let alice = emu.join(a, "Alice").unwrap();
    emu.advance_clock(step);
    let bob = emu.join(a, "Bob").unwrap();
    emu.advance_clock(step);
    emu.leave(alice.id).unwrap();
    let carol = emu.join(a, "Carol").unwrap();
    emu.advance_clock(step);
    emu.leave(bob.id).unwrap();
    emu.leave(carol.id).unwrap(); // the first session of A ends
    let first = alice.session_id.unwrap();
    c.create_room_composition()
        .session_id(first)
        .webhook_event_url(hook_url)
        .execute()
        .await
        .unwrap();
    emu.advance_clock(step);
    emu.join(a, "Dave").unwrap(); // a second session of A, Dave still in it

    let eve = emu.join(b, "Eve").unwrap();
    let frank = emu.join(b, "Frank").unwrap();
    c.kick_participants()
        .room_session_id(eve.session_id.unwrap())
        .participants(vec![frank.id])
        .execute()
        .await
        .unwrap();
    emu.advance_clock(step);
    c.end_room_session()
        .room_session_id(eve.session_id.unwrap())
        .execute()
        .await
        .unwrap();
    emu.join(b, "Grace").unwrap(); // B's second session

    emu.join(c_room, "Heidi").unwrap();
    let ivan = emu.join(c_room, "Ivan").unwrap();
    emu.advance_clock(step);
    emu.leave(ivan.id).unwrap();
    rooms
}

/// Every webhook the delivery log says succeeded has arrived (and no more are coming).
pub async fn all_delivered(emu: &Emulator, hooks: &CaptureServer) -> Vec<WebhookEvent> {
    let mut seen = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(10);
    // The composition completes after its delay: wait for its webhook too.
    loop {
        tokio::time::sleep(Duration::from_millis(200)).await;
        let delivered = emu
            .webhook_deliveries()
            .iter()
            .filter(|d| d.succeeded())
            .count();
        received(hooks, &mut seen, delivered).await;
        let composed = seen
            .iter()
            .any(|h| h.json().unwrap()["data"]["event_type"] == "video.room.composition.completed");
        if composed {
            break;
        }
        assert!(Instant::now() < deadline, "the composition never completed");
    }
    verified(emu.webhook_public_key(), &seen)
}

/// The log of one simulated run, and what the API says at its end, made once for all cases.
pub struct Run {
    pub log: Vec<WebhookEvent>,
    pub rooms: Vec<Uuid>,
}

pub fn run() -> &'static Run {
    static RUN: OnceLock<Run> = OnceLock::new();
    RUN.get_or_init(|| {
        std::thread::spawn(|| {
            tokio::runtime::Runtime::new().unwrap().block_on(async {
                let emu = Emulator::start().await.unwrap();
                emu.set_timing(fast());
                let hooks = CaptureServer::start().await;
                let rooms = simulate(&emu, &format!("{}/hooks", hooks.url())).await;
                let log = all_delivered(&emu, &hooks).await;
                Run { log, rooms }
            })
        })
        .join()
        .unwrap()
    })
}

pub fn fold<'e>(events: impl IntoIterator<Item = &'e WebhookEvent>) -> RoomActivity {
    let mut state = RoomActivity::new();
    for e in events {
        let _ = state.apply(e);
    }
    state
}
