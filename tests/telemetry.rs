//! Feature `otel`: the OpenTelemetry SDK's in-memory exporters receive what a call made, in a
//! spawned task under a parent span, against a loopback server that answers 503 first (and
//! echoes the key in its body): one span for the call, a child of kind client per attempt with
//! the HTTP client conventions' names, the attempts' trace context in the requests' headers,
//! the conventions' duration histogram, the retry, a cap, pagination's pages, and no secret
//! (key, id from a path, query value) in any attribute.

mod support;

use std::time::Duration;

use opentelemetry::trace::{FutureExt, SpanKind, Status, TraceContextExt, Tracer, TracerProvider};
use opentelemetry::{Context, KeyValue, Value};
use opentelemetry_sdk::metrics::data::{AggregatedMetrics, MetricData, ResourceMetrics};
use opentelemetry_sdk::metrics::{InMemoryMetricExporter, PeriodicReader, SdkMeterProvider};
use opentelemetry_sdk::propagation::TraceContextPropagator;
use opentelemetry_sdk::trace::{InMemorySpanExporter, SdkTracerProvider, SpanData};
use serde_json::json;
use support::{CaptureServer, Reply, TEST_KEY};
use telnyx_rooms::{Client, RetryPolicy};

const ROOM: &str = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";

struct Sdk {
    spans: InMemorySpanExporter,
    tracer: SdkTracerProvider,
    metrics: InMemoryMetricExporter,
    meter: SdkMeterProvider,
}

impl Sdk {
    fn new() -> Sdk {
        let spans = InMemorySpanExporter::default();
        let tracer = SdkTracerProvider::builder()
            .with_simple_exporter(spans.clone())
            .build();
        let metrics = InMemoryMetricExporter::default();
        let meter = SdkMeterProvider::builder()
            .with_reader(PeriodicReader::builder(metrics.clone()).build())
            .build();
        Sdk {
            spans,
            tracer,
            metrics,
            meter,
        }
    }

    fn client(&self, server: &CaptureServer) -> Client {
        Client::builder()
            .api_key(TEST_KEY)
            .base_url(server.url())
            .retry_policy(RetryPolicy {
                initial_backoff: Duration::from_millis(5),
                max_backoff: Duration::from_millis(10),
                max_retry_after: Duration::from_secs(5),
                ..RetryPolicy::default()
            })
            .tracer_provider(&self.tracer)
            .meter_provider(&self.meter)
            .build()
            .unwrap()
    }

    fn spans(&self) -> Vec<SpanData> {
        self.spans.get_finished_spans().unwrap()
    }

    fn metrics(&self) -> Vec<ResourceMetrics> {
        self.meter.force_flush().unwrap();
        self.metrics.get_finished_metrics().unwrap()
    }
}

fn attr<'s>(span: &'s SpanData, key: &str) -> Option<&'s Value> {
    span.attributes
        .iter()
        .find(|kv| kv.key.as_str() == key)
        .map(|kv| &kv.value)
}

