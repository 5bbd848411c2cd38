//! Every upstream document in `../shared/upstream/` (OpenAPI 3.0 and 3.1 alike) becomes a spec
//! whose crate builds: each is converted by update-spec into a copy of the client crate and its
//! codegen crate, and that copy is compiled with `cargo build`. Converting is not enough; the
//! generators and the compiler must accept the result.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::super::update_spec;

/// The documents, by file name (the test fails if the folder is empty or missing).
fn upstream_documents() -> Vec<PathBuf> {
    let dir = crate::project_root().join("../shared/upstream");
    let mut docs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e} (the tests need the upstream documents)",
                dir.display()
            )
        })
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yml" || x == "yaml"))
        .collect();
    docs.sort();
    assert!(
        docs.len() >= 2,
        "expected the 2024 and 2026 documents in {}",
        dir.display()
    );
    docs
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The client crate and the codegen crate, as a workspace of their own (no tests, examples or
/// dev-dependencies: only the library is built).
fn copy_crates(root: &Path, to: &Path) {
    if to.exists() {
        std::fs::remove_dir_all(to).unwrap();
    }
    std::fs::create_dir_all(to).unwrap();
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let (head, _) = manifest
        .split_once("[dev-dependencies]")
        .expect("the root manifest has dev-dependencies");
    let (_, members_and_rest) = head.split_once("[package]").unwrap();
    let manifest = format!(
        "[workspace]\nmembers = [\".\", \"codegen\"]\nresolver = \"2\"\n\n[package]{members_and_rest}"
    );
    std::fs::write(to.join("Cargo.toml"), manifest).unwrap();
    for file in ["Cargo.lock", "build.rs", "README.md"] {
        std::fs::copy(root.join(file), to.join(file)).unwrap();
    }
    copy_dir(&root.join("src"), &to.join("src"));
    let codegen = to.join("codegen");
    copy_dir(&root.join("codegen/src"), &codegen.join("src"));
    std::fs::create_dir_all(codegen.join("spec")).unwrap();
    std::fs::copy(
        root.join("codegen/spec/overlay.yaml"),
        codegen.join("spec/overlay.yaml"),
    )
    .unwrap();
    for file in ["Cargo.toml", "README.md"] {
        std::fs::copy(root.join("codegen").join(file), codegen.join(file)).unwrap();
    }
}

#[test]
fn every_upstream_document_builds_the_crate() {
    let root = crate::project_root();
    let work = root.join("target/upstream-builds");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    for doc in upstream_documents() {
        let name = doc.file_stem().unwrap().to_string_lossy().into_owned();
        let copy = work.join(&name);
        copy_crates(&root, &copy);
        update_spec(&copy, &doc.display().to_string(), false)
            .unwrap_or_else(|e| panic!("update-spec refused {name}: {e}"));
        // A target directory of its own (shared by the documents): the outer `cargo test`
        // may hold the workspace's.
        let out = Command::new(&cargo)
            .args(["build", "--lib", "-p", "telnyx-rooms", "--all-features"])
            .env("CARGO_TARGET_DIR", work.join("target"))
            .env_remove("RUSTFLAGS")
            .current_dir(&copy)
            .output()
            .expect("cargo runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(60).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        assert!(
            out.status.success(),
            "the crate made from {name} does not build:\n{}",
            tail.join("\n")
        );
    }
}
