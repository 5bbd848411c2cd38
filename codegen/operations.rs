//! The operation table, generated from the spec: an `Operation` enum with one variant per
//! operationId, and for each the facts every layer reads (id, method, path template, parameters
//! with their rules, the body's rules). Validation, the hooks, the bulk-delete guard, tracing,
//! the emulator's routing and the tests all read this one table; nothing retypes an operation.
//!
//! Rules are `crate::operation::Rule` values built as constants, every `$ref` resolved. A schema
//! keyword the validator does not implement fails the build, so a constraint added to the spec
//! is never silently left unchecked.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

/// Keywords a request schema may use: constraints the validator checks, and annotations.
const KNOWN: &[&str] = &[
    "type",
    "format",
    "enum",
    "minimum",
    "maximum",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "oneOf",
    "description",
    "example",
    "default",
    "title",
];

/// The operation table for `spec` (YAML already read as JSON), as items for the generated file.
pub fn table(spec: &Value) -> Result<TokenStream, String> {
    let mut variants = Vec::new();
    let mut facts = Vec::new();
    let mut ids = Vec::new();
    for (path, item) in spec["paths"].as_object().ok_or("spec has no paths")? {
        for (method, op) in item.as_object().ok_or("path item is not a map")? {
            let id = op["operationId"]
                .as_str()
                .ok_or_else(|| format!("{method} {path} has no operationId"))?;
            let variant = format_ident!("{}", super::calls::pascal(id));
            let method_upper = method.to_uppercase();
            let mut params = Vec::new();
            for p in op["parameters"].as_array().into_iter().flatten() {
                let name = p["name"].as_str().ok_or("parameter without a name")?;
                let location = match p["in"].as_str() {
                    Some("path") => quote!(crate::operation::Location::Path),
                    Some("query") => quote!(crate::operation::Location::Query),
                    other => return Err(format!("`{id}`: parameter `{name}` in {other:?}")),
                };
                let required = p["required"].as_bool().unwrap_or(false);
                let rule = rule(spec, &p["schema"], &format!("{id} {name}"), 0)?;
                params.push(quote! {
                    crate::operation::Param {
                        name: #name,
                        location: #location,
                        required: #required,
                        rule: #rule,
                    }
                });
            }
            let body = match &op["requestBody"] {
                Value::Null => quote!(None),
                b => {
                    let schema = &b["content"]["application/json"]["schema"];
                    let r = rule(spec, schema, &format!("{id} body"), 0)?;
                    quote!(Some(#r))
                }
            };
            let answer = match answer(op) {
                Answer::List => quote!(crate::operation::Answer::List),
                Answer::One => quote!(crate::operation::Answer::One),
                Answer::Nothing => quote!(crate::operation::Answer::Nothing),
            };
            let doc = format!("`{method_upper} {path}` (`{id}`).");
            variants.push(quote! { #[doc = #doc] #variant });
            ids.push((id.to_string(), variant.clone()));
            facts.push(quote! {
                crate::operation::Facts {
                    id: #id,
                    method: #method_upper,
                    path: #path,
                    params: &[#(#params),*],
                    body: #body,
                    answer: #answer,
                }
            });
        }
    }
    let count = variants.len();
    let all: Vec<TokenStream> = ids.iter().map(|(_, v)| quote!(Operation::#v)).collect();
    let from_id: Vec<TokenStream> = ids
        .iter()
        .map(|(id, v)| quote!(#id => Some(Operation::#v)))
        .collect();
    Ok(quote! {
        /// One operation of the Video Rooms API, generated from the spec: one variant per
        /// operationId, ordered by path then method. [`Operation::ALL`] lists them; the methods in
        /// [`crate::operation`] give each one's method, path template, parameters and body rules.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Operation {
            #(#variants),*
        }

        impl Operation {
            /// Every operation of the spec, ordered by path then method.
            pub const ALL: [Operation; #count] = [#(#all),*];

            /// The operation with this operationId, if the spec has one.
            pub fn from_id(id: &str) -> Option<Operation> {
                match id {
                    #(#from_id,)*
                    _ => None,
                }
            }

            pub(crate) fn facts(self) -> &'static crate::operation::Facts {
                &FACTS[self as usize]
            }
        }

        static FACTS: [crate::operation::Facts; #count] = [#(#facts),*];
    })
}

/// What an operation's success answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// A page of a list: `{"data": [..], "meta": ..}`.
    List,
    /// One item: `{"data": {..}}`.
    One,
    /// No body (`204`).
    Nothing,
}

/// The kind of answer of operation `op` (its spec object), from its first 2xx response.
pub fn answer(op: &Value) -> Answer {
    let success = op["responses"]
        .as_object()
        .into_iter()
        .flatten()
        .find(|(code, _)| code.starts_with('2'))
        .map(|(_, r)| &r["content"]["application/json"]["schema"]);
    match success {
        None | Some(Value::Null) => Answer::Nothing,
        Some(s)
            if s["properties"]["data"]["type"] == "array" && !s["properties"]["meta"].is_null() =>
        {
            Answer::List
        }
        Some(_) => Answer::One,
    }
}

/// A schema as a `crate::operation::Rule` constant. `at` names it in messages.
fn rule(spec: &Value, schema: &Value, at: &str, depth: usize) -> Result<TokenStream, String> {
    if depth > 16 {
        return Err(format!("{at}: schema nests too deeply (a recursive $ref?)"));
    }
    if let Some(r) = schema["$ref"].as_str() {
        let target = spec
            .pointer(r.trim_start_matches('#'))
            .ok_or_else(|| format!("{at}: unresolved $ref {r}"))?;
        return rule(spec, target, at, depth + 1);
    }
    let obj = schema
        .as_object()
        .ok_or_else(|| format!("{at}: schema is not an object"))?;
    if let Some(k) = obj.keys().find(|k| !KNOWN.contains(&k.as_str())) {
        return Err(format!(
            "{at}: schema keyword `{k}` is not checked by the validator (src/validate.rs); \
             implement it there and here before using it in the spec"
        ));
    }
    if let Some(alts) = obj.get("oneOf").and_then(Value::as_array) {
        let alts = alts
            .iter()
            .map(|a| rule(spec, a, at, depth + 1))
            .collect::<Result<Vec<_>, _>>()?;
        return Ok(quote!(crate::operation::Rule::OneOf(&[#(#alts),*])));
    }
    let int = |k: &str| match obj.get(k) {
        None => Ok(quote!(None)),
        Some(v) => v
            .as_i64()
            .map(|n| quote!(Some(#n)))
            .ok_or_else(|| format!("{at}: `{k}` is not an integer")),
    };
    let ty = obj.get("type").and_then(Value::as_str);
    let inferred = match ty {
        Some(t) => t,
        None if obj.contains_key("properties") => "object",
        None => return Ok(quote!(crate::operation::Rule::Any)),
    };
    Ok(match inferred {
        "boolean" => quote!(crate::operation::Rule::Boolean),
        "integer" => {
            let (min, max) = (int("minimum")?, int("maximum")?);
            quote!(crate::operation::Rule::Integer { minimum: #min, maximum: #max })
        }
        "string" => {
            let format = match obj.get("format").and_then(Value::as_str) {
                None => quote!(crate::operation::Format::Text),
                Some("uuid") => quote!(crate::operation::Format::Uuid),
                Some("uri") => quote!(crate::operation::Format::Uri),
                Some("date") => quote!(crate::operation::Format::Date),
                Some("date-time") => quote!(crate::operation::Format::DateTime),
                Some(f) => return Err(format!("{at}: string format `{f}` is not checked")),
            };
            let allowed = obj
                .get("enum")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|v| {
                    v.as_str()
                        .map(str::to_string)
                        .ok_or_else(|| format!("{at}: enum value {v} is not a string"))
                })
                .collect::<Result<Vec<_>, _>>()?;
            quote!(crate::operation::Rule::String { format: #format, allowed: &[#(#allowed),*] })
        }
        "array" => {
            let items = rule(spec, &obj["items"], &format!("{at}[]"), depth + 1)?;
            quote!(crate::operation::Rule::Array { items: &#items })
        }
        "object" => {
            let required: Vec<&str> = obj
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            let mut props = Vec::new();
            for (name, s) in obj
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                let r = rule(spec, s, &format!("{at}.{name}"), depth + 1)?;
                props.push(quote!((#name, #r)));
            }
            let additional = match obj.get("additionalProperties") {
                Some(s @ Value::Object(_)) => {
                    let r = rule(spec, s, &format!("{at}.*"), depth + 1)?;
                    quote!(Some(&#r))
                }
                _ => quote!(None),
            };
            quote!(crate::operation::Rule::Object {
                required: &[#(#required),*],
                properties: &[#(#props),*],
                additional: #additional,
            })
        }
        other => return Err(format!("{at}: schema type `{other}` is not checked")),
    })
}
