//! What the command line needs of the spec's rules, in its own words: for each operation, how
//! each parameter and body field takes its value (`crate::commands::Kind` of the command
//! line), and which operations answer a list. Written into the command line's generated file,
//! so that it reads no rule type of the client's.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::{pascal, Answer, Format, Location, Model, Rule};
use crate::table::option;

/// `args(operation)` and `is_list(operation)` for the command line.
pub(crate) fn cli_args(model: &Model) -> TokenStream {
    let mut arms = Vec::new();
    let mut lists = Vec::new();
    for op in &model.operations {
        let variant = format_ident!("{}", pascal(&op.id));
        let mut args = Vec::new();
        for p in &op.params {
            let place = match p.location {
                Location::Path => quote!(crate::commands::Place::Path),
                _ => quote!(crate::commands::Place::Query),
            };
            args.push(arg(&p.name, place, &p.rule));
        }
        if let Some(Rule::Object { properties, .. }) = op.body.as_ref().map(|b| &b.rule) {
            for (name, rule) in properties.iter() {
                args.push(arg(name, quote!(crate::commands::Place::Body), rule));
            }
        }
        arms.push(quote! { telnyx_rooms::Operation::#variant => &[#(#args),*], });
        if op.answer == Answer::List {
            lists.push(quote!(telnyx_rooms::Operation::#variant));
        }
    }
    quote! {
        /// How each parameter and body field of `operation`'s command takes its value, from
        /// the spec's rules.
        pub fn args(operation: telnyx_rooms::Operation) -> &'static [crate::commands::ArgValue] {
            match operation {
                #(#arms)*
                _ => &[],
            }
        }

        /// Whether `operation` answers a page of a list (its command pages through them all).
        pub fn is_list(operation: telnyx_rooms::Operation) -> bool {
            matches!(operation, #(#lists)|*)
        }
    }
}

fn arg(wire: &str, place: TokenStream, rule: &Rule) -> TokenStream {
    let kind = match rule {
        Rule::String {
            format: Format::Uuid,
            ..
        } => quote!(crate::commands::Kind::Uuid),
        Rule::String {
            format: Format::Date,
            ..
        } => quote!(crate::commands::Kind::Date),
        Rule::String {
            format: Format::Uri,
            ..
        } => quote!(crate::commands::Kind::Url),
        Rule::Integer { minimum, maximum } => {
            let (lo, hi) = (option(*minimum), option(*maximum));
            quote!(crate::commands::Kind::Integer { minimum: #lo, maximum: #hi })
        }
        Rule::Boolean => quote!(crate::commands::Kind::Switch),
        _ => quote!(crate::commands::Kind::Text),
    };
    quote! {
        crate::commands::ArgValue { wire: #wire, place: #place, kind: #kind }
    }
}
