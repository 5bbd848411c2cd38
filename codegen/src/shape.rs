//! Every point where our generators depend on the shape of progenitor's output, in one place,
//! and the reading of it: the structs and type names of a module, what each builder's `send()`
//! returns.
//! progenitor is pinned to an exact version (`Cargo.toml`); before moving the pin, run this
//! module's tests: each checks one [`Point`] on progenitor's raw output for our spec and fails
//! naming it. The generators name these points through the constants below, and say
//! [`moved`] when one is not where it was.

use std::collections::{BTreeMap, BTreeSet};

use quote::quote;

/// progenitor's module of the spec's types (typify's output).
pub(crate) const TYPES: &str = "types";
/// typify's builders, inside [`TYPES`].
pub(crate) const TYPE_BUILDERS: &str = "builder";
/// progenitor's module of operation builders.
pub(crate) const BUILDERS: &str = "builder";
/// An operation builder's method that maps its body's typify builder.
pub(crate) const BODY_MAP: &str = "body_map";
/// An operation builder's method that sends it.
pub(crate) const SEND: &str = "send";
/// An operation builder's constructor, and the client's.
pub(crate) const NEW: &str = "new";
/// The client's constructor from a `reqwest::Client`.
pub(crate) const NEW_WITH_CLIENT: &str = "new_with_client";
/// The trait progenitor's `send()` reads the client through.
pub(crate) const CLIENT_INFO: &str = "ClientInfo";
/// The function in the `const _` block that asserts the hooks are implemented.
pub(crate) const HOOKS_ASSERTION: &str = "assert_client_hooks";
/// Where an operation method's doc starts its `send()` example.
pub(crate) const DOC_EXAMPLE: &str = "```ignore";
/// The command line's trait of hooks.
pub(crate) const CLI_CONFIG: &str = "CliConfig";
/// The prefix of the command line's per-operation functions that send.
pub(crate) const CLI_EXECUTE: &str = "execute";
/// The printing hooks of [`CLI_CONFIG`], which only the dropped `execute_*` call.
pub(crate) const CLI_PRINTING: &[&str] = &[
    "success_item",
    "success_no_item",
    "error",
    "list_start",
    "list_item",
    "list_end_success",
    "list_end_error",
];

/// A point where the generators depend on progenitor's output. Some are named only by the
/// tests: the code that relies on them checks what it reads in its own words.
#[cfg_attr(not(test), allow(dead_code))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Point {
    /// A top-level `mod types` holding a struct or enum per schema (`ast.rs`, `calls.rs`,
    /// `events.rs` read type names and fields from it).
    TypesModule,
    /// `types::builder::X` and `X::builder()` for every type (`type_builders.rs` keeps those
    /// of request bodies, crate-private).
    TypeBuilders,
    /// A top-level `mod builder` with one struct per operation, named in PascalCase, whose
    /// fields are `client`, one per parameter (`page[number]` -> `page_number`) and `body`
    /// (`calls.rs` checks them against the model).
    BuildersModule,
    /// An operation builder's `body: Result<types::builder::X, String>` (`type_builders.rs`).
    BodyField,
    /// `body_map` on builders with a body (`type_builders.rs`; our body setters call the
    /// typify builder it maps).
    BodyMap,
    /// Each builder's `send()` returns `Result<ResponseValue<types::T>, _>` or
    /// `ResponseValue<()>` (`ast::send_return_types`).
    SendReturn,
    /// Each builder's `new` ends with `Self { .. }` (`calls.rs` adds a field to it).
    BuilderNew,
    /// `impl Client { fn new; fn new_with_client }` (`client.rs` drops `new`).
    ClientConstructor,
    /// `impl ClientInfo for Client` (`client.rs` drops it with progenitor's `send()`).
    ClientInfoImpl,
    /// `const _: () = { fn assert_client_hooks .. }` (`client.rs` drops it).
    HooksAssertion,
    /// Top-level `use progenitor_client::..` items (`client.rs` replaces them).
    TopLevelUses,
    /// A `use` naming `ClientInfo` in the builders' module (`client.rs` replaces it).
    BuilderImports,
    /// Operation methods' docs end with a `send()` example (`client.rs` replaces it).
    OperationDocExample,
    /// The command line's `execute_<op>` calls `self.config.execute_<op>` before sending
    /// (`cli.rs` keeps its statements up to that call as `request_<op>`).
    CliExecute,
    /// The command line sets a body field with `request.body_map(|body| { body.f(value) })`
    /// (`cli.rs` rewrites it to the builder's own setter, `request.f(value)`).
    CliBodyFields,
    /// `CliConfig` has the printing hooks [`CLI_PRINTING`] (`cli.rs` drops them).
    CliPrintingHooks,
    /// `CliCommand::iter()`, `CliCommand::operation_id()` and `Cli::get_command()` (the command
    /// line's `main.rs` finds each operation's command with them).
    CliCommands,
}

