//! Delivery chaos: what real webhook delivery does to a receiver, on purpose and repeatably.
//! Telnyx retries (so events arrive twice), does not order them, and gives up after its last
//! retry (so some never arrive). The chaos applies to delivery only: the API's answers stay true.

use std::collections::HashMap;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::time::Instant;

use super::store::Outgoing;

/// How webhook delivery misbehaves. The default (all zero) is orderly delivery.
///
/// `POST {base}/_emulator/webhooks/chaos` takes the same fields as JSON, each optional
/// (`{}` turns chaos off): `{"duplicate": 0.2, "reorder": 4, "drop": 0.05, "seed": 7}`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeliveryChaos {
    /// The probability that an event is delivered a second time (with the same event id).
    #[serde(default)]
    pub duplicate: f64,
    /// Events of a room are delivered out of order within a window of this many events
    /// (0 or 1: in order). Events held back are sent once the window fills, or at the latest
    /// 100 ms ([`HOLD`]) after the first of them was held, however much else is going on.
    #[serde(default)]
    pub reorder: usize,
    /// The probability that an event is never delivered, as if every retry had failed; the
    /// webhook log records it (`error: "dropped: delivery chaos"`).
    #[serde(default)]
    pub drop: f64,
    /// The seed of every random choice: the same seed and the same events give the same chaos.
    #[serde(default)]
    pub seed: u64,
}

impl DeliveryChaos {
    /// Whether this is orderly delivery.
    pub fn is_off(&self) -> bool {
        self.duplicate <= 0.0 && self.drop <= 0.0 && self.reorder <= 1
    }

    /// Refuses probabilities outside 0 to 1, naming the field.
    pub(crate) fn check(&self) -> Result<(), String> {
        for (name, p) in [("duplicate", self.duplicate), ("drop", self.drop)] {
            if !(0.0..=1.0).contains(&p) {
                return Err(format!(
                    "`{name}` must be a probability from 0 to 1, got {p}"
                ));
            }
        }
        Ok(())
    }
}

/// SplitMix64: small, fast and seedable; enough to make chaos repeatable.
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The longest an event is held back by [`DeliveryChaos::reorder`].
pub const HOLD: Duration = Duration::from_millis(100);

/// The dispatcher's side of chaos: the settings in force, the random state, and the events
/// each room has held back.
#[derive(Debug)]
pub(crate) struct Chaos {
    settings: DeliveryChaos,
    generation: u64,
    rng: Rng,
    /// Per room: when its first held event was held, and the events.
    held: HashMap<String, (Instant, Vec<Outgoing>)>,
}

/// What chaos made of one event.
pub(crate) enum Verdict {
    /// Never delivered.
    Dropped(Box<Outgoing>),
    /// Deliver these now, in this order (none while the window fills).
    Send(Vec<Outgoing>),
}

impl Chaos {
    pub(crate) fn new() -> Chaos {
        Chaos {
            settings: DeliveryChaos::default(),
            generation: 0,
            rng: Rng(0),
            held: HashMap::new(),
        }
    }

    /// Takes new settings when their generation changed; returns what was held back (to
    /// send, in order), since a new setting starts afresh.
    pub(crate) fn update(&mut self, settings: DeliveryChaos, generation: u64) -> Vec<Outgoing> {
        if generation == self.generation {
            return Vec::new();
        }
        self.generation = generation;
        self.settings = settings;
        self.rng = Rng(settings.seed);
        self.flush()
    }

    /// When the longest-held room must be flushed, if any events are held.
    pub(crate) fn deadline(&self) -> Option<Instant> {
        self.held.values().map(|(since, _)| *since + HOLD).min()
    }

    /// The events of every room held for [`HOLD`] or longer, each room's in a random order.
    pub(crate) fn flush_due(&mut self, now: Instant) -> Vec<Outgoing> {
        let mut due: Vec<String> = self
            .held
            .iter()
            .filter(|(_, (since, _))| *since + HOLD <= now)
            .map(|(room, _)| room.clone())
            .collect();
        due.sort();
        let mut out = Vec::new();
        for room in due {
            let (_, held) = self.held.remove(&room).unwrap_or_default_held();
            self.shuffle_into(held, &mut out);
        }
        out
    }

    fn shuffle_into(&mut self, mut held: Vec<Outgoing>, out: &mut Vec<Outgoing>) {
        while !held.is_empty() {
            let i = self.rng.below(held.len());
            out.push(held.swap_remove(i));
        }
    }

    pub(crate) fn judge(&mut self, event: Outgoing) -> Verdict {
        let s = self.settings;
        if s.is_off() {
            return Verdict::Send(vec![event]);
        }
        if s.drop > 0.0 && self.rng.unit() < s.drop {
            return Verdict::Dropped(Box::new(event));
        }
        let mut copies = vec![event.clone()];
        if s.duplicate > 0.0 && self.rng.unit() < s.duplicate {
            copies.push(event);
        }
        if s.reorder <= 1 {
            return Verdict::Send(copies);
        }
        let room = copies[0]
            .event
            .room_id()
            .map(|r| r.to_string())
            .unwrap_or_default();
        let (_, held) = self
            .held
            .entry(room.clone())
            .or_insert_with(|| (Instant::now(), Vec::new()));
        held.extend(copies);
        let mut out = Vec::new();
        while held.len() >= s.reorder {
            let i = self.rng.below(held.len());
            out.push(held.swap_remove(i));
        }
        if held.is_empty() {
            self.held.remove(&room);
        }
        Verdict::Send(out)
    }

    /// Everything held back, each room's in a random order.
    pub(crate) fn flush(&mut self) -> Vec<Outgoing> {
        let mut out = Vec::new();
        let mut rooms: Vec<String> = self.held.keys().cloned().collect();
        rooms.sort();
        for room in rooms {
            let (_, held) = self.held.remove(&room).unwrap_or_default_held();
            self.shuffle_into(held, &mut out);
        }
        out
    }
}

/// `unwrap_or_default` for a held room (an `Instant` has no default).
trait OrEmpty {
    fn unwrap_or_default_held(self) -> (Instant, Vec<Outgoing>);
}

impl OrEmpty for Option<(Instant, Vec<Outgoing>)> {
    fn unwrap_or_default_held(self) -> (Instant, Vec<Outgoing>) {
        self.unwrap_or_else(|| (Instant::now(), Vec::new()))
    }
}
