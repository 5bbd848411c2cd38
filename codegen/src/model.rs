//! The one typed model of the spec. [`Model::parse`] reads `spec/` once (with `openapiv3`) and
//! resolves every `$ref`; every generator (the client's glue, the operation table, the webhook
//! events, the command line) reads this model and nothing else of the spec.

pub use crate::rules::{Format, Location, Rule};

use openapiv3::{
    AdditionalProperties, OpenAPI, Parameter, ParameterSchemaOrContent, ReferenceOr, Schema,
    SchemaKind, StatusCode, StringFormat, Type, VariantOrUnknownOrEmpty,
};

/// The spec, parsed and resolved.
#[derive(Debug)]
pub struct Model {
    /// The document as `openapiv3` reads it (what progenitor takes).
    pub doc: OpenAPI,
    /// Every operation, ordered by path then method.
    pub operations: Vec<Operation>,
    /// Every webhook event schema, ordered by event type.
    pub events: Vec<Event>,
}

/// One operation of the API.
#[derive(Debug, Clone)]
pub struct Operation {
    /// Its operationId, e.g. `list_rooms`.
    pub id: String,
    /// Its HTTP method, lower case as in the spec.
    pub method: String,
    /// Its path template, e.g. `/rooms/{room_id}`.
    pub path: String,
    /// Its parameters, in the spec's order.
    pub params: Vec<Param>,
    /// Its request body, when it takes one.
    pub body: Option<Body>,
    /// What its success answers.
    pub answer: Answer,
}

/// One parameter of an operation.
#[derive(Debug, Clone)]
pub struct Param {
    /// Its wire name, e.g. `page[size]`.
    pub name: String,
    /// Its builder field and setter, e.g. `page_size` (progenitor's name for it).
    pub field: String,
    /// Path or query.
    pub location: Location,
    /// Whether the spec requires it (path parameters always are).
    pub required: bool,
    /// The constraints on its value.
    pub rule: Rule,
}

/// A request body.
#[derive(Debug, Clone)]
pub struct Body {
    /// The component schema it names (the generated type of the same name).
    pub schema: String,
    /// The constraints on it.
    pub rule: Rule,
}

/// What an operation's success answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// A page of a list: `{"data": [..], "meta": ..}`.
    List,
    /// One item: `{"data": {..}}`.
    One,
    /// No body.
    Nothing,
}

/// A webhook event: a component schema whose `event_type` is one constant and that carries a
/// `payload`.
#[derive(Debug, Clone)]
pub struct Event {
    /// The component schema, e.g. `ParticipantJoined`.
    pub schema: String,
    /// Its `event_type`, e.g. `video.room.participant.joined`.
    pub event_type: String,
    /// The generated type of its payload (progenitor names it `<schema>Payload`).
    pub payload: String,
    /// The payload fields the schema requires.
    pub required: Vec<String>,
    /// The schema's description.
    pub description: String,
}

type Result<T> = std::result::Result<T, String>;

impl Model {
    /// Parses `text` (the spec, YAML) into the model.
    pub fn parse(text: &str) -> Result<Model> {
        let doc: OpenAPI =
            serde_yaml::from_str(text).map_err(|e| format!("the spec is not OpenAPI 3.0: {e}"))?;
        let r = Resolver { doc: &doc };
        let mut operations = Vec::new();
        for (path, item) in doc.paths.iter() {
            let item = item
                .as_item()
                .ok_or_else(|| format!("{path}: a path item must not be a $ref"))?;
            for (method, op) in item.iter() {
                operations.push(r.operation(path, method, op)?);
            }
        }
        operations.sort_by(|a, b| (&a.path, &a.method).cmp(&(&b.path, &b.method)));
        let mut events = r.events()?;
        events.sort_by(|a, b| a.event_type.cmp(&b.event_type));
        Ok(Model {
            doc,
            operations,
            events,
        })
    }

    /// The schemas the spec's shared responses answer with (the error envelope every operation
    /// answers a failure with), by name.
    pub fn response_schemas(&self) -> Vec<String> {
        let Some(components) = &self.doc.components else {
            return Vec::new();
        };
        components
            .responses
            .values()
            .filter_map(|r| r.as_item())
            .flat_map(|r| r.content.values())
            .filter_map(|m| match m.schema.as_ref()? {
                openapiv3::ReferenceOr::Reference { reference } => {
                    Some(reference.rsplit('/').next()?.to_string())
                }
                openapiv3::ReferenceOr::Item(_) => None,
            })
            .collect()
    }

