//! Reading progenitor's output: the structs and type names of a module, and what each builder's
//! `send()` returns. Every name our glue uses is checked against these.

use std::collections::{BTreeMap, BTreeSet};

use quote::quote;

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
    for item in module_items(file, crate::shape::BUILDERS)? {
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
            if f.sig.ident != crate::shape::SEND {
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
