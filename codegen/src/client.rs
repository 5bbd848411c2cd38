//! The client: every generator setting in one place, progenitor's output trimmed to what users
//! need, and our glue added from the model. The client's `build.rs` writes it into `OUT_DIR`, and
//! its `tests/generated_code.rs` snapshots the same output, so the two cannot disagree.

use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypePatch};

use crate::model::Model;
use crate::shape::{self, Point};

/// The progenitor settings for the client and the command line.
pub fn settings() -> GenerationSettings {
    let mut s = GenerationSettings::new();
    s.with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        // progenitor's `send()` is replaced by ours (`calls.rs`); no hook is ever called.
        .with_hooks(HooksMode::Expected)
        .with_inner_type(quote_inner())
        // Deterministic key order on the wire and in Debug output.
        .with_map_type("::std::collections::BTreeMap")
        .with_derive("PartialEq")
        // The spec's `Error` (one entry of Telnyx's error list) beside the crate's `Error`
        // would be two things with one name.
        .with_patch("Error", TypePatch::default().with_rename("ErrorObject"))
        // `"all"` or a list of ids: one hand-written enum (`Participants::All`, `Only(ids)`).
        .with_replacement(
            "Participants",
            "::telnyx_rooms::Participants",
            std::iter::empty(),
        );
    // Page numbers and sizes (`minimum: 1`) would be `NonZeroU64`, which an integer literal
    // cannot become: `page_size(50)` would not compile. They are plain `i64`s; the spec's bounds
    // are checked before anything is sent (src/validate/), with the field and the rule.
    for schema in [
        serde_json::json!({"type": "integer", "minimum": 1}),
        serde_json::json!({"type": "integer", "minimum": 1, "maximum": 250}),
    ] {
        let schema = serde_json::from_value(schema).expect("a valid schema");
        s.with_conversion(schema, "i64", std::iter::empty());
    }
    s
}

fn quote_inner() -> proc_macro2::TokenStream {
    "crate::config::Inner".parse().expect("valid path")
}

/// Generates the client for `spec_text` (YAML; [`crate::SPEC`] for this crate's spec) and
/// pretty-prints it: progenitor's types and builders, our glue in its `builder` module (one
/// request builder behind `execute()` and `send()`, body setters, the pagination seam), the
/// operation table and the webhook events.
pub fn client(spec_text: &str) -> Result<String, String> {
    let model = Model::parse(spec_text)?;
    let mut generator = Generator::new(&settings());
    let tokens = generator
        .generate_tokens(&model.doc)
        .map_err(|e| format!("progenitor rejected the spec: {e}"))?;
    let mut file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("generated code does not parse: {e}"))?;
    // What each builder's `send()` returns names the envelope types; read before it goes.
    let sends = crate::shape::send_return_types(&file)?;
    trim(&mut file)?;
    crate::type_builders::keep_for_bodies(&mut file)?;
    crate::calls::add_to(&mut file, &model, &sends)?;
    let roots = (model.events.iter().map(|e| e.payload.clone()))
        .chain(model.response_schemas())
        .collect();
    let envelopes = sends.values().flatten().cloned().collect();
    crate::reach::keep_reachable(&mut file, &roots, &envelopes)?;
    let types = crate::shape::type_names_in(&file, shape::TYPES)?;
    for tokens in [
        crate::table::table(&model),
        crate::events::events(&model, &types)?,
    ] {
        let items: syn::File =
            syn::parse2(tokens).map_err(|e| format!("generated glue does not parse: {e}"))?;
        file.items.extend(items.items);
    }
    Ok(prettyplease::unparse(&file))
}

