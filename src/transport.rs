//! The transport hook: every generated operation passes through [`ClientHooks`] here, so auth,
//! pre-send validation, tracing and error-body handling apply to all 25 at once.

use std::fmt;
use std::time::Instant;

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::{HeaderValue, AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, USER_AGENT};
use tracing::Instrument;

use crate::error::RAW_BODY_CODE;
use crate::{types, validate, Client};

/// Per-client state carried by the generated [`Client`]: header values built once.
#[derive(Clone)]
pub struct Inner {
    auth: HeaderValue,
    user_agent: HeaderValue,
}

impl Inner {
    pub(crate) fn new(auth: HeaderValue, user_agent: HeaderValue) -> Self {
        Self { auth, user_agent }
    }
}

impl fmt::Debug for Inner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Inner")
            .field("auth", &"<redacted>")
            .field("user_agent", &self.user_agent)
            .finish()
    }
}

impl ClientHooks<Inner> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        validate::check(info.operation_id, request)
            .map_err(progenitor_client::Error::InvalidRequest)?;
        let headers = request.headers_mut();
        headers.insert(AUTHORIZATION, self.inner().auth.clone());
        headers.insert(USER_AGENT, self.inner().user_agent.clone());
        Ok(())
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let span = tracing::debug_span!(
            "telnyx_rooms.call",
            operation = info.operation_id,
            method = %request.method(),
            path = validate::path_template(info.operation_id),
            status = tracing::field::Empty,
            elapsed_ms = tracing::field::Empty,
        );
        let started = Instant::now();
        let result = self
            .client()
            .execute(request)
            .instrument(span.clone())
            .await;
        let _enter = span.enter();
        span.record("elapsed_ms", started.elapsed().as_millis() as u64);
        match result {
            Ok(resp) => {
                span.record("status", resp.status().as_u16());
                tracing::debug!("response");
                if resp.status().is_client_error() || resp.status().is_server_error() {
                    normalise_error_body(resp).await
                } else {
                    Ok(resp)
                }
            }
            Err(e) => {
                tracing::debug!(
                    timeout = e.is_timeout(),
                    connect = e.is_connect(),
                    "request failed"
                );
                Err(e)
            }
        }
    }
}

/// Makes sure an error answer decodes as Telnyx's envelope, so that the status reaches the
/// caller whatever the body: a body that is not the envelope (a proxy's HTML page, an empty
/// 401) is carried in one marked entry that [`crate::Error`] turns back into the raw body.
async fn normalise_error_body(resp: reqwest::Response) -> reqwest::Result<reqwest::Response> {
    let status = resp.status();
    let version = resp.version();
    let mut headers = resp.headers().clone();
    let body = resp.bytes().await?;
    let decodes =
        serde_json::from_slice::<types::Errors>(&body).is_ok_and(|e| !e.errors.is_empty());
    let body = if decodes {
        body
    } else {
        let marked = types::Errors {
            errors: vec![types::Error {
                code: Some(RAW_BODY_CODE.to_string()),
                detail: Some(String::from_utf8_lossy(&body).into_owned()),
                ..Default::default()
            }],
        };
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        serde_json::to_vec(&marked)
            .expect("serialising a plain struct")
            .into()
    };
    headers.remove(CONTENT_LENGTH);
    let mut rebuilt = http::Response::new(body);
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    *rebuilt.headers_mut() = headers;
    Ok(reqwest::Response::from(rebuilt))
}
