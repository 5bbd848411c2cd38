//! `webhooks listen`: a local receiver that verifies every webhook (a bad signature is answered
//! 401 and reported), prints each event on a line (or as JSON lines with `-o jsonl`), keeps the
//! rooms' activity and prints a room's state after each change, and forwards verified events to
//! a local app. Telnyx is acknowledged at once: forwarding happens in the background, through a
//! bounded queue, with a timeout, and what could not be forwarded is reported. The activity is
//! pruned on a timer, so a receiver left running for days stays small. With `--store`, the
//! activity is shared by every receiver given the same PostgreSQL or Redis URL: each change is
//! printed by the one receiver that made it. A delivery is acknowledged once it is stored,
//! whatever happens to what is printed: a closed stdout or stderr never costs an
//! acknowledgement.

use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use clap::{Arg, ArgMatches, Command};
use telnyx_rooms::activity::Applied;
use telnyx_rooms::webhooks::axum::WebhookRejection;
use telnyx_rooms::webhooks::{RoomEvent, WebhookEvent, WebhookVerifier};
use telnyx_rooms_store::ActivityStore;

use crate::forward::Forwarder;
use crate::metrics::Metrics;

/// The `webhooks listen` command.
pub fn command() -> Command {
    Command::new("listen")
        .about("Receive webhooks locally: verify, print, keep each room's state, forward")
        .arg(
            Arg::new("port")
                .long("port")
                .value_parser(clap::value_parser!(u16))
                .default_value("8080")
                .help("The port to listen on"),
        )
        .arg(
            Arg::new("host")
                .long("host")
                .value_name("ADDRESS")
                .value_parser(clap::value_parser!(IpAddr))
                .default_value("127.0.0.1")
                .help("The address to listen on: 0.0.0.0 (or ::) behind a load balancer on another machine"),
        )
        .arg(
            Arg::new("print-room")
                .long("print-room")
                .action(clap::ArgAction::SetTrue)
                .help("With -o jsonl, each line carries the room's whole state after a change (by default: the event and what became of it)"),
        )
        .arg(
            Arg::new("reconcile-every")
                .long("reconcile-every")
                .value_name("SECONDS")
                .value_parser(clap::value_parser!(u64).range(1..))
                .help("Reconcile the store with the API on this timer (needs the API key): rooms and sessions whose deliveries all failed are found"),
        )
        .arg(
            Arg::new("public-key")
                .long("public-key")
                .env("TELNYX_PUBLIC_KEY")
                .required(true)
                .help("The Ed25519 public key webhooks are signed with (base64, from the portal)"),
        )
        .arg(
            Arg::new("forward-to")
                .long("forward-to")
                .value_parser(clap::value_parser!(reqwest::Url))
                .help("Forward every verified webhook, as received, to this URL (in the background: Telnyx is answered at once)"),
        )
        .arg(
            Arg::new("forward-timeout")
                .long("forward-timeout")
                .value_name("SECONDS")
                .value_parser(clap::value_parser!(u64).range(1..))
                .default_value("10")
                .help("How long a forward may take before it is reported as failed"),
        )
        .arg(
            Arg::new("metrics")
                .long("metrics")
                .value_name("ADDRESS:PORT")
                .value_parser(clap::value_parser!(SocketAddr))
                .help("Serve Prometheus metrics (deliveries by outcome, the store's calls, the forward queue) on http://ADDRESS:PORT/metrics, e.g. 127.0.0.1:9464"),
        )
        .arg(store_arg().default_value("memory:"))
        .arg(
            Arg::new("prune-after")
                .long("prune-after")
                .value_name("SECONDS")
                .value_parser(clap::value_parser!(u64))
                .default_value("86400")
                .help("Forget sessions that ended this long ago (checked every minute, and with --prune-every)"),
        )
        .arg(
            Arg::new("prune-every")
                .long("prune-every")
                .value_name("SECONDS")
                .value_parser(clap::value_parser!(u64).range(1..))
                .default_value("60")
                .hide(true),
        )
}

/// `--store URL`: where the rooms' activity is kept.
pub(crate) fn store_arg() -> Arg {
    Arg::new("store")
        .long("store")
        .value_name("URL")
        .env("TELNYX_ROOMS_STORE")
        .help("Where the rooms' activity is kept: memory: (this process), or postgres://... (sslmode=require for TLS) or redis://... (rediss:// for TLS) to share it with every receiver given the same URL")
}

/// Opens the store `--store` names, or says why not in one line naming the flag.
pub(crate) async fn open_store(m: &ArgMatches) -> anyhow::Result<Box<dyn ActivityStore>> {
    let url = m.get_one::<String>("store").expect("given or defaulted");
    telnyx_rooms_store::connect(url)
        .await
        .map_err(|e| telnyx_rooms::Error::Config(format!("--store: {e}")).into())
}

