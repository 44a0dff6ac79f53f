//! Allocations on the manager's thread in steady state, counted by
//! `ami_tests::alloc` (per thread: the simulators in this process do not
//! count): reading the stats allocates nothing, a pipelined action
//! allocates nothing, an event costs at most 0.02 (the decoder's buffer
//! refills, shared by the frames of each read).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use ami_cluster::AmiClientManager;
use ami_proto::actions::Ping;
use ami_sim::{Sim, Target};
use ami_tests::alloc::{Counting, count};
use ami_tests::{LIMIT, all_ready, cfg, sim};

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn reading_stats_allocates_nothing() {
    let sims: Vec<_> = (0..3).map(|_| sim()).collect();
    let mut m = AmiClientManager::new().unwrap();
    for (i, s) in sims.iter().enumerate() {
        m.add_server(ami_cluster::ServerConfig::new(
            s.addr(),
            cfg(&format!("s{i}")),
        ))
        .unwrap();
    }
    all_ready(&mut m);
    let (ready, allocs) = count(|| {
        (0..1000)
            .map(|_| m.stats().servers_ready + usize::from(m.server_stats("s1").is_ok()))
            .sum::<usize>()
    });
    assert_eq!(ready, 4000);
    assert_eq!(allocs, 0, "stats() / server_stats() allocated");
}

/// Sends `n` Pings in batches of 64, their outcomes to the pull queue or to
/// a callback; returns the allocations made.
fn pings(m: &mut AmiClientManager, n: usize, callback: bool) -> u64 {
    let ((), allocs) = count(|| {
        for _ in 0..n / 64 {
            for _ in 0..64 {
                let p = m.server("s0").unwrap().send(&Ping).unwrap();
                if callback {
                    // A zero-sized closure: boxing it does not allocate.
                    p.on_complete(|_, c| assert!(c.result.is_ok()));
                } else {
                    p.to_pull_queue();
                }
            }
            let mut got = 0;
            while got < 64 {
                let report = m.tick_all(5).unwrap();
                if callback {
                    got += report.completions;
                }
                while let Some(c) = m.next_completion() {
                    assert!(c.result.is_ok());
                    got += 1;
                }
            }
        }
    });
    allocs
}

#[test]
fn a_pipelined_action_allocates_nothing_in_steady_state() {
    let s = sim();
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(s.addr(), cfg("s0")))
        .unwrap();
    all_ready(&mut m);
    // Warm-up: buffers, tables and queues reach their working size.
    pings(&mut m, 20_000, false);
    pings(&mut m, 20_000, true);
    let n = 20_000;
    let per_action = |a: u64| a as f64 / n as f64;
    let pulled = per_action(pings(&mut m, n, false));
    let called = per_action(pings(&mut m, n, true));
    eprintln!("allocations per action: pull queue {pulled:.4}, callback {called:.4}");
    // What remains is the decoder's buffer refills (a few per 64 KiB of
    // responses), not one per action. Before: about 9 per action.
    assert!(pulled < 0.01, "{pulled} allocations per action");
    assert!(called < 0.01, "{called} allocations per action");
}

#[test]
fn an_event_costs_at_most_two_hundredths_of_an_allocation() {
    const EVENTS: u64 = 50_000;
    let s = Sim::builder().record_actions(false).start().unwrap();
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(s.addr(), cfg("s0")))
        .unwrap();
    // Listeners are `Send`: count through an atomic.
    let count_events = Arc::new(AtomicU64::new(0));
    let c = count_events.clone();
    m.on_any_event(move |_, _| {
        c.fetch_add(1, Ordering::Relaxed);
    });
    all_ready(&mut m);
    let burst = |m: &mut AmiClientManager| -> u64 {
        let before = count_events.load(Ordering::Relaxed);
        let want = before + EVENTS + 1; // the burst and its end marker
        let ((), allocs) = std::thread::scope(|scope| {
            scope.spawn(|| s.burst(Target::Open, EVENTS, LIMIT));
            count(|| {
                let start = std::time::Instant::now();
                while count_events.load(Ordering::Relaxed) < want {
                    assert!(start.elapsed() < LIMIT, "burst not delivered");
                    m.tick_all(1).unwrap();
                }
            })
        });
        allocs
    };
    // Warm-up, then three bursts.
    burst(&mut m);
    let allocs: u64 = (0..3).map(|_| burst(&mut m)).sum();
    let per_event = allocs as f64 / (3 * (EVENTS + 1)) as f64;
    eprintln!("allocations per event: {per_event:.4}");
    assert!(per_event <= 0.02, "{per_event} allocations per event");
}
