//! The generated code is committed (users compile it without the generator) and reviewed as
//! any source: these tests hold it equal to what `telnyx-rooms-codegen` makes from the spec now,
//! stamped with the digest of the codegen crate it was made from. In the repository the build
//! script rewrites it whenever that digest changes (`xtask/src/spec/tests/builds.rs` shows a
//! plain `cargo build` of an edited copy doing so).

use std::path::Path;

#[test]
fn the_committed_code_is_what_the_generator_makes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let digest =
        telnyx_rooms_codegen::digest::digest(root, &telnyx_rooms_codegen::digest::INPUTS).unwrap();
    let stale = telnyx_rooms_codegen::write(root, &digest, true).unwrap();
    assert!(
        stale.is_empty(),
        "{stale:?} are not what the generator makes from codegen/ now: run `cargo build` and \
         review the diff"
    );
    assert_eq!(
        telnyx_rooms::GENERATED_FROM,
        digest,
        "this build compiled stale code"
    );
}
