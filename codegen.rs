//! Every generator setting in one place. `build.rs` uses it to write the client into `OUT_DIR`,
//! and `tests/generated_code.rs` uses it to snapshot the same output, so the two cannot disagree.

use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};

#[path = "codegen/calls.rs"]
mod calls;
#[path = "codegen/operations.rs"]
mod operations;

/// The Rust name of an operationId (progenitor's builder names), for other generators (the
/// CLI's build script); the client's own build reaches it through `calls`.
#[allow(unused_imports)]
pub use calls::pascal;
/// What each operation answers (a list page, one item, nothing), for other generators.
#[allow(unused_imports)]
pub use operations::{answer, Answer};

/// Where the spec lives, relative to the crate root.
pub const SPEC_PATH: &str = "spec/telnyx-rooms.yaml";

/// The progenitor settings for this crate.
pub fn settings() -> GenerationSettings {
    let mut s = GenerationSettings::new();
    s.with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        // The crate implements `ClientHooks` itself (auth, validation, retries, tracing).
        .with_hooks(HooksMode::Expected)
        .with_inner_type(quote_inner())
        // Deterministic key order on the wire and in Debug output.
        .with_map_type("::std::collections::BTreeMap")
        .with_derive("schemars::JsonSchema")
        .with_derive("PartialEq");
    // Page numbers and sizes (`minimum: 1`) would be `NonZeroU64`, which an integer literal
    // cannot become: `page_size(50)` would not compile. They are plain `i64`s; the spec's bounds
    // are checked before anything is sent (src/validate.rs), with the field and the rule.
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

/// Generates the client for `spec_text` (YAML) and pretty-prints it: progenitor's output, the
/// operation table (`codegen/operations.rs`), and our glue in its `builder` module (`execute()`,
/// body setters and the pagination seam; see `codegen/calls.rs`).
pub fn generate(spec_text: &str) -> Result<String, String> {
    let spec: openapiv3::OpenAPI = serde_yaml::from_str(spec_text)
        .map_err(|e| format!("{SPEC_PATH} is not OpenAPI 3.0: {e}"))?;
    let mut generator = Generator::new(&settings());
    let tokens = generator
        .generate_tokens(&spec)
        .map_err(|e| format!("progenitor rejected {SPEC_PATH}: {e}"))?;
    let mut file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("generated code does not parse: {e}"))?;
    let raw: serde_json::Value = serde_yaml::from_str(spec_text).map_err(|e| e.to_string())?;
    seal_constructors(&mut file)?;
    calls::add_to(&mut file, &raw).map_err(|e| format!("{SPEC_PATH}: {e}"))?;
    let table = operations::table(&raw).map_err(|e| format!("{SPEC_PATH}: {e}"))?;
    let table: syn::File =
        syn::parse2(table).map_err(|e| format!("the operation table does not parse: {e}"))?;
    file.items.extend(table.items);
    Ok(prettyplease::unparse(&file))
}

/// progenitor gives `Client` two public constructors that skip `ClientBuilder`'s checks (the
/// base URL the key may go to, timeouts, retries): `new`, which also builds its own
/// `reqwest::Client` with a 15 s timeout and unwraps, and `new_with_client`. Clients are built
/// with `Client::builder()` only: `new` is dropped and `new_with_client` is the crate's own.
fn seal_constructors(file: &mut syn::File) -> Result<(), String> {
    let client_impl = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Impl(imp)
                if imp.trait_.is_none()
                    && matches!(&*imp.self_ty, syn::Type::Path(p) if p.path.is_ident("Client"))
                    && imp.items.iter().any(
                        |i| matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == "new_with_client"),
                    ) =>
            {
                Some(imp)
            }
            _ => None,
        })
        .ok_or("progenitor generated no `impl Client { fn new_with_client }`")?;
    client_impl
        .items
        .retain(|i| !matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == "new"));
    for item in &mut client_impl.items {
        if let syn::ImplItem::Fn(f) = item {
            f.vis = syn::parse_quote!(pub(crate));
        }
    }
    Ok(())
}
