//! progenitor's hooks, for the raw `send()` of every builder: the same checks, auth, retries
//! and tracing as `execute()` (see `call.rs`), returning the raw response. progenitor adds an
//! `api-version` header (from the spec's `info.version`) to every request; Telnyx defines no
//! such header, so it is removed here.

use progenitor_client::{ClientHooks, OperationInfo};

use crate::call;
use crate::config::Inner;
use crate::{Client, Error, Operation};

/// The table's operation for progenitor's operationId (every generated one is in it).
fn operation(info: &OperationInfo) -> Operation {
    Operation::from_id(info.operation_id).expect("progenitor and the table read the same spec")
}

impl ClientHooks<Inner> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        request.headers_mut().remove("api-version");
        call::prepare(self, operation(info), request, call::Bulk::NeedsFilter).map_err(|e| {
            // progenitor prefixes "Invalid Request: "; ours would say it twice.
            progenitor_client::Error::InvalidRequest(match e {
                Error::InvalidInput(message) => message,
                other => other.to_string(),
            })
        })
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let (outcome, _attempts) = call::send(self, operation(info), request).await;
        match outcome {
            Ok(received) => Ok(received.into_response()),
            Err(failure) => Err(failure.into_reqwest().await),
        }
    }
}
