//! Another request's latency during a 900 MB download (a benchmark, not a test):
//! `cargo bench -p telnyx-rooms-emulator --bench media`.
//!
//! A one-hour session's composition is 900 MB. While a client downloads it, another client
//! sends `GET /rooms` every 10 ms; the same requests are timed with no download running, in
//! the same run, as the baseline. Before media was streamed, the whole file was made inside the
//! store's lock and every other request waited for it.

use std::time::{Duration, Instant};

use futures::StreamExt;
use telnyx_rooms_emulator::{Emulator, Timing, EMULATOR_KEY};

fn percentiles(mut v: Vec<Duration>) -> String {
    v.sort();
    let at = |p: f64| v[((v.len() - 1) as f64 * p) as usize].as_secs_f64() * 1e3;
    format!(
        "{} requests: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        v.len(),
        at(0.5),
        at(0.99),
        at(1.0)
    )
}

async fn poll_rooms(base: &str, until: impl Fn() -> bool) -> Vec<Duration> {
    let http = reqwest::Client::new();
    let url = format!("{base}/rooms");
    let mut out = Vec::new();
    while !until() {
        let t = Instant::now();
        let r = http
            .get(&url)
            .bearer_auth(EMULATOR_KEY)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        r.bytes().await.unwrap();
        out.push(t.elapsed());
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    out
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let emu = Emulator::start().await.unwrap();
        emu.set_timing(Timing {
            composition: Duration::from_millis(10),
            ..Timing::default()
        });
        emu.seed(telnyx_rooms_emulator::Seed::rooms(20));
        let c = emu.client();
        let room = c.create_room().execute().await.unwrap();
        let alice = emu.join(room.id, "Alice").unwrap();
        emu.advance_clock(Duration::from_secs(3600));
        emu.leave(alice.id).unwrap();
        let made = c
            .create_room_composition()
            .session_id(alice.session_id.unwrap())
            .execute()
            .await
            .unwrap();
        let (url, size) = loop {
            let got = c
                .get_room_composition()
                .room_composition_id(made.id)
                .execute()
                .await
                .unwrap();
            if let (Some(u), Some(mb)) = (got.download_url, got.size_mb) {
                break (u, mb);
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        };

        let base = emu.base_url().to_string();
        let quiet_until = Instant::now() + Duration::from_secs(3);
        let baseline = poll_rooms(&base, || Instant::now() > quiet_until).await;

        let download = tokio::spawn(async move {
            let started = Instant::now();
            let response = reqwest::get(url).await.unwrap();
            let first = started.elapsed();
            let mut body = response.bytes_stream();
            let mut read = 0u64;
            while let Some(chunk) = body.next().await {
                read += chunk.unwrap().len() as u64;
            }
            (read, first, started.elapsed())
        });
        let during = poll_rooms(&base, || download.is_finished()).await;
        let (read, first, took) = download.await.unwrap();
        println!(
            "download: {size} MB ({read} bytes) in {:.2} s ({:.0} MB/s), first byte after {:.1} ms",
            took.as_secs_f64(),
            read as f64 / 1_048_576.0 / took.as_secs_f64(),
            first.as_secs_f64() * 1e3
        );
        println!("GET /rooms during the download: {}", percentiles(during));
        println!(
            "GET /rooms with no download (baseline): {}",
            percentiles(baseline)
        );
    });
}
