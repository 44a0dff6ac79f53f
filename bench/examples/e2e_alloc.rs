//! Allocations per event and per action in steady state, end to end against
//! ami-sim (in this process; a counting allocator counts only the client's
//! thread): events through `tick_all` into a counting listener and through
//! the pull queue (targets at most 0.02 per event), and Pings one at a time
//! and 64 in flight (target 0 per action), each after a warm-up.
//!
//! `cargo run --profile bench -p bench --example e2e_alloc [BURSTS]`

use std::time::Duration;

use ami_cluster::AmiClientManager;
use ami_sim::{Sim, Target};
use ami_tests::alloc::{Counting, count};
use bench::e2e::{self, EVENTS, ListenerCount, send_ping};

#[global_allocator]
static GLOBAL: Counting = Counting;

fn burst(sim: &Sim) -> impl FnOnce() + Send + '_ {
    move || {
        sim.burst(Target::Open, EVENTS, Duration::from_secs(60));
    }
}

/// Allocations per event over `bursts` bursts after two warm-up bursts,
/// counting only `drain`'s thread while it reads.
fn per_event(bursts: u64, mut drain: impl FnMut() -> u64, sim: &Sim) -> f64 {
    let mut allocs = 0;
    for round in 0..bursts + 2 {
        let ((n, a), _) = e2e::during(burst(sim), || count(&mut drain));
        assert_eq!(n, EVENTS + 1, "events plus the marker");
        if round >= 2 {
            allocs += a;
        }
    }
    allocs as f64 / (bursts * (EVENTS + 1)) as f64
}

/// Allocations per Ping with `window` in flight, over `actions` after as
/// many of warm-up.
fn per_ping(m: &mut AmiClientManager, window: u64, actions: u64) -> f64 {
    let mut run = |total: u64| {
        let mut sent = 0;
        let mut done = 0;
        while done < total {
            while sent < total && sent - done < window {
                send_ping(m);
                sent += 1;
            }
            m.tick_all(5).expect("tick");
            while let Some(c) = m.next_completion() {
                assert!(c.result.is_ok());
                done += 1;
            }
        }
    };
    run(actions);
    let ((), allocs) = count(|| run(actions));
    allocs as f64 / actions as f64
}

fn main() {
    let bursts: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(5);

    let sim = e2e::sim();
    let mut m = e2e::manager(sim.addr(), "on");
    let counter = ListenerCount::install(&mut m);
    let listener = per_event(bursts, || counter.drain(&mut m), &sim);
    drop((m, sim));

    let sim = e2e::sim();
    let mut m = e2e::pull_manager(sim.addr());
    let pull = per_event(bursts, || e2e::pull_drain(&mut m), &sim);
    drop((m, sim));

    let sim = e2e::sim();
    let mut m = e2e::manager(sim.addr(), "off");
    let sequential = per_ping(&mut m, 1, 10_000);
    let pipelined = per_ping(&mut m, 64, 64_000);

    println!(
        "allocations per event ({bursts} bursts of {EVENTS}): listener {listener:.4}, pull {pull:.4} (target at most 0.02)"
    );
    println!(
        "allocations per Ping: sequential {sequential:.2}, 64 in flight {pipelined:.2} (target 0)"
    );
}
