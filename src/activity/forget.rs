//! Forgetting, inside the lattice. One rule, applied by `apply`, `merge` and `prune` alike
//! (each leaves the state normalised by it), so that every interleaving of the three gives the
//! same state. At horizon `H`:
//!
//! 1. A session known to have ended before `H` (its earliest known end) is forgotten.
//! 2. A participant, recording or composition of a forgotten session is forgotten.
//! 3. Anything whose id is a tombstone is forgotten again (a late event, or a merge with a
//!    replica that had not pruned yet, brought it back).
//! 4. Forgetting leaves a tombstone: the id, with the latest time its thing was heard of
//!    (joined by max; a session's includes its things'). Tombstones are a grow-only map, joined
//!    on merge.
//! 5. Bounded memory: tombstones, and anything last heard of, more than
//!    [`TOMBSTONE_RETENTION`] before `H` are dropped; `apply` ignores events from before then.
//!
//! Rules 1 to 4 are monotone (a known end only gets earlier, the horizon and the tombstones
//! only grow), which is what makes them commute with the join. Rule 5 assumes nothing arrives
//! more than the retention late; see [`RoomActivity::prune`](super::RoomActivity::prune).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::facts::{max_opt, CompositionFacts, ParticipantFacts, RecordingFacts};
use super::RoomFacts;

/// How long a tombstone outlives the last time its thing was heard of, counted back from the
/// horizon: 7 days. Telnyx stops retrying a webhook long before.
pub const TOMBSTONE_RETENTION: std::time::Duration = std::time::Duration::from_secs(7 * 24 * 3600);

/// Before this, events are ignored and tombstones dropped: the horizon less the retention.
pub(super) fn expiry_cut(horizon: Option<DateTime<Utc>>) -> Option<DateTime<Utc>> {
    let retention = chrono::Duration::from_std(TOMBSTONE_RETENTION).expect("7 days");
    horizon.map(|h| h - retention)
}

/// What the three item maps have in common, for forgetting.
trait Item {
    fn sessions(&self) -> &std::collections::BTreeSet<Uuid>;
    fn seen(&self) -> Option<DateTime<Utc>>;
}

macro_rules! item {
    ($t:ty) => {
        impl Item for $t {
            fn sessions(&self) -> &std::collections::BTreeSet<Uuid> {
                &self.sessions
            }
            fn seen(&self) -> Option<DateTime<Utc>> {
                self.seen
            }
        }
    };
}
item!(ParticipantFacts);
item!(RecordingFacts);
item!(CompositionFacts);

/// Tombstones: id to the latest time heard of.
type Tombs = BTreeMap<Uuid, Option<DateTime<Utc>>>;

fn tomb(tombs: &mut Tombs, id: Uuid, seen: Option<DateTime<Utc>>) {
    max_opt(tombs.entry(id).or_insert(None), &seen);
}

/// Forgets the item `id` of `items` if rule 2 or 3 says so; says whether it did.
fn forget_item<T: Item>(items: &mut BTreeMap<Uuid, T>, tombs: &mut Tombs, id: Uuid) -> bool {
    let Some(item) = items.get(&id) else {
        return false;
    };
    let of_forgotten: Vec<Uuid> = item
        .sessions()
        .iter()
        .filter(|s| tombs.contains_key(s))
        .copied()
        .collect();
    if of_forgotten.is_empty() && !tombs.contains_key(&id) {
        return false;
    }
    let seen = item.seen();
    items.remove(&id);
    tomb(tombs, id, seen);
    for s in of_forgotten {
        tomb(tombs, s, seen);
    }
    true
}

/// Rules 2 and 3 over every item of `items`.
fn forget_items<T: Item>(items: &mut BTreeMap<Uuid, T>, tombs: &mut Tombs) -> bool {
    let ids: Vec<Uuid> = items.keys().copied().collect();
    let mut changed = false;
    for id in ids {
        changed |= forget_item(items, tombs, id);
    }
    changed
}

