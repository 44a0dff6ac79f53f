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

//! The README's Rust program, run here against two simulators:
//!
//! ```
//! # let (a, b) = (ami_tests::sim(), ami_tests::sim());
//! # let path = std::env::temp_dir().join(format!("readme-{}.toml", std::process::id()));
//! # std::fs::write(&path, format!("[servers.node_1]\nhost = \"127.0.0.1\"\nport = {}\nusername = \"admin\"\nsecret = \"amp111\"\n\
//! #     [servers.node_2]\nhost = \"127.0.0.1\"\nport = {}\nusername = \"admin\"\nsecret = \"amp111\"\n", a.addr().port(), b.addr().port()))?;
//! use ami_cluster::prelude::*;
//! use ami_cluster::events::{Hangup, QueueMember};
//! use std::time::Duration;
//!
//! let cfg = ClusterConfig::load(&path)?;                  // two servers from TOML
//! let mut m = AmiClientManager::from_config(&cfg)?;
//! m.on::<Hangup>(|_, ev| println!("{}: {} hung up", ev.server_key(), ev.channel().name().map(|c| c.to_str_lossy()).unwrap_or_default()));
//! m.wait_ready(&[], Duration::from_secs(10))?;
//! let members = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
//! let list = members.clone();
//! m.server("node_1")?.send(&actions::QueueStatus::new())?.on_complete(move |_, done| {
//!     for ev in done.result.map(|o| o.events).unwrap_or_default() {
//!         if let Some(member) = QueueMember::from_message(&ev) {
//!             list.lock().unwrap().push(member.name().map(|n| n.to_str_lossy().into_owned()).unwrap_or_default());
//!         }
//!     }
//! });
//! while members.lock().unwrap().is_empty() {
//!     m.tick_all(25)?;
//! }
//! println!("members: {:?}", members.lock().unwrap());
//! # assert!(members.lock().unwrap().len() >= 2);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod alloc;
pub mod hostile;
pub mod manager;
pub mod pki;
pub mod pump;

pub use manager::{LIMIT, all_ready, cfg, ready_manager, sim, until};
