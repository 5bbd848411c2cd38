//! Which of progenitor's `types` users can name: those the API takes or returns. A type no
//! operation builder, answer or event payload reaches (an event's envelope, whose `event_type`
//! and `record_type` are one-value enums the webhooks module reads as text) is dropped; an
//! answer's envelope (`{"data": ..}`), which `execute()` and `send()` unwrap, is kept for them
//! but private to the crate.

use std::collections::BTreeSet;

use syn::visit::Visit;

use crate::shape;

/// Drops the types nothing reaches from outside `types` or from `roots` (event payloads, the
/// error envelope), and
/// makes `private` (the answers' envelopes) crate-private.
pub(crate) fn keep_reachable(
    file: &mut syn::File,
    roots: &BTreeSet<String>,
    private: &BTreeSet<String>,
) -> Result<(), String> {
    let names = crate::shape::type_names_in(file, shape::TYPES)?;
    let mut outside = Paths::default();
    for item in &file.items {
        if !matches!(item, syn::Item::Mod(m) if m.ident == shape::TYPES) {
            outside.visit_item(item);
        }
    }
    let mut todo: Vec<String> = outside
        .0
        .iter()
        .filter_map(|p| match p.as_slice() {
            [.., t, name] if t == shape::TYPES => Some(name.clone()),
            _ => None,
        })
        .chain(roots.iter().cloned())
        .collect();
    let items = shape::module_mut(file, shape::TYPES)?;
    let mut kept = BTreeSet::new();
    while let Some(name) = todo.pop() {
        if !names.contains(&name) || !kept.insert(name.clone()) {
            continue;
        }
        for item in items
            .iter()
            .filter(|i| defines(i).as_deref() == Some(&name))
        {
            let mut inside = Paths::default();
            inside.visit_item(item);
            todo.extend(inside.0.into_iter().filter_map(|p| p.last().cloned()));
        }
    }
    items.retain(|item| match defines(item).or_else(|| impl_of(item)) {
        Some(name) => !names.contains(&name) || kept.contains(&name),
        None => true,
    });
    for item in items.iter_mut() {
        if let syn::Item::Struct(s) = item {
            if private.contains(&s.ident.to_string()) {
                s.vis = syn::parse_quote!(pub(crate));
            }
        }
    }
    Ok(())
}

/// Every path named in what is visited, by its segments.
#[derive(Default)]
struct Paths(Vec<Vec<String>>);

impl<'ast> Visit<'ast> for Paths {
    fn visit_path(&mut self, path: &'ast syn::Path) {
        self.0
            .push(path.segments.iter().map(|s| s.ident.to_string()).collect());
        syn::visit::visit_path(self, path);
    }
}

/// The type a struct, enum or alias item defines.
fn defines(item: &syn::Item) -> Option<String> {
    match item {
        syn::Item::Struct(s) => Some(s.ident.to_string()),
        syn::Item::Enum(e) => Some(e.ident.to_string()),
        syn::Item::Type(t) => Some(t.ident.to_string()),
        _ => None,
    }
}

/// The type an impl is for.
fn impl_of(item: &syn::Item) -> Option<String> {
    let syn::Item::Impl(imp) = item else {
        return None;
    };
    let syn::Type::Path(p) = &*imp.self_ty else {
        return None;
    };
    Some(p.path.segments.last()?.ident.to_string())
}
