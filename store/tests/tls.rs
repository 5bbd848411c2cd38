//! TLS to both servers, with a certificate authority and a server certificate made by the test:
//! a PostgreSQL that refuses plain connections, reached with `sslmode=require` and with
//! `sslmode=verify-full&sslrootcert=...`; a Redis that listens only for TLS, reached with
//! `rediss://` and the authority given in the settings. The feed's own connections use TLS too.
//! A certificate from another authority is refused, saying so.

mod support;

use std::process::{Command, Stdio};
use std::time::Duration;

use futures::StreamExt;
use support::events::{at, event};
use telnyx_rooms_store::Settings;
use uuid::Uuid;

/// A certificate authority and a certificate for `localhost` and 127.0.0.1 signed by it (PEM).
struct Certs {
    ca: String,
    cert: String,
    key: String,
}

fn certs() -> Certs {
    use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "telnyx-rooms test CA");
    let ca = ca_params.self_signed(&ca_key).unwrap();
    let key = KeyPair::generate().unwrap();
    let params =
        CertificateParams::new(vec!["localhost".to_string(), "127.0.0.1".to_string()]).unwrap();
    let cert = params
        .signed_by(&key, &Issuer::new(ca_params, ca_key))
        .unwrap();
    Certs {
        ca: ca.pem(),
        cert: cert.pem(),
        key: key.serialize_pem(),
    }
}

fn joined(n: u128) -> telnyx_rooms::webhooks::WebhookEvent {
    event(
        "participant.joined",
        at(n as i64),
        serde_json::json!({"room_id": Uuid::from_u128(1), "session_id": Uuid::from_u128(2),
            "participant_id": Uuid::from_u128(100 + n)}),
    )
}

/// Applies, and hears of it on the feed (whose connection is a TLS one of its own).
async fn works(url: &str, settings: Settings) {
    let store = telnyx_rooms_store::connect_with(url, settings)
        .await
        .unwrap_or_else(|e| panic!("{url}: {e}"));
    let mut feed = store.changes().await.unwrap();
    let n = rand_n();
    assert!(store.apply(&joined(n)).await.unwrap().changed(), "{url}");
    let change = tokio::time::timeout(Duration::from_secs(10), feed.next())
        .await
        .expect("the change on the feed")
        .unwrap()
        .unwrap();
    assert_eq!(change.room_id, Uuid::from_u128(1), "{url}");
}

fn rand_n() -> u128 {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    N.fetch_add(1, std::sync::atomic::Ordering::SeqCst) as u128
}

async fn refused(url: &str, settings: Settings, cause: &str) {
    let e = match telnyx_rooms_store::connect_with(url, settings).await {
        Ok(_) => panic!("{url}: connected"),
        Err(e) => e.to_string(),
    };
    assert!(e.contains(cause), "{url}: `{e}` does not say `{cause}`");
    assert!(!e.contains('\n'), "{e}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_over_tls() {
    let c = certs();
    let pg = support::Postgres::start_tls(&c.cert, &c.key);
    let port = pg
        .url
        .rsplit(':')
        .next()
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_string();
    let dir = tempdir();
    let ca_file = dir.join("ca.pem");
    std::fs::write(&ca_file, &c.ca).unwrap();
    let quick = Settings::default().connect_timeout(Duration::from_secs(3));
    // Plain connections are refused by the server: the cause says so.
    refused(&pg.url, quick.clone(), "no encryption").await;
    works(&format!("{}?sslmode=require", pg.url), quick.clone()).await;
    for host in ["localhost", "127.0.0.1"] {
        works(
            &format!(
                "postgres://rooms@{host}:{port}/postgres?sslmode=verify-full&sslrootcert={}",
                ca_file.display()
            ),
            quick.clone(),
        )
        .await;
    }
    // The authority in the settings works as sslrootcert does.
    works(
        &format!("postgres://rooms@localhost:{port}/postgres?sslmode=verify-full"),
        quick.clone().tls_root_certificate(c.ca.clone()),
    )
    .await;
    // Another authority's certificate is refused.
    let other = certs();
    refused(
        &format!("postgres://rooms@localhost:{port}/postgres?sslmode=verify-full"),
        quick.clone().tls_root_certificate(other.ca),
        "certificate",
    )
    .await;
    refused(
        &format!("{}?sslmode=sometimes", pg.url),
        quick,
        "sslmode=sometimes",
    )
    .await;
}

fn tempdir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "telnyx-rooms-tls-{}-{}",
        std::process::id(),
        rand_n()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A Redis that listens only for TLS; killed when dropped.
struct TlsRedis(std::process::Child, u16);

impl Drop for TlsRedis {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn redis_tls(c: &Certs) -> TlsRedis {
    let dir = tempdir();
    for (name, pem) in [
        ("ca.pem", &c.ca),
        ("cert.pem", &c.cert),
        ("key.pem", &c.key),
    ] {
        std::fs::write(dir.join(name), pem).unwrap();
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let bin = ["/usr/bin/redis-server", "/usr/local/bin/redis-server"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists())
        .expect("redis-server (installed by the tests' set-up)");
    let child = Command::new(bin)
        .args([
            "--port",
            "0",
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ])
        .args(["--tls-port", &port.to_string(), "--tls-auth-clients", "no"])
        .arg("--tls-cert-file")
        .arg(dir.join("cert.pem"))
        .arg("--tls-key-file")
        .arg(dir.join("key.pem"))
        .arg("--tls-ca-cert-file")
        .arg(dir.join("ca.pem"))
        .arg("--dir")
        .arg(&dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "redis-server with TLS did not listen"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    TlsRedis(child, port)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_over_tls() {
    let c = certs();
    let server = redis_tls(&c);
    let port = server.1;
    let quick = Settings::default().connect_timeout(Duration::from_secs(3));
    let url = format!("rediss://localhost:{port}/");
    works(&url, quick.clone().tls_root_certificate(c.ca.clone())).await;
    // Without the authority (the system's roots do not know it): refused, saying why.
    refused(&url, quick.clone(), "certificate").await;
    // Plain to a TLS port: no answer a client can read.
    let e = telnyx_rooms_store::connect_with(&format!("redis://127.0.0.1:{port}/"), quick)
        .await
        .err()
        .expect("plain to a TLS port fails");
    assert!(e.is_unavailable() || !e.to_string().is_empty(), "{e}");
}
