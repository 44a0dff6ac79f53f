//! libami's C ABI. The header `include/ami.h` is generated from this crate
//! by cbindgen and committed; a test fails when they drift apart.
//!
//! Conventions: opaque handles with `_new` / `_free` pairs (`_free(NULL)` is
//! fine); functions return an `ami_status` and write outputs last, only on
//! success; every pointer is checked for NULL; every export runs inside a
//! panic boundary; a per-thread `ami_last_error` explains the last failure.
//!
//! Threading: a manager is driven by one thread at a time (tick, send,
//! pull); callbacks run on that thread, inside `ami_manager_tick*`, and may
//! call back into the same manager to send. Other threads submit through an
//! `ami_handle`.

#![allow(unsafe_code)]

mod manager;
mod message;
mod status;
mod types;

use std::ffi::c_char;

pub use manager::{
    AMI_ACTION_ID_MAX, ami_completion_cb, ami_event_cb, ami_handle, ami_handle_free,
    ami_handle_post, ami_manager, ami_manager_enable_event_pull, ami_manager_free,
    ami_manager_handle, ami_manager_metrics, ami_manager_new_from_file, ami_manager_new_from_toml,
    ami_manager_next_completion, ami_manager_next_event, ami_manager_on_event,
    ami_manager_poll_all, ami_manager_remove_listener, ami_manager_send, ami_manager_server_state,
    ami_manager_tick, ami_manager_tick_all,
};
pub use message::{
    ami_completion, ami_completion_action_id, ami_completion_error, ami_completion_event_at,
    ami_completion_event_count, ami_completion_free, ami_completion_response,
    ami_completion_server, ami_completion_status, ami_message, ami_message_action_id,
    ami_message_event_name, ami_message_free, ami_message_get, ami_message_header_at,
    ami_message_header_count, ami_message_server,
};
pub use status::{ami_last_error, ami_status, ami_status_str};
pub use types::{ami_header, ami_state, ami_str, ami_tick_report};

/// The library version (e.g. "0.1.0"), a static NUL-terminated string.
#[unsafe(no_mangle)]
pub extern "C" fn ami_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}
