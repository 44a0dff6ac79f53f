//! Allocations on the manager's thread, counted by a global allocator:
//! reading the stats allocates nothing (a program may read them every
//! tick), and a pipelined action in steady state allocates nothing either.
#![allow(unsafe_code)] // a global allocator is an unsafe impl

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use ami_cluster::AmiClientManager;
use ami_proto::actions::Ping;
use ami_tests::{all_ready, cfg, sim};

struct Counting;

thread_local! {
    // Per thread: the simulators run on threads of their own.
    static ALLOCS: Cell<u64> = const { Cell::new(0) };
}

// SAFETY: forwards to the system allocator and only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCS.with(|c| c.set(c.get() + 1));
        // SAFETY: the caller's contract, forwarded.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract, forwarded.
        unsafe { System.dealloc(ptr, layout) }
    }
}

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
    let before = ALLOCS.with(Cell::get);
    let mut ready = 0;
    for _ in 0..1000 {
        ready += m.stats().servers_ready;
        ready += usize::from(m.server_stats("s1").is_ok());
    }
    let after = ALLOCS.with(Cell::get);
    assert_eq!(ready, 4000);
    assert_eq!(after - before, 0, "stats() / server_stats() allocated");
}

/// Sends `n` Pings in batches of 64 and takes their outcomes from the pull
/// queue; returns the allocations this thread made.
fn pings(m: &mut AmiClientManager, n: usize, callback: bool) -> u64 {
    let before = ALLOCS.with(Cell::get);
    let mut done = 0;
    let counted = std::rc::Rc::new(Cell::new(0usize));
    while done < n {
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
        counted.set(counted.get() + got);
        done += 64;
    }
    assert_eq!(counted.get(), done);
    ALLOCS.with(Cell::get) - before
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
    let pulled = pings(&mut m, n, false);
    let called = pings(&mut m, n, true);
    let per_action = |a: u64| a as f64 / n as f64;
    eprintln!(
        "allocations per action: pull queue {:.4}, callback {:.4}",
        per_action(pulled),
        per_action(called)
    );
    // What remains is the decoder's buffer refills (a few per 64 KiB of
    // responses), not one per action.
    assert!(
        per_action(pulled) < 0.01,
        "{pulled} allocations for {n} actions"
    );
    assert!(
        per_action(called) < 0.01,
        "{called} allocations for {n} actions"
    );
}
