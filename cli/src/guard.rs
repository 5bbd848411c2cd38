//! Commands that cannot be undone say what they act on, and ask. Kicking, muting or unmuting
//! every participant takes `--all` (or the participants, `--participant ID` repeated, or
//! `--all --exclude ID`); deleting, ending and kicking ask for confirmation on a terminal and
//! need `--yes` in a script.

use std::io::{BufRead, IsTerminal, Write};

use clap::{Arg, ArgAction, ArgMatches, Command};
use telnyx_rooms::{Client, Operation, Participants};
use uuid::Uuid;

use crate::output::Output;

/// The session actions that choose participants.
fn chooses_participants(op: Operation) -> bool {
    matches!(
        op,
        Operation::KickParticipants | Operation::MuteParticipants | Operation::UnmuteParticipants
    )
}

/// What cannot be undone.
fn destructive(op: Operation) -> bool {
    matches!(
        op,
        Operation::DeleteRoom
            | Operation::EndRoomSession
            | Operation::KickParticipants
            | Operation::DeleteRoomRecording
            | Operation::DeleteRoomRecordings
            | Operation::DeleteRoomComposition
    )
}

/// Adds `--all`, `--participant`, `--exclude` and `--yes` where they belong.
pub fn add_args(op: Operation, mut cmd: Command) -> Command {
    if op.is_bulk() {
        cmd = cmd.arg(
            Arg::new("all")
                .long("all")
                .action(ArgAction::SetTrue)
                .help("With no filter: act on everything in the account (with --yes)"),
        );
    }
    if chooses_participants(op) {
        cmd = cmd
            .arg(
                Arg::new("all")
                    .long("all")
                    .action(ArgAction::SetTrue)
                    .conflicts_with("participant")
                    .help("Act on every participant of the session"),
            )
            .arg(
                Arg::new("participant")
                    .long("participant")
                    .value_name("ID")
                    .action(ArgAction::Append)
                    .value_parser(uuid_arg)
                    .help("A participant to act on (repeat it for several)"),
            )
            .arg(
                Arg::new("exclude")
                    .long("exclude")
                    .value_name("ID")
                    .action(ArgAction::Append)
                    .value_parser(uuid_arg)
                    .requires("all")
                    .help("With --all: a participant to leave out (repeat it for several)"),
            );
    }
    if destructive(op) {
        cmd = cmd.arg(
            Arg::new("yes")
                .long("yes")
                .short('y')
                .action(ArgAction::SetTrue)
                .help("Do it without asking (needed when stdin is not a terminal)"),
        );
    }
    cmd
}

fn uuid_arg(v: &str) -> Result<Uuid, String> {
    v.parse()
        .map_err(|_| format!("`{v}` is not a participant id (a UUID)"))
}

/// A refusal before anything was sent (exit 2).
#[derive(Debug)]
pub struct Refused(pub String);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Refused {}

/// Checks the command's choices and asks for confirmation; `Ok(true)` when this module sends
/// the request itself (participants chosen with flags), `Ok(false)` when the generated command
/// should.
pub async fn run(
    client: &Client,
    op: Operation,
    command: &str,
    leaf: &ArgMatches,
    out: &Output,
) -> anyhow::Result<bool> {
    if op.is_bulk() {
        return bulk(client, op, command, leaf, out).await;
    }
    let body_given = leaf
        .try_get_one::<std::path::PathBuf>("json-body")
        .ok()
        .flatten()
        .is_some();
    let who = if chooses_participants(op) && !body_given {
        let chosen: Vec<Uuid> = leaf
            .get_many::<Uuid>("participant")
            .into_iter()
            .flatten()
            .copied()
            .collect();
        if !leaf.get_flag("all") && chosen.is_empty() {
            return Err(Refused(format!(
                "`{command}` needs to know whom: --all for every participant (with --exclude ID to \
                 leave some out), or --participant ID (repeat it for several)"
            ))
            .into());
        }
        Some(chosen)
    } else {
        None
    };
    if destructive(op) && !leaf.get_flag("yes") {
        confirm(command, leaf, who.as_deref())?;
    }
    let Some(chosen) = who else { return Ok(false) };
    act(client, op, command, leaf, chosen, out).await?;
    Ok(true)
}

