//! What [`Error::InvalidInput`](crate::Error::InvalidInput) carries: a value that breaks one of
//! the spec's rules, as data (the operation, the field, where it travels, the rule, what was
//! given), with a message that names the field and the rule.

use std::fmt;

use crate::rules::{Format, Location};
use crate::Operation;

/// A value that breaks a rule, found before anything was sent.
///
/// ```
/// use telnyx_rooms::operation::{Expected, Location};
/// use telnyx_rooms::Operation;
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let client = telnyx_rooms::Client::builder().api_key("KEY").build()?;
/// let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
/// let err = rt.block_on(client.list_rooms().page_size(u64::MAX).execute()).unwrap_err();
/// let v = err.violation().expect("bad input");
/// assert_eq!(v.operation, Some(Operation::ListRooms));
/// assert_eq!((v.field.as_str(), v.location), ("page[size]", Location::Query));
/// assert_eq!(v.expected, Expected::Integer { minimum: Some(1), maximum: Some(250) });
/// assert_eq!(err.to_string(), "invalid request: `page[size]` must be between 1 and 250");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Violation {
    /// The operation whose rule it breaks (`None` for an argument of a workflow helper).
    pub operation: Option<Operation>,
    /// The field's wire name: a parameter (`page[size]`, `room_id`), a path into the body
    /// (`max_participants`, `video_layout.first.x_pos`, `exclude[0]`), `body` for the whole
    /// body, or a helper's argument.
    pub field: String,
    /// Where the field travels.
    pub location: Location,
    /// The rule it breaks.
    pub expected: Expected,
    /// The value given, as JSON (escaped for display), when it could be shown.
    pub got: Option<String>,
}

/// The rule a value breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Expected {
    /// It must be given.
    Present,
    /// `true` or `false`.
    Boolean,
    /// An integer within the bounds (inclusive).
    Integer {
        /// The smallest allowed value.
        minimum: Option<i64>,
        /// The largest allowed value.
        maximum: Option<i64>,
    },
    /// One of these strings.
    OneOf(&'static [&'static str]),
    /// A string of this format ([`Format::Text`]: any string).
    Format(Format),
    /// A list.
    List,
    /// An object.
    Object,
    /// One of several forms: why each one refused it.
    AnyOf(Vec<String>),
    /// JSON (the body did not serialise or parse): what went wrong.
    Json(String),
    /// At least one of these filters (a bulk delete acts on the whole account without one).
    Filter(Vec<&'static str>),
    /// A value the server accepts (the spec's schema as a whole).
    Valid,
    /// A rule of a helper, in words: what the value must be.
    Rule(String),
}

impl Violation {
    /// A violation with nothing given to show.
    pub(crate) fn new(
        operation: Option<Operation>,
        field: impl Into<String>,
        location: Location,
        expected: Expected,
    ) -> Violation {
        Violation {
            operation,
            field: field.into(),
            location,
            expected,
            got: None,
        }
    }

    /// The same, with the value given (JSON text).
    pub(crate) fn got(mut self, value: impl Into<String>) -> Violation {
        self.got = Some(crate::error::printable(&value.into()).into_owned());
        self
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = crate::error::printable(&self.field);
        let name = format!("`{field}`");
        match &self.expected {
            Expected::Present => return write!(f, "{name} is required"),
            Expected::Boolean => write!(f, "{name} must be true or false")?,
            Expected::Integer { minimum, maximum } => match (minimum, maximum) {
                (Some(a), Some(b)) => write!(f, "{name} must be between {a} and {b}")?,
                (Some(a), None) => write!(f, "{name} must be at least {a}")?,
                (None, Some(b)) => write!(f, "{name} must be at most {b}")?,
                (None, None) => write!(f, "{name} must be an integer")?,
            },
            Expected::OneOf(allowed) => {
                let list: Vec<String> = allowed.iter().map(|a| format!("\"{a}\"")).collect();
                write!(f, "{name} must be one of {}", list.join(", "))?
            }
            Expected::Format(format) => write!(
                f,
                "{name} must be {}",
                match format {
                    Format::Text => "a string",
                    Format::Uuid => "a UUID",
                    Format::Uri => "an absolute URL with an http or https scheme",
                    Format::Date => "a date (YYYY-MM-DD)",
                    Format::DateTime => "an RFC 3339 date and time",
                }
            )?,
            Expected::List => write!(f, "{name} must be a list")?,
            Expected::Object => write!(f, "{name} must be an object")?,
            Expected::AnyOf(reasons) => {
                return write!(
                    f,
                    "{name} matches none of its allowed forms: {}",
                    reasons.join("; or ")
                )
            }
            Expected::Json(why) => {
                return write!(f, "{name} must be JSON: {}", crate::error::printable(why))
            }
            Expected::Filter(filters) => {
                let list: Vec<String> = filters.iter().map(|f| format!("`{f}`")).collect();
                let op = match self.operation {
                    Some(op) => format!("`{op}` (`{} {}`)", op.method(), op.path()),
                    None => "the operation".to_string(),
                };
                return write!(
                    f,
                    "{op} sent with no filter acts on everything in the account; set one of {}, \
                     or make the call that says so{}",
                    list.join(", "),
                    if self.operation == Some(Operation::DeleteRoomRecordings) {
                        " (Client::delete_every_recording_of_the_account)"
                    } else {
                        ""
                    }
                );
            }
            Expected::Valid => write!(f, "{name} is not a value the API accepts")?,
            Expected::Rule(rule) => write!(f, "{name} {rule}")?,
        }
        if let Some(got) = &self.got {
            write!(f, ", got {got}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Violation {}
