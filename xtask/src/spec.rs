//! The offline transform from Telnyx's whole-API OpenAPI document to our `spec/`.
//!
//! Steps, in order: keep the Video Rooms paths; inline parameter and response references;
//! flatten deepObject `filter`/`page` parameters into one parameter per leaf with its wire name;
//! replace every error response by one `4XX`/`5XX` envelope; copy the components the paths
//! reference; lower OpenAPI 3.1 constructs to 3.0.3; strip upstream prose and vendor extensions;
//! then apply `spec/overlay.yaml` (our operationIds, descriptions, additions and fixes).

use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Path prefixes that make up the Video Rooms API.
pub const ROOM_PREFIXES: [&str; 5] = [
    "/rooms",
    "/room_sessions",
    "/room_participants",
    "/room_recordings",
    "/room_compositions",
];

/// Relative location of the generated spec and of our overlay.
pub const SPEC_FILE: &str = "spec/telnyx-rooms.yaml";
/// Relative location of the overlay holding every deliberate change.
pub const OVERLAY_FILE: &str = "spec/overlay.yaml";
/// The document Telnyx publishes for its whole API.
pub const PUBLISHED_URL: &str =
    "https://raw.githubusercontent.com/team-telnyx/openapi/master/openapi/spec3.yml";

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];
const PROSE_KEYS: [&str; 5] = ["description", "summary", "title", "externalDocs", "tags"];

type Result<T> = std::result::Result<T, String>;

/// Runs `update-spec`: reads `from`, transforms it, and writes (or checks) `spec/`.
pub fn update_spec(root: &Path, from: &str, check: bool) -> Result<()> {
    let text = read_input(from)?;
    let overlay_text = std::fs::read_to_string(root.join(OVERLAY_FILE))
        .map_err(|e| format!("cannot read {OVERLAY_FILE}: {e}"))?;
    let upstream = parse_document(&text).map_err(|e| format!("{from}: {e}"))?;
    let overlay: Value = serde_yaml::from_str(&overlay_text)
        .map_err(|e| format!("{OVERLAY_FILE} is not valid YAML: {e}"))?;
    let spec = transform(&upstream, &overlay)?;
    let rendered = render(&spec, from)?;
    let path = root.join(SPEC_FILE);
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    if let Ok(old_doc) = serde_yaml::from_str::<Value>(&old) {
        for line in summarize_changes(&old_doc, &spec) {
            println!("{line}");
        }
    }
    ensure_file_contents(&path, &rendered, check, from)
}

/// Reads the upstream document from a file, or from a URL with `curl` (the one network step).
fn read_input(from: &str) -> Result<String> {
    if from.starts_with("https://") || from.starts_with("http://") {
        let out = std::process::Command::new("curl")
            .args(["--fail", "--silent", "--show-error", "--location", from])
            .output()
            .map_err(|e| format!("cannot run curl to download {from}: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "download of {from} failed: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        String::from_utf8(out.stdout).map_err(|_| format!("{from} is not UTF-8 text"))
    } else {
        std::fs::read_to_string(from).map_err(|e| format!("cannot read {from}: {e}"))
    }
}

/// Parses YAML or JSON (JSON is YAML) and checks it is an OpenAPI 3 document.
pub fn parse_document(text: &str) -> Result<Value> {
    let doc: Value =
        serde_yaml::from_str(text).map_err(|e| format!("not a YAML or JSON document: {e}"))?;
    let version = doc.get("openapi").or_else(|| doc.get("swagger"));
    match version {
        Some(Value::String(v)) if v.starts_with("3.") && doc.get("openapi").is_some() => {}
        Some(v) => {
            let v = v
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| v.to_string());
            return Err(format!(
                "unsupported OpenAPI version `{v}` (need 3.0 or 3.1)"
            ));
        }
        None => return Err("not an OpenAPI document: no `openapi` version field".into()),
    }
    if !doc.get("paths").is_some_and(Value::is_object) {
        return Err("not an OpenAPI document: no `paths` object".into());
    }
    Ok(doc)
}

fn is_rooms_path(p: &str) -> bool {
    ROOM_PREFIXES
        .iter()
        .any(|pre| p == *pre || p.starts_with(&format!("{pre}/")))
}

/// Resolves a local `$ref` (`#/a/b/c`) against the document.
fn resolve<'a>(doc: &'a Value, r: &str) -> Result<&'a Value> {
    let ptr = r
        .strip_prefix('#')
        .ok_or_else(|| format!("only local references are supported, found `{r}`"))?;
    doc.pointer(ptr)
        .ok_or_else(|| format!("dangling reference `{r}`"))
}

