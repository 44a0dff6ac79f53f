//! [`ManagerStats`] and [`ServerStats`]: every counter and gauge in one
//! plain value, read without allocating (the same numbers the metrics
//! text renders).

use std::time::Instant;

use ami_conn::{CircuitState, State, Stats};

use crate::manager::Counters;
use crate::server::Server;

/// One server's counters and gauges.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct ServerStats {
    /// Connection state.
    pub state: State,
    /// Circuit breaker state.
    pub circuit: CircuitState,
    /// Actions waiting for their outcome.
    pub pending: usize,
    /// Events waiting in its queue.
    pub queue_depth: usize,
    /// The connection's counters (bytes, events, drops, actions by outcome,
    /// reconnects, ...), across reconnects.
    pub conn: Stats,
    /// Listener or callback panics contained for this server.
    pub listener_panics: u64,
    /// Actions whose latency was measured (sent to outcome).
    pub latency_count: u64,
    /// Sum of those latencies, in seconds.
    pub latency_sum_secs: f64,
}

/// The whole manager: manager-wide counters plus the sum over servers.
///
/// ```no_run
/// # let m = ami_cluster::AmiClientManager::new().unwrap();
/// let st = m.stats();
/// println!(
///     "{}/{} ready, {} events, {} dropped, {} unhandled, {} unclaimed",
///     st.servers_ready,
///     st.servers,
///     st.totals.events,
///     st.totals.dropped_events + st.counters.pull_dropped_events,
///     st.counters.unhandled_events,
///     st.counters.unclaimed_completions,
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct ManagerStats {
    /// Servers added.
    pub servers: usize,
    /// Servers in [`State::Ready`].
    pub servers_ready: usize,
    /// Servers whose circuit breaker is open.
    pub circuits_open: usize,
    /// Actions waiting for their outcome, all servers.
    pub pending: usize,
    /// Events waiting in the servers' queues.
    pub queue_depth: usize,
    /// Events waiting in the event pull queue.
    pub pulled_events_waiting: usize,
    /// Completions waiting in the completion pull queue.
    pub pulled_completions_waiting: usize,
    /// Every server's connection counters, summed.
    pub totals: Stats,
    /// Listener or callback panics contained, all servers.
    pub listener_panics: u64,
    /// Manager-wide counters (unhandled events, unclaimed outcomes, pull
    /// drops, refused submissions, re-entrant ticks, poll errors, clamps).
    pub counters: Counters,
}

impl ServerStats {
    pub(crate) fn of(s: &Server, now: Instant) -> Self {
        Self {
            state: s.conn.state(),
            circuit: s.conn.circuit(now),
            pending: s.conn.pending_count(),
            queue_depth: s.conn.queue_depth(),
            conn: s.conn.stats(),
            listener_panics: s.metrics.listener_panics,
            latency_count: s.metrics.latency.iter().sum(),
            latency_sum_secs: s.metrics.latency_sum,
        }
    }
}

pub(crate) fn collect(
    servers: &[Server],
    counters: Counters,
    pulled_events_waiting: usize,
    pulled_completions_waiting: usize,
    now: Instant,
) -> ManagerStats {
    let mut st = ManagerStats {
        servers: servers.len(),
        servers_ready: 0,
        circuits_open: 0,
        pending: 0,
        queue_depth: 0,
        pulled_events_waiting,
        pulled_completions_waiting,
        totals: Stats::default(),
        listener_panics: 0,
        counters,
    };
    for s in servers {
        let one = ServerStats::of(s, now);
        st.servers_ready += usize::from(one.state == State::Ready);
        st.circuits_open += usize::from(one.circuit == CircuitState::Open);
        st.pending += one.pending;
        st.queue_depth += one.queue_depth;
        st.listener_panics += one.listener_panics;
        st.totals += one.conn;
    }
    st
}
