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

#[test]
fn request_rules_cover_every_operation() {
    let spec = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/spec/telnyx-rooms.yaml"
    ))
    .unwrap();
    let rules: serde_json::Value =
        serde_json::from_str(&codegen::request_rules(&spec).unwrap()).unwrap();
    assert_eq!(rules.as_object().unwrap().len(), 25);
    assert_eq!(
        rules["create_room"]["body"]["properties"]["max_participants"]["maximum"],
        50
    );
    assert_eq!(rules["list_rooms"]["query"]["page[size]"]["maximum"], 250);
}
