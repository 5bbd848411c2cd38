//! The operation table: what the spec says about each of its operations, generated once from
//! `spec/` and read by every layer (validation, the hooks, the bulk-delete guard, tracing, the
//! emulator's routing, the tests). [`Operation`] has one variant per operationId;
//! [`Operation::ALL`] lists them, ordered by path. This
//! module holds what a refused value says: [`Violation`], [`Expected`], [`Location`].
//!
//! ```
//! use telnyx_rooms::Operation;
//!
//! let op = Operation::GetRoom;
//! assert_eq!((op.method(), op.path()), ("GET", "/rooms/{room_id}"));
//! assert_eq!(Operation::from_id(op.id()), Some(op));
//! ```

pub use crate::generated::SPEC_VERSION;
pub(crate) use crate::rules::Rule;
pub use crate::rules::{Format, Location};
pub use crate::violation::{Expected, Violation};
use crate::Operation;

/// One parameter of an operation, as the spec declares it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Param {
    /// The wire name, e.g. `page[size]` or `room_id`.
    pub name: &'static str,
    /// Path or query.
    pub location: Location,
    /// Whether the spec requires it (path parameters always are).
    pub required: bool,
    /// The constraints its value must meet.
    pub rule: Rule,
}

/// What the generated table holds for one operation.
#[derive(Debug)]
pub(crate) struct Facts {
    pub id: &'static str,
    pub method: &'static str,
    pub path: &'static str,
    pub params: &'static [Param],
    pub body: Option<Rule>,
    pub bulk: bool,
}

impl Operation {
    /// The spec's operationId, e.g. `list_rooms`.
    pub fn id(self) -> &'static str {
        self.facts().id
    }

    /// The HTTP method, upper case: `GET`, `POST`, `PATCH` or `DELETE`.
    pub fn method(self) -> &'static str {
        self.facts().method
    }

    /// The path template relative to the base URL, e.g. `/rooms/{room_id}` (what is logged:
    /// never ids or values).
    pub fn path(self) -> &'static str {
        self.facts().path
    }

    /// The parameters, path ones in path order, then the query ones.
    pub(crate) fn params(self) -> &'static [Param] {
        self.facts().params
    }

    /// The parameter with this wire name.
    pub(crate) fn param(self, name: &str) -> Option<&'static Param> {
        self.params().iter().find(|p| p.name == name)
    }

    /// The request body's rules, when the operation takes a body.
    pub(crate) fn body(self) -> Option<&'static Rule> {
        self.facts().body.as_ref()
    }

    /// Whether this is a bulk operation: a `DELETE` that takes `filter[...]` parameters and,
    /// sent without any, acts on everything in the account. The client refuses to send one
    /// unfiltered except through a call that says so.
    pub fn is_bulk(self) -> bool {
        self.facts().bulk
    }

    /// The wire names of its `filter[...]` query parameters.
    pub fn filters(self) -> impl Iterator<Item = &'static str> {
        self.params()
            .iter()
            .filter(|p| p.location == Location::Query && p.name.starts_with("filter["))
            .map(|p| p.name)
    }
}

impl std::fmt::Display for Operation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for op in Operation::ALL {
            assert_eq!(Operation::from_id(op.id()), Some(op));
        }
        assert_eq!(Operation::from_id("nope"), None);
    }

    /// The operation table holds what the model says of every operation.
    #[test]
    fn the_operation_table_is_the_models() {
        use telnyx_rooms_codegen as model;
        let model = model::model().unwrap();
        let from_model: Vec<_> = model
            .operations
            .iter()
            .map(|op| {
                (
                    op.id.clone(),
                    op.method.to_uppercase(),
                    op.path.clone(),
                    op.params
                        .iter()
                        .map(|p| {
                            (
                                p.name.clone(),
                                p.location == model::Location::Path,
                                p.required,
                            )
                        })
                        .collect::<Vec<_>>(),
                    op.body.is_some(),
                )
            })
            .collect();
        let table: Vec<_> = Operation::ALL
            .iter()
            .map(|op| {
                (
                    op.id().to_string(),
                    op.method().to_string(),
                    op.path().to_string(),
                    op.params()
                        .iter()
                        .map(|p| (p.name.to_string(), p.location == Location::Path, p.required))
                        .collect::<Vec<_>>(),
                    op.body().is_some(),
                )
            })
            .collect();
        assert_eq!(table, from_model);
        assert_eq!(table.len(), 25);
    }
}
