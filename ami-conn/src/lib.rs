//! `ami-conn`: one Asterisk Manager Interface connection as a sans-IO state
//! machine. No sockets, no clock: the driver (`ami-cluster`, or a test)
//! feeds it bytes and `now`, and asks what to write and when to wake it.
//!
//! - [`Connection`]: `Disconnected -> Connecting -> AwaitingBanner ->
//!   Authenticating -> Ready`, and `Closing`; plain or MD5 login; every
//!   action completes exactly once (result, server error, timeout, protocol
//!   error or connection loss); bounded pending table, write buffer and
//!   event queue; heartbeat and read timeout; reconnect backoff with full
//!   jitter; a circuit breaker.
//! - [`ActionIdGen`]: ActionIDs unique across every client of one PBX, as
//!   [`ActionId`]s (inline text: no allocation per action).
//! - Pending actions live in a slab found through one [`ActionIdMap`], with
//!   their deadlines in a heap of slot handles: nothing is allocated per
//!   action in steady state.
//!
//! ```
//! use std::time::Instant;
//! use ami_conn::{ConnConfig, Connection, Output, SendOptions, State};
//! use ami_proto::actions::Ping;
//!
//! let now = Instant::now();
//! let mut conn = Connection::new(ConnConfig::new("pbx1", "admin", "amp111"), now);
//! assert!(conn.wants_connect(now));
//! conn.start_connect(now);              // the driver opens a socket...
//! conn.handle_connected(now);           // ...and it connects
//! conn.handle_bytes(now, b"Asterisk Call Manager/11.0.0\r\n");
//! let login = conn.poll_transmit().unwrap().to_vec();
//! assert!(login.starts_with(b"Action: Login\r\nActionID: pbx1-"));
//! conn.transmitted(login.len());
//! let id = std::str::from_utf8(&login).unwrap().lines().nth(1).unwrap()["ActionID: ".len()..].to_owned();
//! conn.handle_bytes(now, format!("Response: Success\r\nActionID: {id}\r\nMessage: Authentication accepted\r\n\r\n").as_bytes());
//! assert_eq!(conn.state(), State::Ready);
//! let ping = conn.send(now, &Ping, SendOptions::default()).unwrap();
//! assert!(ping.starts_with("pbx1-"));
//! ```

mod action_id;
mod backoff;
mod circuit;
mod config;
mod connection;
mod error;
mod event_queue;
mod pending;
mod stats;

pub use action_id::{ActionId, ActionIdGen};
pub use backoff::Backoff;
pub use circuit::{Circuit, CircuitState};
pub use config::{AuthMethod, BackoffConfig, CircuitConfig, ConnConfig, Secret};
pub use connection::{Connection, Output, SendOptions, State};
pub use error::{ActionFailure, CloseReason, SendError};
pub use event_queue::EventQueue;
pub use pending::{ActionIdMap, IdHasher};
pub use stats::Stats;
