//! `ami_message` (an event or a response) and `ami_completion` (an
//! action's outcome), with borrowed accessors.

use std::ffi::c_char;
use std::sync::Arc;

use ami_cluster::{ActionCompletion, ServerEvent};
use ami_conn::ActionFailure;
use ami_proto::Message;

use crate::status::{ami_status, guard, guard_value};
use crate::types::{ami_str, cstr};

/// An AMI message (event or response) and the server it came from. Views
/// taken from it stay valid until it is freed (or, inside a callback, until
/// the callback returns).
#[allow(non_camel_case_types)]
pub struct ami_message {
    pub(crate) server: Arc<str>,
    pub(crate) msg: Message,
}

impl ami_message {
    pub(crate) fn from_event(ev: &ServerEvent) -> Self {
        Self {
            server: ev.server_key.clone(),
            msg: ev.message.clone(),
        }
    }
}

/// An action's outcome: its status, the response and the collected events.
#[allow(non_camel_case_types)]
pub struct ami_completion {
    pub(crate) server: Arc<str>,
    pub(crate) action_id: String,
    pub(crate) status: ami_status,
    pub(crate) error: String,
    pub(crate) response: Option<ami_message>,
    pub(crate) events: Vec<ami_message>,
}

impl ami_completion {
    pub(crate) fn from(c: ActionCompletion) -> Self {
        let m = |server: &Arc<str>, msg: Message| ami_message {
            server: server.clone(),
            msg,
        };
        let (status, error, response, events) = match c.result {
            Ok(o) => {
                let mut events: Vec<ami_message> =
                    o.events.into_iter().map(|e| m(&c.server_key, e)).collect();
                if let Some(end) = o.list_end {
                    events.push(m(&c.server_key, end));
                }
                (
                    ami_status::AMI_STATUS_OK,
                    String::new(),
                    Some(m(&c.server_key, o.response)),
                    events,
                )
            }
            Err(e) => {
                let status = match &e {
                    ActionFailure::Timeout(_) => ami_status::AMI_STATUS_TIMEOUT,
                    ActionFailure::ConnectionLost(_) => ami_status::AMI_STATUS_CONNECTION_LOST,
                    ActionFailure::Protocol(_) => ami_status::AMI_STATUS_PROTOCOL_ERROR,
                    ActionFailure::NotSent(_) => ami_status::AMI_STATUS_NOT_SENT,
                    _ => ami_status::AMI_STATUS_SERVER_ERROR,
                };
                let response = match &e {
                    ActionFailure::Server(ami_proto::ActionError::Server { response, .. }) => {
                        Some(m(&c.server_key, (**response).clone()))
                    }
                    ActionFailure::Server(ami_proto::ActionError::OriginateFailed {
                        event,
                        ..
                    }) => Some(m(&c.server_key, (**event).clone())),
                    _ => None,
                };
                (status, e.to_string(), response, Vec::new())
            }
        };
        Self {
            server: c.server_key,
            action_id: c.action_id,
            status,
            error,
            response,
            events,
        }
    }
}

/// Frees a message from `ami_manager_next_event`. NULL is fine.
///
/// # Safety
/// `msg` is NULL or a message this library returned, freed once.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_message_free(msg: *mut ami_message) {
    if !msg.is_null() {
        // SAFETY: created by Box::into_raw in this library, freed once.
        guard_value((), || drop(unsafe { Box::from_raw(msg) }));
    }
}

fn with_msg<T>(msg: *const ami_message, fallback: T, f: impl FnOnce(&ami_message) -> T) -> T {
    if msg.is_null() {
        return fallback;
    }
    // SAFETY: non-null pointers come from this library and are alive per
    // the documented contracts of the accessors.
    guard_value(fallback, || f(unsafe { &*msg }))
}

/// The key of the server the message came from.
///
/// # Safety
/// `msg` is NULL or a live message.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_message_server(msg: *const ami_message) -> ami_str {
    with_msg(msg, ami_str::NONE, |m| ami_str::of(m.server.as_bytes()))
}

/// The `Event:` value (ptr NULL for a response).
///
/// # Safety
/// `msg` is NULL or a live message.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_message_event_name(msg: *const ami_message) -> ami_str {
    with_msg(msg, ami_str::NONE, |m| ami_str::opt(m.msg.event()))
}

/// The `ActionID:` value (ptr NULL when absent).
///
/// # Safety
/// `msg` is NULL or a live message.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_message_action_id(msg: *const ami_message) -> ami_str {
    with_msg(msg, ami_str::NONE, |m| ami_str::opt(m.msg.action_id()))
}

