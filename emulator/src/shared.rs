//! What the server, the delivery task and the timers of one emulator share: the store, the
//! knobs, the timing, the delivery log and the tasks to stop.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use reqwest::StatusCode;
use tokio::task::JoinSet;
use uuid::Uuid;

use super::{store, Delivery, Refused, Timing};
use telnyx_rooms::types::RoomParticipant;

/// Takes a lock whatever happened to its last holder: a handler that panicked while holding it
/// (its request answered 500) must not make every later request panic too.
/// Events waiting between the store and the dispatcher (which hands each on at once, to its
/// receiver's queue); more are dropped, and logged as such.
pub const EVENTS: usize = 65_536;

pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Test knobs shared with the server.
#[derive(Default)]
pub(crate) struct Knobs {
    pub(super) latency: Mutex<Duration>,
    pub(super) failures: Mutex<VecDeque<(StatusCode, Option<u64>)>>,
    pub(super) drops: AtomicUsize,
    pub(super) requests: AtomicUsize,
    pub(super) connections: AtomicUsize,
    /// Response body bytes sent, as they went on the wire (compressed when they were).
    pub(super) body_bytes_out: AtomicUsize,
    pub(super) in_flight: AtomicUsize,
    /// `Emulator::panic_next_request`: the next API request panics holding the store lock.
    pub(super) panic_next: AtomicBool,
    pub(super) max_in_flight: AtomicUsize,
}

/// How many log entries one `GET {base}/_emulator/webhooks` answer holds at most.
pub(crate) const LOG_PAGE: usize = 1000;

/// The webhook delivery log: the last `capacity` attempts, each with a sequence number.
#[derive(Debug)]
pub(crate) struct Log {
    entries: VecDeque<Delivery>,
    capacity: usize,
    next_seq: u64,
}

impl Default for Log {
    fn default() -> Self {
        Log {
            entries: VecDeque::new(),
            capacity: crate::DEFAULT_WEBHOOK_LOG,
            next_seq: 1,
        }
    }
}

impl Log {
    fn push(&mut self, mut d: Delivery) -> Delivery {
        d.seq = self.next_seq;
        self.next_seq += 1;
        while self.entries.len() >= self.capacity.max(1) {
            self.entries.pop_front();
        }
        self.entries.push_back(d.clone());
        d
    }

    /// The entry `seq`, if still kept, and the highest attempt logged for its event.
    pub(crate) fn entry(&self, seq: u64) -> Option<(Delivery, u32)> {
        let i = self.entries.binary_search_by_key(&seq, |d| d.seq).ok()?;
        let d = self.entries[i].clone();
        let last = self
            .entries
            .iter()
            .filter(|e| e.event_id == d.event_id)
            .map(|e| e.attempt)
            .max()
            .unwrap_or(d.attempt);
        Some((d, last))
    }

    /// Keeps the last `capacity` entries from now on.
    pub(crate) fn set_capacity(&mut self, capacity: usize) {
        self.capacity = capacity.max(1);
        while self.entries.len() > self.capacity {
            self.entries.pop_front();
        }
    }

    /// Up to `max` entries with a sequence number above `seq`, oldest first.
    pub(crate) fn after(&self, seq: u64, max: usize) -> Vec<Delivery> {
        let skip = self.entries.partition_point(|d| d.seq <= seq);
        self.entries.iter().skip(skip).take(max).cloned().collect()
    }

    /// Every entry kept, oldest first.
    pub(crate) fn all(&self) -> Vec<Delivery> {
        self.entries.iter().cloned().collect()
    }

    /// The oldest sequence number kept (the next one when the log is empty).
    pub(crate) fn first_seq(&self) -> u64 {
        self.entries.front().map_or(self.next_seq, |d| d.seq)
    }

    /// The newest sequence number given (0 before the first entry).
    pub(crate) fn newest_seq(&self) -> u64 {
        self.next_seq - 1
    }
}

