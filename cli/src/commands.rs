//! How the generated operation commands are arranged and named: by resource, for what they do
//! (`rooms list`, `sessions kick`, `tokens create ROOM_ID`). The path parameter is positional,
//! filters drop their `filter-` prefix (`--active`, `--room-id`), lists page through everything
//! (`--limit`, `--page-size`). An operation this table does not name still gets a command,
//! `ops <operation_id>`, so a new operation in the spec is a new command.

use clap::{Arg, ArgAction, Command};
use telnyx_rooms::Operation;

use crate::names::arg_id;

/// (resource, verb) for each operation that has a name of its own.
fn name(op: Operation) -> Option<(&'static str, &'static str)> {
    use Operation::*;
    Some(match op {
        ListRooms => ("rooms", "list"),
        GetRoom => ("rooms", "get"),
        CreateRoom => ("rooms", "create"),
        UpdateRoom => ("rooms", "update"),
        DeleteRoom => ("rooms", "delete"),
        ListSessionsForRoom => ("rooms", "sessions"),
        CreateClientToken => ("tokens", "create"),
        RefreshClientToken => ("tokens", "refresh"),
        ListRoomSessions => ("sessions", "list"),
        GetRoomSession => ("sessions", "get"),
        EndRoomSession => ("sessions", "end"),
        KickParticipants => ("sessions", "kick"),
        MuteParticipants => ("sessions", "mute"),
        UnmuteParticipants => ("sessions", "unmute"),
        ListParticipantsForSession => ("sessions", "participants"),
        ListRoomParticipants => ("participants", "list"),
        GetRoomParticipant => ("participants", "get"),
        ListRoomRecordings => ("recordings", "list"),
        GetRoomRecording => ("recordings", "get"),
        DeleteRoomRecording => ("recordings", "delete"),
        DeleteRoomRecordings => ("recordings", "delete-matching"),
        ListRoomCompositions => ("compositions", "list"),
        GetRoomComposition => ("compositions", "get"),
        CreateRoomComposition => ("compositions", "create"),
        DeleteRoomComposition => ("compositions", "delete"),
        _ => return None,
    })
}

/// Where an argument travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// In the path: positional.
    Path,
    /// In the query string: a flag.
    Query,
    /// A field of the request body: a flag.
    Body,
}

/// How an argument takes its value, from the spec's rule for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A UUID.
    Uuid,
    /// A date, `YYYY-MM-DD`.
    Date,
    /// An absolute http(s) URL.
    Url,
    /// A whole number within bounds.
    Integer {
        /// The smallest allowed.
        minimum: Option<i64>,
        /// The largest allowed.
        maximum: Option<i64>,
    },
    /// True or false.
    Switch,
    /// Anything else the generated parser takes.
    Text,
}

/// One parameter or body field of an operation's command, as the spec says it
/// (`generated::args`, written from the spec's model by the generator).
#[derive(Debug, Clone, Copy)]
pub struct ArgValue {
    /// Its wire name: `filter[date_ended_at][eq]`, `room_id`, `max_participants`.
    pub wire: &'static str,
    /// Where it travels.
    pub place: Place,
    /// How it takes its value.
    pub kind: Kind,
}

/// A list operation: it pages.
pub fn is_list(op: Operation) -> bool {
    crate::generated::is_list(op)
}

/// The generated command of `op`, arranged for people: `cmd` as progenitor made it.
fn arrange(op: Operation, cmd: Command, verb: &str) -> Command {
    let mut cmd = about(op, cmd.name(verb.to_string()));
    for arg in crate::generated::args(op) {
        cmd = match arg.place {
            Place::Body => body_arg(cmd, arg),
            Place::Path | Place::Query => param_arg(cmd, arg),
        };
    }
    cmd = whole_body(op, cmd);
    cmd = crate::guard::add_args(op, cmd);
    if is_list(op) {
        cmd = cmd.arg(
            Arg::new("limit")
                .long("limit")
                .value_parser(clap::value_parser!(usize))
                .action(ArgAction::Set)
                .help("Stop after this many items"),
        );
    }
    cmd
}

