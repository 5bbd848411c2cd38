//! A real Prometheus server (the distribution's package, installed by `tools/setup`, started
//! here in the background with stdin closed) scrapes a running `webhooks listen --metrics` and
//! the emulator's `_emulator/metrics` (the receiver is then stopped by SIGTERM); queries through its HTTP API return the counts of a
//! known traffic: the room's events each delivered twice (duplicate chaos), forged and
//! unsigned deliveries, an injected 503 the client retried.

use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::Value;
use telnyx_rooms_emulator::{DeliveryChaos, Emulator};
use tokio::io::{AsyncBufReadExt, BufReader};

const KEY: &str = "KEY0CLImetrics";

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// `webhooks listen` with `--metrics`, started; its stderr's two first lines checked.
async fn listen(emu: &Emulator, port: u16, metrics: u16) -> tokio::process::Child {
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_telnyx-rooms"))
        .args(["webhooks", "listen", "--port", &port.to_string()])
        .args(["--metrics", &format!("127.0.0.1:{metrics}")])
        .env("TELNYX_PUBLIC_KEY", emu.webhook_public_key())
        .env("TELNYX_API_KEY", KEY)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut next = async || {
        tokio::time::timeout(Duration::from_secs(10), stderr.next_line())
            .await
            .unwrap()
            .unwrap()
            .unwrap()
    };
    assert_eq!(
        next().await,
        format!("listening on http://127.0.0.1:{port}")
    );
    assert_eq!(
        next().await,
        format!("metrics on http://127.0.0.1:{metrics}/metrics")
    );
    // What it says later is drained, so that it never blocks on a full pipe.
    tokio::spawn(async move { while let Ok(Some(_)) = stderr.next_line().await {} });
    child
}

