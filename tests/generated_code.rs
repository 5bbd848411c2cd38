//! The generated code is committed (users compile it without the generator) and reviewed as
//! any source: these tests hold it equal to what `telnyx-rooms-codegen` makes from the spec now,
//! stamped with the digest of the codegen crate it was made from. In the repository the build
//! script rewrites it whenever that digest changes (`xtask/src/spec/tests/builds.rs` shows a
//! plain `cargo build` of an edited copy doing so).

use std::path::Path;

#[test]
fn the_committed_code_is_what_the_generator_makes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let digest = telnyx_rooms_codegen::digest::digest(&root.join("codegen")).unwrap();
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

/// The operation table holds what the model says of every operation.
#[test]
fn the_operation_table_is_the_models() {
    use telnyx_rooms_codegen::{Answer, Location};
    let model = telnyx_rooms_codegen::model().unwrap();
    let from_model: Vec<_> = model
        .operations
        .iter()
        .map(|op| {
            (
                op.id.clone(),
                op.method.to_uppercase(),
                op.path.clone(),
                op.params
                    .iter()
                    .map(|p| (p.name.clone(), p.location == Location::Path, p.required))
                    .collect::<Vec<_>>(),
                op.body.is_some(),
                op.answer == Answer::Nothing,
                op.answer == Answer::List,
            )
        })
        .collect();
    let table: Vec<_> = telnyx_rooms::Operation::ALL
        .iter()
        .map(|op| {
            (
                op.id().to_string(),
                op.method().to_string(),
                op.path().to_string(),
                op.params()
                    .iter()
                    .map(|p| {
                        (
                            p.name.to_string(),
                            p.location == telnyx_rooms::operation::Location::Path,
                            p.required,
                        )
                    })
                    .collect::<Vec<_>>(),
                op.body().is_some(),
                op.answer() == telnyx_rooms::operation::Answer::Nothing,
                op.answer() == telnyx_rooms::operation::Answer::List,
            )
        })
        .collect();
    assert_eq!(table, from_model);
    assert_eq!(table.len(), 25);
}
