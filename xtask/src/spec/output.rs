//! Writing the spec, or checking it: the rendering is deterministic, and `--check` writes
//! nothing and fails with a unified diff of every changed region and the command to run.

use serde_json::Value;
use std::path::Path;

use super::Result;

pub(super) const HEADER: &str = "\
# Telnyx Video Rooms API: the OpenAPI document telnyx-rooms is generated from.
# Made by `cargo xtask update-spec` from Telnyx's published document (its Video Rooms part is
# spec/upstream.yaml) plus spec/overlay.yaml (every deliberate change, with its reason); the
# build makes it again when either changes. Edit the overlay rather than this file.
";

/// The line that records the digest of the inputs the spec was made from.
const MADE_FROM: &str = "# Made from upstream.yaml and overlay.yaml ";

/// Renders the spec as YAML with sorted keys and `\n` line ends, with the upstream document's
/// name and the digest of the inputs it was made from.
pub(crate) fn render(spec: &Value, source: &str, inputs: &str) -> Result<String> {
    let body = serde_yaml::to_string(spec).map_err(|e| e.to_string())?;
    Ok(format!(
        "{HEADER}# Source: {source}\n{MADE_FROM}{inputs}\n{}",
        body.replace("\r\n", "\n")
    ))
}

/// The digest of the inputs a rendered spec says it was made from.
pub(crate) fn made_from(spec: &str) -> Option<&str> {
    spec.lines().find_map(|l| l.strip_prefix(MADE_FROM))
}

/// Renders the Video Rooms part of the upstream document `source`.
pub(crate) fn render_slice(slice: &Value, source: &str) -> Result<String> {
    let body = serde_yaml::to_string(slice).map_err(|e| e.to_string())?;
    Ok(format!(
        "# The Video Rooms part of Telnyx's document, kept by `cargo xtask update-spec`: what\n\
         # the spec is made from (with overlay.yaml), and the contract tests' upstream fixture.\n\
         # Structure and example values only: upstream's prose is stripped.\n\
         # Source: {source}\n{}",
        body.replace("\r\n", "\n")
    ))
}

/// The upstream document a rendered slice was taken from.
pub(crate) fn slice_source(slice: &str) -> Option<&str> {
    slice.lines().find_map(|l| l.strip_prefix("# Source: "))
}

/// Writes `path` if its contents differ; under `check`, fails with a diff instead.
pub(crate) fn ensure_file_contents(
    path: &Path,
    contents: &str,
    check: bool,
    from: &str,
) -> Result<()> {
    let old = std::fs::read_to_string(path).unwrap_or_default();
    if old == contents {
        println!("{} is up to date", path.display());
        return Ok(());
    }
    if check {
        return Err(format!(
            "{} is not what update-spec makes from {from}:\n{}\nrun: cargo xtask update-spec --from {from}",
            path.display(),
            line_diff(&old, contents)
        ));
    }
    // Whole or not at all: two builds may make the spec at once, and the other reads it.
    let partial = path.with_extension("partial");
    std::fs::write(&partial, contents)
        .and_then(|()| std::fs::rename(&partial, path))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    println!("wrote {}", path.display());
    Ok(())
}

/// A unified diff of every changed region (3 lines of context), `a/` the file as it is, `b/`
/// what update-spec makes.
pub(super) fn line_diff(old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header("a/spec (as it is)", "b/spec (as update-spec makes it)")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_diff_shows_every_changed_region() {
        let old: String = (1..=40).map(|i| format!("line {i}\n")).collect();
        let new = old
            .replace("line 3\n", "line three\n")
            .replace("line 30\n", "line thirty\n");
        let d = line_diff(&old, &new);
        assert_eq!(d.matches("@@ ").count(), 2, "{d}");
        for l in ["-line 3", "+line three", "-line 30", "+line thirty"] {
            assert!(d.lines().any(|x| x == l), "{l} missing in:\n{d}");
        }
        assert!(d.starts_with("--- a/spec"), "{d}");
    }
}
