//! [`Connection`]: one server's link as a sans-IO state machine.

use std::collections::VecDeque;
use std::io;
use std::time::{Duration, Instant};

use ami_proto::actions::{Challenge, Login, Logoff, Ping};
use ami_proto::{
    Action, ActionError, Completer, Decoder, DecoderConfig, Message, MessageKind, Outcome,
    ProtoError, encode_action, validate_action_id,
};

use crate::action_id::{ActionId, ActionIdGen, random_instance};
use crate::backoff::Backoff;
use crate::circuit::{Circuit, CircuitState};
use crate::config::{AuthMethod, ConnConfig};
use crate::error::{ActionFailure, CloseReason, SendError};
use crate::event_queue::EventQueue;
use crate::pending::{Pending, PendingTable, Purpose};
use crate::stats::Stats;

/// The link's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    /// No socket. Waiting for the backoff and the circuit to allow an attempt.
    Disconnected,
    /// The driver is opening a socket.
    Connecting,
    /// Connected; waiting for `Asterisk Call Manager/...`.
    AwaitingBanner,
    /// Login (or challenge) sent; waiting for its response.
    Authenticating,
    /// Logged in: actions accepted.
    Ready,
    /// `Logoff` sent; waiting for `Goodbye`.
    Closing,
}

/// What the connection produced, from [`Connection::poll_output`].
#[derive(Debug, Clone)]
// A completion is the largest variant (its inline ActionID and outcome);
// boxing it would cost an allocation per action, which this crate avoids.
#[allow(clippy::large_enum_variant)]
pub enum Output {
    /// The state changed.
    StateChanged {
        /// Before.
        from: State,
        /// After.
        to: State,
    },
    /// An action accepted by [`Connection::send`] ended: exactly once each.
    Completed {
        /// Its ActionID.
        id: ActionId,
        /// Its outcome.
        result: Result<Outcome, ActionFailure>,
        /// From `send` to the outcome, by the clock the inputs were given.
        latency: Duration,
    },
    /// The link is down: the driver closes its socket (if still open).
    Disconnected {
        /// Why.
        reason: CloseReason,
    },
    /// An event from the server (not one collected by an action).
    Event(Message),
}

/// Per-action options for [`Connection::send`].
///
/// `#[non_exhaustive]`: build it with [`Default`] and the `with_*` methods,
/// so that a new option is not a breaking change.
///
/// ```
/// use std::time::Duration;
/// let opts = ami_conn::SendOptions::default()
///     .with_timeout(Duration::from_secs(5))
///     .with_action_id("my-id-1");
/// assert_eq!(opts.action_id.as_deref(), Some("my-id-1"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct SendOptions {
    /// Overrides the server's `timeout` for this action.
    pub timeout: Option<Duration>,
    /// Uses this ActionID instead of a generated one; refused when invalid
    /// or already pending.
    pub action_id: Option<String>,
}

impl SendOptions {
    /// This action's timeout instead of the server's.
    #[must_use]
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// This ActionID instead of a generated one.
    #[must_use]
    pub fn with_action_id(mut self, id: impl Into<String>) -> Self {
        self.action_id = Some(id.into());
        self
    }
}

/// One server's AMI link, without sockets or clocks (after quinn-proto).
///
/// Its methods come in four kinds:
/// - **getters** (`&self`): [`state`](Self::state), [`stats`](Self::stats), ...;
/// - **inputs** (`handle_*`, `read_with`, `start_connect`), each given `now`:
///   what the driver saw;
/// - **commands**: [`send`](Self::send) and [`close`](Self::close);
/// - **outputs**: [`poll_transmit`](Self::poll_transmit) (bytes to write),
///   [`poll_output`](Self::poll_output) (state changes, completions,
///   disconnects, events) and [`poll_timeout`](Self::poll_timeout) (when to
///   call [`handle_timeout`](Self::handle_timeout) next).
///
/// After any input or command, the driver polls in this order: write what
/// `poll_transmit` gives (then [`transmitted`](Self::transmitted)), drain
/// `poll_output` until `None` (closing the socket on `Disconnected`), and
/// sleep until `poll_timeout` or socket readiness. When
/// [`wants_connect`](Self::wants_connect) says so, it opens a socket and calls
/// `start_connect`, then `handle_connected` once connected. Extra
/// `handle_timeout` calls are harmless.
#[derive(Debug)]
pub struct Connection {
    cfg: ConnConfig,
    state: State,
    decoder: Decoder,
    write_buf: Vec<u8>,
    write_pos: usize,
    ids: ActionIdGen,
    pending: PendingTable,
    events: EventQueue,
    outputs: VecDeque<Output>,
    backoff: Backoff,
    circuit: Circuit,
    next_attempt: Option<Instant>,
    attempt_deadline: Option<Instant>,
    /// When the last complete frame arrived (liveness).
    last_rx: Instant,
    /// When the link last became Ready (for the backoff reset).
    ready_since: Option<Instant>,
    heartbeat_pending: bool,
    shutdown: Option<bool>,
    stopped: bool,
    was_ready: bool,
    stats: Stats,
}

