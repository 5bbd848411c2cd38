//! Our glue inside progenitor's `builder` module, generated from the same spec: for every
//! operation an `execute()` beside progenitor's `send()` that owns the call (validation, auth,
//! retries, tracing, any-2xx decoding, one error type) and returns what the caller asked for;
//! and, for list operations, the pagination seam (`ListRequest`). The builders' fields are
//! private to that module, so the impls live there; nothing reads them back from `Debug`.
//!
//! Request facts (method, path, parameters, body) come from the spec; type names come from the
//! code progenitor generated, and every name is checked against it, so a generator change that
//! breaks an assumption fails the build with a message instead of compiling something else.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

/// One operation, as the spec and the generated builder describe it.
struct Operation {
    id: String,
    method: String,
    path: String,
    /// Path parameters, in path order.
    path_params: Vec<String>,
    /// Query parameters: (wire name, builder field, rule when the typed setter fails).
    query: Vec<(String, String, String)>,
    /// The request body's schema name (progenitor's builder converts into `types::<it>`).
    body: Option<String>,
}

#[path = "ast.rs"]
mod ast;
#[path = "setters.rs"]
mod setters;
use ast::{send_return_types, structs_in, type_names_in, Structs};
use setters::{body_setters, list_methods};

/// Adds our impls to the top-level `builder` module of `file` (progenitor's output).
pub fn add_to(file: &mut syn::File, spec: &Value) -> Result<(), String> {
    let types = structs_in(file, "types")?;
    let type_names = type_names_in(file, "types")?;
    let builders = structs_in(file, "builder")?;
    let sends = send_return_types(file)?;
    // `execute()` tells an unset path parameter from a bad one by progenitor's initial message.
    let generated_text = quote!(#file).to_string();
    let mut items: Vec<TokenStream> = Vec::new();
    let mut identified: BTreeSet<String> = BTreeSet::new();
    let mut send_static: Vec<TokenStream> = Vec::new();
    for op in operations(spec)? {
        let name = pascal(&op.id);
        let fields = builders
            .get(&name)
            .ok_or_else(|| format!("no generated builder `{name}` for `{}`", op.id))?;
        check_fields(&op, fields)?;
        for p in &op.path_params {
            let unset = format!("\"{p} was not initialized\"");
            if !generated_text.contains(&unset) {
                return Err(format!("builder `{name}` does not start `{p}` as {unset}"));
            }
        }
        let envelope = sends
            .get(&name)
            .ok_or_else(|| format!("builder `{name}` has no `send()`"))?;
        let output = Output::of(envelope.as_deref(), &types)?;
        items.push(execute(&op, &name, &output));
        send_static.push(futures_are_send_and_static(&op, &output));
        if let Some(body) = &op.body {
            let body_fields = types
                .get(body)
                .ok_or_else(|| format!("no generated body type `{body}`"))?;
            items.push(body_setters(
                &op,
                &name,
                body,
                body_fields,
                fields,
                &type_names,
            )?);
        }
        if let Output::Page { item, .. } = &output {
            if !(fields.contains_key("page_number") && fields.contains_key("page_size")) {
                return Err(format!("list `{}` has no page[number]/page[size]", op.id));
            }
            items.push(list_request(&op, &name, item));
            items.push(list_methods(&name));
            identified.insert(item.clone());
        }
    }
    items.push(quote! {
        /// Compile-time proof that every call built from an owned `Client` can be spawned:
        /// each operation's `execute()` and `send()` futures, and each list's streams, are
        /// `Send + 'static` (checked by `cargo test`, never called).
        #[cfg(test)]
        #[allow(dead_code)]
        fn futures_are_send_and_static(client: crate::Client) {
            fn spawnable<T: Send + 'static>(_: T) {}
            #(#send_static)*
        }
    });
    for item in identified {
        let id_ty = types
            .get(&item)
            .and_then(|f| f.get("id"))
            .ok_or_else(|| format!("list item `{item}` has no `id`"))?;
        if id_ty != ":: uuid :: Uuid" {
            return Err(format!(
                "list item `{item}` has `id: {id_ty}`; the overlay must make it a required UUID"
            ));
        }
        let t = format_ident!("{item}");
        items.push(quote! {
            impl crate::pagination::Identified for types::#t {
                fn id(&self) -> ::uuid::Uuid {
                    self.id
                }
            }
        });
    }
    let module = file
        .items
        .iter_mut()
        .find_map(|i| match i {
            syn::Item::Mod(m) if m.ident == "builder" => m.content.as_mut(),
            _ => None,
        })
        .ok_or("progenitor generated no `builder` module")?;
    for tokens in items {
        let parsed: syn::File =
            syn::parse2(tokens).map_err(|e| format!("our generated glue does not parse: {e}"))?;
        module.1.extend(parsed.items);
    }
    Ok(())
}

