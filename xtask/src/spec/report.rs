//! The change report `update-spec` prints: operations, parameters and schema fields that
//! were added, removed or changed.

use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// Describes what changed between two specs: operations, parameters and schema fields.
pub(crate) fn summarize_changes(old: &Value, new: &Value) -> Vec<String> {
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
