//! Each transform and error case on small hand-written documents, then the real upstream
//! documents in `../shared/upstream/` (CI always has them; the tests fail if they are missing).

use super::*;
use serde_json::{json, Map, Value};

mod builds;
mod upstream;

/// A minimal overlay naming the given operations.
fn overlay_for(ops: &[(&str, &str)]) -> Value {
    let mut o = Map::new();
    for (key, id) in ops {
        o.insert(key.to_string(), json!({"operation_id": id}));
    }
    json!({"operations": o})
}

/// A small 3.1 upstream with one list operation (deepObject filter, $ref'd page parameter),
/// one create operation, error responses of several kinds and a non-Rooms path.
fn small_upstream() -> Value {
    json!({
        "openapi": "3.1.0",
        "info": {"title": "x", "version": "1"},
        "paths": {
            "/calls": {"get": {"operationId": "ListCalls", "responses": {"200": {"description": "d"}}}},
            "/rooms": {
                "get": {
                    "operationId": "ListRooms",
                    "summary": "upstream prose",
                    "x-endpoint-cost": "medium",
                    "parameters": [
                        {"name": "filter", "in": "query", "style": "deepObject", "explode": true,
                         "description": "upstream prose",
                         "schema": {"type": "object", "properties": {
                            "unique_name": {"type": "string", "examples": ["my_room"]},
                            "date_created_at": {"type": "object", "properties": {
                                "gte": {"type": "string", "format": "date"},
                                "eq": {"type": "string", "format": "date"}}}}}},
                        {"$ref": "#/components/parameters/PageConsolidated"}
                    ],
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": {
                            "type": "object", "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Room"}}}}}}},
                        "4XX": {"$ref": "#/components/responses/Generic"}
                    }
                },
                "post": {
                    "operationId": "CreateRoom",
                    "security": [],
                    "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CreateRoomRequest"}}}},
                    "responses": {"201": {"description": "created"}, "422": {"$ref": "#/components/responses/Unprocessable"}}
                }
            }
        },
        "components": {
            "parameters": {"PageConsolidated": {"name": "page", "in": "query", "style": "deepObject",
                "schema": {"type": "object", "properties": {"size": {"type": "integer", "minimum": 1, "maximum": 250}}}}},
            "responses": {
                "Generic": {"description": "d", "content": {"application/json": {"schema": {"type": "object", "properties": {"message": {"type": "string"}}}}}},
                "Unprocessable": {"description": "d", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/video_Errors"}}}}
            },
            "schemas": {
                "Room": {"type": "object", "description": "upstream prose", "properties": {
                    "id": {"type": "string", "format": "uuid"},
                    "ended_at": {"type": ["string", "null"], "format": "date-time"},
                    "kind": {"const": "room"},
                    "created_at": {"type": "string", "format": "datetime"},
                    "hook": {"type": "string", "format": "url"},
                    "n": {"type": "integer", "format": "integer", "exclusiveMinimum": 0},
                    "description": {"type": "string", "description": "a field named description"}}},
                "CreateRoomRequest": {"type": "object", "properties": {
                    "max_participants": {"type": "integer", "default": 10, "minimum": 2, "maximum": 50}}},
                "video_Errors": {"type": "object", "properties": {"errors": {"type": "array", "items": {"$ref": "#/components/schemas/video_Error"}}}},
                "video_Error": {"type": "object", "required": ["code"], "properties": {"code": {"type": "string"}, "title": {"type": "string"}}},
                "Unused": {"type": "object"}
            }
        }
    })
}

fn ops() -> Value {
    overlay_for(&[("GET /rooms", "list_rooms"), ("POST /rooms", "create_room")])
}

#[test]
fn keeps_only_rooms_paths_and_what_they_reference() {
    let spec = transform(&small_upstream(), &ops()).unwrap();
    assert!(spec["paths"].get("/calls").is_none());
    let schemas = spec["components"]["schemas"].as_object().unwrap();
    let names: Vec<&String> = schemas.keys().collect();
    assert_eq!(names, ["CreateRoomRequest", "Error", "Errors", "Room"]);
    assert_eq!(spec["openapi"], "3.0.3");
}

#[test]
fn flattens_deep_object_parameters_to_wire_names() {
    let spec = transform(&small_upstream(), &ops()).unwrap();
    let names: Vec<&str> = spec["paths"]["/rooms"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "filter[date_created_at][eq]",
            "filter[date_created_at][gte]",
            "filter[unique_name]",
            "page[size]"
        ]
    );
    let p = &spec["paths"]["/rooms"]["get"]["parameters"][3];
    assert_eq!(p["schema"]["maximum"], 250);
    assert_eq!(p["in"], "query");
    assert!(p.get("style").is_none() && p.get("required").is_none());
    // `examples` became `example`.
    assert_eq!(
        spec["paths"]["/rooms"]["get"]["parameters"][2]["schema"]["example"],
        "my_room"
    );
}

