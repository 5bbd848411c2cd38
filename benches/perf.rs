//! Performance benchmarks (benchmarks, not tests): the SDK against its physical limit, a bare
//! `reqwest` client decoding the same body into the same type, in the same process, against the
//! same loopback server (a minimal hyper server answering pre-serialised bodies).
//!
//! `cargo bench --bench perf` (or `cargo xtask bench` for everything).
//!
//! 1. `get_room`, 20,000 sequential calls on one client: SDK vs raw. Target ratio >= 0.90.
//! 2. `create_room` with a JSON body: the same. Target >= 0.90.
//! 3. `list_rooms` answering 250 rooms per page: the same. Target >= 0.90.
//! 4. Decoding a 250-room page with sessions and participants: generated types vs
//!    `serde_json::Value`, rooms per second.
//! 5. Peak RSS of a process doing benchmark 1 (target < 20 MiB), and of one streaming 100,000
//!    rooms from the emulator in another process (target < 30 MiB).
//! 6. Peak RSS of a process reading hostile answers (10 GiB declared, endless bodies, gzip bombs;
//!    successes and errors; 2 GiB offered each) through the SDK, beside raw reqwest's
//!    `bytes()` on one endless body.
//!
//! 7. (`cargo xtask telemetry-cost`) The cost of feature `otel` per call: `get_room` built
//!    without it, with it and no provider, and with the SDK exporting, alternating.
//!
//! Rounds alternate SDK and raw so that both see the same machine state; the median is reported.

mod common;
#[path = "../tests/support/hostile.rs"]
mod hostile;
#[path = "perf/telemetry.rs"]
mod telemetry;

use std::convert::Infallible;
use std::net::SocketAddr;
use std::process::Stdio;
use std::time::{Duration, Instant};

use bytes::Bytes;
use common::{median, runtime, ROLE};
use http_body_util::Full;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use telnyx_rooms::{types, Client};

const ROOM_ID: &str = "7b61621f-62e0-4aad-ab11-9fd19e272e73";
const CALLS: usize = 20_000;
/// Many short alternating rounds: on a shared VM the machine's speed drifts over seconds, and
/// short rounds put the SDK and the baseline side by side in each stretch of it.
const ROUNDS: usize = 21;
const CALLS_PER_ROUND: usize = 4_000;

fn main() {
    match std::env::var(ROLE).as_deref() {
        Ok("emulator") => common::run_emulator_role(),
        Ok("rss-get") => rss_get(),
        Ok("rss-stream") => rss_stream(),
        Ok("rss-hostile") => rss_hostile(),
        Ok("profile") => profile(),
        Ok("telemetry") => telemetry::round(),
        _ => orchestrate(),
    }
}

fn room_json(i: usize, sessions: usize, participants: usize) -> serde_json::Value {
    let id = uuid::Uuid::from_u128(i as u128);
    let sessions: Vec<_> = (0..sessions)
        .map(|s| {
            let sid = uuid::Uuid::from_u128((i * 100 + s) as u128 + (1 << 64));
            let parts: Vec<_> = (0..participants)
                .map(|p| serde_json::json!({
                    "id": uuid::Uuid::from_u128((i * 10_000 + s * 100 + p) as u128 + (1 << 65)),
                    "session_id": sid, "context": format!("participant-{p}"), "record_type": "room_participant",
                    "joined_at": "2021-04-16T09:46:20.954863Z", "updated_at": "2021-04-16T10:24:55.962200Z", "left_at": null
                }))
                .collect();
            serde_json::json!({
                "id": sid, "room_id": id, "active": s + 1 == sessions, "record_type": "room_session",
                "created_at": "2021-04-16T09:46:20.954863Z", "updated_at": "2021-04-16T10:24:55.962200Z",
                "ended_at": null, "participants": parts
            })
        })
        .collect();
    serde_json::json!({
        "id": id, "unique_name": format!("room-{i}"), "max_participants": 50, "enable_recording": true,
        "record_type": "room", "active_session_id": null, "webhook_timeout_secs": 25,
        "webhook_event_url": "https://example.com/hooks", "webhook_event_failover_url": null,
        "created_at": "2021-04-16T09:46:20.954863Z", "updated_at": "2021-04-16T10:24:55.962200Z",
        "sessions": sessions
    })
}

