//! Test support: a loopback receiver that records every request (webhooks) and answers what the
//! test queued, and helpers that wait for webhooks and verify them as a receiver would.
#![allow(dead_code)]

mod capture;
pub mod hooks;

pub use capture::*;

/// `GET {base}{path}` with a key, as JSON.
pub async fn get_json(base: &str, path: String) -> serde_json::Value {
    reqwest::Client::new()
        .get(format!("{base}{path}"))
        .bearer_auth(telnyx_rooms_emulator::EMULATOR_KEY)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// A loopback webhook receiver that accepts connections and never answers; its URL.
pub async fn stalling() -> String {
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hooks", l.local_addr().unwrap());
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((s, _)) = l.accept().await {
            held.push(s);
        }
    });
    url
}
