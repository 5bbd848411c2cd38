//! Pagination benchmark (a benchmark, not a test): `cargo bench --bench pagination`.
//!
//! 1. Lists 10,000 rooms at 250 per page from the emulator with 20 ms latency per request,
//!    sequentially and with `prefetch(8)`, several rounds each, and prints the median times and
//!    their ratio (target: prefetch 8 at least 4x faster).
//! 2. Streams 10,000 and 100,000 rooms in a fresh client process (the emulator runs in another
//!    process, so its memory is not counted) and prints each client's peak RSS, to show that it
//!    does not grow with the number of items.

mod common;

use std::process::Stdio;
use std::time::{Duration, Instant};

use common::{median, runtime, ROLE};
use futures::StreamExt;
use telnyx_rooms_emulator::{Emulator, Seed};

fn main() {
    match std::env::var(ROLE).as_deref() {
        Ok("emulator") => common::run_emulator_role(),
        Ok("client") => client(),
        _ => orchestrate(),
    }
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
        let size = 250;
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

        // Bytes on the wire: the same listing with gzip asked for (the default) and without
        // (what the client sent before it asked), counted by the emulator as it sends them.
        emu.set_latency(Duration::ZERO);
        let plain = telnyx_rooms::Client::builder()
            .api_key("KEY0BENCH")
            .base_url(emu.base_url())
            .http_client(
                telnyx_rooms::reqwest::Client::builder()
                    .no_gzip()
                    .build()
                    .expect("client"),
            )
            .build()
            .expect("client");
        let mut bytes = [0usize; 2];
        for (slot, c) in [(0, &plain), (1, &client)] {
            let before = emu.body_bytes_sent();
            let n = c.list_rooms().page_size(size).stream().count().await;
            assert_eq!(n, 10_000);
            bytes[slot] = emu.body_bytes_sent() - before;
        }
        println!("list 10,000 rooms, 250/page, response body bytes on the wire:");
        println!("  uncompressed {:>10} bytes", bytes[0]);
        println!("  gzip         {:>10} bytes", bytes[1]);
        println!(
            "  ratio        {:>10.1}x smaller",
            bytes[0] as f64 / bytes[1] as f64
        );
    });

    println!("peak RSS of a client process streaming N rooms (emulator in another process):");
    for n in [10_000usize, 100_000] {
        let (mut server, url) = common::emulator_process(n);
        let client = common::spawn_role(
            "client",
            &[("URL", url), ("ROOMS", n.to_string())],
            Stdio::piped(),
        );
        let out = client.wait_with_output().expect("run client");
        server.kill().ok();
        server.wait().ok();
        print!("  {n:>7} rooms: {}", String::from_utf8_lossy(&out.stdout));
    }
}

fn client() {
    let url = std::env::var("URL").expect("URL");
    let n: usize = std::env::var("ROOMS")
        .expect("ROOMS")
        .parse()
        .expect("number");
    let count = common::stream_all_rooms(url, 4);
    assert_eq!(count, n);
    println!("peak RSS {:.1} MiB", common::peak_rss_mib());
}
