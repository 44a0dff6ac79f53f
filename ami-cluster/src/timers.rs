//! A min-heap of server deadlines with lazy invalidation: a tick fires only
//! what is due instead of scanning every server.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::time::Instant;

/// Deadlines by server index; each server's latest entry wins.
#[derive(Debug, Default)]
pub(crate) struct Timers {
    heap: BinaryHeap<Reverse<(Instant, usize, u64)>>,
    /// Current generation per server: older heap entries are stale.
    generation: Vec<u64>,
    /// Each server's live deadline, so setting the same one again (every
    /// touched server, twice a tick) pushes nothing.
    at: Vec<Option<Instant>>,
}

impl Timers {
    /// Sets (or clears, with `None`) a server's next deadline.
    pub(crate) fn set(&mut self, server: usize, at: Option<Instant>) {
        if self.generation.len() <= server {
            self.generation.resize(server + 1, 0);
            self.at.resize(server + 1, None);
        }
        if self.at[server] == at {
            return;
        }
        self.at[server] = at;
        self.generation[server] += 1;
        if let Some(at) = at {
            self.heap
                .push(Reverse((at, server, self.generation[server])));
        }
        // Stale entries are dropped as they surface; compact if they pile up.
        if self.heap.len() > 4 * self.generation.len() + 64 {
            let generation = &self.generation;
            self.heap.retain(|Reverse((_, s, g))| generation[*s] == *g);
        }
    }

    /// The earliest live deadline.
    pub(crate) fn next(&mut self) -> Option<Instant> {
        self.drop_stale();
        self.heap.peek().map(|Reverse((at, _, _))| *at)
    }

    /// Pops a server whose deadline is due.
    pub(crate) fn pop_due(&mut self, now: Instant) -> Option<usize> {
        self.drop_stale();
        match self.heap.peek() {
            Some(Reverse((at, _, _))) if *at <= now => {
                let Reverse((_, s, _)) = self.heap.pop()?;
                self.generation[s] += 1;
                self.at[s] = None;
                Some(s)
            }
            _ => None,
        }
    }

    fn drop_stale(&mut self) {
        while let Some(Reverse((_, s, g))) = self.heap.peek() {
            if self.generation[*s] == *g {
                break;
            }
            self.heap.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn latest_deadline_per_server_wins() {
        let t0 = Instant::now();
        let mut t = Timers::default();
        t.set(0, Some(t0 + Duration::from_secs(5)));
        t.set(1, Some(t0 + Duration::from_secs(3)));
        t.set(0, Some(t0 + Duration::from_secs(1)));
        t.set(2, Some(t0 + Duration::from_secs(2)));
        t.set(2, None);
        assert_eq!(t.next(), Some(t0 + Duration::from_secs(1)));
        assert_eq!(t.pop_due(t0 + Duration::from_secs(4)), Some(0));
        assert_eq!(t.pop_due(t0 + Duration::from_secs(4)), Some(1));
        assert_eq!(t.pop_due(t0 + Duration::from_secs(4)), None);
        assert_eq!(t.next(), None);
    }

    #[test]
    fn setting_the_same_deadline_again_pushes_nothing() {
        let t0 = Instant::now();
        let mut t = Timers::default();
        for _ in 0..100 {
            t.set(0, Some(t0 + Duration::from_secs(1)));
        }
        assert_eq!(t.heap.len(), 1);
        assert_eq!(t.pop_due(t0 + Duration::from_secs(1)), Some(0));
        // Popped: the same deadline set again is live again.
        t.set(0, Some(t0 + Duration::from_secs(1)));
        assert_eq!(t.next(), Some(t0 + Duration::from_secs(1)));
    }
}
