//! [`AmiClientManager`]: every server on one `polling` selector.

use std::collections::{HashMap, HashSet, VecDeque};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::time::{Duration, Instant};

use ami_conn::{ActionFailure, ActionId, Connection, Output, SendOptions, State};
use ami_proto::{Action, Message};

use crate::config::ServerConfig;
use crate::error::ClusterError;
use crate::event::{ActionCompletion, ServerEvent};
use crate::handle::{ManagerHandle, Submission};
use crate::listeners::Listeners;
use crate::metrics::{self, Health};
use crate::pending::{Disposition, Pending};
use crate::routing::Routing;
use crate::selector::{Events, Selector};
use crate::server::Server;
use crate::timers::Timers;

/// Largest tick timeout; larger ones are clamped and counted.
pub const MAX_TICK_TIMEOUT_MS: u64 = 250;

/// A listener for events: it may call back into the manager (to send).
pub type EventCallback = Box<dyn FnMut(&mut AmiClientManager, &ServerEvent) + Send>;
/// Called on every state change of a server: (manager, server key, from, to).
pub type StateCallback = Box<dyn FnMut(&mut AmiClientManager, &str, State, State) + Send>;
/// Called once with an action's outcome; it may call back into the manager.
pub type CompletionCallback = Box<dyn FnOnce(&mut AmiClientManager, ActionCompletion) + Send>;

/// Identifies a listener, for [`AmiClientManager::remove_listener`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ListenerId(u64);

impl ListenerId {
    /// The id as an integer (never 0), for bindings that hand it across a
    /// C ABI; [`from_raw`](Self::from_raw) turns it back.
    pub const fn get(self) -> u64 {
        self.0
    }

    /// The id [`get`](Self::get) returned. Any integer is accepted: one
    /// that names no listener is simply not found.
    pub const fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
}

/// Per-tick budgets that keep one flooding or flapping server from
/// starving the others.
///
/// `#[non_exhaustive]`: start from [`Limits::default`] and set fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Bytes read from one server per tick (default 256 KiB).
    pub max_read_per_tick: usize,
    /// Events and completions dispatched from one server per tick (default 4,096).
    pub max_dispatch_per_tick: usize,
    /// Connection attempts started per tick across all servers (default 32).
    pub max_connects_per_tick: usize,
    /// Capacity of the pull queues (default 10,000; oldest dropped).
    pub pull_queue_capacity: usize,
    /// Capacity of the cross-thread submission queue (default 10,000).
    pub submit_queue_capacity: usize,
    /// Submissions from [`ManagerHandle`]s taken per tick (default 1,024), so
    /// threads posting without pause cannot stall a tick; the rest wait for
    /// the next one (which then does not sleep).
    pub max_submissions_per_tick: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_read_per_tick: 256 * 1024,
            max_dispatch_per_tick: 4096,
            max_connects_per_tick: 32,
            pull_queue_capacity: 10_000,
            submit_queue_capacity: 10_000,
            max_submissions_per_tick: 1024,
        }
    }
}

/// What one tick did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct TickReport {
    /// Anything happened (bytes, events, completions, connects, timers).
    pub progressed: bool,
    /// Sockets the selector reported ready.
    pub ready: usize,
    /// Bytes read.
    pub bytes_read: usize,
    /// Events dispatched.
    pub events: usize,
    /// Completions dispatched.
    pub completions: usize,
    /// Connection attempts started.
    pub connects: usize,
    /// Server timers that fired.
    pub timers: usize,
    /// The timeout was above 250 ms and was clamped.
    pub clamped: bool,
    /// Submissions from handles applied.
    pub submissions: usize,
}

/// Many AMI servers driven by one selector: the seed's `AmiClientManager`.
///
/// Call [`tick_all`](Self::tick_all) in a loop (10-50 ms cadence), or
/// [`poll_all`](Self::poll_all) from your own loop. Each call is exactly one
/// `Poller::wait`, bounded by the timeout and the nearest deadline; it
/// services only ready sockets and due timers, then dispatches events and
/// completions to listeners and callbacks, after every internal borrow is
/// released (a callback may call `send`).
///
/// ```no_run
/// use ami_cluster::prelude::*;
/// use std::time::Duration;
///
/// let mut m = AmiClientManager::new()?;
/// let conn = ConnConfig::new("pbx1", "admin", "amp111");
/// m.add_server(ServerConfig::new("127.0.0.1:5038".parse().unwrap(), conn))?;
/// m.on_event("Hangup", |_, ev| println!("{}: {:?}", ev.server_key, ev.message.get_str("Channel")));
/// m.wait_ready(&["pbx1"], Duration::from_secs(5))?;
/// m.server("pbx1")?.send(&actions::Ping)?.on_complete(|_, done| println!("{:?}", done.result.is_ok()));
/// loop {
///     m.tick_all(25)?;
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct AmiClientManager {
    poller: Arc<Selector>,
    poll_events: Events,
    servers: Vec<Server>,
    index: HashMap<String, usize>,
    default: Option<usize>,
    routing: Routing,
    rr: usize,
    timers: Timers,
    listeners: Listeners,
    state_listeners: Vec<StateCallback>,
    removed_listeners: HashSet<u64>,
    /// Ids of the registered listeners (also while one is out for dispatch).
    live_listeners: HashSet<u64>,
    next_listener: u64,
    pull_events: Option<VecDeque<ServerEvent>>,
    pull_completions: VecDeque<ActionCompletion>,
    completion_pull: bool,
    /// Servers with undispatched outputs left by the dispatch budget, each
    /// once (`hot_mark`).
    hot: Vec<usize>,
    hot_mark: Vec<bool>,
    /// Scratch lists kept between ticks so that a tick allocates nothing.
    scratch: Scratch,
    touched: Vec<usize>,
    touched_mark: Vec<bool>,
    write_dirty: Vec<usize>,
    submit_rx: Receiver<Submission>,
    submit_tx: SyncSender<Submission>,
    /// Submissions left in the queue by the per-tick budget.
    submissions_left: bool,
    /// A tick is running (callbacks run inside it): a nested one is refused.
    in_tick: bool,
    pub(crate) counters: Counters,
    limits: Limits,
    tick_timeout_ms: u64,
}

