//! Pre-send validation: every request is checked against the constraints of `spec/` (ranges,
//! formats, enums) before it leaves, and refused with the field's wire name and the rule.
//! The rules come from the spec at build time (`request_rules.json` in `OUT_DIR`).

use std::collections::HashMap;
use std::sync::OnceLock;

use serde_json::{Map, Value};

static RULES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/request_rules.json"));

/// One operation's rules, indexed once.
struct OpRules {
    method: String,
    path: String,
    query: Map<String, Value>,
    /// The body schema, when the operation has a body with anything to check.
    body: Option<Value>,
}

fn rules() -> &'static HashMap<String, OpRules> {
    static RULES: OnceLock<HashMap<String, OpRules>> = OnceLock::new();
    RULES.get_or_init(|| {
        let all: Map<String, Value> =
            serde_json::from_str(RULES_JSON).expect("build.rs writes valid JSON");
        all.into_iter()
            .map(|(id, mut op)| {
                let rules = OpRules {
                    method: op["method"].as_str().unwrap_or_default().to_string(),
                    path: op["path"].as_str().unwrap_or_default().to_string(),
                    query: op["query"].as_object().cloned().unwrap_or_default(),
                    body: Some(op["body"].take()).filter(Value::is_object),
                };
                (id, rules)
            })
            .collect()
    })
}

fn op(operation_id: &str) -> &'static OpRules {
    rules()
        .get(operation_id)
        .expect("every generated operation has rules")
}

/// The path template of an operation, e.g. `/rooms/{room_id}` (for logs: no ids, no values).
pub(crate) fn path_template(operation_id: &str) -> &'static str {
    &op(operation_id).path
}

/// A bulk operation (a `DELETE` that takes `filter[...]` parameters, such as
/// `DELETE /room_recordings`) acts on everything its filters match: with none, on everything in
/// the account. It must be sent with at least one filter.
pub(crate) fn check_bulk_filter(
    operation_id: &str,
    request: &reqwest::Request,
) -> Result<(), String> {
    let op = op(operation_id);
    let bulk = op.method == "DELETE" && op.query.keys().any(|k| k.starts_with("filter["));
    if !bulk
        || request
            .url()
            .query_pairs()
            .any(|(k, _)| k.starts_with("filter["))
    {
        return Ok(());
    }
    Err(format!(
        "`filter[...]` is required: `DELETE {}` with no filter deletes every recording of the \
         account; set a filter, or call Client::delete_every_recording_of_the_account to do \
         exactly that",
        op.path
    ))
}

/// Every operation as (operationId, method, path template), for the emulator's routing test.
#[cfg(all(test, feature = "emulator"))]
pub(crate) fn operations() -> Vec<(&'static str, &'static str, &'static str)> {
    rules()
        .iter()
        .map(|(id, op)| (id.as_str(), op.method.as_str(), op.path.as_str()))
        .collect()
}

/// Checks a built request against its operation's rules.
pub(crate) fn check(operation_id: &str, request: &reqwest::Request) -> Result<(), String> {
    let op = op(operation_id);
    if request.url().query().is_some() {
        for (name, value) in request.url().query_pairs() {
            if let Some(schema) = op.query.get(name.as_ref()) {
                check_query_value(&name, &value, schema)?;
            }
        }
    }
    if let (Some(schema), Some(bytes)) =
        (&op.body, request.body().and_then(reqwest::Body::as_bytes))
    {
        let body: Value =
            serde_json::from_slice(bytes).map_err(|e| format!("request body is not JSON: {e}"))?;
        check_value("", &body, schema)?;
    }
    Ok(())
}

fn check_query_value(name: &str, raw: &str, schema: &Value) -> Result<(), String> {
    let value = match schema["type"].as_str() {
        Some("integer") => Value::from(
            raw.parse::<i64>()
                .map_err(|_| format!("`{name}` must be an integer, got `{raw}`"))?,
        ),
        Some("boolean") => Value::from(
            raw.parse::<bool>()
                .map_err(|_| format!("`{name}` must be true or false, got `{raw}`"))?,
        ),
        _ => Value::from(raw),
    };
    check_value(name, &value, schema)
}