/// What `execute()` returns, from the envelope type `send()` returns.
enum Output {
    /// No body (`204`): `()`.
    Unit,
    /// `{"data": T}`: `T`.
    Data { envelope: String, data: TokenStream },
    /// `{"data": [T], "meta": ..}`: `Page<T>`.
    Page { envelope: String, item: String },
}

impl Output {
    fn of(envelope: Option<&str>, types: &Structs) -> Result<Output, String> {
        let Some(envelope) = envelope else {
            return Ok(Output::Unit);
        };
        let fields = types
            .get(envelope)
            .ok_or_else(|| format!("no generated type `{envelope}`"))?;
        let data = fields
            .get("data")
            .ok_or_else(|| format!("`{envelope}` has no `data`"))?;
        if data.starts_with(":: std :: option :: Option") {
            return Err(format!(
                "`{envelope}.data` is optional; the overlay must mark `data` required"
            ));
        }
        if let Some(item) = data
            .strip_prefix(":: std :: vec :: Vec < ")
            .and_then(|s| s.strip_suffix(" >"))
        {
            if fields.contains_key("meta") && types.contains_key(item) {
                return Ok(Output::Page {
                    envelope: envelope.to_string(),
                    item: item.to_string(),
                });
            }
        }
        // Inside `types`, sibling types are named bare.
        if !types.contains_key(data.as_str()) {
            return Err(format!(
                "`{envelope}.data` is `{data}`, not a generated type"
            ));
        }
        let data = format_ident!("{data}");
        Ok(Output::Data {
            envelope: envelope.to_string(),
            data: quote! { types::#data },
        })
    }
}

fn execute(op: &Operation, name: &str, output: &Output) -> TokenStream {
    let builder = format_ident!("{name}");
    let variant = format_ident!("{name}");
    let method = format_ident!("{}", op.method.to_uppercase());
    let mut fields = vec![format_ident!("client")];
    let mut checks = Vec::new();
    for p in &op.path_params {
        let f = format_ident!("{p}");
        let unset = format!("{p} was not initialized");
        let missing = format!("`{p}` is required");
        let bad = format!("`{p}` must be a UUID");
        checks.push(quote! {
            let #f = #f.map_err(|e| crate::Error::InvalidInput(
                if e == #unset { #missing } else { #bad }.to_string()
            ))?;
        });
        fields.push(f);
    }
    let mut query = Vec::new();
    for (wire, field, rule) in &op.query {
        let f = format_ident!("{field}");
        let msg = format!("`{wire}` {rule}");
        checks.push(quote! {
            let #f = #f.map_err(|_| crate::Error::InvalidInput(#msg.to_string()))?;
        });
        query.push(quote! { .query(&progenitor_client::QueryParam::new(#wire, &#f)) });
        fields.push(f);
    }
    let mut body = quote! {};
    if let Some(ty) = &op.body {
        let ty = format_ident!("{ty}");
        checks.push(quote! {
            let body = body
                .and_then(|v| types::#ty::try_from(v).map_err(|e| e.to_string()))
                .map_err(|e| crate::Error::InvalidInput(format!("request body: {e}")))?;
        });
        body = quote! { .json(&body) };
        fields.push(format_ident!("body"));
    }
    // The URL: the base, then the template with each `{param}` encoded.
    let mut fmt = String::from("{}");
    let mut args = vec![quote! { client.baseurl }];
    for (i, seg) in op.path.split('{').enumerate() {
        if i == 0 {
            fmt.push_str(seg);
            continue;
        }
        let (param, rest) = seg.split_once('}').expect("balanced template");
        let f = format_ident!("{param}");
        fmt.push_str("{}");
        fmt.push_str(rest);
        args.push(quote! { encode_path(&#f.to_string()) });
    }
    let (ret, finish, returns) = match output {
        Output::Unit => (
            quote! { () },
            quote! { let _ = answer; Ok(()) },
            "nothing (any 2xx answer, with or without a body)".to_string(),
        ),
        Output::Data { envelope, data } => {
            let env = format_ident!("{envelope}");
            (
                data.clone(),
                quote! {
                    let envelope: types::#env = answer.json(client)?;
                    Ok(envelope.data)
                },
                format!("the answer's `data` ([`types::{}`])", data_name(data)),
            )
        }
        Output::Page { envelope, item } => {
            let env = format_ident!("{envelope}");
            let t = format_ident!("{item}");
            (
                quote! { crate::Page<types::#t> },
                quote! {
                    let envelope: types::#env = answer.json(client)?;
                    Ok(crate::Page { items: envelope.data, meta: envelope.meta })
                },
                format!(
                    "one [`Page`](crate::Page) of [`types::{item}`]; for every page use \
                     [`stream`](Self::stream) or [`pages`](Self::pages)"
                ),
            )
        }
    };
    let doc = format!(
        "Sends `{} {}` through the client's call path (validation, auth, retries, \
         tracing) and returns {returns}.\n\nAny 2xx status is a success. Every failure is a \
         [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a \
         transport failure or timeout, or an answer that does not decode; those that reached \
         the server say how many attempts were made. [`send`](Self::send) gives the raw \
         response instead.",
        op.method.to_uppercase(),
        op.path
    );
    quote! {
        impl<'a> #builder<'a> {
            #[doc = #doc]
            pub async fn execute(self) -> ::std::result::Result<#ret, crate::Error> {
                self.execute_with(crate::call::Bulk::NeedsFilter).await
            }

            /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
            pub(crate) async fn execute_with(
                self,
                bulk: crate::call::Bulk,
            ) -> ::std::result::Result<#ret, crate::Error> {
                let Self { #(#fields),* } = self;
                #(#checks)*
                let url = format!(#fmt, #(#args),*);
                // Built as progenitor's `send()` builds it, header order included, so both put
                // the same bytes on the wire (tests/seam.rs compares them for every operation).
                let request = client
                    .client
                    .request(::reqwest::Method::#method, url)
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    )
                    #body
                    #(#query)*
                    .build();
                let answer =
                    crate::call::run(client, crate::Operation::#variant, request, bulk).await?;
                #finish
            }
        }
    }
}

/// The lines of `futures_are_send_and_static` for one operation: its two futures moved out
/// with an owned client, and for a list, its streams built from a borrowed one.
fn futures_are_send_and_static(op: &Operation, output: &Output) -> TokenStream {
    let call = format_ident!("{}", op.id);
    let mut out = quote! {
        spawnable({ let c = client.clone(); async move { c.#call().execute().await } });
        spawnable({ let c = client.clone(); async move { c.#call().send().await } });
    };
    if let Output::Page { .. } = output {
        out.extend(quote! {
            spawnable(client.#call().stream());
            spawnable(client.#call().stream().prefetch(4));
            spawnable(client.#call().pages());
            spawnable(client.#call().pages().prefetch(4));
        });
    }
    out
}

fn data_name(data: &TokenStream) -> String {
    data.to_string().trim_start_matches("types :: ").to_string()
}

fn list_request(op: &Operation, name: &str, item: &str) -> TokenStream {
    let builder = format_ident!("{name}");
    let variant = format_ident!("{name}");
    let t = format_ident!("{item}");
    let rule = |wire: &str| {
        op.query
            .iter()
            .find(|(w, _, _)| w == wire)
            .map(|(w, _, r)| format!("`{w}` {r}"))
            .unwrap_or_else(|| format!("`{wire}` has an invalid value"))
    };
    let (number_msg, size_msg) = (rule("page[number]"), rule("page[size]"));
    // Every parameter but the paging, moved into the fetch closure and cloned for each page.
    let kept: Vec<_> = op
        .path_params
        .iter()
        .map(String::as_str)
        .chain(op.query.iter().map(|(_, f, _)| f.as_str()))
        .filter(|f| *f != "page_number" && *f != "page_size")
        .map(|f| format_ident!("{f}"))
        .collect();
    quote! {
        impl<'a> crate::pagination::sealed::Sealed for #builder<'a> {}
        impl<'a> crate::ListRequest for #builder<'a> {
            type Item = types::#t;

            fn pages(self) -> crate::Pages<Self::Item> {
                const OP: crate::Operation = crate::Operation::#variant;
                let Self { client, page_number, page_size, #(#kept),* } = self;
                let invalid = |v: crate::operation::Violation| crate::Error::InvalidInput(v.message);
                let paging = page_number
                    .map_err(|_| crate::Error::InvalidInput(#number_msg.to_string()))
                    .and_then(|n| crate::validate::page_param(OP, "page[number]", n).map_err(invalid))
                    .and_then(|number| {
                        let size = page_size
                            .map_err(|_| crate::Error::InvalidInput(#size_msg.to_string()))?;
                        let size = crate::validate::page_param(OP, "page[size]", size).map_err(invalid)?;
                        Ok(crate::pagination::Paging { number, size })
                    });
                // Owned: the stream is `Send + 'static` whatever the builder borrowed.
                let client = client.clone();
                crate::Pages::new(paging, move |number, size| {
                    let client = client.clone();
                    #(let #kept = #kept.clone();)*
                    Box::pin(async move {
                        #builder {
                            client: &client,
                            page_number: Ok(None),
                            page_size: Ok(None),
                            #(#kept),*
                        }
                        .page_number(number.get())
                        .page_size(size.get())
                        .execute()
                        .await
                    })
                })
            }
        }
    }
}

/// The builder's fields must be exactly `client`, the parameters and `body`.
fn check_fields(op: &Operation, fields: &BTreeMap<String, String>) -> Result<(), String> {
    let mut expected: BTreeSet<String> = ["client".to_string()].into();
    expected.extend(op.path_params.iter().cloned());
    expected.extend(op.query.iter().map(|(_, f, _)| f.clone()));
    if op.body.is_some() {
        expected.insert("body".into());
    }
    let actual: BTreeSet<String> = fields.keys().cloned().collect();
    if expected != actual {
        return Err(format!(
            "builder for `{}` has fields {actual:?}, expected {expected:?}",
            op.id
        ));
    }
    Ok(())
}

fn operations(spec: &Value) -> Result<Vec<Operation>, String> {
    let mut out = Vec::new();
    for (path, item) in spec["paths"].as_object().ok_or("spec has no paths")? {
        for (method, op) in item.as_object().ok_or("path item is not a map")? {
            let id = op["operationId"]
                .as_str()
                .ok_or_else(|| format!("{method} {path} has no operationId"))?
                .to_string();
            let mut path_params = Vec::new();
            let mut query = Vec::new();
            for p in op["parameters"].as_array().into_iter().flatten() {
                let wire = p["name"].as_str().ok_or("parameter without a name")?;
                match p["in"].as_str() {
                    Some("path") => path_params.push(wire.to_string()),
                    Some("query") => {
                        query.push((wire.to_string(), snake(wire), rule(spec, &p["schema"])))
                    }
                    other => return Err(format!("parameter `{wire}` in {other:?}")),
                }
            }
            let body = match &op["requestBody"] {
                Value::Null => None,
                b => Some(
                    b["content"]["application/json"]["schema"]["$ref"]
                        .as_str()
                        .and_then(|r| r.strip_prefix("#/components/schemas/"))
                        .ok_or_else(|| format!("`{id}`: the request body must be a named schema"))?
                        .to_string(),
                ),
            };
            out.push(Operation {
                id,
                method: method.clone(),
                path: path.clone(),
                path_params,
                query,
                body,
            });
        }
    }
    Ok(out)
}

/// What a typed query setter requires, for the message when its conversion failed.
fn rule(spec: &Value, schema: &Value) -> String {
    let schema = match schema["$ref"].as_str() {
        Some(r) => spec
            .pointer(r.trim_start_matches('#'))
            .unwrap_or(&Value::Null),
        None => schema,
    };
    if let Some(values) = schema["enum"].as_array() {
        let list: Vec<String> = values
            .iter()
            .map(|v| format!("`{}`", v.as_str().unwrap_or("?")))
            .collect();
        return format!("must be one of {}", list.join(", "));
    }
    match (schema["type"].as_str(), schema["format"].as_str()) {
        (_, Some("uuid")) => "must be a UUID".into(),
        (_, Some("date")) => "must be a date (YYYY-MM-DD)".into(),
        (Some("integer"), _) => match schema["minimum"].as_i64() {
            Some(min) => format!("must be at least {min}"),
            None => "must be an integer".into(),
        },
        (Some("boolean"), _) => "must be true or false".into(),
        _ => "has an invalid value".into(),
    }
}

/// progenitor's field name for a wire name: `filter[date_created_at][eq]` ->
/// `filter_date_created_at_eq` (checked against the generated fields by [`check_fields`]).
fn snake(wire: &str) -> String {
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
