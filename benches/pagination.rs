//! Pagination benchmark (a benchmark, not a test): `cargo bench --bench pagination --features emulator`.
//!
//! 1. Lists 10,000 rooms at 250 per page from the emulator with 20 ms latency per request,
//!    sequentially and with `prefetch(8)`, several rounds each, and prints the median times and
//!    their ratio (target: prefetch 8 at least 4x faster).
//! 2. Streams 10,000 and 100,000 rooms in a fresh client process (the emulator runs in another
//!    process, so its memory is not counted) and prints each client's peak RSS, to show that it
//!    does not grow with the number of items.

use std::num::NonZeroU64;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use futures::StreamExt;
use telnyx_rooms::emulator::{Emulator, Seed};
use telnyx_rooms::ListRequest;

const ROLE: &str = "TELNYX_ROOMS_BENCH_ROLE";

fn main() {
    match std::env::var(ROLE).as_deref() {
        Ok("server") => server(),
        Ok("client") => client(),
        _ => orchestrate(),
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime")
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn orchestrate() {
    println!("pagination benchmark (median of 5 rounds each)");
    runtime().block_on(async {
        let emu = Emulator::start().await.expect("emulator");
        emu.seed(Seed {
            rooms: 10_000,
            ..Seed::default()
        });
        emu.set_latency(Duration::from_millis(20));
        let client = emu.client();
        let size = NonZeroU64::new(250).expect("non-zero");
        let mut timings = [Vec::new(), Vec::new()];
        for _ in 0..5 {
            for (slot, prefetch) in [(0, 1), (1, 8)] {
                let started = Instant::now();
                let n = client
                    .list_rooms()
                    .page_size(size)
                    .stream()
                    .prefetch(prefetch)
                    .count()
                    .await;
                assert_eq!(n, 10_000);
                timings[slot].push(started.elapsed());
            }
        }
        let [seq, par] = timings.map(median);
        println!("list 10,000 rooms, 250/page, 20 ms latency:");
        println!("  sequential   {:>8.1} ms", seq.as_secs_f64() * 1e3);
        println!("  prefetch(8)  {:>8.1} ms", par.as_secs_f64() * 1e3);
        println!(
            "  ratio        {:>8.2}x (target >= 4x)",
            seq.as_secs_f64() / par.as_secs_f64()
        );
    });

    println!("peak RSS of a client process streaming N rooms (emulator in another process):");
    for n in [10_000usize, 100_000] {
        let exe = std::env::current_exe().expect("current exe");
        let mut server = Command::new(&exe)
            .env(ROLE, "server")
            .env("ROOMS", n.to_string())
            .stdout(Stdio::piped())
            .spawn()
            .expect("spawn server");
        let mut line = String::new();
        std::io::BufRead::read_line(
            &mut std::io::BufReader::new(server.stdout.take().expect("stdout")),
            &mut line,
        )
        .expect("server prints its URL");
        let out = Command::new(&exe)
            .env(ROLE, "client")
            .env("URL", line.trim())
            .env("ROOMS", n.to_string())
            .output()
            .expect("run client");
        server.kill().ok();
        server.wait().ok();
        print!("  {n:>7} rooms: {}", String::from_utf8_lossy(&out.stdout));
    }
}

fn server() {
    let n: usize = std::env::var("ROOMS")
        .expect("ROOMS")
        .parse()
        .expect("number");
    runtime().block_on(async {
        let emu = Emulator::start().await.expect("emulator");
        emu.seed(Seed {
            rooms: n,
            ..Seed::default()
        });
        println!("{}", emu.base_url());
        std::future::pending::<()>().await;
    });
}

fn client() {
    let url = std::env::var("URL").expect("URL");
    let n: usize = std::env::var("ROOMS")
        .expect("ROOMS")
        .parse()
        .expect("number");
    let count = runtime().block_on(async {
        let client = telnyx_rooms::Client::builder()
            .api_key("KEY0BENCH")
            .base_url(url)
            .build()
            .expect("client");
        client
            .list_rooms()
            .stream()
            .prefetch(4)
            .fold(0usize, |acc, r| async move { acc + usize::from(r.is_ok()) })
            .await
    });
    assert_eq!(count, n);
    println!("peak RSS {:.1} MB", peak_rss_kib() as f64 / 1024.0);
}

/// Peak resident set size of this process (Linux `VmHWM`), in KiB.
fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM in /proc/self/status")
}
