//! Real PostgreSQL and Redis servers for the tests: installed from the distribution's packages
//! when missing (`apt-get`, as root), started on loopback in temporary directories (PostgreSQL
//! as the `postgres` user when run as root, as it insists), stopped when dropped. A server that
//! cannot be had is a failure, never a skip.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

fn run(cmd: &mut Command) -> bool {
    cmd.stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

/// The directory of PostgreSQL's server binaries (Debian keeps them off the PATH).
fn pg_bin() -> Option<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path().join("bin"))
        .filter(|d| d.join("postgres").exists() && d.join("initdb").exists())
        .collect();
    dirs.sort();
    dirs.pop()
}

fn redis_bin() -> Option<PathBuf> {
    ["/usr/bin/redis-server", "/usr/local/bin/redis-server"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
}

/// Installs what is missing, once per process.
fn ensure_installed() {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        let mut missing = Vec::new();
        if pg_bin().is_none() {
            missing.push("postgresql");
        }
        if redis_bin().is_none() {
            missing.push("redis-server");
        }
        if missing.is_empty() {
            return;
        }
        assert!(
            is_root(),
            "{missing:?} missing and not root: install them (apt-get install {})",
            missing.join(" ")
        );
        assert!(
            run(Command::new("apt-get").arg("update")),
            "apt-get update failed"
        );
        let mut install = Command::new("apt-get");
        install
            .args(["install", "-y", "--no-install-recommends"])
            .args(&missing)
            .env("DEBIAN_FRONTEND", "noninteractive");
        assert!(run(&mut install), "apt-get install {missing:?} failed");
        // The packages start their own servers; the tests run theirs.
        run(Command::new("service").args(["postgresql", "stop"]));
        run(Command::new("service").args(["redis-server", "stop"]));
        assert!(
            pg_bin().is_some() && redis_bin().is_some(),
            "still missing after apt-get"
        );
    });
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "telnyx-rooms-store-{name}-{}-{}",
        std::process::id(),
        free_port()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn wait_for_port(port: u16, what: &str, child: &mut Child) {
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(status)) = child.try_wait() {
            panic!("{what} exited before it listened: {status}");
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "{what} did not listen in 30 s"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A PostgreSQL server of the test's own.
pub struct Postgres {
    child: Child,
    dir: PathBuf,
    /// `postgres://rooms@127.0.0.1:{port}/postgres`
    pub url: String,
}

impl Postgres {
    pub fn start() -> Postgres {
        ensure_installed();
        let bin = pg_bin().expect("installed");
        let dir = temp_dir("pg");
        let data = dir.join("data");
        let as_postgres = is_root();
        if as_postgres {
            assert!(run(Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(&dir)));
        }
        let command = |program: &Path| {
            if as_postgres {
                let mut c = Command::new("runuser");
                c.args(["-u", "postgres", "--"]).arg(program);
                c
            } else {
                Command::new(program)
            }
        };
        let ok = run(command(&bin.join("initdb"))
            .args(["-A", "trust", "-U", "rooms", "--no-sync", "-D"])
            .arg(&data));
        assert!(ok, "initdb failed");
        let port = free_port();
        let mut child = command(&bin.join("postgres"))
            .arg("-D")
            .arg(&data)
            .args(["-p", &port.to_string(), "-k"])
            .arg(&dir)
            .args(["-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"])
            .args(["-c", "max_connections=200"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("postgres starts");
        wait_for_port(port, "postgres", &mut child);
        Postgres {
            child,
            dir,
            url: format!("postgres://rooms@127.0.0.1:{port}/postgres"),
        }
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        // SIGTERM, then wait: runuser passes it on.
        let _ = Command::new("kill")
            .arg(self.child.id().to_string())
            .status();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A Redis server of the test's own.
pub struct Redis {
    child: Child,
    dir: PathBuf,
    /// `redis://127.0.0.1:{port}/`
    pub url: String,
}

impl Redis {
    pub fn start() -> Redis {
        ensure_installed();
        let dir = temp_dir("redis");
        let port = free_port();
        let mut child = Command::new(redis_bin().expect("installed"))
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
            .args(["--save", "", "--appendonly", "no", "--dir"])
            .arg(&dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server starts");
        wait_for_port(port, "redis-server", &mut child);
        Redis {
            child,
            dir,
            url: format!("redis://127.0.0.1:{port}/"),
        }
    }
}

impl Drop for Redis {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
