//! Plain C types: borrowed byte views, header pairs, states, tick reports.

use std::ffi::c_char;

/// A borrowed byte view (not NUL-terminated; may hold any byte). `ptr` is
/// NULL when absent. It points into the object it was taken from and is
/// valid as long as that object is (see each accessor).
#[repr(C)]
#[derive(Debug, Clone, Copy)]
#[allow(non_camel_case_types)]
pub struct ami_str {
    /// First byte, or NULL.
    pub ptr: *const u8,
    /// Length in bytes.
    pub len: usize,
}

impl ami_str {
    pub(crate) const NONE: Self = Self {
        ptr: std::ptr::null(),
        len: 0,
    };

    pub(crate) fn of(b: &[u8]) -> Self {
        Self {
            ptr: b.as_ptr(),
            len: b.len(),
        }
    }

    pub(crate) fn opt(b: Option<&[u8]>) -> Self {
        b.map_or(Self::NONE, Self::of)
    }
}

/// One `Key: Value` header for an action; both NUL-terminated UTF-8,
/// borrowed for the call only (libami copies them).
#[repr(C)]
#[derive(Debug, Clone, Copy)]
#[allow(non_camel_case_types)]
pub struct ami_header {
    /// The header name.
    pub key: *const c_char,
    /// Its value.
    pub value: *const c_char,
}

/// A server connection's state (only ever written by libami, never read
/// from C).
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(non_camel_case_types)]
pub enum ami_state {
    /// No socket; waiting to reconnect.
    AMI_STATE_DISCONNECTED = 0,
    /// Connecting.
    AMI_STATE_CONNECTING = 1,
    /// Waiting for the banner.
    AMI_STATE_AWAITING_BANNER = 2,
    /// Logging in.
    AMI_STATE_AUTHENTICATING = 3,
    /// Logged in: actions accepted.
    AMI_STATE_READY = 4,
    /// Logging off.
    AMI_STATE_CLOSING = 5,
}

impl From<ami_conn::State> for ami_state {
    fn from(s: ami_conn::State) -> Self {
        match s {
            ami_conn::State::Disconnected => Self::AMI_STATE_DISCONNECTED,
            ami_conn::State::Connecting => Self::AMI_STATE_CONNECTING,
            ami_conn::State::AwaitingBanner => Self::AMI_STATE_AWAITING_BANNER,
            ami_conn::State::Authenticating => Self::AMI_STATE_AUTHENTICATING,
            ami_conn::State::Ready => Self::AMI_STATE_READY,
            ami_conn::State::Closing => Self::AMI_STATE_CLOSING,
        }
    }
}

/// What one tick did.
#[repr(C)]
#[derive(Debug, Clone, Copy, Default)]
#[allow(non_camel_case_types)]
pub struct ami_tick_report {
    /// Non-zero when anything happened.
    pub progressed: u8,
    /// Non-zero when the timeout was above 250 ms and was clamped.
    pub clamped: u8,
    /// Bytes read.
    pub bytes_read: u64,
    /// Events dispatched.
    pub events: u64,
    /// Completions dispatched.
    pub completions: u64,
}
