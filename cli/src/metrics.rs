//! `webhooks listen --metrics ADDRESS`: the receiver's Prometheus metrics, with the store's
//! (`telnyx_rooms_store_*`), on `http://ADDRESS/metrics` in the OpenMetrics text format. Labels
//! are of bounded cardinality: outcomes and reasons, never a room or an event.
//!
//! | metric | type | what |
//! |---|---|---|
//! | `telnyx_rooms_listen_deliveries_total{outcome}` | counter | deliveries answered: `changed`, `already_known`, `ignored` (verified), `unavailable` (answered 503: the store could not be reached), `refused` (not verified) |
//! | `telnyx_rooms_listen_refusals_total{reason}` | counter | refused deliveries by reason (`signature_mismatch`, `outside_tolerance`, `missing_header`, ... as `WebhookError::kind` says) |
//! | `telnyx_rooms_listen_delivery_duration_seconds{outcome}` | histogram | from the request to the answer |
//! | `telnyx_rooms_listen_in_flight` | gauge | deliveries being verified or stored |
//! | `telnyx_rooms_listen_forward_queue` | gauge | verified deliveries waiting to be forwarded (`--forward-to`) |
//! | `telnyx_rooms_listen_forwards_total{outcome}` | counter | forwards: `ok`, `error_status`, `timeout`, `failed`, `dropped` (the queue was full) |
//! | `telnyx_rooms_listen_pruned_rooms_total` | counter | rooms that forgot ended sessions when pruned |
//! | `telnyx_rooms_listen_runs_total{job,outcome}` | counter | prune and reconcile runs (`job`), `ok` or `error` |

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::http::header::CONTENT_TYPE;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::{Registry, Unit};

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Outcome {
    outcome: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Reason {
    reason: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Run {
    job: &'static str,
    outcome: &'static str,
}

type Durations = Family<Outcome, Histogram, fn() -> Histogram>;

/// The receiver's instruments, counted whether or not a page serves them.
pub(crate) struct Metrics {
    deliveries: Family<Outcome, Counter>,
    refusals: Family<Reason, Counter>,
    durations: Durations,
    pub(crate) in_flight: Gauge,
    pub(crate) forward_queue: Gauge,
    forwards: Family<Outcome, Counter>,
    pruned: Counter,
    runs: Family<Run, Counter>,
}

fn delivery_histogram() -> Histogram {
    // 0.1 ms to about 3 s.
    Histogram::new(exponential_buckets(0.000_1, 2.0, 15))
}

impl Metrics {
    pub(crate) fn new() -> Metrics {
        Metrics {
            deliveries: Family::default(),
            refusals: Family::default(),
            durations: Durations::new_with_constructor(delivery_histogram),
            in_flight: Gauge::default(),
            forward_queue: Gauge::default(),
            forwards: Family::default(),
            pruned: Counter::default(),
            runs: Family::default(),
        }
    }

    /// A delivery was answered with `outcome` after `elapsed`.
    pub(crate) fn delivered(&self, outcome: &'static str, elapsed: Duration) {
        let o = Outcome { outcome };
        self.deliveries.get_or_create(&o).inc();
        self.durations
            .get_or_create(&o)
            .observe(elapsed.as_secs_f64());
    }

    /// A delivery was refused for `reason`.
    pub(crate) fn refused(&self, reason: &'static str, elapsed: Duration) {
        self.refusals.get_or_create(&Reason { reason }).inc();
        self.delivered("refused", elapsed);
    }

    /// A forward ended with `outcome`.
    pub(crate) fn forwarded(&self, outcome: &'static str) {
        self.forwards.get_or_create(&Outcome { outcome }).inc();
    }

    /// A prune or reconcile run ended; a prune changed `rooms`.
    pub(crate) fn ran(&self, job: &'static str, ok: bool, rooms: usize) {
        let outcome = if ok { "ok" } else { "error" };
        self.runs.get_or_create(&Run { job, outcome }).inc();
        self.pruned.inc_by(rooms as u64);
    }

    /// A registry of these and the store's metrics.
    fn registry(&self) -> Registry {
        let mut registry = Registry::default();
        let r = registry.sub_registry_with_prefix("telnyx_rooms_listen");
        r.register(
            "deliveries",
            "Deliveries answered, by outcome",
            self.deliveries.clone(),
        );
        r.register(
            "refusals",
            "Deliveries refused, by reason",
            self.refusals.clone(),
        );
        r.register_with_unit(
            "delivery_duration",
            "From a delivery's request to its answer",
            Unit::Seconds,
            self.durations.clone(),
        );
        r.register(
            "in_flight",
            "Deliveries being verified or stored",
            self.in_flight.clone(),
        );
        r.register(
            "forward_queue",
            "Verified deliveries waiting to be forwarded",
            self.forward_queue.clone(),
        );
        r.register("forwards", "Forwards, by outcome", self.forwards.clone());
        r.register(
            "pruned_rooms",
            "Rooms that forgot ended sessions when pruned",
            self.pruned.clone(),
        );
        r.register(
            "runs",
            "Prune and reconcile runs, by outcome",
            self.runs.clone(),
        );
        telnyx_rooms_store::metrics::register(&mut registry);
        registry
    }
}

/// Serves `metrics` (and the store's) on `http://ADDRESS/metrics`; returns the address bound.
pub(crate) async fn serve(metrics: &Metrics, addr: SocketAddr) -> anyhow::Result<SocketAddr> {
    let registry = Arc::new(metrics.registry());
    let socket = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| anyhow::anyhow!("--metrics {addr}: {e}"))?;
    let bound = socket.local_addr()?;
    let app = axum::Router::new().route(
        "/metrics",
        axum::routing::get(move || {
            let registry = registry.clone();
            async move {
                let mut text = String::new();
                // Writing to a String cannot fail.
                let _ = prometheus_client::encoding::text::encode(&mut text, &registry);
                (
                    [(
                        CONTENT_TYPE,
                        "application/openmetrics-text; version=1.0.0; charset=utf-8",
                    )],
                    text,
                )
            }
        }),
    );
    tokio::spawn(async move { axum::serve(socket, app).await });
    Ok(bound)
}
