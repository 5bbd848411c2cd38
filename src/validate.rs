//! Pre-send validation: every request is checked against the constraints of `spec/` (ranges,
//! formats, enums) before it leaves, and refused with the field's wire name and the rule. The
//! rules are the generated operation table's ([`crate::operation`]); the emulator answers 422
//! with the same checks.

use std::fmt;

use serde_json::Value;

use crate::operation::{Format, Location, Operation, Rule};

/// A value that breaks one of the spec's rules: which field, where, and the rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// The field's wire name: a query parameter (`page[size]`) or a path into the body
    /// (`max_participants`, `video_layout.first.x_pos`, `exclude[0]`); `body` for the whole.
    pub field: String,
    /// Whether the field is in the request body (else a query parameter).
    pub in_body: bool,
    /// What is wrong, naming the field and the rule, e.g.
    /// "`max_participants` must be between 2 and 50, got 51".
    pub message: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Violation {}

fn violation(field: &str, in_body: bool, message: String) -> Violation {
    Violation {
        field: field.to_string(),
        in_body,
        message,
    }
}

/// A bulk operation ([`Operation::is_bulk`]) must be sent with at least one filter.
pub(crate) fn check_bulk_filter(op: Operation, request: &reqwest::Request) -> Result<(), String> {
    if !op.is_bulk()
        || request
            .url()
            .query_pairs()
            .any(|(k, _)| k.starts_with("filter["))
    {
        return Ok(());
    }
    let filters: Vec<String> = op.filters().map(|f| format!("`{f}`")).collect();
    Err(format!(
        "`{op}` (`{} {}`) sent with no filter acts on everything in the account; set one of {}, \
         or make the call that says so{}",
        op.method(),
        op.path(),
        filters.join(", "),
        if op == Operation::DeleteRoomRecordings {
            " (Client::delete_every_recording_of_the_account)"
        } else {
            ""
        }
    ))
}

/// Checks a built request against its operation's rules.
pub(crate) fn check(op: Operation, request: &reqwest::Request) -> Result<(), Violation> {
    if request.url().query().is_some() {
        for (name, value) in request.url().query_pairs() {
            check_query_value(op, &name, &value)?;
        }
    }
    if let (Some(rule), Some(bytes)) = (op.body(), request.body().and_then(reqwest::Body::as_bytes))
    {
        let body: Value = serde_json::from_slice(bytes)
            .map_err(|e| violation("body", true, format!("request body is not JSON: {e}")))?;
        check_value("", &body, rule)?;
    }
    Ok(())
}

/// Checks decoded query pairs and a JSON body against an operation's rules.
pub(crate) fn check_parts(
    op: Operation,
    query: &[(String, String)],
    body: Option<&Value>,
) -> Result<(), Violation> {
    for (name, value) in query {
        check_query_value(op, name, value)?;
    }
    if let (Some(body), Some(rule)) = (body, op.body()) {
        check_value("", body, rule)?;
    }
    Ok(())
}

/// A page number or size a caller set, checked against its parameter's rule: `Some` of a
/// positive value, or the violation.
pub(crate) fn page_param(
    op: Operation,
    wire: &str,
    value: Option<i64>,
) -> Result<Option<std::num::NonZeroU64>, Violation> {
    let Some(n) = value else { return Ok(None) };
    if let Some(p) = op.param(wire) {
        check_named(wire, false, &Value::from(n), &p.rule)?;
    }
    u64::try_from(n)
        .ok()
        .and_then(std::num::NonZeroU64::new)
        .map(Some)
        .ok_or_else(|| violation(wire, false, format!("`{wire}` must be at least 1, got {n}")))
}

fn check_query_value(op: Operation, name: &str, raw: &str) -> Result<(), Violation> {
    let Some(param) = op.param(name).filter(|p| p.location == Location::Query) else {
        return Ok(());
    };
    let value = match param.rule {
        Rule::Integer { .. } => Value::from(raw.parse::<i64>().map_err(|_| {
            violation(
                name,
                false,
                format!("`{name}` must be an integer, got `{raw}`"),
            )
        })?),
        Rule::Boolean => Value::from(raw.parse::<bool>().map_err(|_| {
            violation(
                name,
                false,
                format!("`{name}` must be true or false, got `{raw}`"),
            )
        })?),
        _ => Value::from(raw),
    };
    check_named(name, false, &value, &param.rule)
}