/// Lists a tick fills and empties, kept for their capacity.
#[derive(Default)]
struct Scratch {
    ready: Vec<(usize, bool, bool)>,
    order: Vec<usize>,
    outputs: Vec<Output>,
    events: Vec<Message>,
}

/// Manager-wide counters (also in [`ManagerStats`](crate::ManagerStats)
/// and the metrics).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Counters {
    /// Ticks refused because one was already running (a tick called from a
    /// listener or completion callback).
    pub reentrant_ticks: u64,
    /// Handle submissions the manager refused (unknown server, not Ready,
    /// backpressure, encoding); each became a failed completion.
    pub refused_submissions: u64,
    /// `Poller::wait` failures.
    pub poll_errors: u64,
    /// Events that no listener wanted while event pull was off: they were
    /// received and then dropped.
    pub unhandled_events: u64,
    /// Outcomes of actions whose [`Pending`] chose nothing while completion
    /// pull was off: they arrived and were dropped.
    pub unclaimed_completions: u64,
    /// Events dropped from the full event pull queue (oldest first).
    pub pull_dropped_events: u64,
    /// Completions dropped from the full completion pull queue (oldest first).
    pub pull_dropped_completions: u64,
    /// Tick timeouts above [`MAX_TICK_TIMEOUT_MS`] that were clamped.
    pub clamped_ticks: u64,
}

impl std::fmt::Debug for AmiClientManager {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AmiClientManager")
            .field(
                "servers",
                &self
                    .servers
                    .iter()
                    .map(|s| (&*s.key, s.conn.state()))
                    .collect::<Vec<_>>(),
            )
            .field("routing", &self.routing)
            .field("listeners", &self.listeners.len())
            .finish_non_exhaustive()
    }
}

impl AmiClientManager {
    /// An empty manager with default limits.
    ///
    /// # Errors
    /// When the OS selector cannot be created.
    pub fn new() -> std::io::Result<Self> {
        Self::with_limits(Limits::default())
    }

    /// An empty manager with these limits.
    ///
    /// # Errors
    /// When the OS selector cannot be created.
    pub fn with_limits(limits: Limits) -> std::io::Result<Self> {
        let (submit_tx, submit_rx) = sync_channel(limits.submit_queue_capacity.max(1));
        Ok(Self {
            poller: Arc::new(Selector::new()?),
            poll_events: Events::new(),
            servers: Vec::new(),
            index: HashMap::new(),
            default: None,
            routing: Routing::default(),
            rr: 0,
            timers: Timers::default(),
            listeners: Listeners::default(),
            state_listeners: Vec::new(),
            removed_listeners: HashSet::new(),
            live_listeners: HashSet::new(),
            next_listener: 0,
            pull_events: None,
            pull_completions: VecDeque::new(),
            completion_pull: false,
            hot: Vec::new(),
            hot_mark: Vec::new(),
            scratch: Scratch::default(),
            touched: Vec::new(),
            touched_mark: Vec::new(),
            write_dirty: Vec::new(),
            submit_rx,
            submit_tx,
            submissions_left: false,
            in_tick: false,
            counters: Counters::default(),
            limits,
            tick_timeout_ms: 25,
        })
    }

    /// Adds a server (the first one added is the default until
    /// [`set_default`](Self::set_default)). It connects on the next tick;
    /// over TLS when the config carries a [`TlsClient`](crate::TlsClient) (no byte of the
    /// login before the handshake verified the peer).
    ///
    /// # Errors
    /// [`ClusterError::DuplicateServer`].
    ///
    /// ```no_run
    /// use ami_cluster::prelude::*;
    ///
    /// let mut m = AmiClientManager::new().unwrap();
    /// let conn = ConnConfig::new("pbx1", "admin", "amp111");
    /// m.add_server(ServerConfig::new("127.0.0.1:5038".parse().unwrap(), conn))?;
    /// # Ok::<(), ClusterError>(())
    /// ```
    pub fn add_server(&mut self, cfg: ServerConfig) -> Result<(), ClusterError> {
        let ServerConfig {
            key,
            addr,
            conn,
            tls,
        } = cfg;
        if self.index.contains_key(&key) {
            return Err(ClusterError::DuplicateServer(key));
        }
        let now = Instant::now();
        let idx = self.servers.len();
        let conn = Connection::new(conn, now);
        self.timers.set(idx, conn.poll_timeout());
        self.servers
            .push(Server::new(Arc::from(key.as_str()), addr, conn, tls));
        self.touched_mark.push(false);
        self.hot_mark.push(false);
        self.index.insert(key, idx);
        if self.default.is_none() {
            self.default = Some(idx);
        }
        Ok(())
    }

