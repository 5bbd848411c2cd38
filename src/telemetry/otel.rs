//! The `otel` feature on: spans, metrics and trace context through the `opentelemetry` API
//! crate. Nothing here is exported unless the application installs an SDK (a provider set
//! globally, or given to [`ClientBuilder::tracer_provider`] / [`ClientBuilder::meter_provider`]).
//!
//! Names follow the OpenTelemetry HTTP client semantic conventions; what is ours is under
//! `telnyx_rooms.`. Nothing recorded holds the key, a query value or an id from a path:
//! `url.full` is the operation's path template with each query value `REDACTED`.

use std::sync::Arc;
use std::time::Instant;

use opentelemetry::global::{self, BoxedTracer, ObjectSafeTracerProvider};
use opentelemetry::metrics::{Counter, Histogram, Meter, MeterProvider};
use opentelemetry::propagation::Injector;
use opentelemetry::trace::{
    Span as _, SpanKind, Status, TraceContextExt, Tracer as _, TracerProvider,
};
use opentelemetry::{Context, InstrumentationScope, KeyValue};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use super::Cap;
use crate::config::ClientBuilder;
use crate::exchange::{status_of, Failure, Received};
use crate::pagination::Fetch;
use crate::{Client, Operation};

/// The conventions' version these names are from.
const SCHEMA_URL: &str = "https://opentelemetry.io/schemas/1.26.0";

/// The conventions' advice for `http.client.request.duration`, in seconds.
const DURATION_BOUNDARIES: [f64; 14] = [
    0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0,
];

fn scope() -> InstrumentationScope {
    InstrumentationScope::builder(env!("CARGO_PKG_NAME"))
        .with_version(env!("CARGO_PKG_VERSION"))
        .with_schema_url(SCHEMA_URL)
        .build()
}

/// The providers a [`ClientBuilder`] was given, if any.
#[derive(Clone, Default)]
pub(crate) struct Providers {
    tracer: Option<Arc<BoxedTracer>>,
    meter: Option<Meter>,
}

impl ClientBuilder {
    /// Traces calls with this provider instead of the global one (feature `otel`). Without it
    /// the client takes `opentelemetry::global::tracer_provider()` as it is when
    /// [`build`](ClientBuilder::build) runs, so install the global provider first.
    ///
    /// Each call is a span named after its operation (`get_room`), with one child span of
    /// kind client per attempt, named `GET /v2/rooms/{room_id}` and carrying the HTTP client
    /// conventions' attributes. The parent is the OpenTelemetry context current when the
    /// call is polled: attach one, or wrap the future with
    /// `opentelemetry::trace::FutureExt::with_context`. Each attempt's context goes out
    /// in headers through the global propagator, when one is set.
    pub fn tracer_provider<P, T, S>(mut self, provider: &P) -> Self
    where
        P: TracerProvider<Tracer = T>,
        T: opentelemetry::trace::Tracer<Span = S> + Send + Sync + 'static,
        S: opentelemetry::trace::Span + Send + Sync + 'static,
    {
        let tracer = BoxedTracer::new(provider.boxed_tracer(scope()));
        self.telemetry.tracer = Some(Arc::new(tracer));
        self
    }

    /// Records the client's metrics with this provider instead of the global one (feature
    /// `otel`; the global one is taken when [`build`](ClientBuilder::build) runs):
    ///
    /// | instrument | unit | what |
    /// |---|---|---|
    /// | `http.client.request.duration` (histogram) | `s` | each attempt |
    /// | `telnyx_rooms.client.call.duration` (histogram) | `s` | each call, its retries and waits included |
    /// | `telnyx_rooms.client.retries` (counter) | `{retry}` | attempts sent again, by `error.type` |
    /// | `telnyx_rooms.client.caps` (counter) | `{stop}` | attempts or calls a cap stopped, by `telnyx_rooms.cap` (`attempt_timeout`, `body_limit`, `max_retries`, `retry_after`) |
    /// | `telnyx_rooms.client.pages` (counter) | `{page}` | pages a pagination stream fetched |
    ///
    /// Each carries `telnyx_rooms.operation`; the durations also `http.request.method`,
    /// `server.address`, `server.port`, `url.template`, `http.response.status_code` and
    /// `error.type`. No attribute holds an id.
    pub fn meter_provider(mut self, provider: &impl MeterProvider) -> Self {
        self.telemetry.meter = Some(provider.meter_with_scope(scope()));
        self
    }
}

/// The client's tracer and instruments, made once when it is built.
#[derive(Clone)]
pub(crate) struct Telemetry {
    tracer: Arc<BoxedTracer>,
    request_duration: Histogram<f64>,
    call_duration: Histogram<f64>,
    retries: Counter<u64>,
    caps: Counter<u64>,
    pages: Counter<u64>,
}

