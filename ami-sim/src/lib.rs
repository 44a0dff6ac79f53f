//! `ami-sim`: a simulated Asterisk Manager Interface server on loopback.
//!
//! It answers like Asterisk 22 (shapes taken from real captures): the banner,
//! plain and MD5 logins, the common actions with their responses and event
//! lists, both `Command` output styles, async Originate with its
//! `OriginateResponse` broadcast, a call generator, a burst mode for
//! benchmarks, and fault injection switchable at run time. One thread and
//! one `polling` selector serve every client.
//!
//! ```
//! use std::io::{Read, Write};
//! use std::net::TcpStream;
//! use ami_sim::Sim;
//!
//! let sim = Sim::builder().user("admin", "amp111").start().unwrap();
//! let mut s = TcpStream::connect(sim.addr()).unwrap();
//! s.write_all(b"Action: Login\r\nUsername: admin\r\nSecret: amp111\r\nEvents: off\r\n\r\n").unwrap();
//! let mut buf = [0u8; 256];
//! let mut got = Vec::new();
//! while !got.ends_with(b"Authentication accepted\r\n\r\n") {
//!     let n = s.read(&mut buf).unwrap();
//!     got.extend_from_slice(&buf[..n]);
//! }
//! assert!(got.starts_with(b"Asterisk Call Manager/11.0.0\r\n"));
//! ```

mod burst;
mod config;
mod conn;
mod events;
mod fault;
mod frames;
mod inspect;
mod pbx;
mod server;
mod tls;

pub use burst::BurstReport;
pub use config::{
    CommandStyle, Endpoint, Member, Queue, SimConfig, User, ami_version_for, example_endpoints,
    example_queues,
};
pub use fault::{ConnId, Fault, Target};
pub use inspect::{ConnInfo, LoginRecord, ReceivedAction, Snapshot};
pub use server::{Sim, SimBuilder};
pub use tls::{TlsFault, TlsFront};
