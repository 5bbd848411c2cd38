//! Generates the operation commands with progenitor's CLI generator and the client's own
//! generator settings (`../codegen.rs`), into `OUT_DIR/cli.rs`:
//!
//! - progenitor's `Cli::cli_<operation>()`: one clap command per operation, its arguments from
//!   the spec's parameters and body fields, `--json-body` for a whole body;
//! - `Cli::request_<operation>(matches)`: the builder with every argument given applied, taken
//!   from progenitor's `execute_<operation>` up to where it would send (this CLI sends through
//!   the client's `execute()` and pagination streams instead);
//! - `Cli::run(operation, matches, out)`: for every operation of the spec, its request sent the
//!   way its answer asks (a list streamed page after page, one item, or nothing).
//!
//! A new operation in the spec is a new command with no hand-written code.

#[path = "../codegen.rs"]
#[allow(dead_code)]
mod codegen;

use quote::{format_ident, quote};
use serde_json::Value;

fn main() {
    let spec_path = format!("../{}", codegen::SPEC_PATH);
    println!("cargo:rerun-if-changed={spec_path}");
    println!("cargo:rerun-if-changed=../codegen.rs");
    println!("cargo:rerun-if-changed=../codegen");
    println!("cargo:rerun-if-changed=build.rs");
    let text = std::fs::read_to_string(&spec_path)
        .unwrap_or_else(|e| panic!("cannot read {spec_path}: {e}"));
    let spec: openapiv3::OpenAPI =
        serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{spec_path}: {e}"));
    let raw: Value = serde_yaml::from_str(&text).expect("YAML");
    let mut generator = progenitor::Generator::new(&codegen::settings());
    let tokens = generator
        .cli(&spec, "crate::api")
        .unwrap_or_else(|e| panic!("progenitor's CLI generator rejected {spec_path}: {e}"));
    let mut file: syn::File = syn::parse2(tokens).expect("generated CLI code parses");
    let requests = request_fns(&file);
    let run = run_fn(&raw);
    file.items.push(syn::parse_quote! {
        impl<T: CliConfig> Cli<T> {
            #(#requests)*
            #run
        }
    });
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("cli.rs");
    std::fs::write(&out, prettyplease::unparse(&file)).expect("write cli.rs");
}

/// `request_<op>` for every `execute_<op>` progenitor wrote: its statements up to the call of
/// the `CliConfig` hook, then the builder.
fn request_fns(file: &syn::File) -> Vec<syn::ImplItemFn> {
    let mut out = Vec::new();
    for item in &file.items {
        let syn::Item::Impl(imp) = item else { continue };
        for it in &imp.items {
            let syn::ImplItem::Fn(f) = it else { continue };
            let name = f.sig.ident.to_string();
            let Some(op) = name.strip_prefix("execute_") else {
                continue;
            };
            let hook = format!("execute_{op}");
            let mut stmts = Vec::new();
            for s in &f.block.stmts {
                let text = quote!(#s).to_string();
                if text.contains(&format!("self . config . {hook}")) {
                    break;
                }
                stmts.push(s.clone());
            }
            assert!(
                stmts.len() < f.block.stmts.len(),
                "progenitor's `{name}` no longer calls the `{hook}` hook before sending"
            );
            let request = format_ident!("request_{op}");
            let builder = format_ident!("{}", codegen::pascal(op));
            out.push(syn::parse_quote! {
                /// The request for this operation with every argument given applied.
                pub fn #request(
                    &self,
                    matches: &::clap::ArgMatches,
                ) -> anyhow::Result<crate::api::builder::#builder<'_>> {
                    #(#stmts)*
                    Ok(request)
                }
            });
        }
    }
    out
}

fn run_fn(spec: &Value) -> syn::ImplItemFn {
    let mut arms = Vec::new();
    for item in spec["paths"].as_object().expect("paths").values() {
        for op in item.as_object().expect("path item").values() {
            let id = op["operationId"].as_str().expect("operationId");
            let variant = format_ident!("{}", codegen::pascal(id));
            let request = format_ident!("request_{id}");
            arms.push(match codegen::answer(op) {
                codegen::Answer::List => quote! {
                    telnyx_rooms::Operation::#variant => {
                        out.list(self.#request(matches)?, matches).await
                    }
                },
                codegen::Answer::One => quote! {
                    telnyx_rooms::Operation::#variant => {
                        out.one(&self.#request(matches)?.execute().await?)
                    }
                },
                codegen::Answer::Nothing => quote! {
                    telnyx_rooms::Operation::#variant => {
                        self.#request(matches)?.execute().await?;
                        out.nothing(operation)
                    }
                },
            });
        }
    }
    syn::parse_quote! {
        /// Sends `operation` with the arguments in `matches` and prints its answer with `out`.
        pub async fn run(
            &self,
            operation: telnyx_rooms::Operation,
            matches: &::clap::ArgMatches,
            out: &crate::output::Output,
        ) -> anyhow::Result<()> {
            match operation {
                #(#arms)*
                other => anyhow::bail!("`{other}` is not in this build's spec"),
            }
        }
    }
}