fn room() -> serde_json::Value {
    json!({"data": {"id": ROOM, "unique_name": "r"}})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_call_with_a_retry_is_a_span_with_one_child_per_attempt() {
    opentelemetry::global::set_text_map_propagator(TraceContextPropagator::new());
    let sdk = Sdk::new();
    let server = CaptureServer::start().await;
    server.reply(Reply::json(
        503,
        json!({"errors": [{"title": "busy", "detail": format!("Bearer {TEST_KEY}")}]}),
    ));
    server.reply(Reply::json(200, room()));
    let client = sdk.client(&server);

    // As a handler would: a parent span, the call in a spawned task under its context.
    let handler = sdk.tracer.tracer("handler").start("handle webhook");
    let parent = Context::current_with_span(handler);
    let task = tokio::spawn(
        async move {
            client
                .get_room()
                .room_id(ROOM)
                .include_sessions(true)
                .send()
                .await
        }
        .with_context(parent.clone()),
    );
    let room = task.await.unwrap().unwrap();
    assert_eq!(room.status().as_u16(), 200);
    let handler_cx = parent.span().span_context().clone();
    parent.span().end();

    let spans = sdk.spans();
    let call = spans
        .iter()
        .find(|s| s.name == "get_room")
        .expect("the call's span");
    assert_eq!(call.span_kind, SpanKind::Internal);
    assert_eq!(
        call.parent_span_id,
        handler_cx.span_id(),
        "a child of the handler's span"
    );
    assert_eq!(call.span_context.trace_id(), handler_cx.trace_id());
    assert_eq!(
        attr(call, "telnyx_rooms.operation"),
        Some(&"get_room".into())
    );
    assert_eq!(attr(call, "telnyx_rooms.attempts"), Some(&Value::I64(2)));
    assert_eq!(
        attr(call, "http.response.status_code"),
        Some(&Value::I64(200))
    );
    assert_eq!(attr(call, "error.type"), None);

    let mut attempts: Vec<&SpanData> = spans
        .iter()
        .filter(|s| s.parent_span_id == call.span_context.span_id())
        .collect();
    attempts.sort_by_key(|s| s.start_time);
    assert_eq!(attempts.len(), 2, "one child per attempt: {spans:#?}");
    let port = i64::from(server.addr.port());
    for (i, a) in attempts.iter().enumerate() {
        assert_eq!(a.name, "GET /rooms/{room_id}");
        assert_eq!(a.span_kind, SpanKind::Client);
        assert_eq!(attr(a, "http.request.method"), Some(&"GET".into()));
        assert_eq!(attr(a, "server.address"), Some(&"127.0.0.1".into()));
        assert_eq!(attr(a, "server.port"), Some(&Value::I64(port)));
        assert_eq!(attr(a, "url.template"), Some(&"/rooms/{room_id}".into()));
        assert_eq!(
            attr(a, "url.full"),
            Some(
                &format!("http://127.0.0.1:{port}/rooms/{{room_id}}?include_sessions=REDACTED")
                    .into()
            )
        );
        let resends = attr(a, "http.request.resend_count");
        assert_eq!(
            resends,
            (i == 1).then_some(&Value::I64(1)),
            "set on resends only"
        );
    }
    assert_eq!(
        attr(attempts[0], "http.response.status_code"),
        Some(&Value::I64(503))
    );
    assert_eq!(attr(attempts[0], "error.type"), Some(&"503".into()));
    assert!(matches!(attempts[0].status, Status::Error { .. }));
    assert_eq!(
        attr(attempts[1], "http.response.status_code"),
        Some(&Value::I64(200))
    );
    assert_eq!(attr(attempts[1], "error.type"), None);

    // Each attempt's context went out as `traceparent`.
    let seen = server.take();
    assert_eq!(seen.len(), 2);
    for (request, attempt) in seen.iter().zip(&attempts) {
        let want = format!(
            "00-{}-{}-01",
            attempt.span_context.trace_id(),
            attempt.span_context.span_id()
        );
        assert_eq!(request.header("traceparent"), Some(want.as_str()));
    }

    // No secret anywhere: the key the server echoed, the room id, the query's value.
    for span in &spans {
        let text = format!("{:?} {:?} {:?}", span.name, span.attributes, span.status);
        assert!(
            !text.contains(TEST_KEY) && !text.contains("KEY017F"),
            "{text}"
        );
        assert!(!text.contains(ROOM) && !text.contains("=true"), "{text}");
    }
}

/// The metrics of one named instrument.
fn metric<'m>(all: &'m [ResourceMetrics], name: &str) -> &'m AggregatedMetrics {
    all.iter()
        .flat_map(|r| r.scope_metrics())
        .flat_map(|s| s.metrics())
        .filter(|m| m.name() == name)
        .last()
        .unwrap_or_else(|| panic!("no {name} in {all:#?}"))
        .data()
}

fn has(attributes: &[&KeyValue], key: &str, value: Value) -> bool {
    attributes
        .iter()
        .any(|kv| kv.key.as_str() == key && kv.value == value)
}

