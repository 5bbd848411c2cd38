//! The Video Rooms part of an upstream document as it is, with upstream's prose stripped: what
//! the spec is made from (`codegen/spec/upstream.yaml`), and the contract tests' fixture.

use serde_json::{json, Map, Value};
use std::collections::BTreeSet;

use super::lower::strip_prose;
use super::transform::{collect_refs, is_rooms_path, resolve};
use super::Result;

/// The Video Rooms part of an upstream document as it is (OpenAPI version, deepObject
/// parameters, error responses untouched), with upstream's prose stripped: structure and
/// example values only. The contract tests serve it with Prism to check our wire format
/// against Telnyx's own contract.
pub(crate) fn upstream_fixture(up: &Value) -> Result<Value> {
    let paths: Map<String, Value> = up["paths"]
        .as_object()
        .expect("checked by parse_document")
        .iter()
        .filter(|(p, _)| is_rooms_path(p))
        .map(|(p, v)| (p.clone(), v.clone()))
        .collect();
    if paths.is_empty() {
        return Err("the document has no Video Rooms paths".into());
    }
    let mut components = Map::new();
    let mut todo = Vec::new();
    collect_refs(&Value::Object(paths.clone()), &mut todo);
    let mut seen = BTreeSet::new();
    while let Some(r) = todo.pop() {
        if !seen.insert(r.clone()) {
            continue;
        }
        let parts: Vec<&str> = r.trim_start_matches("#/").split('/').collect();
        let [_, kind, name] = parts[..] else {
            return Err(format!("unexpected reference `{r}`"));
        };
        let target = resolve(up, &r)?.clone();
        collect_refs(&target, &mut todo);
        components
            .entry(kind.to_string())
            .or_insert_with(|| json!({}))
            .as_object_mut()
            .expect("object")
            .insert(name.to_string(), target);
    }
    let schemes = up
        .pointer("/components/securitySchemes")
        .cloned()
        .unwrap_or(json!({}));
    components.insert("securitySchemes".into(), schemes);
    let mut doc = json!({
        "openapi": up["openapi"],
        "info": {"title": "Telnyx API v2, Video Rooms part (test fixture)", "version": up["info"]["version"]},
        "servers": [{"url": "https://api.telnyx.com/v2"}],
        "security": up.get("security").cloned().unwrap_or(json!([])),
        "paths": paths,
        "components": components,
    });
    strip_prose(&mut doc, false);
    // Responses need a description; ours is a placeholder that says where it came from.
    fn describe_responses(v: &mut Value) {
        if let Some(m) = v.as_object_mut() {
            if let Some(Value::Object(rs)) = m.get_mut("responses") {
                for r in rs.values_mut() {
                    if r.get("$ref").is_none() {
                        r["description"] = json!("upstream response");
                    }
                }
            }
            m.values_mut().for_each(describe_responses);
        }
    }
    describe_responses(&mut doc["paths"]);
    if let Some(Value::Object(rs)) = doc.pointer_mut("/components/responses") {
        for r in rs.values_mut() {
            r["description"] = json!("upstream response");
        }
    }
    Ok(doc)
}
