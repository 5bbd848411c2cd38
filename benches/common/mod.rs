//! Helpers shared by the benchmarks: runtime, timing, peak RSS, and an emulator in a child
//! process (so that its memory is not counted in the measuring process).
#![allow(dead_code)]

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use telnyx_rooms_emulator::{Emulator, Seed};

/// Environment variable that selects a benchmark binary's role when it re-runs itself.
pub const ROLE: &str = "TELNYX_ROOMS_BENCH_ROLE";

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime")
}

pub fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Peak resident set size of this process (Linux `VmHWM`), in MiB.
pub fn peak_rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    let kib: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM in /proc/self/status");
    kib as f64 / 1024.0
}

/// Re-runs this benchmark binary with `role` and extra environment; returns the child.
pub fn spawn_role(role: &str, env: &[(&str, String)], stdout: Stdio) -> Child {
    let exe = std::env::current_exe().expect("current exe");
    let mut cmd = Command::new(exe);
    cmd.env(ROLE, role).stdout(stdout);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.spawn().expect("spawn benchmark child")
}

/// Starts an emulator with `rooms` rooms in a child process; returns it and its base URL.
pub fn emulator_process(rooms: usize) -> (Child, String) {
    let mut child = spawn_role("emulator", &[("ROOMS", rooms.to_string())], Stdio::piped());
    let mut line = String::new();
    let out = child.stdout.take().expect("stdout");
    std::io::BufRead::read_line(&mut std::io::BufReader::new(out), &mut line)
        .expect("emulator prints its URL");
    (child, line.trim().to_string())
}

/// The `emulator` role: serve `ROOMS` seeded rooms until killed.
pub fn run_emulator_role() {
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

/// Streams every room from the emulator at `url` (with `prefetch`) and returns how many came.
pub fn stream_all_rooms(url: String, prefetch: usize) -> usize {
    use futures::StreamExt;
    runtime().block_on(async {
        let client = telnyx_rooms::Client::builder()
            .api_key("KEY0BENCH")
            .base_url(url)
            .build()
            .expect("client");
        let rooms = client.list_rooms().stream().prefetch(prefetch);
        rooms
            .fold(0usize, |n, r| async move { n + usize::from(r.is_ok()) })
            .await
    })
}
