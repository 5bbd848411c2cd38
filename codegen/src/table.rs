//! The operation table, from the model: an `Operation` enum with one variant per operationId,
//! and for each the facts every layer reads (id, method, path template, parameters with their
//! rules, the body's rules). Validation, the bulk-delete guard, tracing, the
//! emulator's routing and the tests all read this one table; nothing retypes an operation.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::{pascal, Format, Location, Model, Rule};

/// One parameter's entry in the table.
fn param(p: &crate::model::Param) -> TokenStream {
    let name = &p.name;
    let location = match p.location {
        Location::Path => quote!(crate::operation::Location::Path),
        _ => quote!(crate::operation::Location::Query),
    };
    let required = p.required;
    let rule = rule(&p.rule);
    quote! {
        crate::operation::Param {
            name: #name,
            location: #location,
            required: #required,
            rule: #rule,
        }
    }
}

/// The operation table, as items for the generated file.
pub fn table(model: &Model) -> TokenStream {
    let mut variants = Vec::new();
    let mut facts = Vec::new();
    let mut ids = Vec::new();
    for op in &model.operations {
        let id = &op.id;
        let variant = format_ident!("{}", pascal(id));
        let method_upper = op.method.to_uppercase();
        let path = &op.path;
        let params = op.params.iter().map(param);
        let bulk = op.is_bulk();
        let body = match &op.body {
            None => quote!(None),
            Some(b) => {
                let r = rule(&b.rule);
                quote!(Some(#r))
            }
        };
        let doc = format!("`{method_upper} {path}` (`{id}`).");
        variants.push(quote! { #[doc = #doc] #variant });
        ids.push((id.clone(), variant));
        facts.push(quote! {
            crate::operation::Facts {
                id: #id,
                method: #method_upper,
                path: #path,
                params: &[#(#params),*],
                body: #body,
                bulk: #bulk,
            }
        });
    }
    let count = variants.len();
    let all: Vec<TokenStream> = ids.iter().map(|(_, v)| quote!(Operation::#v)).collect();
    let from_id: Vec<TokenStream> = ids
        .iter()
        .map(|(id, v)| quote!(#id => Some(Operation::#v)))
        .collect();
    let version = &model.doc.info.version;
    quote! {
        /// The version of the spec the client was generated from (its `info.version`).
        pub const SPEC_VERSION: &str = #version;

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
    }
}

/// A model rule as a `crate::operation::Rule` constant.
fn rule(r: &Rule) -> TokenStream {
    match r {
        Rule::Any => quote!(crate::operation::Rule::Any),
        Rule::Boolean => quote!(crate::operation::Rule::Boolean),
        Rule::Integer { minimum, maximum } => {
            let (min, max) = (option(*minimum), option(*maximum));
            quote!(crate::operation::Rule::Integer { minimum: #min, maximum: #max })
        }
        Rule::String { format, allowed } => {
            let format = match format {
                Format::Text => quote!(crate::operation::Format::Text),
                Format::Uuid => quote!(crate::operation::Format::Uuid),
                Format::Uri => quote!(crate::operation::Format::Uri),
                Format::Date => quote!(crate::operation::Format::Date),
                Format::DateTime => quote!(crate::operation::Format::DateTime),
            };
            quote!(crate::operation::Rule::String { format: #format, allowed: &[#(#allowed),*] })
        }
        Rule::Array { items } => {
            let items = rule(items);
            quote!(crate::operation::Rule::Array { items: &#items })
        }
        Rule::Object {
            required,
            properties,
            additional,
        } => {
            let props = properties.iter().map(|(name, r)| {
                let r = rule(r);
                quote!((#name, #r))
            });
            let additional = match additional {
                Some(a) => {
                    let a = rule(a);
                    quote!(Some(&#a))
                }
                None => quote!(None),
            };
            quote!(crate::operation::Rule::Object {
                required: &[#(#required),*],
                properties: &[#(#props),*],
                additional: #additional,
            })
        }
        Rule::OneOf(alts) => {
            let alts = alts.iter().map(rule);
            quote!(crate::operation::Rule::OneOf(&[#(#alts),*]))
        }
    }
}

/// The typed rule a value of this model rule is held to, as a `crate::operation::Expected`.
pub(crate) fn expected(rule: &Rule) -> TokenStream {
    match rule {
        Rule::Boolean => quote!(crate::operation::Expected::Boolean),
        Rule::Integer { minimum, maximum } => {
            let (a, b) = (option(*minimum), option(*maximum));
            quote!(crate::operation::Expected::Integer { minimum: #a, maximum: #b })
        }
        Rule::String { allowed, .. } if !allowed.is_empty() => {
            quote!(crate::operation::Expected::OneOf(&[#(#allowed),*]))
        }
        Rule::String { format, .. } => {
            let f = match format {
                Format::Text => quote!(Text),
                Format::Uuid => quote!(Uuid),
                Format::Uri => quote!(Uri),
                Format::Date => quote!(Date),
                Format::DateTime => quote!(DateTime),
            };
            quote!(crate::operation::Expected::Format(crate::operation::Format::#f))
        }
        Rule::Array { .. } => quote!(crate::operation::Expected::List),
        Rule::Object { .. } => quote!(crate::operation::Expected::Object),
        Rule::Any | Rule::OneOf(_) => quote!(crate::operation::Expected::Valid),
    }
}

/// An optional bound as tokens.
pub(crate) fn option(v: Option<i64>) -> TokenStream {
    match v {
        Some(n) => quote!(Some(#n)),
        None => quote!(None),
    }
}