struct Bodies {
    room: Bytes,
    page: Bytes,
}

fn bodies() -> Bodies {
    let room = serde_json::json!({"data": room_json(1, 1, 0)});
    let rooms: Vec<_> = (0..250).map(|i| room_json(i, 0, 0)).collect();
    let page = serde_json::json!({"data": rooms, "meta": {"page_number": 1, "page_size": 250, "total_pages": 1, "total_results": 250}});
    Bodies {
        room: Bytes::from(room.to_string()),
        page: Bytes::from(page.to_string()),
    }
}

/// A minimal HTTP/1.1 server answering from pre-serialised bodies, counting connections.
async fn fixed_server() -> (SocketAddr, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    let b = std::sync::Arc::new(bodies());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let conns = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = conns.clone();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let _ = stream.set_nodelay(true);
            counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let b = b.clone();
            tokio::spawn(async move {
                let svc = service_fn(move |req: hyper::Request<hyper::body::Incoming>| {
                    let b = b.clone();
                    async move {
                        let (status, body) = match (req.method().as_str(), req.uri().path()) {
                            ("POST", "/rooms") => (201, b.room.clone()),
                            ("GET", "/rooms") => (200, b.page.clone()),
                            _ => (200, b.room.clone()),
                        };
                        Ok::<_, Infallible>(
                            hyper::Response::builder()
                                .status(status)
                                .header("content-type", "application/json")
                                .body(Full::new(body))
                                .expect("response"),
                        )
                    }
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), svc)
                    .await;
            });
        }
    });
    (addr, conns)
}

fn sdk(addr: SocketAddr) -> Client {
    Client::builder()
        .api_key("KEY0BENCH")
        .base_url(format!("http://{addr}"))
        .build()
        .expect("client")
}

/// The baseline: what a hand-written call with reqwest and serde_json does.
fn raw(addr: SocketAddr) -> (reqwest::Client, String) {
    let c = reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(5))
        .timeout(Duration::from_secs(60))
        .build()
        .expect("reqwest");
    (c, format!("http://{addr}"))
}

async fn time_n<F, Fut>(n: usize, mut f: F) -> Duration
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let started = Instant::now();
    for _ in 0..n {
        f().await;
    }
    started.elapsed()
}

/// The baseline call: send with the key, read the body, decode it into the SDK's own type.
/// `{"data": T}`, as a hand-written client would declare it.
#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct Data<T> {
    data: T,
}

/// `{"data": [T], "meta": ..}`.
#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct List<T> {
    data: Vec<T>,
    meta: Option<types::PaginationMeta>,
}

async fn raw_call<T: serde::de::DeserializeOwned>(req: reqwest::RequestBuilder) {
    let resp = req.bearer_auth("KEY0BENCH").send().await.expect("raw call");
    let bytes = resp.bytes().await.expect("body");
    std::hint::black_box(serde_json::from_slice::<T>(&bytes).expect("decode"));
}

/// Alternating rounds of `n` SDK calls and `n` baseline calls; reports medians and their ratio
/// against `target`.
async fn compare<S, SF, R, RF>(name: &str, n: usize, target: f64, mut sdk: S, mut raw: R)
where
    S: FnMut() -> SF,
    SF: std::future::Future<Output = ()>,
    R: FnMut() -> RF,
    RF: std::future::Future<Output = ()>,
{
    let (mut a, mut b) = (vec![], vec![]);
    for _ in 0..ROUNDS {
        a.push(time_n(n, &mut sdk).await);
        b.push(time_n(n, &mut raw).await);
    }
    report(name, n, median(a), median(b), target);
}

fn report(name: &str, n: usize, sdk: Duration, raw: Duration, target: f64) {
    let (s, r) = (n as f64 / sdk.as_secs_f64(), n as f64 / raw.as_secs_f64());
    let ratio = s / r;
    let verdict = if ratio >= target { "meets" } else { "MISSES" };
    println!("{name:<28} sdk {s:>9.0}/s   raw {r:>9.0}/s   ratio {ratio:.3}   ({verdict} target >= {target:.2})");
}