    /// The operation with this operationId.
    pub fn operation(&self, id: &str) -> Option<&Operation> {
        self.operations.iter().find(|o| o.id == id)
    }
}

impl Operation {
    /// Whether it is a bulk operation: a `DELETE` that takes `filter[...]` parameters and, sent
    /// without any, acts on everything in the account.
    pub fn is_bulk(&self) -> bool {
        self.method == "delete"
            && self
                .params
                .iter()
                .any(|p| p.location == Location::Query && p.name.starts_with("filter["))
    }

    /// Its path parameters, in the spec's order.
    pub fn path_params(&self) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(|p| p.location == Location::Path)
    }

    /// Its query parameters, in the spec's order.
    pub fn query(&self) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(|p| p.location == Location::Query)
    }

    /// The parameter with this wire name.
    pub fn param(&self, name: &str) -> Option<&Param> {
        self.params.iter().find(|p| p.name == name)
    }
}

struct Resolver<'d> {
    doc: &'d OpenAPI,
}

/// How deep schemas may nest (a recursive `$ref` stops here).
const MAX_DEPTH: usize = 16;

impl<'d> Resolver<'d> {
    fn schema<'s>(&self, s: &'s ReferenceOr<Schema>, at: &str) -> Result<&'s Schema>
    where
        'd: 's,
    {
        match s {
            ReferenceOr::Item(s) => Ok(s),
            ReferenceOr::Reference { reference } => self.named(reference, at),
        }
    }

    fn boxed<'s>(&self, s: &'s ReferenceOr<Box<Schema>>, at: &str) -> Result<&'s Schema>
    where
        'd: 's,
    {
        match s {
            ReferenceOr::Item(s) => Ok(s),
            ReferenceOr::Reference { reference } => self.named(reference, at),
        }
    }

    fn named(&self, reference: &str, at: &str) -> Result<&'d Schema> {
        let name = reference
            .strip_prefix("#/components/schemas/")
            .ok_or_else(|| format!("{at}: $ref {reference} is not a component schema"))?;
        let found = self
            .doc
            .components
            .as_ref()
            .and_then(|c| c.schemas.get(name))
            .ok_or_else(|| format!("{at}: unresolved $ref {reference}"))?;
        match found {
            ReferenceOr::Item(s) => Ok(s),
            ReferenceOr::Reference { reference } => self.named(reference, at),
        }
    }

    fn operation(&self, path: &str, method: &str, op: &openapiv3::Operation) -> Result<Operation> {
        let id = op
            .operation_id
            .clone()
            .ok_or_else(|| format!("{method} {path} has no operationId"))?;
        let mut params = Vec::new();
        for p in &op.parameters {
            let p = p
                .as_item()
                .ok_or_else(|| format!("`{id}`: parameters must be inlined"))?;
            let (data, location) = match p {
                Parameter::Path { parameter_data, .. } => (parameter_data, Location::Path),
                Parameter::Query { parameter_data, .. } => (parameter_data, Location::Query),
                other => {
                    return Err(format!(
                        "`{id}`: parameter `{}` is not in the path or the query",
                        other.parameter_data_ref().name
                    ))
                }
            };
            let ParameterSchemaOrContent::Schema(schema) = &data.format else {
                return Err(format!("`{id}`: parameter `{}` has no schema", data.name));
            };
            let at = format!("{id} {}", data.name);
            let rule = self.rule(self.schema(schema, &at)?, &at, 0)?;
            params.push(Param {
                name: data.name.clone(),
                field: snake(&data.name),
                location,
                required: data.required || location == Location::Path,
                rule,
            });
        }
        let body = match &op.request_body {
            None => None,
            Some(b) => {
                let b = b
                    .as_item()
                    .ok_or_else(|| format!("`{id}`: the request body must be inlined"))?;
                let schema = b
                    .content
                    .get("application/json")
                    .and_then(|m| m.schema.as_ref())
                    .ok_or_else(|| format!("`{id}`: the request body is not JSON"))?;
                let ReferenceOr::Reference { reference } = schema else {
                    return Err(format!("`{id}`: the request body must be a named schema"));
                };
                let name = reference
                    .strip_prefix("#/components/schemas/")
                    .ok_or_else(|| format!("`{id}`: body $ref {reference}"))?;
                let at = format!("{id} body");
                Some(Body {
                    schema: name.to_string(),
                    rule: self.rule(self.schema(schema, &at)?, &at, 0)?,
                })
            }
        };
        Ok(Operation {
            answer: self.answer(&id, op)?,
            id,
            method: method.to_string(),
            path: path.to_string(),
            params,
            body,
        })
    }

    /// From the first 2xx response: a list page, one item, or nothing.
    fn answer(&self, id: &str, op: &openapiv3::Operation) -> Result<Answer> {
        let success = op
            .responses
            .responses
            .iter()
            .find(|(code, _)| matches!(code, StatusCode::Code(c) if (200..300).contains(c)));
        let Some((_, response)) = success else {
            return Ok(Answer::Nothing);
        };
        let response = response
            .as_item()
            .ok_or_else(|| format!("`{id}`: success responses must be inlined"))?;
        let Some(schema) = response
            .content
            .get("application/json")
            .and_then(|m| m.schema.as_ref())
        else {
            return Ok(Answer::Nothing);
        };
        let at = format!("{id} answer");
        let schema = self.schema(schema, &at)?;
        let properties = match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => &o.properties,
            SchemaKind::Any(a) => &a.properties,
            _ => return Ok(Answer::One),
        };
        let data = match properties.get("data") {
            Some(d) => Some(self.boxed(d, &at)?),
            None => None,
        };
        let is_list = matches!(
            data.map(|d| &d.schema_kind),
            Some(SchemaKind::Type(Type::Array(_)))
        ) && properties.contains_key("meta");
        Ok(if is_list { Answer::List } else { Answer::One })
    }

    /// A schema as a rule. A constraint the validator does not check is an error, so a
    /// constraint added to the spec is never silently left unchecked.
    fn rule(&self, s: &Schema, at: &str, depth: usize) -> Result<Rule> {
        if depth > MAX_DEPTH {
            return Err(format!("{at}: schema nests too deeply (a recursive $ref?)"));
        }
        let unchecked = |what: &str| {
            format!(
                "{at}: `{what}` is not checked by the validator (src/validate/checker.rs); \
                 implement it there and in codegen/src/model.rs before using it in a request"
            )
        };
        match &s.schema_kind {
            SchemaKind::Type(Type::Boolean(_)) => Ok(Rule::Boolean),
            SchemaKind::Type(Type::Integer(i)) => integer_rule(i).map_err(unchecked),
            SchemaKind::Type(Type::Number(_)) => Err(unchecked("type: number")),
            SchemaKind::Type(Type::String(st)) => string_rule(st).map_err(unchecked),
            SchemaKind::Type(Type::Array(a)) => {
                if a.min_items.is_some() || a.max_items.is_some() || a.unique_items {
                    return Err(unchecked("minItems/maxItems/uniqueItems"));
                }
                let items = match &a.items {
                    Some(i) => self.rule(self.boxed(i, at)?, &format!("{at}[]"), depth + 1)?,
                    None => Rule::Any,
                };
                Ok(Rule::Array {
                    items: Box::leak(Box::new(items)),
                })
            }
            SchemaKind::Type(Type::Object(o)) => {
                if o.min_properties.is_some() || o.max_properties.is_some() {
                    return Err(unchecked("minProperties/maxProperties"));
                }
                self.object(
                    &o.properties,
                    &o.required,
                    &o.additional_properties,
                    at,
                    depth,
                )
            }
            SchemaKind::OneOf { one_of } => Ok(Rule::OneOf(
                one_of
                    .iter()
                    .map(|alt| self.rule(self.schema(alt, at)?, at, depth + 1))
                    .collect::<Result<Vec<_>>>()?
                    .leak(),
            )),
            SchemaKind::AllOf { .. } => Err(unchecked("allOf")),
            SchemaKind::AnyOf { .. } => Err(unchecked("anyOf")),
            SchemaKind::Not { .. } => Err(unchecked("not")),
            SchemaKind::Any(a) if is_constrained(a) => {
                Err(unchecked("a schema that mixes keywords of several types"))
            }
            SchemaKind::Any(a) if a.properties.is_empty() && a.required.is_empty() => Ok(Rule::Any),
            SchemaKind::Any(a) => self.object(
                &a.properties,
                &a.required,
                &a.additional_properties,
                at,
                depth,
            ),
        }
    }

    fn object(
        &self,
        properties: &Properties,
        required: &[String],
        additional: &Option<AdditionalProperties>,
        at: &str,
        depth: usize,
    ) -> Result<Rule> {
        let mut props = Vec::new();
        for (name, s) in properties {
            let path = format!("{at}.{name}");
            props.push((
                leak(name),
                self.rule(self.boxed(s, &path)?, &path, depth + 1)?,
            ));
        }
        let additional = match additional {
            Some(AdditionalProperties::Schema(s)) => {
                let path = format!("{at}.*");
                let rule = self.rule(self.schema(s, &path)?, &path, depth + 1)?;
                Some(&*Box::leak(Box::new(rule)))
            }
            _ => None,
        };
        Ok(Rule::Object {
            required: required.iter().map(|r| leak(r)).collect::<Vec<_>>().leak(),
            properties: props.leak(),
            additional,
        })
    }

    /// Every component schema that is a webhook event.
    fn events(&self) -> Result<Vec<Event>> {
        let Some(components) = &self.doc.components else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for (name, schema) in &components.schemas {
            let at = format!("components.schemas.{name}");
            let schema = self.schema(schema, &at)?;
            let SchemaKind::Type(Type::Object(o)) = &schema.schema_kind else {
                continue;
            };
            let (Some(event_type), Some(payload)) =
                (o.properties.get("event_type"), o.properties.get("payload"))
            else {
                continue;
            };
            let SchemaKind::Type(Type::String(t)) = &self.boxed(event_type, &at)?.schema_kind
            else {
                return Err(format!("{at}.event_type is not a string"));
            };
            let [Some(event_type)] = &t.enumeration[..] else {
                return Err(format!(
                    "{at}.event_type must be one constant (an enum of one value)"
                ));
            };
            if matches!(payload, ReferenceOr::Reference { .. }) {
                return Err(format!(
                    "{at}.payload must be inline (its type is `{name}Payload`)"
                ));
            }
            let required = match &self.boxed(payload, &at)?.schema_kind {
                SchemaKind::Type(Type::Object(p)) => p.required.clone(),
                _ => return Err(format!("{at}.payload is not an object")),
            };
            out.push(Event {
                schema: name.clone(),
                event_type: event_type.clone(),
                payload: format!("{name}Payload"),
                required,
                description: schema.schema_data.description.clone().unwrap_or_default(),
            });
        }
        Ok(out)
    }
}

