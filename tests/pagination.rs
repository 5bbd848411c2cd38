//! Pagination streams: exact items and order over many pages, filters on every request,
//! every way a listing ends, duplicates across pages, errors, laziness, early drop and the
//! opt-in concurrency, against the emulator and a scripted server.

mod support;

use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use serde_json::json;
use support::{CaptureServer, Reply};
use telnyx_rooms::Error;
use telnyx_rooms_emulator::{Emulator, Seed};

fn room(id: u128) -> serde_json::Value {
    json!({"id": uuid::Uuid::from_u128(id), "record_type": "room"})
}

fn page(ids: std::ops::Range<u128>, number: i64, total_pages: i64) -> Reply {
    let data: Vec<_> = ids.map(room).collect();
    Reply::json(
        200,
        json!({"data": data, "meta": {"page_number": number, "page_size": 250, "total_pages": total_pages, "total_results": 0}}),
    )
}

fn ids(items: &[telnyx_rooms::types::Room]) -> Vec<u128> {
    items.iter().map(|r| r.id.as_u128()).collect()
}

#[tokio::test]
async fn every_item_of_every_page_in_order() {
    let emu = Emulator::start().await.unwrap();
    let seeded = emu.seed(Seed {
        rooms: 1234,
        ..Seed::default()
    });
    let rooms: Vec<_> = emu
        .client()
        .list_rooms()
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(rooms.len(), 1234);
    let got: Vec<_> = rooms.iter().map(|r| r.id).collect();
    assert_eq!(
        got, seeded.rooms,
        "creation order, nothing lost or repeated"
    );
    assert_eq!(
        emu.requests(),
        5,
        "250 per page by default: 1234 items take 5 pages"
    );

    // An explicit page size is kept.
    let before = emu.requests();
    let n = emu
        .client()
        .list_rooms()
        .page_size(100)
        .stream()
        .count()
        .await;
    assert_eq!(n, 1234);
    assert_eq!(emu.requests() - before, 13);
}

#[tokio::test]
async fn pages_carry_meta() {
    let emu = Emulator::start().await.unwrap();
    emu.seed(Seed {
        rooms: 30,
        sessions_per_room: 2,
        participants_per_session: 3,
        recordings_per_participant: 1,
    });
    let c = emu.client();
    let pages: Vec<_> = c
        .list_rooms()
        .page_size(7)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 5);
    assert_eq!(pages[0].meta.as_ref().unwrap().total_results, Some(30));
    assert_eq!(
        pages.iter().map(|p| p.items.len()).collect::<Vec<_>>(),
        [7, 7, 7, 7, 2]
    );
    // Every list operation streams.
    assert_eq!(c.list_room_sessions().stream().count().await, 60);
    assert_eq!(c.list_room_participants().stream().count().await, 180);
    assert_eq!(c.list_room_recordings().stream().count().await, 180);
    assert_eq!(c.list_room_compositions().stream().count().await, 0);
    let first = c.list_rooms().stream().next().await.unwrap().unwrap().id;
    assert_eq!(
        c.list_sessions_for_room()
            .room_id(first)
            .stream()
            .count()
            .await,
        2
    );
    let session = c
        .list_sessions_for_room()
        .room_id(first)
        .stream()
        .next()
        .await
        .unwrap()
        .unwrap()
        .id;
    assert_eq!(
        c.list_participants_for_session()
            .room_session_id(session)
            .stream()
            .count()
            .await,
        3
    );
}

#[tokio::test]
async fn filters_are_sent_on_every_page() {
    let s = CaptureServer::start().await;
    s.reply(page(0..250, 1, 3));
    s.reply(page(250..500, 2, 3));
    s.reply(page(500..510, 3, 3));
    let items: Vec<_> = s
        .client()
        .list_rooms()
        .filter_unique_name("team-a")
        .filter_date_created_at_gte("2024-01-01".parse::<chrono::NaiveDate>().unwrap())
        .include_sessions(true)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&items), (0..510).collect::<Vec<_>>());
    let reqs = s.take();
    assert_eq!(reqs.len(), 3);
    for (i, r) in reqs.iter().enumerate() {
        let q = r.query_pairs();
        let has = |k: &str, v: &str| q.contains(&(k.to_string(), v.to_string()));
        assert!(has("filter[unique_name]", "team-a"), "{q:?}");
        assert!(has("filter[date_created_at][gte]", "2024-01-01"), "{q:?}");
        assert!(has("include_sessions", "true"), "{q:?}");
        assert!(has("page[size]", "250"), "{q:?}");
        assert!(has("page[number]", &(i + 1).to_string()), "{q:?}");
    }
}

#[tokio::test]
async fn ends_after_total_pages_even_if_the_server_goes_on() {
    let s = CaptureServer::start().await;
    s.reply(page(0..250, 1, 2));
    s.reply(page(250..500, 2, 2));
    s.reply(page(500..750, 3, 2)); // would be served if asked
    let n = s.client().list_rooms().stream().count().await;
    assert_eq!(n, 500);
    assert_eq!(s.take().len(), 2);
}

#[tokio::test]
async fn ends_on_an_empty_page() {
    let s = CaptureServer::start().await;
    s.reply(page(0..250, 1, 5));
    s.reply(page(0..0, 2, 5));
    s.reply(page(250..500, 3, 5));
    let n = s.client().list_rooms().stream().count().await;
    assert_eq!(n, 250);
    assert_eq!(s.take().len(), 2);
}