/// The error a generator returns when `point` is not where it was.
pub(crate) fn moved(point: Point) -> String {
    format!(
        "progenitor's output is not what the generators expect at {point:?}: see \
         codegen/src/shape.rs, and run its tests"
    )
}

/// The items of the top-level module `name` of a generated file.
pub(crate) fn module_mut<'f>(
    file: &'f mut syn::File,
    name: &str,
) -> Result<&'f mut Vec<syn::Item>, String> {
    file.items
        .iter_mut()
        .find_map(|i| match i {
            syn::Item::Mod(m) if m.ident == name => m.content.as_mut().map(|c| &mut c.1),
            _ => None,
        })
        .ok_or_else(|| {
            moved(if name == TYPES {
                Point::TypesModule
            } else {
                Point::BuildersModule
            })
        })
}

/// Field names and type text of every struct directly in the top-level module `module`.
pub(crate) type Structs = BTreeMap<String, BTreeMap<String, String>>;

pub(crate) fn structs_in(file: &syn::File, module: &str) -> Result<Structs, String> {
    let items = module_items(file, module)?;
    let mut out = Structs::new();
    for item in items {
        if let syn::Item::Struct(s) = item {
            let fields = s
                .fields
                .iter()
                .filter_map(|f| {
                    let name = f.ident.as_ref()?.to_string();
                    let ty = &f.ty;
                    Some((name, quote!(#ty).to_string()))
                })
                .collect();
            out.insert(s.ident.to_string(), fields);
        }
    }
    Ok(out)
}

/// The name of every struct, enum and type alias directly in the top-level module `module`.
pub(crate) fn type_names_in(file: &syn::File, module: &str) -> Result<BTreeSet<String>, String> {
    Ok(module_items(file, module)?
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(s) => Some(s.ident.to_string()),
            syn::Item::Enum(e) => Some(e.ident.to_string()),
            syn::Item::Type(t) => Some(t.ident.to_string()),
            _ => None,
        })
        .collect())
}

fn module_items<'f>(file: &'f syn::File, module: &str) -> Result<&'f [syn::Item], String> {
    file.items
        .iter()
        .find_map(|i| match i {
            syn::Item::Mod(m) if m.ident == module => m.content.as_ref().map(|c| &c.1[..]),
            _ => None,
        })
        .ok_or_else(|| {
            format!("progenitor generated no `{module}` module (see codegen/src/shape.rs)")
        })
}

/// For each builder, the `T` of `send() -> Result<ResponseValue<types::T>, _>` (`None` for
/// `ResponseValue<()>`).
pub(crate) fn send_return_types(
    file: &syn::File,
) -> Result<BTreeMap<String, Option<String>>, String> {
    let mut out = BTreeMap::new();
    for item in module_items(file, BUILDERS)? {
        let syn::Item::Impl(imp) = item else { continue };
        let syn::Type::Path(self_ty) = &*imp.self_ty else {
            continue;
        };
        let name = self_ty
            .path
            .segments
            .last()
            .expect("a path")
            .ident
            .to_string();
        for it in &imp.items {
            let syn::ImplItem::Fn(f) = it else { continue };
            if f.sig.ident != SEND {
                continue;
            }
            let syn::ReturnType::Type(_, ty) = &f.sig.output else {
                continue;
            };
            let text = quote!(#ty).to_string();
            let inner = text
                .split_once("ResponseValue < ")
                .and_then(|(_, rest)| rest.split_once(" >"))
                .map(|(t, _)| t.trim().to_string())
                .ok_or_else(|| format!("`{name}::send` returns `{text}`"))?;
            let envelope = match inner.as_str() {
                "()" => None,
                t => Some(
                    t.strip_prefix("types :: ")
                        .ok_or_else(|| format!("`{name}::send` returns `{t}`"))?
                        .to_string(),
                ),
            };
            out.insert(name.clone(), envelope);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
