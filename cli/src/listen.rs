//! `webhooks listen`: a local receiver that verifies every webhook (a bad signature is answered
//! 401 and reported), prints each event on a line, keeps the rooms' activity and prints a
//! room's state after each change, and forwards verified events to a local app.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use clap::{Arg, ArgMatches, Command};
use telnyx_rooms::activity::RoomActivity;
use telnyx_rooms::webhooks::axum::WebhookRejection;
use telnyx_rooms::webhooks::{RoomEvent, WebhookEvent, WebhookVerifier};

/// The `webhooks listen` command.
pub fn command() -> Command {
    Command::new("listen")
        .about("Receive webhooks locally: verify, print, keep each room's state, forward")
        .arg(
            Arg::new("port")
                .long("port")
                .value_parser(clap::value_parser!(u16))
                .default_value("8080")
                .help("The port to listen on (127.0.0.1)"),
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
                .help("Forward every verified webhook, as received, to this URL"),
        )
}

struct Listener {
    verifier: WebhookVerifier,
    activity: Mutex<RoomActivity>,
    forward_to: Option<reqwest::Url>,
    http: reqwest::Client,
}

fn short(id: Option<uuid::Uuid>) -> String {
    id.map_or("-".into(), |id| id.to_string()[..8].to_string())
}

/// One line for an event: its type and what it is about.
fn describe(event: &WebhookEvent) -> String {
    let what = match &event.kind {
        RoomEvent::SessionStarted(p) => format!("session={}", short(p.session_id)),
        RoomEvent::SessionEnded(p) => format!(
            "session={} reason={}",
            short(p.session_id),
            p.ended_reason.as_deref().unwrap_or("-")
        ),
        RoomEvent::ParticipantJoined(p) => format!(
            "participant={} context={}",
            short(p.participant_id),
            p.context.as_deref().unwrap_or("-")
        ),
        RoomEvent::ParticipantLeft(p) => format!(
            "participant={} reason={}",
            short(p.participant_id),
            p.left_reason.as_deref().unwrap_or("-")
        ),
        RoomEvent::RecordingStarted(p) => format!("recording={}", short(p.recording_id)),
        RoomEvent::RecordingCompleted(p) => format!(
            "recording={} url={}",
            short(p.recording_id),
            p.download_url.as_deref().unwrap_or("-")
        ),
        RoomEvent::CompositionCompleted(p) => format!(
            "composition={} url={}",
            short(p.composition_id),
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

async fn receive(listener: Arc<Listener>, headers: HeaderMap, body: Bytes) -> Response {
    let event = match listener.verifier.verify_headers(&body, &headers) {
        Ok(e) => e,
        Err(e) => {
            let rejection = WebhookRejection::from(e);
            eprintln!(
                "rejected ({}): {}",
                rejection.status().as_u16(),
                rejection.reason()
            );
            return rejection.into_response();
        }
    };
    println!("{}", describe(&event));
    let state = {
        let mut activity = listener.activity.lock().expect("activity");
        match (activity.apply(&event), event.kind.room_id()) {
            (applied, Some(room)) if applied.changed() => activity.room(room),
            _ => None,
        }
    };
    match state {
        Some(r) => {
            let present: Vec<&str> = r
                .present
                .iter()
                .map(|p| p.context.as_deref().unwrap_or("?"))
                .collect();
            println!(
                "  room {}: session {}, present {present:?}, {} recording, {} files",
                short(Some(r.id)),
                short(r.active_session.map(|s| s.id)),
                r.recordings_in_progress.len(),
                r.recordings.len() + r.compositions.len()
            );
        }
        None => println!("  (a duplicate or a late event: nothing changed)"),
    }
    if let Some(url) = &listener.forward_to {
        let mut forward = listener.http.post(url.clone()).body(body);
        for name in [
            "content-type",
            "telnyx-signature-ed25519",
            "telnyx-timestamp",
        ] {
            if let Some(v) = headers.get(name) {
                forward = forward.header(name, v.clone());
            }
        }
        if let Err(e) = forward.send().await {
            eprintln!("forwarding to {url} failed: {e}");
        }
    }
    "ok".into_response()
}

/// Runs `webhooks listen` until Ctrl-C or SIGTERM.
pub async fn run(m: &ArgMatches) -> anyhow::Result<()> {
    let key = m.get_one::<String>("public-key").expect("required");
    let verifier = WebhookVerifier::new(key)
        .map_err(|e| telnyx_rooms::Error::Config(format!("--public-key: {e}")))?;
    let listener = Arc::new(Listener {
        verifier,
        activity: Mutex::default(),
        forward_to: m.get_one::<reqwest::Url>("forward-to").cloned(),
        http: reqwest::Client::new(),
    });
    let addr = SocketAddr::from(([127, 0, 0, 1], *m.get_one::<u16>("port").expect("default")));
    let app = axum::Router::new()
        .fallback(move |headers: HeaderMap, body: Bytes| receive(listener.clone(), headers, body));
    let socket = tokio::net::TcpListener::bind(addr).await?;
    eprintln!("listening on http://{}", socket.local_addr()?);
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
