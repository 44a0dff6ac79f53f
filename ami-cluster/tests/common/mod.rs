//! Helpers: simulators and a bounded tick loop.
#![allow(dead_code, unreachable_pub)]

use std::time::{Duration, Instant};

use ami_cluster::AmiClientManager;
use ami_conn::ConnConfig;
use ami_sim::Sim;

pub const LIMIT: Duration = Duration::from_secs(10);

pub fn cfg(key: &str) -> ConnConfig {
    let mut c = ConnConfig::new(key, "admin", "amp111");
    c.timeout = Duration::from_secs(3);
    c.connect_timeout = Duration::from_secs(2);
    c.backoff.base = Duration::from_millis(20);
    c.backoff.max = Duration::from_millis(200);
    c
}

pub fn sim() -> Sim {
    Sim::builder().example_pbx().start().unwrap()
}

/// Ticks until `pred` holds; fails the test after LIMIT.
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

pub fn all_ready(m: &mut AmiClientManager) {
    until(m, |m| {
        m.health().iter().all(|h| h.state == ami_conn::State::Ready)
    });
}