/// What the server, the delivery task and the timers share.
pub(crate) struct Shared {
    pub(super) store: Mutex<store::Store>,
    pub(super) knobs: Knobs,
    pub(super) timing: Mutex<Timing>,
    pub(super) any_host: AtomicBool,
    pub(super) events: tokio::sync::mpsc::Sender<store::Outgoing>,
    pub(super) deliveries: Mutex<Log>,
    /// The delivery chaos in force, and a generation that changes with every setting.
    pub(super) chaos: Mutex<(crate::DeliveryChaos, u64)>,
    /// Every task of this emulator (server, delivery, timers): aborted when it stops.
    pub(super) tasks: Mutex<JoinSet<()>>,
    pub(super) runtime: tokio::runtime::Handle,
    /// What signs every webhook.
    pub(super) signer: telnyx_rooms::webhooks::testing::TestSigner,
    /// What `GET _emulator/metrics` shows.
    pub(super) metrics: crate::metrics::Metrics,
}

impl Shared {
    /// Runs `f` on the store, then hands on what it caused: events to the delivery task,
    /// compositions to their completion timers.
    pub(super) fn with_store<R>(self: &Arc<Self>, f: impl FnOnce(&mut store::Store) -> R) -> R {
        let (r, events, due) = {
            let mut s = crate::shared::lock(&self.store);
            let r = f(&mut s);
            (r, s.take_outbox(), s.take_to_complete())
        };
        self.hand_on(events, due);
        r
    }

    fn hand_on(self: &Arc<Self>, events: Vec<store::Outgoing>, due: Vec<Uuid>) {
        for e in events {
            if let Err(tokio::sync::mpsc::error::TrySendError::Full(e)) = self.events.try_send(e) {
                self.log_delivery(Delivery {
                    seq: 0,
                    url: e.target.url.clone().unwrap_or_default(),
                    event_type: e.event.event_type().to_string(),
                    event_id: e.id,
                    attempt: 0,
                    status: None,
                    error: Some(format!(
                        "dropped: {} events already wait for delivery",
                        EVENTS
                    )),
                    at: chrono::Utc::now(),
                    request: None,
                    response_body: None,
                    duration_ms: None,
                });
            }
        }
        for id in due {
            let delay = self.timing().composition;
            let me = self.clone();
            self.spawn(async move {
                tokio::time::sleep(delay).await;
                me.complete_composition(id);
            });
        }
    }

    fn complete_composition(self: &Arc<Self>, id: Uuid) {
        let events = {
            let mut s = crate::shared::lock(&self.store);
            s.complete_composition(id);
            s.take_outbox()
        };
        self.hand_on(events, Vec::new());
    }

    pub(super) fn spawn(&self, task: impl std::future::Future<Output = ()> + Send + 'static) {
        let mut tasks = crate::shared::lock(&self.tasks);
        while tasks.try_join_next().is_some() {}
        tasks.spawn_on(task, &self.runtime);
    }

    pub(super) fn timing(&self) -> Timing {
        *crate::shared::lock(&self.timing)
    }

    pub(super) fn webhooks_to_any_host(&self) -> bool {
        self.any_host.load(Ordering::SeqCst)
    }

    pub(super) fn set_chaos(&self, chaos: crate::DeliveryChaos) -> Result<(), String> {
        chaos.check()?;
        let mut c = lock(&self.chaos);
        *c = (chaos, c.1 + 1);
        Ok(())
    }

    /// Logs an attempt; returns it with its sequence number.
    pub(super) fn log_delivery(&self, d: Delivery) -> Delivery {
        self.metrics.delivery(&d);
        lock(&self.deliveries).push(d)
    }

    pub(super) fn join(
        self: &Arc<Self>,
        room: Uuid,
        context: Option<String>,
        token: Option<&str>,
    ) -> Result<RoomParticipant, Refused> {
        self.with_store(|s| s.join(room, context, token))
            .map_err(Refused::from)
    }

    pub(super) fn leave(self: &Arc<Self>, participant: Uuid) -> Result<RoomParticipant, Refused> {
        self.with_store(|s| s.leave(participant, "left"))
            .map_err(Refused::from)
    }
}