/// Sums of a counter, one per data point, with the data point's attributes.
fn sums(all: &[ResourceMetrics], name: &str) -> Vec<(u64, Vec<KeyValue>)> {
    match metric(all, name) {
        AggregatedMetrics::U64(MetricData::Sum(s)) => s
            .data_points()
            .map(|p| (p.value(), p.attributes().cloned().collect()))
            .collect(),
        other => panic!("{name} is not a u64 sum: {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_count_attempts_retries_caps_and_pages() {
    let sdk = Sdk::new();
    let server = CaptureServer::start().await;
    // get_room: 503 then 200 (one retry). create_room: 429 asking for a wait past the cap.
    server.reply(Reply::json(503, json!({"errors": []})));
    server.reply(Reply::json(200, room()));
    server.reply(Reply::json(429, json!({"errors": []})).header("retry-after", "3600"));
    let meta = |n| json!({"page_number": n, "page_size": 1, "total_pages": 2, "total_results": 2});
    server.reply(Reply::json(
        200,
        json!({"data": [room()["data"]], "meta": meta(1)}),
    ));
    let other = json!({"id": "1ccc7b54-4df3-4bca-a65a-3da1ecc777f0", "unique_name": "s"});
    server.reply(Reply::json(200, json!({"data": [other], "meta": meta(2)})));
    let client = sdk.client(&server);
    let task = tokio::spawn(async move {
        client.get_room().room_id(ROOM).send().await.unwrap();
        client.create_room().send().await.unwrap_err();
        use futures::TryStreamExt;
        let rooms: Vec<_> = client
            .list_rooms()
            .page_size(1)
            .stream()
            .try_collect()
            .await
            .unwrap();
        assert_eq!(rooms.len(), 2);
    });
    task.await.unwrap();

    let all = sdk.metrics();
    let AggregatedMetrics::F64(MetricData::Histogram(h)) =
        metric(&all, "http.client.request.duration")
    else {
        panic!("http.client.request.duration is not an f64 histogram");
    };
    let points: Vec<(u64, Vec<&KeyValue>)> = h
        .data_points()
        .map(|p| (p.count(), p.attributes().collect()))
        .collect();
    let count = |status: i64, op: &'static str| -> u64 {
        points
            .iter()
            .filter(|(_, a)| has(a, "http.response.status_code", Value::I64(status)))
            .filter(|(_, a)| has(a, "telnyx_rooms.operation", op.into()))
            .map(|(c, _)| c)
            .sum()
    };
    assert_eq!((count(503, "get_room"), count(200, "get_room")), (1, 1));
    assert_eq!(
        (count(429, "create_room"), count(200, "list_rooms")),
        (1, 2)
    );
    for (_, a) in &points {
        assert!(has(
            a,
            "http.request.method",
            Value::from(if has(a, "telnyx_rooms.operation", "create_room".into()) {
                "POST"
            } else {
                "GET"
            })
        ));
        assert!(a.iter().any(|kv| kv.key.as_str() == "url.template"));
        assert!(
            !format!("{a:?}").contains(ROOM),
            "no id in a metric's attributes"
        );
    }

    let retries = sums(&all, "telnyx_rooms.client.retries");
    assert_eq!(retries.len(), 1, "{retries:?}");
    assert_eq!(retries[0].0, 1);
    assert!(retries[0].1.contains(&KeyValue::new("error.type", "503")));
    let caps = sums(&all, "telnyx_rooms.client.caps");
    assert_eq!(caps.len(), 1, "{caps:?}");
    assert_eq!(caps[0].0, 1);
    assert!(caps[0]
        .1
        .contains(&KeyValue::new("telnyx_rooms.cap", "retry_after")));
    assert!(caps[0]
        .1
        .contains(&KeyValue::new("telnyx_rooms.operation", "create_room")));
    let pages = sums(&all, "telnyx_rooms.client.pages");
    assert_eq!(
        pages,
        vec![(
            2,
            vec![KeyValue::new("telnyx_rooms.operation", "list_rooms")]
        )]
    );
    let AggregatedMetrics::F64(MetricData::Histogram(calls)) =
        metric(&all, "telnyx_rooms.client.call.duration")
    else {
        panic!("no call duration");
    };
    let calls: u64 = calls.data_points().map(|p| p.count()).sum();
    assert_eq!(
        calls, 4,
        "one per call: get_room, create_room and two pages"
    );
}
