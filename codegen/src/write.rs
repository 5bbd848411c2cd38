//! Writes every generated file of the workspace at once, each stamped with the digest of the
//! inputs it was made from: what `cargo xtask codegen` runs, which the client's build script
//! runs when the stamps and the digest disagree.

use std::path::Path;

use crate::digest::{stamp, OUTPUTS};

/// The generated files for the spec `spec` (YAML) and the digest `digest`, by path relative to
/// the workspace root: the client, and the command line, which refuses to compile against a
/// client made from other inputs.
pub fn generated(spec: &str, digest: &str) -> Result<Vec<(&'static str, String)>, String> {
    let client = format!(
        "{}\n{}\n/// The digest of the codegen crate this client was generated from (the \
         command line refuses to compile against a client made from other inputs).\n\
         #[doc(hidden)]\npub const GENERATED_FROM: &str = \"{digest}\";\n",
        stamp(digest),
        crate::client(spec)?
    );
    let cli = format!(
        "{}\n{}\nconst _: () = assert!(\n    same(telnyx_rooms::GENERATED_FROM, \"{digest}\"),\n    \
         \"telnyx-rooms was generated from another spec than this command line: build them from \
         one checkout\"\n);\n\nconst fn same(a: &str, b: &str) -> bool {{\n    let (a, b) = \
         (a.as_bytes(), b.as_bytes());\n    if a.len() != b.len() {{\n        return false;\n    \
         }}\n    let mut i = 0;\n    while i < a.len() {{\n        if a[i] != b[i] {{\n            \
         return false;\n        }}\n        i += 1;\n    }}\n    true\n}}\n",
        stamp(digest),
        crate::cli(spec, "crate::api")?
    );
    let files = vec![(OUTPUTS[0], client), (OUTPUTS[1], cli)];
    debug_assert!(files.iter().map(|f| f.0).eq(OUTPUTS));
    Ok(files)
}

/// Writes the generated files under the workspace `root`, made from its spec as it is on disk
/// now (only those whose text changed, each whole or not at all), or with `check` says which
/// are stale. Returns the paths written.
pub fn write(root: &Path, digest: &str, check: bool) -> Result<Vec<&'static str>, String> {
    let spec_path = root.join(crate::SPEC_FILE);
    let spec = std::fs::read_to_string(&spec_path)
        .map_err(|e| format!("cannot read {}: {e}", spec_path.display()))?;
    let mut changed = Vec::new();
    for (path, text) in generated(&spec, digest)? {
        let file = root.join(path);
        if std::fs::read_to_string(&file).ok().as_deref() == Some(text.as_str()) {
            continue;
        }
        changed.push(path);
        if check {
            continue;
        }
        let partial = file.with_extension("rs.partial");
        std::fs::write(&partial, &text)
            .and_then(|()| std::fs::rename(&partial, &file))
            .map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    }
    Ok(changed)
}
