#![forbid(unsafe_code)]
//! `telnyx-rooms`: a command line for the Telnyx Video Rooms API. Its operation commands are
//! generated from `spec/` by progenitor's CLI generator with the client's own settings
//! (`build.rs`); `commands.rs` names and arranges them, `output.rs` prints.

mod commands;
mod download;
mod emulator;
mod forward;
mod guard;
mod listen;
mod metrics;
mod names;
mod output;
mod profile;
mod reconcile;

use std::process::ExitCode;

use clap::{Arg, ArgMatches, Command};
use telnyx_rooms::{Client, Operation};

/// What the generated code names with `use crate::api::*`.
pub mod api {
    pub use progenitor_client::{Error, ResponseValue};
    pub use telnyx_rooms::{builder, types, Client};
}

/// The operation commands, generated from the spec (`cli/src/generated.rs`, rewritten by the
/// client's build script in the repository whenever `codegen/` changes).
#[allow(dead_code, unused_variables, unused_imports, clippy::all)]
#[rustfmt::skip]
mod generated;

use generated::{Cli, CliCommand};

/// The generated commands' configuration: this command line prints through
/// [`output::Output`] (`Cli::run`), so it needs none of progenitor's hooks.
struct Config;

impl generated::CliConfig for Config {}

fn generated_command(op: Operation) -> Option<Command> {
    CliCommand::iter()
        .find(|c| c.operation_id() == op.id())
        .map(Cli::<Config>::get_command)
}

fn command() -> (Command, Vec<(Vec<String>, Operation)>) {
    let (resources, routes) = commands::operation_commands(generated_command);
    let cmd = global_args(Command::new("telnyx-rooms")
        .about("The Telnyx Video Rooms API from the command line")
        .after_help(
            "Environment: TELNYX_API_KEY (or --api-key, or a profile saved with `telnyx-rooms config set api-key -`), TELNYX_BASE_URL, TELNYX_PROFILE.\n\
             Exit codes: 0 done, 1 the API said no or the network failed, 2 bad usage or \
             invalid input (nothing was sent), 3 authentication.",
        )
        .version(env!("CARGO_PKG_VERSION"))
        .subcommand_required(true))
        .subcommands(resources)
        .mut_subcommand("recordings", |c| c.subcommand(download::command()))
        .subcommand(
            Command::new("webhooks")
                .about("Room webhooks")
                .subcommand_required(true)
                .subcommand(listen::command())
                .subcommand(reconcile::command()),
        )
        .subcommand(
            Command::new("completions")
                .about("Print a shell's completion script: telnyx-rooms completions bash > ~/.local/share/bash-completion/completions/telnyx-rooms")
                .arg(
                    Arg::new("shell")
                        .required(true)
                        .value_parser(clap::value_parser!(clap_complete::Shell)),
                ),
        )
        .subcommand(Command::new("version").about("The version, and which API it speaks"))
        .subcommand(profile::command())
        .subcommand(emulator::command());
    (cmd, routes)
}

/// The options every command takes: credentials, where, how to print.
fn global_args(cmd: Command) -> Command {
    cmd        .arg(
            Arg::new("api-key")
                .long("api-key")
                .env("TELNYX_API_KEY")
                .hide_env_values(true)
                .global(true)
                .help_heading("Global options")
                .value_name("KEY")
                .help("The Telnyx API key [default: the profile's, from `telnyx-rooms config`]"),
        )
        .arg(
            Arg::new("profile")
                .long("profile")
                .env("TELNYX_PROFILE")
                .global(true)
                .help_heading("Global options")
                .value_name("NAME")
                .help("The config file's profile to use [default: default]"),
        )
        .arg(
            Arg::new("base-url")
                .long("base-url")
                .env("TELNYX_BASE_URL")
                .global(true)
                .help_heading("Global options")
                .help("The API's base URL [default: https://api.telnyx.com/v2]"),
        )
        .arg(
            Arg::new("color")
                .long("color")
                .global(true)
                .help_heading("Global options")
                .value_name("WHEN")
                .value_parser(["auto", "always", "never"])
                .help("Colour: auto (a terminal, unless NO_COLOR is set), always or never [default: auto]"),
        )
        .arg(
            Arg::new("verbose")
                .long("verbose")
                .short('v')
                .global(true)
                .help_heading("Global options")
                .action(clap::ArgAction::SetTrue)
                .help("Show each request on stderr: method, URL, status, time (never the key)"),
        )
        .arg(
            Arg::new("fields")
                .long("fields")
                .global(true)
                .help_heading("Global options")
                .value_name("NAMES")
                .conflicts_with("field")
                .help("Print only these fields of each item, comma-separated: --fields id,unique_name"),
        )
        .arg(
            Arg::new("field")
                .long("field")
                .global(true)
                .help_heading("Global options")
                .value_name("PATH")
                .help("Print one field's value alone (a dotted path), one a line, without quotes: --field token"),
        )
        .arg(
            Arg::new("output")
                .long("output")
                .short('o')
                .global(true)
                .help_heading("Global options")
                .value_parser(["table", "wide", "json", "jsonl", "yaml"])
                .help("Output format: table (short ids, readable times and sizes, fitted to the terminal), wide (the same columns, whole), json, jsonl or yaml [default: table on a terminal, json otherwise]"),
        )
}

