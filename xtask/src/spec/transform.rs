//! The transform: keep the Video Rooms paths, inline parameter and response references,
//! flatten deepObject parameters to their wire names, one error envelope per operation, copy
//! the components the paths reference; then `lower` and the overlay.

use serde_json::{json, Map, Value};
use std::collections::BTreeSet;

use super::lower::{lower_31, normalise_formats, strip_prose};
use super::{Result, METHODS, ROOM_PREFIXES};

pub(super) fn is_rooms_path(p: &str) -> bool {
    ROOM_PREFIXES
        .iter()
        .any(|pre| p == *pre || p.starts_with(&format!("{pre}/")))
}

/// Resolves a local `$ref` (`#/a/b/c`) against the document.
pub(super) fn resolve<'a>(doc: &'a Value, r: &str) -> Result<&'a Value> {
    let ptr = r
        .strip_prefix('#')
        .ok_or_else(|| format!("only local references are supported, found `{r}`"))?;
    doc.pointer(ptr)
        .ok_or_else(|| format!("dangling reference `{r}`"))
}

/// Follows `$ref` chains until a concrete object.
pub(super) fn deref<'a>(doc: &'a Value, mut v: &'a Value) -> Result<&'a Value> {
    for _ in 0..16 {
        match v.get("$ref").and_then(Value::as_str) {
            Some(r) => v = resolve(doc, r)?,
            None => return Ok(v),
        }
    }
    Err("reference chain too long".into())
}

/// The whole transform: upstream document + overlay -> our spec.
pub(crate) fn transform(up: &Value, overlay: &Value) -> Result<Value> {
    let up_paths = up["paths"].as_object().expect("checked by parse_document");
    let mut paths = Map::new();
    for (p, item) in up_paths.iter().filter(|(p, _)| is_rooms_path(p)) {
        let item = deref(up, item)?;
        let shared_params = item.get("parameters").cloned().unwrap_or(json!([]));
        let mut out_item = Map::new();
        for m in METHODS {
            let Some(op) = item.get(m) else { continue };
            out_item.insert(m.into(), transform_operation(up, op, &shared_params, p, m)?);
        }
        paths.insert(p.clone(), Value::Object(out_item));
    }
    if paths.is_empty() {
        return Err(format!(
            "the document has no Video Rooms paths (none under {})",
            ROOM_PREFIXES.join(", ")
        ));
    }

    let schemas = referenced_schemas(up, &paths)?;
    let mut spec = json!({
        "openapi": "3.0.3",
        "info": {"title": "Telnyx Video Rooms API", "version": "2.0.0"},
        "servers": [{"url": "https://api.telnyx.com/v2"}],
        "security": [{"bearerAuth": []}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "responses": {"Error": {
                "description": "error",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Errors"}}}
            }},
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}
        }
    });
    lower_31(&mut spec);
    normalise_formats(&mut spec);
    strip_prose(&mut spec, false);
    // OpenAPI 3.0 requires a description on every response; ours replace upstream's.
    spec["components"]["responses"]["Error"]["description"] =
        json!("An error, in Telnyx's `errors` envelope.");
    for item in spec["paths"].as_object_mut().expect("paths").values_mut() {
        for op in item.as_object_mut().expect("item").values_mut() {
            for (code, r) in op["responses"]
                .as_object_mut()
                .expect("responses")
                .iter_mut()
            {
                if code.starts_with('2') {
                    r["description"] = json!("Success.");
                }
            }
        }
    }
    crate::spec::apply_overlay(&mut spec, overlay)?;
    Ok(spec)
}

/// The schemas the paths reference, transitively, with our `Errors` envelope of upstream's
/// error item.
fn referenced_schemas(up: &Value, paths: &Map<String, Value>) -> Result<Map<String, Value>> {
    let mut schemas = Map::new();
    let mut todo: Vec<String> = Vec::new();
    collect_refs(&Value::Object(paths.clone()), &mut todo);
    let mut seen = BTreeSet::new();
    while let Some(r) = todo.pop() {
        if r == "#/components/responses/Error" || !seen.insert(r.clone()) {
            continue;
        }
        let Some(name) = r.strip_prefix("#/components/schemas/") else {
            return Err(format!("unexpected reference `{r}` left after inlining"));
        };
        let s = resolve(up, &r)?.clone();
        collect_refs(&s, &mut todo);
        schemas.insert(name.to_string(), s);
    }
    let error_schema = find_error_schema(up)?;
    let error_item = error_schema
        .pointer("/properties/errors/items")
        .and_then(|i| i.get("$ref"))
        .and_then(Value::as_str)
        .map(|r| resolve(up, r))
        .transpose()?
        .ok_or("the upstream `Errors` schema has no `errors` array of `$ref` items")?
        .clone();
    schemas.insert(
        "Errors".into(),
        json!({"type": "object", "properties": {"errors": {"type": "array", "items": {"$ref": "#/components/schemas/Error"}}}}),
    );
    schemas.insert("Error".into(), error_item);
    Ok(schemas)
}

