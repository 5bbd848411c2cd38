//! Every generator setting in one place. `build.rs` uses it to write the client into `OUT_DIR`,
//! and `tests/generated_code.rs` uses it to snapshot the same output, so the two cannot disagree.

use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};

#[path = "codegen/calls.rs"]
mod calls;

/// Where the spec lives, relative to the crate root.
pub const SPEC_PATH: &str = "spec/telnyx-rooms.yaml";

/// The progenitor settings for this crate.
pub fn settings() -> GenerationSettings {
    let mut s = GenerationSettings::new();
    s.with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        // The crate implements `ClientHooks` itself (auth, validation, retries, tracing).
        .with_hooks(HooksMode::Expected)
        .with_inner_type(quote_inner())
        // Deterministic key order on the wire and in Debug output.
        .with_map_type("::std::collections::BTreeMap")
        .with_derive("schemars::JsonSchema")
        .with_derive("PartialEq");
    s
}

fn quote_inner() -> proc_macro2::TokenStream {
    "crate::config::Inner".parse().expect("valid path")
}

/// Generates the client for `spec_text` (YAML) and pretty-prints it: progenitor's output, plus
/// our glue in its `builder` module (`execute()` and the pagination seam; see `codegen/calls.rs`).
pub fn generate(spec_text: &str) -> Result<String, String> {
    let spec: openapiv3::OpenAPI = serde_yaml::from_str(spec_text)
        .map_err(|e| format!("{SPEC_PATH} is not OpenAPI 3.0: {e}"))?;
    let mut generator = Generator::new(&settings());
    let tokens = generator
        .generate_tokens(&spec)
        .map_err(|e| format!("progenitor rejected {SPEC_PATH}: {e}"))?;
    let mut file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("generated code does not parse: {e}"))?;
    let raw: serde_json::Value = serde_yaml::from_str(spec_text).map_err(|e| e.to_string())?;
    calls::add_to(&mut file, &raw).map_err(|e| format!("{SPEC_PATH}: {e}"))?;
    Ok(prettyplease::unparse(&file))
}

/// The request constraints of every operation, as JSON, for the crate's pre-send validation:
/// `{operation_id: {"method", "path", "query": {wire_name: schema}, "body": schema}}`, every `$ref` resolved.
pub fn request_rules(spec_text: &str) -> Result<String, String> {
    use serde_json::{json, Map, Value};
    let doc: Value = serde_yaml::from_str(spec_text).map_err(|e| e.to_string())?;
    fn inline(doc: &Value, v: &Value, depth: usize) -> Value {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(r)) = m.get("$ref") {
                    let target = doc
                        .pointer(r.trim_start_matches('#'))
                        .cloned()
                        .unwrap_or(Value::Null);
                    return if depth > 16 {
                        Value::Null
                    } else {
                        inline(doc, &target, depth + 1)
                    };
                }
                Value::Object(
                    m.iter()
                        .filter(|(k, _)| !matches!(k.as_str(), "description" | "example"))
                        .map(|(k, x)| (k.clone(), inline(doc, x, depth)))
                        .collect(),
                )
            }
            Value::Array(a) => Value::Array(a.iter().map(|x| inline(doc, x, depth)).collect()),
            other => other.clone(),
        }
    }
    let mut out = Map::new();
    for (path, item) in doc["paths"].as_object().into_iter().flatten() {
        for (method, op) in item.as_object().into_iter().flatten() {
            let id = op["operationId"]
                .as_str()
                .ok_or("operation without operationId")?;
            let mut query = Map::new();
            for p in op["parameters"].as_array().into_iter().flatten() {
                if p["in"] == "query" {
                    let name = p["name"].as_str().unwrap_or_default().to_string();
                    query.insert(name, inline(&doc, &p["schema"], 0));
                }
            }
            let body = inline(
                &doc,
                &op["requestBody"]["content"]["application/json"]["schema"],
                0,
            );
            out.insert(
                id.to_string(),
                json!({"method": method.to_uppercase(), "path": path, "query": query, "body": body}),
            );
        }
    }
    serde_json::to_string(&Value::Object(out)).map_err(|e| e.to_string())
}