impl Connection {
    /// A disconnected link that wants to connect at once.
    pub fn new(cfg: ConnConfig, now: Instant) -> Self {
        let seed = cfg.seed.unwrap_or_else(|| fastrand::u64(..));
        let mut rng = fastrand::Rng::with_seed(seed);
        let instance = cfg
            .instance
            .clone()
            .unwrap_or_else(|| random_instance(&mut rng));
        let ids = ActionIdGen::new(&cfg.server_key, &instance, cfg.max_action_id_length);
        let decoder = Decoder::with_config(DecoderConfig {
            max_frame_size: cfg.max_frame_size,
            // Small first reads keep idle links small; reads grow under load.
            min_read: 512,
            // Under a flood, 128 KiB reads halve the system calls per event.
            max_read: 128 * 1024,
            ..DecoderConfig::default()
        });
        Self {
            events: EventQueue::new(cfg.event_queue_capacity, cfg.event_drop_log_interval),
            backoff: Backoff::new(cfg.backoff, rng.u64(..)),
            circuit: Circuit::new(cfg.circuit),
            state: State::Disconnected,
            decoder,
            write_buf: Vec::new(),
            write_pos: 0,
            ids,
            pending: PendingTable::default(),
            outputs: VecDeque::new(),
            next_attempt: Some(now),
            attempt_deadline: None,
            last_rx: now,
            ready_since: None,
            heartbeat_pending: false,
            shutdown: None,
            stopped: false,
            was_ready: false,
            stats: Stats::default(),
            cfg,
        }
    }

    // ----- getters -----

    /// The state.
    pub fn state(&self) -> State {
        self.state
    }

    /// The server key.
    pub fn server_key(&self) -> &str {
        &self.cfg.server_key
    }

    /// The settings.
    pub fn config(&self) -> &ConnConfig {
        &self.cfg
    }

    /// The circuit breaker's state as of `now`.
    pub fn circuit(&self, now: Instant) -> CircuitState {
        self.circuit.state(now)
    }

    /// Counters.
    pub fn stats(&self) -> Stats {
        let mut s = self.stats;
        s.dropped_events = self.events.dropped();
        s
    }

    /// Actions waiting for their outcome (internal ones included).
    pub fn pending_count(&self) -> usize {
        self.pending.len()
    }

    /// Whether [`poll_output`](Self::poll_output) has something.
    pub fn has_output(&self) -> bool {
        !self.outputs.is_empty() || !self.events.is_empty()
    }

    /// Events waiting in the queue.
    pub fn queue_depth(&self) -> usize {
        self.events.len()
    }

    /// Bytes waiting to be written.
    pub fn buffered_write(&self) -> usize {
        self.write_buf.len() - self.write_pos
    }

    /// Heap bytes held by buffers and tables (for the idle-memory budget).
    pub fn heap_size(&self) -> usize {
        self.decoder.heap_size()
            + self.write_buf.capacity()
            + self.pending.heap_size()
            + self.events.len() * std::mem::size_of::<Message>()
    }

    /// Whether the driver should open a socket now: disconnected, not
    /// stopped, backoff over, circuit allowing.
    pub fn wants_connect(&self, now: Instant) -> bool {
        self.state == State::Disconnected
            && !self.stopped
            && self.next_attempt.is_some_and(|t| now >= t)
            && self.circuit.allows(now)
    }

    // ----- inputs -----

