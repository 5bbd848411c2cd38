//! The standalone server: what the `telnyx-rooms-emulator` binary (and `telnyx-rooms emulator`)
//! runs, for tests in any language and for Telnyx's official SDKs.
//!
//! ```text
//! telnyx-rooms-emulator [--host 127.0.0.1] [--port 0] [--seed rooms=2,sessions=1,participants=3,recordings=1]
//!                       [--latency 20ms] [--webhook-log 10000] [--webhooks-any-host]
//!                       [--ready-file PATH] [--exit-with-stdin]
//! ```
//!
//! On start it prints exactly two lines on stdout, `listening <base URL, ending in /v2>` and
//! `webhook-public-key <base64>` (and writes them to the `--ready-file`, atomically, once it
//! accepts connections; the console's URL goes to stderr, for a person), then serves until SIGTERM or SIGINT, like any server: it never reads
//! its standard input, so it runs in the background of a CI script (stdin closed) or of an
//! interactive shell alike. A harness that wants the server to stop with it says so:
//! `--exit-with-stdin` (or `TELNYX_ROOMS_EMULATOR_EXIT_WITH_STDIN=1`) also stops it when its
//! standard input closes. Then it stops accepting, lets the requests in flight finish (up to
//! 5 s), removes the ready file and exits 0. The control API (join, leave, the webhook log) is
//! under `<base URL>/_emulator/`; see the crate README.

use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use tokio::signal::unix::{signal, SignalKind};

use crate::{Emulator, Seed, DEFAULT_WEBHOOK_LOG};

/// The usage line.
pub const USAGE: &str = "usage: telnyx-rooms-emulator [--host ADDR] [--port N] \
[--seed rooms=N,sessions=N,participants=N,recordings=N] [--latency MS] [--webhook-log N] \
[--webhooks-any-host] [--ready-file PATH] [--exit-with-stdin]";

/// `--help`: the usage line and what each flag does.
pub const HELP: &str = "telnyx-rooms-emulator: the Telnyx Video Rooms API in memory, for tests in any language.

usage: telnyx-rooms-emulator [FLAGS]

  --host ADDR            address to listen on (default 127.0.0.1)
  --port N               port, 0 for any free one (default 0)
  --seed rooms=N,sessions=N,participants=N,recordings=N
                         what to create at start (any subset; a bare number is rooms)
  --latency MS           wait before answering each request (default 0)
  --webhook-log N        delivery attempts the log keeps (default 10000)
  --webhooks-any-host    deliver webhooks to any host, not only loopback ones
  --ready-file PATH      once serving, write the two lines below to PATH (atomically); removed on exit
  --exit-with-stdin      also stop when standard input closes (for harnesses that want the
                         server to die with them; or TELNYX_ROOMS_EMULATOR_EXIT_WITH_STDIN=1)
  -h, --help             this help

On start it prints `listening <base URL>` and `webhook-public-key <base64>` on stdout, then
serves until SIGTERM or SIGINT (it never reads stdin unless told to), lets requests in flight
finish (up to 5 s) and exits 0. Exit codes: 0 stopped cleanly, 1 cannot listen, 2 bad flags.";

/// The environment variable that, set to `1`, means `--exit-with-stdin`.
pub const EXIT_WITH_STDIN_ENV: &str = "TELNYX_ROOMS_EMULATOR_EXIT_WITH_STDIN";

/// How long requests in flight may take to finish once the server is told to stop.
const GRACE: Duration = Duration::from_secs(5);

/// The server's flags.
#[derive(Debug)]
pub struct Args {
    host: Option<IpAddr>,
    port: u16,
    seed: Seed,
    latency: Duration,
    webhook_log: usize,
    any_host: bool,
    exit_with_stdin: bool,
    ready_file: Option<std::path::PathBuf>,
    help: bool,
}

/// Parses the flags (without the program name); the error is the message to print.
pub fn parse(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut out = Args {
        host: None,
        port: 0,
        seed: Seed::default(),
        latency: Duration::ZERO,
        webhook_log: DEFAULT_WEBHOOK_LOG,
        any_host: false,
        exit_with_stdin: std::env::var(EXIT_WITH_STDIN_ENV).is_ok_and(|v| v == "1"),
        ready_file: None,
        help: false,
    };
    while let Some(flag) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match flag.as_str() {
            "--host" => {
                let v = value("--host")?;
                out.host = Some(
                    v.parse()
                        .map_err(|_| format!("--host `{v}` is not an IP address"))?,
                );
            }
            "--port" => {
                let v = value("--port")?;
                out.port = v
                    .parse()
                    .map_err(|_| format!("--port `{v}` is not a port number"))?;
            }
            "--seed" => out.seed = parse_seed(&value("--seed")?)?,
            "--latency" => {
                let v = value("--latency")?;
                let ms: u64 = v
                    .trim_end_matches("ms")
                    .parse()
                    .map_err(|_| format!("--latency `{v}` is not a number of milliseconds"))?;
                out.latency = Duration::from_millis(ms);
            }
            "--webhook-log" => {
                let v = value("--webhook-log")?;
                out.webhook_log = v
                    .parse()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or(format!("--webhook-log `{v}` is not a positive count"))?;
            }
            "--webhooks-any-host" => out.any_host = true,
            "--exit-with-stdin" => out.exit_with_stdin = true,
            // Once needed to run in the background; stdin is now ignored unless asked.
            "--ignore-stdin" => out.exit_with_stdin = false,
            "--ready-file" => out.ready_file = Some(value("--ready-file")?.into()),
            "-h" | "--help" => out.help = true,
            other => return Err(format!("unknown argument `{other}`\n{USAGE}")),
        }
    }
    Ok(out)
}