/// The first value of header `key` (ASCII case-insensitive); ptr NULL when
/// absent (an empty value has a non-NULL ptr and len 0).
///
/// # Safety
/// `msg` is NULL or a live message; `key` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_message_get(msg: *const ami_message, key: *const c_char) -> ami_str {
    // SAFETY: forwarded from the caller's contract.
    let Ok(key) = (unsafe { cstr(key, "key") }) else {
        return ami_str::NONE;
    };
    with_msg(msg, ami_str::NONE, |m| ami_str::opt(m.msg.get(key)))
}

/// Number of header lines.
///
/// # Safety
/// `msg` is NULL or a live message.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_message_header_count(msg: *const ami_message) -> usize {
    with_msg(msg, 0, |m| m.msg.len())
}

/// The header at `index`, in received order.
///
/// # Safety
/// `msg` is NULL or a live message; `key` and `value` are NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_message_header_at(
    msg: *const ami_message,
    index: usize,
    key: *mut ami_str,
    value: *mut ami_str,
) -> ami_status {
    guard(|| {
        if msg.is_null() || key.is_null() || value.is_null() {
            return crate::status::fail(
                ami_status::AMI_STATUS_NULL_PARAMETER,
                "msg, key and value must not be NULL",
            );
        }
        // SAFETY: checked non-null; live per contract.
        let m = unsafe { &*msg };
        match m.msg.header(index) {
            Some(h) => {
                // SAFETY: checked non-null, writable per contract.
                unsafe {
                    *key = ami_str::of(h.key);
                    *value = ami_str::of(h.value);
                }
                ami_status::AMI_STATUS_OK
            }
            None => crate::status::fail(
                ami_status::AMI_STATUS_INVALID_ARGUMENT,
                format!("header index {index} out of range"),
            ),
        }
    })
}

/// Frees a completion from `ami_manager_next_completion`. NULL is fine.
///
/// # Safety
/// `c` is NULL or a completion this library returned, freed once.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_completion_free(c: *mut ami_completion) {
    if !c.is_null() {
        // SAFETY: created by Box::into_raw in this library, freed once.
        guard_value((), || drop(unsafe { Box::from_raw(c) }));
    }
}

fn with_c<T>(c: *const ami_completion, fallback: T, f: impl FnOnce(&ami_completion) -> T) -> T {
    if c.is_null() {
        return fallback;
    }
    // SAFETY: non-null pointers come from this library and are alive.
    guard_value(fallback, || f(unsafe { &*c }))
}

/// `AMI_STATUS_OK`, or why the action failed (TIMEOUT, CONNECTION_LOST,
/// SERVER_ERROR, PROTOCOL_ERROR).
///
/// # Safety
/// `c` is NULL or a live completion.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_completion_status(c: *const ami_completion) -> ami_status {
    with_c(c, ami_status::AMI_STATUS_NULL_PARAMETER, |c| c.status)
}

/// The ActionID.
///
/// # Safety
/// `c` is NULL or a live completion.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_completion_action_id(c: *const ami_completion) -> ami_str {
    with_c(c, ami_str::NONE, |c| ami_str::of(c.action_id.as_bytes()))
}

/// The server key.
///
/// # Safety
/// `c` is NULL or a live completion.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_completion_server(c: *const ami_completion) -> ami_str {
    with_c(c, ami_str::NONE, |c| ami_str::of(c.server.as_bytes()))
}

/// The failure's description (empty on success; never contains a secret).
///
/// # Safety
/// `c` is NULL or a live completion.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_completion_error(c: *const ami_completion) -> ami_str {
    with_c(c, ami_str::NONE, |c| ami_str::of(c.error.as_bytes()))
}

/// The final response (for a server error, the error response); NULL when
/// there is none. Borrowed from the completion.
///
/// # Safety
/// `c` is NULL or a live completion.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_completion_response(c: *const ami_completion) -> *const ami_message {
    with_c(c, std::ptr::null(), |c| {
        c.response
            .as_ref()
            .map_or(std::ptr::null(), |r| r as *const ami_message)
    })
}

/// Events collected by the action (list items, then the list's end event;
/// or the OriginateResponse).
///
/// # Safety
/// `c` is NULL or a live completion.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_completion_event_count(c: *const ami_completion) -> usize {
    with_c(c, 0, |c| c.events.len())
}

/// The event at `index`, borrowed from the completion; NULL out of range.
///
/// # Safety
/// `c` is NULL or a live completion.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_completion_event_at(
    c: *const ami_completion,
    index: usize,
) -> *const ami_message {
    with_c(c, std::ptr::null(), |c| {
        c.events
            .get(index)
            .map_or(std::ptr::null(), |e| e as *const ami_message)
    })
}
