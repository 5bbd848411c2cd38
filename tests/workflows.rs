//! The workflow helpers against the emulator: a token keeper that refreshes once however many
//! ask and re-mints after its refresh token expired, get-or-create under a race, the guard on
//! the unfiltered bulk delete, and waits that end at their deadline.

mod support;

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use telnyx_rooms::workflows::{TokenKeeper, TokenPair, Wait};
use telnyx_rooms::Error;
use telnyx_rooms_emulator::{Emulator, Seed, Timing};

/// A clock the test moves, together with the emulator's, instead of sleeping.
#[derive(Clone, Default)]
struct Clock(Arc<AtomicI64>);
impl Clock {
    fn now(&self) -> chrono::DateTime<chrono::Utc> {
        chrono::Utc::now() + chrono::Duration::seconds(self.0.load(Ordering::SeqCst))
    }
    fn advance(&self, emu: &Emulator, secs: u64) {
        self.0.fetch_add(secs as i64, Ordering::SeqCst);
        emu.advance_clock(Duration::from_secs(secs));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn token_keeper_refreshes_once_for_many_callers_and_remints_when_the_refresh_token_expired() {
    let emu = Emulator::start().await.unwrap();
    let room = emu.seed(Seed::rooms(1)).rooms[0];
    let clock = Clock::default();
    let c = clock.clone();
    let keeper = TokenKeeper::new(emu.client(), room)
        .token_ttl(Duration::from_secs(600))
        .refresh_ttl(Duration::from_secs(3600))
        .clock(move || c.now());
    let margin = Duration::from_secs(120);

    let first = keeper.valid_for(margin).await.unwrap();
    assert_eq!(emu.requests(), 1, "minted");
    // Still valid for more than the margin: no request.
    let again = keeper.valid_for(margin).await.unwrap();
    assert_eq!(
        (again.token.as_str(), emu.requests()),
        (first.token.as_str(), 1)
    );

    // Inside the margin: 20 tasks ask at once, one refresh is sent.
    clock.advance(&emu, 500);
    let answers = futures::future::join_all((0..20).map(|_| {
        let k = keeper.clone();
        tokio::spawn(async move { k.valid_for(margin).await })
    }))
    .await;
    assert_eq!(emu.requests(), 2, "one refresh for 20 callers");
    let tokens: std::collections::BTreeSet<String> = answers
        .into_iter()
        .map(|a| a.unwrap().unwrap().token)
        .collect();
    assert_eq!(tokens.len(), 1);
    let refreshed = keeper.current().unwrap();
    assert_ne!(refreshed.token, first.token);
    assert_eq!(
        refreshed.refresh_token, first.refresh_token,
        "a refresh keeps the refresh token"
    );
    // The new token works for joining.
    emu.join_with_token(room, "Alice", &refreshed.token)
        .unwrap();

    // Past the refresh token's expiry: a new pair is minted.
    clock.advance(&emu, 3700);
    let reminted = keeper.valid_for(margin).await.unwrap();
    assert_ne!(reminted.refresh_token, first.refresh_token);
    assert!(reminted.token_expires_at - clock.now() > chrono::Duration::seconds(500));

    // It serialises to what a browser needs.
    let json: serde_json::Value = serde_json::to_value(&reminted).unwrap();
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "refresh_token",
            "refresh_token_expires_at",
            "token",
            "token_expires_at"
        ]
    );
    let back: TokenPair = serde_json::from_value(json).unwrap();
    assert_eq!(back, reminted);
    assert!(
        !format!("{back:?}").contains(&back.token),
        "tokens stay out of Debug"
    );
}

