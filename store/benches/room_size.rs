//! What an apply costs as a room grows, in one run for PostgreSQL and Redis, the store of facts
//! beside the previous design (a room's whole state under a version) and the memory store:
//!
//! - p50/p99 of the first 500 applies of a room and of the last 500 of 20,000 facts (one
//!   writer; one new participant each);
//! - a duplicate's cost at the end (an event whose fact the room holds);
//! - 16 writers joining the large room at once (the start of a class): applies a second and p99;
//! - the change log's cost: its bytes per change on the server, and how fast a follower reads it.
//!
//! The previous design's room is filled in one write (applying 20,000 events to it one by one
//! takes half an hour), the store of facts by applying, with 8 writers. `ROOM_FACTS` changes
//! the size. Prints the table BENCHMARKS.md holds.

#[path = "../tests/support/mod.rs"]
mod support;

#[path = "room_size/previous.rs"]
mod previous;

use std::sync::Arc;
use std::time::{Duration, Instant};

use previous::{Apply, Facts, PgBlob, RedisBlob};
use support::events::{at, event};
use telnyx_rooms::activity::RoomActivity;
use telnyx_rooms::webhooks::WebhookEvent;
use uuid::Uuid;

const ROOM: Uuid = Uuid::from_u128(0xA11);
const SESSION: Uuid = Uuid::from_u128(0xB11);

/// Participant `i` joins the room.
fn join(i: usize) -> WebhookEvent {
    event(
        "participant.joined",
        at(i as i64),
        serde_json::json!({"room_id": ROOM, "session_id": SESSION,
            "participant_id": Uuid::from_u128(0x1_0000_0000 + i as u128),
            "context": format!("participant {i}")}),
    )
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

/// Times each apply of `events`, one after another.
async fn timed(store: &dyn Apply, events: impl Iterator<Item = WebhookEvent>) -> Vec<Duration> {
    let mut out = Vec::new();
    for e in events {
        let started = Instant::now();
        let applied = store.apply(&e).await;
        out.push(started.elapsed());
        assert!(applied.changed() || applied == telnyx_rooms::activity::Applied::AlreadyKnown);
    }
    out.sort();
    out
}

struct Row {
    store: String,
    first: (Duration, Duration),
    last: (Duration, Duration),
    duplicate: Duration,
    burst_per_sec: f64,
    burst_p99: Duration,
    burst_applies: usize,
}

async fn measure(
    name: &str,
    store: Arc<dyn Apply>,
    facts: usize,
    of_facts: bool,
    per_writer: usize,
) -> Row {
    eprintln!("room size: {name}");
    let first = timed(store.as_ref(), (0..500).map(join)).await;
    if of_facts {
        let mut tasks = Vec::new();
        for w in 0..8 {
            let store = store.clone();
            tasks.push(tokio::spawn(async move {
                for i in (500 + w..facts - 500).step_by(8) {
                    let _ = store.apply(&join(i)).await;
                }
            }));
        }
        for t in tasks {
            t.await.unwrap();
        }
    } else {
        let mut state = RoomActivity::new();
        for i in 0..facts - 500 {
            let _ = state.apply(&join(i));
        }
        store.fill(ROOM, &state).await;
    }
    let last = timed(store.as_ref(), (facts - 500..facts).map(join)).await;
    let duplicate = timed(store.as_ref(), (0..100).map(|_| join(facts - 1))).await;
    // Sixteen writers at once, each with new participants.
    let started = Instant::now();
    let mut tasks = Vec::new();
    for w in 0..16 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            let from = facts + w * per_writer;
            timed(store.as_ref(), (from..from + per_writer).map(join)).await
        }));
    }
    let mut burst = Vec::new();
    for t in tasks {
        burst.extend(t.await.unwrap());
    }
    let wall = started.elapsed();
    burst.sort();
    Row {
        store: name.to_string(),
        first: (percentile(&first, 0.5), percentile(&first, 0.99)),
        last: (percentile(&last, 0.5), percentile(&last, 0.99)),
        duplicate: percentile(&duplicate, 0.5),
        burst_per_sec: burst.len() as f64 / wall.as_secs_f64(),
        burst_p99: percentile(&burst, 0.99),
        burst_applies: burst.len(),
    }
}

