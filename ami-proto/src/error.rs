//! Errors of the wire codec: what the network sent that we refuse
//! ([`ProtoError`]) and what a caller asked us to send that we refuse
//! ([`EncodeError`]). They are different types because one is the peer's
//! fault and the other is the caller's.

use bytes::Bytes;

/// A frame the decoder refused. The stream stays usable after every variant:
/// the offending frame has been (or is being) skipped to its end.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ProtoError {
    /// A frame grew past `max_frame_size` before its terminating empty line
    /// (or, for a legacy `Response: Follows` body, its `--END COMMAND--`).
    #[error("frame exceeds max_frame_size of {limit} bytes (action id {})", show_id(.action_id))]
    FrameTooLarge {
        /// The configured limit.
        limit: usize,
        /// The `ActionID` of the frame, when it was read before the limit hit,
        /// so the action waiting for it can be failed instead of timing out.
        action_id: Option<Bytes>,
    },
    /// A frame carried more header lines than `max_headers`.
    #[error("frame has more than {limit} header lines (action id {})", show_id(.action_id))]
    TooManyHeaders {
        /// The configured limit.
        limit: usize,
        /// The `ActionID` of the frame, when it was read before the limit hit.
        action_id: Option<Bytes>,
    },
}

impl ProtoError {
    /// The `ActionID` of the refused frame, if it was seen.
    pub fn action_id(&self) -> Option<&[u8]> {
        match self {
            Self::FrameTooLarge { action_id, .. } | Self::TooManyHeaders { action_id, .. } => {
                action_id.as_deref()
            }
        }
    }
}

fn show_id(id: &Option<Bytes>) -> String {
    match id {
        Some(id) => String::from_utf8_lossy(id).into_owned(),
        None => "unknown".to_owned(),
    }
}

/// An action that cannot be put on the wire. Nothing has been written to the
/// output buffer when one of these is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EncodeError {
    /// A header name is empty or holds a byte that would break framing
    /// (CR, LF, `:`, or a control character).
    #[error("invalid header name {name:?}")]
    InvalidHeaderName {
        /// The refused name.
        name: String,
    },
    /// A value contains CR or LF: sent as is, it would inject headers or end
    /// the action early. The value itself is not repeated (it may be a secret).
    #[error("value of header {header:?} contains CR or LF (header injection refused)")]
    HeaderInjection {
        /// The header whose value was refused.
        header: String,
    },
    /// A header line longer than Asterisk accepts (it answers
    /// `Failed to parse message: line too long`).
    #[error("header {header:?} makes a {len}-byte line; the server accepts at most {limit}")]
    LineTooLong {
        /// The header whose line is too long.
        header: String,
        /// The length of the encoded line, CRLF included.
        len: usize,
        /// The server's limit.
        limit: usize,
    },
    /// More header lines than Asterisk accepts in one action
    /// (it answers `Too many lines in message`).
    #[error("action {action:?} has more than {limit} lines")]
    TooManyLines {
        /// The action's name.
        action: String,
        /// The server's limit.
        limit: usize,
    },
    /// An `ActionID` longer than `max_action_id_length`.
    #[error("action id is {len} bytes long; max_action_id_length is {limit}")]
    ActionIdTooLong {
        /// Its length.
        len: usize,
        /// The configured limit.
        limit: usize,
    },
    /// An `ActionID` that is empty or holds bytes outside visible ASCII
    /// (the server trims blanks, so the echo would not match).
    #[error("invalid action id {id:?}: it must be non-empty visible ASCII")]
    InvalidActionId {
        /// The refused id.
        id: String,
    },
    /// A channel variable name that is empty or contains `=`.
    #[error("invalid channel variable name {name:?}")]
    InvalidVariable {
        /// The refused name.
        name: String,
    },
}
