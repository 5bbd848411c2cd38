//! Keeps the generated code current in the repository, so that a plain `cargo build` (`test`,
//! `run`, `clippy`) regenerates the bindings whenever the spec, the overlay or a generator
//! changes, and builds from crates.io compile no generator.
//!
//! The generated files (the client's `src/generated.rs`, the command line's
//! `cli/src/generated.rs`) are committed, each stamped with the digest of the codegen crate it
//! was made from (`digest.rs`). In the repository (the workspace's codegen crate and xtask
//! beside this one), this script compares those stamps with the digest now; when they differ,
//! it runs the generator, `cargo xtask codegen`, in a target directory of its own (this build
//! holds the lock of its own). That makes the spec again if the overlay or the upstream slice
//! changed, then rewrites every generated file of the workspace at once: no build can combine
//! two versions of the spec. Then the crate compiles what was just written. A package from
//! crates.io has no codegen crate beside it: nothing runs, nothing is compiled for it.

#[allow(dead_code)] // `stamp` is the generator's
mod digest;

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build");
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    if !root.join("codegen/src/lib.rs").is_file() || !root.join("xtask/src/main.rs").is_file() {
        return; // a package: the generated code it ships is all there is
    }
    for input in digest::INPUTS {
        println!("cargo:rerun-if-changed={}", root.join(input).display());
    }
    let now =
        digest::digest(&root, &digest::INPUTS).unwrap_or_else(|e| panic!("reading codegen/: {e}"));
    let stale: Vec<&str> = digest::OUTPUTS
        .into_iter()
        .filter(|file| {
            let text = std::fs::read_to_string(root.join(file)).unwrap_or_default();
            digest::stamped(&text) != Some(now.as_str())
        })
        .collect();
    if stale.is_empty() {
        return;
    }
    regenerate(&root);
    println!(
        "cargo:warning=codegen/ changed: regenerated {} from it (review and commit them)",
        digest::OUTPUTS.join(" and ")
    );
}

/// Runs the generator (`cargo xtask codegen`), which makes the spec again if its inputs changed
/// and writes every generated file stamped with the digest of its inputs.
fn regenerate(root: &Path) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["run", "--quiet", "--bin", "xtask", "--manifest-path"])
        .arg(root.join("xtask/Cargo.toml"))
        .arg("--target-dir")
        .arg(target_dir(root).join("codegen"))
        .args(["--", "codegen"])
        // This build's wrappers and flags (clippy's driver under `cargo clippy`, a target's
        // flags) are not the generator's.
        .env_remove("RUSTC_WORKSPACE_WRAPPER")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .output()
        .unwrap_or_else(|e| panic!("cannot run cargo for the generator: {e}"));
    if !out.status.success() {
        eprintln!(
            "the generator failed; the generated code was left as it was:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        std::process::exit(1);
    }
}

/// This build's target directory: the nearest directory above `OUT_DIR` that cargo marked as
/// one, else `target/` of the workspace.
fn target_dir(root: &Path) -> PathBuf {
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    out.ancestors()
        .find(|dir| dir.join("CACHEDIR.TAG").is_file())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| root.join("target"))
}
