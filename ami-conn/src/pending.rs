//! [`PendingTable`]: the actions waiting for their outcome, one record each
//! in a slab, found by ActionID through one index, with their deadlines in
//! a heap of integer handles. In steady state (a slot and an index entry
//! freed for each one taken) nothing here allocates per action.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};
use std::time::{Duration, Instant};

use ami_proto::Completer;

use crate::action_id::ActionId;

/// Why an action was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Purpose {
    User,
    Challenge,
    Login,
    Heartbeat,
    Logoff,
}

/// One action waiting for its outcome.
#[derive(Debug)]
pub(crate) struct Pending {
    pub(crate) id: ActionId,
    pub(crate) completer: Completer,
    pub(crate) sent_at: Instant,
    pub(crate) deadline: Instant,
    pub(crate) timeout: Duration,
    pub(crate) purpose: Purpose,
}

impl Pending {
    /// The outcome was reported (an overflow) and the entry stays only to
    /// drop the rest of the list until its end or the deadline.
    pub(crate) fn reported(&self) -> bool {
        self.completer.is_draining()
    }
}

/// A slot's address plus the generation it was filled in, so that a stale
/// deadline never names a newer action in the same slot.
type Handle = (u32, u32);

#[derive(Debug, Default)]
struct Slot {
    generation: u32,
    entry: Option<Pending>,
}

/// FxHash-style hashing of an ActionID's bytes (the [`ActionIdMap`]
/// hasher). The index only ever holds
/// ids this connection chose (bounded by `max_pending_actions`), so a
/// peer cannot fill it with colliding keys, and the default SipHash was a
/// visible share of a pipelined action's cost.
#[derive(Debug, Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0xf135_7aea_2e62_a9c5;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        let mut tail = [0u8; 8];
        let rest = chunks.remainder();
        tail[..rest.len()].copy_from_slice(rest);
        self.0 =
            (self.0.rotate_left(5) ^ u64::from_le_bytes(tail) ^ bytes.len() as u64).wrapping_mul(K);
    }

    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0xf135_7aea_2e62_a9c5);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map keyed by ActionID with [`IdHasher`]: for tables that hold only
/// ids their owner chose (never keys a peer can pick).
pub type ActionIdMap<V> = HashMap<ActionId, V, BuildHasherDefault<IdHasher>>;

/// The pending actions of one connection.
#[derive(Debug, Default)]
pub(crate) struct PendingTable {
    slots: Vec<Slot>,
    free: Vec<u32>,
    index: ActionIdMap<u32>,
    /// Earliest first; entries of actions already finished are skipped when
    /// they surface (and pruned from the top as actions finish).
    deadlines: BinaryHeap<Reverse<(Instant, Handle)>>,
}

impl PendingTable {
    pub(crate) fn len(&self) -> usize {
        self.index.len()
    }

    pub(crate) fn contains(&self, id: &[u8]) -> bool {
        self.find(id).is_some()
    }

    /// Bytes of heap held (for memory accounting).
    pub(crate) fn heap_size(&self) -> usize {
        self.slots.capacity() * size_of::<Slot>()
            + self.free.capacity() * 4
            + self.index.capacity() * (size_of::<ActionId>() + 8)
            + self.deadlines.capacity() * size_of::<Reverse<(Instant, Handle)>>()
    }

    /// The slot of the pending action `id`: one lookup, then
    /// [`at_mut`](Self::at_mut) and [`take`](Self::take) by slot.
    pub(crate) fn find(&self, id: &[u8]) -> Option<u32> {
        let id = std::str::from_utf8(id).ok()?;
        self.index.get(id).copied()
    }

    pub(crate) fn insert(&mut self, p: Pending) {
        let deadline = p.deadline;
        let id = p.id.clone();
        let slot = match self.free.pop() {
            Some(s) => s,
            None => {
                self.slots.push(Slot::default());
                (self.slots.len() - 1) as u32
            }
        };
        let s = &mut self.slots[slot as usize];
        s.generation = s.generation.wrapping_add(1);
        s.entry = Some(p);
        let handle = (slot, s.generation);
        self.index.insert(id, slot);
        self.deadlines.push(Reverse((deadline, handle)));
    }

    /// The action in `slot` (from [`find`](Self::find)).
    pub(crate) fn at_mut(&mut self, slot: u32) -> Option<&mut Pending> {
        self.slots.get_mut(slot as usize)?.entry.as_mut()
    }

