//! `webhooks reconcile`: brings the shared store to what the API says, once. Rooms and sessions
//! whose every delivery failed are found among the account's sessions; only what changed is
//! written. Prints the report (a line, or JSON with `-o json`).

use clap::{Arg, ArgMatches, Command};
use telnyx_rooms::activity::ReconcileReport;

use crate::listen::{open_store, say, store_arg};

/// The `webhooks reconcile` command.
pub fn command() -> Command {
    Command::new("reconcile")
        .about("Bring the shared store to what the API says (rooms and sessions whose every delivery failed are found)")
        .arg(store_arg().required(true))
        .arg(
            Arg::new("concurrency")
                .long("concurrency")
                .value_parser(clap::value_parser!(u64).range(1..=64))
                .default_value("4")
                .help("Rooms read from the API at a time"),
        )
}

/// The report as JSON: every count, and the rooms that could not be read with why.
fn json(report: &ReconcileReport) -> serde_json::Value {
    serde_json::json!({
        "rooms": report.rooms,
        "rooms_missing": report.rooms_missing,
        "sessions_ended": report.sessions_ended,
        "sessions_missing": report.sessions_missing,
        "participants_left": report.participants_left,
        "participants_missing": report.participants_missing,
        "recordings_missing": report.recordings_missing,
        "compositions_missing": report.compositions_missing,
        "nothing_missed": report.nothing_missed(),
        "failed": report.failed.iter().map(|(room, e)| serde_json::json!({
            "room_id": room, "error": e.to_string(),
        })).collect::<Vec<_>>(),
    })
}

/// Runs `webhooks reconcile` with `client`; `as_json` for `-o json`/`jsonl`.
pub async fn run(
    m: &ArgMatches,
    client: &telnyx_rooms::Client,
    as_json: bool,
) -> anyhow::Result<()> {
    let store = open_store(m).await?;
    let concurrency = *m.get_one::<u64>("concurrency").expect("default") as usize;
    let report = store.reconcile_all(client, concurrency).await?;
    if as_json {
        say(json(&report));
    } else {
        say(&report);
        for (room, e) in &report.failed {
            say(format_args!("  room {room}: {e}"));
        }
    }
    if report.failed.is_empty() {
        Ok(())
    } else {
        anyhow::bail!("{} rooms could not be read", report.failed.len())
    }
}
