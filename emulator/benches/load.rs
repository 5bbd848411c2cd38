//! Load on the `telnyx-rooms-emulator` binary (a benchmark, not a test):
//! `cargo bench -p telnyx-rooms-emulator --bench load`.
//!
//! 1. 50,000 requests spread evenly over the spec's operations (read from the operation table),
//!    from 500 connections at once (500 clients, each with its own connection, 100 requests
//!    each): requests/s, latency p50 and p99, and every answer counted by class. A transport
//!    error or a 5xx fails the run.
//! 2. 2,000 join/leave cycles through the control API (20 rooms, one cycle per room at a time),
//!    each sending 4 signed webhooks to a loopback receiver: delivery latency p50 and p99 (from
//!    the event's `occurred_at` to its arrival), and every delivery accounted for in the log.
//! 3. The emulator's peak RSS (`VmHWM`) after both.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full};
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use serde_json::{json, Value};
use telnyx_rooms::Operation;

const CONNECTIONS: usize = 500;
const REQUESTS: usize = 50_000;
const CYCLES: usize = 2_000;
const CYCLE_ROOMS: usize = 20;
const KEY: &str = "KEY0LOAD";

fn main() {
    let mut emu = Command::new(env!("CARGO_BIN_EXE_telnyx-rooms-emulator"))
        .args(["--seed", "rooms=50,sessions=2,participants=3,recordings=1"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("the emulator binary starts");
    let pid = emu.id();
    let mut lines = BufReader::new(emu.stdout.take().expect("stdout")).lines();
    let base = lines.next().expect("a line").expect("utf-8");
    let base = base
        .strip_prefix("listening ")
        .expect("listening <url>")
        .to_string();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        requests(&base).await;
        cycles(&base).await;
    });
    println!(
        "3. emulator peak RSS after both: {:.1} MiB",
        peak_rss_kib(pid) as f64 / 1024.0
    );
    // SIGTERM, as a supervisor would; it exits 0 after finishing what is in flight.
    let _ = Command::new("kill").arg(pid.to_string()).status();
    let status = emu.wait().expect("the emulator exits");
    println!("   emulator exit after SIGTERM: {status}");
}

fn peak_rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Ids of what the seed created, by path parameter name.
async fn seeded_ids(base: &str) -> HashMap<&'static str, Vec<String>> {
    let http = reqwest::Client::new();
    let mut ids = HashMap::new();
    for (param, path) in [
        ("room_id", "/rooms"),
        ("room_session_id", "/room_sessions"),
        ("room_participant_id", "/room_participants"),
        ("room_recording_id", "/room_recordings"),
    ] {
        let page = get_json(&http, format!("{base}{path}?page[size]=250"), true).await;
        let list: Vec<String> = page["data"]
            .as_array()
            .expect("a list")
            .iter()
            .map(|x| x["id"].as_str().expect("an id").to_string())
            .collect();
        ids.insert(param, list);
    }
    ids
}

/// The spec's model, parsed once.
fn model() -> &'static telnyx_rooms_codegen::Model {
    static MODEL: std::sync::OnceLock<telnyx_rooms_codegen::Model> = std::sync::OnceLock::new();
    MODEL.get_or_init(|| telnyx_rooms_codegen::model().expect("the spec parses"))
}

