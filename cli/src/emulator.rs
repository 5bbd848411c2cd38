//! `telnyx-rooms emulator`: run the emulator (`telnyx-rooms emulator --port 4010`, the flags of
//! `telnyx-rooms-emulator`), or drive a running one through its control API, as the console
//! does: `join`, `leave`, `chaos`, `deliveries`, `replay`, `info`, printed in the command line's
//! formats (tables, `-o json`, `--fields`). The emulator is the one at `--base-url`
//! (`TELNYX_BASE_URL`), `http://127.0.0.1:4010/v2` by default.

use clap::{Arg, ArgMatches, Command};
use serde_json::{json, Value};

use crate::output::Output;

/// Where a running emulator is, when `--base-url` does not say.
const DEFAULT_BASE: &str = "http://127.0.0.1:4010/v2";

/// `-h, --help` on a subcommand (the parent passes its own `--help` on to the emulator).
fn help() -> Arg {
    Arg::new("help")
        .long("help")
        .short('h')
        .action(clap::ArgAction::Help)
        .help("Print help")
}

/// The `emulator` command and its control subcommands.
pub fn command() -> Command {
    let id = |name: &'static str, help: &'static str| {
        Arg::new(name)
            .required(true)
            .value_parser(clap::value_parser!(uuid::Uuid))
            .help(help)
    };
    let probability = |name: &'static str, help: &'static str| {
        Arg::new(name)
            .long(name)
            .value_name("P")
            .value_parser(clap::value_parser!(f64))
            .help(help)
    };
    Command::new("emulator")
        .about("Run the Video Rooms API emulator (the flags of telnyx-rooms-emulator), or drive a running one")
        .long_about("Run the Video Rooms API emulator: `telnyx-rooms emulator --port 4010` (the flags of telnyx-rooms-emulator; `telnyx-rooms emulator --help` lists them). Or drive a running one through its control API, as its console does (http://127.0.0.1:4010/v2/_emulator/console): the subcommands below, against --base-url (default http://127.0.0.1:4010/v2).")
        .disable_help_flag(true)
        .args_conflicts_with_subcommands(true)
        .arg(
            Arg::new("args")
                .num_args(0..)
                .trailing_var_arg(true)
                .allow_hyphen_values(true),
        )
        .subcommand(
            Command::new("join")
                .arg(help())
                .about("Join a simulated participant to a room (its session starts if none is active)")
                .arg(id("room-id", "The room"))
                .arg(Arg::new("context").long("context").value_name("NAME").help("The participant's context: a name, say"))
                .arg(Arg::new("token").long("token").help("A join token to check, as a client would present it")),
        )
        .subcommand(
            Command::new("leave")
                .arg(help())
                .about("Remove a simulated participant from its room")
                .arg(id("participant-id", "The participant")),
        )
        .subcommand(
            Command::new("chaos")
                .arg(help())
                .about("Show the delivery chaos in force, or change it (the flags given; --off for none)")
                .arg(probability("duplicate", "The probability that an event is delivered twice (0 to 1)"))
                .arg(Arg::new("reorder").long("reorder").value_name("N").value_parser(clap::value_parser!(u64)).help("Deliver a room's events out of order within a window of N"))
                .arg(probability("drop", "The probability that an event is never delivered (0 to 1)"))
                .arg(Arg::new("seed").long("seed").value_parser(clap::value_parser!(u64)).help("The seed of every random choice"))
                .arg(Arg::new("off").long("off").action(clap::ArgAction::SetTrue).conflicts_with_all(["duplicate", "reorder", "drop", "seed"]).help("Orderly delivery again")),
        )
        .subcommand(
            Command::new("deliveries")
                .arg(help())
                .about("List webhook delivery attempts, oldest first (every one kept, or those after --after)")
                .arg(Arg::new("after").long("after").value_name("SEQ").value_parser(clap::value_parser!(u64)).help("Only those after this sequence number")),
        )
        .subcommand(
            Command::new("replay")
                .arg(help())
                .about("Deliver a logged webhook again: the same event id, a new attempt, signed now")
                .arg(Arg::new("seq").required(true).value_parser(clap::value_parser!(u64)).help("The delivery's sequence number (from `deliveries`)")),
        )
        .subcommand(
            Command::new("info")
                .arg(help())
                .about("The webhook public key and the delivery chaos in force"),
        )
}