fn field(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Checks a body value; `path` names the field (empty for the whole body).
fn check_value(path: &str, v: &Value, rule: &Rule) -> Result<(), Violation> {
    check_named(if path.is_empty() { "body" } else { path }, true, v, rule)
}

fn check_named(name: &str, in_body: bool, v: &Value, rule: &Rule) -> Result<(), Violation> {
    let fail = |message: String| Err(violation(name, in_body, message));
    if v.is_null() {
        return Ok(()); // absent or null: the spec's optional fields
    }
    match *rule {
        Rule::Any => {}
        Rule::OneOf(alts) => {
            let mut reasons = Vec::new();
            for alt in alts {
                match check_named(name, in_body, v, alt) {
                    Ok(()) => return Ok(()),
                    Err(e) => reasons.push(e.message),
                }
            }
            return fail(format!(
                "`{name}` matches none of its allowed forms: {}",
                reasons.join("; or ")
            ));
        }
        Rule::Boolean => {
            if !v.is_boolean() {
                return fail(format!("`{name}` must be true or false, got {v}"));
            }
        }
        Rule::Integer { minimum, maximum } => {
            let Some(n) = v.as_i64() else {
                return fail(format!("`{name}` must be an integer, got {v}"));
            };
            if minimum.is_some_and(|m| n < m) || maximum.is_some_and(|m| n > m) {
                return fail(match (minimum, maximum) {
                    (Some(a), Some(b)) => format!("`{name}` must be between {a} and {b}, got {n}"),
                    (Some(a), None) => format!("`{name}` must be at least {a}, got {n}"),
                    (None, Some(b)) => format!("`{name}` must be at most {b}, got {n}"),
                    (None, None) => unreachable!("a bound was broken"),
                });
            }
        }
        Rule::String { format, allowed } => {
            let Some(s) = v.as_str() else {
                return fail(format!("`{name}` must be a string, got {v}"));
            };
            if !allowed.is_empty() && !allowed.contains(&s) {
                let list: Vec<String> = allowed.iter().map(|a| format!("\"{a}\"")).collect();
                return fail(format!(
                    "`{name}` must be one of {}, got \"{s}\"",
                    list.join(", ")
                ));
            }
            let ok = match format {
                Format::Uuid => uuid::Uuid::parse_str(s).is_ok(),
                Format::Uri => reqwest::Url::parse(s)
                    .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.has_host()),
                Format::Date => s.parse::<chrono::NaiveDate>().is_ok(),
                Format::DateTime => chrono::DateTime::parse_from_rfc3339(s).is_ok(),
                Format::Text => true,
            };
            if !ok {
                let rule = match format {
                    Format::Uuid => "a UUID",
                    Format::Uri => "an absolute URL with an http or https scheme",
                    Format::Date => "a date (YYYY-MM-DD)",
                    Format::DateTime => "an RFC 3339 date and time",
                    Format::Text => unreachable!("any text passes"),
                };
                return fail(format!("`{name}` must be {rule}, got `{s}`"));
            }
        }
        Rule::Array { items } => {
            let Some(list) = v.as_array() else {
                return fail(format!("`{name}` must be a list, got {v}"));
            };
            for (i, x) in list.iter().enumerate() {
                check_named(&format!("{name}[{i}]"), in_body, x, items)?;
            }
        }
        Rule::Object {
            required,
            properties,
            additional,
        } => {
            let Some(obj) = v.as_object() else {
                return fail(format!("`{name}` must be an object, got {v}"));
            };
            let path = if name == "body" && in_body { "" } else { name };
            for key in required {
                if !obj.contains_key(*key) {
                    let f = field(path, key);
                    return Err(violation(&f, in_body, format!("`{f}` is required")));
                }
            }
            for (k, x) in obj {
                let rule = properties
                    .iter()
                    .find(|(p, _)| p == k)
                    .map(|(_, r)| r)
                    .or(additional);
                if let Some(rule) = rule {
                    check_named(&field(path, k), in_body, x, rule)?;
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn messages_name_field_and_rule() {
        const S: Rule = Rule::Object {
            required: &[],
            properties: &[
                (
                    "max_participants",
                    Rule::Integer {
                        minimum: Some(2),
                        maximum: Some(50),
                    },
                ),
                (
                    "webhook_event_url",
                    Rule::String {
                        format: Format::Uri,
                        allowed: &[],
                    },
                ),
                (
                    "ids",
                    Rule::Array {
                        items: &Rule::String {
                            format: Format::Uuid,
                            allowed: &[],
                        },
                    },
                ),
            ],
            additional: None,
        };
        let e = check_value("", &json!({"max_participants": 51}), &S).unwrap_err();
        assert_eq!(
            e.message,
            "`max_participants` must be between 2 and 50, got 51"
        );
        assert_eq!((e.field.as_str(), e.in_body), ("max_participants", true));
        let e = check_value("", &json!({"webhook_event_url": "ftp://x"}), &S).unwrap_err();
        assert!(
            e.message
                .starts_with("`webhook_event_url` must be an absolute URL"),
            "{e}"
        );
        let e = check_value("", &json!({"ids": ["nope"]}), &S).unwrap_err();
        assert_eq!(e.message, "`ids[0]` must be a UUID, got `nope`");
        assert!(check_value("", &json!({"max_participants": 2, "ids": []}), &S).is_ok());
    }

    #[test]
    fn the_table_carries_the_spec_rules() {
        let create = Operation::CreateRoom.body().unwrap();
        let Rule::Object { properties, .. } = create else {
            panic!("{create:?}")
        };
        let max = properties.iter().find(|(n, _)| *n == "max_participants");
        assert_eq!(
            max.map(|(_, r)| *r),
            Some(Rule::Integer {
                minimum: Some(2),
                maximum: Some(50)
            })
        );
        for op in Operation::ALL
            .into_iter()
            .filter(|op| op.id().starts_with("list_"))
        {
            let size = op.param("page[size]").unwrap();
            assert_eq!(
                size.rule,
                Rule::Integer {
                    minimum: Some(1),
                    maximum: Some(250)
                },
                "{op}"
            );
        }
        let e = check_parts(
            Operation::ListRooms,
            &[("page[size]".into(), "0".into())],
            None,
        )
        .unwrap_err();
        assert_eq!((e.field.as_str(), e.in_body), ("page[size]", false));
    }
}