impl Telemetry {
    pub(crate) fn new(providers: Providers) -> Self {
        let tracer = providers
            .tracer
            .unwrap_or_else(|| Arc::new(global::tracer_with_scope(scope())));
        let meter = providers
            .meter
            .unwrap_or_else(|| global::meter_with_scope(scope()));
        let seconds = |name: &'static str, what: &'static str| {
            meter
                .f64_histogram(name)
                .with_unit("s")
                .with_description(what)
                .with_boundaries(DURATION_BOUNDARIES.to_vec())
                .build()
        };
        let counter = |name: &'static str, unit: &'static str, what: &'static str| {
            meter
                .u64_counter(name)
                .with_unit(unit)
                .with_description(what)
                .build()
        };
        Telemetry {
            tracer,
            request_duration: seconds(
                "http.client.request.duration",
                "Duration of HTTP client requests.",
            ),
            call_duration: seconds(
                "telnyx_rooms.client.call.duration",
                "Duration of Telnyx Rooms API calls, retries and waits included.",
            ),
            retries: counter(
                "telnyx_rooms.client.retries",
                "{retry}",
                "Attempts sent again after a retryable failure.",
            ),
            caps: counter(
                "telnyx_rooms.client.caps",
                "{stop}",
                "Attempts or calls stopped by one of the client's caps.",
            ),
            pages: counter(
                "telnyx_rooms.client.pages",
                "{page}",
                "Pages fetched by pagination streams.",
            ),
        }
    }
}

/// One call's span and the attributes its attempts share.
pub(crate) struct Call<'c> {
    telemetry: &'c Telemetry,
    op: Operation,
    /// Method, server, template and operation.
    common: Vec<KeyValue>,
    /// `url.full`, redacted, and `{method} {template}` (the attempts' span name): made only
    /// when the call's span records (not under a no-op or sampled-out tracer).
    recorded: Option<(String, String)>,
    cx: Context,
    started: Instant,
}

impl<'c> Call<'c> {
    /// Starts the call's span, a child of the current context.
    pub(crate) fn start(client: &'c Client, op: Operation, request: &reqwest::Request) -> Self {
        let telemetry = &client.inner.telemetry;
        let url = request.url();
        let template = template_of(url.path(), op.path());
        let mut common = vec![
            KeyValue::new("telnyx_rooms.operation", op.id()),
            KeyValue::new("http.request.method", op.method()),
            KeyValue::new("url.template", template.clone()),
        ];
        if let Some(host) = url.host_str() {
            common.push(KeyValue::new("server.address", host.to_string()));
        }
        if let Some(port) = url.port_or_known_default() {
            common.push(KeyValue::new("server.port", i64::from(port)));
        }
        let tracer = &*telemetry.tracer;
        let span = tracer
            .span_builder(op.id())
            .with_kind(SpanKind::Internal)
            .with_attributes(common.clone())
            .start_with_context(tracer, &Context::current());
        let recorded = span.is_recording().then(|| {
            let name = format!("{} {template}", op.method());
            (redacted_url(url, &template), name)
        });
        Call {
            telemetry,
            op,
            recorded,
            common,
            cx: Context::current().with_span(span),
            started: Instant::now(),
        }
    }

    /// Starts attempt `number`'s span (when the call's records) and puts its context (or the
    /// call's) in the request's headers.
    pub(crate) fn attempt(&self, number: u32, request: &mut reqwest::Request) -> Attempt<'_> {
        let cx = self.recorded.as_ref().map(|(url, name)| {
            let mut attributes = self.common.clone();
            attributes.push(KeyValue::new("url.full", url.clone()));
            if number > 1 {
                attributes.push(KeyValue::new(
                    "http.request.resend_count",
                    i64::from(number - 1),
                ));
            }
            let tracer = &*self.telemetry.tracer;
            let span = tracer
                .span_builder(name.clone())
                .with_kind(SpanKind::Client)
                .with_attributes(attributes)
                .start_with_context(tracer, &self.cx);
            self.cx.with_span(span)
        });
        global::get_text_map_propagator(|p| {
            let cx = cx.as_ref().unwrap_or(&self.cx);
            p.inject_context(cx, &mut Headers(request.headers_mut()))
        });
        Attempt {
            call: self,
            cx,
            started: Instant::now(),
        }
    }

    /// An attempt is sent again after `result`.
    pub(crate) fn retried(&self, result: &Result<Received, Failure>) {
        let why = error_type(result).unwrap_or_default();
        self.telemetry.retries.add(
            1,
            &[
                KeyValue::new("telnyx_rooms.operation", self.op.id()),
                KeyValue::new("error.type", why),
            ],
        );
    }

    /// `cap` stopped the call or one of its attempts.
    pub(crate) fn cut(&self, cap: Cap) {
        self.telemetry.caps.add(
            1,
            &[
                KeyValue::new("telnyx_rooms.operation", self.op.id()),
                KeyValue::new("telnyx_rooms.cap", cap.name()),
            ],
        );
    }

    /// Ends the call's span with its last outcome and records its duration.
    pub(crate) fn end(self, result: &Result<Received, Failure>, attempts: u32) {
        let span = self.cx.span();
        span.set_attribute(KeyValue::new("telnyx_rooms.attempts", i64::from(attempts)));
        let attributes = outcome(&self.common, result, Some(&span));
        span.end();
        self.telemetry
            .call_duration
            .record(self.started.elapsed().as_secs_f64(), &attributes);
    }
}

