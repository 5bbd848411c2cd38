//! The offline transform from Telnyx's whole-API OpenAPI document to our `spec/`, one module
//! per step: reading the input (`input`, with the one network step in `download`), the
//! transform (`transform`, lowering 3.1 in `lower`), our overlay (`overlay`), writing or
//! checking the result with a change report (`output`, `report`), and the upstream test
//! fixture (`fixture`).
//!
//! Steps, in order: keep the Video Rooms paths; inline parameter and response references;
//! flatten deepObject `filter`/`page` parameters into one parameter per leaf with its wire name;
//! replace every error response by one `4XX`/`5XX` envelope; copy the components the paths
//! reference; lower OpenAPI 3.1 constructs to 3.0.3; strip upstream prose and vendor extensions;
//! then apply `spec/overlay.yaml` (our operationIds, descriptions, additions and fixes).
//!
//! update-spec keeps the Video Rooms part of the document it read as `codegen/spec/upstream.yaml`
//! and makes the spec from that, so that the build can make it again, offline, when the overlay
//! changes (`refresh`, which `cargo xtask codegen` runs).

mod download;
mod fixture;
mod input;
mod lower;
mod output;
mod overlay;
mod report;
mod transform;

use std::path::Path;

use serde_json::Value;

use fixture::upstream_fixture;
use input::{parse_document, read_input};
#[cfg(test)]
use lower::*;
use output::{ensure_file_contents, made_from, render, render_slice, slice_source};
use overlay::apply_overlay;
use report::summarize_changes;
use transform::transform;

/// Path prefixes that make up the Video Rooms API.
pub const ROOM_PREFIXES: [&str; 5] = [
    "/rooms",
    "/room_sessions",
    "/room_participants",
    "/room_recordings",
    "/room_compositions",
];

/// Relative location of the generated spec and of our overlay.
pub const SPEC_FILE: &str = "codegen/spec/telnyx-rooms.yaml";
/// Relative location of the Video Rooms part of the upstream document the spec is made from
/// (also the contract tests' upstream fixture).
pub const UPSTREAM_FILE: &str = "codegen/spec/upstream.yaml";
/// Relative location of the overlay holding every deliberate change.
pub const OVERLAY_FILE: &str = "codegen/spec/overlay.yaml";
/// The document Telnyx publishes for its whole API.
pub const PUBLISHED_URL: &str =
    "https://raw.githubusercontent.com/team-telnyx/openapi/master/openapi/spec3.yml";

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];
const PROSE_KEYS: [&str; 5] = ["description", "summary", "title", "externalDocs", "tags"];

type Result<T> = std::result::Result<T, String>;

/// Runs `update-spec`: reads `from`, keeps its Video Rooms part as `codegen/spec/upstream.yaml`
/// (structure and examples, upstream's prose stripped), and makes the spec from that and the
/// overlay (or, with `check`, fails naming what is stale). A failed update writes nothing.
pub fn update_spec(root: &Path, from: &str, check: bool) -> Result<()> {
    let text = read_input(from)?;
    let upstream = parse_document(&text).map_err(|e| format!("{from}: {e}"))?;
    let source = from.rsplit(['/', '\\']).next().unwrap_or(from);
    let slice = render_slice(&upstream_fixture(&upstream)?, source)?;
    let spec = spec_of(root, &slice)?;
    ensure_file_contents(&root.join(UPSTREAM_FILE), &slice, check, from)?;
    write_spec(root, &spec, source, check, from)
}

/// Makes the spec again when `codegen/spec/upstream.yaml` or the overlay changed since it was
/// made (the digest it records differs): what the build runs (`cargo xtask codegen`), offline.
pub fn refresh(root: &Path) -> Result<()> {
    let spec = std::fs::read_to_string(root.join(SPEC_FILE)).unwrap_or_default();
    if made_from(&spec) == Some(spec_inputs(root)?.as_str()) {
        return Ok(());
    }
    derive(root, false, UPSTREAM_FILE)
}

/// The spec from `codegen/spec/upstream.yaml` and the overlay, written (or checked).
fn derive(root: &Path, check: bool, from: &str) -> Result<()> {
    let slice = std::fs::read_to_string(root.join(UPSTREAM_FILE))
        .map_err(|e| format!("cannot read {UPSTREAM_FILE}: {e}"))?;
    let spec = spec_of(root, &slice)?;
    let source = slice_source(&slice).unwrap_or(UPSTREAM_FILE).to_string();
    write_spec(root, &spec, &source, check, from)
}

/// The spec made from a rendered upstream slice and the overlay.
fn spec_of(root: &Path, slice: &str) -> Result<Value> {
    let upstream = parse_document(slice).map_err(|e| format!("{UPSTREAM_FILE}: {e}"))?;
    let overlay_text = std::fs::read_to_string(root.join(OVERLAY_FILE))
        .map_err(|e| format!("cannot read {OVERLAY_FILE}: {e}"))?;
    let overlay: Value = serde_yaml::from_str(&overlay_text)
        .map_err(|e| format!("{OVERLAY_FILE} is not valid YAML: {e}"))?;
    transform(&upstream, &overlay)
}

/// Writes (or checks) the spec, printing what changed.
fn write_spec(root: &Path, spec: &Value, source: &str, check: bool, from: &str) -> Result<()> {
    let rendered = render(spec, source, &spec_inputs(root)?)?;
    let path = root.join(SPEC_FILE);
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    if let Ok(old_doc) = serde_yaml::from_str::<Value>(&old) {
        for line in summarize_changes(&old_doc, spec) {
            println!("{line}");
        }
    }
    ensure_file_contents(&path, &rendered, check, from)
}

/// The digest of what the spec is made from now.
fn spec_inputs(root: &Path) -> Result<String> {
    telnyx_rooms_codegen::digest::digest(root, &telnyx_rooms_codegen::digest::SPEC_INPUTS)
        .map_err(|e| format!("cannot read the spec's inputs: {e}"))
}

#[cfg(test)]
mod tests;
