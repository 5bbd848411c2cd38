//! Pre-send validation: every request is checked against the constraints of `spec/` (ranges,
//! formats, enums) before it leaves, and refused with the field's wire name and the rule. The
//! rules are the generated operation table's ([`crate::operation`]); the emulator answers 422
//! with the same checks.

use serde_json::Value;

use crate::operation::{Expected, Format, Location, Rule, Violation};
use crate::Operation;

fn in_(in_body: bool) -> Location {
    if in_body {
        Location::Body
    } else {
        Location::Query
    }
}

/// A bulk operation ([`Operation::is_bulk`]) must be sent with at least one filter.
pub(crate) fn check_bulk_filter(
    op: Operation,
    request: &reqwest::Request,
) -> Result<(), Violation> {
    if !op.is_bulk()
        || request
            .url()
            .query_pairs()
            .any(|(k, _)| k.starts_with("filter["))
    {
        return Ok(());
    }
    Err(Violation::new(
        Some(op),
        "filter",
        Location::Query,
        Expected::Filter(op.filters().collect()),
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
        let body: Value = serde_json::from_slice(bytes).map_err(|e| {
            Violation::new(
                Some(op),
                "body",
                Location::Body,
                Expected::Json(e.to_string()),
            )
        })?;
        check_value(op, "", &body, rule)?;
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
        check_value(op, "", body, rule)?;
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
        check_named(op, wire, false, &Value::from(n), &p.rule)?;
    }
    u64::try_from(n)
        .ok()
        .and_then(std::num::NonZeroU64::new)
        .map(Some)
        .ok_or_else(|| {
            let at_least_one = Expected::Integer {
                minimum: Some(1),
                maximum: None,
            };
            Violation::new(Some(op), wire, Location::Query, at_least_one).got(n.to_string())
        })
}

fn check_query_value(op: Operation, name: &str, raw: &str) -> Result<(), Violation> {
    let Some(param) = op.param(name).filter(|p| p.location == Location::Query) else {
        return Ok(());
    };
    let refused = |expected| {
        Violation::new(Some(op), name, Location::Query, expected).got(Value::from(raw).to_string())
    };
    let value = match param.rule {
        Rule::Integer { minimum, maximum } => Value::from(
            raw.parse::<i64>()
                .map_err(|_| refused(Expected::Integer { minimum, maximum }))?,
        ),
        Rule::Boolean => Value::from(
            raw.parse::<bool>()
                .map_err(|_| refused(Expected::Boolean))?,
        ),
        _ => Value::from(raw),
    };
    check_named(op, name, false, &value, &param.rule)
}

fn field(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Checks a body value; `path` names the field (empty for the whole body).
fn check_value(op: Operation, path: &str, v: &Value, rule: &Rule) -> Result<(), Violation> {
    check_named(
        op,
        if path.is_empty() { "body" } else { path },
        true,
        v,
        rule,
    )
}

fn check_named(
    op: Operation,
    name: &str,
    in_body: bool,
    v: &Value,
    rule: &Rule,
) -> Result<(), Violation> {
    let fail =
        |expected| Err(Violation::new(Some(op), name, in_(in_body), expected).got(v.to_string()));
    if v.is_null() {
        return Ok(()); // absent or null: the spec's optional fields
    }
    match *rule {
        Rule::Any => {}
        Rule::OneOf(alts) => {
            let mut reasons = Vec::new();
            for alt in alts {
                match check_named(op, name, in_body, v, alt) {
                    Ok(()) => return Ok(()),
                    Err(e) => reasons.push(e.to_string()),
                }
            }
            return Err(Violation::new(
                Some(op),
                name,
                in_(in_body),
                Expected::AnyOf(reasons),
            ));
        }
        Rule::Boolean => {
            if !v.is_boolean() {
                return fail(Expected::Boolean);
            }
        }
        Rule::Integer { minimum, maximum } => {
            let broken = match v.as_i64() {
                None => true,
                Some(n) => minimum.is_some_and(|m| n < m) || maximum.is_some_and(|m| n > m),
            };
            if broken {
                return fail(Expected::Integer { minimum, maximum });
            }
        }
        Rule::String { format, allowed } => {
            let Some(s) = v.as_str() else {
                return fail(Expected::Format(Format::Text));
            };
            if !allowed.is_empty() && !allowed.contains(&s) {
                return fail(Expected::OneOf(allowed));
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
                return fail(Expected::Format(format));
            }
        }
        Rule::Array { items } => {
            let Some(list) = v.as_array() else {
                return fail(Expected::List);
            };
            for (i, x) in list.iter().enumerate() {
                check_named(op, &format!("{name}[{i}]"), in_body, x, items)?;
            }
        }
        Rule::Object {
            required,
            properties,
            additional,
        } => {
            let Some(obj) = v.as_object() else {
                return fail(Expected::Object);
            };
            let path = if name == "body" && in_body { "" } else { name };
            for key in required {
                if !obj.contains_key(*key) {
                    let f = field(path, key);
                    return Err(Violation::new(Some(op), f, in_(in_body), Expected::Present));
                }
            }
            for (k, x) in obj {
                let rule = properties
                    .iter()
                    .find(|(p, _)| p == k)
                    .map(|(_, r)| r)
                    .or(additional);
                if let Some(rule) = rule {
                    check_named(op, &field(path, k), in_body, x, rule)?;
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
        let e = check_value(
            Operation::CreateRoom,
            "",
            &json!({"max_participants": 51}),
            &S,
        )
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "`max_participants` must be between 2 and 50, got 51"
        );
        assert_eq!(
            (e.field.as_str(), e.location),
            ("max_participants", Location::Body)
        );
        assert_eq!(
            e.expected,
            Expected::Integer {
                minimum: Some(2),
                maximum: Some(50)
            }
        );
        let e = check_value(
            Operation::CreateRoom,
            "",
            &json!({"webhook_event_url": "ftp://x"}),
            &S,
        )
        .unwrap_err();
        assert!(
            e.to_string()
                .starts_with("`webhook_event_url` must be an absolute URL"),
            "{e}"
        );
        let e = check_value(Operation::CreateRoom, "", &json!({"ids": ["nope"]}), &S).unwrap_err();
        assert_eq!(e.to_string(), "`ids[0]` must be a UUID, got \"nope\"");
        assert!(check_value(
            Operation::CreateRoom,
            "",
            &json!({"max_participants": 2, "ids": []}),
            &S
        )
        .is_ok());
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
        assert_eq!(
            (e.field.as_str(), e.location),
            ("page[size]", Location::Query)
        );
    }
}
