//! Reading the stats allocates nothing (a counting global allocator), so
//! a program may read them every tick.
#![allow(unsafe_code)] // a global allocator is an unsafe impl

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use ami_cluster::AmiClientManager;
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
