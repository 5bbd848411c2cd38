//! The emulator's Prometheus metrics, at `GET {base}/_emulator/metrics` (OpenMetrics text): what
//! a test run or a load test did to it, and what its webhook receivers answered. Labels are of
//! bounded cardinality: operations, status codes and outcomes, never an id.
//!
//! | metric | type | what |
//! |---|---|---|
//! | `telnyx_rooms_emulator_requests_total{operation,status}` | counter | API requests answered, by the spec's operation id (`none` when none matched) and status code |
//! | `telnyx_rooms_emulator_request_duration_seconds{operation}` | histogram | from reading the request to the answer |
//! | `telnyx_rooms_emulator_webhook_deliveries_total{outcome}` | counter | delivery attempts: `delivered` (2xx), `rejected` (another status), `timeout`, `connection_failed`, `refused` (not a loopback URL), `dropped` (never sent) |
//! | `telnyx_rooms_emulator_webhook_queue` | gauge | events waiting for delivery |
//! | `telnyx_rooms_emulator_in_flight` | gauge | requests being answered |

use std::sync::atomic::Ordering;
use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::{Registry, Unit};

use crate::delivery::Delivery;
use crate::shared::Shared;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Request {
    operation: &'static str,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Operation {
    operation: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Outcome {
    outcome: &'static str,
}

type Durations = Family<Operation, Histogram, fn() -> Histogram>;

fn request_histogram() -> Histogram {
    // 50 µs to about 0.8 s.
    Histogram::new(exponential_buckets(0.000_05, 2.0, 15))
}

/// One emulator's instruments and the registry that encodes them.
pub(crate) struct Metrics {
    requests: Family<Request, Counter>,
    durations: Durations,
    deliveries: Family<Outcome, Counter>,
    queue: Gauge,
    in_flight: Gauge,
    registry: Registry,
}

impl Default for Metrics {
    fn default() -> Self {
        let requests = Family::<Request, Counter>::default();
        let durations = Durations::new_with_constructor(request_histogram);
        let deliveries = Family::<Outcome, Counter>::default();
        let (queue, in_flight) = (Gauge::default(), Gauge::default());
        let mut registry = Registry::default();
        let r = registry.sub_registry_with_prefix("telnyx_rooms_emulator");
        r.register("requests", "API requests answered", requests.clone());
        r.register_with_unit(
            "request_duration",
            "From reading an API request to its answer",
            Unit::Seconds,
            durations.clone(),
        );
        r.register(
            "webhook_deliveries",
            "Webhook delivery attempts, by outcome",
            deliveries.clone(),
        );
        r.register(
            "webhook_queue",
            "Events waiting for delivery",
            queue.clone(),
        );
        r.register("in_flight", "Requests being answered", in_flight.clone());
        Metrics {
            requests,
            durations,
            deliveries,
            queue,
            in_flight,
            registry,
        }
    }
}

impl Metrics {
    /// An API request for `operation` was answered `status` after `elapsed`.
    pub(crate) fn request(&self, operation: &'static str, status: u16, elapsed: Duration) {
        self.requests
            .get_or_create(&Request { operation, status })
            .inc();
        self.durations
            .get_or_create(&Operation { operation })
            .observe(elapsed.as_secs_f64());
    }

    /// A delivery attempt was logged.
    pub(crate) fn delivery(&self, d: &Delivery) {
        let error = d.error.as_deref().unwrap_or_default();
        let outcome = match d.status {
            Some(s) if (200..300).contains(&s) => "delivered",
            Some(_) => "rejected",
            None if error.starts_with("timeout") => "timeout",
            None if error.starts_with("refused") => "refused",
            None if error.starts_with("dropped") => "dropped",
            None => "connection_failed",
        };
        self.deliveries.get_or_create(&Outcome { outcome }).inc();
    }

    /// The page: the gauges read now, then everything encoded.
    pub(crate) fn encode(&self, shared: &Shared) -> String {
        let waiting = shared.events.max_capacity() - shared.events.capacity();
        self.queue.set(waiting as i64);
        let in_flight = shared.knobs.in_flight.load(Ordering::SeqCst);
        self.in_flight.set(in_flight as i64);
        let mut text = String::new();
        // Writing to a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut text, &self.registry);
        text
    }
}
