//! The fleet: receiver processes sharing one store behind a load balancer, fed by the emulator
//! with delivery chaos. Used by `tests/fleet.rs` (a short run in CI, with the laws asserted) and
//! `benches/fleet.rs` (the full run, figures printed).
//!
//! The orchestrator starts PostgreSQL and Redis, then for each store: the emulator (duplicates,
//! reordering, drops), `RECEIVERS` copies of this same binary as receiver processes, and a
//! balancer that answers each delivery at once and forwards it to a receiver picked at random
//! (the emulator sends a room's events one at a time; the balancer lets them overlap at the
//! receivers, as deliveries of a room do in production when they are retried or sent in
//! parallel). Rooms live (joins and leaves, sessions, recordings) until the target number of
//! deliveries is reached. Each receiver verifies every delivery, applies it to the store,
//! counts `Changed` and times each apply; at the end each reports, and the orchestrator folds
//! every distinct event any receiver got in one process and compares.

#![allow(dead_code)]

use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::routing::{get, post};
use telnyx_rooms::activity::{Applied, RoomActivity};
use telnyx_rooms::webhooks::axum::VerifiedWebhook;
use telnyx_rooms::webhooks::{WebhookEvent, WebhookVerifier};
use telnyx_rooms_emulator::{DeliveryChaos, Emulator, Timing};
use telnyx_rooms_store::ActivityStore;
use uuid::Uuid;

#[path = "../tests/support/mod.rs"]
mod support;

const ROLE: &str = "TELNYX_ROOMS_FLEET_ROLE";

/// The size of a run.
pub struct Options {
    /// Deliveries to aim for (the emulator's duplicates and drops make it approximate).
    pub deliveries: usize,
    pub rooms: usize,
    pub receivers: usize,
    /// Whether to run the naive baseline too (reported, never asserted: the benchmark's).
    pub baseline: bool,
}

/// What one store did.
#[derive(Debug)]
pub struct Outcome {
    pub store: String,
    pub deliveries: u64,
    pub distinct_events: usize,
    pub changed: u64,
    pub rooms: usize,
    pub rooms_equal: usize,
    /// Facts of the fold that the store's state lacks (lost updates).
    pub facts_lost: usize,
    pub events_per_sec: f64,
    pub p50_us: u64,
    pub p99_us: u64,
    /// Deliveries no receiver accepted after every retry.
    pub failed: u64,
    /// Deliveries answered 503 (the store was down) and sent again.
    pub retried: u64,
    /// Changes on the store's log (`None` for the naive baseline, which has none).
    pub logged: Option<usize>,
}

/// Something done to the store's server mid-run (a restart), on a thread of its own.
pub type Disruption = Box<dyn FnOnce() + Send>;

/// Runs this process as a receiver when the fleet started it so; returns otherwise.
pub fn receiver_if_asked() {
    if std::env::var(ROLE).as_deref() != Ok("receiver") {
        return;
    }
    // The fleet holds our stdin: when it ends (the orchestrator is gone), so do we.
    std::thread::spawn(|| {
        let _ = std::io::copy(&mut std::io::stdin(), &mut std::io::sink());
        std::process::exit(0);
    });
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(receiver());
    std::process::exit(0);
}

#[derive(Clone)]
struct Receiver {
    store: Arc<dyn Apply>,
    verifier: WebhookVerifier,
    deliveries: Arc<AtomicU64>,
    changed: Arc<AtomicU64>,
    latencies: Arc<Mutex<Vec<u32>>>,
    events: Arc<Mutex<HashMap<Uuid, String>>>,
}

impl axum::extract::FromRef<Receiver> for WebhookVerifier {
    fn from_ref(r: &Receiver) -> WebhookVerifier {
        r.verifier.clone()
    }
}

