//! The command line's operation commands, from progenitor's CLI generator with the client's
//! settings, and the model:
//!
//! - progenitor's `Cli::cli_<operation>()`: one clap command per operation, its arguments from
//!   the spec's parameters and body fields, `--json-body` for a whole body;
//! - `Cli::request_<operation>(matches)`: the builder with every argument given applied, taken
//!   from progenitor's `execute_<operation>` up to where it would send (the command line sends
//!   through the client's `execute()` and pagination streams instead, so progenitor's
//!   `execute_<operation>`s and their printing hooks are dropped);
//! - `Cli::run(operation, matches, out)`: every operation sent the way its answer asks (a list
//!   streamed page after page, one item, or nothing).

use quote::{format_ident, quote};

use syn::visit_mut::VisitMut;

use crate::model::{pascal, Answer, Model};
use crate::shape::{self, Point, CLI_PRINTING};

/// Generates the command line's operation commands for `spec_text` (YAML), with the client
/// at `api` (a path such as `crate::api`).
pub fn cli(spec_text: &str, api: &str) -> Result<String, String> {
    let model = Model::parse(spec_text)?;
    let mut generator = progenitor::Generator::new(&crate::settings());
    let tokens = generator
        .cli(&model.doc, api)
        .map_err(|e| format!("progenitor's CLI generator rejected the spec: {e}"))?;
    let mut file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("generated CLI code does not parse: {e}"))?;
    let api: syn::Path = syn::parse_str(api).map_err(|e| format!("`{api}`: {e}"))?;
    let requests = request_fns(&file, &api)?;
    trim(&mut file);
    let run = run_fn(&model);
    file.items.push(syn::parse_quote! {
        impl<T: CliConfig> Cli<T> {
            #(#requests)*
            #run
        }
    });
    let args: syn::File = syn::parse2(crate::cli_args::cli_args(&model))
        .map_err(|e| format!("generated argument table does not parse: {e}"))?;
    file.items.extend(args.items);
    Ok(prettyplease::unparse(&file))
}

/// Drops progenitor's `execute`/`execute_<op>` (they print through hooks this command line does
/// not use) and the printing hooks from `CliConfig`.
fn trim(file: &mut syn::File) {
    for item in &mut file.items {
        match item {
            syn::Item::Impl(imp) if imp.trait_.is_none() => imp.items.retain(|i| {
                !matches!(i, syn::ImplItem::Fn(f) if f.sig.ident.to_string().starts_with(shape::CLI_EXECUTE))
            }),
            syn::Item::Trait(t) if t.ident == shape::CLI_CONFIG => t.items.retain(|i| {
                !matches!(i, syn::TraitItem::Fn(f) if CLI_PRINTING.contains(&f.sig.ident.to_string().as_str()))
            }),
            _ => {}
        }
    }
}

/// `request_<op>` for every `execute_<op>` progenitor wrote: its statements up to the call of
/// the `CliConfig` hook, then the builder.
fn request_fns(file: &syn::File, api: &syn::Path) -> Result<Vec<syn::ImplItemFn>, String> {
    let mut out = Vec::new();
    for item in &file.items {
        let syn::Item::Impl(imp) = item else { continue };
        for it in &imp.items {
            let syn::ImplItem::Fn(f) = it else { continue };
            let name = f.sig.ident.to_string();
            let Some(op) = name
                .strip_prefix(shape::CLI_EXECUTE)
                .and_then(|n| n.strip_prefix('_'))
            else {
                continue;
            };
            let hook = format!("self . config . {name}");
            let mut stmts = Vec::new();
            for s in &f.block.stmts {
                if quote!(#s).to_string().contains(&hook) {
                    break;
                }
                stmts.push(s.clone());
            }
            if stmts.len() == f.block.stmts.len() {
                return Err(shape::moved(Point::CliExecute));
            }
            let mut setters = BodySetters(None);
            for s in &mut stmts {
                setters.visit_stmt_mut(s);
            }
            if let Some(e) = setters.0 {
                return Err(e);
            }
            let request = format_ident!("request_{op}");
            let builder = format_ident!("{}", pascal(op));
            out.push(syn::parse_quote! {
                /// The request for this operation with every argument given applied.
                pub fn #request(
                    &self,
                    matches: &::clap::ArgMatches,
                ) -> anyhow::Result<#api::builder::#builder<'_>> {
                    #(#stmts)*
                    Ok(request)
                }
            });
        }
    }
    Ok(out)
}

/// Rewrites `request.body_map(|body| { body.f(value) })` to `request.f(value)`: the builder's
/// own body setter, which checks the value like any call (the typify builders `body_map` maps
/// are private to the client).
struct BodySetters(Option<String>);

impl VisitMut for BodySetters {
    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        syn::visit_mut::visit_expr_mut(self, expr);
        let syn::Expr::MethodCall(call) = expr else {
            return;
        };
        if call.method != shape::BODY_MAP {
            return;
        }
        let setter = match call.args.first() {
            Some(syn::Expr::Closure(c)) => match &*c.body {
                syn::Expr::Block(b) => match b.block.stmts.as_slice() {
                    [syn::Stmt::Expr(syn::Expr::MethodCall(inner), None)] => Some(inner.clone()),
                    _ => None,
                },
                syn::Expr::MethodCall(inner) => Some(inner.clone()),
                _ => None,
            },
            _ => None,
        };
        let Some(mut setter) = setter else {
            self.0 = Some(shape::moved(Point::CliBodyFields));
            return;
        };
        setter.receiver = call.receiver.clone();
        *expr = syn::Expr::MethodCall(setter);
    }
}

fn run_fn(model: &Model) -> syn::ImplItemFn {
    let mut arms = Vec::new();
    for op in &model.operations {
        let variant = format_ident!("{}", pascal(&op.id));
        let request = format_ident!("request_{}", op.id);
        arms.push(match op.answer {
            Answer::List => quote! {
                telnyx_rooms::Operation::#variant => {
                    out.list(self.#request(matches)?, matches).await
                }
            },
            Answer::One => quote! {
                telnyx_rooms::Operation::#variant => {
                    out.one(&self.#request(matches)?.execute().await?)
                }
            },
            Answer::Nothing => quote! {
                telnyx_rooms::Operation::#variant => {
                    self.#request(matches)?.execute().await?;
                    out.nothing(operation)
                }
            },
        });
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