/// The log of a store that took `changes` changes: its bytes per change on the server, and a
/// follower reading all of it from the start (changes a second).
async fn log_cost(name: &str, url: &str, changes: usize) -> String {
    use futures::StreamExt;
    let store = telnyx_rooms_store::connect(url).await.unwrap();
    for i in 0..changes {
        let _ = store.apply(&join(10_000_000 + i)).await.unwrap();
    }
    let bytes: f64 = if url.starts_with("postgres") {
        let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(connection);
        let row = client
            .query_one(
                "SELECT pg_total_relation_size('telnyx_rooms_changes')::float8 / count(*) \
                 FROM telnyx_rooms_changes",
                &[],
            )
            .await
            .unwrap();
        row.get(0)
    } else {
        let client = redis::Client::open(url).unwrap();
        let mut con = client.get_multiplexed_async_connection().await.unwrap();
        let (size, len): (f64, f64) = redis::pipe()
            .cmd("MEMORY")
            .arg("USAGE")
            .arg("telnyx-rooms:changes")
            .arg("SAMPLES")
            .arg(0)
            .cmd("XLEN")
            .arg("telnyx-rooms:changes")
            .query_async(&mut con)
            .await
            .unwrap();
        size / len
    };
    let started = Instant::now();
    let mut feed = store
        .changes_after(Some("0-0".parse().unwrap()))
        .await
        .unwrap();
    let mut read = 0;
    while read < changes {
        feed.next().await.unwrap().unwrap();
        read += 1;
    }
    let rate = read as f64 / started.elapsed().as_secs_f64();
    format!("| {name} | {bytes:.0} | {rate:.0} |")
}

/// The log's costs on both servers (fresh keys: a prefix of its own for Redis, a database of
/// its own for PostgreSQL, so that the rooms measured below start empty).
async fn log_costs(pg: &str, redis: &str, facts: usize) -> Vec<String> {
    let changes = facts.min(10_000);
    let (client, connection) = tokio_postgres::connect(pg, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    client
        .batch_execute("CREATE DATABASE log_cost")
        .await
        .unwrap();
    let pg_log = pg.replace("/postgres", "/log_cost");
    vec![
        log_cost("postgres", &pg_log, changes).await,
        log_cost("redis", &format!("{redis}1"), changes).await,
    ]
}

fn main() {
    let facts: usize = std::env::var("ROOM_FACTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let pg = support::Postgres::start();
    // As the previous measurements ran it: no append-only file.
    let redis = support::Redis::start_with(&["--appendonly", "no"]);
    let log = rt.block_on(log_costs(&pg.url, &redis.url, facts));
    let rows = rt.block_on(async {
        let mut rows = Vec::new();
        let stores: Vec<(&str, Arc<dyn Apply>, bool, usize)> = vec![
            (
                "postgres, facts",
                Arc::new(Facts(telnyx_rooms_store::connect(&pg.url).await.unwrap())),
                true,
                100,
            ),
            (
                "postgres, previous (whole room)",
                Arc::new(PgBlob::connect(&pg.url).await),
                false,
                3,
            ),
            (
                "redis, facts",
                Arc::new(Facts(
                    telnyx_rooms_store::connect(&redis.url).await.unwrap(),
                )),
                true,
                100,
            ),
            (
                "redis, previous (whole room)",
                Arc::new(RedisBlob::connect(&redis.url).await),
                false,
                3,
            ),
            (
                "memory, facts",
                Arc::new(Facts(Box::new(telnyx_rooms_store::MemoryStore::new()))),
                true,
                100,
            ),
        ];
        for (name, store, of_facts, per_writer) in stores {
            rows.push(measure(name, store, facts, of_facts, per_writer).await);
        }
        rows
    });
    println!("| the change log | bytes per change on the server | a follower reads (changes/s) |");
    println!("|---|---|---|");
    for line in log {
        println!("{line}");
    }
    println!();
    println!(
        "| store | first 500 applies, p50 / p99 (ms) | last 500 of {facts} facts, p50 / p99 (ms) | last / first (p50) | a duplicate at the end, p50 (ms) | 16 writers on the large room: applies/s, p99 (ms) |"
    );
    println!("|---|---|---|---|---|---|");
    for r in rows {
        println!(
            "| {} | {} / {} | {} / {} | {:.2}x | {} | {:.0}/s, {} ({} applies) |",
            r.store,
            ms(r.first.0),
            ms(r.first.1),
            ms(r.last.0),
            ms(r.last.1),
            r.last.0.as_secs_f64() / r.first.0.as_secs_f64(),
            ms(r.duplicate),
            r.burst_per_sec,
            ms(r.burst_p99),
            r.burst_applies,
        );
    }
}
