//! Decoding allocates (amortized) at most 0.02 times per frame in steady
//! state. This binary holds a single test so nothing else allocates while it
//! counts.
// Tests and benches call libc (rlimits, pipes, signals) or a counting allocator.
#![allow(unsafe_code)]

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};

use ami_proto::Decoder;

struct Counting;

static ALLOCS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator unchanged; only counts calls.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Decodes `rounds` passes over `stream`, read in 16 KiB pieces like a
/// socket, keeping the last `keep` messages alive (as an event queue would).
/// Returns (frames, allocations) counted after the first pass (warm-up).
fn steady_state(stream: &[u8], rounds: usize, keep: usize) -> (usize, usize) {
    let mut dec = Decoder::new();
    dec.set_expect_banner(false);
    let mut queue = VecDeque::with_capacity(keep + 1);
    let mut frames = 0;
    let mut start_allocs = 0;
    for round in 0..rounds {
        if round == 1 {
            frames = 0;
            start_allocs = ALLOCS.load(Ordering::Relaxed);
        }
        let mut rest = stream;
        while !rest.is_empty() {
            let n = dec
                .read_with(|buf| {
                    let n = buf.len().min(rest.len()).min(16 * 1024);
                    buf[..n].copy_from_slice(&rest[..n]);
                    Ok(n)
                })
                .unwrap();
            rest = &rest[n..];
            while let Some(m) = dec.decode().unwrap() {
                frames += 1;
                if keep > 0 {
                    if queue.len() == keep {
                        queue.pop_front();
                    }
                    queue.push_back(m);
                }
            }
        }
    }
    (frames, ALLOCS.load(Ordering::Relaxed) - start_allocs)
}

#[test]
fn decoding_allocates_at_most_two_hundredths_per_frame() {
    // Skip the banner so every pass is the same frames.
    let stream = common::corpus("event_stream.raw");
    let stream = &stream[b"Asterisk Call Manager/11.0.0\r\n".len()..];
    for keep in [0, 64, 1024] {
        let (frames, allocs) = steady_state(stream, 6, keep);
        let per_frame = allocs as f64 / frames as f64;
        println!(
            "keep {keep}: {allocs} allocations for {frames} frames = {per_frame:.4} per frame"
        );
        assert!(frames >= 5 * 3423);
        assert!(
            per_frame <= 0.02,
            "keep {keep}: {per_frame} allocations per frame"
        );
    }
}