fn field(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Checks `v` against a (ref-free) schema. `path` names the field in messages.
fn check_value(path: &str, v: &Value, schema: &Value) -> Result<(), String> {
    let name = if path.is_empty() { "body" } else { path };
    if v.is_null() {
        return Ok(()); // absent or null: the spec's optional fields
    }
    if let Some(alts) = schema["oneOf"].as_array().or(schema["anyOf"].as_array()) {
        let mut reasons = Vec::new();
        for alt in alts {
            match check_value(path, v, alt) {
                Ok(()) => return Ok(()),
                Err(e) => reasons.push(e),
            }
        }
        return Err(format!(
            "`{name}` matches none of its allowed forms: {}",
            reasons.join("; or ")
        ));
    }
    if let Some(allowed) = schema["enum"].as_array() {
        if !allowed.contains(v) {
            let list: Vec<String> = allowed.iter().map(|a| a.to_string()).collect();
            return Err(format!(
                "`{name}` must be one of {}, got {v}",
                list.join(", ")
            ));
        }
    }
    match schema["type"].as_str() {
        Some("integer") => {
            let n = v
                .as_i64()
                .ok_or_else(|| format!("`{name}` must be an integer, got {v}"))?;
            let (min, max) = (schema["minimum"].as_i64(), schema["maximum"].as_i64());
            let ok = min.is_none_or(|m| n >= m) && max.is_none_or(|m| n <= m);
            if !ok {
                return Err(match (min, max) {
                    (Some(a), Some(b)) => format!("`{name}` must be between {a} and {b}, got {n}"),
                    (Some(a), None) => format!("`{name}` must be at least {a}, got {n}"),
                    (None, Some(b)) => format!("`{name}` must be at most {b}, got {n}"),
                    (None, None) => unreachable!(),
                });
            }
        }
        Some("string") => {
            let s = v
                .as_str()
                .ok_or_else(|| format!("`{name}` must be a string, got {v}"))?;
            match schema["format"].as_str() {
                Some("uuid") if uuid::Uuid::parse_str(s).is_err() => {
                    return Err(format!("`{name}` must be a UUID, got `{s}`"));
                }
                Some("uri") => match reqwest::Url::parse(s) {
                    Ok(u) if matches!(u.scheme(), "http" | "https") && u.has_host() => {}
                    _ => {
                        return Err(format!(
                        "`{name}` must be an absolute URL with an http or https scheme, got `{s}`"
                    ))
                    }
                },
                _ => {}
            }
        }
        Some("object") | None if v.is_object() => {
            let obj = v.as_object().expect("checked");
            for req in schema["required"].as_array().into_iter().flatten() {
                let key = req.as_str().unwrap_or_default();
                if !obj.contains_key(key) {
                    return Err(format!("`{}` is required", field(path, key)));
                }
            }
            for (k, x) in obj {
                if let Some(s) = schema["properties"].get(k) {
                    check_value(&field(path, k), x, s)?;
                } else if schema["additionalProperties"].is_object() {
                    check_value(&field(path, k), x, &schema["additionalProperties"])?;
                }
            }
        }
        Some("array") => {
            let items = v
                .as_array()
                .ok_or_else(|| format!("`{name}` must be a list, got {v}"))?;
            for (i, x) in items.iter().enumerate() {
                check_value(&format!("{name}[{i}]"), x, &schema["items"])?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Checks decoded query pairs and a JSON body against an operation's rules (used by the
/// emulator to answer 422 as Telnyx does). The error is the message; its field is the first
/// backticked name in it.
#[cfg(feature = "emulator")]
pub(crate) fn check_parts(
    operation_id: &str,
    query: &[(String, String)],
    body: Option<&Value>,
) -> Result<(), String> {
    let op = op(operation_id);
    for (name, value) in query {
        if let Some(schema) = op.query.get(name.as_str()) {
            check_query_value(name, value, schema)?;
        }
    }
    if let (Some(body), Some(schema)) = (body, &op.body) {
        check_value("", body, schema)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn messages_name_field_and_rule() {
        let s = json!({"type": "object", "properties": {
            "max_participants": {"type": "integer", "minimum": 2, "maximum": 50},
            "webhook_event_url": {"type": "string", "format": "uri"},
            "ids": {"type": "array", "items": {"type": "string", "format": "uuid"}}}});
        let e = check_value("", &json!({"max_participants": 51}), &s).unwrap_err();
        assert_eq!(e, "`max_participants` must be between 2 and 50, got 51");
        let e = check_value("", &json!({"webhook_event_url": "ftp://x"}), &s).unwrap_err();
        assert!(
            e.starts_with("`webhook_event_url` must be an absolute URL"),
            "{e}"
        );
        let e = check_value("", &json!({"ids": ["nope"]}), &s).unwrap_err();
        assert_eq!(e, "`ids[0]` must be a UUID, got `nope`");
        assert!(check_value("", &json!({"max_participants": 2, "ids": []}), &s).is_ok());
    }

    #[test]
    fn every_operation_has_rules_and_a_path() {
        let r = rules();
        assert_eq!(r.len(), 25);
        for (id, op) in r {
            assert!(op.path.starts_with("/room"), "{id}");
        }
    }
}
