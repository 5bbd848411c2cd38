//! Receives Telnyx room webhooks with axum: verifies the signature, parses the event, logs it.
//!
//! ```sh
//! # With your key from the Telnyx portal, listening on 127.0.0.1:8080/webhooks:
//! TELNYX_PUBLIC_KEY=... cargo run --example webhook_receiver --features webhooks
//! # Without: a demo that signs two webhooks with a throw-away key and posts them to itself.
//! cargo run --example webhook_receiver --features webhooks
//! ```

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use telnyx_rooms::webhooks::testing::TestSigner;
use telnyx_rooms::webhooks::{RoomEvent, WebhookVerifier};

/// The handler: the raw body is needed, because the signature covers its exact bytes.
async fn receive(
    State(verifier): State<Arc<WebhookVerifier>>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    let event = match verifier.verify_headers(&body, &headers) {
        Ok(event) => event,
        Err(e) => {
            // Refuse, and say why in the log only.
            println!("refused a webhook: {e}");
            return StatusCode::BAD_REQUEST;
        }
    };
    let attempt = event.meta.as_ref().and_then(|m| m.attempt).unwrap_or(1);
    match &event.kind {
        RoomEvent::SessionStarted(p) => {
            println!("session {:?} started in room {:?}", p.session_id, p.room_id)
        }
        RoomEvent::SessionEnded(p) => println!(
            "session {:?} ended after {:?} s",
            p.session_id, p.duration_secs
        ),
        RoomEvent::ParticipantJoined(p) => {
            println!("{:?} joined session {:?}", p.context, p.session_id)
        }
        RoomEvent::ParticipantLeft(p) => println!("{:?} left ({:?})", p.context, p.left_reason),
        RoomEvent::RecordingStarted(p) => println!("recording {:?} started", p.recording_id),
        RoomEvent::RecordingCompleted(p) => println!(
            "recording {:?} ready at {:?}",
            p.recording_id, p.download_url
        ),
        RoomEvent::CompositionCompleted(p) => println!(
            "composition {:?} ready at {:?}",
            p.composition_id, p.download_url
        ),
        other => println!("event {} (not handled here)", other.event_type()),
    }
    println!("  id {:?}, delivery attempt {attempt}", event.id);
    StatusCode::OK
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let demo = std::env::var("TELNYX_PUBLIC_KEY").is_err();
    let signer = TestSigner::generate();
    let verifier = if demo {
        WebhookVerifier::new(&signer.public_key_base64())?
    } else {
        WebhookVerifier::from_env()?
    };
    let app = Router::new()
        .route("/webhooks", post(receive))
        .with_state(Arc::new(verifier));
    let addr = if demo {
        "127.0.0.1:0".to_string()
    } else {
        std::env::var("ADDR").unwrap_or_else(|_| "127.0.0.1:8080".into())
    };
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    let url = format!("http://{}/webhooks", listener.local_addr()?);
    println!("listening on {url}");
    if !demo {
        axum::serve(listener, app).await?;
        return Ok(());
    }

    tokio::spawn(async move { axum::serve(listener, app).await });
    let body = br#"{"data":{"event_type":"video.room.participant.joined","id":"6b61621f-62e0-4aad-ab11-9fd19e272e73","occurred_at":"2026-01-01T10:00:00Z","record_type":"event","payload":{"context":"Alice","participant_id":"5ccc7b54-4df3-4bca-a65a-35a1ecc777f0","room_id":"0ccc7b54-4df3-4bca-a65a-35a1ecc777f0","session_id":"7b61621f-62e0-4aad-ab11-9fd19e272e73"}},"meta":{"attempt":1,"delivered_to":"http://127.0.0.1/webhooks"}}"#;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_secs() as i64;
    let http = reqwest::Client::new();
    for (label, body_sent) in [
        ("signed", body.to_vec()),
        (
            "tampered",
            String::from_utf8_lossy(body)
                .replace("Alice", "Mallory")
                .into_bytes(),
        ),
    ] {
        let status = http
            .post(&url)
            .headers(signer.headers(now, body)) // signs the original body
            .body(body_sent)
            .send()
            .await?
            .status();
        println!("demo: {label} webhook answered {status}");
    }
    Ok(())
}
