//! The model and the generators refuse what they cannot honour, naming it: edited copies of
//! the spec, generated in memory.

fn generate_with(edit: impl FnOnce(&mut serde_json::Value)) -> Result<String, String> {
    let mut doc: serde_json::Value = serde_yaml::from_str(telnyx_rooms_codegen::SPEC).unwrap();
    edit(&mut doc);
    telnyx_rooms_codegen::client(&serde_yaml::to_string(&doc).unwrap())
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
        e.contains("create_room body.unique_name: `pattern` is not checked"),
        "{e}"
    );
}

#[test]
fn nullable_and_unknown_formats_are_annotations() {
    generate_with(|doc| {
        let p = &mut doc["components"]["schemas"]["CreateRoomRequest"]["properties"];
        p["unique_name"]["nullable"] = serde_json::json!(true);
        p["unique_name"]["format"] = serde_json::json!("json-pointer");
    })
    .unwrap();
}

#[test]
fn the_model_resolves_answers_given_as_refs() {
    let model = telnyx_rooms_codegen::model().unwrap();
    assert_eq!(model.operations.len(), 25);
    let list = model.operation("list_rooms").unwrap();
    assert_eq!(list.answer, telnyx_rooms_codegen::Answer::List);
    assert_eq!(
        model.operation("delete_room").unwrap().answer,
        telnyx_rooms_codegen::Answer::Nothing
    );
    let size = list.param("page[size]").unwrap();
    assert_eq!(
        size.rule,
        telnyx_rooms_codegen::Rule::Integer {
            minimum: Some(1),
            maximum: Some(250)
        }
    );
    let types: Vec<&str> = model.events.iter().map(|e| e.event_type.as_str()).collect();
    assert_eq!(types.len(), 7, "{types:?}");
    assert!(types.contains(&"video.room.participant.joined"));
}