    pub(crate) fn remove(&mut self, id: &[u8]) -> Option<Pending> {
        let slot = self.find(id)?;
        self.take(slot)
    }

    /// Removes the action in `slot` (from [`find`](Self::find)).
    pub(crate) fn take(&mut self, slot: u32) -> Option<Pending> {
        let p = self.slots[slot as usize].entry.take()?;
        self.index.remove(p.id.as_str());
        self.free.push(slot);
        self.prune();
        Some(p)
    }

    fn live(&self, (slot, generation): Handle) -> bool {
        let s = &self.slots[slot as usize];
        s.generation == generation && s.entry.is_some()
    }

    /// Drops finished actions' deadlines from the top (actions mostly finish
    /// in send order, so this keeps the heap near the live count), and
    /// rebuilds it when stale entries still outnumber live ones.
    fn prune(&mut self) {
        while let Some(Reverse((_, h))) = self.deadlines.peek() {
            if self.live(*h) {
                break;
            }
            self.deadlines.pop();
        }
        if self.deadlines.len() > 64 && self.deadlines.len() > 2 * self.index.len() {
            let slots = &self.slots;
            self.deadlines.retain(|Reverse((_, (slot, g)))| {
                let s = &slots[*slot as usize];
                s.generation == *g && s.entry.is_some()
            });
        }
    }

    /// The earliest deadline of a live action.
    pub(crate) fn next_deadline(&self) -> Option<Instant> {
        // The top is live after every `prune`.
        self.deadlines.peek().map(|Reverse((d, _))| *d)
    }

    /// Removes and returns the next action whose deadline is `<= now`.
    pub(crate) fn pop_expired(&mut self, now: Instant) -> Option<Pending> {
        loop {
            let Reverse((deadline, h)) = *self.deadlines.peek()?;
            if deadline > now {
                return None;
            }
            self.deadlines.pop();
            if self.live(h) {
                return self.take(h.0);
            }
        }
    }

    /// Every pending action, emptied out, in send order.
    pub(crate) fn drain(&mut self) -> Vec<Pending> {
        let mut all: Vec<Pending> = self
            .slots
            .iter_mut()
            .filter_map(|s| s.entry.take())
            .collect();
        all.sort_by_key(|p| p.sent_at);
        self.free.clear();
        self.free.extend((0..self.slots.len() as u32).rev());
        self.index.clear();
        self.deadlines.clear();
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ami_proto::Completion;

    fn pending(id: &str, sent_at: Instant, timeout_ms: u64) -> Pending {
        let timeout = Duration::from_millis(timeout_ms);
        Pending {
            id: ActionId::from(id),
            completer: Completer::new(Completion::Response, 10),
            sent_at,
            deadline: sent_at + timeout,
            timeout,
            purpose: Purpose::User,
        }
    }

    #[test]
    fn slots_are_reused_and_stale_deadlines_never_name_a_newer_action() {
        let t0 = Instant::now();
        let mut t = PendingTable::default();
        t.insert(pending("a", t0, 100));
        assert!(t.remove(b"a").is_some());
        // Same slot, later deadline: the old deadline must not expire it.
        t.insert(pending("b", t0, 500));
        assert_eq!(t.slots.len(), 1);
        assert!(t.pop_expired(t0 + Duration::from_millis(200)).is_none());
        assert!(t.contains(b"b"));
        let p = t.pop_expired(t0 + Duration::from_millis(500)).unwrap();
        assert_eq!(p.id, "b");
        assert_eq!(t.len(), 0);
    }

    #[test]
    fn the_heap_stays_near_the_live_count_when_actions_finish_out_of_order() {
        let t0 = Instant::now();
        let mut t = PendingTable::default();
        // One long-lived action at the top, then many short ones that finish
        // in any order: stale deadlines are rebuilt away.
        t.insert(pending("keep", t0, 1));
        let n = if cfg!(miri) { 300 } else { 10_000 };
        for i in 0..n {
            t.insert(pending(&format!("x{i}"), t0, 60_000));
            assert!(t.remove(format!("x{i}").as_bytes()).is_some());
            assert!(
                t.deadlines.len() <= 2 * t.len() + 65,
                "{}",
                t.deadlines.len()
            );
        }
        assert_eq!(t.next_deadline(), Some(t0 + Duration::from_millis(1)));
        let drained = t.drain();
        assert_eq!(drained.len(), 1);
        assert_eq!(t.len(), 0);
        assert!(t.next_deadline().is_none());
    }
}
