//! The command line as a person sees it, in a real terminal: tmux runs it (installed with
//! apt-get when missing; the test fails if it cannot be had), `send-keys` types and
//! `capture-pane` reads the screen. A table fitted to the screen with short ids, colour on an
//! error, and a confirmation prompt that a "n" refuses and a "y" accepts.

use std::process::Command;
use std::time::{Duration, Instant};

use telnyx_rooms_emulator::{Emulator, Seed};

/// tmux, installed from the distribution's packages when it is not there yet.
fn ensure_tmux() {
    let present = || {
        Command::new("tmux")
            .arg("-V")
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if present() {
        return;
    }
    let installed = Command::new("sh")
        .args([
            "-c",
            "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tmux",
        ])
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        installed && present(),
        "tmux is needed by this test and could not be installed"
    );
}

/// A tmux session of its own (its own server socket), killed on drop.
struct Terminal {
    socket: String,
}

impl Terminal {
    fn start(env: &[(&str, &str)]) -> Terminal {
        ensure_tmux();
        let socket = format!("telnyx-rooms-test-{}", std::process::id());
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
    term.type_line(&format!("{bin} rooms get nope"));
    let screen = term.wait_for("not a room id", true);
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
