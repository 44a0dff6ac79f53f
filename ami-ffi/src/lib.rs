//! libami's C ABI. The header `include/ami.h` is generated from this crate
//! by cbindgen and committed; a test fails when they drift apart, and
//! another when the exported symbols differ from `ami-ffi/abi/symbols.txt`.
//!
//! One file per C type (`manager`, `handle`, `message`, `completion`,
//! `stats`, `status`, plain `types`); every export's body goes through the
//! `boundary` module (panic boundary, last error, typed pointer casts);
//! `active` tracks, per manager, the borrow a running callback holds.
//!
//! Conventions: opaque handles with `_new` / `_free` pairs (`_free(NULL)` is
//! fine); functions return an `ami_status` and write outputs last, only on
//! success; every pointer is checked for NULL; integers from C are mapped,
//! never transmuted; a per-thread `ami_last_error` explains the last
//! failure.
//!
//! Threading: a manager is driven by one thread at a time (tick, send,
//! pull); callbacks run on that thread, inside `ami_manager_tick*`, and may
//! call back into any manager. Other threads submit through an
//! `ami_handle`.

// The C ABI is unsafe by nature: raw pointers from C. Every block carries
// a SAFETY comment; the casts live in `boundary` and `active`.
#![allow(unsafe_code)]

mod active;
mod boundary;
mod completion;
mod handle;
mod manager;
mod message;
mod stats;
mod status;
mod types;

use std::ffi::c_char;

pub use completion::{
    ami_completion, ami_completion_action_id, ami_completion_error, ami_completion_event_at,
    ami_completion_event_count, ami_completion_free, ami_completion_response,
    ami_completion_server, ami_completion_status,
};
pub use handle::{ami_handle, ami_handle_free, ami_handle_post};
pub use manager::{
    AMI_ACTION_ID_MAX, ami_completion_cb, ami_event_cb, ami_manager, ami_manager_enable_event_pull,
    ami_manager_free, ami_manager_handle, ami_manager_metrics, ami_manager_new_from_file,
    ami_manager_new_from_toml, ami_manager_next_completion, ami_manager_next_event,
    ami_manager_next_events, ami_manager_on_event, ami_manager_poll_all,
    ami_manager_remove_listener, ami_manager_send, ami_manager_server_state, ami_manager_tick,
    ami_manager_tick_all,
};
pub use message::{
    ami_message, ami_message_action_id, ami_message_event_name, ami_message_free, ami_message_get,
    ami_message_header_at, ami_message_header_count, ami_message_server,
};
pub use stats::{
    ami_counters, ami_manager_server_stats, ami_manager_stats, ami_server_stats, ami_stats,
};
pub use status::{ami_last_error, ami_status, ami_status_str};
pub use types::{ami_header, ami_state, ami_str, ami_tick_report};

/// The major version of this header; `ami_version()` tells the library's.
pub const AMI_VERSION_MAJOR: u32 = 0;
/// The minor version of this header.
pub const AMI_VERSION_MINOR: u32 = 1;
/// The patch version of this header.
pub const AMI_VERSION_PATCH: u32 = 0;

/// The library version, "MAJOR.MINOR.PATCH" (e.g. "0.1.0"): a static
/// NUL-terminated string, never NULL, not to be freed. Compare with the
/// `AMI_VERSION_*` macros of the header you compiled against.
#[unsafe(no_mangle)]
pub extern "C" fn ami_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_version_macros_match_the_package() {
        let v = format!(
            "{}.{}.{}",
            super::AMI_VERSION_MAJOR,
            super::AMI_VERSION_MINOR,
            super::AMI_VERSION_PATCH
        );
        assert_eq!(v, env!("CARGO_PKG_VERSION"));
        // SAFETY: a static NUL-terminated string.
        let lib = unsafe { std::ffi::CStr::from_ptr(super::ami_version()) };
        assert_eq!(lib.to_str().unwrap(), v);
    }
}
