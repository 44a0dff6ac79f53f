//! A counting global allocator that counts, per thread, only the calls made
//! inside [`count`], so a simulator running in the same process does not
//! add to the client's figure.
//!
//! A test or bench binary installs it:
//!
//! ```no_run
//! #[global_allocator]
//! static GLOBAL: ami_tests::alloc::Counting = ami_tests::alloc::Counting;
//!
//! let (v, allocs) = ami_tests::alloc::count(|| vec![1u8; 10]);
//! assert_eq!(allocs, 1);
//! ```
// A global allocator is unsafe to implement.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// Forwards to the system allocator; counts `alloc`, `alloc_zeroed` and
/// `realloc` calls made by a thread inside [`count`].
#[derive(Debug)]
pub struct Counting;

thread_local! {
    // Const-initialized and without destructors: using them never
    // allocates, so the allocator may.
    static ON: Cell<bool> = const { Cell::new(false) };
    static CALLS: Cell<u64> = const { Cell::new(0) };
}

fn note() {
    if ON.try_with(Cell::get).unwrap_or(false) {
        let _ = CALLS.try_with(|c| c.set(c.get() + 1));
    }
}

// SAFETY: forwards every call to the system allocator unchanged; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note();
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note();
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note();
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

/// Runs `f` and returns its result with the allocations (reallocations
/// included) this thread made meanwhile.
///
/// # Panics
/// When [`Counting`] is not the binary's global allocator (every count
/// would be 0).
pub fn count<T>(f: impl FnOnce() -> T) -> (T, u64) {
    let ((), probe) = counted(|| drop(std::hint::black_box(Box::new(0u64))));
    assert_eq!(
        probe, 1,
        "ami_tests::alloc::Counting is not the global allocator"
    );
    counted(f)
}

fn counted<T>(f: impl FnOnce() -> T) -> (T, u64) {
    let was = ON.with(|on| on.replace(true));
    let before = CALLS.with(Cell::get);
    let out = f();
    let calls = CALLS.with(Cell::get) - before;
    ON.with(|on| on.set(was));
    (out, calls)
}
