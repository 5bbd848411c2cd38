//! `recordings download`: every recording of a session, of a room, or by id, into a folder.
//! Several at once, a progress bar per file and in total on a terminal (quiet otherwise); a
//! file already complete is skipped, a partial one resumed with a `Range` request; a download
//! URL that has expired (403) is replaced by a fresh one from the API; the size is checked
//! against what the server declared.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::{Arg, ArgAction, ArgMatches, Command};
use futures::{StreamExt, TryStreamExt};
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use telnyx_rooms::types::RoomRecording;
use telnyx_rooms::Client;
use tokio::io::AsyncWriteExt;
use uuid::Uuid;

/// Recordings downloaded at once.
const AT_ONCE: usize = 4;

/// The `recordings download` command.
pub fn command() -> Command {
    Command::new("download")
        .about("Download recordings: of a session, of a room, or by id")
        .arg(
            Arg::new("ids")
                .num_args(0..)
                .value_parser(clap::value_parser!(Uuid))
                .value_name("RECORDING_ID")
                .help("Recordings to download"),
        )
        .arg(
            Arg::new("session")
                .long("session")
                .value_parser(clap::value_parser!(Uuid))
                .help("Every recording of this session"),
        )
        .arg(
            Arg::new("room")
                .long("room")
                .value_parser(clap::value_parser!(Uuid))
                .help("Every recording of this room"),
        )
        .arg(
            // `--dir`, since `-o` is the output format everywhere; `--out` still works.
            Arg::new("out")
                .long("dir")
                .short('d')
                .alias("out")
                .value_name("DIR")
                .value_parser(clap::value_parser!(PathBuf))
                .default_value(".")
                .help("The folder to download into (created if absent)"),
        )
        .group(
            clap::ArgGroup::new("which")
                .args(["ids", "session", "room"])
                .required(true)
                .multiple(false),
        )
        .arg(
            Arg::new("quiet")
                .long("quiet")
                .action(ArgAction::SetTrue)
                .help("No progress bars, even on a terminal"),
        )
}

/// What happened to one recording.
#[derive(Debug)]
enum Outcome {
    Downloaded(u64),
    Resumed { from: u64, total: u64 },
    AlreadyComplete(u64),
}

/// What happened to one file, as `-o json|jsonl` prints it.
fn record(id: Uuid, path: &Path, outcome: &anyhow::Result<Outcome>) -> serde_json::Value {
    let (what, bytes, from) = match outcome {
        Ok(Outcome::Downloaded(n)) => ("downloaded", Some(*n), None),
        Ok(Outcome::Resumed { from, total }) => ("resumed", Some(*total), Some(*from)),
        Ok(Outcome::AlreadyComplete(n)) => ("already_complete", Some(*n), None),
        Err(_) => ("failed", None, None),
    };
    serde_json::json!({
        "id": id, "path": path, "outcome": what, "bytes": bytes, "resumed_at": from,
        "error": outcome.as_ref().err().map(|e| format!("{e:#}")),
    })
}

/// Runs `recordings download`; prints one line per file on stdout (a JSON line each with
/// `-o jsonl`, one JSON array at the end with `-o json`).
pub async fn run(client: &Client, m: &ArgMatches) -> anyhow::Result<()> {
    let format = m.get_one::<String>("output").map(String::as_str);
    let records = std::sync::Mutex::new(Vec::new());
    let recordings = which(client, m).await?;
    let out = m.get_one::<PathBuf>("out").expect("a default").clone();
    tokio::fs::create_dir_all(&out).await?;
    let (bars, total) = progress(m, recordings.len());
    let http = storage_client()?;
    let results: Vec<anyhow::Result<()>> = futures::stream::iter(recordings)
        .map(|r| {
            let (out, bars, total, http, records) = (&out, &bars, &total, &http, &records);
            async move {
                let bar = bars.insert_before(total, ProgressBar::new(0));
                bar.set_style(
                    ProgressStyle::with_template("{msg:>12} asking for the file...")
                        .expect("a valid template"),
                );
                bar.set_message(r.id.to_string()[..8].to_string());
                let outcome = fetch(client, http, &r, out, &bar).await;
                bar.finish_and_clear();
                total.inc(1);
                let path = out.join(file_name(&r));
                let line = report(format, r.id, &path, &outcome, records);
                if let Some(line) = line {
                    // A closed pipe does not stop the downloads; it only stops the lines.
                    bars.suspend(|| {
                        use std::io::Write;
                        let _ = writeln!(std::io::stdout(), "{line}");
                    });
                }
                outcome.map(|_| ())
            }
        })
        .buffer_unordered(AT_ONCE)
        .collect()
        .await;
    total.finish_and_clear();
    if format == Some("json") {
        use std::io::Write;
        let all = records.into_inner().expect("records");
        writeln!(std::io::stdout(), "{}", serde_json::to_string_pretty(&all)?)?;
    }
    let failed = results.iter().filter(|r| r.is_err()).count();
    if failed > 0 {
        anyhow::bail!("{failed} of {} recordings failed", results.len());
    }
    Ok(())
}

