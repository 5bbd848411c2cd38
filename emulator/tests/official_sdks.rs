//! Telnyx's official SDKs against the emulator, run the way a team's CI runs them.
//!
//! - Python: `emulator/python/ci.sh` builds the wheel with maturin, installs it with the official
//!   Python SDK (`telnyx` on PyPI) into a fresh virtual environment (no Rust needed there),
//!   starts the server in the background with stdin closed, waits on its ready file, runs the
//!   SDK test, and stops it with SIGTERM while a request is in flight.
//! - Node: `emulator/node/ci.sh` installs the official Node SDK (`telnyx` on npm), starts this
//!   crate's binary the same way, runs the SDK test and stops it with SIGTERM.
//! - npm: `emulator/npm/ci.sh` packs the npm packages from the workspace (the launcher and the
//!   linux-x64 package with this crate's binary), installs them from their tarballs into an
//!   empty folder with the official Node SDK (the registry is the only network), runs `npx
//!   telnyx-rooms-emulator --help`, and a room's life through the package's helper.
//!
//! Needs `python3` with `venv`, `node` and `npm`, and the package registries; fails otherwise.

use std::process::Command;

#[test]
fn the_wheel_installs_without_rust_and_serves_the_official_python_sdk() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/python/ci.sh");
    let work = std::env::temp_dir().join(format!("emulator-wheel-{}", std::process::id()));
    let out = Command::new("bash")
        .arg(script)
        .arg(&work)
        .output()
        .expect("bash runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "ci.sh failed:\n{stdout}\n{stderr}");
    println!("{stdout}");
    let summary = stdout
        .lines()
        .find(|l| l.starts_with('{'))
        .expect("the SDK test's summary");
    let summary: serde_json::Value = serde_json::from_str(summary).unwrap();
    assert_eq!(
        summary["webhooks"],
        serde_json::json!([
            "video.room.session.started",
            "video.room.participant.joined"
        ])
    );
    assert!(summary["tampered"]
        .as_str()
        .unwrap()
        .contains("signature does not match"));
    assert!(stdout.contains("stopped on SIGTERM (exit 0, the request in flight answered 200)"));
    let _ = std::fs::remove_dir_all(&work);
}

/// Runs `ci.sh` (relative to this crate) with this crate's binary and a work folder of its
/// own; its stdout, once it has succeeded (the folder is removed after).
fn run_ci(script: &str, work: &str) -> String {
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(script);
    let work = std::env::temp_dir().join(format!("{work}-{}", std::process::id()));
    let out = Command::new("bash")
        .arg(&script)
        .arg(env!("CARGO_BIN_EXE_telnyx-rooms-emulator"))
        .arg(&work)
        .output()
        .expect("bash runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{} failed:\n{stdout}\n{}",
        script.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    println!("{stdout}");
    let _ = std::fs::remove_dir_all(&work);
    stdout
}

#[test]
fn the_official_node_sdk_runs_against_the_binary_in_the_background() {
    let stdout = run_ci("node/ci.sh", "emulator-node");
    assert!(
        stdout.contains(
            r#""webhooks":["video.room.session.started","video.room.participant.joined"]"#
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("stopped on SIGTERM with exit 0"),
        "{stdout}"
    );
}

#[test]
fn the_npm_package_installs_from_its_tarballs_and_serves_the_official_node_sdk() {
    let stdout = run_ci("npm/ci.sh", "emulator-npm");
    assert!(
        stdout.contains("usage: telnyx-rooms-emulator"),
        "npx runs the binary: {stdout}"
    );
    assert!(
        stdout.contains(
            r#""webhooks":["video.room.session.started","video.room.participant.joined","video.room.participant.left","video.room.session.ended"],"exit":0"#
        ),
        "{stdout}"
    );
}