/// Prometheus on `port`, scraping `listen` and the emulator every 500 ms.
async fn prometheus(port: u16, listen: u16, emu: &Emulator) -> tokio::process::Child {
    let binary = "prometheus";
    assert!(
        std::process::Command::new(binary)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success()),
        "`prometheus` is not installed: run tools/setup"
    );
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("prometheus-{port}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let config = format!(
        "global:\n  scrape_interval: 500ms\n  scrape_timeout: 400ms\n\
         scrape_configs:\n\
         - job_name: listen\n  static_configs: [{{targets: ['127.0.0.1:{listen}']}}]\n\
         - job_name: emulator\n  metrics_path: /v2/_emulator/metrics\n  static_configs: [{{targets: ['{}']}}]\n",
        emu.addr()
    );
    std::fs::write(dir.join("prometheus.yml"), config).unwrap();
    let child = tokio::process::Command::new(binary)
        .arg(format!(
            "--config.file={}",
            dir.join("prometheus.yml").display()
        ))
        .arg(format!(
            "--storage.tsdb.path={}",
            dir.join("data").display()
        ))
        .arg(format!("--web.listen-address=127.0.0.1:{port}"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(dir.join("log")).unwrap())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let ready = format!("http://127.0.0.1:{port}/-/ready");
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(r) = reqwest::get(&ready).await {
            if r.status().is_success() {
                return child;
            }
        }
        let log = std::fs::read_to_string(dir.join("log")).unwrap_or_default();
        assert!(
            Instant::now() < deadline,
            "Prometheus did not get ready:\n{log}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The values of a PromQL query by the value of `label` (`""` for a query without one).
async fn query(port: u16, promql: &str, label: &str) -> Vec<(String, f64)> {
    let url = reqwest::Url::parse_with_params(
        &format!("http://127.0.0.1:{port}/api/v1/query"),
        [("query", promql)],
    )
    .unwrap();
    let body: Value =
        serde_json::from_str(&reqwest::get(url).await.unwrap().text().await.unwrap()).unwrap();
    assert_eq!(body["status"], "success", "{promql}: {body}");
    let mut values: Vec<(String, f64)> = body["data"]["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let name = r["metric"][label].as_str().unwrap_or_default().to_string();
            (name, r["value"][1].as_str().unwrap().parse().unwrap())
        })
        .collect();
    values.sort_by(|a, b| a.0.cmp(&b.0));
    values
}

/// Waits (30 s at most) until `promql` by `label` gives `want`.
async fn until(port: u16, promql: &str, label: &str, want: &[(&str, f64)]) {
    let want: Vec<(String, f64)> = want.iter().map(|(k, v)| (k.to_string(), *v)).collect();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let got = query(port, promql, label).await;
        if got == want {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{promql}: got {got:?}, want {want:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prometheus_scrapes_listen_and_the_emulator_and_counts_a_known_traffic() {
    let emu = Emulator::start().await.unwrap();
    let (port, metrics, prom) = (free_port(), free_port(), free_port());
    let mut receiver = listen(&emu, port, metrics).await;
    let _prometheus = prometheus(prom, metrics, &emu).await;
    until(prom, "up", "job", &[("emulator", 1.0), ("listen", 1.0)]).await;

    // The room's life, each event delivered twice.
    emu.set_delivery_chaos(DeliveryChaos {
        duplicate: 1.0,
        ..Default::default()
    })
    .unwrap();
    let client = emu.client();
    let room = client
        .create_room()
        .webhook_event_url(format!("http://127.0.0.1:{port}/webhooks"))
        .execute()
        .await
        .unwrap();
    emu.fail_next(1, reqwest::StatusCode::SERVICE_UNAVAILABLE, None);
    client.get_room().room_id(room.id).execute().await.unwrap();
    let alice = emu.join(room.id, "alice").unwrap();
    emu.join(room.id, "bob").unwrap();
    emu.leave(alice.id).unwrap();
    // session started, two joins, a leave: 4 events, 8 deliveries.
    let deadline = Instant::now() + Duration::from_secs(20);
    while emu
        .webhook_deliveries()
        .iter()
        .filter(|d| d.succeeded())
        .count()
        < 8
    {
        assert!(Instant::now() < deadline, "{:#?}", emu.webhook_deliveries());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // Forged: a wrong signature three times, no signature twice.
    let http = reqwest::Client::new();
    let hook = format!("http://127.0.0.1:{port}/webhooks");
    let now = chrono::Utc::now().timestamp().to_string();
    for _ in 0..3 {
        let forged = http
            .post(&hook)
            .header("telnyx-signature-ed25519", "A".repeat(86) + "==")
            .header("telnyx-timestamp", &now)
            .body(r#"{"data":{}}"#)
            .send()
            .await
            .unwrap();
        assert_eq!(forged.status().as_u16(), 401);
    }
    for _ in 0..2 {
        let unsigned = http.post(&hook).body("{}").send().await.unwrap();
        assert_eq!(unsigned.status().as_u16(), 401);
    }

    until(
        prom,
        "sum by (outcome) (telnyx_rooms_listen_deliveries_total)",
        "outcome",
        &[("already_known", 4.0), ("changed", 4.0), ("refused", 5.0)],
    )
    .await;
    until(
        prom,
        "sum by (reason) (telnyx_rooms_listen_refusals_total)",
        "reason",
        &[("missing_header", 2.0), ("signature_mismatch", 3.0)],
    )
    .await;
    until(
        prom,
        "sum by (outcome) (telnyx_rooms_emulator_webhook_deliveries_total)",
        "outcome",
        &[("delivered", 8.0)],
    )
    .await;
    until(
        prom,
        r#"sum by (status) (telnyx_rooms_emulator_requests_total{operation=~"create_room|get_room"})"#,
        "status",
        &[("200", 1.0), ("201", 1.0), ("503", 1.0)],
    )
    .await;
    // The store's calls, from the receiver's page: 8 deliveries read their facts, 4 wrote a
    // change, and the room was read after each change to print it.
    until(
        prom,
        r#"sum by (call) (telnyx_rooms_store_call_duration_seconds_count{backend="memory",outcome="ok"})"#,
        "call",
        &[("load", 12.0), ("write", 4.0)],
    )
    .await;
    until(
        prom,
        "sum(telnyx_rooms_store_write_conflicts_total)",
        "",
        &[],
    )
    .await;
    until(prom, "telnyx_rooms_listen_in_flight", "", &[("", 0.0)]).await;

    // Stopped as a service manager stops it: SIGTERM, exit 0 with its metrics page up.
    let pid = receiver.id().unwrap().to_string();
    std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap();
    let status = tokio::time::timeout(Duration::from_secs(10), receiver.wait())
        .await
        .expect("it stops on SIGTERM")
        .unwrap();
    assert!(status.success(), "{status}");
}
