//! The build regenerates the bindings: a copy of the client and codegen crates whose spec or
//! overlay is edited, or whose spec is replaced by what update-spec makes of an upstream
//! document, is compiled with a plain `cargo build` (no feature, no xtask command), and what it
//! compiled is the new spec's client.
//! Every upstream document in `../shared/upstream/` (OpenAPI 3.0 and 3.1 alike) goes through
//! it: converting is not enough; the generators and the compiler must accept the result.
//! And the client's dependency graph, which a downstream crate compiles, has no generator in it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

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

/// The client crate, the codegen crate and xtask (the generator the build runs), as a
/// workspace of their own (no tests, examples or dev-dependencies: only the library is built),
/// with the command line's generated file, which the generator rewrites with the client's.
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
        "[workspace]\nmembers = [\".\", \"codegen\", \"xtask\"]\nresolver = \"2\"\n\n[package]{members_and_rest}"
    );
    std::fs::write(to.join("Cargo.toml"), manifest).unwrap();
    for file in ["Cargo.lock", "README.md"] {
        std::fs::copy(root.join(file), to.join(file)).unwrap();
    }
    for dir in ["src", "build", "codegen/src", "codegen/spec", "xtask/src"] {
        copy_dir(&root.join(dir), &to.join(dir));
    }
    for file in [
        "codegen/Cargo.toml",
        "codegen/README.md",
        "xtask/Cargo.toml",
        "cli/src/generated.rs",
    ] {
        std::fs::create_dir_all(to.join(file).parent().unwrap()).unwrap();
        std::fs::copy(root.join(file), to.join(file)).unwrap();
    }
}

