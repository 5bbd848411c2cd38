//! What the server, the delivery task and the timers of one emulator share: the store, the
//! knobs, the timing, the delivery log and the tasks to stop.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::StatusCode;
use tokio::task::JoinSet;
use uuid::Uuid;

use super::{store, Delivery, Refused, Timing};
use telnyx_rooms::types::RoomParticipant;

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
    pub(super) max_in_flight: AtomicUsize,
}

/// What the server, the delivery task and the timers share.
pub(crate) struct Shared {
    pub(super) store: Mutex<store::Store>,
    pub(super) knobs: Knobs,
    pub(super) timing: Mutex<Timing>,
    pub(super) any_host: AtomicBool,
    pub(super) events: tokio::sync::mpsc::UnboundedSender<store::Outgoing>,
    pub(super) deliveries: Mutex<Vec<Delivery>>,
    /// Every task of this emulator (server, delivery, timers): aborted when it stops.
    pub(super) tasks: Mutex<JoinSet<()>>,
    pub(super) runtime: tokio::runtime::Handle,
}

impl Shared {
    /// Runs `f` on the store, then hands on what it caused: events to the delivery task,
    /// compositions to their completion timers.
    pub(super) fn with_store<R>(self: &Arc<Self>, f: impl FnOnce(&mut store::Store) -> R) -> R {
        let (r, events, due) = {
            let mut s = self.store.lock().expect("store lock");
            let r = f(&mut s);
            (r, s.take_outbox(), s.take_to_complete())
        };
        self.hand_on(events, due);
        r
    }

    fn hand_on(self: &Arc<Self>, events: Vec<store::Outgoing>, due: Vec<Uuid>) {
        for e in events {
            let _ = self.events.send(e);
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
            let mut s = self.store.lock().expect("store lock");
            s.complete_composition(id);
            s.take_outbox()
        };
        self.hand_on(events, Vec::new());
    }

    pub(super) fn spawn(&self, task: impl std::future::Future<Output = ()> + Send + 'static) {
        let mut tasks = self.tasks.lock().expect("tasks lock");
        while tasks.try_join_next().is_some() {}
        tasks.spawn_on(task, &self.runtime);
    }

    pub(super) fn timing(&self) -> Timing {
        *self.timing.lock().expect("timing lock")
    }

    pub(super) fn webhooks_to_any_host(&self) -> bool {
        self.any_host.load(Ordering::SeqCst)
    }

    pub(super) fn log_delivery(&self, d: Delivery) {
        self.deliveries.lock().expect("log lock").push(d);
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