struct Listener {
    verifier: WebhookVerifier,
    store: Box<dyn ActivityStore>,
    forward: Option<Forwarder>,
    jsonl: bool,
    print_room: bool,
    metrics: Arc<Metrics>,
}

/// Prints a line on stdout; a closed or broken stdout is ignored (what is printed never costs
/// an acknowledgement).
pub(crate) fn say(line: impl std::fmt::Display) {
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}

/// Prints a line on stderr; a closed or broken stderr is ignored.
pub(crate) fn warn(line: impl std::fmt::Display) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

fn short(id: Option<uuid::Uuid>) -> String {
    id.map_or("-".into(), |id| id.to_string()[..8].to_string())
}

/// One line for an event: its type and what it is about.
fn describe(event: &WebhookEvent) -> String {
    let what = match &event.kind {
        RoomEvent::SessionStarted(p) => format!("session={}", short(Some(p.session_id))),
        RoomEvent::SessionEnded(p) => format!(
            "session={} reason={}",
            short(Some(p.session_id)),
            p.ended_reason.as_deref().unwrap_or("-")
        ),
        RoomEvent::ParticipantJoined(p) => format!(
            "participant={} context={}",
            short(Some(p.participant_id)),
            p.context.as_deref().unwrap_or("-")
        ),
        RoomEvent::ParticipantLeft(p) => format!(
            "participant={} reason={}",
            short(Some(p.participant_id)),
            p.left_reason.as_deref().unwrap_or("-")
        ),
        RoomEvent::RecordingStarted(p) => format!("recording={}", short(Some(p.recording_id))),
        RoomEvent::RecordingCompleted(p) => format!(
            "recording={} url={}",
            short(Some(p.recording_id)),
            p.download_url.as_deref().unwrap_or("-")
        ),
        RoomEvent::CompositionCompleted(p) => format!(
            "composition={} url={}",
            short(Some(p.composition_id)),
            p.download_url.as_deref().unwrap_or("-")
        ),
        _ => String::new(),
    };
    format!(
        "{} room={} {what}",
        event.kind.event_type(),
        short(event.kind.room_id())
    )
}

/// Counts a delivery in flight while it lives.
struct InFlight<'m>(&'m Metrics);

impl<'m> InFlight<'m> {
    fn new(m: &'m Metrics) -> Self {
        m.in_flight.inc();
        InFlight(m)
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.in_flight.dec();
    }
}

async fn receive(listener: Arc<Listener>, headers: HeaderMap, body: Bytes) -> Response {
    let started = std::time::Instant::now();
    let metrics = &*listener.metrics;
    let _in_flight = InFlight::new(metrics);
    let event = match listener.verifier.verify_headers(&body, &headers) {
        Ok(e) => e,
        Err(e) => {
            metrics.refused(e.kind(), started.elapsed());
            let rejection = WebhookRejection::from(e);
            warn(format_args!(
                "rejected ({}): {}",
                rejection.status().as_u16(),
                rejection.reason()
            ));
            return rejection.into_response();
        }
    };
    let applied = match listener.store.apply(&event).await {
        Ok(a) => a,
        Err(e) => {
            // Not acknowledged: Telnyx retries, and the store may be back by then.
            warn(format_args!("not stored ({e}): {}", describe(&event)));
            metrics.delivered("unavailable", started.elapsed());
            return (
                axum::http::StatusCode::SERVICE_UNAVAILABLE,
                "store unavailable",
            )
                .into_response();
        }
    };
    let outcome = match &applied {
        Applied::Changed => "changed",
        Applied::AlreadyKnown => "already_known",
        _ => "ignored",
    };
    report(&listener, &event, &body, applied).await;
    if let Some(forwarder) = &listener.forward {
        forwarder.offer(&event, headers, body);
    }
    metrics.delivered(outcome, started.elapsed());
    // Acknowledged at once: Telnyx does not wait for the forward (nor retry because of it).
    "ok".into_response()
}

/// Prints what became of a stored delivery: a line (and the room after a change), or a JSON
/// line with the event and the outcome (and the room with `--print-room`).
async fn report(listener: &Listener, event: &WebhookEvent, body: &[u8], applied: Applied) {
    let room_id = event.kind.room_id().filter(|_| applied.changed());
    let wants_room = !listener.jsonl || listener.print_room;
    let state = match room_id.filter(|_| wants_room) {
        Some(room) => listener
            .store
            .room(room)
            .await
            .ok()
            .and_then(|a| a.room(room)),
        None => None,
    };
    if listener.jsonl {
        let data = serde_json::from_slice::<serde_json::Value>(body)
            .map(|v| v["data"].clone())
            .unwrap_or_default();
        let mut line = serde_json::json!({
            "event": data,
            "applied": applied.to_string(),
            "changed": applied.changed(),
        });
        if listener.print_room {
            line["room"] = serde_json::to_value(&state).unwrap_or_default();
        }
        say(line);
        return;
    }
    say(describe(event));
    match state {
        Some(r) => {
            let present: Vec<&str> = r
                .present
                .iter()
                .map(|p| p.context.as_deref().unwrap_or("?"))
                .collect();
            say(format_args!(
                "  room {}: session {}, present {present:?}, {} recording, {} files",
                short(Some(r.id)),
                short(r.active_session.map(|s| s.id)),
                r.recordings_in_progress.len(),
                r.recordings.len() + r.compositions.len()
            ));
        }
        None => say(format_args!("  ({applied}: nothing changed)")),
    }
}