    /// The driver starts opening a socket (after `wants_connect`). The
    /// `connect_timeout` budget for connect, banner and login starts now.
    pub fn start_connect(&mut self, now: Instant) {
        if self.state != State::Disconnected || self.stopped {
            return;
        }
        self.circuit.on_attempt(now);
        self.stats.connect_attempts += 1;
        self.attempt_deadline = Some(now + self.cfg.connect_timeout);
        self.decoder.reset();
        self.write_buf.clear();
        self.write_pos = 0;
        self.shutdown = None;
        self.set_state(State::Connecting);
    }

    /// The socket connected.
    pub fn handle_connected(&mut self, now: Instant) {
        if self.state == State::Connecting {
            self.last_rx = now;
            self.set_state(State::AwaitingBanner);
        }
    }

    /// Reads from the socket straight into the decoder (`read` gets the
    /// buffer) and handles every complete frame. `Ok(0)` is end of stream:
    /// the driver then calls [`handle_closed`](Self::handle_closed).
    ///
    /// # Errors
    /// The read's error, unchanged (`WouldBlock` included).
    pub fn read_with<F>(&mut self, now: Instant, read: F) -> io::Result<usize>
    where
        F: FnOnce(&mut [u8]) -> io::Result<usize>,
    {
        let n = self.decoder.read_with(read)?;
        if n > 0 {
            self.stats.bytes_in += n as u64;
            self.process(now);
        }
        Ok(n)
    }

    /// Handles bytes the caller already holds (a copy; tests and adapters).
    pub fn handle_bytes(&mut self, now: Instant, bytes: &[u8]) {
        if bytes.is_empty() || self.state == State::Disconnected {
            return;
        }
        self.decoder.extend_from_slice(bytes);
        self.stats.bytes_in += bytes.len() as u64;
        self.process(now);
    }

    /// The socket closed or failed.
    pub fn handle_closed(&mut self, now: Instant, reason: CloseReason) {
        let reason = match (self.state, self.shutdown) {
            (State::Closing, _) => CloseReason::Logoff,
            (_, Some(restart)) if reason == CloseReason::PeerClosed => {
                CloseReason::ServerShutdown { restart }
            }
            _ => reason,
        };
        self.lost(now, reason);
    }

    /// Fires what is due: the connect budget, the read timeout, the
    /// heartbeat, action timeouts. Harmless when nothing is due.
    pub fn handle_timeout(&mut self, now: Instant) {
        match self.state {
            State::Connecting | State::AwaitingBanner | State::Authenticating => {
                if self.attempt_deadline.is_some_and(|d| now >= d) {
                    let budget = self.cfg.connect_timeout;
                    let reason = if self.state == State::AwaitingBanner {
                        CloseReason::BannerTimeout(budget)
                    } else {
                        CloseReason::ConnectTimeout(budget)
                    };
                    self.lost(now, reason);
                    return;
                }
            }
            State::Ready | State::Closing => {
                if now >= self.last_rx + self.cfg.read_timeout {
                    self.lost(now, CloseReason::ReadTimeout(self.cfg.read_timeout));
                    return;
                }
                if self.state == State::Ready
                    && !self.heartbeat_pending
                    && now >= self.last_rx + self.cfg.heartbeat_interval
                {
                    // Idle: give back the decoder's buffers before the Ping.
                    self.decoder.shrink_idle();
                    let timeout = self.cfg.read_timeout;
                    if self
                        .internal_send(now, &Ping, Purpose::Heartbeat, timeout)
                        .is_ok()
                    {
                        self.heartbeat_pending = true;
                        self.stats.heartbeats += 1;
                    }
                }
            }
            State::Disconnected => {}
        }
        while let Some(p) = self.pending.pop_expired(now) {
            match p.purpose {
                _ if p.reported() => {}
                Purpose::User => {
                    self.stats.actions_timed_out += 1;
                    log::debug!(
                        server_key = self.cfg.server_key.as_str(),
                        action_id = p.id.as_str();
                        "action timed out after {:?}", p.timeout
                    );
                    self.outputs.push_back(Output::Completed {
                        latency: now.saturating_duration_since(p.sent_at),
                        id: p.id,
                        result: Err(ActionFailure::Timeout(p.timeout)),
                    });
                }
                Purpose::Heartbeat => self.heartbeat_pending = false,
                // Login steps are bounded by the connect budget; Logoff by the read timeout.
                Purpose::Challenge | Purpose::Login | Purpose::Logoff => {}
            }
        }
    }

