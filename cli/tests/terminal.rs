//! The command line as a person sees it, in a real terminal: tmux runs it (`tools/setup`
//! installs it; the test fails without it), `send-keys` types and
//! `capture-pane` reads the screen. A table fitted to the screen with short ids, colour on an
//! error, a confirmation prompt that a "n" refuses and a "y" accepts, and a download whose
//! progress bars show, interrupted with Ctrl-C and resumed.

use std::process::Command;
use std::time::{Duration, Instant};

use telnyx_rooms_emulator::{Emulator, Seed};

/// tmux must be there (`tools/setup` installs it).
fn ensure_tmux() {
    let present = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(present, "tmux is needed by this test: run tools/setup");
}

/// A tmux session of its own (its own server socket), killed on drop.
struct Terminal {
    socket: String,
}

impl Terminal {
    fn start(env: &[(&str, &str)]) -> Terminal {
        ensure_tmux();
        // A server of its own for each test (they run at once in this process).
        let socket = format!("telnyx-rooms-test-{}", uuid::Uuid::new_v4().simple());
        let mut cmd = Command::new("tmux");
        cmd.args([
            "-L",
            &socket,
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-s",
            "t",
            "-x",
            "100",
            "-y",
            "40",
        ]);
        for (k, v) in env {
            cmd.args(["-e", &format!("{k}={v}")]);
        }
        cmd.args(["bash", "--norc", "--noprofile"]);
        assert!(cmd.status().unwrap().success(), "tmux starts");
        Terminal { socket }
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn type_line(&self, line: &str) {
        self.tmux(&["send-keys", "-t", "t", "-l", line]);
        self.tmux(&["send-keys", "-t", "t", "Enter"]);
    }

    /// The screen (with its escape sequences when `escapes`), once it shows `text`.
    fn wait_for(&self, text: &str, escapes: bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let screen = if escapes {
                self.tmux(&["capture-pane", "-p", "-e", "-t", "t"])
            } else {
                self.tmux(&["capture-pane", "-p", "-t", "t"])
            };
            if screen.contains(text) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "the screen never showed {text:?}:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn clear(&self) {
        self.type_line("clear");
        std::thread::sleep(Duration::from_millis(200));
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .status();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_a_terminal_tables_fit_errors_have_colour_and_destructive_commands_ask() {
    let emu = Emulator::start().await.unwrap();
    let rooms = emu.seed(Seed::rooms(3)).rooms;
    let bin = env!("CARGO_BIN_EXE_telnyx-rooms");
    let term = Terminal::start(&[
        ("TELNYX_API_KEY", "KEY0TERMINAL"),
        ("TELNYX_BASE_URL", emu.base_url()),
        ("TERM", "xterm-256color"),
        ("PS1", "$ "),
    ]);

    // A table, by default on a terminal: short ids, readable times, within the screen.
    term.type_line(&format!("{bin} rooms list"));
    let screen = term.wait_for("seed-room-2", false);
    let id = rooms[0].to_string();
    assert!(
        screen.contains(&id[..8]) && !screen.contains(&id),
        "{screen}"
    );
    assert!(
        screen.contains("NAME") && screen.contains("CREATED"),
        "{screen}"
    );
    assert!(
        screen.lines().all(|l| l.trim_end().chars().count() <= 100),
        "{screen}"
    );

    // An error in colour.
    term.clear();
    term.type_line(&format!("{bin} sessions get nope"));
    let screen = term.wait_for("not a room session id", true);
    assert!(
        screen.contains("\u{1b}["),
        "colour on a terminal: {screen:?}"
    );

    // A destructive command asks: "n" keeps the room...
    term.clear();
    let room = rooms[1].to_string();
    term.type_line(&format!("{bin} rooms delete {room}"));
    term.wait_for("Continue? [y/N]", false);
    term.type_line("n");
    term.wait_for("not confirmed: nothing was sent", false);
    emu.client()
        .get_room()
        .room_id(rooms[1])
        .execute()
        .await
        .expect("kept");
    // ... and "y" deletes it.
    term.clear();
    term.type_line(&format!("{bin} rooms delete {room}"));
    term.wait_for("Continue? [y/N]", false);
    term.type_line("y");
    term.wait_for("done: delete room", false);
    let gone = emu.client().get_room().room_id(rooms[1]).execute().await;
    assert!(gone.unwrap_err().is_not_found());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_a_terminal_a_download_shows_its_bars_and_resumes_after_ctrl_c() {
    let emu = Emulator::start().await.unwrap();
    // Two hours of one participant recorded: a 432 MB file, long enough to interrupt.
    let room = emu
        .client()
        .create_room()
        .enable_recording(true)
        .execute()
        .await
        .unwrap();
    let alice = emu.join(room.id, "Alice").unwrap();
    emu.advance_clock(Duration::from_secs(2 * 3600));
    emu.leave(alice.id).unwrap();
    let recording = emu
        .client()
        .list_room_recordings()
        .filter_room_id(room.id)
        .execute()
        .await
        .unwrap()
        .items
        .remove(0);
    let size = (f64::from(recording.size_mb.unwrap()) * 1_048_576.0).round() as u64;
    let dir = std::env::temp_dir().join(format!("telnyx-rooms-tty-dl-{}", std::process::id()));
    let file = dir.join(format!("{}.ogg", recording.id));
    let bin = env!("CARGO_BIN_EXE_telnyx-rooms");
    let term = Terminal::start(&[
        ("TELNYX_API_KEY", "KEY0TERMINAL"),
        ("TELNYX_BASE_URL", emu.base_url()),
        ("TERM", "xterm-256color"),
        ("PS1", "$ "),
    ]);
    let command = format!(
        "{bin} recordings download --room {} --dir {}",
        room.id,
        dir.display()
    );
    term.type_line(&command);
    // Part of the file is there, and the bars show on the screen: Ctrl-C.
    let deadline = Instant::now() + Duration::from_secs(30);
    let bars = loop {
        let have = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
        if have > 0 {
            let screen = term.tmux(&["capture-pane", "-p", "-t", "t"]);
            if screen.contains("files") {
                break screen;
            }
        }
        assert!(Instant::now() < deadline, "the download never started");
        std::thread::sleep(Duration::from_millis(5));
    };
    term.tmux(&["send-keys", "-t", "t", "C-c"]);
    std::thread::sleep(Duration::from_millis(300));
    let cut = std::fs::metadata(&file).unwrap().len();
    assert!(cut < size, "interrupted part-way: {cut} of {size} bytes");
    assert!(
        bars.contains("recordings") && bars.contains("0/1 files"),
        "{bars}"
    );
    // Again: it resumes where it stopped, and the file is whole.
    term.clear();
    term.type_line(&command);
    let screen = term.wait_for("bytes", false);
    assert!(
        screen.contains("resumed at ") && screen.contains(&format!("{size} bytes")),
        "{screen}"
    );
    assert_eq!(std::fs::metadata(&file).unwrap().len(), size);
    let _ = std::fs::remove_dir_all(&dir);
}

/// `jq` must be there (`tools/setup` installs it).
fn ensure_jq() {
    let present = Command::new("jq")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(present, "jq is needed by this test: run tools/setup");
}

/// Runs `script` in bash with pipefail; its exit code, stdout and stderr.
fn pipeline(script: &str, env: &[(&str, &str)]) -> (i32, String, String) {
    let out = Command::new("bash")
        .args(["-o", "pipefail", "-c", script])
        .envs(env.iter().copied())
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_a_pipe_jq_always_reads_json_and_head_ends_quietly() {
    ensure_jq();
    let emu = Emulator::start().await.unwrap();
    emu.seed(Seed::rooms(300));
    let bin = env!("CARGO_BIN_EXE_telnyx-rooms");
    let env = [
        ("TELNYX_API_KEY", "KEY0PIPE"),
        ("TELNYX_BASE_URL", emu.base_url()),
    ];
    let (code, out, err) = pipeline(
        &format!("{bin} rooms list --page-size 50 | jq length"),
        &env,
    );
    assert_eq!((code, out.trim()), (0, "300"), "{err}");
    // A list that fails: jq still reads one JSON document (an empty array); the command's own
    // exit code (1) comes through pipefail and its error is on stderr.
    emu.fail_next(3, reqwest::StatusCode::BAD_GATEWAY, None);
    let (code, out, err) = pipeline(&format!("{bin} rooms list | jq length"), &env);
    assert_eq!((code, out.trim()), (1, "0"), "{err}");
    assert!(err.contains("502") && !err.contains("parse error"), "{err}");
    // `| head -1`: the first line, and nothing on stderr.
    let (code, out, err) = pipeline(&format!("{bin} rooms list -o jsonl | head -1"), &env);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 1);
    assert!(err.is_empty(), "{err}");
    // NO_COLOR in a pipe and on stderr: plain text.
    let (_, _, err) = pipeline(
        &format!("NO_COLOR=1 {bin} sessions get nope 2>&1 | cat >&2"),
        &env,
    );
    assert!(
        !err.contains('\u{1b}') && err.contains("not a room session id"),
        "{err:?}"
    );
}