/// Finds the upstream error list schema (`Errors`, or `video_Errors` in newer documents).
pub(super) fn find_error_schema(up: &Value) -> Result<&Value> {
    for name in ["video_Errors", "Errors"] {
        if let Some(s) = up.pointer(&format!("/components/schemas/{name}")) {
            return Ok(s);
        }
    }
    Err("the document has no `Errors` schema for the error envelope".into())
}

pub(super) fn transform_operation(
    up: &Value,
    op: &Value,
    shared_params: &Value,
    path: &str,
    method: &str,
) -> Result<Value> {
    let mut out = Map::new();
    let here = format!("{} {path}", method.to_uppercase());
    let id = op
        .get("operationId")
        .and_then(Value::as_str)
        .ok_or_else(|| format!("{here} has no operationId"))?;
    out.insert("operationId".into(), json!(id));

    // Parameters: path-level first, then the operation's, each inlined and flattened.
    let mut params: Vec<Value> = Vec::new();
    let all = shared_params.as_array().into_iter().flatten().chain(
        op.get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten(),
    );
    for p in all {
        let p = deref(up, p)?;
        flatten_parameter(up, p, &mut params)?;
    }
    // One canonical order (path, then query, by name) and no explicit `required: false`, so
    // documents that differ only in how they list parameters give the same spec.
    for p in &mut params {
        if p.get("required") == Some(&json!(false)) {
            p.as_object_mut().expect("object").remove("required");
        }
    }
    params.sort_by_key(|p| {
        (
            p["in"] != "path",
            p["name"].as_str().unwrap_or("").to_string(),
        )
    });
    if !params.is_empty() {
        out.insert("parameters".into(), Value::Array(params));
    }

    if let Some(body) = op.get("requestBody") {
        let mut body = deref(up, body)?.clone();
        if let Some(obj) = body.as_object_mut() {
            obj.retain(|k, _| k == "content" || k == "required");
        }
        out.insert("requestBody".into(), body);
    }

    let mut responses = Map::new();
    let mut found_success = false;
    for (code, resp) in op
        .get("responses")
        .and_then(Value::as_object)
        .ok_or_else(|| format!("{here} has no responses"))?
    {
        if !code.starts_with('2') {
            continue;
        }
        found_success = true;
        let mut resp = deref(up, resp)?.clone();
        let obj = resp.as_object_mut().ok_or("response is not an object")?;
        obj.retain(|k, _| k == "content");
        obj.insert("description".into(), json!("success"));
        responses.insert(code.clone(), resp);
    }
    if !found_success {
        return Err(format!("{here} declares no 2xx response"));
    }
    for code in ["4XX", "5XX"] {
        responses.insert(code.into(), json!({"$ref": "#/components/responses/Error"}));
    }
    out.insert("responses".into(), Value::Object(responses));
    Ok(Value::Object(out))
}

/// Turns a deepObject object parameter into flat `name[a][b]` parameters; copies others.
pub(super) fn flatten_parameter(up: &Value, p: &Value, out: &mut Vec<Value>) -> Result<()> {
    let name = p["name"].as_str().ok_or("parameter without a name")?;
    let schema = deref(up, p.get("schema").unwrap_or(&Value::Null))?;
    let is_object = schema.get("type").and_then(Value::as_str) == Some("object")
        || schema.get("properties").is_some();
    if p.get("in").and_then(Value::as_str) == Some("query") && is_object {
        flatten_leaves(up, name, schema, out)
    } else {
        let mut p = p.clone();
        let obj = p.as_object_mut().ok_or("parameter is not an object")?;
        obj.retain(|k, _| matches!(k.as_str(), "name" | "in" | "required" | "schema"));
        obj.insert("schema".into(), schema.clone());
        out.push(p);
        Ok(())
    }
}

pub(super) fn flatten_leaves(
    up: &Value,
    prefix: &str,
    schema: &Value,
    out: &mut Vec<Value>,
) -> Result<()> {
    let props = schema
        .get("properties")
        .and_then(Value::as_object)
        .ok_or_else(|| format!("object parameter `{prefix}` has no properties"))?;
    for (k, s) in props {
        let s = deref(up, s)?;
        let wire = format!("{prefix}[{k}]");
        if s.get("properties").is_some() {
            flatten_leaves(up, &wire, s, out)?;
        } else {
            out.push(json!({"name": wire, "in": "query", "required": false, "schema": s}));
        }
    }
    Ok(())
}

pub(super) fn collect_refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                match (k.as_str(), x) {
                    ("$ref", Value::String(r)) => out.push(r.clone()),
                    _ => collect_refs(x, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| collect_refs(x, out)),
        _ => {}
    }
}
