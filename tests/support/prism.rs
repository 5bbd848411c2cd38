//! Starts Stoplight Prism (pinned in `tools/prism/package-lock.json`) on a loopback port.
//! Installs it with `npm ci` first when it is missing; a test that needs it fails if it cannot.

use std::path::PathBuf;
use std::process::Stdio;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use tokio::process::{Child, Command};

fn tools_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tools/prism")
}

/// The Prism executable, installed on first use.
pub fn prism_bin() -> PathBuf {
    static INSTALL: Mutex<()> = Mutex::new(());
    let _guard = INSTALL.lock().unwrap_or_else(|p| p.into_inner());
    let bin = tools_dir().join("node_modules/.bin/prism");
    if !bin.exists() {
        let status = std::process::Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(tools_dir())
            .status()
            .expect("Prism is not installed and `npm` could not be run to install it (install Node.js and npm)");
        assert!(
            status.success(),
            "`npm ci` in tools/prism failed; Prism is needed by this test"
        );
    }
    assert!(bin.exists(), "Prism is still missing at {}", bin.display());
    bin
}

/// A running Prism; killed when dropped.
pub struct Prism {
    pub url: String,
    _child: Child,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Prism {
    /// `prism mock <document>`: answers every valid request from the document's examples and
    /// refuses (422/401/404...) what breaks it.
    pub async fn mock(document: &str) -> Prism {
        Self::start(&["mock", document]).await
    }

    /// `prism proxy <document> <upstream> --errors`: forwards to `upstream` and fails any request
    /// or response that breaks the document.
    pub async fn proxy(document: &str, upstream: &str) -> Prism {
        Self::start(&["proxy", document, upstream, "--errors"]).await
    }

    async fn start(args: &[&str]) -> Prism {
        let bin = prism_bin();
        let port = free_port();
        let doc_dir = env!("CARGO_MANIFEST_DIR");
        let child = Command::new(bin)
            .args(args)
            .args(["-h", "127.0.0.1", "-p", &port.to_string()])
            .current_dir(doc_dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("cannot start Prism");
        let deadline = Instant::now() + Duration::from_secs(90);
        loop {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "Prism did not start listening within 90 s ({args:?})"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Prism {
            url: format!("http://127.0.0.1:{port}"),
            _child: child,
        }
    }
}
