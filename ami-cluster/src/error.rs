//! Errors of the manager: misuse and backpressure ([`ClusterError`]), and
//! how an action sent through it ended without a result.

use ami_conn::SendError;

/// What the manager refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ClusterError {
    /// No server has this key.
    #[error("unknown server key {0:?}")]
    UnknownServer(String),
    /// There is no default server.
    #[error("no default server configured")]
    NoDefault,
    /// The routing strategy found no Ready server.
    #[error("no Ready server available for routing ({strategy})")]
    NoServerReady {
        /// The strategy's name.
        strategy: &'static str,
    },
    /// The server refused the action (not Ready, backpressure, encoding).
    #[error(transparent)]
    Send(#[from] SendError),
    /// The handle's submission queue is full.
    #[error("backpressure: submission queue full ({capacity} waiting)")]
    QueueFull {
        /// The queue's capacity.
        capacity: usize,
    },
    /// The manager is gone.
    #[error("the manager was dropped")]
    Closed,
    /// The OS refused a resource (the selector).
    #[error("i/o error: {0}")]
    Io(String),
    /// A server with this key already exists.
    #[error("duplicate server key {0:?}")]
    DuplicateServer(String),
    /// A tick was called from inside a listener or completion callback,
    /// while a tick was running; nothing was done. Return from the callback
    /// and let the running tick go on.
    #[error("tick called from inside a callback (re-entrant tick refused)")]
    Reentrant,
    /// The selector's wait failed.
    #[error("selector wait failed: {0}")]
    Poll(String),
    /// `wait_ready` gave up: these servers were not Ready in time.
    #[error("not Ready within {timeout:?}: {}", servers.join("; "))]
    NotReadyInTime {
        /// The time allowed.
        timeout: std::time::Duration,
        /// Each late server: key, state and last error.
        servers: Vec<String>,
    },
}
