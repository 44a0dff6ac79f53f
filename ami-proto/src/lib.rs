//! `ami-proto`: the Asterisk Manager Interface wire codec, sans-IO.
//!
//! No sockets, no clock. The pieces:
//! - [`Decoder`]: incremental, zero-copy frame decoder (banner, frames ending
//!   in an empty line, bare `\n`, legacy `Response: Follows` bodies), with
//!   limits reported as [`ProtoError`]s rather than panics;
//! - [`Message`]: one frame, a frozen buffer plus header spans;
//! - [`Action`], [`actions`], [`GenericAction`] and [`encode_action`]:
//!   typed actions and an encoder that refuses header injection and anything
//!   the server would refuse ([`EncodeError`]);
//! - [`Completer`]: how an action's frames make its [`Outcome`] (single
//!   response, event list, command output, async originate);
//! - [`Redactor`]: masks secrets in anything printed;
//! - [`events`]: typed, zero-copy views of every documented event
//!   ([`Message::typed`]).
//!
//! ```
//! use ami_proto::{Decoder, actions::Ping, encode_action, Completer};
//!
//! // Encode a request...
//! let mut out = Vec::new();
//! encode_action(&Ping, Some("srv1-a-1"), 128, &mut out).unwrap();
//!
//! // ...and decode the reply.
//! let mut dec = Decoder::new();
//! dec.extend_from_slice(b"Asterisk Call Manager/11.0.0\r\n\
//!     Response: Success\r\nActionID: srv1-a-1\r\nPing: Pong\r\nTimestamp: 1.5\r\n\r\n");
//! let _banner = dec.decode().unwrap().unwrap();
//! let reply = dec.decode().unwrap().unwrap();
//! let mut c = Completer::new(ami_proto::Action::completion(&Ping), 100);
//! let outcome = c.feed(reply).unwrap().unwrap();
//! assert_eq!(outcome.response.get("ping"), Some(&b"Pong"[..]));
//! ```

mod action;
pub mod actions;
mod completion;
mod decoder;
mod encode;
mod error;
pub mod events;
mod generated;
mod message;
mod redact;
mod scan;

pub use action::{Action, Completion, GenericAction};
pub use completion::{
    ActionError, CommandOutput, Completer, DEFAULT_MAX_ACTION_BYTES, DEFAULT_MAX_ITEMS, Outcome,
};
pub use decoder::{Decoder, DecoderConfig, DecoderStats, MAX_FRAME_SIZE, MAX_HEADERS};
pub use encode::{
    DEFAULT_MAX_ACTION_ID_LENGTH, HeaderWriter, MAX_LINE_LEN, MAX_LINES, encode_action,
    encode_frame, validate_action_id,
};
pub use error::{EncodeError, ProtoError};
pub use message::{Header, Headers, Message, MessageKind};
pub use redact::{
    DEFAULT_SECRET_KEYS, MASK, RedactError, RedactedMessage, RedactedPairs, Redactor,
};