/// The progress bars: one for the whole, hidden with `--quiet` or off a terminal.
fn progress(m: &ArgMatches, files: usize) -> (MultiProgress, ProgressBar) {
    let bars = MultiProgress::with_draw_target(
        if m.get_flag("quiet") || !std::io::stderr().is_terminal() {
            ProgressDrawTarget::hidden()
        } else {
            ProgressDrawTarget::stderr()
        },
    );
    let total = bars.add(ProgressBar::new(files as u64));
    total.set_style(
        ProgressStyle::with_template("{msg:>12} {wide_bar} {pos}/{len} files")
            .expect("a valid template"),
    );
    total.set_message("recordings");
    (bars, total)
}

/// The client for the files' presigned URLs.
fn storage_client() -> anyhow::Result<reqwest::Client> {
    // Presigned URLs: the API key is never sent to them. Storage may redirect (a region's
    // endpoint), but never from https to plain http, where the file would travel in clear.
    Ok(reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::custom(|hop| {
            let left_https = hop.previous().last().is_some_and(|p| p.scheme() == "https")
                && hop.url().scheme() != "https";
            if left_https {
                let mut to = hop.url().clone();
                to.set_query(None); // a presigned URL's signature stays out of the message
                hop.error(format!("refused a redirect from https to {to}"))
            } else if hop.previous().len() > 10 {
                hop.error("more than 10 redirects")
            } else {
                hop.follow()
            }
        }))
        .build()?)
}

/// The line printed for one recording (`None` for `-o json`, whose records are printed
/// together at the end).
fn report(
    format: Option<&str>,
    id: uuid::Uuid,
    path: &std::path::Path,
    outcome: &anyhow::Result<Outcome>,
    records: &std::sync::Mutex<Vec<serde_json::Value>>,
) -> Option<String> {
    match (format, outcome) {
        (Some("json"), _) => {
            records
                .lock()
                .expect("records")
                .push(record(id, path, outcome));
            None
        }
        (Some("jsonl"), _) => Some(record(id, path, outcome).to_string()),
        (_, Ok(Outcome::Downloaded(n))) => Some(format!("{} downloaded {n} bytes", id)),
        (_, Ok(Outcome::Resumed { from, total })) => {
            Some(format!("{} resumed at {from}, {total} bytes", id))
        }
        (_, Ok(Outcome::AlreadyComplete(n))) => Some(format!("{} already complete, {n} bytes", id)),
        (_, Err(e)) => Some(format!("{} failed: {e:#}", id)),
    }
}

/// The recordings the arguments name.
async fn which(client: &Client, m: &ArgMatches) -> anyhow::Result<Vec<RoomRecording>> {
    if let Some(session) = m.get_one::<Uuid>("session") {
        return Ok(client
            .list_room_recordings()
            .filter_session_id(*session)
            .stream()
            .try_collect()
            .await?);
    }
    if let Some(room) = m.get_one::<Uuid>("room") {
        return Ok(client
            .list_room_recordings()
            .filter_room_id(*room)
            .stream()
            .try_collect()
            .await?);
    }
    let mut out = Vec::new();
    for id in m.get_many::<Uuid>("ids").into_iter().flatten() {
        out.push(
            client
                .get_room_recording()
                .room_recording_id(*id)
                .execute()
                .await?,
        );
    }
    Ok(out)
}