    // ----- commands -----

    /// Queues an action. Returns its ActionID; its outcome comes later as
    /// exactly one [`Output::Completed`].
    ///
    /// # Errors
    /// [`SendError::NotReady`] outside `Ready`; backpressure
    /// ([`SendError::TooManyPending`], [`SendError::WriteBufferFull`]);
    /// [`SendError::DuplicateActionId`]; [`SendError::Encode`]. Nothing is
    /// queued on error.
    pub fn send(
        &mut self,
        now: Instant,
        action: &dyn Action,
        opts: SendOptions,
    ) -> Result<ActionId, SendError> {
        if self.state != State::Ready {
            return Err(SendError::NotReady {
                server: self.cfg.server_key.clone(),
                state: self.state,
            });
        }
        if self.pending.len() >= self.cfg.max_pending_actions {
            return Err(SendError::TooManyPending {
                server: self.cfg.server_key.clone(),
                pending: self.cfg.max_pending_actions,
            });
        }
        let id = match opts.action_id {
            Some(id) => {
                validate_action_id(&id, self.cfg.max_action_id_length)?;
                if self.pending.contains(id.as_bytes()) {
                    return Err(SendError::DuplicateActionId(id));
                }
                ActionId::from(id)
            }
            None => self.fresh_id(),
        };
        let timeout = opts.timeout.unwrap_or(self.cfg.timeout);
        self.enqueue(now, action, id.clone(), Purpose::User, timeout)?;
        self.stats.actions_sent += 1;
        log::debug!(
            server_key = self.cfg.server_key.as_str(),
            action_id = id.as_str(),
            queue_depth = self.events.len();
            "sent {}", action.name()
        );
        Ok(id)
    }

    /// Logs off gracefully (`Logoff`, then `Goodbye`) and stops reconnecting.
    pub fn close(&mut self, now: Instant) {
        self.stopped = true;
        self.next_attempt = None;
        match self.state {
            State::Ready => {
                let timeout = self.cfg.read_timeout;
                if self
                    .internal_send(now, &Logoff, Purpose::Logoff, timeout)
                    .is_ok()
                {
                    self.set_state(State::Closing);
                } else {
                    self.lost(now, CloseReason::Logoff);
                }
            }
            State::Connecting | State::AwaitingBanner | State::Authenticating => {
                self.lost(now, CloseReason::Logoff);
            }
            State::Disconnected | State::Closing => {}
        }
    }

    // ----- outputs -----

    /// Bytes to write, without copying; report what the socket took with
    /// [`transmitted`](Self::transmitted).
    pub fn poll_transmit(&self) -> Option<&[u8]> {
        (self.write_pos < self.write_buf.len()).then(|| &self.write_buf[self.write_pos..])
    }

    /// `n` bytes of `poll_transmit` were written.
    pub fn transmitted(&mut self, n: usize) {
        self.write_pos = (self.write_pos + n).min(self.write_buf.len());
        self.stats.bytes_out += n as u64;
        if self.write_pos == self.write_buf.len() {
            self.write_buf.clear();
            self.write_pos = 0;
            if self.write_buf.capacity() > 64 * 1024 {
                self.write_buf = Vec::new();
            }
        }
    }

    /// The next output: state changes, completions and disconnects first,
    /// then queued events.
    pub fn poll_output(&mut self) -> Option<Output> {
        self.outputs
            .pop_front()
            .or_else(|| self.events.pop().map(Output::Event))
    }

    /// The next output that is not an event (state changes, completions,
    /// disconnects); with [`poll_event`](Self::poll_event), the same
    /// sequence as [`poll_output`](Self::poll_output) for a driver that
    /// moves events in batches without wrapping each in an [`Output`].
    pub fn poll_control(&mut self) -> Option<Output> {
        self.outputs.pop_front()
    }

    /// The next queued event (after every [`poll_control`](Self::poll_control)
    /// output, for `poll_output`'s order).
    pub fn poll_event(&mut self) -> Option<Message> {
        self.events.pop()
    }