async fn receiver() {
    let url = std::env::var("STORE").unwrap();
    let store: Arc<dyn Apply> = Arc::from(open(&url).await);
    let state = Receiver {
        store,
        verifier: WebhookVerifier::new(&std::env::var("PUBLIC_KEY").unwrap()).unwrap(),
        deliveries: Arc::default(),
        changed: Arc::default(),
        latencies: Arc::default(),
        events: Arc::default(),
    };
    let app = axum::Router::new()
        .route("/hooks", post(hook))
        .route("/stats", get(stats))
        .with_state(state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    println!("{}", listener.local_addr().unwrap().port());
    axum::serve(listener, app).await.unwrap();
}

async fn hook(
    State(r): State<Receiver>,
    VerifiedWebhook(event): VerifiedWebhook,
) -> axum::http::StatusCode {
    let started = Instant::now();
    let applied = match r.store.apply(&event).await {
        Ok(a) => a,
        // Not stored: the sender tries again (as Telnyx does on a 503).
        Err(_) => return axum::http::StatusCode::SERVICE_UNAVAILABLE,
    };
    let us = started.elapsed().as_micros().min(u32::MAX as u128) as u32;
    r.latencies.lock().unwrap().push(us);
    r.deliveries.fetch_add(1, Ordering::Relaxed);
    if applied == Applied::Changed {
        r.changed.fetch_add(1, Ordering::Relaxed);
    }
    if let Some(id) = event.id {
        r.events
            .lock()
            .unwrap()
            .entry(id)
            .or_insert_with(|| reencode(&event));
    }
    axum::http::StatusCode::OK
}

/// The event as the fold needs it (type, id, time, payload).
fn reencode(e: &WebhookEvent) -> String {
    serde_json::json!({
        "event_type": e.kind.event_type(),
        "id": e.id,
        "occurred_at": e.occurred_at,
        "payload": e.kind.payload(),
    })
    .to_string()
}

async fn stats(State(r): State<Receiver>) -> axum::Json<serde_json::Value> {
    let events: Vec<String> = r.events.lock().unwrap().values().cloned().collect();
    axum::Json(serde_json::json!({
        "deliveries": r.deliveries.load(Ordering::Relaxed),
        "changed": r.changed.load(Ordering::Relaxed),
        "latencies": *r.latencies.lock().unwrap(),
        "events": events,
    }))
}

/// The naive baseline: read the room's JSON, apply, write it back, with nothing to stop two
/// receivers from overwriting each other.
mod naive {
    use futures::future::BoxFuture;
    use futures::FutureExt;
    use telnyx_rooms::activity::{Applied, RoomActivity};
    use telnyx_rooms::webhooks::WebhookEvent;
    use telnyx_rooms_store::StoreError;
    use uuid::Uuid;

    pub struct Naive {
        con: redis::aio::MultiplexedConnection,
    }

    impl Naive {
        pub async fn connect(url: &str) -> Naive {
            let client = redis::Client::open(url).unwrap();
            let config = redis::AsyncConnectionConfig::new()
                .set_response_timeout(Some(std::time::Duration::from_secs(30)));
            Naive {
                con: client
                    .get_multiplexed_async_connection_with_config(&config)
                    .await
                    .unwrap(),
            }
        }
    }

    fn key(room: Uuid) -> String {
        format!("naive:{room}")
    }

    impl super::Apply for Naive {
        fn apply<'a>(&'a self, e: &'a WebhookEvent) -> BoxFuture<'a, Result<Applied, StoreError>> {
            async move {
                let Some(room) = e.kind.room_id() else {
                    return Ok(RoomActivity::new().apply(e));
                };
                let mut state = self.read(room).await;
                let applied = state.apply(e);
                if applied.changed() {
                    let mut con = self.con.clone();
                    let _: () = redis::cmd("SET")
                        .arg(key(room))
                        .arg(serde_json::to_string(&state).unwrap())
                        .query_async(&mut con)
                        .await
                        .unwrap();
                }
                Ok(applied)
            }
            .boxed()
        }
        fn room(&self, room: Uuid) -> BoxFuture<'_, Result<RoomActivity, StoreError>> {
            async move { Ok(self.read(room).await) }.boxed()
        }
    }

    impl Naive {
        async fn read(&self, room: Uuid) -> RoomActivity {
            let mut con = self.con.clone();
            let blob: Option<String> = redis::cmd("GET")
                .arg(key(room))
                .query_async(&mut con)
                .await
                .unwrap();
            blob.map_or_else(RoomActivity::new, |b| serde_json::from_str(&b).unwrap())
        }
    }
}

