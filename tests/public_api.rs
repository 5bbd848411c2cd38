//! The public API as a reviewed snapshot: every item a user can name (modules, types and their
//! public fields and variants, functions, methods with their signatures, constants, trait
//! implementations, re-exports), one per line, sorted, from rustdoc's JSON of the crate with
//! every feature on. A change to what users can name shows up in review as a diff of
//! `tests/snapshots/public_api__public_api.snap`.
//!
//! rustdoc's JSON output is unstable: on this stable toolchain it is reached with
//! `RUSTC_BOOTSTRAP=1`, in the workspace's target directory (cargo does not hold its lock while
//! tests run), so that the dependencies the tests compiled serve it. The format read is
//! checked.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// The rustdoc JSON format this listing reads (that of the pinned stable toolchain).
const FORMAT_VERSIONS: [u64; 1] = [57];

#[test]
fn public_api() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let target = root.join("target");
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args([
            "rustdoc",
            "-p",
            "telnyx-rooms",
            "--lib",
            "--all-features",
            "--quiet",
            "--",
            "-Z",
            "unstable-options",
            "--output-format",
            "json",
        ])
        .env("RUSTC_BOOTSTRAP", "1")
        .env("CARGO_TARGET_DIR", &target)
        .env_remove("RUSTDOCFLAGS")
        .current_dir(root)
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "cargo rustdoc failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(target.join("doc/telnyx_rooms.json")).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    let version = doc["format_version"].as_u64().unwrap();
    assert!(
        FORMAT_VERSIONS.contains(&version),
        "rustdoc JSON format {version}: teach tests/public_api.rs to read it"
    );
    let listing = Listing::new(&doc).list();
    assert!(listing.lines().count() > 500, "{listing}");
    insta::assert_snapshot!("public_api", listing);
}

struct Listing<'a> {
    index: &'a serde_json::Map<String, Value>,
    paths: HashMap<String, String>,
    root: String,
    lines: BTreeSet<String>,
}

impl<'a> Listing<'a> {
    fn new(doc: &'a Value) -> Self {
        let paths = doc["paths"]
            .as_object()
            .unwrap()
            .iter()
            .filter_map(|(id, s)| {
                let path: Vec<&str> = s["path"]
                    .as_array()?
                    .iter()
                    .filter_map(Value::as_str)
                    .collect();
                Some((id.clone(), path.join("::")))
            })
            .collect();
        Listing {
            index: doc["index"].as_object().unwrap(),
            paths,
            root: doc["root"].to_string(),
            lines: BTreeSet::new(),
        }
    }

    fn list(mut self) -> String {
        let root = self.root.clone();
        // First where users reach each item (a type defined in a private module is named by
        // its re-export), then the listing, which names types by those paths.
        let mut public = HashMap::new();
        self.reach(&root, "telnyx_rooms", &mut public, 0);
        for (id, path) in public {
            self.paths.insert(id, path);
        }
        self.item(&root, "telnyx_rooms");
        self.lines.into_iter().collect::<Vec<_>>().join("\n")
    }

    /// Records the path users reach every public item by: the shortest, then the first.
    fn reach(&self, id: &str, path: &str, out: &mut HashMap<String, String>, depth: usize) {
        let better = |old: &String| path.len() < old.len();
        match out.get(id) {
            Some(old) if !better(old) => return,
            _ => {
                out.insert(id.to_string(), path.to_string());
            }
        }
        let Some(m) = self.index.get(id).and_then(|i| i["inner"].get("module")) else {
            return;
        };
        if depth > 8 {
            return;
        }
        for child in m["items"].as_array().unwrap() {
            let Some(c) = self.get(child) else { continue };
            if !Self::public(c) {
                continue;
            }
            if let Some(u) = c["inner"].get("use") {
                if let (Some(target), Some(name)) = (u["id"].as_u64(), u["name"].as_str()) {
                    self.reach(
                        &target.to_string(),
                        &format!("{path}::{name}"),
                        out,
                        depth + 1,
                    );
                }
            } else if let Some(name) = c["name"].as_str() {
                self.reach(
                    &child.to_string(),
                    &format!("{path}::{name}"),
                    out,
                    depth + 1,
                );
            }
        }
    }