/// Listings show the summary; `--help` shows the summary and the description.
fn about(op: Operation, cmd: Command) -> Command {
    let Some(about) = cmd.get_about().map(|a| a.to_string()) else {
        return cmd;
    };
    let (summary, rest) = about.split_once("\n\n").unwrap_or((&about, ""));
    let long = if is_list(op) {
        // The API describes one page; the command pages through all of them.
        format!(
            "{summary}\n\nPages through the whole list (4 pages in flight): --limit N stops \
             after N items, --page-size N sets the page size. The API, of one page: {rest}"
        )
    } else {
        about.clone()
    };
    cmd.about(summary.to_string()).long_about(long)
}

/// A parameter: its value parsed by its rule (refused in the command line's words: what was
/// expected, for which argument), positional in the path, a flag without `filter-` in the query.
fn param_arg(mut cmd: Command, arg: &ArgValue) -> Command {
    let id = arg_id(arg.wire);
    let what = arg
        .wire
        .trim_start_matches("filter[")
        .replace(['[', ']', '_'], " ");
    let what = what.split_whitespace().collect::<Vec<_>>().join(" ");
    cmd = match arg.kind {
        Kind::Uuid => cmd.mut_arg(&id, |a| a.value_parser(uuid_value(what))),
        Kind::Date => cmd.mut_arg(&id, |a| a.value_parser(date_value(what))),
        // `--page-size -5` is a value to refuse with its rule, not an unknown flag; the rule
        // is the spec's, said with the flag.
        Kind::Integer { minimum, maximum } => cmd.mut_arg(&id, |a| {
            a.allow_negative_numbers(true)
                .value_parser(int_value(minimum, maximum))
        }),
        _ => cmd,
    };
    if arg.place == Place::Path {
        let value_name = arg.wire.to_uppercase();
        return cmd.mut_arg(&id, |a| a.long(None::<&str>).value_name(value_name));
    }
    if let Some(short) = id.strip_prefix("filter-") {
        let (short, value) = (short.to_string(), short.replace('-', "_").to_uppercase());
        cmd = cmd.mut_arg(&id, |a| a.long(short).value_name(value));
    }
    if arg.kind == Kind::Switch {
        // `--active` alone means true.
        cmd = cmd.mut_arg(&id, |a| {
            a.num_args(0..=1)
                .require_equals(true)
                .default_missing_value("true")
        });
    }
    if arg.wire == "page[number]" {
        // Lists page through everything; `--limit` stops early.
        cmd = cmd.mut_arg(&id, |a| a.hide(true));
    }
    cmd
}

/// A body field's flag: its bounds or its URL rule, said with the flag.
fn body_arg(cmd: Command, arg: &ArgValue) -> Command {
    let id = arg.wire.replace('_', "-");
    if !cmd.get_arguments().any(|a| a.get_id().as_str() == id) {
        return cmd;
    }
    match arg.kind {
        Kind::Integer { minimum, maximum } => cmd.mut_arg(&id, |a| {
            a.allow_negative_numbers(true)
                .value_parser(int_value(minimum, maximum))
        }),
        Kind::Url => cmd.mut_arg(&id, |a| a.value_parser(url_value)),
        _ => cmd,
    }
}

/// `--json-body`: a whole body, from a file or stdin. With the body's own flags it would lose
/// them: refused instead.
fn whole_body(op: Operation, cmd: Command) -> Command {
    if !cmd
        .get_arguments()
        .any(|a| a.get_id().as_str() == "json-body")
    {
        return cmd;
    }
    let flags: Vec<String> = crate::generated::args(op)
        .iter()
        .filter(|a| a.place == Place::Body)
        .map(|a| a.wire.replace('_', "-"))
        .filter(|id| cmd.get_arguments().any(|a| a.get_id().as_str() == id))
        .collect();
    cmd.mut_arg("json-body", |a| {
        a.help("A file with the whole JSON body, or - for stdin (not with the body's own flags)")
            .value_parser(body_file)
            .conflicts_with_all(flags)
    })
    .mut_arg("json-body-template", |a| a.hide(true))
}

