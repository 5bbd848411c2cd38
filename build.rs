//! Generates the Telnyx Video Rooms client into `OUT_DIR` with `telnyx-rooms-codegen`, which
//! holds the spec and its one model. It re-runs when that crate (the spec included) changes.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let started = std::time::Instant::now();
    let code = telnyx_rooms_codegen::client(telnyx_rooms_codegen::SPEC)
        .unwrap_or_else(|e| panic!("telnyx-rooms-codegen: {e}"));
    write(&Path::new(&out_dir).join("codegen.rs"), &code);
    // Read by the build benchmark: how long generation took, and proof that it ran.
    write(
        &Path::new(&out_dir).join("generation_ms.txt"),
        &started.elapsed().as_millis().to_string(),
    );
}

fn write(path: &Path, contents: &str) {
    std::fs::write(path, contents)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}