/// The `n`-th request of operation `op`: ids that exist for reads and actions, unknown ids
/// for deletes (answered 404, so that the seed stays), a filter on the bulk delete, a body
/// where the spec takes one.
fn request(
    http: &reqwest::Client,
    base: &str,
    op: Operation,
    n: usize,
    ids: &HashMap<&'static str, Vec<String>>,
) -> reqwest::RequestBuilder {
    let mut path = op.path().to_string();
    let spec = model().operation(op.id()).expect("the spec's operation");
    for p in spec.path_params() {
        let value = match ids.get(p.name.as_str()) {
            Some(list) if op.method() != "DELETE" && !list.is_empty() => {
                list[n % list.len()].clone()
            }
            _ => uuid::Uuid::new_v4().to_string(),
        };
        path = path.replace(&format!("{{{}}}", p.name), &value);
    }
    let method = reqwest::Method::from_bytes(op.method().as_bytes()).expect("a method");
    let mut req = http
        .request(method, format!("{base}{path}"))
        .bearer_auth(KEY);
    if op.is_bulk() {
        req = req.query(&[("filter[session_id]", uuid::Uuid::new_v4().to_string())]);
    }
    if spec.body.is_some() {
        let session = &ids["room_session_id"][n % ids["room_session_id"].len()];
        let body = match op {
            Operation::CreateRoom | Operation::UpdateRoom => {
                json!({"unique_name": format!("load-{n}"), "max_participants": 10})
            }
            Operation::RefreshClientToken => json!({"refresh_token": "unknown"}),
            Operation::CreateRoomComposition => json!({"session_id": session}),
            _ => json!({}),
        };
        req = req.json(&body);
    }
    req
}

/// GETs `url` (with the key when given) and decodes the JSON answer.
async fn get_json(http: &reqwest::Client, url: String, key: bool) -> Value {
    let mut request = http.get(url);
    if key {
        request = request.bearer_auth(KEY);
    }
    request
        .send()
        .await
        .expect("an answer")
        .json()
        .await
        .expect("JSON")
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

async fn requests(base: &str) {
    let ids = Arc::new(seeded_ids(base).await);
    let ops = Operation::ALL;
    let per_connection = REQUESTS / CONNECTIONS;
    let started = Instant::now();
    let mut workers = tokio::task::JoinSet::new();
    for w in 0..CONNECTIONS {
        let (ids, base) = (ids.clone(), base.to_string());
        workers.spawn(async move {
            // One client each: its own connection, kept alive.
            let http = reqwest::Client::builder()
                .pool_max_idle_per_host(1)
                .build()
                .expect("client");
            let mut out = Vec::with_capacity(per_connection);
            for i in 0..per_connection {
                let n = w * per_connection + i;
                let op = ops[n % ops.len()];
                let t = Instant::now();
                let status = request(&http, &base, op, n, &ids)
                    .send()
                    .await
                    .map(|r| r.status().as_u16());
                out.push((t.elapsed(), status.map_err(|e| e.to_string())));
            }
            out
        });
    }
    let mut latencies = Vec::with_capacity(REQUESTS);
    let mut classes: HashMap<String, usize> = HashMap::new();
    while let Some(done) = workers.join_next().await {
        for (latency, status) in done.expect("worker") {
            latencies.push(latency);
            let class = match status {
                Ok(s) => format!("{}xx", s / 100),
                Err(e) => format!("transport error: {e}"),
            };
            *classes.entry(class).or_default() += 1;
        }
    }
    let elapsed = started.elapsed();
    latencies.sort();
    let mut classes: Vec<_> = classes.into_iter().collect();
    classes.sort();
    println!(
        "1. {REQUESTS} requests over {} operations from {CONNECTIONS} connections at once: \
         {:.0} requests/s, latency p50 {:.1} ms, p99 {:.1} ms; answers {classes:?}",
        ops.len(),
        REQUESTS as f64 / elapsed.as_secs_f64(),
        percentile(&latencies, 0.50).as_secs_f64() * 1e3,
        percentile(&latencies, 0.99).as_secs_f64() * 1e3,
    );
    assert!(
        classes.iter().all(|(c, _)| c == "2xx" || c == "4xx"),
        "a request was refused or failed: {classes:?}"
    );
}

/// A loopback webhook receiver: how long after its `occurred_at` each event arrived.
async fn receiver() -> (String, Arc<Mutex<Vec<Duration>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}/hooks", listener.local_addr().expect("addr"));
    let arrivals: Arc<Mutex<Vec<Duration>>> = Arc::default();
    let log = arrivals.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let log = log.clone();
            tokio::spawn(async move {
                let svc = service_fn(move |req: hyper::Request<hyper::body::Incoming>| {
                    let log = log.clone();
                    async move {
                        let body = req.into_body().collect().await.map(|b| b.to_bytes());
                        let now = chrono::Utc::now();
                        if let Ok(body) = body {
                            let v: Value = serde_json::from_slice(&body).unwrap_or_default();
                            if let Some(at) = v["data"]["occurred_at"]
                                .as_str()
                                .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
                            {
                                let late = (now - at.with_timezone(&chrono::Utc))
                                    .to_std()
                                    .unwrap_or_default();
                                log.lock().expect("log").push(late);
                            }
                        }
                        Ok::<_, std::convert::Infallible>(hyper::Response::new(Full::new(
                            bytes::Bytes::new(),
                        )))
                    }
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), svc)
                    .await;
            });
        }
    });
    (url, arrivals)
}