/// How to print: `-o`, `--fields`, `--field`.
fn output_of(matches: &ArgMatches) -> output::Output {
    let select = output::Select::from(matches);
    let format = match (
        &select,
        matches.get_one::<String>("output").map(String::as_str),
    ) {
        // Chosen fields of a table are read by machines more often than by people.
        (Some(_), None) => output::Format::Json,
        (_, given) => output::Format::choose(given),
    };
    output::Output { format, select }
}

/// Exit codes: 0 done, 1 the API said no or the network failed, 2 bad usage or invalid input
/// (nothing was sent), 3 authentication (the key is missing, wrong, or may not do this).
fn exit_code(e: &anyhow::Error) -> u8 {
    match e.downcast_ref::<telnyx_rooms::Error>() {
        Some(e) if e.is_unauthorized() || e.is_forbidden() => 3,
        Some(telnyx_rooms::Error::InvalidInput(_) | telnyx_rooms::Error::Config(_)) => 2,
        Some(_) => 1,
        None if e.downcast_ref::<Failed>().is_some()
            || e.downcast_ref::<NoSuchRoom>().is_some() =>
        {
            1
        }
        // `--json-body` unreadable or not the body: nothing was sent.
        None => 2,
    }
}

/// Marks an error of a download or the receiver as the service's or the network's (exit 1).
#[derive(Debug)]
struct Failed(&'static str);

impl std::fmt::Display for Failed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

fn failed(what: &'static str) -> impl FnOnce(anyhow::Error) -> anyhow::Error {
    move |e| match e.downcast_ref::<telnyx_rooms::Error>() {
        Some(_) => e,
        None => e.context(Failed(what)),
    }
}

/// Whether stderr gets colour: `--color`, else a terminal without `NO_COLOR`.
fn colour(matches: &ArgMatches) -> bool {
    use std::io::IsTerminal;
    match matches.get_one::<String>("color").map(String::as_str) {
        Some("always") => true,
        Some("never") => false,
        _ => {
            std::io::stderr().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// A transport failure in the command line's words: what failed, where to, after how many
/// attempts, and the cause at the bottom of the chain, each once.
fn transport(e: &telnyx_rooms::Error, chain: &anyhow::Error, url: &str) -> Option<String> {
    let stage = e.stage()?;
    let what = match (stage, e.is_timeout()) {
        (telnyx_rooms::Stage::Connect, true) => "timed out connecting to",
        (telnyx_rooms::Stage::Connect, false) => "could not connect to",
        (telnyx_rooms::Stage::Response, true) => "timed out waiting for an answer from",
        (telnyx_rooms::Stage::Response, false) => "the connection failed before an answer from",
        (telnyx_rooms::Stage::Body, true) => "timed out reading the answer from",
        (_, false) => "the connection failed while reading the answer from",
        (_, true) => "timed out talking to",
    };
    let attempts = match e.attempts() {
        Some(n) if n > 1 => format!(" after {n} attempts"),
        _ => String::new(),
    };
    let cause = chain
        .chain()
        .last()
        .map(|c| c.to_string())
        .unwrap_or_default();
    Some(format!("{what} {url}{attempts}: {cause}"))
}

fn report(e: &anyhow::Error, colour: bool, url: &str) {
    let label = if colour {
        "\x1b[1;31merror:\x1b[0m"
    } else {
        "error:"
    };
    match e
        .downcast_ref::<telnyx_rooms::Error>()
        .and_then(|t| transport(t, e, url))
    {
        Some(message) => eprintln!("{label} {message}"),
        None => eprintln!("{label} {e:#}"),
    }
    // The message says the first error; the others, when Telnyx sent several, follow.
    if let Some(api) = e
        .downcast_ref::<telnyx_rooms::Error>()
        .and_then(telnyx_rooms::Error::api_error)
        .filter(|api| api.errors().len() > 1)
    {
        for err in &api.errors()[1..] {
            eprintln!(
                "  - {} {}{}",
                err.code.as_deref().unwrap_or("-"),
                err.title.as_deref().unwrap_or(""),
                err.detail
                    .as_deref()
                    .map(|d| format!(": {d}"))
                    .unwrap_or_default()
            );
        }
    }
}

fn client(matches: &ArgMatches) -> anyhow::Result<Client> {
    let (key, url) = profile::settings(matches)?;
    let mut builder = Client::builder().api_key(key);
    if matches.get_flag("verbose") {
        builder = builder.observe(|a| {
            let status = a
                .status
                .map_or_else(|| "no answer".to_string(), |s| s.as_u16().to_string());
            let retry = if a.number > 1 {
                format!(" (attempt {})", a.number)
            } else {
                String::new()
            };
            eprintln!(
                "> {} {} -> {status} in {} ms{retry}",
                a.method,
                a.url,
                a.elapsed.as_millis()
            );
        });
    }
    if let Some(url) = url {
        builder = builder.base_url(url);
    }
    Ok(builder.build()?)
}

/// `telnyx-rooms version`: this program's version and the API's.
fn version() -> String {
    format!(
        "telnyx-rooms {}\nTelnyx Video Rooms API v2 (spec version {}, {} operations)",
        env!("CARGO_PKG_VERSION"),
        telnyx_rooms::operation::SPEC_VERSION,
        Operation::ALL.len()
    )
}

async fn run(matches: &ArgMatches, routes: &[(Vec<String>, Operation)]) -> anyhow::Result<()> {
    let (resource, sub) = matches.subcommand().expect("a subcommand is required");
    match resource {
        "completions" => {
            let shell = *sub
                .get_one::<clap_complete::Shell>("shell")
                .expect("required");
            // Made in memory, then written: a closed pipe is an error to handle, not a panic.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut command().0, "telnyx-rooms", &mut script);
            std::io::Write::write_all(&mut std::io::stdout(), &script)?;
            return Ok(());
        }
        "config" => return profile::run(matches, sub),
        "version" => {
            use std::io::Write;
            writeln!(std::io::stdout(), "{}", version())?;
            return Ok(());
        }
        _ => {}
    }
    if resource == "emulator" {
        let base = matches.get_one::<String>("base-url").map(String::as_str);
        return emulator::run(sub, base, &output_of(matches))
            .await
            .map_err(failed("emulator"));
    }
    let (verb, leaf) = sub.subcommand().expect("a subcommand is required");
    match (resource, verb) {
        ("webhooks", "listen") => {
            return listen::run(leaf, || client(matches))
                .await
                .map_err(failed("webhooks listen"))
        }
        ("webhooks", "reconcile") => {
            let client = client(matches)?;
            let as_json = matches!(
                matches.get_one::<String>("output").map(String::as_str),
                Some("json" | "jsonl")
            ) || (matches.get_one::<String>("output").is_none()
                && !std::io::IsTerminal::is_terminal(&std::io::stdout()));
            return reconcile::run(leaf, &client, as_json)
                .await
                .map_err(failed("webhooks reconcile"));
        }
        ("recordings", "download") => {
            let client = client(matches)?;
            return download::run(&client, leaf)
                .await
                .map_err(failed("recordings download"));
        }
        _ => {}
    }
    operation(matches, routes, resource, verb, leaf).await
}

/// An operation's command: the guard's questions first (bulk deletes, destructive actions,
/// whom an action is for), then the generated command.
async fn operation(
    matches: &ArgMatches,
    routes: &[(Vec<String>, Operation)],
    resource: &str,
    verb: &str,
    leaf: &ArgMatches,
) -> anyhow::Result<()> {
    let op = routes
        .iter()
        .find(|(path, _)| path[0] == resource && path[1] == verb)
        .map(|(_, op)| *op)
        .expect("every leaf command has its operation");
    let out = output_of(matches);
    let client = client(matches)?;
    let command = format!("{resource} {verb}");
    if guard::run(&client, op, &command, leaf, &out).await? {
        return Ok(());
    }
    let cli = Cli::new(client, Config);
    cli.run(op, leaf, &out).await
}

/// A room named by a unique name no room has (exit 1: the API said so).
#[derive(Debug)]
struct NoSuchRoom(String);

impl std::fmt::Display for NoSuchRoom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "no room is named `{}` (give a room by its id or its unique name)",
            self.0
        )
    }
}

impl std::error::Error for NoSuchRoom {}

/// Rooms by unique name as well as id: a value given for a room id (`rooms get standup`,
/// `--room-id standup`) that is not a UUID is looked up with `list_rooms` by name, and the
/// command runs with that room's id. Any other mistake is left for the parse to report.
async fn with_room_names(cmd: &Command, mut args: Vec<String>) -> anyhow::Result<Vec<String>> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    for _ in 0..8 {
        let Err(e) = cmd.clone().try_get_matches_from(&args) else {
            return Ok(args);
        };
        let text = |kind| match e.get(kind) {
            Some(ContextValue::String(s)) => Some(s.clone()),
            _ => None,
        };
        let (Some(arg), Some(name)) = (
            text(ContextKind::InvalidArg),
            text(ContextKind::InvalidValue),
        ) else {
            return Ok(args);
        };
        if e.kind() != ErrorKind::ValueValidation || !arg.contains("ROOM_ID") {
            return Ok(args);
        }
        let partial = cmd.clone().ignore_errors(true).get_matches_from(&args);
        let page = client(&partial)?
            .list_rooms()
            .filter_unique_name(name.as_str())
            .execute()
            .await?;
        let room = page
            .items
            .iter()
            .find(|r| r.unique_name.as_deref() == Some(name.as_str()))
            .ok_or_else(|| NoSuchRoom(name.clone()))?;
        let id = room.id.to_string();
        let Some(at) = args
            .iter()
            .position(|a| *a == name || a.strip_prefix("--room-id=") == Some(name.as_str()))
        else {
            return Ok(args);
        };
        args[at] = if args[at].starts_with("--room-id=") {
            format!("--room-id={id}")
        } else {
            id
        };
    }
    Ok(args)
}