#[test]
fn one_error_envelope_under_4xx_and_5xx() {
    let spec = transform(&small_upstream(), &ops()).unwrap();
    for (path, method, success) in [("/rooms", "get", "200"), ("/rooms", "post", "201")] {
        let r = spec["paths"][path][method]["responses"]
            .as_object()
            .unwrap();
        let codes: Vec<&String> = r.keys().collect();
        assert_eq!(codes, [success, "4XX", "5XX"], "{method}");
        assert_eq!(r["4XX"]["$ref"], "#/components/responses/Error");
    }
    assert_eq!(
        spec["components"]["schemas"]["Errors"]["properties"]["errors"]["items"]["$ref"],
        "#/components/schemas/Error"
    );
    assert_eq!(
        spec["components"]["schemas"]["Error"]["required"],
        json!(["code"])
    );
    assert!(spec["paths"]["/rooms"]["post"].get("security").is_none());
}

#[test]
fn lowers_openapi_31_and_normalises_formats() {
    let spec = transform(&small_upstream(), &ops()).unwrap();
    let room = &spec["components"]["schemas"]["Room"]["properties"];
    assert_eq!(
        room["ended_at"],
        json!({"type": "string", "format": "date-time", "nullable": true})
    );
    assert_eq!(room["kind"], json!({"enum": ["room"]}));
    assert_eq!(room["created_at"]["format"], "date-time");
    assert_eq!(room["hook"]["format"], "uri");
    assert_eq!(
        room["n"],
        json!({"type": "integer", "minimum": 0, "exclusiveMinimum": true})
    );

    let mut v = json!({"anyOf": [{"type": "string"}, {"type": "null"}]});
    lower_31(&mut v);
    assert_eq!(v, json!({"type": "string", "nullable": true}));
}

#[test]
fn strips_upstream_prose_but_not_fields_named_like_it() {
    let spec = transform(&small_upstream(), &ops()).unwrap();
    let text = spec.to_string();
    assert!(!text.contains("upstream prose") && !text.contains("x-endpoint-cost"));
    let room = &spec["components"]["schemas"]["Room"];
    assert!(room.get("description").is_none());
    assert_eq!(room["properties"]["description"], json!({"type": "string"}));
}

#[test]
fn overlay_names_operations_and_applies_fixes_with_reasons() {
    let mut overlay = ops();
    overlay["operations"]["GET /rooms"]["summary"] = json!("List rooms");
    overlay["operations"]["GET /rooms"]["response"] = json!("A page of rooms.");
    overlay["fixes"] = json!([
        {"reason": "bodies carry only what the caller set", "target": "/components/schemas/*/properties/*/default", "remove": true},
        {"reason": "absent in practice", "targets": ["/components/schemas/Room/properties/id"], "merge": {"nullable": true}}
    ]);
    overlay["parameters"] = json!({"page[size]": "Items per page."});
    overlay["schemas"] =
        json!({"Room": {"description": "A room.", "properties": {"id": "Its id."}}});
    overlay["add"] = json!({"/components/schemas/Extra": {"type": "object"}});
    let spec = transform(&small_upstream(), &overlay).unwrap();
    let get = &spec["paths"]["/rooms"]["get"];
    assert_eq!(get["operationId"], "list_rooms");
    assert_eq!(get["summary"], "List rooms");
    assert_eq!(get["responses"]["200"]["description"], "A page of rooms.");
    assert_eq!(get["parameters"][3]["description"], "Items per page.");
    let s = &spec["components"]["schemas"];
    assert!(s["CreateRoomRequest"]["properties"]["max_participants"]
        .get("default")
        .is_none());
    assert_eq!(s["Room"]["properties"]["id"]["nullable"], true);
    assert_eq!(s["Room"]["properties"]["id"]["description"], "Its id.");
    assert_eq!(s["Room"]["description"], "A room.");
    assert_eq!(s["Extra"], json!({"type": "object"}));
}

