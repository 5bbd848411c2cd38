//! Each point checked on progenitor's raw output for our spec: a failure names the point that
//! moved, so an upgrade says where the generators must change.

use quote::quote;

use super::*;

const ALL: [Point; 17] = [
    Point::TypesModule,
    Point::TypeBuilders,
    Point::BuildersModule,
    Point::BodyField,
    Point::BodyMap,
    Point::SendReturn,
    Point::BuilderNew,
    Point::ClientConstructor,
    Point::ClientInfoImpl,
    Point::HooksAssertion,
    Point::TopLevelUses,
    Point::BuilderImports,
    Point::OperationDocExample,
    Point::CliExecute,
    Point::CliBodyFields,
    Point::CliPrintingHooks,
    Point::CliCommands,
];

struct Raw {
    client: syn::File,
    cli: syn::File,
}

fn raw() -> Raw {
    let model = crate::model().unwrap();
    let mut generator = progenitor::Generator::new(&crate::settings());
    let client = syn::parse2(generator.generate_tokens(&model.doc).unwrap()).unwrap();
    let mut generator = progenitor::Generator::new(&crate::settings());
    let cli = syn::parse2(generator.cli(&model.doc, "crate::api").unwrap()).unwrap();
    Raw { client, cli }
}

fn module<'f>(file: &'f syn::File, name: &str) -> &'f [syn::Item] {
    module_in(&file.items, name)
}

/// The functions of the inherent impls of `ty` among `items`.
fn fns<'f>(items: &'f [syn::Item], ty: &str) -> Vec<&'f syn::ImplItemFn> {
    items
        .iter()
        .filter_map(|i| match i {
            syn::Item::Impl(imp) if imp.trait_.is_none() => Some(imp),
            _ => None,
        })
        .filter(|imp| text(&imp.self_ty).starts_with(ty))
        .flat_map(|imp| &imp.items)
        .filter_map(|i| match i {
            syn::ImplItem::Fn(f) => Some(f),
            _ => None,
        })
        .collect()
}

