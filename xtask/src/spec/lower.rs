//! Lowering: OpenAPI 3.1 constructs to 3.0.3, format names normalised, upstream prose and
//! vendor extensions stripped.

use serde_json::{json, Value};

use super::PROSE_KEYS;

/// OpenAPI 3.1 -> 3.0.3: `type: [X, "null"]`, `examples`, `const`, numeric exclusive bounds,
/// `anyOf`/`oneOf` with a `null` member.
pub(crate) fn lower_31(v: &mut Value) {
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
pub(crate) fn normalise_formats(v: &mut Value) {
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
pub(super) fn strip_prose(v: &mut Value, keys_are_names: bool) {
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