/// Rule 5 over `items`: drops what was last heard of before `cut` (no tombstone).
fn expire<T: Item>(items: &mut BTreeMap<Uuid, T>, cut: DateTime<Utc>) -> bool {
    let before = items.len();
    items.retain(|_, i| i.seen().is_none_or(|t| t >= cut));
    items.len() != before
}

impl RoomFacts {
    /// Whether `delta` (one event's facts) is about something forgotten.
    pub(super) fn is_about_forgotten(&self, delta: &RoomFacts) -> bool {
        let t = &self.forgotten;
        let item = |id: &Uuid, sessions: &std::collections::BTreeSet<Uuid>| {
            t.contains_key(id) || sessions.iter().any(|s| t.contains_key(s))
        };
        delta.sessions.keys().any(|id| t.contains_key(id))
            || delta
                .participants
                .iter()
                .any(|(id, p)| item(id, &p.sessions))
            || delta.recordings.iter().any(|(id, r)| item(id, &r.sessions))
            || delta
                .compositions
                .iter()
                .any(|(id, c)| item(id, &c.sessions))
    }

    /// Forgets a session (rule 1 or 3), and then what belonged to it; says whether it did.
    fn forget_session(&mut self, id: Uuid, horizon: DateTime<Utc>) -> bool {
        let Some(s) = self.sessions.get(&id) else {
            return false;
        };
        let ended_before = s.ended_at().is_some_and(|at| at < horizon);
        if !ended_before && !self.forgotten.contains_key(&id) {
            return false;
        }
        let seen = s.seen;
        self.sessions.remove(&id);
        tomb(&mut self.forgotten, id, seen);
        forget_items(&mut self.participants, &mut self.forgotten);
        forget_items(&mut self.recordings, &mut self.forgotten);
        forget_items(&mut self.compositions, &mut self.forgotten);
        true
    }

    /// The rule after `delta` was joined into a normalised state: only what `delta` touched can
    /// need forgetting, so this costs what the event brought (a session forgotten walks the
    /// room once).
    pub(super) fn forget_touched(
        &mut self,
        horizon: Option<DateTime<Utc>>,
        delta: &RoomFacts,
    ) -> bool {
        let Some(h) = horizon else { return false };
        let mut changed = false;
        for id in delta.sessions.keys() {
            changed |= self.forget_session(*id, h);
        }
        let t = &mut self.forgotten;
        for id in delta.participants.keys() {
            changed |= forget_item(&mut self.participants, t, *id);
        }
        for id in delta.recordings.keys() {
            changed |= forget_item(&mut self.recordings, t, *id);
        }
        for id in delta.compositions.keys() {
            changed |= forget_item(&mut self.compositions, t, *id);
        }
        changed
    }

    /// The whole rule, over the whole room (after a merge, or when the horizon moved).
    pub(super) fn forget_all(&mut self, horizon: Option<DateTime<Utc>>) -> bool {
        let Some(h) = horizon else { return false };
        let mut changed = false;
        let sessions: Vec<Uuid> = self.sessions.keys().copied().collect();
        for id in sessions {
            changed |= self.forget_session(id, h);
        }
        // Items of sessions forgotten earlier, or tombstoned themselves (a merge brought them).
        changed |= forget_items(&mut self.participants, &mut self.forgotten);
        changed |= forget_items(&mut self.recordings, &mut self.forgotten);
        changed |= forget_items(&mut self.compositions, &mut self.forgotten);
        let cut = expiry_cut(horizon).expect("a horizon");
        let before = self.sessions.len() + self.forgotten.len();
        self.sessions.retain(|_, s| s.seen.is_none_or(|t| t >= cut));
        self.forgotten.retain(|_, t| t.is_none_or(|t| t >= cut));
        changed |= before != self.sessions.len() + self.forgotten.len();
        changed |= expire(&mut self.participants, cut);
        changed |= expire(&mut self.recordings, cut);
        changed |= expire(&mut self.compositions, cut);
        changed
    }
}
