//! `cargo xtask`: project automation for telnyx-rooms.
//!
//! `cargo xtask update-spec [--from PATH] [--check]` turns Telnyx's published OpenAPI document into
//! `codegen/spec/telnyx-rooms.yaml`; see `spec/` (one module per step) for the transform and
//! `codegen/spec/overlay.yaml` for our changes. `cargo xtask bench` runs the benchmarks;
//! `cargo xtask downstream-build` measures what the client costs a crate that depends on it.

mod bench;
mod downstream;
mod spec;
mod telemetry_cost;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask update-spec [--from PATH_OR_URL] [--check]
       cargo xtask codegen [--check]
       cargo xtask bench
       cargo xtask downstream-build [--rounds N]
       cargo xtask telemetry-cost [--rounds N]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        Some("update-spec") => {
            let (from, check) = from_and_check(&args[1..])?;
            let from = from.unwrap_or_else(|| spec::PUBLISHED_URL.to_string());
            spec::update_spec(&project_root(), &from, check)
        }
        Some("codegen") => codegen(&project_root(), &args[1..]),
        Some("bench") => bench::run(&project_root()),
        Some("downstream-build") => downstream::run(&project_root(), &args[1..]),
        Some("telemetry-cost") => telemetry_cost::run(&project_root(), &args[1..]),
        _ => Err(USAGE.to_string()),
    }
}

/// `cargo xtask codegen [--check]`: what a plain `cargo build` runs in the repository when
/// `codegen/` changed. Makes the spec again if the upstream slice or the overlay changed since
/// it was made, then writes every generated file; or checks that they are up to date.
fn codegen(root: &Path, args: &[String]) -> Result<(), String> {
    let check = match args {
        [] => false,
        [flag] if flag == "--check" => true,
        _ => return Err(USAGE.to_string()),
    };
    if !check {
        spec::refresh(root)?;
    }
    let inputs = telnyx_rooms_codegen::digest::INPUTS;
    let digest = telnyx_rooms_codegen::digest::digest(root, &inputs)
        .map_err(|e| format!("cannot read codegen/: {e}"))?;
    let changed = telnyx_rooms_codegen::write(root, &digest, check)?;
    match (changed.is_empty(), check) {
        (true, _) => println!("the generated code is up to date"),
        (false, true) => {
            return Err(format!(
                "{changed:?} are not what the generator makes from codegen/: run `cargo build`"
            ))
        }
        (false, false) => println!("wrote {}", changed.join(" and ")),
    }
    Ok(())
}

/// Parses `[--from PATH] [--check]`.
fn from_and_check(args: &[String]) -> Result<(Option<String>, bool), String> {
    let (mut from, mut check) = (None, false);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--check" => check = true,
            "--from" => from = Some(it.next().ok_or("--from needs a path")?.clone()),
            other => return Err(format!("unknown argument `{other}`\n{USAGE}")),
        }
    }
    Ok((from, check))
}

/// The workspace root: the parent of this crate's manifest directory.
pub fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the workspace root")
        .to_path_buf()
}
