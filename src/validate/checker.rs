//! The checker: a value is checked against a [`Rule`] as it serialises, by a
//! [`serde::Serializer`] that compares each scalar with its rule and walks lists and objects
//! with theirs. A typed body is checked as it is (no JSON text, no `serde_json::Value`); a
//! `Value` (a request the emulator received) goes through the same code.

use serde::ser::{self, Impossible, Serialize};

use crate::operation::{Expected, Format, Location, Rule, Violation};
use crate::Operation;

/// Where a checked value sits: its operation, its field's name, whether it is in the body.
#[derive(Clone, Copy)]
pub(super) struct At<'a> {
    pub op: Operation,
    pub name: Name<'a>,
    pub in_body: bool,
}

/// A field's name, written out only when a violation needs it: a value that passes (every
/// field of every request that is sent) costs no text.
#[derive(Clone, Copy)]
pub(super) enum Name<'a> {
    /// A parameter's wire name, or `body`.
    Is(&'a str),
    /// Field `key` of the object at the parent.
    Field(&'a At<'a>, &'a str),
    /// Item `index` of the list at the parent.
    Item(&'a At<'a>, usize),
}

impl At<'_> {
    /// The field's name as a violation says it: `page[size]`, `video_layout.main.x_pos`,
    /// `exclude[0]`.
    fn name(&self) -> String {
        match self.name {
            Name::Is(name) => name.to_string(),
            Name::Field(parent, key) => parent.field(key),
            Name::Item(parent, index) => format!("{}[{index}]", parent.name()),
        }
    }

    fn violation(&self, name: impl Into<String>, expected: Expected) -> Violation {
        let location = if self.in_body {
            Location::Body
        } else {
            Location::Query
        };
        Violation::new(Some(self.op), name, location, expected)
    }

    /// The name of field `key` of the object at `self` (the body's own fields are bare).
    fn field(&self, key: &str) -> String {
        if self.in_body && matches!(self.name, Name::Is("body")) {
            key.to_string()
        } else {
            format!("{}.{key}", self.name())
        }
    }
}

/// Checks `value` at `at` against `rule`. An absent or `null` value passes: optional fields
/// are the spec's business, `required` lists those that must be there.
pub(super) fn check<T: Serialize + ?Sized>(
    at: At<'_>,
    value: &T,
    rule: &'static Rule,
) -> Result<(), Violation> {
    match rule {
        Rule::Any => Ok(()),
        Rule::OneOf(alts) => {
            let mut reasons = Vec::new();
            for alt in *alts {
                match check(at, value, alt) {
                    Ok(()) => return Ok(()),
                    Err(e) => reasons.push(e.to_string()),
                }
            }
            Err(at.violation(at.name(), Expected::AnyOf(reasons)))
        }
        _ => match value.serialize(Checker { at, rule }) {
            Ok(()) => Ok(()),
            Err(Fail::Found(v)) => Err(v),
            Err(Fail::Breaks(e)) => {
                let got = serde_json::to_string(value).unwrap_or_default();
                Err(at.violation(at.name(), e).got(got))
            }
            Err(Fail::Custom(message)) => Err(at.violation(at.name(), Expected::Rule(message))),
        },
    }
}

/// Why a value did not pass: a violation found inside it, the rule it breaks itself (its
/// text is added by [`check`], which has the value), or an error of its own `Serialize`.
#[derive(Debug)]
pub(super) enum Fail {
    Found(Violation),
    Breaks(Expected),
    Custom(String),
}

impl std::fmt::Display for Fail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Fail::Found(v) => v.fmt(f),
            Fail::Breaks(e) => write!(f, "{e:?}"),
            Fail::Custom(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for Fail {}

impl ser::Error for Fail {
    fn custom<M: std::fmt::Display>(msg: M) -> Self {
        Fail::Custom(msg.to_string())
    }
}

/// What a value of the wrong kind breaks.
fn mismatch(rule: &Rule) -> Fail {
    Fail::Breaks(match *rule {
        Rule::Boolean => Expected::Boolean,
        Rule::Integer { minimum, maximum } => Expected::Integer { minimum, maximum },
        Rule::String { .. } => Expected::Format(Format::Text),
        Rule::Array { .. } => Expected::List,
        Rule::Object { .. } => Expected::Object,
        Rule::Any | Rule::OneOf(_) => Expected::Valid,
    })
}

/// The serializer that checks a value against `rule` (neither `Any` nor `OneOf`: [`check`]
/// decides those).
struct Checker<'a> {
    at: At<'a>,
    rule: &'static Rule,
}

impl<'a> Checker<'a> {
    fn integer(self, n: Option<i64>) -> Result<(), Fail> {
        let Rule::Integer { minimum, maximum } = *self.rule else {
            return Err(mismatch(self.rule));
        };
        match n {
            Some(n) if minimum.is_none_or(|m| n >= m) && maximum.is_none_or(|m| n <= m) => Ok(()),
            _ => Err(mismatch(self.rule)),
        }
    }

    fn string(self, s: &str) -> Result<(), Fail> {
        let Rule::String { format, allowed } = *self.rule else {
            return Err(mismatch(self.rule));
        };
        if !allowed.is_empty() && !allowed.contains(&s) {
            return Err(Fail::Breaks(Expected::OneOf(allowed)));
        }
        let ok = match format {
            Format::Uuid => uuid::Uuid::parse_str(s).is_ok(),
            Format::Uri => reqwest::Url::parse(s)
                .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.has_host()),
            Format::Date => s.parse::<chrono::NaiveDate>().is_ok(),
            Format::DateTime => chrono::DateTime::parse_from_rfc3339(s).is_ok(),
            Format::Text => true,
        };
        if ok {
            Ok(())
        } else {
            Err(Fail::Breaks(Expected::Format(format)))
        }
    }

    fn items(self) -> Result<Items<'a>, Fail> {
        match *self.rule {
            Rule::Array { items } => Ok(Items {
                at: self.at,
                items,
                index: 0,
            }),
            _ => Err(mismatch(self.rule)),
        }
    }

    fn fields(self) -> Result<Fields<'a>, Fail> {
        match *self.rule {
            Rule::Object {
                required,
                properties,
                additional,
            } => Ok(Fields {
                at: self.at,
                required,
                properties,
                additional,
                seen: Vec::new(),
                key: None,
            }),
            _ => Err(mismatch(self.rule)),
        }
    }
}