    /// When to call `handle_timeout` next (`None`: nothing scheduled).
    pub fn poll_timeout(&self) -> Option<Instant> {
        let mut next: Option<Instant> = self.pending.next_deadline();
        let mut consider = |t: Instant| next = Some(next.map_or(t, |n| n.min(t)));
        match self.state {
            State::Connecting | State::AwaitingBanner | State::Authenticating => {
                if let Some(d) = self.attempt_deadline {
                    consider(d);
                }
            }
            State::Ready | State::Closing => {
                consider(self.last_rx + self.cfg.read_timeout);
                if self.state == State::Ready && !self.heartbeat_pending {
                    consider(self.last_rx + self.cfg.heartbeat_interval);
                }
            }
            State::Disconnected if !self.stopped => {
                if let Some(t) = self.next_attempt {
                    consider(t.max(self.circuit.open_until().unwrap_or(t)));
                }
            }
            State::Disconnected => {}
        }
        next
    }

    // ----- internals -----

    fn set_state(&mut self, to: State) {
        let from = self.state;
        if from != to {
            self.state = to;
            log::info!(server_key = self.cfg.server_key.as_str(); "{from:?} -> {to:?}");
            self.outputs.push_back(Output::StateChanged { from, to });
        }
    }

    /// The next generated ActionID that no pending action holds: a caller
    /// may have chosen the text a later generated id would have (the index
    /// holds one action per id). Bounded: at most `pending` ids are taken.
    fn fresh_id(&mut self) -> ActionId {
        loop {
            let id = self.ids.next_id();
            if !self.pending.contains(id.as_bytes()) {
                return id;
            }
        }
    }

    fn internal_send(
        &mut self,
        now: Instant,
        action: &dyn Action,
        purpose: Purpose,
        timeout: Duration,
    ) -> Result<ActionId, SendError> {
        let id = self.fresh_id();
        self.enqueue(now, action, id.clone(), purpose, timeout)?;
        Ok(id)
    }

    /// Encodes into the write buffer and registers the pending action; on
    /// any error nothing stays queued.
    fn enqueue(
        &mut self,
        now: Instant,
        action: &dyn Action,
        id: ActionId,
        purpose: Purpose,
        timeout: Duration,
    ) -> Result<(), SendError> {
        let before = self.write_buf.len();
        encode_action(
            action,
            Some(&id),
            self.cfg.max_action_id_length,
            &mut self.write_buf,
        )?;
        let buffered = self.write_buf.len() - self.write_pos;
        if purpose == Purpose::User && buffered > self.cfg.write_buffer_limit {
            self.write_buf.truncate(before);
            return Err(SendError::WriteBufferFull {
                server: self.cfg.server_key.clone(),
                buffered: before - self.write_pos,
                limit: self.cfg.write_buffer_limit,
            });
        }
        log::trace!(
            server_key = self.cfg.server_key.as_str(),
            action_id = id.as_str();
            "queued {:?}", action
        );
        self.pending.insert(Pending {
            id,
            completer: Completer::new(action.completion(), self.cfg.max_list_items)
                .max_bytes(self.cfg.max_action_bytes),
            sent_at: now,
            deadline: now + timeout,
            timeout,
            purpose,
        });
        Ok(())
    }

    fn process(&mut self, now: Instant) {
        while self.state != State::Disconnected {
            match self.decoder.decode() {
                Ok(Some(msg)) => self.on_message(now, msg),
                Ok(None) => break,
                Err(e) => self.on_proto_error(now, e),
            }
        }
    }

    fn on_message(&mut self, now: Instant, msg: Message) {
        self.stats.frames += 1;
        // Liveness counts whole frames: a peer trickling bytes that never end
        // a frame still reaches the heartbeat and the read timeout.
        self.last_rx = now;
        if self.state == State::AwaitingBanner {
            self.set_state(State::Authenticating);
            self.start_login(now);
            if msg.kind() == MessageKind::Banner {
                return;
            }
            // No banner (some proxies): logging in anyway, and this frame is
            // handled like any other.
        }
        // One lookup: a frame that answers a pending action goes to it by slot.
        let slot = msg.action_id().and_then(|id| self.pending.find(id));
        match msg.kind() {
            MessageKind::Banner => {}
            MessageKind::Response => match (slot, msg.action_id()) {
                (Some(slot), _) => self.feed(now, slot, msg),
                (None, id) => {
                    self.stats.unmatched += 1;
                    log::debug!(
                        server_key = self.cfg.server_key.as_str(),
                        action_id = String::from_utf8_lossy(id.unwrap_or(b"")).as_ref();
                        "response matches no pending action"
                    );
                }
            },
            MessageKind::Event => {
                self.stats.events += 1;
                if msg.is_event_named("Shutdown") {
                    let restart = msg
                        .get("Restart")
                        .is_some_and(|r| r.eq_ignore_ascii_case(b"true"));
                    self.shutdown = Some(restart);
                }
                match (slot, msg.action_id()) {
                    (Some(slot), _) => self.feed(now, slot, msg),
                    // Ours but no longer pending (a late list item or
                    // OriginateResponse after a timeout): not an event.
                    (None, Some(id)) if self.ids.is_ours(id) => self.stats.unmatched += 1,
                    _ => self.push_event(now, msg),
                }
            }
            MessageKind::Action | MessageKind::Unknown => {
                self.stats.garbage_frames += 1;
                log::debug!(server_key = self.cfg.server_key.as_str(); "garbage frame of {} bytes", msg.as_bytes().len());
            }
        }
    }

