//! Reading the upstream document: a file, or a URL through `download`; YAML or JSON;
//! OpenAPI 3.0 or 3.1.

use serde_json::Value;

use super::Result;

/// Reads the upstream document from a file, or from a URL (see `download`).
pub(super) fn read_input(from: &str) -> Result<String> {
    if from.starts_with("https://") || from.starts_with("http://") {
        super::download::fetch(from)
    } else {
        std::fs::read_to_string(from).map_err(|e| format!("cannot read {from}: {e}"))
    }
}

/// Parses YAML or JSON (JSON is YAML) and checks it is an OpenAPI 3 document.
pub(crate) fn parse_document(text: &str) -> Result<Value> {
    let doc: Value =
        serde_yaml::from_str(text).map_err(|e| format!("not a YAML or JSON document: {e}"))?;
    let version = doc.get("openapi").or_else(|| doc.get("swagger"));
    match version {
        Some(Value::String(v)) if v.starts_with("3.") && doc.get("openapi").is_some() => {}
        Some(v) => {
            let v = v
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| v.to_string());
            return Err(format!(
                "unsupported OpenAPI version `{v}` (need 3.0 or 3.1)"
            ));
        }
        None => return Err("not an OpenAPI document: no `openapi` version field".into()),
    }
    if !doc.get("paths").is_some_and(Value::is_object) {
        return Err("not an OpenAPI document: no `paths` object".into());
    }
    Ok(doc)
}
