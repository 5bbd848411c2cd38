//! The developer's console: one page served by the emulator at `GET {base}/_emulator/console`
//! (no build step: the HTML, CSS and script are in `console/` and compiled into the binary),
//! and the control requests it needs beyond the API: the emulator's facts (`GET
//! _emulator/info`) and the replay of a delivery (`POST _emulator/webhooks/{seq}/replay`).

use std::sync::Arc;

use bytes::Bytes;
use hyper::StatusCode;
use serde_json::json;

use crate::delivery::Replay;
use crate::http::{full, Response};
use crate::shared::Shared;

const PAGE: &str = include_str!("console/index.html");
const SCRIPT: &str = include_str!("console/console.js");
const STYLE: &str = include_str!("console/console.css");

/// The answer to a console request, if `control` (the path after `_emulator/`) is one.
pub(crate) async fn answer(shared: &Arc<Shared>, method: &str, control: &str) -> Option<Response> {
    let file = |content_type: &str, body: &'static str| {
        hyper::Response::builder()
            .header("content-type", content_type)
            .header("cache-control", "no-store")
            .body(full(Bytes::from_static(body.as_bytes())))
            .expect("valid response")
    };
    match (method, control) {
        ("GET", "console") => Some(file("text/html; charset=utf-8", PAGE)),
        ("GET", "console.js") => Some(file("text/javascript; charset=utf-8", SCRIPT)),
        ("GET", "console.css") => Some(file("text/css; charset=utf-8", STYLE)),
        ("GET", "info") => {
            let chaos = crate::shared::lock(&shared.chaos).0;
            let info = json!({"data": {
                "webhook_public_key": shared.signer.public_key_base64(),
                "chaos": chaos,
                "webhook_log_first_seq": crate::shared::lock(&shared.deliveries).first_seq(),
            }});
            Some(crate::http::json_response(StatusCode::OK, &info))
        }
        ("POST", path) => {
            let seq = path.strip_prefix("webhooks/")?.strip_suffix("/replay")?;
            Some(replay(shared, seq).await)
        }
        _ => None,
    }
}

async fn replay(shared: &Arc<Shared>, seq: &str) -> Response {
    use crate::store::{invalid, not_found};
    let refused = |r: crate::store::Refusal| crate::http::refused(r);
    let Ok(n) = seq.parse::<u64>() else {
        return refused(invalid(
            "seq",
            format!("`seq` must be a delivery's sequence number, got `{seq}`"),
            false,
        ));
    };
    match crate::delivery::replay(shared, n).await {
        Ok(d) => crate::http::json_response(StatusCode::OK, &json!({ "data": d })),
        Err(Replay::Unknown) => refused(not_found("webhook delivery", seq)),
        Err(Replay::NeverSent) => refused(invalid(
            "seq",
            format!("delivery {seq} was never sent (dropped or refused): nothing to replay"),
            false,
        )),
        Err(Replay::Refused(why)) => refused(invalid("seq", why, false)),
    }
}
