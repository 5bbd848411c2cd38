//! The one network step: `--from` with a URL downloads the document with `curl`. Everything
//! else works on local files.

use super::Result;

/// Downloads `url` and returns its text.
pub(super) fn fetch(url: &str) -> Result<String> {
    let out = std::process::Command::new("curl")
        .args(["--fail", "--silent", "--show-error", "--location", url])
        .output()
        .map_err(|e| format!("cannot run curl to download {url}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "download of {url} failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    String::from_utf8(out.stdout).map_err(|_| format!("{url} is not UTF-8 text"))
}
