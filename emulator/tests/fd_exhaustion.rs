//! When the process runs out of file descriptors, the emulator's accept loop waits instead of
//! spinning: `accept` keeps failing with EMFILE while connections wait in the backlog, and a
//! loop that retried at once would burn a core. Its own test binary, since it lowers the
//! process's descriptor limit; the connections come from another process (`python3`, which
//! this test needs), so that they wait in the backlog whatever this process has left.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use telnyx_rooms_emulator::Emulator;

/// CPU time (user + system) this process has used.
fn cpu_time() -> Duration {
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    assert_eq!(unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) }, 0);
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    tv(u.ru_utime) + tv(u.ru_stime)
}

const CONNECT: &str = "import socket, sys, time
held = [socket.create_connection(('127.0.0.1', int(sys.argv[1]))) for _ in range(20)]
print('connected', flush=True)
time.sleep(60)";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn out_of_file_descriptors_the_accept_loop_does_not_spin() {
    let emu = Emulator::start().await.unwrap();
    let c = emu.client();
    c.list_rooms().execute().await.unwrap();
    let before_accepts = emu.connections();

    // Leave this process two spare descriptors.
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    assert_eq!(
        unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) },
        0
    );
    let mut python = Command::new("python3")
        .args(["-c", CONNECT, &emu.addr().port().to_string()])
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs (this test needs it)");
    let open = std::fs::read_dir("/proc/self/fd").unwrap().count() as u64;
    let lowered = libc::rlimit {
        rlim_cur: open + 2,
        rlim_max: limit.rlim_max,
    };
    assert_eq!(unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &lowered) }, 0);
    let mut line = String::new();
    BufReader::new(python.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert_eq!(line.trim(), "connected");
    tokio::time::sleep(Duration::from_millis(200)).await;
    let accepted = emu.connections() - before_accepts;
    assert!(
        accepted < 20,
        "{accepted} of 20 were accepted: the limit did not bite"
    );

    let before = cpu_time();
    tokio::time::sleep(Duration::from_millis(600)).await;
    let used = cpu_time() - before;
    assert!(
        used < Duration::from_millis(150),
        "the process used {used:?} of CPU in 600 ms while accept failed"
    );

    // With descriptors back, it serves again.
    assert_eq!(unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &limit) }, 0);
    let _ = python.kill();
    let _ = python.wait();
    tokio::time::timeout(Duration::from_secs(5), c.list_rooms().execute())
        .await
        .expect("served after descriptors came back")
        .unwrap();
}
