//! Errors: what `send` refuses ([`SendError`], the caller's side), how an
//! action can fail ([`ActionFailure`]), and why a link closed
//! ([`CloseReason`]).

use std::time::Duration;

use ami_proto::{ActionError, EncodeError, ProtoError};

use crate::State;

/// `send` refused the action; nothing was queued.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SendError {
    /// Actions are accepted only when `Ready` (the seed's
    /// InvalidConnectionStateException).
    #[error("connection to {server} is {state:?}, not Ready")]
    NotReady {
        /// The server key.
        server: String,
        /// Its state.
        state: State,
    },
    /// `max_pending_actions` actions are already waiting.
    #[error("backpressure: {pending} actions pending on {server} (max_pending_actions)")]
    TooManyPending {
        /// The server key.
        server: String,
        /// The limit.
        pending: usize,
    },
    /// The write buffer would pass `write_buffer_limit`.
    #[error(
        "backpressure: {buffered} bytes unwritten to {server}, limit {limit} (write_buffer_limit)"
    )]
    WriteBufferFull {
        /// The server key.
        server: String,
        /// Bytes waiting.
        buffered: usize,
        /// The limit.
        limit: usize,
    },
    /// The given ActionID is already pending.
    #[error("action id {0:?} is already pending")]
    DuplicateActionId(String),
    /// The action cannot be encoded (CR/LF in a field, bad ActionID, ...).
    #[error(transparent)]
    Encode(#[from] EncodeError),
}

/// How an accepted action ended without a result.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum ActionFailure {
    /// No outcome within the action's timeout.
    #[error("timed out after {0:?}")]
    Timeout(Duration),
    /// The link went down before the outcome.
    #[error("connection lost: {0}")]
    ConnectionLost(CloseReason),
    /// The server refused or failed it.
    #[error(transparent)]
    Server(#[from] ActionError),
    /// Its reply broke a protocol limit (an oversized or endless frame).
    #[error("protocol error: {0}")]
    Protocol(ProtoError),
    /// It was never sent: refused after it was queued for another thread
    /// (the refusal's words: unknown server, not Ready, backpressure, ...).
    #[error("not sent: {0}")]
    NotSent(String),
}

/// Why a link is down.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CloseReason {
    /// The TCP connect, banner and login did not finish in `connect_timeout`.
    #[error("connect and login did not finish within {0:?}")]
    ConnectTimeout(Duration),
    /// Connected, but no banner came within `connect_timeout` (often a
    /// TLS-only port reached without TLS, or the reverse).
    #[error(
        "connected, but no AMI banner within {0:?} (is the port right, and tls set as the server expects?)"
    )]
    BannerTimeout(Duration),
    /// No bytes for `read_timeout`.
    #[error("no bytes for {0:?} (read timeout)")]
    ReadTimeout(Duration),
    /// The server refused the login.
    #[error("authentication failed for user {user:?}: {message}")]
    AuthFailed {
        /// The user (never the secret).
        user: String,
        /// The server's message.
        message: String,
    },
    /// The peer closed the connection.
    #[error("closed by the server")]
    PeerClosed,
    /// The server announced `Event: Shutdown`.
    #[error("server shutdown (restart: {restart})")]
    ServerShutdown {
        /// Whether it said it would restart.
        restart: bool,
    },
    /// We logged off.
    #[error("logged off")]
    Logoff,
    /// The socket failed (the driver's words).
    #[error("i/o error: {0}")]
    Io(String),
    /// The first bytes were not an AMI banner.
    #[error("no AMI banner from the server")]
    NoBanner,
}