/// Prunes the activity every `every`, forgetting sessions that ended `after` ago.
async fn pruner(listener: Arc<Listener>, after: Duration, every: Duration) {
    let after = chrono::Duration::from_std(after).unwrap_or(chrono::Duration::MAX);
    let mut tick = tokio::time::interval(every);
    tick.tick().await;
    loop {
        tick.tick().await;
        let pruned = listener.store.prune(chrono::Utc::now() - after).await;
        let rooms = *pruned.as_ref().unwrap_or(&0);
        listener.metrics.ran("prune", pruned.is_ok(), rooms);
        match pruned {
            Ok(0) => {}
            Ok(rooms) => warn(format_args!(
                "pruned: {rooms} rooms forgot sessions that ended before the horizon, and what belonged to them"
            )),
            Err(e) => warn(format_args!("not pruned: {e}")),
        }
    }
}

/// Reconciles the store with the API every `every`, and says what it found (when anything).
async fn reconciler(listener: Arc<Listener>, client: telnyx_rooms::Client, every: Duration) {
    let mut tick = tokio::time::interval(every);
    tick.tick().await;
    loop {
        tick.tick().await;
        let reconciled = listener.store.reconcile_all(&client, 4).await;
        listener.metrics.ran("reconcile", reconciled.is_ok(), 0);
        match reconciled {
            Ok(report) if report.nothing_missed() => {}
            Ok(report) => warn(format_args!("reconciled: {report}")),
            Err(e) => warn(format_args!("not reconciled: {e}")),
        }
    }
}

/// Runs `webhooks listen` until Ctrl-C or SIGTERM; `client` is the API client, for
/// `--reconcile-every`.
pub async fn run(
    m: &ArgMatches,
    client: impl FnOnce() -> anyhow::Result<telnyx_rooms::Client>,
) -> anyhow::Result<()> {
    let key = m.get_one::<String>("public-key").expect("required");
    let verifier = WebhookVerifier::new(key)
        .map_err(|e| telnyx_rooms::Error::Config(format!("--public-key: {e}")))?;
    let metrics = Arc::new(Metrics::new());
    let forward = m.get_one::<reqwest::Url>("forward-to").cloned().map(|url| {
        let timeout = Duration::from_secs(*m.get_one::<u64>("forward-timeout").expect("default"));
        Forwarder::start(url, timeout, metrics.clone())
    });
    let store = open_store(m).await?;
    let listener = Arc::new(Listener {
        verifier,
        store,
        forward,
        jsonl: m.get_one::<String>("output").map(String::as_str) == Some("jsonl"),
        print_room: m.get_flag("print-room"),
        metrics: metrics.clone(),
    });
    let after = Duration::from_secs(*m.get_one::<u64>("prune-after").expect("default"));
    let every = Duration::from_secs(*m.get_one::<u64>("prune-every").expect("default"));
    tokio::spawn(pruner(listener.clone(), after, every));
    if let Some(secs) = m.get_one::<u64>("reconcile-every") {
        let client =
            client().map_err(|e| anyhow::anyhow!("--reconcile-every needs the API key: {e}"))?;
        tokio::spawn(reconciler(
            listener.clone(),
            client,
            Duration::from_secs(*secs),
        ));
    }
    let host = *m.get_one::<IpAddr>("host").expect("default");
    let addr = SocketAddr::new(host, *m.get_one::<u16>("port").expect("default"));
    let app = axum::Router::new()
        .fallback(move |headers: HeaderMap, body: Bytes| receive(listener.clone(), headers, body));
    let socket = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| anyhow::anyhow!("--host {host} --port {}: {e}", addr.port()))?;
    warn(format_args!("listening on http://{}", socket.local_addr()?));
    if let Some(addr) = m.get_one::<SocketAddr>("metrics") {
        let bound = crate::metrics::serve(&metrics, *addr).await?;
        warn(format_args!("metrics on http://{bound}/metrics"));
    }
    axum::serve(socket, app)
        .with_graceful_shutdown(async {
            let mut term =
                tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
                    .expect("a SIGTERM handler");
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
        })
        .await?;
    Ok(())
}
