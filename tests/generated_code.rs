//! The generated client is committed as `src/generated.rs` (users compile it without the
//! generator) and reviewed as any source: this test holds it equal to what
//! `telnyx-rooms-codegen` makes from the spec now, and, with the `codegen` feature, to what
//! build.rs generated. `cargo xtask codegen` rewrites it.

#[test]
fn the_committed_client_is_what_the_generator_makes() {
    let code = telnyx_rooms_codegen::client(telnyx_rooms_codegen::SPEC).unwrap();
    let committed = include_str!("../src/generated.rs");
    assert!(
        code == committed,
        "src/generated.rs is stale: run `cargo xtask codegen` and review the diff"
    );
    #[cfg(feature = "codegen")]
    assert_eq!(
        code,
        include_str!(concat!(env!("OUT_DIR"), "/codegen.rs")),
        "build.rs output and the committed client disagree"
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
