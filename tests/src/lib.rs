//! Support for libami's cross-crate tests: the simulator and manager helpers
//! every end-to-end test needs ([`sim`], [`cfg()`], [`until`]), and a toolkit
//! for scripting a hostile AMI server on loopback ([`hostile`]).
//!
//! ```no_run
//! use ami_tests::hostile::HostileServer;
//!
//! // A server that logs anyone in, then trickles one byte at a time.
//! let server = HostileServer::start(|mut peer| {
//!     peer.banner();
//!     peer.login();
//!     while peer.send(b"x").is_ok() {
//!         std::thread::sleep(std::time::Duration::from_millis(50));
//!     }
//! });
//! println!("{}", server.addr());
//! ```

pub mod hostile;
pub mod manager;
pub mod pki;
pub mod pump;

pub use manager::{LIMIT, all_ready, cfg, sim, until};
