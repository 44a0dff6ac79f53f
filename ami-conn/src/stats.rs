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