#[test]
fn overlay_errors_name_the_entry() {
    let up = small_upstream();
    let err = |overlay: Value| transform(&up, &overlay).unwrap_err();

    let mut o = ops();
    o["fixes"] =
        json!([{"reason": "r", "target": "/components/schemas/Gone/properties/x", "remove": true}]);
    let e = err(o);
    assert!(
        e.contains("/components/schemas/Gone/properties/x")
            && e.contains("no longer exists upstream"),
        "{e}"
    );

    let mut o = ops();
    o["fixes"] = json!([{"target": "/components/schemas/Room", "merge": {}}]);
    assert!(err(o).contains("has no reason"));

    let mut o = ops();
    o["operations"]["DELETE /rooms/{room_id}"] = json!({"operation_id": "delete_room"});
    let e = err(o);
    assert!(
        e.contains("`DELETE /rooms/{room_id}` no longer exists upstream"),
        "{e}"
    );

    let o = overlay_for(&[("GET /rooms", "list_rooms")]);
    let e = err(o);
    assert!(
        e.contains("POST /rooms") && e.contains("does not name"),
        "{e}"
    );

    let o = overlay_for(&[("GET /rooms", "same"), ("POST /rooms", "same")]);
    assert!(err(o).contains("operationId `same` is given to both"));

    let mut o = ops();
    o["parameters"] = json!({"filter[gone]": {"reason": "r", "schema": {"format": "uuid"}}});
    assert!(err(o).contains("overlay changes parameter `filter[gone]`"));

    let mut o = ops();
    o["schemas"] = json!({"Nope": "text"});
    assert!(err(o).contains("schema `Nope`"));
}

#[test]
fn input_errors_are_clear() {
    assert!(parse_document("{ not: [valid")
        .unwrap_err()
        .contains("not a YAML or JSON document"));
    assert!(parse_document("title: hello")
        .unwrap_err()
        .contains("no `openapi` version field"));
    assert!(parse_document("openapi: 2.0\npaths: {}")
        .unwrap_err()
        .contains("unsupported OpenAPI version"));
    assert!(parse_document("openapi: 3.0.0")
        .unwrap_err()
        .contains("no `paths`"));
    // JSON input works as well as YAML.
    let doc = parse_document(&small_upstream().to_string()).unwrap();
    let mut no_rooms = doc.clone();
    no_rooms["paths"].as_object_mut().unwrap().remove("/rooms");
    assert!(transform(&no_rooms, &ops())
        .unwrap_err()
        .contains("no Video Rooms paths"));
    let mut no_errors = doc;
    no_errors["components"]["schemas"]
        .as_object_mut()
        .unwrap()
        .remove("video_Errors");
    assert!(transform(&no_errors, &ops()).is_err());
    assert!(read_input("/nonexistent/upstream.yml")
        .unwrap_err()
        .contains("cannot read"));
}

#[test]
fn rendering_is_deterministic_and_check_mode_writes_nothing() {
    let spec = transform(&small_upstream(), &ops()).unwrap();
    let a = render(&spec, "up.yml", "0123").unwrap();
    let b = render(
        &transform(&small_upstream(), &ops()).unwrap(),
        "up.yml",
        "0123",
    )
    .unwrap();
    assert_eq!(a, b);
    assert!(a.starts_with("# Telnyx Video Rooms API") && a.contains("# Source: up.yml\n"));
    assert_eq!(made_from(&a), Some("0123"));
    assert!(!a.contains('\r'));

    let dir = std::env::temp_dir().join(format!("xtask-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("spec.yaml");
    std::fs::write(&path, "old\n").unwrap();
    let e = ensure_file_contents(&path, &a, true, "up.yml").unwrap_err();
    assert!(
        e.contains("-old") && e.contains("run: cargo xtask update-spec --from up.yml"),
        "{e}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "old\n");
    ensure_file_contents(&path, &a, false, "up.yml").unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), a);
    ensure_file_contents(&path, &a, true, "up.yml").unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn change_summary_lists_operations_parameters_and_fields() {
    let old = transform(&small_upstream(), &ops()).unwrap();
    let mut up = small_upstream();
    up["paths"]["/rooms"]
        .as_object_mut()
        .unwrap()
        .remove("post");
    up["components"]["schemas"]["Room"]["properties"]["id"] = json!({"type": "integer"});
    up["components"]["schemas"]["Room"]["properties"]["name"] = json!({"type": "string"});
    let new = transform(&up, &overlay_for(&[("GET /rooms", "list_rooms")])).unwrap();
    let lines = summarize_changes(&old, &new);
    assert!(
        lines.contains(&"operation removed: POST /rooms".to_string()),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"Room: field retyped: id".to_string()),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"Room: field added: name".to_string()),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"schema removed: CreateRoomRequest".to_string()),
        "{lines:?}"
    );
}