fn orchestrate() {
    println!("perf benchmarks: {CALLS_PER_ROUND} sequential calls per round, median of {ROUNDS} alternating rounds");
    runtime().block_on(async {
        let (addr, conns) = fixed_server().await;
        let client = sdk(addr);
        let (http, base) = raw(addr);
        let room_url = format!("{base}/rooms/{ROOM_ID}");
        let rooms_url = format!("{base}/rooms?page%5Bsize%5D=250");
        let create_url = format!("{base}/rooms");
        let create_body = types::CreateRoomRequest {
            unique_name: Some("bench".into()),
            max_participants: Some(10),
            ..Default::default()
        };

        // 1. get_room
        let sdk_get = || async {
            let r = client
                .get_room()
                .room_id(ROOM_ID)
                .execute()
                .await
                .expect("sdk get");
            std::hint::black_box(r);
        };
        let raw_get = || raw_call::<Data<types::Room>>(http.get(&room_url));
        time_n(1000, sdk_get).await; // warm-up: connections, allocator
        time_n(1000, raw_get).await;
        compare("1. get_room", CALLS_PER_ROUND, 0.95, sdk_get, raw_get).await;

        // 2. create_room
        let sdk_create = || async {
            let r = client
                .create_room()
                .body(create_body.clone())
                .execute()
                .await
                .expect("sdk create");
            std::hint::black_box(r);
        };
        let raw_create =
            || raw_call::<Data<types::Room>>(http.post(&create_url).json(&create_body));
        compare("2. create_room", CALLS_PER_ROUND, 0.92, sdk_create, raw_create).await;

        // 3. list_rooms, 250 rooms per page
        let sdk_list = || async {
            let size = 250;
            let r = client
                .list_rooms()
                .page_size(size)
                .execute()
                .await
                .expect("sdk list");
            std::hint::black_box(r);
        };
        let raw_list = || raw_call::<List<types::Room>>(http.get(&rooms_url));
        compare("3. list_rooms (250/page)", CALLS_PER_ROUND / 10, 0.95, sdk_list, raw_list).await;
        println!(
            "   TCP connections the server accepted for all of the above: {} (connections are pooled)",
            conns.load(std::sync::atomic::Ordering::Relaxed)
        );
    });

    // 4. decoding alone
    let rooms: Vec<_> = (0..250).map(|i| room_json(i, 2, 3)).collect();
    let page = serde_json::json!({"data": rooms, "meta": {"page_number": 1, "page_size": 250, "total_pages": 1, "total_results": 250}})
        .to_string()
        .into_bytes();
    let reps = 200;
    let (mut a, mut b) = (vec![], vec![]);
    for _ in 0..ROUNDS {
        let t = Instant::now();
        for _ in 0..reps {
            std::hint::black_box(
                serde_json::from_slice::<List<types::Room>>(&page).expect("typed"),
            );
        }
        a.push(t.elapsed());
        let t = Instant::now();
        for _ in 0..reps {
            std::hint::black_box(
                serde_json::from_slice::<serde_json::Value>(&page).expect("value"),
            );
        }
        b.push(t.elapsed());
    }
    let rps = |d: Duration| (reps * 250) as f64 / d.as_secs_f64();
    let (typed, value) = (rps(median(a)), rps(median(b)));
    println!(
        "4. decode 250-room page ({} KiB, 2 sessions x 3 participants each): typed {typed:.0} rooms/s, serde_json::Value {value:.0} rooms/s, ratio {:.2}",
        page.len() / 1024,
        typed / value
    );

    // 5. peak RSS, each in a fresh process
    let out = common::spawn_role("rss-get", &[], Stdio::piped())
        .wait_with_output()
        .expect("rss-get");
    print!(
        "5. peak RSS, {CALLS} get_room calls: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let (mut emu, url) = common::emulator_process(100_000);
    let out = common::spawn_role("rss-stream", &[("URL", url)], Stdio::piped())
        .wait_with_output()
        .expect("rss-stream");
    emu.kill().ok();
    emu.wait().ok();
    print!(
        "   peak RSS, streaming 100,000 rooms from the emulator: {}",
        String::from_utf8_lossy(&out.stdout)
    );

    // 6. hostile answers, each side in a fresh process
    for side in ["sdk", "raw"] {
        let out = common::spawn_role(
            "rss-hostile",
            &[("PROFILE", side.to_string())],
            Stdio::piped(),
        )
        .wait_with_output()
        .expect("rss-hostile");
        print!("6. {}", String::from_utf8_lossy(&out.stdout));
    }
}

/// Reads hostile answers (the server runs in this process too; it holds 64 KiB at a time):
/// `PROFILE=sdk` through the SDK's `execute()`, every kind, success and error; `PROFILE=raw`
/// one endless body through raw reqwest's `bytes()`, which has no cap.
fn rss_hostile() {
    use hostile::{Body, Hostile};
    let sdk_mode = std::env::var("PROFILE").as_deref() == Ok("sdk");
    let cases = [
        (200, Body::Declared(10 << 30)),
        (200, Body::Endless),
        (200, Body::GzipBomb),
        (500, Body::Endless),
        (404, Body::GzipBomb),
    ];
    runtime().block_on(async {
        if !sdk_mode {
            let s = Hostile::start(200, Body::Endless).await;
            let (http, base) = raw(s.url.trim_start_matches("http://").parse().expect("addr"));
            let outcome = http
                .get(format!("{base}/rooms"))
                .send()
                .await
                .expect("raw send")
                .bytes()
                .await
                .map(|b| format!("{} MiB returned", b.len() >> 20))
                .unwrap_or_else(|_| "an error once the server stopped".to_string());
            let mib = common::peak_rss_mib();
            println!(
                "peak RSS, raw reqwest bytes() on one endless body: {mib:.1} MiB ({} MiB taken in, then {outcome})",
                s.sent() >> 20
            );
            return;
        }
        let mut offered = 0u64;
        for (status, body) in cases {
            let s = Hostile::start(status, body).await;
            let e = sdk(s.url.trim_start_matches("http://").parse().expect("addr"))
                .list_rooms()
                .execute()
                .await
                .expect_err("too large");
            assert!(e.is_too_large(), "{e}");
            offered += hostile::MAX_SENT;
        }
        let mib = common::peak_rss_mib();
        println!(
            "peak RSS, SDK execute() on {} hostile answers ({} GiB offered): {mib:.1} MiB",
            cases.len(),
            offered >> 30
        );
    });
}

fn rss_get() {
    runtime().block_on(async {
        let (addr, _) = fixed_server().await;
        let client = sdk(addr);
        for _ in 0..CALLS {
            std::hint::black_box(
                client
                    .get_room()
                    .room_id(ROOM_ID)
                    .execute()
                    .await
                    .expect("get"),
            );
        }
    });
    let mib = common::peak_rss_mib();
    println!(
        "{mib:.1} MiB ({} target < 20 MiB)",
        if mib < 20.0 { "meets" } else { "MISSES" }
    );
}

fn rss_stream() {
    let url = std::env::var("URL").expect("URL");
    let n = common::stream_all_rooms(url, 1);
    assert_eq!(n, 100_000);
    let mib = common::peak_rss_mib();
    println!(
        "{mib:.1} MiB ({} target < 30 MiB)",
        if mib < 30.0 { "meets" } else { "MISSES" }
    );
}

/// For instruction counts under callgrind: `PROFILE=sdk|raw CALLS=n` runs n `get_room` calls one
/// way (run both and compare totals: the server's share is the same in each); `OP=create` runs
/// `create_room` calls instead.
fn profile() {
    let calls: usize = std::env::var("CALLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    let sdk_mode = std::env::var("PROFILE").as_deref() == Ok("sdk");
    runtime().block_on(async {
        let (addr, _) = fixed_server().await;
        let client = sdk(addr);
        let (http, base) = raw(addr);
        let url = format!("{base}/rooms/{ROOM_ID}");
        let create = std::env::var("OP").as_deref() == Ok("create");
        let body = types::CreateRoomRequest {
            unique_name: Some("bench".into()),
            max_participants: Some(10),
            ..Default::default()
        };
        for _ in 0..calls {
            if create && sdk_mode {
                std::hint::black_box(
                    client
                        .create_room()
                        .body(body.clone())
                        .execute()
                        .await
                        .expect("create"),
                );
            } else if create {
                raw_call::<Data<types::Room>>(http.post(format!("{base}/rooms")).json(&body)).await;
            } else if sdk_mode {
                std::hint::black_box(
                    client
                        .get_room()
                        .room_id(ROOM_ID)
                        .execute()
                        .await
                        .expect("get"),
                );
            } else {
                raw_call::<Data<types::Room>>(http.get(&url)).await;
            }
        }
    });
}