/// Runs the emulator with `sub`'s flags, or one control subcommand against `base`.
pub async fn run(sub: &ArgMatches, base: Option<&str>, out: &Output) -> anyhow::Result<()> {
    let Some((verb, m)) = sub.subcommand() else {
        let args = sub
            .get_many::<String>("args")
            .into_iter()
            .flatten()
            .cloned();
        let code =
            telnyx_rooms_emulator::standalone::run(args.collect::<Vec<_>>().into_iter()).await;
        if code != 0 {
            anyhow::bail!("the emulator stopped with exit code {code}");
        }
        return Ok(());
    };
    let control = Control::new(base.unwrap_or(DEFAULT_BASE));
    match verb {
        "join" => {
            let room = m.get_one::<uuid::Uuid>("room-id").expect("required");
            let body = json!({"context": m.get_one::<String>("context"), "token": m.get_one::<String>("token")});
            out.one(
                &control
                    .call("POST", &format!("rooms/{room}/join"), Some(body))
                    .await?["data"],
            )
        }
        "leave" => {
            let p = m.get_one::<uuid::Uuid>("participant-id").expect("required");
            out.one(
                &control
                    .call("POST", &format!("participants/{p}/leave"), None)
                    .await?["data"],
            )
        }
        "chaos" => chaos(&control, m, out).await,
        "deliveries" => {
            let mut after = m.get_one::<u64>("after").copied().unwrap_or(0);
            let mut all = Vec::new();
            loop {
                let page = control
                    .call("GET", &format!("webhooks?after={after}"), None)
                    .await?;
                all.extend(page["data"].as_array().cloned().unwrap_or_default());
                after = page["meta"]["last_seq"].as_u64().unwrap_or(after);
                if page["meta"]["more"] != true {
                    break;
                }
            }
            out.many(all, &DELIVERY_COLUMNS)
        }
        "replay" => {
            let seq = m.get_one::<u64>("seq").expect("required");
            out.one(
                &control
                    .call("POST", &format!("webhooks/{seq}/replay"), None)
                    .await?["data"],
            )
        }
        "info" => out.one(&control.call("GET", "info", None).await?["data"]),
        _ => unreachable!("every subcommand is handled"),
    }
}

/// A delivery's columns in a table (`-o json` has every field: the request with its signature
/// headers and body, the receiver's answer body).
const DELIVERY_COLUMNS: [&str; 9] = [
    "seq",
    "event_type",
    "event_id",
    "attempt",
    "status",
    "error",
    "duration_ms",
    "at",
    "url",
];

async fn chaos(control: &Control, m: &ArgMatches, out: &Output) -> anyhow::Result<()> {
    let now = control.call("GET", "info", None).await?["data"]["chaos"].clone();
    let given = ["duplicate", "reorder", "drop", "seed"]
        .into_iter()
        .any(|f| {
            m.contains_id(f) && m.value_source(f) == Some(clap::parser::ValueSource::CommandLine)
        });
    if !given && !m.get_flag("off") {
        return out.one(&now);
    }
    let mut chaos = if m.get_flag("off") { json!({}) } else { now };
    if let Some(p) = m.get_one::<f64>("duplicate") {
        chaos["duplicate"] = json!(p);
    }
    if let Some(n) = m.get_one::<u64>("reorder") {
        chaos["reorder"] = json!(n);
    }
    if let Some(p) = m.get_one::<f64>("drop") {
        chaos["drop"] = json!(p);
    }
    if let Some(s) = m.get_one::<u64>("seed") {
        chaos["seed"] = json!(s);
    }
    out.one(&control.call("POST", "webhooks/chaos", Some(chaos)).await?["data"])
}

/// The control API of the emulator at a base URL.
struct Control {
    base: String,
    http: reqwest::Client,
}

impl Control {
    fn new(base: &str) -> Control {
        Control {
            base: base.trim_end_matches('/').to_string(),
            http: reqwest::Client::new(),
        }
    }

    /// `method {base}/_emulator/{path}`: the answer's JSON, or an error that says what the
    /// emulator said (or that none answered at the base URL).
    async fn call(&self, method: &str, path: &str, body: Option<Value>) -> anyhow::Result<Value> {
        let url = format!("{}/_emulator/{path}", self.base);
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("a method");
        let mut request = self.http.request(method.clone(), &url);
        if let Some(b) = body {
            request = request
                .header("content-type", "application/json")
                .body(b.to_string());
        }
        let answer = request.send().await.map_err(|e| {
            anyhow::anyhow!(
                "no emulator answered at {} ({}): start one with `telnyx-rooms emulator --port 4010`, or give its URL with --base-url",
                self.base,
                e.without_url()
            )
        })?;
        let status = answer.status();
        let text = answer.text().await?;
        let v: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        if !status.is_success() {
            let e = &v["errors"][0];
            anyhow::bail!(
                "the emulator answered {status} to {method} {url}: {} {}",
                e["title"].as_str().unwrap_or(""),
                e["detail"].as_str().unwrap_or(&text)
            );
        }
        Ok(v)
    }
}