    fn get(&self, id: &Value) -> Option<&'a Value> {
        self.index.get(&id.to_string())
    }

    fn public(item: &Value) -> bool {
        item["visibility"] == "public"
    }

    /// Lists the item `id`, known to users as `path`.
    fn item(&mut self, id: &str, path: &str) {
        let Some(item) = self.index.get(id) else {
            return;
        };
        let inner = &item["inner"];
        if let Some(m) = inner.get("module") {
            if path != "telnyx_rooms" {
                self.lines.insert(format!("pub mod {path}"));
            }
            for child in m["items"].as_array().unwrap() {
                let Some(c) = self.get(child) else { continue };
                if !Self::public(c) {
                    continue;
                }
                if let Some(u) = c["inner"].get("use") {
                    let name = u["name"].as_str().unwrap();
                    match u["id"].as_u64().map(|i| i.to_string()) {
                        Some(target)
                            if self.index.contains_key(&target)
                                && !u["is_glob"].as_bool().unwrap_or(false) =>
                        {
                            self.item(&target, &format!("{path}::{name}"))
                        }
                        _ => {
                            self.lines.insert(format!(
                                "pub use {path}::{name} = {}",
                                u["source"].as_str().unwrap()
                            ));
                        }
                    }
                    continue;
                }
                let name = c["name"].as_str().unwrap_or("_").to_string();
                self.item(&child.to_string(), &format!("{path}::{name}"));
            }
        } else if let Some(s) = inner.get("struct") {
            self.lines.insert(format!(
                "pub struct {path}{}",
                self.generics(&s["generics"])
            ));
            let kind = &s["kind"];
            if let Some(plain) = kind.get("plain") {
                for f in plain["fields"].as_array().unwrap() {
                    let f = self.get(f).unwrap();
                    if Self::public(f) {
                        let ty = self.ty(&f["inner"]["struct_field"]);
                        self.lines
                            .insert(format!("pub {path}::{}: {ty}", f["name"].as_str().unwrap()));
                    }
                }
            } else if let Some(tuple) = kind.get("tuple") {
                let fields: Vec<String> = tuple
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|f| match self.get(f) {
                        Some(f) if Self::public(f) => self.ty(&f["inner"]["struct_field"]),
                        _ => "_".into(),
                    })
                    .collect();
                self.lines
                    .insert(format!("pub struct {path}({})", fields.join(", ")));
            }
            self.impls(&s["impls"], path);
        } else if let Some(e) = inner.get("enum") {
            self.lines
                .insert(format!("pub enum {path}{}", self.generics(&e["generics"])));
            for v in e["variants"].as_array().unwrap() {
                let v = self.get(v).unwrap();
                let name = v["name"].as_str().unwrap();
                let kind = &v["inner"]["variant"]["kind"];
                let shape = if let Some(t) = kind.get("tuple") {
                    let fields: Vec<String> = t
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|f| {
                            self.get(f)
                                .map(|f| self.ty(&f["inner"]["struct_field"]))
                                .unwrap_or("_".into())
                        })
                        .collect();
                    format!("({})", fields.join(", "))
                } else if let Some(st) = kind.get("struct") {
                    let fields: Vec<String> = st["fields"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .filter_map(|f| self.get(f))
                        .map(|f| {
                            format!(
                                "{}: {}",
                                f["name"].as_str().unwrap(),
                                self.ty(&f["inner"]["struct_field"])
                            )
                        })
                        .collect();
                    format!(" {{ {} }}", fields.join(", "))
                } else {
                    String::new()
                };
                self.lines.insert(format!("pub {path}::{name}{shape}"));
            }
            self.impls(&e["impls"], path);
        } else if let Some(f) = inner.get("function") {
            self.lines.insert(self.function(path, f));
        } else if let Some(t) = inner.get("trait") {
            self.lines
                .insert(format!("pub trait {path}{}", self.generics(&t["generics"])));
            for i in t["items"].as_array().unwrap() {
                let i = self.get(i).unwrap();
                let name = i["name"].as_str().unwrap();
                if let Some(f) = i["inner"].get("function") {
                    self.lines
                        .insert(self.function(&format!("{path}::{name}"), f));
                } else {
                    self.lines.insert(format!("{path}::{name}"));
                }
            }
        } else if let Some(c) = inner.get("constant") {
            self.lines
                .insert(format!("pub const {path}: {}", self.ty(&c["type"])));
        } else if let Some(t) = inner.get("type_alias") {
            self.lines
                .insert(format!("pub type {path} = {}", self.ty(&t["type"])));
        } else if let Some(s) = inner.get("static") {
            self.lines
                .insert(format!("pub static {path}: {}", self.ty(&s["type"])));
        } else if inner.get("macro").is_some() {
            self.lines.insert(format!("pub macro {path}!"));
        } else {
            let kind = inner
                .as_object()
                .and_then(|o| o.keys().next().cloned())
                .unwrap_or_default();
            self.lines.insert(format!("pub {kind} {path}"));
        }
    }

    fn impls(&mut self, impls: &Value, path: &str) {
        for i in impls.as_array().unwrap() {
            let imp = &self.get(i).unwrap()["inner"]["impl"];
            if imp["is_synthetic"].as_bool().unwrap_or(false) || !imp["blanket_impl"].is_null() {
                continue;
            }
            match imp.get("trait").filter(|t| !t.is_null()) {
                Some(t) => {
                    let generics = self.generics(&imp["generics"]);
                    let line = format!(
                        "impl{generics} {} for {}",
                        self.path(t),
                        self.ty(&imp["for"])
                    );
                    self.lines.insert(line);
                }
                None => {
                    for item in imp["items"].as_array().unwrap() {
                        let item = self.get(item).unwrap();
                        if !Self::public(item) {
                            continue;
                        }
                        let name = item["name"].as_str().unwrap();
                        if let Some(f) = item["inner"].get("function") {
                            self.lines
                                .insert(self.function(&format!("{path}::{name}"), f));
                        } else if let Some(c) = item["inner"].get("assoc_const") {
                            self.lines.insert(format!(
                                "pub const {path}::{name}: {}",
                                self.ty(&c["type"])
                            ));
                        }
                    }
                }
            }
        }
    }

    fn function(&self, path: &str, f: &Value) -> String {
        let inputs: Vec<String> = f["sig"]["inputs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|pair| {
                let name = pair[0].as_str().unwrap();
                let ty = self.ty(&pair[1]);
                match name {
                    "self" => match ty.as_str() {
                        "Self" => "self".into(),
                        "&Self" => "&self".into(),
                        "&mut Self" => "&mut self".into(),
                        _ => format!("self: {ty}"),
                    },
                    _ => format!("{name}: {ty}"),
                }
            })
            .collect();
        let output = match &f["sig"]["output"] {
            Value::Null => String::new(),
            t => format!(" -> {}", self.ty(t)),
        };
        let asyncness = if f["header"]["is_async"].as_bool().unwrap_or(false) {
            "async "
        } else {
            ""
        };
        format!(
            "pub {asyncness}fn {path}{}({}){output}",
            self.generics(&f["generics"]),
            inputs.join(", ")
        )
    }

    /// `<T: Bound, 'a>`, without the synthetic parameters of `impl Trait` arguments.
    fn generics(&self, g: &Value) -> String {
        let params: Vec<String> = g["params"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|p| {
                let name = p["name"].as_str()?;
                let kind = &p["kind"];
                if let Some(t) = kind.get("type") {
                    if t["is_synthetic"].as_bool().unwrap_or(false) {
                        return None;
                    }
                    let bounds = self.bounds(&t["bounds"]);
                    return Some(if bounds.is_empty() {
                        name.to_string()
                    } else {
                        format!("{name}: {bounds}")
                    });
                }
                Some(name.to_string())
            })
            .collect();
        if params.is_empty() {
            String::new()
        } else {
            format!("<{}>", params.join(", "))
        }
    }

    fn bounds(&self, bounds: &Value) -> String {
        let list: Vec<String> = bounds
            .as_array()
            .into_iter()
            .flatten()
            .map(|b| {
                if let Some(t) = b.get("trait_bound") {
                    self.path(&t["trait"])
                } else if let Some(o) = b.get("outlives") {
                    o.as_str().unwrap_or("'_").to_string()
                } else {
                    "use<..>".into()
                }
            })
            .collect();
        list.join(" + ")
    }

    /// A path, named as users reach it when rustdoc knows, with its generic arguments.
    fn path(&self, p: &Value) -> String {
        let name = p["id"]
            .as_u64()
            .and_then(|id| self.paths.get(&id.to_string()))
            .cloned()
            .unwrap_or_else(|| p["path"].as_str().unwrap_or("?").to_string());
        format!("{name}{}", self.args(&p["args"]))
    }

    fn args(&self, args: &Value) -> String {
        if let Some(a) = args.get("angle_bracketed") {
            let mut list: Vec<String> = a["args"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|arg| {
                    if let Some(t) = arg.get("type") {
                        self.ty(t)
                    } else if let Some(l) = arg.get("lifetime") {
                        l.as_str().unwrap_or("'_").to_string()
                    } else if let Some(c) = arg.get("const") {
                        c["expr"].as_str().unwrap_or("_").to_string()
                    } else {
                        "_".into()
                    }
                })
                .collect();
            for c in a["constraints"].as_array().into_iter().flatten() {
                let name = c["name"].as_str().unwrap_or("?");
                if let Some(t) = c["binding"].get("equality").and_then(|e| e.get("type")) {
                    list.push(format!("{name} = {}", self.ty(t)));
                }
            }
            if list.is_empty() {
                String::new()
            } else {
                format!("<{}>", list.join(", "))
            }
        } else if let Some(p) = args.get("parenthesized") {
            let inputs: Vec<String> = p["inputs"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|t| self.ty(t))
                .collect();
            let output = match &p["output"] {
                Value::Null => String::new(),
                t => format!(" -> {}", self.ty(t)),
            };
            format!("({}){output}", inputs.join(", "))
        } else {
            String::new()
        }
    }

    fn ty(&self, t: &Value) -> String {
        if let Some(p) = t.get("resolved_path") {
            self.path(p)
        } else if let Some(g) = t.get("generic") {
            g.as_str().unwrap().to_string()
        } else if let Some(p) = t.get("primitive") {
            p.as_str().unwrap().to_string()
        } else if let Some(r) = t.get("borrowed_ref") {
            let lifetime = r["lifetime"]
                .as_str()
                .map(|l| format!("{l} "))
                .unwrap_or_default();
            let m = if r["is_mutable"].as_bool().unwrap_or(false) {
                "mut "
            } else {
                ""
            };
            format!("&{lifetime}{m}{}", self.ty(&r["type"]))
        } else if let Some(items) = t.get("tuple") {
            let items: Vec<String> = items
                .as_array()
                .unwrap()
                .iter()
                .map(|t| self.ty(t))
                .collect();
            format!("({})", items.join(", "))
        } else if let Some(s) = t.get("slice") {
            format!("[{}]", self.ty(s))
        } else if let Some(a) = t.get("array") {
            format!(
                "[{}; {}]",
                self.ty(&a["type"]),
                a["len"].as_str().unwrap_or("_")
            )
        } else if let Some(b) = t.get("impl_trait") {
            format!("impl {}", self.bounds(b))
        } else if let Some(d) = t.get("dyn_trait") {
            let traits: Vec<String> = d["traits"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| self.path(&p["trait"]))
                .collect();
            format!("dyn {}", traits.join(" + "))
        } else if let Some(q) = t.get("qualified_path") {
            let name = q["name"].as_str().unwrap_or("?");
            let self_ty = self.ty(&q["self_type"]);
            match q.get("trait").filter(|t| !t.is_null()) {
                Some(tr) => format!("<{self_ty} as {}>::{name}", self.path(tr)),
                None => format!("{self_ty}::{name}"),
            }
        } else if t.get("function_pointer").is_some() {
            "fn(..)".into()
        } else if let Some(p) = t.get("raw_pointer") {
            let m = if p["is_mutable"].as_bool().unwrap_or(false) {
                "mut"
            } else {
                "const"
            };
            format!("*{m} {}", self.ty(&p["type"]))
        } else {
            "_".into()
        }
    }
}
