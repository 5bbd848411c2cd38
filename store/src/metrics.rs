//! Prometheus metrics of every store in this process (feature `prometheus`): put them in the
//! registry your `/metrics` page encodes with [`register`]. Labels are of bounded cardinality:
//! the backend (`memory`, `postgres`, `redis`), the backend call, an outcome; never a room.
//!
//! | metric | type | what |
//! |---|---|---|
//! | `telnyx_rooms_store_call_duration_seconds{backend,call,outcome}` | histogram | each call to the server (`load`, `write`, `rooms`, `raise_horizon`, `due_rooms`, `changes_after`, `head`, `acknowledged`, `acknowledge`), `outcome` `ok`, `error` or `timeout` |
//! | `telnyx_rooms_store_write_conflicts_total{backend}` | counter | compare-and-set writes that lost a race and were read and tried again |
//! | `telnyx_rooms_store_feed_changes_total{backend}` | counter | changes the log's readers handed to followers |
//! | `telnyx_rooms_store_feed_position{backend}` | gauge | the first part of the last position read (PostgreSQL: a transaction id; Redis: a stream id's milliseconds) |
//! | `telnyx_rooms_store_feed_caught_up_timestamp_seconds{backend}` | gauge | when a reader last reached the end of the log: `time() - ` it is the feed's lag |
//! | `telnyx_rooms_store_feed_buffered{backend}` | gauge | changes read and not yet taken by their follower (a queue of 1,024 at most each) |
//! | `telnyx_rooms_store_feed_errors_total{backend}` | counter | failed reads (the reader reconnects and reads on) |
//! | `telnyx_rooms_store_reconcile_findings_total{finding}` | counter | what `reconcile` and `reconcile_all` found the webhooks had missed, by kind |

use std::time::Duration;

use telnyx_rooms::activity::ReconcileReport;

use crate::StoreError;

#[cfg(feature = "prometheus")]
mod on {
    use std::sync::atomic::AtomicU64;
    use std::sync::LazyLock;

    use prometheus_client::encoding::EncodeLabelSet;
    use prometheus_client::metrics::counter::Counter;
    use prometheus_client::metrics::family::Family;
    use prometheus_client::metrics::gauge::Gauge;
    use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
    use prometheus_client::registry::{Registry, Unit};

    #[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
    pub(super) struct CallLabels {
        pub backend: &'static str,
        pub call: &'static str,
        pub outcome: &'static str,
    }

    #[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
    pub(super) struct Backend {
        pub backend: &'static str,
    }

    #[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
    pub(super) struct Finding {
        pub finding: &'static str,
    }

    type Calls = Family<CallLabels, Histogram, fn() -> Histogram>;

    pub(super) struct Metrics {
        pub calls: Calls,
        pub conflicts: Family<Backend, Counter>,
        pub feed_changes: Family<Backend, Counter>,
        pub feed_position: Family<Backend, Gauge<f64, AtomicU64>>,
        pub feed_caught_up: Family<Backend, Gauge<f64, AtomicU64>>,
        pub feed_buffered: Family<Backend, Gauge>,
        pub feed_errors: Family<Backend, Counter>,
        pub findings: Family<Finding, Counter>,
    }

    fn call_histogram() -> Histogram {
        // 0.25 ms to about 4 s.
        Histogram::new(exponential_buckets(0.000_25, 2.0, 15))
    }

    pub(super) static METRICS: LazyLock<Metrics> = LazyLock::new(|| Metrics {
        calls: Calls::new_with_constructor(call_histogram),
        conflicts: Family::default(),
        feed_changes: Family::default(),
        feed_position: Family::default(),
        feed_caught_up: Family::default(),
        feed_buffered: Family::default(),
        feed_errors: Family::default(),
        findings: Family::default(),
    });

