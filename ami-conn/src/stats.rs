//! [`Stats`]: the counters one connection keeps, for metrics.

/// Counters since the connection object was created (across reconnects).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Stats {
    /// Bytes received.
    pub bytes_in: u64,
    /// Bytes handed to the socket.
    pub bytes_out: u64,
    /// Frames decoded.
    pub frames: u64,
    /// Events received (queued or dropped).
    pub events: u64,
    /// Events dropped because the queue was full.
    pub dropped_events: u64,
    /// Frames that were neither event nor response (garbage).
    pub garbage_frames: u64,
    /// Frames refused by the decoder's limits.
    pub protocol_errors: u64,
    /// Responses (or our own stale events) matching no pending action.
    pub unmatched: u64,
    /// Actions accepted by `send`.
    pub actions_sent: u64,
    /// Actions completed with a result.
    pub actions_ok: u64,
    /// Actions the server refused or failed.
    pub actions_failed: u64,
    /// Actions that timed out.
    pub actions_timed_out: u64,
    /// Actions failed by a lost connection.
    pub actions_lost: u64,
    /// Actions failed because their collected events passed
    /// `max_action_bytes` or `max_list_items`.
    pub actions_overflowed: u64,
    /// Frames of an overflowed action's list dropped unbuffered.
    pub discarded_items: u64,
    /// Connection attempts started.
    pub connect_attempts: u64,
    /// Times the link reached Ready after having been Ready before.
    pub reconnects: u64,
    /// Times the circuit breaker opened.
    pub circuit_opens: u64,
    /// Heartbeat Pings sent.
    pub heartbeats: u64,
}

impl std::ops::AddAssign for Stats {
    /// Field by field: a sum over connections (a manager's totals).
    fn add_assign(&mut self, b: Self) {
        self.bytes_in += b.bytes_in;
        self.bytes_out += b.bytes_out;
        self.frames += b.frames;
        self.events += b.events;
        self.dropped_events += b.dropped_events;
        self.garbage_frames += b.garbage_frames;
        self.protocol_errors += b.protocol_errors;
        self.unmatched += b.unmatched;
        self.actions_sent += b.actions_sent;
        self.actions_ok += b.actions_ok;
        self.actions_failed += b.actions_failed;
        self.actions_timed_out += b.actions_timed_out;
        self.actions_lost += b.actions_lost;
        self.actions_overflowed += b.actions_overflowed;
        self.discarded_items += b.discarded_items;
        self.connect_attempts += b.connect_attempts;
        self.reconnects += b.reconnects;
        self.circuit_opens += b.circuit_opens;
        self.heartbeats += b.heartbeats;
    }
}