#[tokio::test]
async fn token_keeper_surfaces_errors_and_keeps_the_old_pair() {
    let emu = Emulator::start().await.unwrap();
    let room = emu.seed(Seed::rooms(1)).rooms[0];
    let clock = Clock::default();
    let c = clock.clone();
    let keeper = TokenKeeper::new(emu.client().with_max_retries(0), room).clock(move || c.now());
    let margin = Duration::from_secs(60);
    let held = keeper.valid_for(margin).await.unwrap();
    clock.advance(&emu, 580);
    emu.fail_next(
        1,
        telnyx_rooms::reqwest::StatusCode::SERVICE_UNAVAILABLE,
        None,
    );
    let e = keeper.valid_for(margin).await.unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(keeper.current(), Some(held.clone()), "the old pair is kept");
    let next = keeper.valid_for(margin).await.unwrap();
    assert_ne!(next.token, held.token);
    // A margin the tokens can never meet is refused before anything is sent.
    let before = emu.requests();
    let e = keeper
        .valid_for(Duration::from_secs(600))
        .await
        .unwrap_err();
    assert!(e.is_invalid_input(), "{e}");
    assert_eq!(emu.requests(), before);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn token_keeper_readers_do_not_wait_for_a_slow_refresh_and_a_401_is_returned() {
    let emu = Emulator::start().await.unwrap();
    let room = emu.seed(Seed::rooms(1)).rooms[0];
    let clock = Clock::default();
    let c = clock.clone();
    let keeper = TokenKeeper::new(emu.client().with_max_retries(0), room)
        .token_ttl(Duration::from_secs(600))
        .clock(move || c.now());
    let held = keeper.valid_for(Duration::from_secs(120)).await.unwrap();
    // 100 s left: inside a 120 s margin, outside a 30 s one.
    clock.advance(&emu, 500);
    emu.set_latency(Duration::from_millis(800));
    let slow = {
        let k = keeper.clone();
        tokio::spawn(async move { k.valid_for(Duration::from_secs(120)).await })
    };
    tokio::time::sleep(Duration::from_millis(100)).await;
    let started = std::time::Instant::now();
    assert_eq!(keeper.current().unwrap().token, held.token);
    let fresh_enough = keeper.valid_for(Duration::from_secs(30)).await.unwrap();
    assert_eq!(fresh_enough.token, held.token);
    assert!(
        started.elapsed() < Duration::from_millis(300),
        "a caller whose token is fresh waited {:?} behind the refresh",
        started.elapsed()
    );
    let refreshed = slow.await.unwrap().unwrap();
    assert_ne!(refreshed.token, held.token);

    // A 401 on refresh means the API key is wrong: returned as it is, nothing minted.
    emu.set_latency(Duration::ZERO);
    clock.advance(&emu, 500);
    emu.fail_next(1, telnyx_rooms::reqwest::StatusCode::UNAUTHORIZED, None);
    let before = emu.requests();
    let e = keeper
        .valid_for(Duration::from_secs(120))
        .await
        .unwrap_err();
    assert!(e.is_unauthorized(), "{e}");
    assert_eq!(emu.requests() - before, 1, "no mint after a 401");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_racing_get_or_create_calls_end_with_one_room() {
    let emu = Emulator::start().await.unwrap();
    // Both look-ups are answered before either create arrives.
    emu.set_latency(Duration::from_millis(100));
    let (a, b) = (emu.client(), emu.client());
    let (ra, rb) = tokio::join!(
        a.get_or_create_room("standup", |r| r.max_participants(5)),
        b.get_or_create_room("standup", |r| r.max_participants(5)),
    );
    let (ra, rb) = (ra.unwrap(), rb.unwrap());
    assert_eq!(ra.id, rb.id);
    assert_eq!(
        emu.requests(),
        5,
        "2 look-ups, 2 creates (one refused), 1 look-up of the winner"
    );
    let named: Vec<_> = a
        .list_rooms()
        .filter_unique_name("standup")
        .stream()
        .try_collect_vec()
        .await;
    assert_eq!(named.len(), 1);
    assert_eq!(named[0].max_participants, Some(5));
    // Once it exists it is only looked up.
    emu.set_latency(Duration::ZERO);
    let before = emu.requests();
    let again = a.get_or_create_room("standup", |r| r).await.unwrap();
    assert_eq!((again.id, emu.requests()), (ra.id, before + 1));
}

/// `try_collect` into a Vec, unwrapping.
trait CollectVec<T> {
    async fn try_collect_vec(self) -> Vec<T>;
}
impl<S: futures::Stream<Item = Result<T, Error>>, T> CollectVec<T> for S {
    async fn try_collect_vec(self) -> Vec<T> {
        use futures::TryStreamExt;
        self.try_collect().await.unwrap()
    }
}

#[tokio::test]
async fn the_unfiltered_bulk_delete_is_refused_unless_asked_for_by_name() {
    let emu = Emulator::start().await.unwrap();
    let seeded = emu.seed(Seed {
        rooms: 2,
        sessions_per_room: 1,
        participants_per_session: 2,
        recordings_per_participant: 1,
    });
    let c = emu.client();
    let count = || async {
        c.list_room_recordings()
            .stream()
            .try_collect_vec()
            .await
            .len()
    };
    assert_eq!(count().await, 4);
    let before = emu.requests();
    let e = c.delete_room_recordings().execute().await.unwrap_err();
    assert!(e.is_invalid_input(), "{e}");
    // The message names the operation it guards and the filters that would make it safe.
    assert!(
        e.to_string().starts_with(
            "invalid request: `delete_room_recordings` (`DELETE /room_recordings`) sent with no \
             filter acts on everything in the account; set one of `filter["
        ),
        "{e}"
    );
    assert!(e.to_string().contains("`filter[session_id]`"), "{e}");
    assert!(
        e.to_string()
            .contains("delete_every_recording_of_the_account"),
        "{e}"
    );
    let raw = c.delete_room_recordings().send().await.unwrap_err();
    assert_eq!(
        raw.to_string(),
        e.to_string(),
        "the raw call is guarded too, with the same words"
    );
    let v = raw.violation().unwrap();
    assert_eq!(v.location, telnyx_rooms::operation::Location::Query);
    assert!(
        matches!(&v.expected, telnyx_rooms::operation::Expected::Filter(f) if f.contains(&"filter[session_id]"))
    );
    assert_eq!(emu.requests(), before, "nothing was sent");
    assert_eq!(count().await, 4);
    // With a filter it goes through as before.
    let n = c
        .delete_room_recordings()
        .filter_session_id(seeded.sessions[0])
        .execute()
        .await
        .unwrap();
    assert_eq!(n.room_recordings, Some(2));
    // Asked for by name, it deletes everything (the emulator keeps Telnyx's behaviour).
    assert_eq!(c.delete_every_recording_of_the_account().await.unwrap(), 2);
    assert_eq!(count().await, 0);
}

#[tokio::test]
async fn waits_return_final_results_or_end_at_the_deadline() {
    let emu = Emulator::start().await.unwrap();
    emu.set_timing(Timing {
        composition: Duration::from_millis(300),
        ..Timing::default()
    });
    let c = emu.client();
    let room = c
        .create_room()
        .enable_recording(true)
        .execute()
        .await
        .unwrap();
    let p = emu.join(room.id, "Alice").unwrap();
    let session = p.session_id.unwrap();
    let quick = Wait {
        timeout: Duration::from_millis(400),
        first_interval: Duration::from_millis(20),
        max_interval: Duration::from_millis(100),
    };
    // The session is still on: the wait ends at its deadline with a clear error.
    let t = std::time::Instant::now();
    let e = c
        .wait_for_session_recordings(session, quick)
        .await
        .unwrap_err();
    assert!(
        matches!(e, Error::Deadline { .. }) && e.is_timeout(),
        "{e:?}"
    );
    assert!(e.to_string().contains("the session is still active"), "{e}");
    assert!(t.elapsed() >= Duration::from_millis(400) && t.elapsed() < Duration::from_secs(2));

    emu.leave(p.id).unwrap();
    let recordings = c.wait_for_session_recordings(session, quick).await.unwrap();
    assert_eq!(recordings.len(), 1);
    assert_eq!(recordings[0].status.as_deref(), Some("completed"));

    let comp = c
        .create_room_composition()
        .session_id(session)
        .execute()
        .await
        .unwrap();
    let e = c
        .wait_for_composition(
            comp.id,
            Wait {
                timeout: Duration::from_millis(100),
                ..quick
            },
        )
        .await
        .unwrap_err();
    assert!(e.to_string().contains("last seen: status enqueued"), "{e}");
    let done = c
        .wait_for_composition(comp.id, Wait::up_to(Duration::from_secs(5)))
        .await
        .unwrap();
    assert_eq!(done.status.as_deref(), Some("completed"));
}

#[tokio::test]
async fn get_or_create_never_creates_twice_on_a_retry() {
    let s = support::CaptureServer::start().await;
    s.reply(support::auto_reply("GET", "/rooms")); // the look-up: no such room
    s.reply(support::Reply::json(
        503,
        serde_json::json!({"errors": [{"title": "busy"}]}),
    ));
    let e = s
        .client()
        .get_or_create_room("standup", |b| b)
        .await
        .unwrap_err();
    assert_eq!(
        (e.status().map(|s| s.as_u16()), e.attempts()),
        (Some(503), Some(1))
    );
    let sent: Vec<String> = s.take().iter().map(|r| r.method.clone()).collect();
    assert_eq!(sent, ["GET", "POST"], "the create (a POST) was not retried");
}
