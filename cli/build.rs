//! Generates the operation commands into `OUT_DIR/cli.rs` with `telnyx-rooms-codegen` (the
//! spec, its model, progenitor's CLI generator with the client's settings). A new operation in
//! the spec is a new command with no hand-written code.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let code = telnyx_rooms_codegen::cli(telnyx_rooms_codegen::SPEC, "crate::api")
        .unwrap_or_else(|e| panic!("telnyx-rooms-codegen: {e}"));
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("cli.rs");
    std::fs::write(&out, code).expect("write cli.rs");
}