/// `openapiv3`'s map of properties.
type Properties = indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>;

/// progenitor's field name for a wire name: `filter[date_created_at][eq]` ->
/// `filter_date_created_at_eq` (checked against the generated builders).
pub fn snake(wire: &str) -> String {
    let mut out = String::new();
    for c in wire.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    out.trim_matches('_').to_string()
}

/// The Rust name of an operationId: `list_rooms` -> `ListRooms` (progenitor's builder names).
pub fn pascal(id: &str) -> String {
    id.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// An integer schema's rule, or the keyword the validator does not check.
fn integer_rule(i: &openapiv3::IntegerType) -> std::result::Result<Rule, &'static str> {
    if i.exclusive_minimum || i.exclusive_maximum {
        return Err("exclusiveMinimum/exclusiveMaximum");
    }
    if i.multiple_of.is_some() {
        return Err("multipleOf");
    }
    if !i.enumeration.is_empty() {
        return Err("enum of integers");
    }
    Ok(Rule::Integer {
        minimum: i.minimum,
        maximum: i.maximum,
    })
}

/// A string schema's rule, or the keyword the validator does not check.
fn string_rule(st: &openapiv3::StringType) -> std::result::Result<Rule, &'static str> {
    if st.pattern.is_some() {
        return Err("pattern");
    }
    if st.min_length.is_some() || st.max_length.is_some() {
        return Err("minLength/maxLength");
    }
    Ok(Rule::String {
        format: match &st.format {
            VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Format::Date,
            VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Format::DateTime,
            VariantOrUnknownOrEmpty::Unknown(f) if f == "uuid" => Format::Uuid,
            VariantOrUnknownOrEmpty::Unknown(f) if f == "uri" => Format::Uri,
            _ => Format::Text,
        },
        allowed: st
            .enumeration
            .iter()
            .flatten()
            .map(|v| leak(v))
            .collect::<Vec<_>>()
            .leak(),
    })
}

/// A schema without a type that still constrains like one (a `format`, bounds, items...).
fn is_constrained(a: &openapiv3::AnySchema) -> bool {
    a.typ.is_some()
        || a.pattern.is_some()
        || a.multiple_of.is_some()
        || a.minimum.is_some()
        || a.maximum.is_some()
        || a.items.is_some()
        || !a.enumeration.is_empty()
        || a.format.is_some()
        || !a.one_of.is_empty()
        || !a.all_of.is_empty()
        || !a.any_of.is_empty()
        || a.not.is_some()
}

/// A string of the spec for as long as the generator runs: the rule types are the client's
/// (`src/rules.rs`), whose tables are `'static`, and the spec is read once per run.
fn leak(s: &str) -> &'static str {
    s.to_string().leak()
}
