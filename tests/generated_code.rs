//! The generated client, pretty-printed, as a reviewed snapshot: a change to the spec, to the
//! generator settings or to progenitor shows up here as a diff. The client's `build.rs` runs the
//! same function of `telnyx-rooms-codegen`.

#[test]
fn generated_code_snapshot() {
    let code = telnyx_rooms_codegen::client(telnyx_rooms_codegen::SPEC).unwrap();
    // The crate compiles exactly this text (build.rs writes it into OUT_DIR).
    let built = include_str!(concat!(env!("OUT_DIR"), "/codegen.rs"));
    assert_eq!(
        code, built,
        "build.rs output and the snapshot generator disagree"
    );
    insta::assert_snapshot!("generated_client", code);
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
