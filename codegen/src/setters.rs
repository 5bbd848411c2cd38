//! Generated methods that make a call read like the API: a setter on the operation's builder
//! for every field of its request body, and `stream()`/`pages()` on the list builders.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::Operation;

/// The seven list builders' own `stream()` and `pages()`, so no trait import is needed.
pub(crate) fn list_methods(name: &str) -> TokenStream {
    let builder = format_ident!("{name}");
    quote! {
        impl<'a> #builder<'a> {
            /// Every item of every page, lazily: see [`crate::pagination`] for what is
            /// guaranteed. The stream owns a clone of the client: it is `Send + 'static`.
            pub fn stream(self) -> crate::pagination::Items<<Self as crate::pagination::ListRequest>::Item> {
                crate::pagination::ListRequest::stream(self)
            }

            /// Every page with its `meta`, lazily: see [`crate::pagination`]. The stream owns a
            /// clone of the client: it is `Send + 'static`.
            pub fn pages(self) -> crate::pagination::Pages<<Self as crate::pagination::ListRequest>::Item> {
                crate::pagination::ListRequest::pages(self)
            }
        }
    }
}

/// A body field's setter may shadow neither a parameter's nor one of the builder's own methods.
fn no_clash(
    op: &Operation,
    field: &str,
    builder_fields: &BTreeMap<String, String>,
) -> Result<(), String> {
    if builder_fields.contains_key(field) && field != "body" {
        return Err(format!(
            "`{}`: body field `{field}` clashes with the parameter `{field}` of the same \
             name; the builder cannot have a setter for both",
            op.id
        ));
    }
    if field == "body" || field == "client" || BUILDER_METHODS.contains(&field) {
        return Err(format!(
            "`{}`: body field `{field}` clashes with the builder's own `{field}`",
            op.id
        ));
    }
    Ok(())
}

/// The type a body field's setter takes (the field's type without its `Option`, with the
/// generated types named through `types::`), and whether the field is optional.
fn field_type(ty: &str, type_names: &BTreeSet<String>) -> Result<(syn::Type, bool), syn::Error> {
    let (inner, optional) = match ty
        .strip_prefix(":: std :: option :: Option < ")
        .and_then(|t| t.strip_suffix(" >"))
    {
        Some(inner) => (inner, true),
        None => (ty, false),
    };
    // Inside `types`, generated types name each other bare; here they need the module.
    let mut words: Vec<String> = Vec::new();
    for w in inner.split_whitespace() {
        let qualify = type_names.contains(w) && words.last().map(String::as_str) != Some("::");
        words.push(if qualify {
            format!("types :: {w}")
        } else {
            w.to_string()
        });
    }
    Ok((syn::parse_str(&words.join(" "))?, optional))
}

/// Methods every builder already has, which no body field may shadow.
const BUILDER_METHODS: &[&str] = &[
    "new",
    "body",
    "body_map",
    "send",
    "execute",
    "execute_with",
    "request",
    "violation",
    "stream",
    "pages",
];

/// A setter on the operation's builder for every field of its request body, so that
/// `create_room().unique_name("standup").max_participants(10)` reads like the API. Each takes any
/// value that converts into the field's type (`&str` for strings, integer literals for
/// integers); a conversion that fails (`u64::MAX` for an `i64`) is kept as the body's error and
/// returned by `execute()`, naming the field, with nothing sent.
pub(crate) fn body_setters(
    op: &Operation,
    name: &str,
    body: &str,
    body_fields: &BTreeMap<String, String>,
    builder_fields: &BTreeMap<String, String>,
    type_names: &BTreeSet<String>,
) -> Result<TokenStream, String> {
    let builder = format_ident!("{name}");
    let mut setters = Vec::new();
    for (field, ty) in body_fields {
        no_clash(op, field, builder_fields)?;
        let (inner_ty, optional) = field_type(ty, type_names)
            .map_err(|e| format!("`{body}.{field}` has type `{ty}`: {e}"))?;
        let f = format_ident!("{field}");
        let value = if optional { quote!(Some(v)) } else { quote!(v) };
        let doc = format!(
            "Sets `{field}` in the request body (see [`types::{body}`]). Takes anything that \
             converts into the field's type; a conversion that fails is returned by \
             [`execute`](Self::execute), naming the field, and nothing is sent."
        );
        let rule = match op.body.as_ref().map(|b| &b.rule) {
            Some(crate::model::Rule::Object { properties, .. }) => properties
                .iter()
                .find(|(name, _)| *name == field.as_str())
                .map(|(_, r)| crate::table::expected(r))
                .unwrap_or_else(|| quote!(crate::operation::Expected::Valid)),
            _ => quote!(crate::operation::Expected::Valid),
        };
        let variant = format_ident!("{name}");
        setters.push(quote! {
            #[doc = #doc]
            pub fn #f<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<#inner_ty>,
            {
                match value.try_into() {
                    Ok(v) => {
                        self.body = self.body.map(|b| b.#f(#value));
                        if self.violation.as_ref().is_some_and(|v| v.field == #field) {
                            self.violation = None;
                        }
                    }
                    Err(_) => {
                        self.violation.get_or_insert(crate::operation::Violation::new(
                            Some(crate::Operation::#variant),
                            #field,
                            crate::operation::Location::Body,
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