    fn push_event(&mut self, now: Instant, msg: Message) {
        let to_log = self.events.push(now, msg);
        if to_log > 0 {
            log::warn!(
                server_key = self.cfg.server_key.as_str(),
                queue_depth = self.events.len(),
                dropped = to_log;
                "event queue full: dropped {to_log} oldest events"
            );
        }
    }

    fn on_proto_error(&mut self, now: Instant, e: ProtoError) {
        self.stats.protocol_errors += 1;
        log::warn!(server_key = self.cfg.server_key.as_str(); "{}", self.cfg.redactor.text(&e.to_string()));
        if let Some(p) = e.action_id().and_then(|id| self.pending.remove(id)) {
            if !p.reported() {
                self.finish(
                    now,
                    p.id,
                    p.purpose,
                    p.sent_at,
                    Err(ActionFailure::Protocol(e)),
                );
            }
        }
    }

    /// Gives `msg` to the completer of the pending action in `slot`.
    fn feed(&mut self, now: Instant, slot: u32, msg: Message) {
        let Some(p) = self.pending.at_mut(slot) else {
            return;
        };
        if p.reported() {
            // The rest of an overflowed list: dropped as it arrives.
            p.completer.feed(msg);
            self.stats.discarded_items += 1;
            if !p.reported() {
                self.pending.take(slot);
            }
            return;
        }
        let Some(result) = p.completer.feed(msg) else {
            return;
        };
        if let Err(e @ (ActionError::TooLarge { .. } | ActionError::TooManyItems { .. })) = &result
        {
            self.stats.actions_overflowed += 1;
            log::warn!(
                server_key = self.cfg.server_key.as_str(),
                action_id = p.id.as_str();
                "{e}; the rest of its list is discarded"
            );
        }
        // An overflowed list keeps its entry (until the list ends or the
        // deadline) so the rest is recognised and dropped, whatever its ActionID.
        let (id, purpose, sent_at) = if p.reported() {
            (p.id.clone(), p.purpose, p.sent_at)
        } else {
            match self.pending.take(slot) {
                Some(p) => (p.id, p.purpose, p.sent_at),
                None => return,
            }
        };
        self.finish(
            now,
            id,
            purpose,
            sent_at,
            result.map_err(ActionFailure::Server),
        );
    }

    /// Reports a finished action (out of the table, or an overflowed one
    /// that stays to drain its list).
    fn finish(
        &mut self,
        now: Instant,
        id: ActionId,
        purpose: Purpose,
        sent_at: Instant,
        result: Result<Outcome, ActionFailure>,
    ) {
        match purpose {
            Purpose::User => {
                match &result {
                    Ok(_) => self.stats.actions_ok += 1,
                    Err(_) => self.stats.actions_failed += 1,
                }
                self.outputs.push_back(Output::Completed {
                    latency: now.saturating_duration_since(sent_at),
                    id,
                    result,
                });
            }
            Purpose::Heartbeat => self.heartbeat_pending = false,
            Purpose::Challenge => match result {
                Ok(outcome) => {
                    let challenge = outcome
                        .response
                        .get_str("Challenge")
                        .map(|c| c.into_owned());
                    match challenge {
                        Some(c) => self.send_login(now, Some(&c)),
                        None => self.auth_failed(now, "no Challenge in the response".into()),
                    }
                }
                Err(e) => self.auth_failed(now, failure_message(&e)),
            },
            Purpose::Login => match result {
                Ok(_) => self.on_ready(now),
                Err(e) => self.auth_failed(now, failure_message(&e)),
            },
            Purpose::Logoff => self.lost(now, CloseReason::Logoff),
        }
    }

