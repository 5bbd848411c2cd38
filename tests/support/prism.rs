//! Starts Stoplight Prism (pinned in `tools/prism/package-lock.json`, installed by
//! `tools/setup`) on a loopback port; a test that needs it fails when it is missing.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::{Duration, Instant};

use tokio::process::{Child, Command};

fn tools_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tools/prism")
}

/// The Prism executable (`tools/setup` installs it).
pub fn prism_bin() -> PathBuf {
    let bin = tools_dir().join("node_modules/.bin/prism");
    assert!(
        bin.exists(),
        "Prism is not installed at {}: run tools/setup",
        bin.display()
    );
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