/// The file a recording goes to: its id, with the extension of its URL.
fn file_name(r: &RoomRecording) -> String {
    let ext = r
        .download_url
        .as_deref()
        .and_then(|u| reqwest::Url::parse(u).ok())
        .and_then(|u| {
            u.path_segments()?
                .next_back()?
                .rsplit_once('.')
                .map(|(_, e)| e.to_string())
        })
        .unwrap_or_else(|| "bin".into());
    format!("{}.{ext}", r.id)
}

/// `Content-Range: bytes a-b/total` -> total.
fn range_total(headers: &reqwest::header::HeaderMap) -> Option<u64> {
    headers
        .get(reqwest::header::CONTENT_RANGE)?
        .to_str()
        .ok()?
        .rsplit_once('/')?
        .1
        .parse()
        .ok()
}

async fn fetch(
    client: &Client,
    http: &reqwest::Client,
    recording: &RoomRecording,
    dir: &Path,
    bar: &ProgressBar,
) -> anyhow::Result<Outcome> {
    let path = dir.join(file_name(recording));
    let mut url = recording
        .download_url
        .clone()
        .ok_or_else(|| anyhow::anyhow!("no download URL (is the recording completed?)"))?;
    let mut refreshed = false;
    loop {
        let have = tokio::fs::metadata(&path).await.map_or(0, |m| m.len());
        let mut request = http.get(&url);
        if have > 0 {
            request = request.header(reqwest::header::RANGE, format!("bytes={have}-"));
        }
        let response = request.send().await?;
        let status = response.status();
        if status == reqwest::StatusCode::FORBIDDEN && !refreshed {
            // A presigned URL that expired: the API hands out a fresh one.
            url = client
                .get_room_recording()
                .room_recording_id(recording.id)
                .execute()
                .await?
                .download_url
                .ok_or_else(|| anyhow::anyhow!("the recording has no download URL any more"))?;
            refreshed = true;
            continue;
        }
        if status == reqwest::StatusCode::RANGE_NOT_SATISFIABLE {
            // Nothing past what we have: complete, if it is the whole file.
            let total = range_total(response.headers());
            if total == Some(have) {
                return Ok(Outcome::AlreadyComplete(have));
            }
            anyhow::bail!(
                "the file on disk ({have} bytes) is longer than the recording ({total:?})"
            );
        }
        if !status.is_success() {
            anyhow::bail!("the download answered {status}");
        }
        return save(response, have, &path, bar).await;
    }
}

/// Writes a successful answer to `path`: appended after the `have` bytes already there when it
/// is the rest of the file (206), over them when it is the whole (200); the size on disk must
/// then be the one the server declared.
async fn save(
    response: reqwest::Response,
    have: u64,
    path: &Path,
    bar: &ProgressBar,
) -> anyhow::Result<Outcome> {
    let (from, total) = if response.status() == reqwest::StatusCode::PARTIAL_CONTENT {
        let total = range_total(response.headers())
            .ok_or_else(|| anyhow::anyhow!("a partial answer without its total size"))?;
        (have, total)
    } else {
        // The whole file (the server ignored the range, or there was nothing yet).
        let total = response
            .content_length()
            .ok_or_else(|| anyhow::anyhow!("the answer does not say its size"))?;
        (0, total)
    };
    bar.set_style(
        ProgressStyle::with_template("{msg:>12} {wide_bar} {bytes}/{total_bytes}")
            .expect("a valid template"),
    );
    bar.set_length(total);
    bar.set_position(from);
    let mut file = tokio::fs::OpenOptions::new()
        .create(true)
        .write(true)
        .append(from > 0)
        .truncate(from == 0)
        .open(path)
        .await?;
    let mut body = response.bytes_stream();
    while let Some(chunk) = body.next().await {
        let chunk = chunk?;
        file.write_all(&chunk).await?;
        bar.inc(chunk.len() as u64);
    }
    file.flush().await?;
    let size = tokio::fs::metadata(path).await?.len();
    if size != total {
        anyhow::bail!(
            "{} has {size} bytes, the server declared {total}",
            path.display()
        );
    }
    Ok(if from > 0 {
        Outcome::Resumed { from, total }
    } else {
        Outcome::Downloaded(total)
    })
}