    fn start_login(&mut self, now: Instant) {
        match self.cfg.auth {
            AuthMethod::Plain => self.send_login(now, None),
            AuthMethod::Md5 => {
                let budget = self.budget(now);
                if let Err(e) =
                    self.internal_send(now, &Challenge::md5(), Purpose::Challenge, budget)
                {
                    self.auth_failed(now, e.to_string());
                }
            }
        }
    }

    fn send_login(&mut self, now: Instant, challenge: Option<&str>) {
        let secret = self.cfg.secret.expose();
        let login = match challenge {
            Some(c) => Login::md5(self.cfg.username.clone(), c, secret),
            None => Login::plain(self.cfg.username.clone(), secret),
        }
        .events(self.cfg.events.clone());
        let budget = self.budget(now);
        if let Err(e) = self.internal_send(now, &login, Purpose::Login, budget) {
            // An encoding error (CR/LF in the user or secret): the message
            // names the header, never the value.
            self.auth_failed(now, e.to_string());
        }
    }

    fn budget(&self, now: Instant) -> Duration {
        self.attempt_deadline.map_or(self.cfg.connect_timeout, |d| {
            d.saturating_duration_since(now)
        })
    }

    fn auth_failed(&mut self, now: Instant, message: String) {
        let user = self.cfg.username.clone();
        self.lost(now, CloseReason::AuthFailed { user, message });
    }

    fn on_ready(&mut self, now: Instant) {
        self.circuit.on_success();
        // The backoff is reset only once the link proved stable (see `lost`):
        // a server that logs us in and closes at once must not be retried at
        // the first, shortest delay forever.
        self.ready_since = Some(now);
        self.attempt_deadline = None;
        if self.was_ready {
            self.stats.reconnects += 1;
        }
        self.was_ready = true;
        self.set_state(State::Ready);
    }

    /// The link is gone: every pending action completes once, buffers
    /// reset, the next attempt is scheduled.
    fn lost(&mut self, now: Instant, reason: CloseReason) {
        let was = self.state;
        if was == State::Disconnected {
            return;
        }
        // In send order, for tidy logs.
        for p in self.pending.drain() {
            if p.purpose != Purpose::User || p.reported() {
                continue;
            }
            self.stats.actions_lost += 1;
            self.outputs.push_back(Output::Completed {
                latency: now.saturating_duration_since(p.sent_at),
                id: p.id,
                result: Err(ActionFailure::ConnectionLost(reason.clone())),
            });
        }
        self.write_buf.clear();
        self.write_pos = 0;
        self.decoder.reset();
        self.decoder.shrink_idle();
        self.heartbeat_pending = false;
        self.attempt_deadline = None;
        let attempt_failed = matches!(
            was,
            State::Connecting | State::AwaitingBanner | State::Authenticating
        );
        if attempt_failed && self.circuit.on_failure(now) {
            self.stats.circuit_opens += 1;
            log::warn!(
                server_key = self.cfg.server_key.as_str();
                "circuit open after {} consecutive failures", self.circuit.failures()
            );
        }
        if reason == CloseReason::Logoff {
            self.stopped = true;
        }
        if self
            .ready_since
            .take()
            .is_some_and(|t| now.saturating_duration_since(t) >= self.cfg.backoff_reset_after)
        {
            self.backoff.reset();
        }
        let delay = match reason {
            CloseReason::AuthFailed { .. } => self.backoff.penalty_delay(),
            _ => self.backoff.next_delay(),
        };
        self.next_attempt = (!self.stopped).then(|| now + delay);
        let level = if reason == CloseReason::Logoff {
            log::Level::Info
        } else {
            log::Level::Warn
        };
        log::log!(
            level,
            server_key = self.cfg.server_key.as_str();
            "link down: {}", self.cfg.redactor.text(&reason.to_string())
        );
        self.set_state(State::Disconnected);
        self.outputs.push_back(Output::Disconnected { reason });
    }
}

fn failure_message(e: &ActionFailure) -> String {
    match e {
        ActionFailure::Server(ami_proto::ActionError::Server { message, .. }) => message.clone(),
        other => other.to_string(),
    }
}
