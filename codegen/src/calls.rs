//! Our glue inside progenitor's `builder` module, generated from the model. For every operation:
//!
//! - its parameter setters, which keep a value that does not convert as a typed
//!   `Violation` (operation, field, where, rule) instead of progenitor's text;
//! - `request()`: the one piece of code that builds the operation's URL, query, headers and
//!   body; `execute()` and `send()` both call it, then the client's call path (validation, auth,
//!   retries, tracing, bounded reads, any-2xx decoding, one error type);
//! - `execute()`, which returns what the caller asked for, and `send()`, which returns it with
//!   the answer's status and headers;
//! - for a list, the pagination seam (`ListRequest`).
//!
//! Type names come from the code progenitor generated and every one is checked against it, so
//! a generator change that breaks an assumption fails the build with a message.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::{pascal, Answer, Location, Model, Operation, Rule};
use crate::setters::{body_setters, list_methods};
use crate::shape;
use crate::shape::{structs_in, type_names_in, Structs};
use crate::table::expected;

/// Adds our items to the top-level `builder` module of `file` (progenitor's output, its
/// `send()`s already removed); `sends` is what each `send()` returned.
pub fn add_to(
    file: &mut syn::File,
    model: &Model,
    sends: &BTreeMap<String, Option<String>>,
) -> Result<(), String> {
    let types = structs_in(file, shape::TYPES)?;
    let type_names = type_names_in(file, shape::TYPES)?;
    let builders = structs_in(file, shape::BUILDERS)?;
    let mut items: Vec<TokenStream> = Vec::new();
    let mut identified: BTreeSet<String> = BTreeSet::new();
    let mut send_static: Vec<TokenStream> = Vec::new();
    let mut setters_of: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for op in &model.operations {
        let name = pascal(&op.id);
        let fields = builders
            .get(&name)
            .ok_or_else(|| format!("no generated builder `{name}` for `{}`", op.id))?;
        check_fields(op, fields)?;
        let output = output_of(op, &name, sends, &types)?;
        items.push(param_setters(op, &name, fields)?);
        setters_of.insert(
            name.clone(),
            op.params.iter().map(|p| p.field.clone()).collect(),
        );
        items.push(calls(op, &name, &output));
        send_static.push(futures_are_send_and_static(op, &output));
        if let Some(body) = &op.body {
            let body_fields = types
                .get(&body.schema)
                .ok_or_else(|| format!("no generated body type `{}`", body.schema))?;
            items.push(body_setters(
                op,
                &name,
                &body.schema,
                body_fields,
                fields,
                &type_names,
            )?);
        }
        if let Output::Page { item, .. } = &output {
            if !(fields.contains_key("page_number") && fields.contains_key("page_size")) {
                return Err(format!("list `{}` has no page[number]/page[size]", op.id));
            }
            items.push(list_request(op, &name, item));
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
    items.extend(identified_impls(&types, identified)?);
    let module = shape::module_mut(file, shape::BUILDERS)?;
    reshape_builders(module, &setters_of)?;
    for tokens in items {
        let parsed: syn::File =
            syn::parse2(tokens).map_err(|e| format!("our generated glue does not parse: {e}"))?;
        module.extend(parsed.items);
    }
    Ok(())
}

/// What `execute()` returns for `op`, from the envelope progenitor's `send()` returned, checked
/// against the spec's answer.
fn output_of(
    op: &Operation,
    name: &str,
    sends: &BTreeMap<String, Option<String>>,
    types: &Structs,
) -> Result<Output, String> {
    let envelope = sends
        .get(name)
        .ok_or_else(|| format!("builder `{name}` has no `send()`"))?;
    let output = Output::of(envelope.as_deref(), types)?;
    if (op.answer == Answer::List) != matches!(output, Output::Page { .. }) {
        return Err(format!(
            "`{}`: the spec's answer is {:?} but `send()` returns {envelope:?}",
            op.id, op.answer
        ));
    }
    Ok(output)
}

/// `Identified` for every listed item type: its `id`, which must be a required UUID.
fn identified_impls(
    types: &Structs,
    identified: BTreeSet<String>,
) -> Result<Vec<TokenStream>, String> {
    let mut items = Vec::new();
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
    Ok(items)
}

/// Every builder gets a `violation` field (the first value that did not convert, as data),
/// started as `None` by its `new`; progenitor's parameter setters, which keep only text, are
/// replaced by ours.
fn reshape_builders(
    items: &mut [syn::Item],
    setters_of: &BTreeMap<String, Vec<String>>,
) -> Result<(), String> {
    let mut reshaped = BTreeSet::new();
    for item in items.iter_mut() {
        match item {
            syn::Item::Struct(s) if setters_of.contains_key(&s.ident.to_string()) => {
                let syn::Fields::Named(fields) = &mut s.fields else {
                    return Err(format!("builder `{}` has unnamed fields", s.ident));
                };
                fields.named.push(syn::parse_quote! {
                    violation: ::std::option::Option<crate::operation::Violation>
                });
                reshaped.insert(s.ident.to_string());
            }
            syn::Item::Impl(imp) if imp.trait_.is_none() => {
                let syn::Type::Path(p) = &*imp.self_ty else {
                    continue;
                };
                let name = p.path.segments.last().expect("a path").ident.to_string();
                let Some(params) = setters_of.get(&name) else {
                    continue;
                };
                imp.items.retain(|i| {
                    !matches!(i, syn::ImplItem::Fn(f) if params.contains(&f.sig.ident.to_string()))
                });
                for it in &mut imp.items {
                    let syn::ImplItem::Fn(f) = it else { continue };
                    if f.sig.ident != shape::NEW {
                        continue;
                    }
                    let Some(syn::Stmt::Expr(syn::Expr::Struct(init), None)) =
                        f.block.stmts.last_mut()
                    else {
                        return Err(shape::moved(shape::Point::BuilderNew));
                    };
                    init.fields.push(syn::parse_quote!(violation: None));
                }
            }
            _ => {}
        }
    }
    if reshaped.len() != setters_of.len() {
        return Err(format!(
            "builders not found: expected {setters_of:?}, got {reshaped:?}"
        ));
    }
    Ok(())
}

fn location(l: Location) -> TokenStream {
    match l {
        Location::Path => quote!(crate::operation::Location::Path),
        Location::Query => quote!(crate::operation::Location::Query),
        Location::Body => quote!(crate::operation::Location::Body),
        Location::Argument => quote!(crate::operation::Location::Argument),
    }
}

/// A setter for every parameter, with progenitor's signature: a value that does not convert
/// into the parameter's type is kept as the builder's violation and returned by `execute()`.
fn param_setters(
    op: &Operation,
    name: &str,
    fields: &BTreeMap<String, String>,
) -> Result<TokenStream, String> {
    let builder = format_ident!("{name}");
    let variant = format_ident!("{name}");
    let mut setters = Vec::new();
    for p in &op.params {
        let text = &fields[&p.field];
        let inner = text
            .strip_prefix("Result < ")
            .and_then(|t| t.strip_suffix(" , String >"))
            .ok_or_else(|| format!("`{name}.{}` is `{text}`", p.field))?;
        let (ty, value) = match inner
            .strip_prefix(":: std :: option :: Option < ")
            .or_else(|| inner.strip_prefix("Option < "))
            .and_then(|t| t.strip_suffix(" >"))
        {
            Some(t) => (t, quote!(Some(v))),
            None => (inner, quote!(v)),
        };
        let ty: syn::Type = syn::parse_str(ty).map_err(|e| format!("`{ty}`: {e}"))?;
        let f = format_ident!("{}", p.field);
        let wire = &p.name;
        let loc = location(p.location);
        let rule = expected(&p.rule);
        let doc = format!(
            "Sets `{wire}` ({}, {}). A value that does not convert is returned by \
             [`execute`](Self::execute) as [`crate::Error::InvalidInput`], naming `{wire}` \
             and the rule, and nothing is sent.",
            if p.location == Location::Path {
                "a path parameter"
            } else {
                "a query parameter"
            },
            if p.required { "required" } else { "optional" },
        );
        setters.push(quote! {
            #[doc = #doc]
            pub fn #f<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<#ty>,
            {
                match value.try_into() {
                    Ok(v) => {
                        self.#f = Ok(#value);
                        if self.violation.as_ref().is_some_and(|v| v.field == #wire) {
                            self.violation = None;
                        }
                    }
                    Err(_) => {
                        self.#f = Err(String::new());
                        self.violation.get_or_insert(crate::operation::Violation::new(
                            Some(crate::Operation::#variant),
                            #wire,
                            #loc,
                            #rule,
                        ));
                    }
                }
                self
            }
        });
    }
    Ok(quote! {
        impl<'a> #builder<'a> {
            #(#setters)*
        }
    })
}

/// What `execute()` returns, from the envelope type progenitor's `send()` returned.
enum Output {
    /// No body (`204`): `()`.
    Unit,
    /// `{"data": T}`: `T`.
    Data { envelope: String, data: String },
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
        Ok(Output::Data {
            envelope: envelope.to_string(),
            data: data.clone(),
        })
    }
}

/// What `request()` destructures and checks: the builder's fields, a check per value, the
/// query and the body of the request.
struct Parts {
    fields: Vec<proc_macro2::Ident>,
    checks: Vec<TokenStream>,
    query: Vec<TokenStream>,
    body: TokenStream,
}

impl Parts {
    fn of(op: &Operation) -> Parts {
        let mut parts = Parts {
            fields: vec![format_ident!("client"), format_ident!("violation")],
            checks: Vec::new(),
            query: Vec::new(),
            body: quote! {},
        };
        for p in op.path_params() {
            let f = format_ident!("{}", p.field);
            let wire = &p.name;
            // Conversion failures were returned above: an `Err` here was never set.
            parts.checks.push(quote! {
                let #f = #f.map_err(|_| crate::Error::InvalidInput(
                    crate::operation::Violation::new(
                        Some(OP),
                        #wire,
                        crate::operation::Location::Path,
                        crate::operation::Expected::Present,
                    )
                ))?;
            });
            parts.fields.push(f);
        }
        for (i, p) in op.params.iter().enumerate() {
            if p.location != crate::model::Location::Query {
                continue;
            }
            let f = format_ident!("{}", p.field);
            let wire = &p.name;
            // The typed value, checked as it is against the spec's rule for it (the table's
            // parameters are the model's, in its order).
            parts.checks.push(quote! {
                let #f = #f.unwrap_or_default();
                crate::validate::query(OP, &OP.params()[#i], &#f)
                    .map_err(crate::Error::InvalidInput)?;
            });
            parts
                .query
                .push(quote! { .query(&progenitor_client::QueryParam::new(#wire, &#f)) });
            parts.fields.push(f);
        }
        if let Some(b) = &op.body {
            parts.checks.push(body_check(b));
            parts.body = quote! { .json(&body) };
            parts.fields.push(format_ident!("body"));
        }
        parts
    }
}

/// The body built from what the setters kept, then checked as it is against the spec.
fn body_check(b: &crate::model::Body) -> TokenStream {
    let ty = format_ident!("{}", b.schema);
    let required = match &b.rule {
        Rule::Object { required, .. } => required.to_vec(),
        _ => Vec::new(),
    };
    // Conversions were checked by the setters; what `try_from` can still refuse is a
    // required field never set.
    let (field, expected) = match &required[..] {
        [one] => (one.to_string(), quote!(crate::operation::Expected::Present)),
        _ => (
            "body".to_string(),
            quote!(crate::operation::Expected::Valid),
        ),
    };
    quote! {
        let body = body
            .and_then(|v| types::#ty::try_from(v).map_err(|e| e.to_string()))
            .map_err(|_| crate::Error::InvalidInput(crate::operation::Violation::new(
                Some(OP),
                #field,
                crate::operation::Location::Body,
                #expected,
            )))?;
        crate::validate::body(OP, &body).map_err(crate::Error::InvalidInput)?;
    }
}

/// The URL's format string and arguments: the base, then the template with each `{param}`
/// encoded.
fn url(op: &Operation) -> (String, Vec<TokenStream>) {
    let mut fmt = String::from("{}");
    let mut args = vec![quote! { client.baseurl }];
    for (i, seg) in op.path.split('{').enumerate() {
        if i == 0 {
            fmt.push_str(seg);
            continue;
        }
        let (param, rest) = seg.split_once('}').expect("balanced template");
        let f = format_ident!("{}", crate::model::snake(param));
        fmt.push_str("{}");
        fmt.push_str(rest);
        args.push(quote! { encode_path(&#f.to_string()) });
    }
    (fmt, args)
}

impl Output {
    /// What `execute()` returns, how it is read from the answer, and the words for its doc.
    fn finish(&self) -> (TokenStream, TokenStream, String) {
        match self {
            Output::Unit => (
                quote! { () },
                quote! { let _ = (client, answer); Ok(()) },
                "nothing (any 2xx answer, with or without a body)".to_string(),
            ),
            Output::Data { envelope, data } => {
                let (env, d) = (format_ident!("{envelope}"), format_ident!("{data}"));
                (
                    quote! { types::#d },
                    quote! {
                        let envelope: types::#env = answer.json(client)?;
                        Ok(envelope.data)
                    },
                    format!("the answer's `data` ([`types::{data}`])"),
                )
            }
            Output::Page { envelope, item } => {
                let (env, t) = (format_ident!("{envelope}"), format_ident!("{item}"));
                (
                    quote! { crate::pagination::Page<types::#t> },
                    quote! {
                        let envelope: types::#env = answer.json(client)?;
                        Ok(crate::pagination::Page { items: envelope.data, meta: envelope.meta })
                    },
                    format!(
                        "one [`Page`](crate::pagination::Page) of [`types::{item}`]; for every \
                         page use [`stream`](Self::stream) or [`pages`](Self::pages)"
                    ),
                )
            }
        }
    }
}

/// `request()` of one operation: the one place its request is built.
fn request_fn(op: &Operation, variant: &proc_macro2::Ident) -> TokenStream {
    let Parts {
        fields,
        checks,
        query,
        body,
    } = Parts::of(op);
    let method = format_ident!("{}", op.method.to_uppercase());
    let (fmt, args) = url(op);
    quote! {
        /// The request, built here and nowhere else: checks the values set, then the URL,
        /// query, headers and body.
        fn request(
            self,
        ) -> ::std::result::Result<(&'a super::Client, ::reqwest::Request), crate::Error> {
            const OP: crate::Operation = crate::Operation::#variant;
            let Self { #(#fields),* } = self;
            if let Some(v) = violation {
                return Err(crate::Error::InvalidInput(v));
            }
            #(#checks)*
            let url = format!(#fmt, #(#args),*);
            let request = client
                .client
                .request(::reqwest::Method::#method, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                #body
                #(#query)*
                .build()
                .map_err(|e| crate::call::not_built(OP, e))?;
            Ok((client, request))
        }
    }
}

/// `execute()`; for a bulk operation, through `execute_with()`, by which the explicit call
/// (`delete_every_recording_of_the_account`) says it means everything.
fn execute_fns(
    op: &Operation,
    variant: &proc_macro2::Ident,
    ret: &TokenStream,
    doc: &str,
) -> TokenStream {
    if !op.is_bulk() {
        return quote! {
            #[doc = #doc]
            pub async fn execute(self) -> ::std::result::Result<#ret, crate::Error> {
                let (client, request) = self.request()?;
                let bulk = crate::call::Bulk::NeedsFilter;
                let answer =
                    crate::call::run(client, crate::Operation::#variant, request, bulk).await?;
                Self::decode(client, &answer)
            }
        };
    }
    quote! {
        #[doc = #doc]
        pub async fn execute(self) -> ::std::result::Result<#ret, crate::Error> {
            self.execute_with(crate::call::Bulk::NeedsFilter).await
        }

        /// [`execute`](Self::execute), with a bulk operation's filter rule said explicitly.
        pub(crate) async fn execute_with(
            self,
            bulk: crate::call::Bulk,
        ) -> ::std::result::Result<#ret, crate::Error> {
            let (client, request) = self.request()?;
            let answer =
                crate::call::run(client, crate::Operation::#variant, request, bulk).await?;
            Self::decode(client, &answer)
        }
    }
}

/// `request()`, `execute()` (and `execute_with()` for a bulk operation), `decode()` and
/// `send()` of one operation.
fn calls(op: &Operation, name: &str, output: &Output) -> TokenStream {
    let builder = format_ident!("{name}");
    let variant = format_ident!("{name}");
    let request = request_fn(op, &variant);
    let (ret, finish, returns) = output.finish();
    let line = format!("`{} {}`", op.method.to_uppercase(), op.path);
    let doc = format!(
        "Sends {line} through the client's call path (validation, auth, retries, tracing) and \
         returns {returns}.\n\nAny 2xx status is a success. Every failure is a \
         [`crate::Error`]: bad input (nothing sent), an API error with Telnyx's error list, a \
         transport failure or timeout, or an answer that does not decode; those that reached \
         the server say how many attempts were made."
    );
    let execute = execute_fns(op, &variant, &ret, &doc);
    let send_doc = format!(
        "Sends {line} exactly as [`execute`](Self::execute) does and returns what it returns \
         with the answer's status and headers."
    );
    quote! {
        impl<'a> #builder<'a> {
            #request

            #execute

            /// What `execute()` returns, from the answer.
            fn decode(
                client: &super::Client,
                answer: &crate::call::Answer,
            ) -> ::std::result::Result<#ret, crate::Error> {
                #finish
            }

            #[doc = #send_doc]
            pub async fn send(
                self,
            ) -> ::std::result::Result<ResponseValue<#ret>, crate::Error> {
                let (client, request) = self.request()?;
                let answer = crate::call::run(
                    client,
                    crate::Operation::#variant,
                    request,
                    crate::call::Bulk::NeedsFilter,
                )
                .await?;
                let value = Self::decode(client, &answer)?;
                Ok(answer.respond(value))
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

fn list_request(op: &Operation, name: &str, item: &str) -> TokenStream {
    let builder = format_ident!("{name}");
    let variant = format_ident!("{name}");
    let t = format_ident!("{item}");
    // Every parameter but the paging, moved into the fetch closure and cloned for each page.
    let kept: Vec<_> = op
        .params
        .iter()
        .map(|p| p.field.as_str())
        .filter(|f| *f != "page_number" && *f != "page_size")
        .map(|f| format_ident!("{f}"))
        .collect();
    quote! {
        impl<'a> crate::pagination::sealed::Sealed for #builder<'a> {}
        impl<'a> crate::pagination::ListRequest for #builder<'a> {
            type Item = types::#t;

            fn pages(self) -> crate::pagination::Pages<Self::Item> {
                const OP: crate::Operation = crate::Operation::#variant;
                let Self { client, violation, page_number, page_size, #(#kept),* } = self;
                let invalid = crate::Error::InvalidInput;
                let paging = match violation {
                    Some(v) => Err(invalid(v)),
                    None => crate::validate::page_param(OP, "page[number]", page_number.unwrap_or_default())
                        .and_then(|number| {
                            let size = crate::validate::page_param(OP, "page[size]", page_size.unwrap_or_default())?;
                            Ok(crate::pagination::Paging { number, size })
                        })
                        .map_err(invalid),
                };
                // Owned: the stream is `Send + 'static` whatever the builder borrowed.
                let owned = client.clone();
                crate::pagination::Pages::new(client, OP, paging, move |number, size| {
                    let client = owned.clone();
                    #(let #kept = #kept.clone();)*
                    Box::pin(async move {
                        #builder {
                            client: &client,
                            violation: None,
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
    expected.extend(op.params.iter().map(|p| p.field.clone()));
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