/// Keeps of progenitor's output only what users need:
/// - `Client::new` (which builds its own `reqwest::Client` and unwraps) is dropped and
///   `new_with_client` is the crate's own: clients are built with `Client::builder()`, which
///   checks the base URL, timeouts and retries;
/// - the `ClientInfo`/`ClientHooks` plumbing goes with progenitor's `send()`, which ours
///   replaces (`calls.rs`); the builders' `new` is the crate's own;
/// - the Client's page speaks of the crate, not of the spec's `info.version`.
fn trim(file: &mut syn::File) -> Result<(), String> {
    file.items.retain(|item| match item {
        syn::Item::Impl(imp) => !imp.trait_.as_ref().is_some_and(|(_, path, _)| {
            path.segments
                .last()
                .is_some_and(|s| s.ident == shape::CLIENT_INFO)
        }),
        // `const _: () = { fn assert_client_hooks() .. }`
        syn::Item::Const(c) => !quote::quote!(#c)
            .to_string()
            .contains(shape::HOOKS_ASSERTION),
        syn::Item::Use(_) => false,
        _ => true,
    });
    let uses: syn::File = syn::parse_quote! {
        #[allow(unused_imports)]
        pub use progenitor_client::{ByteStream, ResponseValue};
        #[allow(unused_imports)]
        use progenitor_client::{encode_path, RequestBuilderExt};
    };
    file.items.splice(0..0, uses.items);
    let mut found = false;
    for item in &mut file.items {
        match item {
            syn::Item::Struct(s) if s.ident == "Client" => {
                s.attrs.retain(|a| !a.path().is_ident("doc"));
                let doc = "A client of the Telnyx Video Rooms API: build it with \
                    [`Client::builder`], then call an operation, set its parameters and \
                    [`execute`](builder::ListRooms::execute) it, e.g. \
                    `client.list_rooms().page_size(50).execute().await?`. Cloning is cheap: \
                    clones share the connection pool and settings.";
                s.attrs.push(syn::parse_quote!(#[doc = #doc]));
            }
            syn::Item::Impl(imp)
                if imp.trait_.is_none()
                    && matches!(&*imp.self_ty, syn::Type::Path(p) if p.path.is_ident("Client")) =>
            {
                let is_constructor = imp.items.iter().any(
                    |i| matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == shape::NEW_WITH_CLIENT),
                );
                if is_constructor {
                    found = true;
                    imp.items.retain(
                        |i| !matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == shape::NEW),
                    );
                    for item in &mut imp.items {
                        if let syn::ImplItem::Fn(f) = item {
                            f.vis = syn::parse_quote!(pub(crate));
                        }
                    }
                } else {
                    for item in &mut imp.items {
                        if let syn::ImplItem::Fn(f) = item {
                            operation_doc(&mut f.attrs);
                        }
                    }
                }
            }
            syn::Item::Mod(m) if m.ident == shape::BUILDERS => trim_builders(m),
            _ => {}
        }
    }
    if !found {
        return Err(shape::moved(Point::ClientConstructor));
    }
    Ok(())
}

/// In the builders' module: the import of `ClientInfo` replaced, each builder's `send()`
/// dropped (ours replaces it) and its `new` made crate-private.
fn trim_builders(m: &mut syn::ItemMod) {
    let Some((_, items)) = &mut m.content else {
        return;
    };
    for item in items.iter_mut() {
        if let syn::Item::Use(u) = item.clone() {
            if !quote::quote!(#u).to_string().contains(shape::CLIENT_INFO) {
                continue;
            }
            *item = syn::parse_quote! {
                #[allow(unused_imports)]
                use super::{encode_path, ByteStream, RequestBuilderExt, ResponseValue};
            };
            continue;
        }
        let syn::Item::Impl(imp) = item else { continue };
        imp.items
            .retain(|i| !matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == shape::SEND));
        for item in &mut imp.items {
            if let syn::ImplItem::Fn(f) = item {
                if f.sig.ident == shape::NEW {
                    f.vis = syn::parse_quote!(pub(crate));
                }
            }
        }
    }
}

/// An operation's doc without progenitor's `send()` example with placeholders: the spec's
/// summary and description, its arguments, and how to send it.
fn operation_doc(attrs: &mut [syn::Attribute]) {
    for attr in attrs {
        let syn::Meta::NameValue(nv) = &mut attr.meta else {
            continue;
        };
        if !nv.path.is_ident("doc") {
            continue;
        }
        let syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(text),
            ..
        }) = &nv.value
        else {
            continue;
        };
        let doc = text.value();
        let Some((before, _example)) = doc.split_once(shape::DOC_EXAMPLE) else {
            continue;
        };
        let doc = format!(
            "{}Set its parameters and body fields with the builder's setters, then call \
             `execute()` for what the operation returns, or `send()` for the same call with \
             the answer's status and headers.",
            before
        );
        nv.value = syn::parse_quote!(#doc);
    }
}