    /// Makes `key` the default server.
    ///
    /// # Errors
    /// [`ClusterError::UnknownServer`].
    pub fn set_default(&mut self, key: &str) -> Result<(), ClusterError> {
        self.default = Some(self.idx(key)?);
        Ok(())
    }

    fn idx(&self, key: &str) -> Result<usize, ClusterError> {
        self.index
            .get(key)
            .copied()
            .ok_or_else(|| ClusterError::UnknownServer(key.into()))
    }

    /// Server keys, in the order added.
    pub fn server_keys(&self) -> Vec<&str> {
        self.servers.iter().map(|s| &*s.key).collect()
    }

    /// A server by key.
    ///
    /// # Errors
    /// [`ClusterError::UnknownServer`].
    pub fn server(&mut self, key: &str) -> Result<ServerRef<'_>, ClusterError> {
        let idx = self.idx(key)?;
        Ok(ServerRef { mgr: self, idx })
    }

    /// The default server.
    ///
    /// # Errors
    /// [`ClusterError::NoDefault`].
    pub fn default_server(&mut self) -> Result<ServerRef<'_>, ClusterError> {
        let idx = self.default.ok_or(ClusterError::NoDefault)?;
        Ok(ServerRef { mgr: self, idx })
    }

    /// A server's connection state.
    ///
    /// # Errors
    /// [`ClusterError::UnknownServer`].
    pub fn state(&self, key: &str) -> Result<State, ClusterError> {
        Ok(self.servers[self.idx(key)?].conn.state())
    }

    /// Sets the routing strategy used by [`send`](Self::send).
    pub fn set_routing(&mut self, routing: Routing) {
        self.routing = routing;
    }

    /// The routing strategy in force.
    pub fn routing(&self) -> &Routing {
        &self.routing
    }

    /// Calls `f` on every state change of every server (connecting, logged
    /// in, lost, ...), after the change, from inside the tick.
    ///
    /// ```no_run
    /// # let mut m = ami_cluster::AmiClientManager::new().unwrap();
    /// m.on_state_change(|_, key, from, to| eprintln!("{key}: {from:?} -> {to:?}"));
    /// ```
    pub fn on_state_change<F>(&mut self, f: F)
    where
        F: FnMut(&mut Self, &str, State, State) + Send + 'static,
    {
        self.state_listeners.push(Box::new(f));
    }

    /// Ticks until every server in `keys` (every server when empty) is
    /// Ready, for at most `timeout`.
    ///
    /// # Errors
    /// [`ClusterError::NotReadyInTime`] with each late server's state and
    /// last error; [`ClusterError::UnknownServer`]; a tick's error.
    ///
    /// ```no_run
    /// # let mut m = ami_cluster::AmiClientManager::new().unwrap();
    /// m.wait_ready(&["node_1"], std::time::Duration::from_secs(5))?;
    /// # Ok::<(), ami_cluster::ClusterError>(())
    /// ```
    pub fn wait_ready(&mut self, keys: &[&str], timeout: Duration) -> Result<(), ClusterError> {
        let idx: Vec<usize> = if keys.is_empty() {
            (0..self.servers.len()).collect()
        } else {
            keys.iter().map(|k| self.idx(k)).collect::<Result<_, _>>()?
        };
        let deadline = Instant::now() + timeout;
        loop {
            let late: Vec<usize> = idx
                .iter()
                .copied()
                .filter(|&i| self.servers[i].conn.state() != State::Ready)
                .collect();
            if late.is_empty() {
                return Ok(());
            }
            let now = Instant::now();
            if now >= deadline {
                return Err(ClusterError::NotReadyInTime {
                    timeout,
                    servers: late
                        .iter()
                        .map(|&i| {
                            let s = &self.servers[i];
                            let err = s.metrics.last_error.as_deref().unwrap_or("no error yet");
                            format!("{} ({:?}: {err})", s.key, s.conn.state())
                        })
                        .collect(),
                });
            }
            let left = deadline.saturating_duration_since(now).as_millis() as u64;
            self.tick_all(left.clamp(1, 25))?;
        }
    }

    /// Picks a Ready server by the routing strategy.
    fn route(&mut self) -> Result<usize, ClusterError> {
        let ready = |s: &Server| s.conn.state() == State::Ready;
        let none = || ClusterError::NoServerReady {
            strategy: self.routing.name(),
        };
        match &self.routing {
            Routing::RoundRobin => {
                let n = self.servers.len();
                for k in 0..n {
                    let i = (self.rr + k) % n;
                    if ready(&self.servers[i]) {
                        self.rr = i + 1;
                        return Ok(i);
                    }
                }
                Err(none())
            }
            Routing::Failover(order) => order
                .iter()
                .filter_map(|k| self.index.get(k))
                .copied()
                .find(|&i| ready(&self.servers[i]))
                .ok_or_else(none),
            Routing::Explicit(k) => match self.index.get(k) {
                Some(&i) if ready(&self.servers[i]) => Ok(i),
                Some(_) => Err(none()),
                None => Err(ClusterError::UnknownServer(k.clone())),
            },
        }
    }

    /// Sends through the routing strategy (the seed's `$manager->send()`).
    /// The returned [`Pending`] says where the outcome goes.
    ///
    /// # Errors
    /// No Ready server, or the server's refusal (nothing was sent).
    pub fn send(&mut self, action: &dyn Action) -> Result<Pending<'_>, ClusterError> {
        self.send_with_options(action, SendOptions::default())
    }

    /// [`send`](Self::send) with per-action options (timeout, ActionID).
    ///
    /// # Errors
    /// No Ready server, or the server's refusal (nothing was sent).
    pub fn send_with_options(
        &mut self,
        action: &dyn Action,
        opts: SendOptions,
    ) -> Result<Pending<'_>, ClusterError> {
        let idx = self.route()?;
        self.send_to(idx, action, opts)
    }

    pub(crate) fn send_to(
        &mut self,
        idx: usize,
        action: &dyn Action,
        opts: SendOptions,
    ) -> Result<Pending<'_>, ClusterError> {
        let now = Instant::now();
        let s = &mut self.servers[idx];
        let action_id = s.conn.send(now, action, opts)?;
        self.write_dirty.push(idx);
        self.touch(idx);
        Ok(Pending {
            mgr: self,
            idx,
            action_id,
        })
    }

    pub(crate) fn set_disposition(&mut self, idx: usize, action_id: ActionId, d: Disposition) {
        self.servers[idx].dispositions.insert(action_id, d);
    }

    pub(crate) fn server_key_at(&self, idx: usize) -> &str {
        &self.servers[idx].key
    }

    pub(crate) fn server_key_arc(&self, idx: usize) -> Arc<str> {
        self.servers[idx].key.clone()
    }

    /// Calls `f` for every event named `name` (ASCII case-insensitive).
    ///
    /// An event's listeners run in the order they were added, those on its
    /// name and those on every event ([`on_any_event`](Self::on_any_event))
    /// alike. A listener removed during a dispatch does not run again (not
    /// even for the event being dispatched); one added during a dispatch
    /// hears the next event. Finding an event's listeners is one lookup by
    /// name, however many listeners there are, plus a walk over those on
    /// every event (after a removal, the first event rebuilds the index).
    pub fn on_event<F>(&mut self, name: &str, f: F) -> ListenerId
    where
        F: FnMut(&mut Self, &ServerEvent) + Send + 'static,
    {
        self.add_listener(Some(name), Box::new(f))
    }

    /// Calls `f` for every event.
    pub fn on_any_event<F>(&mut self, f: F) -> ListenerId
    where
        F: FnMut(&mut Self, &ServerEvent) + Send + 'static,
    {
        self.add_listener(None, Box::new(f))
    }

    fn add_listener(&mut self, name: Option<&str>, f: EventCallback) -> ListenerId {
        self.next_listener += 1;
        self.live_listeners.insert(self.next_listener);
        self.listeners.push(self.next_listener, name, f);
        ListenerId(self.next_listener)
    }

    /// Removes a listener (nothing happens for one already removed).
    pub fn remove_listener(&mut self, id: ListenerId) {
        if self.live_listeners.remove(&id.0) && !self.listeners.remove(id.0) {
            // Out for dispatch right now: skipped for the rest of it, and
            // dropped when it ends.
            self.removed_listeners.insert(id.0);
        }
    }

    /// True while `id` is registered (added and not yet removed), also
    /// from inside its own dispatch.
    pub fn has_listener(&self, id: ListenerId) -> bool {
        self.live_listeners.contains(&id.0)
    }

    /// Keeps events for [`next_event`](Self::next_event) too (off by
    /// default, so a listener-only program does not fill a queue).
    pub fn enable_event_pull(&mut self) {
        self.pull_events.get_or_insert_with(VecDeque::new);
    }

    /// The oldest event not yet pulled (after [`enable_event_pull`](Self::enable_event_pull)).
    pub fn next_event(&mut self) -> Option<ServerEvent> {
        self.pull_events.as_mut()?.pop_front()
    }

    /// Sends the outcome of every action whose [`Pending`] chose nothing
    /// to the completion pull queue (off by default: such outcomes are
    /// counted as unclaimed and dropped).
    pub fn enable_completion_pull(&mut self) {
        self.completion_pull = true;
    }

    /// The oldest outcome in the pull queue: actions sent with
    /// [`Pending::to_pull_queue`], [`ManagerHandle::post`]ed ones, and (after
    /// [`enable_completion_pull`](Self::enable_completion_pull)) those whose
    /// `Pending` chose nothing.
    pub fn next_completion(&mut self) -> Option<ActionCompletion> {
        self.pull_completions.pop_front()
    }

    /// Items dropped from the full pull queues (events and completions).
    pub fn pull_dropped(&self) -> u64 {
        self.counters.pull_dropped_events + self.counters.pull_dropped_completions
    }

    /// A `Send + Clone` handle for other threads.
    pub fn handle(&self) -> ManagerHandle {
        ManagerHandle::new(
            self.submit_tx.clone(),
            self.poller.clone(),
            self.limits.submit_queue_capacity,
        )
    }

    /// Prometheus text of every server's metrics.
    pub fn metrics_text(&self) -> String {
        let refs: Vec<&Server> = self.servers.iter().collect();
        metrics::render(&refs, &self.counters, Instant::now())
    }

    /// Every counter and gauge of the manager, summed over its servers, in
    /// one plain value (no allocation; `O(servers)`).
    pub fn stats(&self) -> crate::ManagerStats {
        crate::stats::collect(
            &self.servers,
            self.counters,
            self.pull_events.as_ref().map_or(0, VecDeque::len),
            self.pull_completions.len(),
            Instant::now(),
        )
    }

    /// One server's counters and gauges (no allocation).
    ///
    /// # Errors
    /// [`ClusterError::UnknownServer`].
    pub fn server_stats(&self, key: &str) -> Result<crate::ServerStats, ClusterError> {
        let idx = self.idx(key)?;
        Ok(crate::ServerStats::of(&self.servers[idx], Instant::now()))
    }

    /// A health snapshot per server, with each one's last error (redacted);
    /// [`stats`](Self::stats) and [`server_stats`](Self::server_stats) give
    /// the counters without allocating.
    pub fn health(&self) -> Vec<Health> {
        let now = Instant::now();
        self.servers
            .iter()
            .map(|s| Health {
                server_key: s.key.to_string(),
                state: s.conn.state(),
                circuit: s.conn.circuit(now),
                pending: s.conn.pending_count(),
                queue_depth: s.conn.queue_depth(),
                dropped_events: s.conn.stats().dropped_events,
                last_error: s.metrics.last_error.clone(),
            })
            .collect()
    }

    /// The cadence a driving loop should pass to [`tick_all`](Self::tick_all):
    /// the configuration's `listen.tick_timeout_ms` (25 ms by default).
    pub fn tick_timeout_ms(&self) -> u64 {
        self.tick_timeout_ms
    }

    /// Sets the cadence held for [`tick_timeout_ms`](Self::tick_timeout_ms)
    /// (clamped to 250 ms, as a tick would).
    pub fn set_tick_timeout_ms(&mut self, ms: u64) {
        self.tick_timeout_ms = ms.min(MAX_TICK_TIMEOUT_MS);
    }

    /// Tick timeouts clamped so far.
    pub fn clamped_timeouts(&self) -> u64 {
        self.counters.clamped_ticks
    }

    /// Manager-wide counters (re-entrant ticks, refused submissions, poll
    /// errors, unhandled events, unclaimed outcomes, pull drops, clamps).
    pub fn counters(&self) -> Counters {
        self.counters
    }

    /// `tick_all(0)`: never blocks (for embedding in another loop).
    ///
    /// # Errors
    /// As [`tick_all`](Self::tick_all).
    pub fn poll_all(&mut self) -> Result<TickReport, ClusterError> {
        self.tick_all(0)
    }

    /// Logs off every server (they stop reconnecting); keep ticking until
    /// [`all_closed`](Self::all_closed) to let the Goodbyes arrive.
    pub fn close_all(&mut self) {
        let now = Instant::now();
        for idx in 0..self.servers.len() {
            self.servers[idx].conn.close(now);
            self.write_dirty.push(idx);
            self.touch(idx);
        }
    }

    /// True when every server is disconnected.
    pub fn all_closed(&self) -> bool {
        self.servers
            .iter()
            .all(|s| s.conn.state() == State::Disconnected)
    }

    /// A tick that delivers only `key`'s events and completions: one wait
    /// bounded by `timeout_ms` and the nearest deadline. Every socket is
    /// still read and every timer still fires (so no other link starves into
    /// a read timeout, and their readiness does not wake the next wait
    /// again); the other servers' outputs wait in their bounded queues for
    /// their own tick.
    ///
    /// # Errors
    /// [`ClusterError::UnknownServer`]; otherwise as [`tick_all`](Self::tick_all).
    pub fn tick(&mut self, key: &str, timeout_ms: u64) -> Result<TickReport, ClusterError> {
        let idx = self.idx(key)?;
        self.guarded_tick(timeout_ms, Some(idx))
    }

    /// One turn for every server: exactly one `Poller::wait`, bounded by
    /// `timeout_ms` (clamped to 250) and the nearest deadline.
    ///
    /// # Errors
    /// [`ClusterError::Reentrant`] when called from a listener or completion
    /// callback (a tick is already running; nothing was done, and it is
    /// counted); [`ClusterError::Poll`] when the selector's wait failed (the
    /// rest of the tick, timers and dispatch, still ran).
    pub fn tick_all(&mut self, timeout_ms: u64) -> Result<TickReport, ClusterError> {
        self.guarded_tick(timeout_ms, None)
    }

    fn guarded_tick(
        &mut self,
        timeout_ms: u64,
        only: Option<usize>,
    ) -> Result<TickReport, ClusterError> {
        if self.in_tick {
            self.counters.reentrant_ticks += 1;
            log::warn!("tick called from inside a callback: refused (events would be lost)");
            return Err(ClusterError::Reentrant);
        }
        self.in_tick = true;
        let result = self.run_tick(timeout_ms, only);
        self.in_tick = false;
        result
    }

    fn touch(&mut self, idx: usize) {
        if !self.touched_mark[idx] {
            self.touched_mark[idx] = true;
            self.touched.push(idx);
        }
    }

    /// Queues `idx` for the next tick's dispatch (once).
    fn heat(&mut self, idx: usize) {
        if !self.hot_mark[idx] {
            self.hot_mark[idx] = true;
            self.hot.push(idx);
        }
    }

    fn run_tick(
        &mut self,
        timeout_ms: u64,
        only: Option<usize>,
    ) -> Result<TickReport, ClusterError> {
        let mut report = TickReport::default();
        let timeout_ms = if timeout_ms > MAX_TICK_TIMEOUT_MS {
            self.counters.clamped_ticks += 1;
            report.clamped = true;
            log::warn!("tick timeout {timeout_ms} ms clamped to {MAX_TICK_TIMEOUT_MS} ms");
            MAX_TICK_TIMEOUT_MS
        } else {
            timeout_ms
        };
        let mut submit_budget = self.limits.max_submissions_per_tick;
        self.drain_submissions(&mut submit_budget, &mut report);
        let now = Instant::now();
        self.fire_timers(now, &mut report);
        self.flush_dirty(now);

        // What happened before the wait must not sleep through the timeout:
        // outputs the timers produced, a hot server that this tick delivers,
        // submissions left by the budget, and the deadlines of every server
        // touched so far (a new action or heartbeat may be due sooner).
        for &idx in &self.touched {
            self.timers.set(idx, self.servers[idx].conn.poll_timeout());
        }
        let delivers = |i: &usize| only.is_none_or(|o| o == *i);
        let work_left = self.submissions_left
            || report.connects > 0
            || self.hot.iter().any(delivers)
            || self
                .touched
                .iter()
                .filter(|i| delivers(i))
                .any(|&i| self.servers[i].conn.has_output());
        let mut wait = Duration::from_millis(timeout_ms);
        if work_left {
            wait = Duration::ZERO;
        } else if let Some(next) = self.timers.next() {
            wait = wait.min(next.saturating_duration_since(now));
        }
        self.poll_events.clear();
        let mut poll_error = None;
        if let Err(e) = self.poller.wait(&mut self.poll_events, wait) {
            if e.kind() != std::io::ErrorKind::Interrupted {
                self.counters.poll_errors += 1;
                log::error!("selector wait failed: {e}");
                poll_error = Some(ClusterError::Poll(e.to_string()));
            }
        }

        let now = Instant::now();
        let mut ready = std::mem::take(&mut self.scratch.ready);
        ready.extend(self.poll_events.iter());
        report.ready = ready.len();
        for (idx, readable, writable) in ready.drain(..) {
            if idx >= self.servers.len() {
                continue;
            }
            let budget = self.limits.max_read_per_tick;
            let s = &mut self.servers[idx];
            if s.connecting && (readable || writable) {
                s.finish_connect(now);
            }
            if readable {
                let (n, _) = s.read(now, budget);
                report.bytes_read += n;
            }
            if writable {
                s.flush(now);
            }
            self.touch(idx);
        }
        self.scratch.ready = ready;
        self.drain_submissions(&mut submit_budget, &mut report);
        self.fire_timers(now, &mut report);

        // Dispatch: servers the budget left hot (and not touched again) plus
        // those touched this tick, each once.
        let mut order = std::mem::take(&mut self.scratch.order);
        order.extend(self.hot.iter().copied().filter(|&i| !self.touched_mark[i]));
        order.extend_from_slice(&self.touched);
        for idx in self.hot.drain(..) {
            self.hot_mark[idx] = false;
        }
        for &idx in &order {
            if only.is_some_and(|o| o != idx) {
                self.heat(idx);
                continue;
            }
            self.dispatch(idx, &mut report);
        }
        order.clear();
        self.scratch.order = order;
        let now = Instant::now();
        self.flush_dirty(now);
        let mut touched = std::mem::take(&mut self.touched);
        for &idx in &touched {
            self.touched_mark[idx] = false;
            let s = &mut self.servers[idx];
            let blocked = s.write_interest();
            s.arm(idx, blocked);
            self.timers.set(idx, s.conn.poll_timeout());
            // Outputs a callback caused after this server's dispatch (a
            // `close_all`, a send whose flush failed) go out next tick,
            // which then does not wait: a stopped link has no timer left to
            // bring them out, and its socket closes on `Disconnected`.
            if s.conn.has_output() {
                self.heat(idx);
            }
        }
        touched.clear();
        self.touched = touched;
        report.progressed = report.bytes_read > 0
            || report.events > 0
            || report.completions > 0
            || report.connects > 0
            || report.timers > 0
            || report.submissions > 0;
        match poll_error {
            Some(e) => Err(e),
            None => Ok(report),
        }
    }

    /// Applies queued submissions, at most `budget` of them across the tick.
    fn drain_submissions(&mut self, budget: &mut usize, report: &mut TickReport) {
        self.submissions_left = false;
        while *budget > 0 {
            let Ok(sub) = self.submit_rx.try_recv() else {
                return;
            };
            *budget -= 1;
            report.submissions += 1;
            crate::handle::apply(self, sub);
        }
        // Budget spent: more may be queued, so the next tick does not sleep.
        self.submissions_left = true;
    }

    /// Records a refused submission as a failed completion in the pull
    /// queue, so that every accepted post has exactly one outcome.
    pub(crate) fn refuse_submission(
        &mut self,
        server: Option<&str>,
        action: &str,
        e: &ClusterError,
    ) {
        self.counters.refused_submissions += 1;
        log::warn!("posted {action} refused: {e}");
        let done = ActionCompletion {
            server_key: Arc::from(server.unwrap_or_default()),
            action_id: ActionId::default(),
            result: Err(ActionFailure::NotSent(e.to_string())),
            latency: None,
        };
        self.push_completion(done);
    }

    fn push_completion(&mut self, done: ActionCompletion) {
        if self.pull_completions.len() >= self.limits.pull_queue_capacity {
            self.pull_completions.pop_front();
            self.counters.pull_dropped_completions += 1;
        }
        self.pull_completions.push_back(done);
    }

    /// An outcome nobody chose a destination for: counted, and said once
    /// in the log so the first one is not silent either.
    fn unclaimed(&mut self, done: &ActionCompletion) {
        self.counters.unclaimed_completions += 1;
        if self.counters.unclaimed_completions == 1 {
            log::warn!(
                server_key = &*done.server_key, action_id = done.action_id.as_str();
                "an action's outcome arrived but its send chose no destination \
                 (on_complete, to_pull_queue, ignore_outcome) and completion pull is off: \
                 dropped; later ones are only counted (ami_completions_unclaimed_total)"
            );
        }
    }

    fn fire_timers(&mut self, now: Instant, report: &mut TickReport) {
        let mut deferred = Vec::new();
        while let Some(idx) = self.timers.pop_due(now) {
            report.timers += 1;
            let s = &mut self.servers[idx];
            s.conn.handle_timeout(now);
            if s.sock.is_none() && s.conn.wants_connect(now) {
                if report.connects < self.limits.max_connects_per_tick {
                    report.connects += 1;
                    s.open(&self.poller, idx, now);
                } else {
                    // Herd control: the rest connect on later ticks.
                    deferred.push(idx);
                }
            }
            self.write_dirty.push(idx);
            self.touch(idx);
        }
        for idx in deferred {
            self.timers.set(idx, Some(now));
        }
    }

    fn flush_dirty(&mut self, now: Instant) {
        let mut dirty = std::mem::take(&mut self.write_dirty);
        for &idx in &dirty {
            self.servers[idx].flush(now);
            self.touch(idx);
        }
        dirty.clear();
        // Kept for its capacity, unless flushing queued more (it does not).
        if self.write_dirty.is_empty() {
            self.write_dirty = dirty;
        }
    }

    /// Delivers up to the budget of one server's outputs, borrowing nothing
    /// from `self` while user code runs.
    fn dispatch(&mut self, idx: usize, report: &mut TickReport) {
        let budget = self.limits.max_dispatch_per_tick;
        let mut outputs = std::mem::take(&mut self.scratch.outputs);
        let mut events = std::mem::take(&mut self.scratch.events);
        {
            // Control outputs first, then events (`poll_output`'s order);
            // events move as bare messages, not wrapped in an `Output`.
            let s = &mut self.servers[idx];
            while outputs.len() < budget {
                match s.conn.poll_control() {
                    Some(o) => outputs.push(o),
                    None => break,
                }
            }
            while outputs.len() + events.len() < budget {
                match s.conn.poll_event() {
                    Some(m) => events.push(m),
                    None => break,
                }
            }
            if outputs.len() + events.len() == budget {
                self.heat(idx);
            }
        }
        let key = self.servers[idx].key.clone();
        for o in outputs.drain(..) {
            match o {
                Output::Event(message) => self.event_arrived(idx, &key, message, report),
                Output::Completed {
                    id,
                    result,
                    latency,
                } => {
                    report.completions += 1;
                    let s = &mut self.servers[idx];
                    s.metrics.observe(latency);
                    let disposition = s.dispositions.remove(&id);
                    let done = ActionCompletion {
                        server_key: key.clone(),
                        action_id: id,
                        result,
                        latency: Some(latency),
                    };
                    match disposition {
                        Some(Disposition::Callback(cb)) => {
                            if catch_unwind(AssertUnwindSafe(|| cb(self, done))).is_err() {
                                self.servers[idx].metrics.listener_panics += 1;
                                log::error!(server_key = &*key; "completion callback panicked");
                            }
                        }
                        Some(Disposition::Pull) => self.push_completion(done),
                        Some(Disposition::Ignore) => {}
                        None if self.completion_pull => self.push_completion(done),
                        None => self.unclaimed(&done),
                    }
                }
                Output::Disconnected { reason } => {
                    let s = &mut self.servers[idx];
                    // A new attempt may already own a fresh socket (opened by
                    // a timer in this tick): only a link that stayed down
                    // loses its socket here.
                    if s.conn.state() == State::Disconnected {
                        s.close_socket();
                    }
                    let text = s
                        .conn
                        .config()
                        .redactor
                        .text(&reason.to_string())
                        .into_owned();
                    s.metrics.last_error = Some(text);
                }
                Output::StateChanged { from, to } => {
                    if !self.state_listeners.is_empty() {
                        self.deliver_state(&key, from, to);
                    }
                }
            }
        }
        self.scratch.outputs = outputs;
        for message in events.drain(..) {
            self.event_arrived(idx, &key, message, report);
        }
        self.scratch.events = events;
    }

    /// One event: to its listeners, to the pull queue when on, else counted
    /// as unhandled.
    fn event_arrived(
        &mut self,
        idx: usize,
        key: &Arc<str>,
        message: Message,
        report: &mut TickReport,
    ) {
        report.events += 1;
        let ev = ServerEvent {
            server_key: key.clone(),
            message,
        };
        let heard = self.deliver_event(idx, &ev);
        if !heard && self.pull_events.is_none() {
            // Nobody wanted it: say so in the counters, not silently.
            self.counters.unhandled_events += 1;
        }
        if let Some(q) = self.pull_events.as_mut() {
            if q.len() >= self.limits.pull_queue_capacity {
                q.pop_front();
                self.counters.pull_dropped_events += 1;
            }
            q.push_back(ev);
        }
    }

    fn deliver_state(&mut self, key: &Arc<str>, from: State, to: State) {
        let mut listeners = std::mem::take(&mut self.state_listeners);
        for f in &mut listeners {
            if catch_unwind(AssertUnwindSafe(|| f(self, key, from, to))).is_err() {
                log::error!(server_key = &**key; "state listener panicked");
            }
        }
        let added = std::mem::replace(&mut self.state_listeners, listeners);
        self.state_listeners.extend(added);
    }

    /// Runs the listeners that want `ev`; returns whether any did.
    fn deliver_event(&mut self, idx: usize, ev: &ServerEvent) -> bool {
        if self.listeners.is_empty() {
            return false;
        }
        let mut heard = false;
        let mut listeners = std::mem::take(&mut self.listeners);
        let name = ev.message.event().unwrap_or_default();
        listeners.for_each_wanting(name, |l| {
            if !self.removed_listeners.is_empty() && self.removed_listeners.contains(&l.id) {
                return;
            }
            heard = true;
            if catch_unwind(AssertUnwindSafe(|| (l.f)(self, ev))).is_err() {
                self.servers[idx].metrics.listener_panics += 1;
                log::error!(server_key = &*ev.server_key; "event listener panicked");
            }
        });
        // Listeners added during dispatch were pushed onto the empty list.
        let added = std::mem::replace(&mut self.listeners, listeners);
        self.listeners.append(added);
        if !self.removed_listeners.is_empty() {
            let removed = std::mem::take(&mut self.removed_listeners);
            self.listeners.remove_all(|l| removed.contains(&l));
        }
        heard
    }
}