/// An absolute http(s) URL, refused as "`x` is not an http(s) URL, like https://...".
fn url_value(v: &str) -> Result<String, String> {
    match reqwest::Url::parse(v) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => Ok(v.to_string()),
        _ => Err(format!(
            "`{v}` is not an http(s) URL, like https://example.com/hooks"
        )),
    }
}

/// A whole number within the spec's bounds, refused as "51 is not between 2 and 50".
fn int_value(
    minimum: Option<i64>,
    maximum: Option<i64>,
) -> impl clap::builder::TypedValueParser<Value = i64> {
    move |v: &str| -> Result<i64, String> {
        let n: i64 = v
            .parse()
            .map_err(|_| format!("`{v}` is not a whole number"))?;
        let (lo, hi) = (minimum.unwrap_or(i64::MIN), maximum.unwrap_or(i64::MAX));
        if (lo..=hi).contains(&n) {
            return Ok(n);
        }
        Err(match (minimum, maximum) {
            (Some(lo), Some(hi)) => format!("{n} is not between {lo} and {hi}"),
            (Some(lo), None) => format!("{n} is less than {lo}"),
            (None, Some(hi)) => format!("{n} is more than {hi}"),
            (None, None) => unreachable!("every i64 is in range"),
        })
    }
}

/// A UUID argument, refused as "`x` is not a room id (a UUID)".
fn uuid_value(what: String) -> impl clap::builder::TypedValueParser<Value = uuid::Uuid> {
    move |v: &str| -> Result<uuid::Uuid, String> {
        v.parse().map_err(|_| {
            format!("`{v}` is not a {what} (a UUID, like 0ccc7b54-4df3-4bca-a65a-3da1ecc777f0)")
        })
    }
}

/// A date argument, refused as "`x` is not a date: expected YYYY-MM-DD".
fn date_value(what: String) -> impl clap::builder::TypedValueParser<Value = chrono::NaiveDate> {
    move |v: &str| -> Result<chrono::NaiveDate, String> {
        v.parse().map_err(|_| {
            format!("`{v}` is not a date for {what}: expected YYYY-MM-DD, like 2026-12-01")
        })
    }
}

/// `--json-body`'s value: a file, or `-`: standard input, which the generated code (it reads a
/// path) reads as `/dev/stdin`, so nothing is written anywhere.
fn body_file(value: &str) -> Result<std::path::PathBuf, String> {
    Ok(if value == "-" {
        "/dev/stdin".into()
    } else {
        value.into()
    })
}

/// The order resources are listed in.
const RESOURCES: &[&str] = &[
    "rooms",
    "tokens",
    "sessions",
    "participants",
    "recordings",
    "compositions",
    "ops",
];

/// Every operation's command, arranged by resource; returns them with the operation each
/// leaf runs, keyed by its path of subcommand names.
pub fn operation_commands(
    generated: impl Fn(Operation) -> Option<Command>,
) -> (Vec<Command>, Vec<(Vec<String>, Operation)>) {
    let mut resources: Vec<(String, Command)> = Vec::new();
    let mut routes = Vec::new();
    for op in Operation::ALL {
        let Some(cmd) = generated(op) else { continue };
        let (resource, verb) = name(op).unwrap_or(("ops", op.id()));
        let leaf = arrange(op, cmd, verb);
        routes.push((vec![resource.to_string(), verb.to_string()], op));
        match resources.iter_mut().find(|(r, _)| r == resource) {
            Some((_, parent)) => *parent = parent.clone().subcommand(leaf),
            None => {
                let about = match resource {
                    "rooms" => "Video rooms",
                    "tokens" => "Join tokens for browsers and apps",
                    "sessions" => "Sessions (a room's meetings) and their participants",
                    "participants" => "Participants of every session",
                    "recordings" => "Recordings of participants",
                    "compositions" => "Compositions of a session's recordings",
                    _ => "Operations of the spec without a name of their own",
                };
                let parent = Command::new(resource)
                    .about(about)
                    .subcommand_required(true)
                    .subcommand(leaf);
                resources.push((resource.to_string(), parent));
            }
        }
    }
    resources.sort_by_key(|(r, _)| RESOURCES.iter().position(|x| x == r));
    (resources.into_iter().map(|(_, c)| c).collect(), routes)
}
