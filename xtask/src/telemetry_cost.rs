//! `cargo xtask telemetry-cost [--rounds N]`: what feature `otel` costs a call, in one run. The
//! `perf` benchmark is built twice in release (without the feature, and with it), then each
//! round runs 4,000 `get_room` calls in a fresh process three ways, alternating: built without
//! (`off`), built with and no provider installed (`noop`: OpenTelemetry's no-op global, what a
//! crate that enables the feature for a dependency pays), built with the SDK's providers
//! exporting (`sdk`). Medians of calls per second, and each against `off`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

/// Builds the `perf` benchmark with `features` and returns a copy of its executable at `to`.
fn build(root: &Path, features: &[&str], to: &Path) -> Result<PathBuf, String> {
    let mut c = cargo();
    c.args([
        "bench",
        "--bench",
        "perf",
        "--no-run",
        "--message-format=json",
    ])
    .current_dir(root);
    if !features.is_empty() {
        c.args(["--features", &features.join(",")]);
    }
    let out = c.output().map_err(|e| format!("cannot run cargo: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "building the benchmark failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let exe = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "perf")
        .find_map(|m| m["executable"].as_str().map(PathBuf::from))
        .ok_or("cargo named no executable for the perf benchmark")?;
    std::fs::copy(&exe, to).map_err(|e| format!("{}: {e}", to.display()))?;
    Ok(to.to_path_buf())
}

/// One round: calls per second.
fn round(exe: &Path, mode: &str) -> Result<f64, String> {
    let out = Command::new(exe)
        .env("TELNYX_ROOMS_BENCH_ROLE", "telemetry")
        .env("MODE", mode)
        .env("CALLS", "4000")
        .output()
        .map_err(|e| format!("{}: {e}", exe.display()))?;
    if !out.status.success() {
        return Err(format!(
            "MODE={mode} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .map_err(|e| format!("MODE={mode} printed no rate: {e}"))
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let rounds: usize = match args {
        [] => 9,
        [flag, n] if flag == "--rounds" => n.parse().map_err(|_| "--rounds takes a number")?,
        _ => return Err("usage: cargo xtask telemetry-cost [--rounds N]".into()),
    };
    let dir = root.join("target/telemetry-cost");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    println!("== building the perf benchmark without and with feature otel (release)");
    let off = build(root, &[], &dir.join("perf-off"))?;
    let on = build(root, &["otel"], &dir.join("perf-otel"))?;
    let runs = [("off", &off), ("noop", &on), ("sdk", &on)];
    let mut rates = vec![Vec::new(); runs.len()];
    for r in 0..rounds {
        // Each round in another order, so that no variant always runs first.
        for i in 0..runs.len() {
            let k = (i + r) % runs.len();
            let (mode, exe) = runs[k];
            rates[k].push(round(exe, mode)?);
        }
    }
    let base = median(rates[0].clone());
    println!("get_room, {rounds} rounds of 4,000 calls each way, medians:");
    for ((mode, _), v) in runs.iter().zip(rates) {
        let m = median(v.clone());
        let us = 1e6 / m;
        println!(
            "{mode:<5} {m:>9.0} calls/s  {us:>6.1} us/call  {:.3} of off  (rounds {:.0}..{:.0})",
            m / base,
            v.iter().cloned().fold(f64::MAX, f64::min),
            v.iter().cloned().fold(0.0, f64::max),
        );
    }
    Ok(())
}