/// What a receiver needs of a store: apply, and (for the orchestrator) read a room back. The
/// crate's stores, and the naive baseline, which is not one.
trait Apply: Send + Sync {
    fn apply<'a>(
        &'a self,
        e: &'a WebhookEvent,
    ) -> futures::future::BoxFuture<'a, Result<Applied, telnyx_rooms_store::StoreError>>;
    fn room(
        &self,
        room: Uuid,
    ) -> futures::future::BoxFuture<'_, Result<RoomActivity, telnyx_rooms_store::StoreError>>;
}

impl Apply for Box<dyn ActivityStore> {
    fn apply<'a>(
        &'a self,
        e: &'a WebhookEvent,
    ) -> futures::future::BoxFuture<'a, Result<Applied, telnyx_rooms_store::StoreError>> {
        (**self).apply(e)
    }
    fn room(
        &self,
        room: Uuid,
    ) -> futures::future::BoxFuture<'_, Result<RoomActivity, telnyx_rooms_store::StoreError>> {
        (**self).room(room)
    }
}

/// A store for this run's receivers and reader, by URL (`naive+redis://...`: the baseline).
async fn open(url: &str) -> Box<dyn Apply> {
    match url.strip_prefix("naive+") {
        Some(inner) => Box::new(naive::Naive::connect(inner).await),
        None => Box::new(telnyx_rooms_store::connect(url).await.unwrap()),
    }
}

/// Starts the receivers of one store.
fn spawn_receivers(n: usize, store: &str, public_key: &str) -> Vec<(Child, u16)> {
    (0..n)
        .map(|_| {
            let mut child = Command::new(std::env::current_exe().unwrap())
                .env(ROLE, "receiver")
                .env("STORE", store)
                .env("PUBLIC_KEY", public_key)
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::inherit())
                .spawn()
                .unwrap();
            let mut line = String::new();
            BufReader::new(child.stdout.as_mut().unwrap())
                .read_line(&mut line)
                .unwrap();
            let port = line.trim().parse().expect("a receiver prints its port");
            (child, port)
        })
        .collect()
}

#[derive(Clone)]
struct Balancer {
    http: reqwest::Client,
    ports: Arc<Vec<u16>>,
    next: Arc<AtomicU64>,
    in_flight: Arc<AtomicU64>,
    failed: Arc<AtomicU64>,
    /// Deliveries answered 503 and sent again.
    retried: Arc<AtomicU64>,
    /// Forwards at once across the fleet (8 per receiver): what a receiver is asked to do
    /// concurrently, so an apply's time is its own and not a queue's.
    permits: Arc<tokio::sync::Semaphore>,
}

