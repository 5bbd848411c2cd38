//! Real PostgreSQL and Redis servers for the tests: the distribution's packages (`tools/setup`
//! installs them), started on loopback in temporary directories (PostgreSQL
//! as the `postgres` user when run as root, as it insists), stopped when dropped. A server that
//! cannot be had is a failure, never a skip.

#![allow(dead_code)]

pub mod events;
pub mod stores;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
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

/// PostgreSQL's and Redis's binaries must be there (`tools/setup` installs them).
fn ensure_installed() {
    assert!(
        pg_bin().is_some() && redis_bin().is_some(),
        "PostgreSQL and Redis are needed by the store's tests: run tools/setup"
    );
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
    port: u16,
    /// `postgres://rooms@127.0.0.1:{port}/postgres`
    pub url: String,
}

/// Runs `program` as the `postgres` user when we are root (PostgreSQL refuses root).
fn as_postgres(program: &Path) -> Command {
    if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(program);
        c
    } else {
        Command::new(program)
    }
}

impl Postgres {
    pub fn start() -> Postgres {
        Postgres::start_with(&[])
    }

    /// With more `-c name=value` settings (`ssl=on`, ...).
    pub fn start_with(settings: &[&str]) -> Postgres {
        Postgres::start_prepared(settings, |_| {})
    }

    /// Only over TLS, with this certificate and key (PEM): plain connections are refused.
    pub fn start_tls(cert: &str, key: &str) -> Postgres {
        Postgres::start_prepared(
            &[
                "ssl = on",
                "ssl_cert_file = 'server.crt'",
                "ssl_key_file = 'server.key'",
            ],
            |data| {
                std::fs::write(data.join("server.crt"), cert).unwrap();
                std::fs::write(data.join("server.key"), key).unwrap();
                let hba = data.join("pg_hba.conf");
                std::fs::write(
                    &hba,
                    "hostssl all all 127.0.0.1/32 trust\nhostnossl all all 127.0.0.1/32 reject\n\
                     local all all trust\n",
                )
                .unwrap();
                use std::os::unix::fs::PermissionsExt;
                let key = data.join("server.key");
                std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
                if is_root() {
                    assert!(run(Command::new("chown")
                        .args(["postgres:postgres"])
                        .arg(data.join("server.crt"))
                        .arg(&key)
                        .arg(&hba)));
                }
            },
        )
    }

    /// With more settings, and `prepare` run on the data directory before the server starts.
    pub fn start_prepared(settings: &[&str], prepare: impl FnOnce(&Path)) -> Postgres {
        ensure_installed();
        let bin = pg_bin().expect("installed");
        let dir = temp_dir("pg");
        let data = dir.join("data");
        if is_root() {
            assert!(run(Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(&dir)));
        }
        let ok = run(as_postgres(&bin.join("initdb"))
            .args(["-A", "trust", "-U", "rooms", "--no-sync", "-D"])
            .arg(&data));
        assert!(ok, "initdb failed");
        for setting in settings {
            let conf = data.join("postgresql.conf");
            let mut text = std::fs::read_to_string(&conf).unwrap();
            text.push_str(&format!("\n{setting}\n"));
            std::fs::write(&conf, text).unwrap();
        }
        prepare(&data);
        let port = free_port();
        let child = Postgres::spawn(&dir, port);
        Postgres {
            child,
            dir,
            port,
            url: format!("postgres://rooms@127.0.0.1:{port}/postgres"),
        }
    }

    /// The data directory (for files the test adds: certificates, `pg_hba.conf`).
    pub fn data_dir(&self) -> PathBuf {
        self.dir.join("data")
    }

    fn spawn(dir: &Path, port: u16) -> Child {
        let bin = pg_bin().expect("installed");
        let mut child = as_postgres(&bin.join("postgres"))
            .arg("-D")
            .arg(dir.join("data"))
            .args(["-p", &port.to_string(), "-k"])
            .arg(dir)
            .args(["-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"])
            .args(["-c", "max_connections=200"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("postgres starts");
        wait_for_port(port, "postgres", &mut child);
        child
    }

    /// Stops the server (a fast shutdown: clients are disconnected), as a restart or a
    /// failover does.
    pub fn stop(&mut self) {
        let bin = pg_bin().expect("installed");
        let stopped = run(as_postgres(&bin.join("pg_ctl"))
            .args(["stop", "-m", "fast", "-w", "-D"])
            .arg(self.data_dir()));
        assert!(stopped, "pg_ctl stop failed");
        let _ = self.child.wait();
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "postgres did not stop"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Starts it again on the same data and port.
    pub fn start_again(&mut self) {
        self.child = Postgres::spawn(&self.dir, self.port);
    }

    /// Stopped for `down`, then started again.
    pub fn restart(&mut self, down: Duration) {
        self.stop();
        std::thread::sleep(down);
        self.start_again();
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

/// A Redis server of the test's own, writing every command to its append-only file before it
/// answers (so that a restart loses nothing, as a managed Redis with persistence does).
pub struct Redis {
    child: Child,
    dir: PathBuf,
    port: u16,
    extra: Vec<String>,
    /// `redis://127.0.0.1:{port}/`
    pub url: String,
}

impl Redis {
    pub fn start() -> Redis {
        Redis::start_with(&[])
    }

    /// With more command-line settings (`--tls-port`, ...).
    pub fn start_with(extra: &[&str]) -> Redis {
        ensure_installed();
        let dir = temp_dir("redis");
        let port = free_port();
        let extra: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
        let child = Redis::spawn(&dir, port, &extra);
        Redis {
            child,
            dir,
            port,
            extra,
            url: format!("redis://127.0.0.1:{port}/"),
        }
    }

    /// The server's directory (for files the test adds).
    pub fn dir(&self) -> PathBuf {
        self.dir.clone()
    }

    fn spawn(dir: &Path, port: u16, extra: &[String]) -> Child {
        let mut child = Command::new(redis_bin().expect("installed"))
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
            .args([
                "--save",
                "",
                "--appendonly",
                "yes",
                "--appendfsync",
                "always",
            ])
            .arg("--dir")
            .arg(dir)
            .args(extra)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server starts");
        wait_for_port(port, "redis-server", &mut child);
        child
    }

    /// Stops the server at once (SIGKILL: its append-only file already holds every write).
    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Starts it again on the same files and port.
    pub fn start_again(&mut self) {
        self.child = Redis::spawn(&self.dir, self.port, &self.extra);
    }

    /// Stopped for `down`, then started again.
    pub fn restart(&mut self, down: Duration) {
        self.stop();
        std::thread::sleep(down);
        self.start_again();
    }
}

impl Drop for Redis {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