/// Follows `$ref` chains until a concrete object.
fn deref<'a>(doc: &'a Value, mut v: &'a Value) -> Result<&'a Value> {
    for _ in 0..16 {
        match v.get("$ref").and_then(Value::as_str) {
            Some(r) => v = resolve(doc, r)?,
            None => return Ok(v),
        }
    }
    Err("reference chain too long".into())
}

/// The whole transform: upstream document + overlay -> our spec.
pub fn transform(up: &Value, overlay: &Value) -> Result<Value> {
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

    // Components the paths reference, transitively.
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

/// Finds the upstream error list schema (`Errors`, or `video_Errors` in newer documents).
fn find_error_schema(up: &Value) -> Result<&Value> {
    for name in ["video_Errors", "Errors"] {
        if let Some(s) = up.pointer(&format!("/components/schemas/{name}")) {
            return Ok(s);
        }
    }
    Err("the document has no `Errors` schema for the error envelope".into())
}

fn transform_operation(
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
fn flatten_parameter(up: &Value, p: &Value, out: &mut Vec<Value>) -> Result<()> {
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

fn flatten_leaves(up: &Value, prefix: &str, schema: &Value, out: &mut Vec<Value>) -> Result<()> {
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

fn collect_refs(v: &Value, out: &mut Vec<String>) {
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

/// OpenAPI 3.1 -> 3.0.3: `type: [X, "null"]`, `examples`, `const`, numeric exclusive bounds,
/// `anyOf`/`oneOf` with a `null` member.
pub fn lower_31(v: &mut Value) {
    match v {
        Value::Object(m) => {
            if let Some(Value::Array(types)) = m.get("type").cloned() {
                let non_null: Vec<_> = types.iter().filter(|t| *t != "null").cloned().collect();
                if non_null.len() < types.len() {
                    m.insert("nullable".into(), json!(true));
                }
                if let [one] = non_null.as_slice() {
                    m.insert("type".into(), one.clone());
                } else {
                    m.remove("type");
                }
            }
            for key in ["anyOf", "oneOf"] {
                if let Some(Value::Array(alts)) = m.get_mut(key) {
                    let before = alts.len();
                    alts.retain(|a| a.get("type").and_then(Value::as_str) != Some("null"));
                    if alts.len() < before {
                        let single = (alts.len() == 1).then(|| alts[0].clone());
                        m.insert("nullable".into(), json!(true));
                        if let Some(Value::Object(one)) = single {
                            m.remove(key);
                            for (k, x) in one {
                                m.entry(k).or_insert(x);
                            }
                        }
                    }
                }
            }
            if let Some(ex) = m.remove("examples") {
                // In a schema, 3.1 `examples` is a list; in a parameter or media type it is a map.
                let first = match &ex {
                    Value::Array(a) => a.first().cloned(),
                    Value::Object(o) => o.values().next().and_then(|e| e.get("value")).cloned(),
                    _ => None,
                };
                if let Some(first) = first {
                    m.entry("example").or_insert(first);
                }
            }
            if let Some(c) = m.remove("const") {
                m.insert("enum".into(), json!([c]));
            }
            for (bound, plain) in [
                ("exclusiveMinimum", "minimum"),
                ("exclusiveMaximum", "maximum"),
            ] {
                if let Some(n @ Value::Number(_)) = m.get(bound).cloned() {
                    m.insert(plain.into(), n);
                    m.insert(bound.into(), json!(true));
                }
            }
            m.values_mut().for_each(lower_31);
        }
        Value::Array(a) => a.iter_mut().for_each(lower_31),
        _ => {}
    }
}

/// Spells formats the OpenAPI way: older upstream documents say `datetime` and `url` where
/// generators expect `date-time` and `uri`, and put `format: integer` on integers.
pub fn normalise_formats(v: &mut Value) {
    match v {
        Value::Object(m) => {
            let renamed = match m.get("format").and_then(Value::as_str) {
                Some("datetime") => Some("date-time"),
                Some("url") => Some("uri"),
                _ => None,
            };
            if let Some(f) = renamed {
                m.insert("format".into(), json!(f));
            }
            let is_int = m.get("type").and_then(Value::as_str) == Some("integer");
            let known_int = matches!(
                m.get("format").and_then(Value::as_str),
                Some("int32" | "int64")
            );
            if is_int && m.contains_key("format") && !known_int {
                m.remove("format");
            }
            m.values_mut().for_each(normalise_formats);
        }
        Value::Array(a) => a.iter_mut().for_each(normalise_formats),
        _ => {}
    }
}

/// Removes upstream prose and vendor extensions. Inside `properties` maps the keys are field
/// names, which are kept whatever they are called.
fn strip_prose(v: &mut Value, keys_are_names: bool) {
    match v {
        Value::Object(m) => {
            if !keys_are_names {
                m.retain(|k, _| !PROSE_KEYS.contains(&k.as_str()) && !k.starts_with("x-"));
            }
            for (k, x) in m.iter_mut() {
                let names = !keys_are_names
                    && matches!(
                        k.as_str(),
                        "properties"
                            | "schemas"
                            | "responses"
                            | "paths"
                            | "securitySchemes"
                            | "content"
                    );
                if k == "example" && !keys_are_names {
                    continue;
                }
                strip_prose(x, names);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| strip_prose(x, false)),
        _ => {}
    }
}

/// Applies `spec/overlay.yaml`. Every entry must find its target, or the update fails naming it.
pub fn apply_overlay(spec: &mut Value, overlay: &Value) -> Result<()> {
    if let Some(info) = overlay.get("info") {
        spec["info"] = info.clone();
    }
    // Operations: keyed "METHOD /path"; give our operationId and our prose.
    let ops = overlay
        .get("operations")
        .and_then(Value::as_object)
        .ok_or("overlay has no `operations` map")?;
    let mut used_ids = BTreeMap::new();
    for (key, entry) in ops {
        let (method, path) = key
            .split_once(' ')
            .ok_or_else(|| format!("overlay operation key `{key}` is not `METHOD /path`"))?;
        let op = spec["paths"]
            .get_mut(path)
            .and_then(|i| i.get_mut(method.to_lowercase()))
            .ok_or_else(|| format!("overlay operation `{key}` no longer exists upstream"))?;
        let id = entry["operation_id"]
            .as_str()
            .ok_or_else(|| format!("overlay operation `{key}` has no operation_id"))?;
        if let Some(prev) = used_ids.insert(id.to_string(), key.clone()) {
            return Err(format!(
                "operationId `{id}` is given to both `{prev}` and `{key}`"
            ));
        }
        op["operationId"] = json!(id);
        for field in ["summary", "description"] {
            if let Some(t) = entry.get(field) {
                op[field] = t.clone();
            }
        }
        if let Some(t) = entry.get("response") {
            if let Some(resps) = op["responses"].as_object_mut() {
                for (code, r) in resps.iter_mut() {
                    if code.starts_with('2') {
                        r["description"] = t.clone();
                    }
                }
            }
        }
    }
    // Upstream operations the overlay does not name keep a snake_case form of upstream's id.
    let mut missing = Vec::new();
    for (path, item) in spec["paths"].as_object().expect("paths").iter() {
        for (m, _) in item.as_object().expect("item").iter() {
            let key = format!("{} {path}", m.to_uppercase());
            if !ops.contains_key(&key) {
                missing.push(key);
            }
        }
    }
    if !missing.is_empty() {
        return Err(format!(
            "upstream has operations the overlay does not name (give each an operation_id): {}",
            missing.join(", ")
        ));
    }

    // Additions: whole components we define ourselves.
    if let Some(adds) = overlay.get("add").and_then(Value::as_object) {
        for (ptr, v) in adds {
            set_pointer(spec, ptr, v.clone())?;
        }
    }

    // Fixes: each with a target (JSON pointer, `*` matches any key), an action and a reason.
    for (i, fix) in overlay
        .get("fixes")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let targets: Vec<&str> = match (&fix["target"], &fix["targets"]) {
            (Value::String(t), _) => vec![t.as_str()],
            (_, Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
            _ => return Err(format!("overlay fix #{} has no target", i + 1)),
        };
        if fix.get("reason").and_then(Value::as_str).is_none() {
            return Err(format!("overlay fix #{} has no reason", i + 1));
        }
        for target in targets {
            if apply_fix(spec, target, fix)? == 0 {
                return Err(format!(
                    "overlay fix `{target}` matches nothing: its target no longer exists upstream"
                ));
            }
        }
    }

    // Our prose for parameters (by wire name) and schemas (by name and field).
    if let Some(params) = overlay.get("parameters").and_then(Value::as_object) {
        let mut unused: BTreeSet<&String> = params.keys().collect();
        for item in spec["paths"].as_object_mut().expect("paths").values_mut() {
            for op in item.as_object_mut().expect("item").values_mut() {
                let params_of_op = op.get_mut("parameters").and_then(Value::as_array_mut);
                for p in params_of_op.into_iter().flatten() {
                    let name = p["name"].as_str().unwrap_or_default().to_string();
                    let Some(entry) = params.get(&name) else {
                        continue;
                    };
                    unused.remove(&name);
                    match entry {
                        Value::String(_) => p["description"] = entry.clone(),
                        Value::Object(m) => {
                            if let Some(d) = m.get("description") {
                                p["description"] = d.clone();
                            }
                            if let Some(Value::Object(merge)) = m.get("schema") {
                                if m.get("reason").and_then(Value::as_str).is_none() {
                                    return Err(format!(
                                        "overlay changes parameter `{name}` without a reason"
                                    ));
                                }
                                for (k, v) in merge {
                                    p["schema"][k] = v.clone();
                                }
                            }
                        }
                        _ => {
                            return Err(format!(
                                "overlay entry for parameter `{name}` must be text or a map"
                            ))
                        }
                    }
                }
            }
        }
        for name in unused {
            // Prose for a parameter this upstream lacks is harmless; a schema change is not.
            if params[name].get("schema").is_some() {
                return Err(format!(
                    "overlay changes parameter `{name}`, which no operation has upstream"
                ));
            }
            eprintln!("note: overlay describes parameter `{name}`, which this upstream lacks");
        }
    }
    if let Some(schemas) = overlay.get("schemas").and_then(Value::as_object) {
        for (name, entry) in schemas {
            let s = spec["components"]["schemas"].get_mut(name).ok_or_else(|| {
                format!("overlay describes schema `{name}`, which upstream lacks")
            })?;
            describe_schema(s, entry, name)?;
        }
    }
    Ok(())
}

fn describe_schema(s: &mut Value, entry: &Value, at: &str) -> Result<()> {
    match entry {
        Value::String(d) => {
            s["description"] = json!(d);
        }
        Value::Object(m) => {
            if let Some(d) = m.get("description") {
                s["description"] = d.clone();
            }
            for (field, sub) in m
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                // Prose for a field this upstream lacks is harmless: note it and go on.
                match s.get_mut("properties").and_then(|p| p.get_mut(field)) {
                    Some(target) => describe_schema(target, sub, &format!("{at}.{field}"))?,
                    None => eprintln!(
                        "note: overlay describes `{at}.{field}`, which this upstream lacks"
                    ),
                }
            }
        }
        _ => return Err(format!("overlay entry for `{at}` must be text or a map")),
    }
    Ok(())
}

fn set_pointer(spec: &mut Value, ptr: &str, v: Value) -> Result<()> {
    let (parent, last) = ptr
        .rsplit_once('/')
        .ok_or_else(|| format!("`{ptr}` is not a JSON pointer"))?;
    let parent = spec
        .pointer_mut(parent)
        .and_then(Value::as_object_mut)
        .ok_or_else(|| format!("overlay addition `{ptr}`: no object at `{parent}`"))?;
    parent.insert(unescape(last), v);
    Ok(())
}

fn unescape(seg: &str) -> String {
    seg.replace("~1", "/").replace("~0", "~")
}

/// Applies one fix to every node its target matches; returns how many matched.
fn apply_fix(spec: &mut Value, target: &str, fix: &Value) -> Result<usize> {
    let segs: Vec<String> = target
        .strip_prefix('/')
        .ok_or_else(|| format!("fix target `{target}` must start with `/`"))?
        .split('/')
        .map(unescape)
        .collect();
    let mut count = 0;
    walk(spec, &segs, fix, &mut count)?;
    Ok(count)
}

fn walk(node: &mut Value, segs: &[String], fix: &Value, count: &mut usize) -> Result<()> {
    let (head, rest) = segs.split_first().expect("non-empty");
    let Some(obj) = node.as_object_mut() else {
        return Ok(());
    };
    let keys: Vec<String> = if head == "*" {
        obj.keys().cloned().collect()
    } else if obj.contains_key(head) {
        vec![head.clone()]
    } else {
        vec![]
    };
    for k in keys {
        if rest.is_empty() {
            *count += 1;
            if fix.get("remove").and_then(Value::as_bool) == Some(true) {
                obj.remove(&k);
            } else if let Some(Value::Object(merge)) = fix.get("merge") {
                let t = obj.get_mut(&k).expect("key exists");
                let t = t
                    .as_object_mut()
                    .ok_or_else(|| format!("fix merges into `{k}`, which is not an object"))?;
                for (mk, mv) in merge {
                    t.insert(mk.clone(), mv.clone());
                }
            } else if let Some(v) = fix.get("set") {
                obj.insert(k, v.clone());
            } else {
                return Err("a fix needs `remove: true`, `merge: {..}` or `set: ..`".into());
            }
        } else {
            walk(obj.get_mut(&k).expect("key exists"), rest, fix, count)?;
        }
    }
    Ok(())
}

const HEADER: &str = "\
# Telnyx Video Rooms API: the OpenAPI document telnyx-rooms is generated from.
# Made by `cargo xtask update-spec` from Telnyx's published document plus spec/overlay.yaml
# (every deliberate change, with its reason). Do not edit by hand: edit the overlay and re-run.
";

/// Renders the spec as YAML with sorted keys and `\n` line ends.
pub fn render(spec: &Value, from: &str) -> Result<String> {
    let body = serde_yaml::to_string(spec).map_err(|e| e.to_string())?;
    let source = from.rsplit(['/', '\\']).next().unwrap_or(from);
    Ok(format!(
        "{HEADER}# Source: {source}\n{}",
        body.replace("\r\n", "\n")
    ))
}

/// Writes `path` if its contents differ; under `check`, fails with a diff instead.
pub fn ensure_file_contents(path: &Path, contents: &str, check: bool, from: &str) -> Result<()> {
    let old = std::fs::read_to_string(path).unwrap_or_default();
    if old == contents {
        println!("{} is up to date", path.display());
        return Ok(());
    }
    if check {
        return Err(format!(
            "{} is not what update-spec makes from {from}:\n{}\nrun: cargo xtask update-spec --from {from}",
            path.display(),
            line_diff(&old, contents)
        ));
    }
    std::fs::write(path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    println!("wrote {}", path.display());
    Ok(())
}

/// A small line diff: the first differing region, with a few lines of context.
fn line_diff(old: &str, new: &str) -> String {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    let start = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let end = a[start..]
        .iter()
        .rev()
        .zip(b[start..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let mut out = format!("@@ line {} @@\n", start + 1);
    for l in &a[start..a.len() - end] {
        out.push_str(&format!("-{l}\n"));
    }
    for l in &b[start..b.len() - end] {
        out.push_str(&format!("+{l}\n"));
    }
    out
}

/// Describes what changed between two specs: operations, parameters and schema fields.
pub fn summarize_changes(old: &Value, new: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let ops = |d: &Value| -> BTreeMap<String, Value> {
        let mut m = BTreeMap::new();
        for (p, item) in d["paths"].as_object().into_iter().flatten() {
            for (meth, op) in item.as_object().into_iter().flatten() {
                m.insert(format!("{} {p}", meth.to_uppercase()), op.clone());
            }
        }
        m
    };
    let (a, b) = (ops(old), ops(new));
    for k in a.keys().filter(|k| !b.contains_key(*k)) {
        out.push(format!("operation removed: {k}"));
    }
    for (k, op) in &b {
        let Some(prev) = a.get(k) else {
            out.push(format!("operation added: {k}"));
            continue;
        };
        let params = |o: &Value| -> BTreeMap<String, Value> {
            o["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| {
                    (
                        p["name"].as_str().unwrap_or("").to_string(),
                        p["schema"].clone(),
                    )
                })
                .collect()
        };
        let (pa, pb) = (params(prev), params(op));
        for n in pa.keys().filter(|n| !pb.contains_key(*n)) {
            out.push(format!("{k}: parameter removed: {n}"));
        }
        for (n, s) in &pb {
            match pa.get(n) {
                None => out.push(format!("{k}: parameter added: {n}")),
                Some(old) if strip_docs(old) != strip_docs(s) => {
                    out.push(format!("{k}: parameter retyped: {n}"))
                }
                _ => {}
            }
        }
    }
    let empty = Map::new();
    let sa = old["components"]["schemas"].as_object().unwrap_or(&empty);
    let sb = new["components"]["schemas"].as_object().unwrap_or(&empty);
    for n in sa.keys().filter(|n| !sb.contains_key(*n)) {
        out.push(format!("schema removed: {n}"));
    }
    for (n, s) in sb {
        let Some(prev) = sa.get(n) else {
            out.push(format!("schema added: {n}"));
            continue;
        };
        let fa = prev["properties"].as_object().unwrap_or(&empty);
        let fb = s["properties"].as_object().unwrap_or(&empty);
        for f in fa.keys().filter(|f| !fb.contains_key(*f)) {
            out.push(format!("{n}: field removed: {f}"));
        }
        for (f, fs) in fb {
            match fa.get(f) {
                None => out.push(format!("{n}: field added: {f}")),
                Some(o) if strip_docs(o) != strip_docs(fs) => {
                    out.push(format!("{n}: field retyped: {f}"))
                }
                _ => {}
            }
        }
    }
    out
}

fn strip_docs(v: &Value) -> Value {
    let mut v = v.clone();
    if let Some(m) = v.as_object_mut() {
        m.remove("description");
        m.remove("example");
    }
    v
}

/// The Video Rooms part of an upstream document as it is (OpenAPI version, deepObject
/// parameters, error responses untouched), with upstream's prose stripped: structure and
/// example values only. The contract tests serve it with Prism to check our wire format
/// against Telnyx's own contract.
pub fn upstream_fixture(up: &Value) -> Result<Value> {
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

/// Writes (or checks) the upstream fixture used by the contract tests.
pub fn write_fixture(root: &Path, from: &str, out: &str, check: bool) -> Result<()> {
    let up = parse_document(&read_input(from)?).map_err(|e| format!("{from}: {e}"))?;
    let doc = upstream_fixture(&up)?;
    let header = format!(
        "# Video Rooms part of {}, made by `cargo xtask upstream-fixture`.\n\
         # Structure and example values only: upstream's prose is stripped. Test data, not our spec.\n",
        Path::new(from).file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default()
    );
    let body = serde_yaml::to_string(&doc).map_err(|e| e.to_string())?;
    ensure_file_contents(&root.join(out), &format!("{header}{body}"), check, from)
}

#[cfg(test)]
mod tests;
