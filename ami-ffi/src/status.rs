//! `ami_status`: the status codes with permanent numbers, their
//! descriptions, and the per-thread last error.

use std::ffi::{CStr, c_char};

use crate::boundary::{copy_out, with_last_error};

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
    /// The manager is gone: behind a handle, the manager was freed; from a
    /// tick, a callback freed the manager during that tick (it is freed
    /// now); inside a callback, the manager's free is pending.
    AMI_STATUS_CLOSED = 14,
    /// A tick of a manager was called from inside one of that manager's
    /// listener or completion callbacks, while its tick was running; it
    /// did nothing (no event is lost) and is counted in the metric
    /// `ami_reentrant_ticks_total`. Return from the callback instead.
    AMI_STATUS_REENTRANT = 15,
    /// A posted action was refused by the manager after it was queued
    /// (unknown server, not Ready, backpressure); it was never sent.
    AMI_STATUS_NOT_SENT = 16,
}

impl ami_status {
    /// Every status, in number order.
    const ALL: [Self; 17] = [
        Self::AMI_STATUS_OK,
        Self::AMI_STATUS_NULL_PARAMETER,
        Self::AMI_STATUS_INVALID_ARGUMENT,
        Self::AMI_STATUS_UNKNOWN_SERVER,
        Self::AMI_STATUS_NOT_READY,
        Self::AMI_STATUS_BACKPRESSURE,
        Self::AMI_STATUS_CONFIG,
        Self::AMI_STATUS_TIMEOUT,
        Self::AMI_STATUS_CONNECTION_LOST,
        Self::AMI_STATUS_SERVER_ERROR,
        Self::AMI_STATUS_PROTOCOL_ERROR,
        Self::AMI_STATUS_BUFFER_TOO_SMALL,
        Self::AMI_STATUS_IO,
        Self::AMI_STATUS_PANIC,
        Self::AMI_STATUS_CLOSED,
        Self::AMI_STATUS_REENTRANT,
        Self::AMI_STATUS_NOT_SENT,
    ];

    /// The status with this number, if there is one: integers from C are
    /// mapped, never transmuted.
    pub(crate) fn from_u32(n: u32) -> Option<Self> {
        Self::ALL.into_iter().find(|s| *s as u32 == n)
    }

    fn describe(self) -> &'static CStr {
        match self {
            Self::AMI_STATUS_OK => c"ok",
            Self::AMI_STATUS_NULL_PARAMETER => c"a required pointer was NULL",
            Self::AMI_STATUS_INVALID_ARGUMENT => c"invalid argument",
            Self::AMI_STATUS_UNKNOWN_SERVER => c"unknown server key",
            Self::AMI_STATUS_NOT_READY => c"server not ready",
            Self::AMI_STATUS_BACKPRESSURE => c"backpressure",
            Self::AMI_STATUS_CONFIG => c"invalid configuration",
            Self::AMI_STATUS_TIMEOUT => c"timed out",
            Self::AMI_STATUS_CONNECTION_LOST => c"connection lost",
            Self::AMI_STATUS_SERVER_ERROR => c"server error",
            Self::AMI_STATUS_PROTOCOL_ERROR => c"protocol error",
            Self::AMI_STATUS_BUFFER_TOO_SMALL => c"buffer too small",
            Self::AMI_STATUS_IO => c"i/o error",
            Self::AMI_STATUS_PANIC => c"internal panic",
            Self::AMI_STATUS_CLOSED => c"manager closed",
            Self::AMI_STATUS_REENTRANT => c"tick called from inside a callback",
            Self::AMI_STATUS_NOT_SENT => c"posted action refused, never sent",
        }
    }
}

/// A static, NUL-terminated description of `status` (any integer: an
/// unknown one is "unknown status"). Never NULL; do not free it. Callable
/// from any thread and from callbacks.
#[unsafe(no_mangle)]
pub extern "C" fn ami_status_str(status: u32) -> *const c_char {
    ami_status::from_u32(status)
        .map_or(c"unknown status", ami_status::describe)
        .as_ptr()
}

/// Copies the calling thread's last error message (NUL-terminated) into
/// `buf` when it fits, and returns the size needed, NUL included (1 when
/// the last call succeeded). `buf` may be NULL to ask for the size. Every
/// call that returns a status other than `AMI_STATUS_OK` (or a fallback
/// value: NULL, 0) sets it; a successful status-returning call clears it.
/// Per thread; callable from callbacks.
///
/// # Safety
/// `buf` is NULL or points to `cap` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_last_error(buf: *mut c_char, cap: usize) -> usize {
    // SAFETY: forwarded from the caller's contract.
    with_last_error(|e| unsafe { copy_out(e.as_bytes(), buf, cap) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(n: u32) -> &'static str {
        // SAFETY: ami_status_str returns a static NUL-terminated string.
        unsafe { CStr::from_ptr(ami_status_str(n)) }
            .to_str()
            .unwrap()
    }

    #[test]
    fn every_integer_maps_to_a_description() {
        for (i, s) in ami_status::ALL.into_iter().enumerate() {
            assert_eq!(s as u32, i as u32);
            assert_eq!(ami_status::from_u32(i as u32), Some(s));
        }
        assert_eq!(text(15), "tick called from inside a callback");
        assert_eq!(text(16), "posted action refused, never sent");
        for n in [17, 99, 0x8000_0000, u32::MAX] {
            assert_eq!(text(n), "unknown status");
        }
    }
}
