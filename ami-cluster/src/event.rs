//! What listeners and the pull API receive.

use std::sync::Arc;

use ami_conn::{ActionFailure, ActionId};
use ami_proto::{Message, Outcome};

/// An event with the key of the server it came from.
#[derive(Debug, Clone)]
pub struct ServerEvent {
    /// The server's key.
    pub server_key: Arc<str>,
    /// The event.
    pub message: Message,
}

/// An action's outcome with the server and ActionID it belongs to.
#[derive(Debug, Clone)]
pub struct ActionCompletion {
    /// The server's key.
    pub server_key: Arc<str>,
    /// The ActionID.
    pub action_id: ActionId,
    /// The outcome.
    pub result: Result<Outcome, ActionFailure>,
    /// From send to outcome (`None` for a submission refused before it
    /// was sent).
    pub latency: Option<std::time::Duration>,
}
