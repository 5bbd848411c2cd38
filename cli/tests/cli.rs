//! The built `telnyx-rooms` binary against the emulator (in this process, on loopback), as a
//! person or a script runs it: create, get, lists of several pages in every output format,
//! `--limit`, the API's errors and invalid input with their exit codes.

use serde_json::Value;
use telnyx_rooms_emulator::{Emulator, Seed};

const KEY: &str = "KEY0CLIsecret-never-printed";

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

async fn cli(emu: &Emulator, args: &[&str]) -> Run {
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_telnyx-rooms"))
        .args(args)
        .env("TELNYX_API_KEY", KEY)
        .env("TELNYX_BASE_URL", emu.base_url())
        .output()
        .await
        .expect("the binary runs");
    let run = Run {
        code: out.status.code().expect("an exit code"),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    };
    assert!(
        !run.stdout.contains(KEY) && !run.stderr.contains(KEY),
        "the key was printed"
    );
    run
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn create_then_get() {
    let emu = Emulator::start().await.unwrap();
    let made = cli(
        &emu,
        &[
            "rooms",
            "create",
            "--unique-name",
            "standup",
            "--max-participants",
            "5",
            "-o",
            "json",
        ],
    )
    .await;
    assert_eq!(made.code, 0, "{}", made.stderr);
    let room: Value = serde_json::from_str(&made.stdout).unwrap();
    assert_eq!(room["unique_name"], "standup");
    let id = room["id"].as_str().unwrap();
    let got = cli(&emu, &["rooms", "get", id, "-o", "yaml"]).await;
    assert_eq!(got.code, 0, "{}", got.stderr);
    let got: Value = serde_yaml::from_str(&got.stdout).unwrap();
    assert_eq!(got["max_participants"], 5);
    // A token for the room, the id positional.
    let token = cli(
        &emu,
        &[
            "tokens",
            "create",
            id,
            "--token-ttl-secs",
            "60",
            "-o",
            "json",
        ],
    )
    .await;
    assert_eq!(token.code, 0, "{}", token.stderr);
    assert!(serde_json::from_str::<Value>(&token.stdout).unwrap()["token"].is_string());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lists_page_through_everything_in_every_format() {
    let emu = Emulator::start().await.unwrap();
    emu.seed(Seed::rooms(23));
    let before = emu.requests();
    let json = cli(&emu, &["rooms", "list", "--page-size", "5", "-o", "json"]).await;
    assert_eq!(json.code, 0, "{}", json.stderr);
    let rooms: Vec<Value> = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(rooms.len(), 23);
    assert_eq!(emu.requests() - before, 5, "five pages of five");

    let jsonl = cli(&emu, &["rooms", "list", "--page-size", "5", "-o", "jsonl"]).await;
    let lines: Vec<Value> = jsonl
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines, rooms, "jsonl: one object per line, the same items");

    let yaml = cli(&emu, &["rooms", "list", "--page-size", "5", "-o", "yaml"]).await;
    let from_yaml: Vec<Value> = serde_yaml::from_str(&yaml.stdout).unwrap();
    assert_eq!(from_yaml.len(), 23);

    let table = cli(&emu, &["rooms", "list", "--page-size", "5", "-o", "table"]).await;
    let rows: Vec<&str> = table.stdout.lines().collect();
    assert_eq!(rows.len(), 24, "a header and 23 rows:\n{}", table.stdout);
    assert!(
        rows[0].contains("NAME") && rows[0].contains("SESSION"),
        "{}",
        rows[0]
    );
    assert!(rows[1].contains("seed-room-"));
    // For people: within 80 columns, short ids, times to the second.
    assert!(
        rows.iter().all(|r| r.trim_end().chars().count() <= 80),
        "{}",
        table.stdout
    );
    let id = rooms[0]["id"].as_str().unwrap();
    assert!(
        rows[1].starts_with(&format!(" {}  ", &id[..8])),
        "{}",
        rows[1]
    );
    assert!(!table.stdout.contains(id), "short ids: {}", table.stdout);
    let wide = cli(&emu, &["rooms", "list", "-o", "wide"]).await;
    assert!(
        wide.stdout.contains(id) && wide.stdout.contains("ACTIVE_SESSION_ID"),
        "{}",
        wide.stdout
    );
    // An empty list: nothing on stdout, and a word on stderr.
    let none = cli(&emu, &["compositions", "list", "-o", "table"]).await;
    assert_eq!(
        (none.code, none.stdout.as_str()),
        (0, ""),
        "{}",
        none.stderr
    );
    assert!(none.stderr.contains("nothing to list"), "{}", none.stderr);

    // Not a terminal: JSON by default.
    let plain = cli(&emu, &["rooms", "list"]).await;
    assert_eq!(
        serde_json::from_str::<Vec<Value>>(&plain.stdout)
            .unwrap()
            .len(),
        23
    );

    // --limit stops early, without reading every page.
    let before = emu.requests();
    let limited = cli(
        &emu,
        &[
            "rooms",
            "list",
            "--page-size",
            "5",
            "--limit",
            "7",
            "-o",
            "jsonl",
        ],
    )
    .await;
    assert_eq!(limited.stdout.lines().count(), 7);
    assert_eq!(emu.requests() - before, 2, "the two pages needed, no more");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_errors_exit_1_and_invalid_input_exits_2_with_nothing_sent() {
    let emu = Emulator::start().await.unwrap();
    let missing = "00000000-0000-4000-8000-000000000000";
    let e = cli(&emu, &["rooms", "get", missing]).await;
    assert_eq!(e.code, 1);
    assert!(e.stdout.is_empty());
    assert!(
        e.stderr.contains("Telnyx API error 404 Not Found"),
        "{}",
        e.stderr
    );
    assert_eq!(
        e.stderr.matches("No room has the id").count(),
        1,
        "each fact once: {}",
        e.stderr
    );

    let before = emu.requests();
    let e = cli(&emu, &["rooms", "create", "--max-participants", "51"]).await;
    assert_eq!(e.code, 2, "{}", e.stderr);
    assert!(
        e.stderr
            .contains("for '--max-participants <max-participants>': 51 is not between 2 and 50"),
        "the flag and the spec's range: {}",
        e.stderr
    );
    let e = cli(&emu, &["sessions", "get", "not-a-uuid"]).await;
    assert_eq!(e.code, 2, "{}", e.stderr);
    assert!(
        e.stderr
            .contains("`not-a-uuid` is not a room session id (a UUID"),
        "{}",
        e.stderr
    );
    let e = cli(
        &emu,
        &["sessions", "list", "--date-created-at-eq", "yesterday"],
    )
    .await;
    assert_eq!(e.code, 2, "{}", e.stderr);
    assert!(e.stderr.contains("expected YYYY-MM-DD"), "{}", e.stderr);
    let e = cli(&emu, &["rooms", "list", "--page-size", "-5"]).await;
    assert_eq!(e.code, 2, "{}", e.stderr);
    assert!(
        e.stderr
            .contains("for '--page-size <page-size>': -5 is not between 1 and 250"),
        "a value, not a flag, refused with its flag: {}",
        e.stderr
    );
    assert!(!e.stderr.contains("page[size]"), "{}", e.stderr);
    let e = cli(&emu, &["rooms", "create", "--webhook-event-url", "ftp://x"]).await;
    assert_eq!(e.code, 2, "{}", e.stderr);
    assert!(
        e.stderr.contains(
            "for '--webhook-event-url <webhook-event-url>': `ftp://x` is not an http(s) URL"
        ),
        "{}",
        e.stderr
    );
    let e = cli(&emu, &["rooms", "frobnicate"]).await;
    assert_eq!(e.code, 2, "{}", e.stderr);
    assert_eq!(emu.requests(), before, "nothing was sent");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_emulator_command_serves_like_the_emulator_binary() {
    use tokio::io::AsyncBufReadExt;
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_telnyx-rooms"))
        .args([
            "emulator",
            "--port",
            "0",
            "--seed",
            "rooms=3",
            "--exit-with-stdin",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = tokio::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let base = lines.next_line().await.unwrap().unwrap();
    let base = base
        .strip_prefix("listening ")
        .expect("listening <url>")
        .to_string();
    let key = lines.next_line().await.unwrap().unwrap();
    assert!(key.starts_with("webhook-public-key "), "{key}");
    let rooms = tokio::process::Command::new(env!("CARGO_BIN_EXE_telnyx-rooms"))
        .args(["rooms", "list", "-o", "jsonl"])
        .env("TELNYX_API_KEY", KEY)
        .env("TELNYX_BASE_URL", &base)
        .output()
        .await
        .unwrap();
    assert_eq!(String::from_utf8(rooms.stdout).unwrap().lines().count(), 3);
    // Asked to, closing its stdin stops it cleanly, as the emulator binary does.
    drop(child.stdin.take());
    let status = tokio::time::timeout(std::time::Duration::from_secs(10), child.wait())
        .await
        .expect("it stops")
        .unwrap();
    assert_eq!(status.code(), Some(0));
    // `--help` is the emulator's, and exits 0.
    let help = tokio::process::Command::new(env!("CARGO_BIN_EXE_telnyx-rooms"))
        .args(["emulator", "--help"])
        .output()
        .await
        .unwrap();
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("--ready-file"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn machine_output_stays_valid_whatever_happens() {
    let emu = Emulator::start().await.unwrap();
    emu.seed(Seed::rooms(3));
    // A list that fails (every attempt answered 503): stdout is still one JSON document, an
    // empty array, and the error is on stderr.
    emu.fail_next(3, reqwest::StatusCode::SERVICE_UNAVAILABLE, None);
    let failed = cli(&emu, &["rooms", "list", "-o", "json"]).await;
    assert_eq!(failed.code, 1, "{}", failed.stderr);
    let parsed: Value = serde_json::from_str(&failed.stdout).expect("valid JSON on stdout");
    assert_eq!(parsed, serde_json::json!([]));
    assert!(failed.stderr.contains("503"), "{}", failed.stderr);

    // A reader that stops after one line (`| head -1`): a quiet success.
    emu.seed(Seed::rooms(2_000));
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_telnyx-rooms"))
        .args(["rooms", "list", "-o", "jsonl"])
        .env("TELNYX_API_KEY", KEY)
        .env("TELNYX_BASE_URL", emu.base_url())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use tokio::io::AsyncBufReadExt;
        let mut lines = tokio::io::BufReader::new(child.stdout.take().unwrap()).lines();
        let first = lines.next_line().await.unwrap().unwrap();
        assert!(first.starts_with('{'), "{first}");
    } // the pipe closes here, with most of 2,000 rooms unread
    let out = child.wait_with_output().await.unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("Broken pipe"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn authentication_has_its_own_exit_code_and_slips_get_suggestions() {
    let emu = Emulator::start().await.unwrap();
    emu.fail_next(1, reqwest::StatusCode::UNAUTHORIZED, None);
    let denied = cli(&emu, &["rooms", "list"]).await;
    assert_eq!(denied.code, 3, "{}", denied.stderr);
    let slip = cli(&emu, &["room", "list"]).await;
    assert_eq!(slip.code, 2);
    assert!(
        slip.stderr.contains("similar") && slip.stderr.contains("rooms"),
        "{}",
        slip.stderr
    );
    let help = cli(&emu, &["--help"]).await;
    assert!(
        help.stdout.contains("TELNYX_API_KEY") && help.stdout.contains("3 authentication"),
        "{}",
        help.stdout
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acting_on_everyone_takes_a_word_and_what_cannot_be_undone_takes_yes() {
    let emu = Emulator::start().await.unwrap();
    let room = emu.seed(Seed::rooms(1)).rooms[0];
    let alice = emu.join(room, "Alice").unwrap();
    let bob = emu.join(room, "Bob").unwrap();
    let carol = emu.join(room, "Carol").unwrap();
    let session = alice.session_id.unwrap().to_string();
    let present = |emu: &Emulator| {
        let c = emu.client();
        let session = alice.session_id.unwrap();
        async move {
            let all: Vec<_> = futures::TryStreamExt::try_collect(
                c.list_participants_for_session()
                    .room_session_id(session)
                    .stream(),
            )
            .await
            .unwrap();
            all.iter()
                .filter(|p| p.left_at.is_none())
                .filter_map(|p| p.context.clone())
                .collect::<Vec<_>>()
        }
    };

    // No word on whom: refused, nothing sent.
    let before = emu.requests();
    let bare = cli(&emu, &["sessions", "kick", &session]).await;
    assert_eq!(bare.code, 2, "{}", bare.stderr);
    assert!(
        bare.stderr.contains("--all") && bare.stderr.contains("--participant"),
        "{}",
        bare.stderr
    );
    assert_eq!(emu.requests(), before, "nothing was sent");

    // Kicking cannot be undone: in a script it takes --yes.
    let bob_id = bob.id.to_string();
    let unconfirmed = cli(
        &emu,
        &["sessions", "kick", &session, "--participant", &bob_id],
    )
    .await;
    assert_eq!(unconfirmed.code, 2, "{}", unconfirmed.stderr);
    assert!(
        unconfirmed.stderr.contains("--yes"),
        "{}",
        unconfirmed.stderr
    );
    assert_eq!(emu.requests(), before, "nothing was sent");
    let kicked = cli(
        &emu,
        &[
            "sessions",
            "kick",
            &session,
            "--participant",
            &bob_id,
            "--yes",
        ],
    )
    .await;
    assert_eq!(kicked.code, 0, "{}", kicked.stderr);
    assert_eq!(present(&emu).await, ["Alice", "Carol"]);

    // Everyone but Alice, said with words (muting can be undone: no --yes).
    let alice_id = alice.id.to_string();
    let muted = cli(
        &emu,
        &[
            "sessions",
            "mute",
            &session,
            "--all",
            "--exclude",
            &alice_id,
        ],
    )
    .await;
    assert_eq!(muted.code, 0, "{}", muted.stderr);
    assert!(emu.is_muted(carol.id) && !emu.is_muted(alice.id));
    let bad = cli(
        &emu,
        &["sessions", "mute", &session, "--participant", "nobody"],
    )
    .await;
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("not a participant id (a UUID)"),
        "{}",
        bad.stderr
    );

    // Deleting a room: --yes, or nothing happens.
    let room_id = room.to_string();
    let kept = cli(&emu, &["rooms", "delete", &room_id]).await;
    assert_eq!(kept.code, 2, "{}", kept.stderr);
    emu.client()
        .get_room()
        .room_id(room)
        .execute()
        .await
        .expect("still there");
    let gone = cli(&emu, &["rooms", "delete", &room_id, "-y"]).await;
    assert_eq!(gone.code, 0, "{}", gone.stderr);
    assert!(emu
        .client()
        .get_room()
        .room_id(room)
        .execute()
        .await
        .unwrap_err()
        .is_not_found());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn completions_version_and_colour() {
    let emu = Emulator::start().await.unwrap();
    for shell in ["bash", "zsh", "fish"] {
        let c = cli(&emu, &["completions", shell]).await;
        assert_eq!(c.code, 0, "{}", c.stderr);
        assert!(
            c.stdout.contains("telnyx-rooms") && c.stdout.contains("sessions"),
            "{shell}"
        );
    }
    // The bash script loads in bash and completes the command.
    let script = cli(&emu, &["completions", "bash"]).await.stdout;
    let file = std::env::temp_dir().join(format!(
        "telnyx-rooms-completion-{}.bash",
        std::process::id()
    ));
    std::fs::write(&file, script).unwrap();
    let loaded = std::process::Command::new("bash")
        .args(["-c", "source \"$1\" && complete -p telnyx-rooms", "bash"])
        .arg(&file)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&file);
    assert!(String::from_utf8_lossy(&loaded.stdout).contains("-F _telnyx__rooms telnyx-rooms"));
    let v = cli(&emu, &["version"]).await;
    assert!(
        v.stdout.contains(env!("CARGO_PKG_VERSION")) && v.stdout.contains("Video Rooms API v2"),
        "{}",
        v.stdout
    );
    let v = cli(&emu, &["--version"]).await;
    assert_eq!(v.code, 0);
    // Colour: never in a pipe, unless asked; NO_COLOR wins over auto.
    let plain = cli(
        &emu,
        &["rooms", "get", "00000000-0000-4000-8000-000000000000"],
    )
    .await;
    assert!(!plain.stderr.contains('\u{1b}'), "{}", plain.stderr);
    let coloured = cli(
        &emu,
        &[
            "rooms",
            "get",
            "00000000-0000-4000-8000-000000000000",
            "--color",
            "always",
        ],
    )
    .await;
    assert!(
        coloured.stderr.starts_with("\u{1b}[1;31merror:"),
        "{:?}",
        coloured.stderr
    );
    let slip = cli(&emu, &["room", "--color=always"]).await;
    assert!(
        slip.stderr.contains('\u{1b}'),
        "clap's own messages follow --color: {:?}",
        slip.stderr
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_body_from_stdin_leaves_nothing_behind_and_refuses_body_flags_beside_it() {
    use tokio::io::AsyncWriteExt;
    let emu = Emulator::start().await.unwrap();
    let leftovers = || {
        std::fs::read_dir(std::env::temp_dir())
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with("telnyx-rooms-body-")
            })
            .count()
    };
    let before = leftovers();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_telnyx-rooms"))
        .args(["rooms", "create", "--json-body", "-", "-o", "json"])
        .env("TELNYX_API_KEY", KEY)
        .env("TELNYX_BASE_URL", emu.base_url())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(br#"{"unique_name": "from-stdin", "max_participants": 4}"#)
        .await
        .unwrap();
    drop(stdin);
    let out = child.wait_with_output().await.unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let room: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (
            room["unique_name"].as_str(),
            room["max_participants"].as_i64()
        ),
        (Some("from-stdin"), Some(4))
    );
    assert_eq!(leftovers(), before, "no temporary file");
    let both = cli(
        &emu,
        &["rooms", "create", "--json-body", "-", "--unique-name", "x"],
    )
    .await;
    assert_eq!(both.code, 2);
    assert!(
        both.stderr.contains("cannot be used with '--unique-name"),
        "{}",
        both.stderr
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chosen_fields_and_a_value_without_jq() {
    let emu = Emulator::start().await.unwrap();
    let room = emu.seed(Seed::rooms(3)).rooms[0].to_string();
    let token = cli(&emu, &["tokens", "create", &room, "--field", "token"]).await;
    assert_eq!(token.code, 0, "{}", token.stderr);
    let t = token.stdout.trim_end();
    assert!(
        !t.is_empty() && !t.contains('"') && !t.contains('\n'),
        "a bare token: {t:?}"
    );
    let names = cli(&emu, &["rooms", "list", "--field", "unique_name"]).await;
    assert_eq!(
        names.stdout.lines().collect::<Vec<_>>(),
        ["seed-room-0", "seed-room-1", "seed-room-2"]
    );
    let chosen = cli(&emu, &["rooms", "list", "--fields", "id,unique_name"]).await;
    let rows: Vec<Value> = serde_json::from_str(&chosen.stdout).unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(
        rows[0].as_object().unwrap().keys().collect::<Vec<_>>(),
        ["id", "unique_name"]
    );
    let both = cli(&emu, &["rooms", "list", "--fields", "id", "--field", "id"]).await;
    assert_eq!(both.code, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn profiles_keep_the_key_owner_only_and_never_print_it() {
    use std::os::unix::fs::PermissionsExt;
    let emu = Emulator::start().await.unwrap();
    emu.seed(Seed::rooms(2));
    let home = std::env::temp_dir().join(format!("cli-profile-{}", std::process::id()));
    let run = |args: &[&str], stdin: Option<&str>| {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_telnyx-rooms"));
        c.args(args)
            .env_remove("TELNYX_API_KEY")
            .env_remove("TELNYX_BASE_URL")
            .env("XDG_CONFIG_HOME", &home)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut child = c.spawn().unwrap();
        if let Some(input) = stdin {
            use std::io::Write;
            child
                .stdin
                .take()
                .unwrap()
                .write_all(input.as_bytes())
                .unwrap();
        }
        drop(child.stdin.take());
        let out = child.wait_with_output().unwrap();
        let (o, e) = (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        );
        assert!(
            !o.contains(KEY) && !e.contains(KEY),
            "the key was printed: {o}{e}"
        );
        (out.status.code().unwrap(), o, e)
    };
    // No key anywhere: the message says where one can come from.
    let (code, _, e) = run(&["rooms", "list"], None);
    assert_eq!(code, 2, "{e}");
    assert!(
        e.contains("--api-key") && e.contains("config set api-key"),
        "{e}"
    );
    // Saved from stdin (so it is in no shell history), with the base URL, in a profile.
    let (code, _, e) = run(
        &["config", "set", "api-key", "-", "--profile", "test"],
        Some(KEY),
    );
    assert_eq!(code, 0, "{e}");
    let (code, _, e) = run(
        &[
            "config",
            "set",
            "base-url",
            emu.base_url(),
            "--profile",
            "test",
        ],
        None,
    );
    assert_eq!(code, 0, "{e}");
    let file = home.join("telnyx-rooms/config.json");
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "owner-only");
    let (code, shown, _) = run(&["config", "show"], None);
    assert_eq!(code, 0);
    assert!(
        shown.contains("test: api-key set, base-url http://127.0.0.1"),
        "{shown}"
    );
    let (code, listed, e) = run(
        &[
            "rooms",
            "list",
            "--profile",
            "test",
            "--field",
            "unique_name",
        ],
        None,
    );
    assert_eq!(code, 0, "{e}");
    assert_eq!(listed.lines().count(), 2);
    // A key with an invisible character is refused when saved, saying where, not what.
    let (code, _, e) = run(&["config", "set", "api-key", "KEY0\u{200b}x"], None);
    assert_eq!(code, 2, "{e}");
    assert!(e.contains("U+200B"), "{e}");
    // A broken config file does not stand in the way of a key and URL given outright.
    std::fs::write(&file, "not json").unwrap();
    let (code, listed, e) = run(
        &[
            "rooms",
            "list",
            "--api-key",
            KEY,
            "--base-url",
            emu.base_url(),
            "--field",
            "id",
        ],
        None,
    );
    assert_eq!((code, listed.lines().count()), (0, 2), "{e}");
    let (code, _, e) = run(&["config", "show"], None);
    assert_eq!(code, 2, "{e}");
    assert!(e.contains("is not a telnyx-rooms config file"), "{e}");
    // Help never shows the key, even when it is in the environment.
    let help = std::process::Command::new(env!("CARGO_BIN_EXE_telnyx-rooms"))
        .arg("--help")
        .env("TELNYX_API_KEY", KEY)
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&help.stdout).contains(KEY));
    let _ = std::fs::remove_dir_all(&home);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bulk_deletes_and_connection_failures_speak_the_command_line() {
    let emu = Emulator::start().await.unwrap();
    let seeded = emu.seed(Seed {
        rooms: 2,
        sessions_per_room: 1,
        participants_per_session: 1,
        recordings_per_participant: 1,
    });
    let count = |emu: &Emulator| {
        let c = emu.client();
        async move {
            futures::TryStreamExt::try_collect::<Vec<_>>(c.list_room_recordings().stream())
                .await
                .unwrap()
                .len()
        }
    };
    assert_eq!(count(&emu).await, 2);
    let before = emu.requests();
    let bare = cli(&emu, &["recordings", "delete-matching", "--yes"]).await;
    assert_eq!(bare.code, 2, "{}", bare.stderr);
    assert!(
        bare.stderr.contains("--room-id") && bare.stderr.contains("--all"),
        "{}",
        bare.stderr
    );
    assert!(
        !bare.stderr.contains("Client::") && !bare.stderr.contains("filter["),
        "flags, not Rust: {}",
        bare.stderr
    );
    assert_eq!(emu.requests(), before, "nothing was sent");
    let room = seeded.rooms[0].to_string();
    let one = cli(
        &emu,
        &["recordings", "delete-matching", "--room-id", &room, "--yes"],
    )
    .await;
    assert_eq!(one.code, 0, "{}", one.stderr);
    assert_eq!(count(&emu).await, 1);
    let all = cli(&emu, &["recordings", "delete-matching", "--all", "--yes"]).await;
    assert_eq!(all.code, 0, "{}", all.stderr);
    assert_eq!(count(&emu).await, 0);

    // A server that is not there: the URL, the attempts and the cause, each once.
    let refused = tokio::process::Command::new(env!("CARGO_BIN_EXE_telnyx-rooms"))
        .args(["rooms", "list", "--base-url", "http://127.0.0.1:1"])
        .env("TELNYX_API_KEY", KEY)
        .output()
        .await
        .unwrap();
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.starts_with("error: could not connect to http://127.0.0.1:1 after 3 attempts: "),
        "{stderr}"
    );
    assert_eq!(
        stderr.matches("error sending request").count(),
        0,
        "{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verbose_shows_each_request_and_never_the_key() {
    let emu = Emulator::start().await.unwrap();
    emu.seed(Seed::rooms(7));
    emu.fail_next(1, reqwest::StatusCode::SERVICE_UNAVAILABLE, None);
    let run = cli(
        &emu,
        &[
            "rooms",
            "list",
            "--page-size",
            "5",
            "--verbose",
            "-o",
            "jsonl",
        ],
    )
    .await;
    assert_eq!(run.code, 0, "{}", run.stderr);
    let shown: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("> GET "))
        .collect();
    assert_eq!(
        shown.len(),
        3,
        "a 503, its retry, and page 2: {}",
        run.stderr
    );
    assert!(
        shown[0].contains("/v2/rooms?page%5Bnumber%5D=1&page%5Bsize%5D=5 -> 503 in "),
        "{}",
        shown[0]
    );
    assert!(
        shown[1].contains("-> 200 in ") && shown[1].ends_with("(attempt 2)"),
        "{}",
        shown[1]
    );
    assert!(shown[2].contains("page%5Bnumber%5D=2"), "{}", shown[2]);
    assert_eq!(run.stdout.lines().count(), 7, "stdout keeps only the data");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rooms_by_unique_name_as_well_as_id() {
    let emu = Emulator::start().await.unwrap();
    let rooms = emu.seed(Seed::rooms(2)).rooms;
    let by_name = cli(&emu, &["rooms", "get", "seed-room-1", "--field", "id"]).await;
    assert_eq!(by_name.code, 0, "{}", by_name.stderr);
    assert_eq!(by_name.stdout.trim(), rooms[1].to_string());
    let token = cli(
        &emu,
        &["tokens", "create", "seed-room-0", "--field", "token"],
    )
    .await;
    assert_eq!(token.code, 0, "{}", token.stderr);
    let alice = emu.join(rooms[0], "Alice").unwrap();
    let sessions = cli(
        &emu,
        &[
            "sessions",
            "list",
            "--room-id",
            "seed-room-0",
            "--field",
            "id",
        ],
    )
    .await;
    assert_eq!(
        sessions.stdout.trim(),
        alice.session_id.unwrap().to_string(),
        "{}",
        sessions.stderr
    );
    let missing = cli(&emu, &["rooms", "get", "nowhere"]).await;
    assert_eq!(missing.code, 1, "{}", missing.stderr);
    assert!(
        missing.stderr.contains("no room is named `nowhere`"),
        "{}",
        missing.stderr
    );
}
