//! progenitor's hooks, for the raw `send()` of every builder: the same checks, auth, retries
//! and tracing as `execute()` (see `call.rs`), returning the raw response. progenitor adds an
//! `api-version` header (from the spec's `info.version`) to every request; Telnyx defines no
//! such header, so it is removed here.

use progenitor_client::{ClientHooks, OperationInfo};

use crate::call::{self, Operation};
use crate::config::Inner;
use crate::{validate, Client};

impl ClientHooks<Inner> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        request.headers_mut().remove("api-version");
        call::prepare(self, info.operation_id, request, call::Bulk::NeedsFilter)
            .map_err(|e| progenitor_client::Error::InvalidRequest(e.to_string()))
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let op = Operation {
            id: info.operation_id,
            path: validate::path_template(info.operation_id),
        };
        let (outcome, _attempts) = call::send(self, &op, request).await;
        outcome
            .map(call::Received::into_response)
            .map_err(|f| f.source)
    }
}