/// `cargo <args>` in `dir`, in the workspace's target directory (cargo does not hold its lock
/// while tests run), so that the dependencies compiled for the tests serve the copies too;
/// panics with the output's end when it fails.
fn cargo(dir: &Path, args: &[&str], what: &str) -> Output {
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(args)
        .env("CARGO_TARGET_DIR", crate::project_root().join("target"))
        .env_remove("RUSTFLAGS")
        .current_dir(dir)
        .output()
        .expect("cargo runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let tail: Vec<&str> = stderr.lines().rev().take(60).collect();
    let tail: Vec<&str> = tail.into_iter().rev().collect();
    assert!(out.status.success(), "{what}:\n{}", tail.join("\n"));
    out
}

/// An optional query parameter added to `GET /rooms` by hand, as a maintainer would.
fn add_region_filter(copy: &Path) {
    let path = copy.join("codegen/spec/telnyx-rooms.yaml");
    let spec = std::fs::read_to_string(&path).unwrap();
    let at = spec.find("\n  /rooms:\n").expect("the spec has /rooms");
    let at = at + spec[at..].find("      parameters:\n").unwrap() + "      parameters:\n".len();
    let param = "      - description: Only rooms in this region.\n        in: query\n        \
                 name: filter[region]\n        schema:\n          type: string\n";
    std::fs::write(&path, format!("{}{param}{}", &spec[..at], &spec[at..])).unwrap();
}

#[test]
fn a_plain_cargo_build_regenerates_the_client_from_an_edited_spec() {
    let root = crate::project_root();
    let copy = root.join("target/upstream-builds/copy");
    copy_crates(&root, &copy);
    add_region_filter(&copy);
    // What users write with the new parameter: compiles only against the regenerated client.
    std::fs::create_dir_all(copy.join("examples")).unwrap();
    std::fs::write(
        copy.join("examples/region.rs"),
        "fn main() {\n    let client = telnyx_rooms::Client::builder().api_key(\"k\").build().unwrap();\n    \
         let _ = client.list_rooms().filter_region(\"eu\");\n}\n",
    )
    .unwrap();
    cargo(
        &copy,
        &["build"],
        "a plain `cargo build` of the edited copy failed",
    );
    let cli = std::fs::read_to_string(copy.join("cli/src/generated.rs")).unwrap();
    assert!(
        cli.contains("\"filter-region\""),
        "the command line was not regenerated with the client"
    );
    cargo(
        &copy,
        &["build", "--example", "region"],
        "the new setter `filter_region` is not in what `cargo build` compiled",
    );
    // Built again with nothing changed: the generator does not run (no warning saying so).
    let again = cargo(
        &copy,
        &["build", "--example", "region"],
        "a second build failed",
    );
    assert!(!String::from_utf8_lossy(&again.stderr).contains("regenerated"));
    // An edit to the overlay: the build makes the spec again from the upstream slice and the
    // overlay (the hand edit above goes with it), then the client from that.
    let overlay = copy.join("codegen/spec/overlay.yaml");
    let text = std::fs::read_to_string(&overlay).unwrap();
    let edited = text.replacen("summary: List rooms\n", "summary: List the rooms\n", 1);
    assert_ne!(edited, text, "the overlay names `List rooms`");
    std::fs::write(&overlay, edited).unwrap();
    cargo(
        &copy,
        &["build", "--lib"],
        "a plain `cargo build` after an overlay edit failed",
    );
    let spec = std::fs::read_to_string(copy.join("codegen/spec/telnyx-rooms.yaml")).unwrap();
    assert!(spec.contains("summary: List the rooms\n") && !spec.contains("filter[region]"));
    let client = std::fs::read_to_string(copy.join("src/generated.rs")).unwrap();
    assert!(
        client.contains("List the rooms"),
        "the client was not made from the new spec"
    );
    // A downstream crate, built in the same target directory: nothing of a generator is
    // compiled for it (the copy's own regeneration ran in `target/codegen`, apart).
    let downstream = root.join("target/upstream-builds/downstream");
    std::fs::create_dir_all(downstream.join("src")).unwrap();
    std::fs::write(
        downstream.join("Cargo.toml"),
        format!(
            "[package]\nname = \"downstream\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n\
             [dependencies]\ntelnyx-rooms = {{ path = {:?} }}\n\n[workspace]\n",
            copy.display().to_string()
        ),
    )
    .unwrap();
    std::fs::write(
        downstream.join("src/main.rs"),
        "fn main() {\n    let _ = telnyx_rooms::Client::builder().api_key(\"k\").build();\n}\n",
    )
    .unwrap();
    std::fs::copy(copy.join("Cargo.lock"), downstream.join("Cargo.lock")).unwrap();
    // `-v` names every unit of the build, fresh or compiled.
    let built = cargo(
        &downstream,
        &["build", "-v"],
        "the downstream crate does not build",
    );
    let units = String::from_utf8_lossy(&built.stderr);
    assert!(units.contains("telnyx-rooms v0.1.0"), "{units}");
    for generator in [
        "progenitor-impl ",
        "typify ",
        "openapiv3 ",
        "telnyx-rooms-codegen ",
    ] {
        assert!(
            !units.lines().any(|l| {
                let l = l.trim_start();
                (l.starts_with("Compiling ") || l.starts_with("Fresh ")) && l.contains(generator)
            }),
            "a downstream build compiles `{}`:\n{units}",
            generator.trim()
        );
    }
    // What a downstream crate compiles: the client's normal and build dependencies.
    let tree = cargo(
        &copy,
        &[
            "tree",
            "-p",
            "telnyx-rooms",
            "-e",
            "normal,build",
            "--prefix",
            "none",
        ],
        "cargo tree failed",
    );
    let tree = String::from_utf8_lossy(&tree.stdout);
    for generator in [
        "telnyx-rooms-codegen ",
        "progenitor ",
        "progenitor-impl ",
        "openapiv3 ",
        "typify ",
    ] {
        assert!(
            !tree.lines().any(|l| l.starts_with(generator)),
            "a downstream build would compile `{}`:\n{tree}",
            generator.trim()
        );
    }
}

#[test]
fn every_upstream_document_builds_the_crate() {
    let root = crate::project_root();
    let copy = root.join("target/upstream-builds/copy-upstream");
    let mut built_any = false;
    for doc in upstream_documents() {
        let name = doc.file_stem().unwrap().to_string_lossy().into_owned();
        copy_crates(&root, &copy);
        let spec = copy.join("codegen/spec/telnyx-rooms.yaml");
        let before = std::fs::read_to_string(&spec).unwrap();
        update_spec(&copy, &doc.display().to_string(), false)
            .unwrap_or_else(|e| panic!("update-spec refused {name}: {e}"));
        let changed = std::fs::read_to_string(&spec).unwrap() != before;
        if !changed {
            continue; // the committed spec: the workspace's own build compiles it
        }
        let built = cargo(
            &copy,
            &["build", "--lib"],
            &format!("the crate made from {name} does not build"),
        );
        assert!(
            String::from_utf8_lossy(&built.stderr).contains("regenerated"),
            "the spec made from {name} changed, and the build did not regenerate the client"
        );
        built_any = true;
    }
    assert!(
        built_any,
        "no upstream document gave a spec other than the committed one"
    );
}
