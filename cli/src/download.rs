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
            Arg::new("out")
                .long("out")
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

/// Runs `recordings download`; prints one line per file on stdout.
pub async fn run(client: &Client, m: &ArgMatches) -> anyhow::Result<()> {
    let recordings = which(client, m).await?;
    let out = m.get_one::<PathBuf>("out").expect("a default").clone();
    tokio::fs::create_dir_all(&out).await?;
    let bars = MultiProgress::with_draw_target(
        if m.get_flag("quiet") || !std::io::stderr().is_terminal() {
            ProgressDrawTarget::hidden()
        } else {
            ProgressDrawTarget::stderr()
        },
    );
    let total = bars.add(ProgressBar::new(recordings.len() as u64));
    total.set_style(
        ProgressStyle::with_template("{msg:>12} {wide_bar} {pos}/{len} files")
            .expect("a valid template"),
    );
    total.set_message("recordings");
    let http = reqwest::Client::new(); // presigned URLs: the API key is never sent to them
    let results: Vec<anyhow::Result<()>> = futures::stream::iter(recordings)
        .map(|r| {
            let (out, bars, total, http) = (&out, &bars, &total, &http);
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
                let line = match &outcome {
                    Ok(Outcome::Downloaded(n)) => format!("downloaded {n} bytes"),
                    Ok(Outcome::Resumed { from, total }) => {
                        format!("resumed at {from}, {total} bytes")
                    }
                    Ok(Outcome::AlreadyComplete(n)) => format!("already complete, {n} bytes"),
                    Err(e) => format!("failed: {e:#}"),
                };
                bars.suspend(|| println!("{} {line}", r.id));
                outcome.map(|_| ())
            }
        })
        .buffer_unordered(AT_ONCE)
        .collect()
        .await;
    total.finish_and_clear();
    let failed = results.iter().filter(|r| r.is_err()).count();
    if failed > 0 {
        anyhow::bail!("{failed} of {} recordings failed", results.len());
    }
    Ok(())
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
        let (from, total) = if status == reqwest::StatusCode::PARTIAL_CONTENT {
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
            .open(&path)
            .await?;
        let mut body = response.bytes_stream();
        while let Some(chunk) = body.next().await {
            let chunk = chunk?;
            file.write_all(&chunk).await?;
            bar.inc(chunk.len() as u64);
        }
        file.flush().await?;
        let size = tokio::fs::metadata(&path).await?.len();
        if size != total {
            anyhow::bail!(
                "{} has {size} bytes, the server declared {total}",
                path.display()
            );
        }
        return Ok(if from > 0 {
            Outcome::Resumed { from, total }
        } else {
            Outcome::Downloaded(total)
        });
    }
}
