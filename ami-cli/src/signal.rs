//! SIGINT / SIGTERM set a flag the worker loop checks between ticks.
// Unsafe here: installing a signal handler needs libc; each block says why it is sound.
#![allow(unsafe_code)]

use std::sync::atomic::{AtomicBool, Ordering};

static STOP: AtomicBool = AtomicBool::new(false);

extern "C" fn on_signal(_: libc::c_int) {
    // Only an atomic store: async-signal-safe.
    STOP.store(true, Ordering::SeqCst);
}

/// Installs the handlers.
pub(crate) fn install() {
    let handler: extern "C" fn(libc::c_int) = on_signal;
    // SAFETY: installing a handler that only stores to an atomic.
    unsafe {
        libc::signal(libc::SIGINT, handler as libc::sighandler_t);
        libc::signal(libc::SIGTERM, handler as libc::sighandler_t);
    }
}

/// True once a signal asked to stop.
pub(crate) fn stopping() -> bool {
    STOP.load(Ordering::SeqCst)
}
