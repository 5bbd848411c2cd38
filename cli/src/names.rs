//! The names the command line gives the spec's parameters: a generated argument's id and the
//! flag a person types.

/// The generated argument's id for a parameter's wire name: `filter[date_ended_at][eq]` ->
/// `filter-date-ended-at-eq` (its flag drops the `filter-`).
pub fn arg_id(wire: &str) -> String {
    let id = wire.replace(['[', ']', '_'], "-").replace("--", "-");
    id.trim_end_matches('-').to_string()
}

/// The flag a parameter is given as on the command line: `--date-ended-at-eq`.
pub fn flag(wire: &str) -> String {
    let id = arg_id(wire);
    format!("--{}", id.strip_prefix("filter-").unwrap_or(&id))
}
