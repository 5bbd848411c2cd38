//! An axum extractor that verifies a webhook before anything parses it (feature `axum`).
//!
//! Frameworks that parse a JSON body before the handler sees it break signature checks: the
//! signature covers the exact bytes Telnyx sent, and a re-serialised body (by a proxy, or by a
//! JSON extractor) no longer matches. [`VerifiedWebhook`] reads the raw body itself, verifies it
//! with the [`WebhookVerifier`] in the app's state, and only then parses the event.
//!
//! ```no_run
//! use axum::{routing::post, Router};
//! use telnyx_rooms::webhooks::axum::VerifiedWebhook;
//! use telnyx_rooms::webhooks::WebhookVerifier;
//!
//! async fn hook(VerifiedWebhook(event): VerifiedWebhook) -> &'static str {
//!     println!("{}", event.kind.event_type());
//!     "ok"
//! }
//!
//! # fn app() -> Result<Router, telnyx_rooms::webhooks::WebhookError> {
//! let app = Router::new()
//!     .route("/hooks", post(hook))
//!     .with_state(WebhookVerifier::from_env()?); // or any state with `FromRef` for it
//! # Ok(app) }
//! ```

use axum_core::extract::{FromRef, FromRequest, Request};
use axum_core::response::{IntoResponse, Response};
use bytes::Bytes;
use http::StatusCode;

use super::{WebhookError, WebhookEvent, WebhookVerifier};

/// A webhook whose signature and timestamp were verified, parsed into its event.
///
/// Rejections (the body is never parsed before it is verified):
/// - `401 Unauthorized`: a signature header is missing, not base64 or the wrong length, or the
///   signature does not match the body (a forged or re-serialised body);
/// - `400 Bad Request`: the timestamp is missing, malformed or outside the tolerance (a replay,
///   or a wrong clock), the body could not be read, or it is verified but not an event;
/// - `413 Content Too Large`: the body is larger than the app's body limit (axum's
///   `DefaultBodyLimit`, 2 MB unless the app sets another), as axum's own extractors answer it;
///   nothing of it is verified or parsed.
///
/// Each with a short reason as plain text.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedWebhook(pub WebhookEvent);

/// Why [`VerifiedWebhook`] refused a request: its status and the verifier's reason.
#[derive(Debug)]
pub struct WebhookRejection {
    status: StatusCode,
    reason: String,
}

impl WebhookRejection {
    /// `401` for a missing or bad signature, `413` for a body over the limit, `400` for the
    /// rest.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The reason, as the response body says it.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

impl From<WebhookError> for WebhookRejection {
    fn from(e: WebhookError) -> Self {
        let status = match &e {
            WebhookError::MissingHeader(h) if *h == super::SIGNATURE_HEADER => {
                StatusCode::UNAUTHORIZED
            }
            WebhookError::BadBase64(_)
            | WebhookError::WrongLength { .. }
            | WebhookError::SignatureMismatch => StatusCode::UNAUTHORIZED,
            _ => StatusCode::BAD_REQUEST,
        };
        WebhookRejection {
            status,
            reason: e.to_string(),
        }
    }
}

impl IntoResponse for WebhookRejection {
    fn into_response(self) -> Response {
        (self.status, self.reason).into_response()
    }
}

impl<S> FromRequest<S> for VerifiedWebhook
where
    S: Send + Sync,
    WebhookVerifier: FromRef<S>,
{
    type Rejection = WebhookRejection;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let verifier = WebhookVerifier::from_ref(state);
        let headers = req.headers().clone();
        let body = Bytes::from_request(req, state)
            .await
            .map_err(|e| WebhookRejection {
                // 413 for a body over the limit, as axum says it; 400 for one that broke.
                status: e.status(),
                reason: format!("the body could not be read: {e}"),
            })?;
        Ok(VerifiedWebhook(verifier.verify_headers(&body, &headers)?))
    }
}
