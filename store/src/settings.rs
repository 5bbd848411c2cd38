//! How long a store waits: to connect, and for each call.

use std::sync::Arc;
use std::time::Duration;

/// Timeouts, the log's retention and TLS roots of a store. Defaults: 5 s to connect
/// (PostgreSQL's `connect_timeout` in the URL, in seconds, sets it too), 10 s for each call (a
/// read, a write, a prune of one room), [`LOG_RETENTION`](crate::LOG_RETENTION) changes kept,
/// the system's roots. A call past its timeout fails with
/// [`StoreError::Timeout`](crate::StoreError::Timeout), and a receiver answers 503.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Settings {
    /// To open a connection, the TLS handshake and authentication included.
    pub connect_timeout: Duration,
    /// For each call to the database.
    pub call_timeout: Duration,
    /// How many changes the log keeps ([`LOG_RETENTION`](crate::LOG_RETENTION) by default):
    /// a follower further behind is told so.
    pub log_retention: u64,
    /// A certificate authority (PEM) the server's certificate is checked against, instead of
    /// the system's roots: for `rediss://` and PostgreSQL's `sslmode=verify-full` (where the
    /// URL's `sslrootcert=` file comes first).
    pub tls_root_certificate: Option<Arc<[u8]>>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            connect_timeout: Duration::from_secs(5),
            call_timeout: Duration::from_secs(10),
            log_retention: crate::LOG_RETENTION,
            tls_root_certificate: None,
        }
    }
}

impl Settings {
    /// These settings with another connect timeout.
    pub fn connect_timeout(mut self, t: Duration) -> Self {
        self.connect_timeout = t;
        self
    }

    /// These settings with another log retention (at least 1).
    pub fn log_retention(mut self, changes: u64) -> Self {
        self.log_retention = changes.max(1);
        self
    }

    /// These settings checking servers' certificates against this certificate authority (PEM).
    pub fn tls_root_certificate(mut self, pem: impl Into<Vec<u8>>) -> Self {
        self.tls_root_certificate = Some(pem.into().into());
        self
    }

    /// These settings with another call timeout.
    pub fn call_timeout(mut self, t: Duration) -> Self {
        self.call_timeout = t;
        self
    }
}
