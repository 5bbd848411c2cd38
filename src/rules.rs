//! The spec's rules for a value, and where a value travels: one definition, read by the
//! client (its operation table, its validation, what a refusal says) and by the generator (its
//! model of the spec: `codegen/src/lib.rs` includes this file). Nothing here names anything
//! else of either crate.

/// Where a value travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Location {
    /// In the path template, e.g. `{room_id}`.
    Path,
    /// In the query string, e.g. `filter[room_id]`.
    Query,
    /// In the request body.
    Body,
    /// An argument of a helper (a workflow), not part of a request.
    Argument,
}

/// What a string must look like, beyond being a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// Any text.
    Text,
    /// A UUID.
    Uuid,
    /// An absolute http or https URL.
    Uri,
    /// A date, `YYYY-MM-DD`.
    Date,
    /// An RFC 3339 date and time.
    DateTime,
}

/// The constraints of a value, from the spec's schema (every `$ref` resolved). An absent or
/// `null` value always passes: optional fields are the spec's business, `required` lists
/// those that must be there.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum Rule {
    /// Anything (a schema without a type; the current spec has none).
    Any,
    /// `true` or `false`.
    Boolean,
    /// An integer within the bounds (inclusive).
    Integer {
        /// The smallest allowed value.
        minimum: Option<i64>,
        /// The largest allowed value.
        maximum: Option<i64>,
    },
    /// A string in a format, one of `allowed` when that is not empty.
    String {
        /// Its format.
        format: Format,
        /// The allowed values (`enum`); empty for any.
        allowed: &'static [&'static str],
    },
    /// A list whose every item meets `items`.
    Array {
        /// The rule of each item.
        items: &'static Rule,
    },
    /// An object.
    Object {
        /// Properties that must be present.
        required: &'static [&'static str],
        /// The known properties and their rules.
        properties: &'static [(&'static str, Rule)],
        /// The rule of every other property, if the schema gives one.
        additional: Option<&'static Rule>,
    },
    /// A value meeting at least one of these.
    OneOf(&'static [Rule]),
}
