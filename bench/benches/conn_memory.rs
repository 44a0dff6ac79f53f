//! Bytes held per idle Ready connection, buffers included: 1,000 connections
//! logged in through scripted bytes, measured with a counting allocator.
//! Target: at most 16 KiB each. Run with `cargo bench --bench conn_memory`.
// Tests and benches call libc (rlimits, pipes, signals) or a counting allocator.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};
use std::time::{Duration, Instant};

struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

// SAFETY: forwards to the system allocator; only counts live bytes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        LIVE.fetch_add(l.size() as isize, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size() as isize, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        LIVE.fetch_add(n as isize - l.size() as isize, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(p, l, n) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

const N: usize = 1000;

fn main() {
    if std::env::args().any(|a| a == "--list") {
        // `cargo bench -- --list` and `cargo test --benches` probes.
        return;
    }
    let now = Instant::now();
    let before = LIVE.load(Ordering::Relaxed);
    let mut conns: Vec<ami_conn::Connection> = (0..N)
        .map(|i| bench::conn::ready_connection(&format!("pbx{i}"), now))
        .collect();
    let ready = LIVE.load(Ordering::Relaxed) - before;
    // Idle past the heartbeat interval: the connection gives back its read
    // buffers before its Ping, as an idle link does.
    let later = now + Duration::from_secs(16);
    for c in &mut conns {
        c.handle_timeout(later);
        let n = c.poll_transmit().map_or(0, <[u8]>::len);
        c.transmitted(n);
    }
    let idle = LIVE.load(Ordering::Relaxed) - before;
    let per = |b: isize| b as f64 / N as f64 / 1024.0;
    println!(
        "conn_memory/ready_after_login: {:.2} KiB per connection (struct {} B included)",
        per(ready),
        std::mem::size_of::<ami_conn::Connection>()
    );
    println!(
        "conn_memory/idle_after_heartbeat: {:.2} KiB per connection",
        per(idle)
    );
    println!("target: at most 16 KiB");
    drop(conns);
}
