//! What tests can see of the simulator: actions received, logins, live
//! connections; and a way to wait for a condition without sleeping.

use std::net::SocketAddr;
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::fault::ConnId;

/// Most actions kept for inspection; older ones are dropped.
const MAX_RECORDED: usize = 100_000;

/// An action a client sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedAction {
    /// The connection it came on.
    pub conn: ConnId,
    /// The `Action:` value.
    pub name: String,
    /// All headers in order, `Action` included (secrets included: this is a
    /// test API, not a log).
    pub headers: Vec<(String, String)>,
}

impl ReceivedAction {
    /// The first header named `key` (case-insensitive).
    pub fn get(&self, key: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.as_str())
    }
}

/// A login attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginRecord {
    /// The connection.
    pub conn: ConnId,
    /// The user name given.
    pub username: String,
    /// Whether it was accepted.
    pub success: bool,
    /// `plain` or `md5`.
    pub auth: &'static str,
}

/// A live connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnInfo {
    /// Its id.
    pub id: ConnId,
    /// The client's address.
    pub peer: SocketAddr,
    /// The logged-in user, once authenticated.
    pub user: Option<String>,
}

/// Everything recorded, as seen at one moment.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    /// Actions received, oldest first (the last 100,000 to 125,000).
    pub actions: Vec<ReceivedAction>,
    /// Login attempts, oldest first.
    pub logins: Vec<LoginRecord>,
    /// Connections open now.
    pub connections: Vec<ConnInfo>,
    /// Connections accepted since start.
    pub accepted: u64,
    /// Connections closed by the simulator for not reading (write timeout).
    pub write_timeouts: u64,
    /// How many times the listener was (re)bound.
    pub binds: u64,
    /// Whether the listening socket is open (false while refusing).
    pub listening: bool,
}

/// Shared between the simulator thread and its handle.
#[derive(Debug, Default)]
pub(crate) struct Shared {
    state: Mutex<Snapshot>,
    changed: Condvar,
}

impl Shared {
    pub(crate) fn lock(&self) -> MutexGuard<'_, Snapshot> {
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Changes the record and wakes waiters.
    pub(crate) fn update(&self, f: impl FnOnce(&mut Snapshot)) {
        let mut s = self.lock();
        f(&mut s);
        // Trim in batches: draining one at a time from a full record would
        // move 100,000 entries per action.
        if s.actions.len() >= MAX_RECORDED + MAX_RECORDED / 4 {
            let extra = s.actions.len() - MAX_RECORDED;
            s.actions.drain(..extra);
        }
        drop(s);
        self.changed.notify_all();
    }

    pub(crate) fn wait_until(
        &self,
        timeout: Duration,
        mut cond: impl FnMut(&Snapshot) -> bool,
    ) -> bool {
        let deadline = Instant::now() + timeout;
        let mut s = self.lock();
        loop {
            if cond(&s) {
                return true;
            }
            let now = Instant::now();
            if now >= deadline {
                return false;
            }
            s = self
                .changed
                .wait_timeout(s, deadline - now)
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .0;
        }
    }
}
