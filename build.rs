//! Generates the Telnyx Video Rooms client from `spec/telnyx-rooms.yaml` into `OUT_DIR`.
//! It re-runs only when the spec, this file or the generator settings change.

#[path = "codegen.rs"]
mod codegen;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed={}", codegen::SPEC_PATH);
    println!("cargo:rerun-if-changed=codegen.rs");
    println!("cargo:rerun-if-changed=codegen");
    println!("cargo:rerun-if-changed=build.rs");

    let spec = std::fs::read_to_string(codegen::SPEC_PATH)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", codegen::SPEC_PATH));
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let started = std::time::Instant::now();
    let code = codegen::generate(&spec).unwrap_or_else(|e| panic!("{e}"));
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