fn text(t: impl quote::ToTokens) -> String {
    quote!(#t).to_string()
}

fn has_struct(items: &[syn::Item], name: &str) -> bool {
    items
        .iter()
        .any(|i| matches!(i, syn::Item::Struct(s) if s.ident == name))
}

fn holds(point: Point, raw: &Raw) -> bool {
    let types = module(&raw.client, TYPES);
    let builders = module(&raw.client, BUILDERS);
    let fn_named = |items: &[syn::Item], ty: &str, name: &str| {
        fns(items, ty).iter().any(|f| f.sig.ident == name)
    };
    match point {
        Point::TypesModule => has_struct(types, "Room") && has_struct(types, "CreateRoomRequest"),
        Point::TypeBuilders => {
            has_struct(module_in(types, TYPE_BUILDERS), "Room")
                && fn_named(types, "Room", "builder")
        }
        Point::BuildersModule => crate::shape::structs_in(&raw.client, BUILDERS)
            .ok()
            .and_then(|s| s.get("ListRooms").cloned())
            .is_some_and(|f| {
                ["client", "page_number", "page_size"]
                    .iter()
                    .all(|k| f.contains_key(*k))
            }),
        Point::BodyField => crate::shape::structs_in(&raw.client, BUILDERS)
            .ok()
            .and_then(|s| s.get("CreateRoom")?.get("body").cloned())
            .is_some_and(|t| t.contains("types :: builder :: CreateRoomRequest")),
        Point::BodyMap => fn_named(builders, "CreateRoom", BODY_MAP),
        Point::SendReturn => crate::shape::send_return_types(&raw.client).is_ok_and(|s| {
            s.get("ListRooms") == Some(&Some("ListRoomsResponse".into()))
                && s.get("DeleteRoom") == Some(&None)
        }),
        Point::BuilderNew => fns(builders, "ListRooms").iter().any(|f| {
            f.sig.ident == NEW
                && matches!(
                    f.block.stmts.last(),
                    Some(syn::Stmt::Expr(syn::Expr::Struct(_), None))
                )
        }),
        Point::ClientConstructor => {
            fn_named(&raw.client.items, "Client", NEW)
                && fn_named(&raw.client.items, "Client", NEW_WITH_CLIENT)
        }
        Point::ClientInfoImpl => raw.client.items.iter().any(|i| {
            matches!(i, syn::Item::Impl(imp) if imp.trait_.as_ref()
                .is_some_and(|(_, p, _)| text(p).contains(CLIENT_INFO)))
        }),
        Point::HooksAssertion => raw
            .client
            .items
            .iter()
            .any(|i| matches!(i, syn::Item::Const(c) if text(c).contains(HOOKS_ASSERTION))),
        Point::TopLevelUses => raw
            .client
            .items
            .iter()
            .any(|i| matches!(i, syn::Item::Use(u) if text(u).contains("progenitor_client"))),
        Point::BuilderImports => builders
            .iter()
            .any(|i| matches!(i, syn::Item::Use(u) if text(u).contains(CLIENT_INFO))),
        Point::OperationDocExample => fns(&raw.client.items, "Client")
            .iter()
            .filter(|f| f.sig.ident == "list_rooms")
            .any(|f| f.attrs.iter().any(|a| text(a).contains(DOC_EXAMPLE))),
        Point::CliExecute | Point::CliBodyFields | Point::CliPrintingHooks | Point::CliCommands => {
            holds_in_cli(point, &raw.cli)
        }
    }
}

/// The points in the command line's raw output.
fn holds_in_cli(point: Point, cli: &syn::File) -> bool {
    let fn_named = |items: &[syn::Item], ty: &str, name: &str| {
        fns(items, ty).iter().any(|f| f.sig.ident == name)
    };
    match point {
        Point::CliExecute => fns(&cli.items, "Cli").iter().any(|f| {
            f.sig.ident == "execute_list_rooms"
                && text(&f.block).contains("self . config . execute_list_rooms")
        }),
        Point::CliBodyFields => fns(&cli.items, "Cli").iter().any(|f| {
            f.sig.ident == "execute_create_room"
                && text(&f.block).contains(
                    "request . body_map (| body | { body . unique_name (value . clone ()) })",
                )
        }),
        Point::CliPrintingHooks => cli.items.iter().any(|i| {
            let syn::Item::Trait(t) = i else { return false };
            t.ident == CLI_CONFIG
                && CLI_PRINTING.iter().all(|hook| {
                    t.items
                        .iter()
                        .any(|i| matches!(i, syn::TraitItem::Fn(f) if f.sig.ident == hook))
                })
        }),
        Point::CliCommands => {
            fn_named(&cli.items, "CliCommand", "iter")
                && fn_named(&cli.items, "CliCommand", "operation_id")
                && fn_named(&cli.items, "Cli", "get_command")
        }
        _ => unreachable!("{point:?} is not the command line's"),
    }
}

fn module_in<'f>(items: &'f [syn::Item], name: &str) -> &'f [syn::Item] {
    items
        .iter()
        .find_map(|i| match i {
            syn::Item::Mod(m) if m.ident == name => m.content.as_ref().map(|c| &c.1[..]),
            _ => None,
        })
        .unwrap_or(&[])
}

#[test]
fn every_point_is_where_the_generators_expect_it() {
    let raw = raw();
    let moved: Vec<String> = ALL
        .into_iter()
        .filter(|p| !holds(*p, &raw))
        .map(moved)
        .collect();
    assert!(moved.is_empty(), "{}", moved.join("\n"));
}

#[test]
fn a_moved_point_is_named() {
    let mut raw = raw();
    raw.cli.items.retain(|i| !matches!(i, syn::Item::Trait(_)));
    assert!(!holds(Point::CliPrintingHooks, &raw));
    assert!(moved(Point::CliPrintingHooks).contains("CliPrintingHooks"));
}