async fn cycles(base: &str) {
    let (hook_url, arrivals) = receiver().await;
    let http = reqwest::Client::new();
    let mut rooms = Vec::new();
    for _ in 0..CYCLE_ROOMS {
        let room: Value = http
            .post(format!("{base}/rooms"))
            .bearer_auth(KEY)
            .json(&json!({"webhook_event_url": hook_url}))
            .send()
            .await
            .expect("create room")
            .json()
            .await
            .expect("JSON");
        rooms.push(room["data"]["id"].as_str().expect("id").to_string());
    }
    let before = get_json(&http, format!("{base}/_emulator/webhooks"), false).await;
    let mut cursor = before["meta"]["last_seq"].as_u64().unwrap_or(0);
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for room in rooms {
        let (http, base) = (http.clone(), base.to_string());
        tasks.spawn(async move {
            for _ in 0..CYCLES / CYCLE_ROOMS {
                let p: Value = http
                    .post(format!("{base}/_emulator/rooms/{room}/join"))
                    .json(&json!({"context": "load"}))
                    .send()
                    .await
                    .expect("join")
                    .json()
                    .await
                    .expect("JSON");
                let id = p["data"]["id"].as_str().expect("participant id");
                let left = http
                    .post(format!("{base}/_emulator/participants/{id}/leave"))
                    .send()
                    .await
                    .expect("leave");
                assert_eq!(left.status(), 200);
            }
        });
    }
    while let Some(t) = tasks.join_next().await {
        t.expect("cycle task");
    }
    let simulated = started.elapsed();
    let expected = CYCLES * 4;
    let deadline = Instant::now() + Duration::from_secs(120);
    while arrivals.lock().expect("log").len() < expected {
        assert!(
            Instant::now() < deadline,
            "{} of {expected} webhooks arrived",
            arrivals.lock().expect("log").len()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let delivered = started.elapsed();
    // Every attempt in the log since the cycles began: all delivered the first time.
    let (mut attempts, mut failed) = (0usize, 0usize);
    loop {
        let page = get_json(
            &http,
            format!("{base}/_emulator/webhooks?after={cursor}"),
            false,
        )
        .await;
        for d in page["data"].as_array().expect("entries") {
            attempts += 1;
            if !d["status"]
                .as_u64()
                .is_some_and(|s| (200..300).contains(&s))
            {
                failed += 1;
            }
        }
        cursor = page["meta"]["last_seq"].as_u64().expect("last_seq");
        if page["meta"]["more"] != true {
            break;
        }
    }
    let mut late = arrivals.lock().expect("log").clone();
    late.sort();
    println!(
        "2. {CYCLES} join/leave cycles over {CYCLE_ROOMS} rooms: simulated in {:.2} s, {expected} \
         webhooks delivered by {:.2} s; delivery latency p50 {:.1} ms, p99 {:.1} ms; log: \
         {attempts} attempts, {failed} not delivered",
        simulated.as_secs_f64(),
        delivered.as_secs_f64(),
        percentile(&late, 0.50).as_secs_f64() * 1e3,
        percentile(&late, 0.99).as_secs_f64() * 1e3,
    );
    assert_eq!(
        (attempts, failed),
        (expected, 0),
        "every webhook delivered once"
    );
}