/// Whether the reader of our output went away (`telnyx-rooms rooms list | head -1`): the
/// reader saying "enough", not an error.
fn broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

#[tokio::main]
async fn main() -> ExitCode {
    let (cmd, routes) = command();
    // clap's own help and errors follow `--color` too (it reads NO_COLOR by itself); the flag
    // is looked for before parsing, since they may be printed by the parse.
    let args: Vec<String> = std::env::args().collect();
    let asked = args
        .iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix("--color") {
            Some("") => args.get(i + 1).map(String::as_str),
            Some(v) => v.strip_prefix('='),
            None => None,
        });
    let cmd = match asked {
        Some("never") => cmd.color(clap::ColorChoice::Never),
        Some("always") => cmd.color(clap::ColorChoice::Always),
        _ => cmd,
    };
    let args = match with_room_names(&cmd, args).await {
        Ok(args) => args,
        Err(e) => {
            report(&e, false, "");
            return ExitCode::from(exit_code(&e));
        }
    };
    let matches = cmd.get_matches_from(args);
    match run(&matches, &routes).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let url = profile::settings(&matches)
                .ok()
                .and_then(|(_, url)| url)
                .unwrap_or_else(|| telnyx_rooms::config::DEFAULT_BASE_URL.to_string());
            report(&e, colour(&matches), &url);
            ExitCode::from(exit_code(&e))
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_line_is_consistent() {
        super::command().0.debug_assert();
    }
}
