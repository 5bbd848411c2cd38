//! `TELNYX_ROOMS_BENCH_ROLE=telemetry MODE=off|noop|sdk CALLS=n`: one round of `n` `get_room`
//! calls against the fixed loopback server, after 500 to warm up; prints the calls per second.
//! `off` needs the benchmark built without feature `otel`; `noop` (the feature on, no provider
//! installed: OpenTelemetry's no-op global) and `sdk` (the SDK's providers, spans through a
//! batch processor and metrics through a periodic reader, into in-memory exporters) need it
//! built with. `cargo xtask telemetry-cost` builds both and alternates the three.

use std::time::Instant;

use super::{fixed_server, runtime, ROOM_ID};

pub(super) fn round() {
    let calls: usize = std::env::var("CALLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4000);
    let mode = std::env::var("MODE").unwrap_or_default();
    runtime().block_on(async {
        let (addr, _) = fixed_server().await;
        let client = client(addr, &mode);
        let call = || async {
            std::hint::black_box(
                client
                    .get_room()
                    .room_id(ROOM_ID)
                    .execute()
                    .await
                    .expect("get"),
            );
        };
        for _ in 0..500 {
            call().await;
        }
        let started = Instant::now();
        for _ in 0..calls {
            call().await;
        }
        println!("{:.1}", calls as f64 / started.elapsed().as_secs_f64());
    });
}

#[cfg(not(feature = "otel"))]
fn client(addr: std::net::SocketAddr, mode: &str) -> telnyx_rooms::Client {
    assert_eq!(
        mode, "off",
        "MODE={mode} needs the benchmark built with --features otel"
    );
    super::sdk(addr)
}

#[cfg(feature = "otel")]
fn client(addr: std::net::SocketAddr, mode: &str) -> telnyx_rooms::Client {
    use opentelemetry_sdk::metrics::{InMemoryMetricExporter, PeriodicReader, SdkMeterProvider};
    use opentelemetry_sdk::trace::{InMemorySpanExporter, SdkTracerProvider};
    let builder = telnyx_rooms::Client::builder()
        .api_key("KEY0BENCH")
        .base_url(format!("http://{addr}"));
    let builder = match mode {
        "noop" => builder,
        "sdk" => {
            let tracer = SdkTracerProvider::builder()
                .with_batch_exporter(InMemorySpanExporter::default())
                .build();
            let meter = SdkMeterProvider::builder()
                .with_reader(PeriodicReader::builder(InMemoryMetricExporter::default()).build())
                .build();
            let builder = builder.tracer_provider(&tracer).meter_provider(&meter);
            // The providers live as long as the process (the round).
            std::mem::forget((tracer, meter));
            builder
        }
        other => panic!("MODE={other} needs the benchmark built without --features otel"),
    };
    builder.build().expect("client")
}
