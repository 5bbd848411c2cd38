//! Stores whose servers fail, against real servers started here: stopped for longer than the
//! connection retries and started again (calls fail while it is down, then succeed, with no
//! reconnection by hand, and a follower's feed goes on); and bad URLs and servers that refuse,
//! never answer, or want a password or TLS: each is one line naming the cause, within the
//! connect timeout.

mod support;

use std::time::{Duration, Instant};

use futures::StreamExt;
use support::events::{at, event};
use telnyx_rooms_store::{ActivityStore, PostgresStore, RedisStore, Settings, StoreError};
use uuid::Uuid;

fn settings() -> Settings {
    Settings::default()
        .connect_timeout(Duration::from_secs(1))
        .call_timeout(Duration::from_secs(2))
}

fn joined(n: u128) -> telnyx_rooms::webhooks::WebhookEvent {
    event(
        "participant.joined",
        at(n as i64),
        serde_json::json!({"room_id": Uuid::from_u128(1), "session_id": Uuid::from_u128(2),
            "participant_id": Uuid::from_u128(100 + n), "context": format!("p{n}")}),
    )
}

/// Applies `e` until it is stored (within `limit`); how many attempts failed first.
async fn until_stored(
    store: &dyn ActivityStore,
    e: &telnyx_rooms::webhooks::WebhookEvent,
    limit: Duration,
) -> usize {
    let started = Instant::now();
    let mut failed = 0;
    loop {
        match store.apply(e).await {
            Ok(_) => return failed,
            Err(err) => {
                assert!(err.is_unavailable(), "{err}");
                assert!(
                    started.elapsed() < limit,
                    "not stored within {limit:?}: {err}"
                );
                failed += 1;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    }
}

/// Down for 8 s, longer than the connection retries (Redis's manager gives up after 3): every
/// call fails within the call timeout, then works again once the server is back.
async fn heals(
    store: Box<dyn ActivityStore>,
    stop: impl FnOnce(),
    start: impl FnOnce(),
    name: &str,
) {
    let mut feed = store.changes().await.unwrap();
    assert!(store.apply(&joined(1)).await.unwrap().changed());
    stop();
    for n in [2, 3] {
        let started = Instant::now();
        let e = store
            .apply(&joined(n))
            .await
            .expect_err("the server is down");
        assert!(e.is_unavailable(), "{name}: {e}");
        assert!(
            started.elapsed() < Duration::from_secs(4),
            "{name}: failed within the timeouts, after {:?}: {e}",
            started.elapsed()
        );
        tokio::time::sleep(Duration::from_secs(4)).await;
    }
    start();
    let failed = until_stored(store.as_ref(), &joined(2), Duration::from_secs(20)).await;
    eprintln!("{name}: stored after {failed} more failures");
    until_stored(store.as_ref(), &joined(3), Duration::from_secs(5)).await;
    let room = store.room(Uuid::from_u128(1)).await.unwrap();
    let present: Vec<_> = room
        .present(Uuid::from_u128(1))
        .into_iter()
        .filter_map(|p| p.context)
        .collect();
    assert_eq!(present, ["p1", "p2", "p3"], "{name}");
    // The follower's feed went on by itself: the three changes, each once (errors while the
    // server was down are items of their own).
    let mut heard = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(20);
    while heard.len() < 3 {
        assert!(Instant::now() < deadline, "{name}: heard {heard:?}");
        if let Ok(Some(Ok(change))) =
            tokio::time::timeout(Duration::from_secs(2), feed.next()).await
        {
            heard.push(change.position);
        }
    }
    assert!(heard.windows(2).all(|w| w[0] < w[1]), "{name}: {heard:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_postgres_down_longer_than_the_retries_heals_without_a_restart() {
    let pg = std::sync::Arc::new(std::sync::Mutex::new(support::Postgres::start()));
    let url = pg.lock().unwrap().url.clone();
    let store = Box::new(PostgresStore::connect_with(&url, settings()).await.unwrap());
    let (a, b) = (pg.clone(), pg.clone());
    heals(
        store,
        move || a.lock().unwrap().stop(),
        move || b.lock().unwrap().start_again(),
        "postgres",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redis_down_longer_than_the_retries_heals_without_a_restart() {
    let redis = std::sync::Arc::new(std::sync::Mutex::new(support::Redis::start()));
    let url = redis.lock().unwrap().url.clone();
    let store = Box::new(RedisStore::connect_with(&url, settings()).await.unwrap());
    let (a, b) = (redis.clone(), redis.clone());
    heals(
        store,
        move || a.lock().unwrap().stop(),
        move || b.lock().unwrap().start_again(),
        "redis",
    )
    .await;
}

/// A port that accepts connections and never says a word.
async fn silent() -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((s, _)) = listener.accept().await {
            held.push(s);
        }
    });
    port
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Connecting to `url` fails within `within`, with one line that contains `cause`.
async fn refused(url: &str, cause: &str, within: Duration) {
    let started = Instant::now();
    let e = match telnyx_rooms_store::connect_with(url, settings()).await {
        Ok(_) => panic!("{url}: connected"),
        Err(e) => e,
    };
    let took = started.elapsed();
    let text = e.to_string();
    assert!(
        text.contains(cause),
        "{url}: `{text}` does not say `{cause}`"
    );
    assert!(!text.contains('\n'), "one line: {text}");
    assert!(!text.contains("wrong-secret"), "no password: {text}");
    assert!(took < within, "{url}: took {took:?}: {text}");
    eprintln!("{url}: {text} ({took:?})");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_postgres_urls_and_servers_say_the_cause() {
    let pg = support::Postgres::start();
    let port = pg
        .url
        .rsplit(':')
        .next()
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_string();
    // A user who needs a password, and one who needs TLS.
    let (client, connection) = tokio_postgres::connect(&pg.url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    client
        .batch_execute(
            "CREATE ROLE alice LOGIN PASSWORD 'right-secret'; CREATE ROLE bob LOGIN; \
             GRANT ALL ON SCHEMA public TO alice;",
        )
        .await
        .unwrap();
    let hba = pg.data_dir().join("pg_hba.conf");
    let old = std::fs::read_to_string(&hba).unwrap();
    std::fs::write(
        &hba,
        format!(
            "host all alice 127.0.0.1/32 scram-sha-256\nhostnossl all bob 127.0.0.1/32 reject\n{old}"
        ),
    )
    .unwrap();
    client
        .batch_execute("SELECT pg_reload_conf()")
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;

    let second = Duration::from_millis(2500);
    refused(
        &format!("postgres://rooms@127.0.0.1:{}/postgres", free_port()),
        "refused",
        second,
    )
    .await;
    refused(
        &format!("postgres://rooms@127.0.0.1:{}/postgres", silent().await),
        "no answer within 1s (connecting)",
        second,
    )
    .await;
    // The URL's connect_timeout is honoured (over the settings' 1 s here: 2 s).
    refused(
        &format!(
            "postgres://rooms@127.0.0.1:{}/postgres?connect_timeout=2",
            silent().await
        ),
        "no answer within 2s",
        Duration::from_millis(3500),
    )
    .await;
    refused(
        &format!("postgres://rooms@127.0.0.1:{port}/nope"),
        "database \"nope\" does not exist",
        second,
    )
    .await;
    refused(
        &format!("postgres://alice:wrong-secret@127.0.0.1:{port}/postgres"),
        "password authentication failed for user \"alice\"",
        second,
    )
    .await;
    refused(
        &format!("postgres://bob@127.0.0.1:{port}/postgres"),
        "no encryption",
        second,
    )
    .await;
    refused(
        "postgres://rooms@127.0.0.1:notaport/x",
        "not a PostgreSQL URL",
        second,
    )
    .await;
    // The right password works.
    telnyx_rooms_store::connect_with(
        &format!("postgres://alice:right-secret@127.0.0.1:{port}/postgres"),
        settings(),
    )
    .await
    .map(drop)
    .unwrap_or_else(|e| panic!("{e}"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_redis_urls_and_servers_say_the_cause() {
    let redis = support::Redis::start_with(&["--requirepass", "right-secret"]);
    let port = redis
        .url
        .rsplit(':')
        .next()
        .unwrap()
        .trim_end_matches('/')
        .to_string();
    let second = Duration::from_millis(2500);
    refused(
        &format!("redis://127.0.0.1:{}/", free_port()),
        "refused",
        second,
    )
    .await;
    refused(
        &format!("redis://127.0.0.1:{}/", silent().await),
        "no answer within 1s",
        second,
    )
    .await;
    refused(&format!("redis://127.0.0.1:{port}/"), "NOAUTH", second).await;
    refused(
        &format!("redis://:wrong-secret@127.0.0.1:{port}/"),
        "Password authentication failed",
        second,
    )
    .await;
    refused("redis://127.0.0.1:notaport/", "not a Redis URL", second).await;
    let store = telnyx_rooms_store::connect_with(
        &format!("redis://:right-secret@127.0.0.1:{port}/"),
        settings(),
    )
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(store.apply(&joined(1)).await.unwrap().changed());
    let e: StoreError = telnyx_rooms_store::connect("mysql://x")
        .await
        .err()
        .unwrap();
    assert!(e.to_string().contains("postgres://"), "{e}");
}
