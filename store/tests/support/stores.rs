//! Every kind of store, as several instances with their own connections (one shared instance
//! for memory: an in-memory store is one process's).

use std::sync::Arc;

use telnyx_rooms_store::{ActivityStore, MemoryStore, PostgresStore, RedisStore, Settings};

/// The servers a kind of store needs, held for the test (dropping one stops it).
#[allow(dead_code)]
pub enum Server {
    None,
    Postgres(super::Postgres),
    Redis(super::Redis),
}

#[derive(Debug, Clone, Copy)]
pub enum Kind {
    Memory,
    Postgres,
    Redis,
}

/// `n` instances of one store: separate connections for the shared stores, one `Arc` for
/// memory (an in-memory store is one process's).
pub async fn instances(kind: Kind, n: usize) -> (Vec<Arc<dyn ActivityStore>>, Server) {
    instances_with(kind, n, Settings::default()).await
}

/// [`instances`] with `settings`.
pub async fn instances_with(
    kind: Kind,
    n: usize,
    settings: Settings,
) -> (Vec<Arc<dyn ActivityStore>>, Server) {
    match kind {
        Kind::Memory => {
            let one: Arc<dyn ActivityStore> = Arc::new(MemoryStore::with_settings(settings));
            ((0..n).map(|_| one.clone()).collect(), Server::None)
        }
        Kind::Postgres => {
            let server = super::Postgres::start();
            let mut out: Vec<Arc<dyn ActivityStore>> = Vec::new();
            for _ in 0..n {
                out.push(Arc::new(
                    PostgresStore::connect_with(&server.url, settings.clone())
                        .await
                        .unwrap(),
                ));
            }
            (out, Server::Postgres(server))
        }
        Kind::Redis => {
            let server = super::Redis::start();
            let mut out: Vec<Arc<dyn ActivityStore>> = Vec::new();
            for _ in 0..n {
                out.push(Arc::new(
                    RedisStore::connect_with(&server.url, settings.clone())
                        .await
                        .unwrap(),
                ));
            }
            (out, Server::Redis(server))
        }
    }
}
