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

pub use fixture::write_fixture;
use input::{parse_document, read_input};
#[cfg(test)]
use lower::*;
use output::{ensure_file_contents, render};
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
/// Relative location of the overlay holding every deliberate change.
pub const OVERLAY_FILE: &str = "codegen/spec/overlay.yaml";
/// The document Telnyx publishes for its whole API.
pub const PUBLISHED_URL: &str =
    "https://raw.githubusercontent.com/team-telnyx/openapi/master/openapi/spec3.yml";

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];
const PROSE_KEYS: [&str; 5] = ["description", "summary", "title", "externalDocs", "tags"];

type Result<T> = std::result::Result<T, String>;

/// Runs `update-spec`: reads `from`, transforms it, and writes (or checks) `spec/`.
pub fn update_spec(root: &Path, from: &str, check: bool) -> Result<()> {
    let text = read_input(from)?;
    let overlay_text = std::fs::read_to_string(root.join(OVERLAY_FILE))
        .map_err(|e| format!("cannot read {OVERLAY_FILE}: {e}"))?;
    let upstream = parse_document(&text).map_err(|e| format!("{from}: {e}"))?;
    let overlay: Value = serde_yaml::from_str(&overlay_text)
        .map_err(|e| format!("{OVERLAY_FILE} is not valid YAML: {e}"))?;
    let spec = transform(&upstream, &overlay)?;
    let rendered = render(&spec, from)?;
    let path = root.join(SPEC_FILE);
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    if let Ok(old_doc) = serde_yaml::from_str::<Value>(&old) {
        for line in summarize_changes(&old_doc, &spec) {
            println!("{line}");
        }
    }
    ensure_file_contents(&path, &rendered, check, from)
}

#[cfg(test)]
mod tests;
