//! The bounded event queue: when full, the oldest event is dropped and
//! counted, with at most one log line per interval.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use ami_proto::Message;

/// A fixed-capacity FIFO of events.
#[derive(Debug)]
pub struct EventQueue {
    items: VecDeque<Message>,
    capacity: usize,
    dropped: u64,
    unlogged: u64,
    log_interval: Duration,
    last_log: Option<Instant>,
}

impl EventQueue {
    /// A queue holding at most `capacity` events (at least 1).
    pub fn new(capacity: usize, log_interval: Duration) -> Self {
        Self {
            items: VecDeque::new(),
            capacity: capacity.max(1),
            dropped: 0,
            unlogged: 0,
            log_interval,
            last_log: None,
        }
    }

    /// Adds an event, dropping the oldest when full. Returns the number of
    /// drops to log now (0 when the interval has not passed).
    pub fn push(&mut self, now: Instant, msg: Message) -> u64 {
        if self.items.len() == self.capacity {
            self.items.pop_front();
            self.dropped += 1;
            self.unlogged += 1;
        }
        self.items.push_back(msg);
        if self.unlogged > 0
            && self
                .last_log
                .is_none_or(|t| now.duration_since(t) >= self.log_interval)
        {
            self.last_log = Some(now);
            return std::mem::take(&mut self.unlogged);
        }
        0
    }

    /// The oldest event.
    pub fn pop(&mut self) -> Option<Message> {
        let m = self.items.pop_front();
        if self.items.is_empty() && self.items.capacity() > 1024 {
            // Give back a flood's memory once drained.
            self.items = VecDeque::new();
        }
        m
    }

    /// Events waiting.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when none wait.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Events dropped since creation.
    pub fn dropped(&self) -> u64 {
        self.dropped
    }

    /// Drops not yet logged.
    pub fn unlogged(&self) -> u64 {
        self.unlogged
    }
}