macro_rules! integers {
    ($($method:ident: $t:ty),*) => {$(
        fn $method(self, v: $t) -> Result<(), Fail> {
            self.integer(i64::try_from(v).ok())
        }
    )*};
}

impl<'a> ser::Serializer for Checker<'a> {
    type Ok = ();
    type Error = Fail;
    type SerializeSeq = Items<'a>;
    type SerializeTuple = Items<'a>;
    type SerializeTupleStruct = Items<'a>;
    type SerializeTupleVariant = Impossible<(), Fail>;
    type SerializeMap = Fields<'a>;
    type SerializeStruct = Fields<'a>;
    type SerializeStructVariant = Impossible<(), Fail>;

    integers!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_i128: i128, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_u128: u128);

    fn serialize_bool(self, _: bool) -> Result<(), Fail> {
        match self.rule {
            Rule::Boolean => Ok(()),
            _ => Err(mismatch(self.rule)),
        }
    }
    fn serialize_f32(self, _: f32) -> Result<(), Fail> {
        Err(mismatch(self.rule)) // no rule of the spec takes a fraction
    }
    fn serialize_f64(self, _: f64) -> Result<(), Fail> {
        Err(mismatch(self.rule))
    }
    fn serialize_char(self, v: char) -> Result<(), Fail> {
        self.string(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), Fail> {
        self.string(v)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Fail> {
        Err(mismatch(self.rule))
    }
    fn serialize_none(self) -> Result<(), Fail> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Fail> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Fail> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Fail> {
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Fail> {
        self.string(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Fail> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Fail> {
        let mut fields = self.fields()?;
        ser::SerializeStruct::serialize_field(&mut fields, variant, value)?;
        ser::SerializeStruct::end(fields)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Items<'a>, Fail> {
        self.items()
    }
    fn serialize_tuple(self, _: usize) -> Result<Items<'a>, Fail> {
        self.items()
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Items<'a>, Fail> {
        self.items()
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Fail> {
        Err(ser::Error::custom(format!(
            "{name}::{variant}: no rule of the spec is a tuple variant"
        )))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Fields<'a>, Fail> {
        self.fields()
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Fields<'a>, Fail> {
        self.fields()
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Fail> {
        Err(ser::Error::custom(format!(
            "{name}::{variant}: no rule of the spec is a struct variant"
        )))
    }
}

/// The items of a list, each checked against `items` as `name[i]`.
pub(super) struct Items<'a> {
    at: At<'a>,
    items: &'static Rule,
    index: usize,
}

impl Items<'_> {
    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Fail> {
        let at = At {
            name: Name::Item(&self.at, self.index),
            ..self.at
        };
        self.index += 1;
        check(at, value, self.items).map_err(Fail::Found)
    }
}

/// Lists, tuples and tuple structs are all lists on the wire: each element is an item.
macro_rules! items_as {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Items<'_> {
            type Ok = ();
            type Error = Fail;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Fail> {
                self.item(value)
            }
            fn end(self) -> Result<(), Fail> {
                Ok(())
            }
        }
    )*};
}

items_as!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field
);

/// The fields of an object: each known one checked against its rule, any other against
/// `additional` when the schema gives it; at the end, every required one must have been seen.
pub(super) struct Fields<'a> {
    at: At<'a>,
    required: &'static [&'static str],
    properties: &'static [(&'static str, Rule)],
    additional: Option<&'static Rule>,
    seen: Vec<&'static str>,
    key: Option<String>,
}

impl Fields<'_> {
    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Fail> {
        if let Some(required) = self.required.iter().find(|r| **r == key) {
            self.seen.push(required);
        }
        let rule = self
            .properties
            .iter()
            .find(|(p, _)| *p == key)
            .map(|(_, r)| r)
            .or(self.additional);
        match rule {
            Some(rule) => {
                let at = At {
                    name: Name::Field(&self.at, key),
                    ..self.at
                };
                check(at, value, rule).map_err(Fail::Found)
            }
            None => Ok(()),
        }
    }

    fn finish(self) -> Result<(), Fail> {
        match self
            .required
            .iter()
            .find(|k| !self.seen.iter().any(|s| s == *k))
        {
            Some(missing) => Err(Fail::Found(
                self.at.violation(self.at.field(missing), Expected::Present),
            )),
            None => Ok(()),
        }
    }
}

impl ser::SerializeStruct for Fields<'_> {
    type Ok = ();
    type Error = Fail;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Fail> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Fail> {
        self.finish()
    }
}

impl ser::SerializeMap for Fields<'_> {
    type Ok = ();
    type Error = Fail;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Fail> {
        self.key = Some(match key.serialize(serde_json::value::Serializer) {
            Ok(serde_json::Value::String(s)) => s,
            Ok(other) => other.to_string(),
            Err(e) => return Err(ser::Error::custom(e)),
        });
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Fail> {
        let key = self.key.take().unwrap_or_default();
        self.field(&key, value)
    }
    fn end(self) -> Result<(), Fail> {
        self.finish()
    }
}