#[tokio::test]
async fn ends_when_the_server_answers_another_page() {
    let s = CaptureServer::start().await;
    s.reply(page(0..250, 1, 5));
    s.reply(page(0..250, 1, 5)); // asked for page 2, got page 1 again
    s.reply(page(500..750, 3, 5));
    let items: Vec<_> = s
        .client()
        .list_rooms()
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&items), (0..250).collect::<Vec<_>>());
    assert_eq!(s.take().len(), 2);
}

#[tokio::test]
async fn a_page_without_meta_is_the_last() {
    let s = CaptureServer::start().await;
    s.reply(Reply::json(200, json!({"data": [room(1), room(2)]})));
    s.reply(page(3..5, 2, 2));
    let n = s.client().list_rooms().stream().count().await;
    assert_eq!(n, 2);
    assert_eq!(s.take().len(), 1);
}

#[tokio::test]
async fn a_list_that_grew_is_followed_one_page_further() {
    let s = CaptureServer::start().await;
    s.reply(page(0..250, 1, 2));
    s.reply(page(250..500, 2, 3)); // a room was created: now 3 pages
    s.reply(page(500..501, 3, 3));
    let n = s.client().list_rooms().stream().count().await;
    assert_eq!(n, 501);
    assert_eq!(s.take().len(), 3);
}

#[tokio::test]
async fn an_item_pushed_onto_the_next_page_is_yielded_once() {
    let s = CaptureServer::start().await;
    s.reply(page(0..250, 1, 3));
    s.reply(page(249..499, 2, 3)); // item 249 shifted from page 1 to page 2
    s.reply(page(499..600, 3, 3));
    let items: Vec<_> = s
        .client()
        .list_rooms()
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&items), (0..600).collect::<Vec<_>>());
}

#[tokio::test]
async fn an_error_on_page_3_is_yielded_and_ends_the_stream() {
    let s = CaptureServer::start().await;
    s.reply(page(0..250, 1, 5));
    s.reply(page(250..500, 2, 5));
    s.reply(Reply::json(
        500,
        json!({"errors": [{"code": "10007", "title": "Unexpected error"}]}),
    ));
    // Without retries, so that the failed page is final.
    let client = s.client().with_max_retries(0);
    let mut stream = client.list_rooms().stream();
    let mut ok = 0;
    let mut errors = Vec::new();
    while let Some(item) = stream.next().await {
        match item {
            Ok(_) => ok += 1,
            Err(e) => errors.push(e),
        }
    }
    assert_eq!(ok, 500);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].status().map(|s| s.as_u16()), Some(500));
    assert_eq!(s.take().len(), 3, "nothing after the failed page");

    // try_collect stops at the error.
    s.reply(page(0..250, 1, 2));
    s.reply(Reply::json(
        503,
        json!({"errors": [{"title": "Unavailable"}]}),
    ));
    let r: Result<Vec<_>, Error> = client.list_rooms().stream().try_collect().await;
    assert_eq!(r.unwrap_err().status().map(|s| s.as_u16()), Some(503));
}

#[tokio::test]
async fn nothing_is_sent_before_the_first_poll() {
    let emu = Emulator::start().await.unwrap();
    emu.seed(Seed {
        rooms: 10,
        ..Seed::default()
    });
    let c = emu.client();
    let stream = c.list_rooms().stream().prefetch(4);
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(emu.requests(), 0);
    drop(stream);
    let items: Vec<_> = c.list_rooms().stream().take(3).try_collect().await.unwrap();
    assert_eq!(items.len(), 3);
    assert_eq!(emu.requests(), 1);
}

#[tokio::test]
async fn dropping_the_stream_cancels_what_is_in_flight() {
    let emu = Emulator::start().await.unwrap();
    emu.seed(Seed {
        rooms: 1000,
        ..Seed::default()
    });
    emu.set_latency(Duration::from_millis(300));
    let c = emu.client();
    {
        let mut stream = c.list_rooms().page_size(10).stream().prefetch(4);
        stream.next().await.unwrap().unwrap(); // page 1 arrived; pages 2..=5 are being fetched
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let after_drop = emu.requests();
    assert!(
        after_drop <= 5,
        "page 1 and at most 4 prefetched pages: {after_drop}"
    );
    tokio::time::sleep(Duration::from_millis(700)).await;
    assert_eq!(
        emu.requests(),
        after_drop,
        "no request is started after the drop"
    );
}

#[tokio::test]
async fn prefetch_keeps_order_and_bounds_what_is_in_flight() {
    let emu = Emulator::start().await.unwrap();
    let seeded = emu.seed(Seed {
        rooms: 2000,
        ..Seed::default()
    });
    emu.set_latency(Duration::from_millis(20));
    let rooms: Vec<_> = emu
        .client()
        .list_rooms()
        .page_size(50)
        .stream()
        .prefetch(4)
        .try_collect()
        .await
        .unwrap();
    let got: Vec<_> = rooms.iter().map(|r| r.id).collect();
    assert_eq!(got, seeded.rooms);
    assert_eq!(emu.requests(), 40, "40 pages, none beyond the end");
    assert!(
        emu.max_in_flight() <= 4,
        "at most 4 pages in flight: {}",
        emu.max_in_flight()
    );
    assert!(
        emu.max_in_flight() >= 2,
        "pages were fetched concurrently: {}",
        emu.max_in_flight()
    );
}
