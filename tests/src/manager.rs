//! Simulators, fast-retrying configs and a bounded tick loop.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use ami_cluster::{AmiClientManager, ServerConfig};
use ami_conn::{ConnConfig, State};
use ami_sim::Sim;

/// How long any wait in a test may take before it fails.
pub const LIMIT: Duration = Duration::from_secs(10);

/// A connection config for `key` (admin/amp111) with short timeouts and a
/// fast backoff, so tests reconnect quickly.
pub fn cfg(key: &str) -> ConnConfig {
    let mut c = ConnConfig::new(key, "admin", "amp111");
    c.timeout = Duration::from_secs(3);
    c.connect_timeout = Duration::from_secs(2);
    c.backoff.base = Duration::from_millis(20);
    c.backoff.max = Duration::from_millis(200);
    c
}

/// A simulator with the example PBX on 127.0.0.1, an ephemeral port.
///
/// # Panics
/// When the simulator cannot start.
pub fn sim() -> Sim {
    Sim::builder()
        .example_pbx()
        .start()
        .expect("simulator starts")
}

/// Ticks until `pred` holds.
///
/// # Panics
/// After [`LIMIT`], with the servers' health; or when a tick fails.
pub fn until(m: &mut AmiClientManager, mut pred: impl FnMut(&mut AmiClientManager) -> bool) {
    let start = Instant::now();
    while !pred(m) {
        assert!(
            start.elapsed() < LIMIT,
            "condition not reached: {:?}",
            m.health()
        );
        m.tick_all(20).expect("tick");
    }
}

/// Ticks until every server is Ready.
///
/// # Panics
/// As [`until`].
pub fn all_ready(m: &mut AmiClientManager) {
    until(m, |m| m.health().iter().all(|h| h.state == State::Ready));
}

/// A manager with a server per `(key, address)` ([`cfg()`] each), ticked
/// until every one is Ready.
///
/// # Panics
/// When a server cannot be added; as [`until`].
pub fn ready_manager(servers: &[(&str, SocketAddr)]) -> AmiClientManager {
    let mut m = AmiClientManager::new().expect("manager");
    for (key, addr) in servers {
        m.add_server(ServerConfig::new(*addr, cfg(key)))
            .expect("server added");
    }
    all_ready(&mut m);
    m
}