/// One server of the manager, for sending to it.
pub struct ServerRef<'a> {
    mgr: &'a mut AmiClientManager,
    idx: usize,
}

impl<'a> ServerRef<'a> {
    /// Its key.
    pub fn key(&self) -> &str {
        &self.mgr.servers[self.idx].key
    }

    /// Its state.
    pub fn state(&self) -> State {
        self.mgr.servers[self.idx].conn.state()
    }

    /// Sends to this server (the seed's `$manager->server(key)->send()`).
    /// The returned [`Pending`] says where the outcome goes.
    ///
    /// # Errors
    /// The server's refusal (not Ready: the seed's InvalidConnectionState;
    /// backpressure; a bad action): nothing was sent.
    pub fn send(self, action: &dyn Action) -> Result<Pending<'a>, ClusterError> {
        self.mgr.send_to(self.idx, action, SendOptions::default())
    }

    /// [`send`](Self::send) with per-action options (timeout, ActionID).
    ///
    /// # Errors
    /// As [`send`](Self::send).
    pub fn send_with_options(
        self,
        action: &dyn Action,
        opts: SendOptions,
    ) -> Result<Pending<'a>, ClusterError> {
        self.mgr.send_to(self.idx, action, opts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listener_ids_round_trip_through_integers() {
        let mut m = AmiClientManager::new().unwrap();
        let id = m.on_any_event(|_, _| {});
        assert_ne!(id.get(), 0);
        assert_eq!(ListenerId::from_raw(id.get()), id);
        assert!(m.has_listener(id));
        m.remove_listener(id);
        assert!(!m.has_listener(id));
        assert!(!m.has_listener(ListenerId::from_raw(999)));
    }
}