    /// Adds the stores' metrics to `registry` (under `telnyx_rooms_store_`).
    pub fn register(registry: &mut Registry) {
        let m = &*METRICS;
        let r = registry.sub_registry_with_prefix("telnyx_rooms_store");
        r.register_with_unit(
            "call_duration",
            "Calls to the store's server",
            Unit::Seconds,
            m.calls.clone(),
        );
        r.register(
            "write_conflicts",
            "Compare-and-set writes that lost a race and were tried again",
            m.conflicts.clone(),
        );
        r.register(
            "feed_changes",
            "Changes the log's readers handed to followers",
            m.feed_changes.clone(),
        );
        r.register(
            "feed_position",
            "The first part of the last log position read",
            m.feed_position.clone(),
        );
        r.register(
            "feed_caught_up_timestamp_seconds",
            "When a log reader last reached the end of the log (Unix time)",
            m.feed_caught_up.clone(),
        );
        r.register(
            "feed_buffered",
            "Changes read from the log and not yet taken by their follower",
            m.feed_buffered.clone(),
        );
        r.register(
            "feed_errors",
            "Failed reads of the log",
            m.feed_errors.clone(),
        );
        r.register(
            "reconcile_findings",
            "What reconciling found the webhooks had missed, by kind",
            m.findings.clone(),
        );
    }
}

#[cfg(feature = "prometheus")]
pub use on::register;

/// A call to the server ended after `elapsed` with `result`.
#[allow(unused_variables)]
pub(crate) fn call<T>(
    backend: &'static str,
    call: &'static str,
    elapsed: Duration,
    result: &Result<T, StoreError>,
) {
    #[cfg(feature = "prometheus")]
    {
        let outcome = match result {
            Ok(_) => "ok",
            Err(StoreError::Timeout { .. }) => "timeout",
            Err(_) => "error",
        };
        on::METRICS
            .calls
            .get_or_create(&on::CallLabels {
                backend,
                call,
                outcome,
            })
            .observe(elapsed.as_secs_f64());
    }
}

/// A compare-and-set write lost its race.
#[allow(unused_variables)]
pub(crate) fn conflict(backend: &'static str) {
    #[cfg(feature = "prometheus")]
    on::METRICS
        .conflicts
        .get_or_create(&on::Backend { backend })
        .inc();
}

/// A reader read `n` changes up to `position` (its first part); `at_end` when it reached the
/// end of the log.
#[allow(unused_variables)]
#[cfg_attr(not(any(feature = "postgres", feature = "redis")), allow(dead_code))]
pub(crate) fn feed_read(backend: &'static str, n: usize, position: Option<u64>, at_end: bool) {
    #[cfg(feature = "prometheus")]
    {
        let m = &*on::METRICS;
        let b = on::Backend { backend };
        m.feed_changes.get_or_create(&b).inc_by(n as u64);
        if let Some(p) = position {
            m.feed_position.get_or_create(&b).set(p as f64);
        }
        if at_end {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            m.feed_caught_up.get_or_create(&b).set(now.as_secs_f64());
        }
    }
}

/// A change was put in (`+1`) or taken from (`-1`) a follower's buffer.
#[allow(unused_variables)]
#[cfg_attr(not(any(feature = "postgres", feature = "redis")), allow(dead_code))]
pub(crate) fn feed_buffered(backend: &'static str, delta: i64) {
    #[cfg(feature = "prometheus")]
    on::METRICS
        .feed_buffered
        .get_or_create(&on::Backend { backend })
        .inc_by(delta);
}

/// A read of the log failed.
#[allow(unused_variables)]
#[cfg_attr(not(any(feature = "postgres", feature = "redis")), allow(dead_code))]
pub(crate) fn feed_error(backend: &'static str) {
    #[cfg(feature = "prometheus")]
    on::METRICS
        .feed_errors
        .get_or_create(&on::Backend { backend })
        .inc();
}

/// What a reconcile found.
#[allow(unused_variables)]
pub(crate) fn reconciled(report: &ReconcileReport) {
    #[cfg(feature = "prometheus")]
    for (finding, n) in [
        ("rooms_missing", report.rooms_missing),
        ("sessions_ended", report.sessions_ended),
        ("sessions_missing", report.sessions_missing),
        ("participants_left", report.participants_left),
        ("participants_missing", report.participants_missing),
        ("recordings_missing", report.recordings_missing),
        ("compositions_missing", report.compositions_missing),
        ("rooms_failed", report.failed.len()),
    ] {
        on::METRICS
            .findings
            .get_or_create(&on::Finding { finding })
            .inc_by(n as u64);
    }
}
