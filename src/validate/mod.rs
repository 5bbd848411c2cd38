//! Pre-send validation: every request is checked against the constraints of `spec/` (ranges,
//! formats, enums) before it is built, and refused with the field's wire name and the rule.
//! The generated `request()` of each operation checks its typed query values and its typed body
//! as they are (`checker`: a serializer that compares as it walks, no JSON text, no
//! `serde_json::Value`); the setters have already refused values that do not convert. The rules
//! are the generated operation table's; the emulator answers 422 with the same checks
//! ([`Operation::check`]).

mod checker;

use serde::Serialize;
use serde_json::Value;

use crate::operation::{Expected, Location, Param, Rule, Violation};
use crate::Operation;
use checker::{check, At, Name};

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

/// Checks a typed request body against its operation's rules.
pub(crate) fn body<T: Serialize + ?Sized>(op: Operation, body: &T) -> Result<(), Violation> {
    match op.body() {
        Some(rule) => check(
            At {
                op,
                name: Name::Is("body"),
                in_body: true,
            },
            body,
            rule,
        ),
        None => Ok(()),
    }
}

/// Checks the typed value of one query parameter (`None` passes) against its rule.
pub(crate) fn query<T: Serialize + ?Sized>(
    op: Operation,
    param: &'static Param,
    value: &T,
) -> Result<(), Violation> {
    check(
        At {
            op,
            name: Name::Is(param.name),
            in_body: false,
        },
        value,
        &param.rule,
    )
}

impl Operation {
    /// Checks query pairs (decoded, with their wire names) and a JSON body against the spec's
    /// rules for this operation, as the client does before sending: for a request this client
    /// did not build (a proxy, a test server; the emulator answers 422 with it). Unknown query
    /// names are ignored.
    pub fn check(self, query: &[(String, String)], body: Option<&Value>) -> Result<(), Violation> {
        for (name, value) in query {
            check_query_value(self, name, value)?;
        }
        match body {
            Some(value) => self::body(self, value),
            None => Ok(()),
        }
    }
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
        query(op, p, &n)?;
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

/// A query value as received (text), read as its rule's type, then checked.
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
    query(op, param, &value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operation::Format;
    use serde_json::json;

    fn at() -> At<'static> {
        At {
            op: Operation::CreateRoom,
            name: Name::Is("body"),
            in_body: true,
        }
    }

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
        let e = check(at(), &json!({"max_participants": 51}), &S).unwrap_err();
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
        let e = check(at(), &json!({"webhook_event_url": "ftp://x"}), &S).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("`webhook_event_url` must be an absolute URL"),
            "{e}"
        );
        let e = check(at(), &json!({"ids": ["nope"]}), &S).unwrap_err();
        assert_eq!(e.to_string(), "`ids[0]` must be a UUID, got \"nope\"");
        assert!(check(at(), &json!({"max_participants": 2, "ids": []}), &S).is_ok());
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
        let e = Operation::check(
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