/// `rooms=2,sessions=1,participants=3,recordings=1` (any subset; a bare number is rooms).
fn parse_seed(spec: &str) -> Result<Seed, String> {
    let mut seed = Seed::default();
    for part in spec.split(',').filter(|p| !p.is_empty()) {
        let (key, n) = part.split_once('=').unwrap_or(("rooms", part));
        let n: usize = n
            .parse()
            .map_err(|_| format!("--seed `{part}`: `{n}` is not a count"))?;
        match key {
            "rooms" => seed.rooms = n,
            "sessions" => seed.sessions_per_room = n,
            "participants" => seed.participants_per_session = n,
            "recordings" => seed.recordings_per_participant = n,
            other => return Err(format!("--seed: unknown size `{other}`")),
        }
    }
    Ok(seed)
}

/// Runs the server with these flags until a signal or stdin closing; returns the exit code
/// (0 after a clean stop, 1 when it cannot listen or install signal handlers, 2 for bad flags).
pub async fn run(args: impl Iterator<Item = String>) -> i32 {
    // Installed before anything is printed, so a SIGTERM right after start stops cleanly.
    let (mut term, mut int) = match (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
    ) {
        (Ok(t), Ok(i)) => (t, i),
        _ => {
            eprintln!("cannot install signal handlers");
            return 1;
        }
    };
    let args = match parse(args) {
        Ok(a) if a.help => {
            // Into `head` or a closed pipe: what was read is enough, and it is no failure.
            let _ = writeln!(std::io::stdout(), "{HELP}");
            return 0;
        }
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return 2;
        }
    };
    let addr = SocketAddr::new(args.host.unwrap_or(IpAddr::from([127, 0, 0, 1])), args.port);
    let emu = match Emulator::start_on(addr).await {
        Ok(e) => e,
        Err(e) => {
            eprintln!("cannot listen on {addr}: {e}");
            return 1;
        }
    };
    emu.seed(args.seed);
    emu.set_latency(args.latency);
    emu.deliver_webhooks_to_any_host(args.any_host);
    emu.set_webhook_log_capacity(args.webhook_log);
    let ready = format!(
        "listening {}\nwebhook-public-key {}\n",
        emu.base_url(),
        emu.webhook_public_key()
    );
    let mut out = std::io::stdout().lock();
    // A closed stdout (a harness that stopped reading) does not stop the server.
    let _ = out.write_all(ready.as_bytes());
    let _ = out.flush();
    drop(out);
    // For a person at a terminal (stdout stays the two lines scripts read).
    let _ = writeln!(
        std::io::stderr(),
        "console {}/_emulator/console",
        emu.base_url()
    );
    if let Some(path) = &args.ready_file {
        if let Err(e) = write_atomically(path, &ready) {
            eprintln!("cannot write the ready file {}: {e}", path.display());
            emu.shutdown(GRACE).await;
            return 1;
        }
    }
    let (stdin_closed, mut on_stdin_closed) = tokio::sync::oneshot::channel::<()>();
    if args.exit_with_stdin {
        // Asked for: stdin closing (the parent process went away) stops the server.
        std::thread::spawn(move || {
            let _ = std::io::copy(&mut std::io::stdin().lock(), &mut std::io::sink());
            let _ = stdin_closed.send(());
        });
    } else {
        std::mem::forget(stdin_closed); // never fires: stdin is never read
    }
    tokio::select! {
        _ = term.recv() => {}
        _ = int.recv() => {}
        _ = &mut on_stdin_closed => {}
    }
    emu.shutdown(GRACE).await;
    if let Some(path) = &args.ready_file {
        let _ = std::fs::remove_file(path);
    }
    0
}

/// Writes `text` to `path` so that a reader sees all of it or nothing: a temporary file beside
/// it, renamed.
fn write_atomically(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Result<Args, String> {
        parse(s.split_whitespace().map(str::to_string))
    }

    #[test]
    fn arguments() {
        let a =
            args("--port 4010 --seed rooms=2,participants=3 --latency 20ms --ready-file /tmp/r")
                .unwrap();
        assert_eq!(a.webhook_log, DEFAULT_WEBHOOK_LOG);
        assert_eq!(args("--webhook-log 50").unwrap().webhook_log, 50);
        assert!(args("--webhook-log 0").unwrap_err().contains("positive"));
        assert_eq!(a.port, 4010);
        assert_eq!((a.seed.rooms, a.seed.participants_per_session), (2, 3));
        assert_eq!(a.latency, Duration::from_millis(20));
        assert!(!a.exit_with_stdin && !a.any_host && !a.help);
        assert_eq!(
            a.ready_file.as_deref(),
            Some(std::path::Path::new("/tmp/r"))
        );
        assert!(args("--exit-with-stdin").unwrap().exit_with_stdin);
        assert!(args("--help").unwrap().help);
        assert_eq!(args("--seed 5").unwrap().seed.rooms, 5);
        assert!(args("--port x").unwrap_err().contains("--port"));
        assert!(args("--seed rooms=x").unwrap_err().contains("count"));
        assert!(args("--seed walls=1").unwrap_err().contains("walls"));
        assert!(args("--frobnicate")
            .unwrap_err()
            .contains("unknown argument"));
        assert!(args("--port").unwrap_err().contains("needs a value"));
    }
}