/// One attempt's span.
pub(crate) struct Attempt<'a> {
    call: &'a Call<'a>,
    /// The attempt's span, when the call's records.
    cx: Option<Context>,
    started: Instant,
}

impl Attempt<'_> {
    /// Ends the attempt's span with `result` and records its duration and any cap it hit.
    pub(crate) fn end(self, result: &Result<Received, Failure>) {
        let attributes = match &self.cx {
            Some(cx) => {
                let span = cx.span();
                let attributes = outcome(&self.call.common, result, Some(&span));
                span.end();
                attributes
            }
            None => outcome(&self.call.common, result, None),
        };
        self.call
            .telemetry
            .request_duration
            .record(self.started.elapsed().as_secs_f64(), &attributes);
        match result {
            Err(Failure::Transport { source, .. }) if source.is_timeout() => {
                self.call.cut(Cap::AttemptTimeout)
            }
            Err(Failure::TooLarge(_)) => self.call.cut(Cap::BodyLimit),
            Ok(r) if r.cut.is_some() => self.call.cut(Cap::BodyLimit),
            _ => {}
        }
    }
}

/// Sets the status code and error type of `result` on `span`, if any; returns the metric's
/// attributes.
fn outcome(
    common: &[KeyValue],
    result: &Result<Received, Failure>,
    span: Option<&opentelemetry::trace::SpanRef<'_>>,
) -> Vec<KeyValue> {
    let mut attributes = common.to_vec();
    if let Some(status) = status_of(result) {
        let code = KeyValue::new("http.response.status_code", i64::from(status.as_u16()));
        if let Some(span) = span {
            span.set_attribute(code.clone());
        }
        attributes.push(code);
    }
    if let Some(error) = error_type(result) {
        let kv = KeyValue::new("error.type", error.clone());
        if let Some(span) = span {
            span.set_attribute(kv.clone());
            span.set_status(Status::error(error));
        }
        attributes.push(kv);
    }
    attributes
}

/// The conventions' `error.type`: the status code of an answer of 400 or more, or what failed.
fn error_type(result: &Result<Received, Failure>) -> Option<String> {
    match result {
        Ok(r) if r.status.as_u16() >= 400 => Some(r.status.as_u16().to_string()),
        Ok(_) => None,
        Err(f) => Some(f.error_type().to_string()),
    }
}

/// The request's path with the operation's template in place of its own ids:
/// `/v2/rooms/{room_id}` for `/v2/rooms/0b9e…` under a base URL ending in `/v2`.
fn template_of(sent: &str, template: &str) -> String {
    let segments = template.matches('/').count();
    let mut cut = sent.len();
    for _ in 0..segments {
        match sent[..cut].rfind('/') {
            Some(i) => cut = i,
            None => break,
        }
    }
    format!("{}{template}", &sent[..cut])
}

/// `url.full` as recorded: origin, template, and the query's names with `REDACTED` values.
fn redacted_url(url: &url::Url, template: &str) -> String {
    let mut full = url.origin().ascii_serialization();
    full.push_str(template);
    if let Some(query) = url.query() {
        for (i, pair) in query.split('&').enumerate() {
            full.push(if i == 0 { '?' } else { '&' });
            full.push_str(pair.split('=').next().unwrap_or_default());
            full.push_str("=REDACTED");
        }
    }
    full
}

/// A request's headers, for the global propagator.
struct Headers<'h>(&'h mut HeaderMap);

impl Injector for Headers<'_> {
    fn set(&mut self, key: &str, value: String) {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(key.as_bytes()),
            HeaderValue::from_str(&value),
        ) {
            self.0.insert(name, value);
        }
    }
}

/// `fetch`, counting each page it brings.
pub(crate) fn count_pages<T: Send + 'static>(
    client: &Client,
    op: Operation,
    fetch: Fetch<T>,
) -> Fetch<T> {
    let pages = client.inner.telemetry.pages.clone();
    let attributes = [KeyValue::new("telnyx_rooms.operation", op.id())];
    Arc::new(move |number, size| {
        let page = fetch(number, size);
        let pages = pages.clone();
        let attributes = attributes.clone();
        Box::pin(async move {
            let page = page.await;
            if page.is_ok() {
                pages.add(1, &attributes);
            }
            page
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_replaces_the_ids_under_any_base_path() {
        assert_eq!(
            template_of("/v2/rooms/abc", "/rooms/{room_id}"),
            "/v2/rooms/{room_id}"
        );
        assert_eq!(template_of("/rooms", "/rooms"), "/rooms");
        assert_eq!(
            template_of(
                "/a/b/room_sessions/x/participants",
                "/room_sessions/{id}/participants"
            ),
            "/a/b/room_sessions/{id}/participants"
        );
    }

    #[test]
    fn url_full_keeps_names_and_redacts_values() {
        let url =
            url::Url::parse("https://h.example:8443/v2/rooms?page%5Bnumber%5D=2&filter=x").unwrap();
        assert_eq!(
            redacted_url(&url, "/v2/rooms"),
            "https://h.example:8443/v2/rooms?page%5Bnumber%5D=REDACTED&filter=REDACTED"
        );
    }
}