/// Answers at once and forwards to a receiver picked at random (a hash of a counter).
async fn balance(
    State(b): State<Balancer>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> &'static str {
    let n = b.next.fetch_add(1, Ordering::Relaxed);
    let pick = (n.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 33) as usize % b.ports.len();
    let url = format!("http://127.0.0.1:{}/hooks", b.ports[pick]);
    b.in_flight.fetch_add(1, Ordering::SeqCst);
    let b2 = b.clone();
    tokio::spawn(async move {
        let _permit = b2.permits.acquire().await.unwrap();
        let mut request = b2.http.post(url).body(body);
        for name in [
            "telnyx-signature-ed25519",
            "telnyx-timestamp",
            "content-type",
        ] {
            if let Some(v) = headers.get(name) {
                request = request.header(name, v);
            }
        }
        // Forwarded until a receiver takes it, as Telnyx retries a delivery answered 503 (a
        // store that is down): about a minute of retries.
        for attempt in 0..300 {
            let Some(request) = request.try_clone() else {
                break;
            };
            match request.send().await {
                Ok(r) if r.status().is_success() => break,
                Ok(r)
                    if r.status() == reqwest::StatusCode::SERVICE_UNAVAILABLE && attempt < 299 =>
                {
                    b2.retried.fetch_add(1, Ordering::SeqCst);
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                other => {
                    eprintln!("fleet: a delivery failed at a receiver: {other:?}");
                    b2.failed.fetch_add(1, Ordering::SeqCst);
                    break;
                }
            }
        }
        b2.in_flight.fetch_sub(1, Ordering::SeqCst);
    });
    "ok"
}

/// Rooms come alive until about `target` events were made.
async fn live(emu: &Emulator, hook: &str, rooms: usize, target_events: usize) {
    let c = emu.client();
    let mut ids = Vec::new();
    for i in 0..rooms {
        let room = c
            .create_room()
            .max_participants(50)
            .enable_recording(i % 2 == 0)
            .webhook_event_url(hook)
            .execute()
            .await
            .unwrap();
        ids.push((room.id, i % 2 == 0, Vec::<Uuid>::new()));
    }
    let mut events = 0;
    let mut turn: u64 = 1;
    while events < target_events {
        for (room, recording, present) in ids.iter_mut() {
            turn = turn
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let leave =
                !present.is_empty() && (present.len() >= 6 || (turn >> 40).is_multiple_of(3));
            if leave {
                let who = present.remove((turn >> 20) as usize % present.len());
                emu.leave(who).unwrap();
                events += 1 + usize::from(*recording) + usize::from(present.is_empty());
            } else {
                let p = emu.join(*room, "someone").unwrap();
                events += 1 + usize::from(*recording) + usize::from(present.is_empty());
                present.push(p.id);
            }
        }
        tokio::task::yield_now().await;
    }
}

fn percentile(sorted: &[u32], p: f64) -> u64 {
    if sorted.is_empty() {
        return 0;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize] as u64
}

/// One store's run; `disruption` is done once half the deliveries were made.
async fn run_store(name: &str, url: &str, o: &Options, disruption: Option<Disruption>) -> Outcome {
    let emu = start_emulator(o).await;
    let receivers = spawn_receivers(o.receivers, url, emu.webhook_public_key());
    let (balancer, hook) = start_balancer(&receivers, o).await;
    let started = Instant::now();
    let disrupted = disruption.map(|d| {
        let (emu, half) = (emu.clone(), o.deliveries / 2);
        tokio::spawn(async move {
            while emu.webhook_deliveries().len() < half {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            eprintln!("fleet: {half} deliveries made: disrupting the store");
            tokio::task::spawn_blocking(d).await.unwrap();
            eprintln!("fleet: the store is back");
        })
    });
    // Deliveries ~ events x 1.2 (duplicates) x 0.98 (drops).
    live(&emu, &hook, o.rooms, (o.deliveries as f64 / 1.176) as usize).await;
    if let Some(d) = disrupted {
        d.await.unwrap();
    }
    let (entries, settled) = settle(&emu, &balancer, started).await;
    let elapsed = settled.duration_since(started).as_secs_f64().max(0.001);
    eprintln!("fleet: {name}: {entries} webhook log entries, settled after {elapsed:.1} s");
    let mut told = collect(receivers).await;
    let (facts, rooms, rooms_equal, facts_lost) = compare(url, &told.distinct).await;
    let logged = match url.starts_with("naive+") {
        true => None,
        false => Some(logged(url).await),
    };
    told.latencies.sort_unstable();
    Outcome {
        store: name.to_string(),
        deliveries: told.deliveries,
        distinct_events: facts,
        changed: told.changed,
        rooms,
        rooms_equal,
        facts_lost,
        events_per_sec: told.deliveries as f64 / elapsed,
        p50_us: percentile(&told.latencies, 0.50),
        p99_us: percentile(&told.latencies, 0.99),
        failed: balancer.failed.load(Ordering::SeqCst),
        retried: balancer.retried.load(Ordering::SeqCst),
        logged,
    }
}

/// The emulator the fleet is fed by: quick retries, a log for every delivery, and chaos
/// (duplicates, reordering, drops).
async fn start_emulator(o: &Options) -> Arc<Emulator> {
    let emu = Arc::new(Emulator::start().await.unwrap());
    emu.set_timing(Timing {
        composition: Duration::from_millis(20),
        webhook_retry: Duration::from_millis(20),
        webhook_attempts: 3,
        webhook_timeout: Duration::from_secs(10),
    });
    emu.set_webhook_log_capacity(o.deliveries * 4);
    emu.set_delivery_chaos(DeliveryChaos {
        duplicate: 0.2,
        reorder: 4,
        drop: 0.02,
        seed: 7,
    })
    .unwrap();
    emu
}

/// The balancer in front of the receivers, and the URL webhooks are sent to.
async fn start_balancer(receivers: &[(Child, u16)], o: &Options) -> (Balancer, String) {
    let balancer = Balancer {
        http: reqwest::Client::new(),
        ports: Arc::new(receivers.iter().map(|(_, p)| *p).collect()),
        next: Arc::default(),
        in_flight: Arc::default(),
        failed: Arc::default(),
        retried: Arc::default(),
        permits: Arc::new(tokio::sync::Semaphore::new(8 * o.receivers)),
    };
    let app = axum::Router::new()
        .route("/hooks", post(balance))
        .with_state(balancer.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let hook = format!("http://{}/hooks", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });

    (balancer, hook)
}

/// Waits until the webhook log has stopped growing and nothing is in flight; returns the log's
/// length and when the last forward was answered.
async fn settle(emu: &Emulator, balancer: &Balancer, started: Instant) -> (usize, Instant) {
    // Done when the log stops growing and nothing is in flight.
    // Done when the log has stopped growing and nothing is in flight; the time is that of
    // the last forward answered.
    let mut last = (0, Instant::now());
    let mut drained = None;
    loop {
        tokio::time::sleep(Duration::from_millis(50)).await;
        let n = emu.webhook_deliveries().len();
        let idle = balancer.in_flight.load(Ordering::SeqCst) == 0;
        if n != last.0 {
            last = (n, Instant::now());
            drained = None;
        } else if !idle {
            drained = None;
        } else {
            let at = *drained.get_or_insert_with(Instant::now);
            if last.1.elapsed() > Duration::from_millis(1500) {
                last.1 = at;
                break;
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(900),
            "the fleet never settled"
        );
    }
    (last.0, last.1)
}

/// What the receivers were told and answered.
struct Told {
    deliveries: u64,
    changed: u64,
    latencies: Vec<u32>,
    distinct: BTreeMap<String, WebhookEvent>,
}

/// Reads each receiver's stats, then stops it.
async fn collect(receivers: Vec<(Child, u16)>) -> Told {
    let http = reqwest::Client::new();
    let (mut deliveries, mut changed, mut latencies) = (0u64, 0u64, Vec::new());
    let mut distinct: BTreeMap<String, WebhookEvent> = BTreeMap::new();
    for (mut child, port) in receivers {
        let s: serde_json::Value = http
            .get(format!("http://127.0.0.1:{port}/stats"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        deliveries += s["deliveries"].as_u64().unwrap();
        changed += s["changed"].as_u64().unwrap();
        latencies.extend(
            s["latencies"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_u64().unwrap() as u32),
        );
        for e in s["events"].as_array().unwrap() {
            let text = e.as_str().unwrap();
            let event = WebhookEvent::parse(text.as_bytes()).unwrap();
            distinct.insert(event.id.unwrap().to_string(), event);
        }
        let _ = child.kill();
        let _ = child.wait();
    }
    Told {
        deliveries,
        changed,
        latencies,
        distinct,
    }
}

/// Every distinct event folded in one process, against the store as the fleet left it (read by
/// one more instance): (facts, rooms, rooms equal, facts lost).
async fn compare(
    url: &str,
    distinct: &BTreeMap<String, WebhookEvent>,
) -> (usize, usize, usize, usize) {
    let mut expected = RoomActivity::new();
    let mut facts = 0;
    let mut ordered: Vec<&WebhookEvent> = distinct.values().collect();
    ordered.sort_by_key(|e| e.occurred_at);
    for e in ordered {
        if expected.apply(e).changed() {
            facts += 1;
        }
    }
    // The store as the fleet left it, read by one more instance.
    let reader = open(url).await;
    let rooms: Vec<Uuid> = expected.rooms().collect();
    let (mut rooms_equal, mut facts_lost) = (0, 0);
    for room in &rooms {
        let stored = reader.room(*room).await.unwrap();
        if stored.room(*room) == expected.room(*room) {
            rooms_equal += 1;
        } else {
            // What the fold holds that the store does not: replay the room's events on it.
            let mut probe = stored.clone();
            for e in distinct
                .values()
                .filter(|e| e.kind.room_id() == Some(*room))
            {
                if probe.apply(e).changed() {
                    facts_lost += 1;
                }
            }
        }
    }
    (facts, rooms.len(), rooms_equal, facts_lost)
}

/// How many changes the store's log holds, read from its start by one more instance.
async fn logged(url: &str) -> usize {
    use futures::StreamExt;
    let store = telnyx_rooms_store::connect(url).await.unwrap();
    let mut log = store
        .changes_after(Some("0-0".parse().unwrap()))
        .await
        .unwrap();
    let mut n = 0;
    while let Ok(Some(change)) = tokio::time::timeout(Duration::from_secs(2), log.next()).await {
        change.unwrap();
        n += 1;
    }
    n
}

/// Runs every store with fresh servers, and each shared store again with its server stopped
/// mid-run and started again (PostgreSQL for 3 s, a restart; Redis for 10 s, longer than its
/// connection manager's retries); returns their outcomes.
pub async fn run(o: Options) -> Vec<Outcome> {
    let pg = Arc::new(Mutex::new(support::Postgres::start()));
    let redis = Arc::new(Mutex::new(support::Redis::start()));
    let pg_url = pg.lock().unwrap().url.clone();
    let redis_url = redis.lock().unwrap().url.clone();
    let restart_pg = || -> Option<Disruption> {
        let pg = pg.clone();
        Some(Box::new(move || {
            pg.lock().unwrap().restart(Duration::from_secs(3))
        }))
    };
    let restart_redis = || -> Option<Disruption> {
        let redis = redis.clone();
        Some(Box::new(move || {
            redis.lock().unwrap().restart(Duration::from_secs(10))
        }))
    };
    let stores: Vec<(&str, String, Option<Disruption>)> = vec![
        ("postgres (facts, compare-and-set)", pg_url.clone(), None),
        (
            "postgres, restarted mid-run (3 s down)",
            pg_url.clone(),
            restart_pg(),
        ),
        (
            "redis (facts, compare-and-set script)",
            redis_url.clone(),
            None,
        ),
        (
            "redis, stopped 10 s mid-run (past its reconnect retries)",
            redis_url.clone(),
            restart_redis(),
        ),
        (
            "naive JSON read-modify-write (redis)",
            format!("naive+{redis_url}"),
            None,
        ),
    ];
    let mut out = Vec::new();
    for (name, url, disruption) in stores {
        if name.starts_with("naive") && !o.baseline {
            continue;
        }
        empty(&url).await;
        out.push(run_store(name, &url, &o, disruption).await);
    }
    out
}

/// Empties the store at `url` (each run starts empty; runs share the two servers).
async fn empty(url: &str) {
    if url.contains("redis") {
        let client = redis::Client::open(url.trim_start_matches("naive+")).unwrap();
        let mut con = client.get_multiplexed_async_connection().await.unwrap();
        let _: () = redis::cmd("FLUSHALL").query_async(&mut con).await.unwrap();
    } else {
        let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(connection);
        // Absent before the first run made them.
        let _ = client
            .batch_execute(
                "TRUNCATE telnyx_rooms_facts, telnyx_rooms_rooms, telnyx_rooms_changes, \
                 telnyx_rooms_followers, telnyx_rooms_activity_horizon, telnyx_rooms_log_trimmed",
            )
            .await;
    }
}

pub fn print(outcomes: &[Outcome]) {
    println!(
        "| store | deliveries | distinct facts | changes on the log | `Changed` answers | rooms equal to the fold | facts lost | answered 503 and retried | deliveries/s | apply p50 | apply p99 |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    for o in outcomes {
        println!(
            "| {} | {} | {} | {} | {} | {}/{} | {} | {} | {:.0} | {} µs | {} µs |",
            o.store,
            o.deliveries,
            o.distinct_events,
            o.logged.map_or("-".to_string(), |n| n.to_string()),
            o.changed,
            o.rooms_equal,
            o.rooms,
            o.facts_lost,
            o.retried,
            o.events_per_sec,
            o.p50_us,
            o.p99_us
        );
    }
}
