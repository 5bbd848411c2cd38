//! With the `codegen` feature, generates the Telnyx Video Rooms client into `OUT_DIR` with
//! `telnyx-rooms-codegen` (the spec, its one model, progenitor and our generators); the crate
//! then compiles that instead of the committed `src/generated.rs`, which is the same text
//! (`tests/generated_code.rs`; `cargo xtask codegen` rewrites it). Without the feature (what
//! users build) nothing runs here: the generator stays out of their build.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    #[cfg(feature = "codegen")]
    generate();
}

#[cfg(feature = "codegen")]
fn generate() {
    use std::path::Path;
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let started = std::time::Instant::now();
    let code = telnyx_rooms_codegen::client(telnyx_rooms_codegen::SPEC)
        .unwrap_or_else(|e| panic!("telnyx-rooms-codegen: {e}"));
    let write = |path: &Path, contents: &str| {
        std::fs::write(path, contents)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()))
    };
    write(&Path::new(&out_dir).join("codegen.rs"), &code);
    // Read by the build benchmark: how long generation took, and proof that it ran.
    write(
        &Path::new(&out_dir).join("generation_ms.txt"),
        &started.elapsed().as_millis().to_string(),
    );
}
