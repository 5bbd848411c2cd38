//! Behaviour the speed depends on: one connection for sequential calls, a pool shared by clones
//! and per-call copies.

use telnyx_rooms::RetryPolicy;
use telnyx_rooms_emulator::{Emulator, Seed};

#[tokio::test]
async fn sequential_calls_reuse_one_connection() {
    let emu = Emulator::start().await.unwrap();
    let room = emu.seed(Seed::rooms(1)).rooms[0];
    let c = emu.client();
    for _ in 0..50 {
        c.get_room().room_id(room).execute().await.unwrap();
        c.update_room()
            .room_id(room)
            .max_participants(3)
            .execute()
            .await
            .unwrap();
    }
    assert_eq!(emu.requests(), 100);
    assert_eq!(emu.connections(), 1);
}

#[tokio::test]
async fn clones_and_per_call_copies_share_the_pool() {
    let emu = Emulator::start().await.unwrap();
    emu.seed(Seed {
        rooms: 3,
        ..Seed::default()
    });
    let c = emu.client();
    let clone = c.clone();
    for i in 0..30 {
        match i % 4 {
            0 => c.list_rooms().execute().await.map(drop),
            1 => clone.list_rooms().execute().await.map(drop),
            2 => c
                .with_retry_policy(RetryPolicy::none())
                .list_rooms()
                .execute()
                .await
                .map(drop),
            _ => c
                .with_timeout(std::time::Duration::from_secs(10))
                .list_rooms()
                .execute()
                .await
                .map(drop),
        }
        .unwrap();
    }
    assert_eq!(emu.connections(), 1);
    // Copies whose timeout is shorter than the connect timeout (5 s) allows share a second
    // pool, whose connects end at each attempt's deadline: one more connection for all of them.
    for ms in [200, 900, 4_000, 5_000] {
        c.with_timeout(std::time::Duration::from_millis(ms))
            .list_rooms()
            .execute()
            .await
            .unwrap();
    }
    c.list_rooms().execute().await.unwrap();
    assert_eq!(emu.connections(), 2);
}

#[tokio::test]
async fn a_retried_error_keeps_the_connection() {
    let emu = Emulator::start().await.unwrap();
    let c = emu.client().with_retry_policy(RetryPolicy {
        initial_backoff: std::time::Duration::from_millis(5),
        ..RetryPolicy::default()
    });
    emu.fail_next(
        2,
        telnyx_rooms::reqwest::StatusCode::SERVICE_UNAVAILABLE,
        None,
    );
    c.list_rooms().execute().await.unwrap();
    assert_eq!(emu.requests(), 3);
    assert_eq!(
        emu.connections(),
        1,
        "retried error answers do not cost a connection"
    );
}
