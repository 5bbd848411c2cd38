//! Webhooks captured by a [`CaptureServer`](super::CaptureServer): waiting for them, and
//! verifying each with a public key as a receiver in production would.

use std::time::{Duration, Instant};

use telnyx_rooms::webhooks::{WebhookEvent, WebhookVerifier};

use super::{CaptureServer, Captured};

/// Waits until `server` has received `n` requests in all (kept in `seen`), or fails after 10 s.
pub async fn received(server: &CaptureServer, seen: &mut Vec<Captured>, n: usize) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while seen.len() < n {
        seen.extend(server.take());
        assert!(
            Instant::now() < deadline,
            "{} of {n} webhooks arrived: {:?}",
            seen.len(),
            seen.iter().map(|c| c.json()).collect::<Vec<_>>()
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Verifies each webhook's signature with `public_key` (base64) and parses it.
pub fn verified(public_key: &str, hooks: &[Captured]) -> Vec<WebhookEvent> {
    let verifier = WebhookVerifier::new(public_key).unwrap();
    hooks
        .iter()
        .map(|h| {
            verifier
                .verify(
                    &h.body,
                    h.header("telnyx-signature-ed25519"),
                    h.header("telnyx-timestamp"),
                )
                .unwrap_or_else(|e| panic!("{e}: {:?}", h.json()))
        })
        .collect()
}
