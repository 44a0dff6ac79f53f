//! Obtaining a typed event view, and reading it, allocates nothing. This
//! binary holds a single test so nothing else allocates while it counts.
// Tests and benches call libc (rlimits, pipes, signals) or a counting allocator.
#![allow(unsafe_code)]

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

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

#[test]
fn typed_views_allocate_nothing() {
    let msgs = common::messages(&common::corpus("event_stream.raw"));
    let before = ALLOCS.load(Ordering::Relaxed);
    let mut typed = 0usize;
    let mut sum = 0i64;
    for m in &msgs {
        let Some(t) = m.typed() else { continue };
        typed += 1;
        t.validate().expect("numbers parse");
        match t {
            ami_proto::events::TypedEvent::Hangup(h) => {
                sum += h.cause().and_then(Result::ok).unwrap_or(0);
                sum += h
                    .channel()
                    .uniqueid()
                    .map_or(0, |u| u.as_bytes().len() as i64);
            }
            ami_proto::events::TypedEvent::DialBegin(d) => {
                sum += d
                    .dest_channel()
                    .name()
                    .map_or(0, |c| c.as_bytes().len() as i64);
            }
            ami_proto::events::TypedEvent::BridgeEnter(b) => {
                sum += b.bridge().num_channels().and_then(Result::ok).unwrap_or(0);
            }
            _ => {}
        }
    }
    let allocs = ALLOCS.load(Ordering::Relaxed) - before;
    println!("{typed} typed views, {allocs} allocations (checksum {sum})");
    assert!(typed > 3000);
    assert_eq!(allocs, 0);
}
