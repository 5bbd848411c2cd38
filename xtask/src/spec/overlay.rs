//! Applying `spec/overlay.yaml`: our operationIds and prose, components we add, and every
//! deliberate fix with its reason. Every entry must find its target, or the update stops.

use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

use super::Result;

/// Applies `spec/overlay.yaml`. Every entry must find its target, or the update fails naming it.
pub(crate) fn apply_overlay(spec: &mut Value, overlay: &Value) -> Result<()> {
    if let Some(info) = overlay.get("info") {
        spec["info"] = info.clone();
    }
    let ops = name_operations(spec, overlay)?;
    every_operation_named(spec, ops)?;
    // Additions: whole components we define ourselves.
    if let Some(adds) = overlay.get("add").and_then(Value::as_object) {
        for (ptr, v) in adds {
            set_pointer(spec, ptr, v.clone())?;
        }
    }

    apply_fixes(spec, overlay)?;
    describe_parameters(spec, overlay)?;
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

/// Operations, keyed "METHOD /path": our operationId and our prose. Returns the overlay's map.
fn name_operations<'o>(
    spec: &mut Value,
    overlay: &'o Value,
) -> Result<&'o serde_json::Map<String, Value>> {
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
    Ok(ops)
}

/// Every operation must be named by the overlay: one it does not name is an error, so a new
/// upstream operation is reviewed before it gets into the client.
fn every_operation_named(spec: &Value, ops: &serde_json::Map<String, Value>) -> Result<()> {
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

    Ok(())
}

/// Fixes: each with a target (JSON pointer, `*` matches any key), an action and a reason.
fn apply_fixes(spec: &mut Value, overlay: &Value) -> Result<()> {
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

    Ok(())
}

/// Our prose for parameters, by wire name (and a schema change, with its reason).
fn describe_parameters(spec: &mut Value, overlay: &Value) -> Result<()> {
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
    Ok(())
}

pub(super) fn describe_schema(s: &mut Value, entry: &Value, at: &str) -> Result<()> {
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

pub(super) fn set_pointer(spec: &mut Value, ptr: &str, v: Value) -> Result<()> {
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

pub(super) fn unescape(seg: &str) -> String {
    seg.replace("~1", "/").replace("~0", "~")
}

/// Applies one fix to every node its target matches; returns how many matched.
pub(super) fn apply_fix(spec: &mut Value, target: &str, fix: &Value) -> Result<usize> {
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

pub(super) fn walk(
    node: &mut Value,
    segs: &[String],
    fix: &Value,
    count: &mut usize,
) -> Result<()> {
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
