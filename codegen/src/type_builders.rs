//! typify's builders (`types::builder::*`, `types::X::builder()`) are for building values of the
//! spec's types field by field. Users never build answers or events, and they set request
//! bodies with the operation builders' own setters (`create_room().unique_name(..)`), so the
//! builders are kept only for request bodies, where those setters use them, and are private to
//! the crate: the public surface has one way to set each field (`body(..)` takes a whole body).

use std::collections::BTreeSet;

use crate::shape;

/// Drops every type's `builder()`, the builders of every type that is no operation's body, and
/// the operation builders' `body_map` (which takes one); the rest become crate-private.
pub(crate) fn keep_for_bodies(file: &mut syn::File) -> Result<(), String> {
    let bodies = body_types(file)?;
    let types = shape::module_mut(file, shape::TYPES)?;
    types.retain(|item| !is_builder_constructor(item));
    let builders = types
        .iter_mut()
        .find_map(|i| match i {
            syn::Item::Mod(m) if m.ident == shape::TYPE_BUILDERS => Some(m),
            _ => None,
        })
        .ok_or_else(|| shape::moved(shape::Point::TypeBuilders))?;
    builders.vis = syn::parse_quote!(pub(crate));
    let items = &mut builders
        .content
        .as_mut()
        .ok_or_else(|| shape::moved(shape::Point::TypeBuilders))?
        .1;
    items.retain(|item| match item {
        syn::Item::Struct(s) => bodies.contains(&s.ident.to_string()),
        syn::Item::Impl(imp) => self_name(imp).is_some_and(|n| bodies.contains(&n)),
        _ => true,
    });
    for item in shape::module_mut(file, shape::BUILDERS)? {
        let syn::Item::Impl(imp) = item else { continue };
        imp.items
            .retain(|i| !matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == shape::BODY_MAP));
    }
    Ok(())
}

/// The `X` of every operation builder's `body: Result<types::builder::X, String>`.
fn body_types(file: &syn::File) -> Result<BTreeSet<String>, String> {
    let mut out = BTreeSet::new();
    for (_, fields) in crate::shape::structs_in(file, shape::BUILDERS)? {
        let Some(ty) = fields.get("body") else {
            continue;
        };
        let name = ty
            .split_once("types :: builder :: ")
            .and_then(|(_, rest)| rest.split_whitespace().next())
            .ok_or_else(|| shape::moved(shape::Point::BodyField))?;
        out.insert(name.trim_end_matches(',').to_string());
    }
    Ok(out)
}

/// `impl X { pub fn builder() -> builder::X { .. } }`.
fn is_builder_constructor(item: &syn::Item) -> bool {
    let syn::Item::Impl(imp) = item else {
        return false;
    };
    imp.trait_.is_none()
        && imp.items.len() == 1
        && matches!(&imp.items[0], syn::ImplItem::Fn(f) if f.sig.ident == "builder")
}

/// The last segment of an impl's self type: `X` for `impl From<super::X> for X` and for
/// `impl TryFrom<X> for super::X`.
fn self_name(imp: &syn::ItemImpl) -> Option<String> {
    let syn::Type::Path(p) = &*imp.self_ty else {
        return None;
    };
    Some(p.path.segments.last()?.ident.to_string())
}
