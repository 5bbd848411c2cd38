//! `cargo xtask downstream-build [--rounds N]`: what `telnyx-rooms` costs a crate that depends
//! on it, against a hand-written client with the same HTTP stack, side by side in one run.
//!
//! Two small crates are written under `target/downstream/`:
//! - `with-telnyx-rooms`: depends on this workspace's `telnyx-rooms` (default features) and
//!   lists rooms with `execute()`;
//! - `hand-written`: depends on `reqwest` with the same features `telnyx-rooms` turns on
//!   (`json`, `query`, `stream`, `http2`, `gzip`, `rustls`), `serde`, `serde_json`, `tokio`,
//!   `uuid`, `chrono` and `thiserror`, with a typed `Room`, an error type and the same call.
//!
//! Each round builds both from cold (`cargo build`, a debug build as a developer makes it, each
//! with a target directory of its own that is emptied first), alternating which goes first, and
//! the report gives each build's wall time, the medians and their ratio. Both share the
//! workspace's `Cargo.lock`, so they compile the same versions.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

const HAND_MANIFEST: &str = r#"[package]
name = "hand-written"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
reqwest = { version = "0.13", default-features = false, features = ["json", "query", "stream", "http2", "gzip", "rustls"] }
serde = { version = "1", features = ["derive"] }
serde_json = "1"
tokio = { version = "1", features = ["rt", "time"] }
uuid = { version = "1", features = ["serde"] }
chrono = { version = "0.4", default-features = false, features = ["serde", "std", "clock"] }
thiserror = "2"

[workspace]
"#;

const HAND_LIB: &str = r#"//! A hand-written client of one call, with the same HTTP stack as telnyx-rooms.

/// A room.
#[derive(Debug, Clone, PartialEq, serde::Deserialize, serde::Serialize)]
pub struct Room {
    pub id: uuid::Uuid,
    pub unique_name: Option<String>,
    pub max_participants: Option<i64>,
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(Debug, serde::Deserialize)]
struct Page {
    data: Vec<Room>,
}

/// What a call can fail with.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Http(#[from] reqwest::Error),
}

/// The first page of rooms.
pub async fn list_rooms(key: &str) -> Result<Vec<Room>, Error> {
    let page: Page = reqwest::Client::new()
        .get("https://api.telnyx.com/v2/rooms")
        .query(&[("page[size]", "50")])
        .bearer_auth(key)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    Ok(page.data)
}
"#;

const WITH_LIB: &str = r#"//! The same call through telnyx-rooms.

/// The first page of rooms.
pub async fn list_rooms(key: &str) -> Result<Vec<telnyx_rooms::types::Room>, telnyx_rooms::Error> {
    let client = telnyx_rooms::Client::builder().api_key(key).build()?;
    Ok(client.list_rooms().page_size(50).execute().await?.items)
}
"#;

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// One cold `cargo build` of the crate at `dir`, in seconds.
fn cold_build(dir: &Path) -> Result<f64, String> {
    let target = dir.join("target");
    if target.exists() {
        std::fs::remove_dir_all(&target).map_err(|e| format!("{}: {e}", target.display()))?;
    }
    let started = Instant::now();
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["build", "--quiet"])
        .env("CARGO_TARGET_DIR", &target)
        .current_dir(dir)
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "cargo build in {} failed:\n{}",
            dir.display(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(started.elapsed().as_secs_f64())
}

fn median(xs: &mut [f64]) -> f64 {
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    }
}

pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let rounds: usize = match args {
        [] => 2,
        [flag, n] if flag == "--rounds" => n.parse().map_err(|_| "--rounds takes a number")?,
        _ => return Err("usage: cargo xtask downstream-build [--rounds N]".into()),
    };
    let base = root.join("target/downstream");
    let hand = base.join("hand-written");
    let with = base.join("with-telnyx-rooms");
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).map_err(|e| e.to_string())?;
    write(&hand.join("Cargo.toml"), HAND_MANIFEST)?;
    write(&hand.join("src/lib.rs"), HAND_LIB)?;
    write(&hand.join("Cargo.lock"), &lock)?;
    let with_manifest = format!(
        "[package]\nname = \"with-telnyx-rooms\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\
         publish = false\n\n[dependencies]\ntelnyx-rooms = {{ path = {:?} }}\n\n[workspace]\n",
        root.display().to_string()
    );
    write(&with.join("Cargo.toml"), &with_manifest)?;
    write(&with.join("src/lib.rs"), WITH_LIB)?;
    write(&with.join("Cargo.lock"), &lock)?;
    let (mut hand_times, mut with_times) = (Vec::new(), Vec::new());
    for round in 0..rounds {
        let order: [(&str, &Path); 2] = if round % 2 == 0 {
            [("hand-written", &hand), ("with telnyx-rooms", &with)]
        } else {
            [("with telnyx-rooms", &with), ("hand-written", &hand)]
        };
        for (name, dir) in order {
            let secs = cold_build(dir)?;
            println!("round {}: {name}: {secs:.1} s", round + 1);
            if name == "hand-written" {
                hand_times.push(secs);
            } else {
                with_times.push(secs);
            }
        }
    }
    let (h, w) = (median(&mut hand_times), median(&mut with_times));
    println!(
        "cold debug build, median of {rounds}: hand-written reqwest + serde {h:.1} s, with \
         telnyx-rooms {w:.1} s: ratio {:.2}x",
        w / h
    );
    Ok(())
}
