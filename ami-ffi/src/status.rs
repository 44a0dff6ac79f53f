//! Status codes, the per-thread last error, and the panic boundary every
//! export runs inside.

use std::cell::RefCell;
use std::ffi::{CStr, c_char};
use std::panic::{AssertUnwindSafe, catch_unwind};

/// What a call returned. The numbers are permanent.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(non_camel_case_types)]
pub enum ami_status {
    /// Success.
    AMI_STATUS_OK = 0,
    /// A required pointer was NULL.
    AMI_STATUS_NULL_PARAMETER = 1,
    /// An argument is out of range or malformed (negative timeout, bad
    /// UTF-8, CR/LF in a header, ...). See `ami_last_error`.
    AMI_STATUS_INVALID_ARGUMENT = 2,
    /// No server has this key.
    AMI_STATUS_UNKNOWN_SERVER = 3,
    /// The server is not Ready (or no server is, for routing).
    AMI_STATUS_NOT_READY = 4,
    /// Backpressure: too many pending actions, write buffer or queue full.
    AMI_STATUS_BACKPRESSURE = 5,
    /// The configuration is invalid. See `ami_last_error`.
    AMI_STATUS_CONFIG = 6,
    /// An action timed out.
    AMI_STATUS_TIMEOUT = 7,
    /// The connection was lost before the action's outcome.
    AMI_STATUS_CONNECTION_LOST = 8,
    /// The server answered `Response: Error` (see the completion's error).
    AMI_STATUS_SERVER_ERROR = 9,
    /// A reply broke a protocol limit.
    AMI_STATUS_PROTOCOL_ERROR = 10,
    /// A caller buffer is too small (the size needed is returned or set).
    AMI_STATUS_BUFFER_TOO_SMALL = 11,
    /// An operating-system error. See `ami_last_error`.
    AMI_STATUS_IO = 12,
    /// Rust code panicked; the call did nothing. A bug: please report it.
    AMI_STATUS_PANIC = 13,
    /// The manager behind a handle is gone.
    AMI_STATUS_CLOSED = 14,
    /// A tick was called from inside a listener or completion callback
    /// while a tick was running; it did nothing. Return from the callback.
    AMI_STATUS_REENTRANT = 15,
    /// A posted action was refused by the manager after it was queued
    /// (unknown server, not Ready, backpressure); it was never sent.
    AMI_STATUS_NOT_SENT = 16,
}

/// A static, NUL-terminated description of `status`.
#[unsafe(no_mangle)]
pub extern "C" fn ami_status_str(status: ami_status) -> *const c_char {
    let s: &CStr = match status {
        ami_status::AMI_STATUS_OK => c"ok",
        ami_status::AMI_STATUS_NULL_PARAMETER => c"a required pointer was NULL",
        ami_status::AMI_STATUS_INVALID_ARGUMENT => c"invalid argument",
        ami_status::AMI_STATUS_UNKNOWN_SERVER => c"unknown server key",
        ami_status::AMI_STATUS_NOT_READY => c"server not ready",
        ami_status::AMI_STATUS_BACKPRESSURE => c"backpressure",
        ami_status::AMI_STATUS_CONFIG => c"invalid configuration",
        ami_status::AMI_STATUS_TIMEOUT => c"timed out",
        ami_status::AMI_STATUS_CONNECTION_LOST => c"connection lost",
        ami_status::AMI_STATUS_SERVER_ERROR => c"server error",
        ami_status::AMI_STATUS_PROTOCOL_ERROR => c"protocol error",
        ami_status::AMI_STATUS_BUFFER_TOO_SMALL => c"buffer too small",
        ami_status::AMI_STATUS_IO => c"i/o error",
        ami_status::AMI_STATUS_PANIC => c"internal panic",
        ami_status::AMI_STATUS_CLOSED => c"manager closed",
        ami_status::AMI_STATUS_REENTRANT => c"tick called from inside a callback",
        ami_status::AMI_STATUS_NOT_SENT => c"posted action refused, never sent",
    };
    s.as_ptr()
}

thread_local! {
    static LAST_ERROR: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Records the calling thread's last error message.
pub(crate) fn set_error(msg: impl Into<String>) {
    LAST_ERROR.with(|e| *e.borrow_mut() = msg.into());
}

/// Fails with `status` and a message for `ami_last_error`.
pub(crate) fn fail(status: ami_status, msg: impl Into<String>) -> ami_status {
    set_error(msg);
    status
}

/// Copies the calling thread's last error message (NUL-terminated) into
/// `buf` when it fits. Returns the size needed, NUL included (1 when there
/// is no error). `buf` may be NULL to ask for the size.
///
/// # Safety
/// `buf` is NULL or points to `cap` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_last_error(buf: *mut c_char, cap: usize) -> usize {
    LAST_ERROR.with(|e| {
        let e = e.borrow();
        // SAFETY: forwarded from the caller's contract.
        unsafe { crate::types::copy_out(e.as_bytes(), buf, cap) }
    })
}

/// Runs an export's body; a panic becomes `AMI_STATUS_PANIC`.
pub(crate) fn guard(f: impl FnOnce() -> ami_status) -> ami_status {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(s) => {
            if s == ami_status::AMI_STATUS_OK {
                set_error("");
            }
            s
        }
        Err(_) => fail(
            ami_status::AMI_STATUS_PANIC,
            "internal panic (a bug in libami)",
        ),
    }
}

/// Like [`guard`] for exports returning a value; `fallback` on panic.
pub(crate) fn guard_value<T>(fallback: T, f: impl FnOnce() -> T) -> T {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|_| {
        set_error("internal panic (a bug in libami)");
        fallback
    })
}
