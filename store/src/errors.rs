//! What a store call can fail with, said the way an operator reads it: the cause first
//! (refused, timed out, authentication failed for user X, database Y does not exist, TLS
//! required), never just "db error".

use std::time::Duration;

use uuid::Uuid;

use crate::Position;

/// What a store call can fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The database answered with an error, or could not be reached: `message` says why, in
    /// words (the server's own message when it sent one).
    #[error("{backend}: {message}")]
    Backend {
        /// `postgres` or `redis`.
        backend: &'static str,
        /// The cause, in words.
        message: String,
        /// What the client library said.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// The database did not answer in time ([`Settings`](crate::Settings)).
    #[error("{backend}: no answer within {after:?} ({what})")]
    Timeout {
        /// `postgres` or `redis`.
        backend: &'static str,
        /// What was waited for: `connecting`, or the call.
        what: &'static str,
        /// How long.
        after: Duration,
    },
    /// A stored fact does not decode (written by another version of this crate?).
    #[error("a stored fact of room {room_id} does not decode: {source}")]
    State {
        /// The room.
        room_id: Uuid,
        /// Why.
        #[source]
        source: telnyx_rooms::activity::FactError,
    },
    /// The API could not be read ([`ActivityStore::reconcile`](crate::ActivityStore::reconcile)).
    #[error(transparent)]
    Api(#[from] telnyx_rooms::Error),
    /// A store URL this build cannot open, or one that does not parse.
    #[error("{0}")]
    Url(String),
    /// The log no longer keeps the changes after `after` (it keeps
    /// [`LOG_RETENTION`](crate::LOG_RETENTION)): changes were missed. Reconcile
    /// ([`ActivityStore::reconcile_all`](crate::ActivityStore::reconcile_all)) and follow from
    /// now.
    #[error(
        "the change log no longer keeps the changes after {after} (the oldest kept follows \
         {oldest}): changes were missed; reconcile (reconcile_all) and follow from now"
    )]
    FellBehind {
        /// The position asked for.
        after: Position,
        /// The changes kept start after this one.
        oldest: Position,
    },
}

impl StoreError {
    /// A backend's error, with its cause in words: the messages of its chain of sources.
    #[cfg(any(feature = "postgres", feature = "redis"))]
    pub(crate) fn backend(
        backend: &'static str,
        e: impl std::error::Error + Send + Sync + 'static,
    ) -> StoreError {
        let message = chain(&e);
        StoreError::Backend {
            backend,
            message,
            source: Box::new(e),
        }
    }

    /// A backend's error with a message of our own.
    #[cfg(any(feature = "postgres", feature = "redis"))]
    pub(crate) fn said(
        backend: &'static str,
        message: String,
        e: impl std::error::Error + Send + Sync + 'static,
    ) -> StoreError {
        StoreError::Backend {
            backend,
            message,
            source: Box::new(e),
        }
    }

    /// Whether the store could not be reached or did not answer (as opposed to refusing).
    pub fn is_unavailable(&self) -> bool {
        matches!(
            self,
            StoreError::Backend { .. } | StoreError::Timeout { .. }
        )
    }
}

/// An error and its sources, each said once: `a: b: c`.
#[cfg(any(feature = "postgres", feature = "redis"))]
pub(crate) fn chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut parts: Vec<String> = vec![e.to_string()];
    let mut next = e.source();
    while let Some(s) = next {
        let text = s.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        next = s.source();
    }
    parts.join(": ")
}

/// `f` within `limit`, or [`StoreError::Timeout`].
pub(crate) async fn within<T>(
    backend: &'static str,
    what: &'static str,
    limit: Duration,
    f: impl std::future::Future<Output = Result<T, StoreError>>,
) -> Result<T, StoreError> {
    match tokio::time::timeout(limit, f).await {
        Ok(r) => r,
        Err(_) => Err(StoreError::Timeout {
            backend,
            what,
            after: limit,
        }),
    }
}