/// A participants action (kick, mute, unmute) on the session `leaf` names, for `chosen` (all
/// when empty, less `--exclude`); each answers its own type, printed as it comes.
async fn act(
    client: &Client,
    op: Operation,
    command: &str,
    leaf: &ArgMatches,
    chosen: Vec<Uuid>,
    out: &Output,
) -> anyhow::Result<()> {
    let session = leaf
        .get_one::<Uuid>("room-session-id")
        .copied()
        .ok_or_else(|| Refused(format!("`{command}` needs the session's id")))?;
    let excluded: Vec<Uuid> = leaf
        .get_many::<Uuid>("exclude")
        .into_iter()
        .flatten()
        .copied()
        .collect();
    let participants = if chosen.is_empty() {
        Participants::All
    } else {
        Participants::Only(chosen)
    };
    match op {
        Operation::KickParticipants => out.one(
            &client
                .kick_participants()
                .room_session_id(session)
                .participants(participants)
                .exclude(excluded)
                .execute()
                .await?,
        )?,
        Operation::MuteParticipants => out.one(
            &client
                .mute_participants()
                .room_session_id(session)
                .participants(participants)
                .exclude(excluded)
                .execute()
                .await?,
        )?,
        _ => out.one(
            &client
                .unmute_participants()
                .room_session_id(session)
                .participants(participants)
                .exclude(excluded)
                .execute()
                .await?,
        )?,
    }
    Ok(())
}

/// A bulk delete: with a filter, the generated command sends it after confirmation
/// (`Ok(false)`); with none, it takes `--all`, and then the call that says so (`Ok(true)`).
async fn bulk(
    client: &Client,
    op: Operation,
    command: &str,
    leaf: &ArgMatches,
    out: &Output,
) -> anyhow::Result<bool> {
    let filtered = op.filters().any(|wire| {
        let id = crate::names::arg_id(wire);
        leaf.contains_id(&id)
            && leaf.value_source(&id) == Some(clap::parser::ValueSource::CommandLine)
    });
    if !filtered && !leaf.get_flag("all") {
        let flags: Vec<String> = op.filters().map(crate::names::flag).collect();
        return Err(Refused(format!(
            "`{command}` with no filter would delete everything in the account: choose with one \
             of {}, or say --all (with --yes)",
            flags.join(", ")
        ))
        .into());
    }
    if !leaf.get_flag("yes") {
        confirm(command, leaf, None)?;
    }
    if filtered {
        return Ok(false); // the generated command sends it, with its filters
    }
    let deleted = client.delete_every_recording_of_the_account().await?;
    out.one(&serde_json::json!({"room_recordings": deleted}))?;
    Ok(true)
}

/// Asks on a terminal; refuses in a script.
fn confirm(command: &str, leaf: &ArgMatches, chosen: Option<&[Uuid]>) -> anyhow::Result<()> {
    let target = match chosen {
        Some([]) => "every participant of the session".to_string(),
        Some(ids) => format!("{} participant(s)", ids.len()),
        None => leaf
            .ids()
            .filter_map(|id| {
                leaf.try_get_raw(id.as_str())
                    .ok()
                    .flatten()
                    .map(|v| (id, v))
            })
            .filter(|(id, _)| id.as_str() != "yes")
            .flat_map(|(_, v)| v.map(|s| s.to_string_lossy().into_owned()))
            .collect::<Vec<_>>()
            .join(" "),
    };
    if !std::io::stdin().is_terminal() {
        return Err(Refused(format!(
            "`{command}` cannot be undone: pass --yes to confirm (stdin is not a terminal, so \
             it cannot ask)"
        ))
        .into());
    }
    eprint!("{command} {target}: this cannot be undone. Continue? [y/N] ");
    std::io::stderr().flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    if matches!(answer.trim(), "y" | "Y" | "yes" | "YES" | "Yes") {
        Ok(())
    } else {
        Err(Refused(format!("`{command}` not confirmed: nothing was sent")).into())
    }
}
