//! The generated client, pretty-printed, as a reviewed snapshot: a change to `spec/`, to the
//! generator settings or to progenitor shows up here as a diff. Uses the same settings function
//! as `build.rs`.

#[path = "../codegen.rs"]
mod codegen;

#[test]
fn generated_code_snapshot() {
    let spec = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/spec/telnyx-rooms.yaml"
    ))
    .unwrap();
    let code = codegen::generate(&spec).unwrap();
    // The crate compiles exactly this text (build.rs writes it into OUT_DIR).
    let built = include_str!(concat!(env!("OUT_DIR"), "/codegen.rs"));
    assert_eq!(
        code, built,
        "build.rs output and the snapshot generator disagree"
    );
    insta::assert_snapshot!("generated_client", code);
}

fn spec() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/spec/telnyx-rooms.yaml"
    ))
    .unwrap()
}

/// The operation table is the spec's list of operations, read independently here.
#[test]
fn the_operation_table_is_the_specs() {
    let doc: serde_json::Value = serde_yaml::from_str(&spec()).unwrap();
    let mut from_spec = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let params: Vec<String> = op["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| p["name"].as_str().unwrap().to_string())
                .collect();
            from_spec.push((
                op["operationId"].as_str().unwrap().to_string(),
                method.to_uppercase(),
                path.clone(),
                params,
                !op["requestBody"].is_null(),
                op["responses"].get("204").is_some(),
                op["operationId"].as_str().unwrap().starts_with("list_"),
            ));
        }
    }
    let table: Vec<_> = telnyx_rooms::Operation::ALL
        .iter()
        .map(|op| {
            (
                op.id().to_string(),
                op.method().to_string(),
                op.path().to_string(),
                op.params()
                    .iter()
                    .map(|p| p.name.to_string())
                    .collect::<Vec<_>>(),
                op.body().is_some(),
                op.answer() == telnyx_rooms::operation::Answer::Nothing,
                op.answer() == telnyx_rooms::operation::Answer::List,
            )
        })
        .collect();
    assert_eq!(table, from_spec);
}

fn generate_with(edit: impl FnOnce(&mut serde_json::Value)) -> Result<String, String> {
    let mut doc: serde_json::Value = serde_yaml::from_str(&spec()).unwrap();
    edit(&mut doc);
    codegen::generate(&serde_yaml::to_string(&doc).unwrap())
}

#[test]
fn a_body_field_named_like_a_parameter_fails_the_build_naming_both() {
    let e = generate_with(|doc| {
        doc["components"]["schemas"]["CreateRoomClientTokenRequest"]["properties"]["room_id"] =
            serde_json::json!({"type": "string", "format": "uuid"});
    })
    .unwrap_err();
    assert!(
        e.contains(
            "`create_client_token`: body field `room_id` clashes with the parameter `room_id`"
        ),
        "{e}"
    );
}

#[test]
fn a_rule_the_validator_does_not_check_fails_the_build() {
    let e = generate_with(|doc| {
        doc["components"]["schemas"]["CreateRoomRequest"]["properties"]["unique_name"]["pattern"] =
            serde_json::json!("^[a-z]+$");
    })
    .unwrap_err();
    assert!(
        e.contains("create_room body.unique_name: schema keyword `pattern` is not checked"),
        "{e}"
    );
}
