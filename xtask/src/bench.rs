//! `cargo xtask bench`: every benchmark from one command.
//!
//! 1. The build: regenerates once (by touching the spec) and reports how long the generation
//!    step took; then shows that a no-op `cargo build`, and one after touching only `src/`, do
//!    not re-run it (the file the build script writes keeps its modification time).
//! 2. `cargo bench` for the pagination and performance benchmarks, which print their figures
//!    and ratios.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

fn cargo(root: &Path, args: &[&str]) -> Result<String, String> {
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(args)
        .current_dir(root)
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "cargo {} failed:\n{}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The build script's `OUT_DIR` for telnyx-rooms, from cargo's JSON messages.
fn out_dir(messages: &str) -> Option<PathBuf> {
    messages
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|m| m["reason"] == "build-script-executed")
        .find(|m| {
            m["package_id"]
                .as_str()
                .is_some_and(|p| p.contains("telnyx-rooms"))
        })
        .and_then(|m| m["out_dir"].as_str().map(PathBuf::from))
}

fn touch(path: &Path) -> Result<(), String> {
    let f = std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    f.set_modified(SystemTime::now())
        .map_err(|e| format!("{}: {e}", path.display()))
}

fn modified(path: &Path) -> Result<SystemTime, String> {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .map_err(|e| format!("{}: {e}", path.display()))
}

pub fn run(root: &Path) -> Result<(), String> {
    println!("== build: generation step");
    let build = [
        "build",
        "--message-format=json",
        "-p",
        "telnyx-rooms",
        "--features",
        "codegen",
    ];
    touch(&root.join(crate::spec::SPEC_FILE))?;
    let out = out_dir(&cargo(root, &build)?)
        .ok_or("no build-script-executed message for telnyx-rooms")?;
    let marker = out.join("generation_ms.txt");
    let ms = std::fs::read_to_string(&marker).map_err(|e| format!("{}: {e}", marker.display()))?;
    println!(
        "generation of the client from spec/ (build.rs, debug build of the generator): {} ms",
        ms.trim()
    );
    let generated_at = modified(&marker)?;
    cargo(root, &build)?;
    let noop = modified(&marker)? == generated_at;
    println!(
        "no-op cargo build re-ran the generator: {}",
        if noop { "no" } else { "YES" }
    );
    touch(&root.join("src/lib.rs"))?;
    cargo(root, &build)?;
    let src_only = modified(&marker)? == generated_at;
    println!(
        "cargo build after touching src/lib.rs re-ran the generator: {}",
        if src_only { "no" } else { "YES" }
    );
    if !(noop && src_only) {
        return Err("the generator re-ran when it should not have".into());
    }

    println!("== cargo bench (release)");
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args([
            "bench",
            "-p",
            "telnyx-rooms",
            "--bench",
            "pagination",
            "--bench",
            "perf",
        ])
        .current_dir(root)
        .status()
        .map_err(|e| format!("cannot run cargo bench: {e}"))?;
    if !status.success() {
        return Err("cargo bench failed".into());
    }
    Ok(())
}
