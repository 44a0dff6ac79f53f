//! `ami_message`: an event or a response, with borrowed accessors.

use std::ffi::c_char;
use std::sync::Arc;

use ami_cluster::ServerEvent;
use ami_proto::Message;

use crate::boundary::{fail, ffi_status, ffi_value, try_out, try_ref, try_str};
use crate::status::ami_status;
use crate::types::ami_str;

/// An AMI message (event or response) and the server it came from.
///
/// Lifetime: a message passed to an `ami_event_cb` is borrowed until the
/// callback returns; one from `ami_completion_response` /
/// `ami_completion_event_at` is borrowed from its completion; one from
/// `ami_manager_next_event` is owned by the caller, freed with
/// `ami_message_free`. Every `ami_str` taken from a message is valid as
/// long as the message. Read-only: any thread may read a message it owns.
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

    /// Takes a pulled event's parts (no reference-count traffic).
    pub(crate) fn from_owned(ev: ServerEvent) -> Self {
        Self {
            server: ev.server_key,
            msg: ev.message,
        }
    }
}

/// Frees a message from `ami_manager_next_event`. NULL is fine. Never
/// free a borrowed one (from a callback or a completion).
///
/// # Safety
/// `msg` is NULL or a message `ami_manager_next_event` returned, freed once.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_message_free(msg: *mut ami_message) {
    ffi_value! { ();
        if !msg.is_null() {
            // SAFETY: created by Box::into_raw in ami_manager_next_event and
            // freed once, per the contract.
            drop(unsafe { Box::from_raw(msg) });
        }
        Ok(())
    }
}

/// The key of the server the message came from (never NULL for a live
/// message; ptr NULL when `msg` is NULL).
///
/// # Safety
/// `msg` is NULL or a live message.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_message_server(msg: *const ami_message) -> ami_str {
    ffi_value! { ami_str::NONE;
        Ok(ami_str::of(try_ref!(msg).server.as_bytes()))
    }
}

/// The `Event:` value; ptr NULL for a response (or when `msg` is NULL).
///
/// # Safety
/// `msg` is NULL or a live message.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_message_event_name(msg: *const ami_message) -> ami_str {
    ffi_value! { ami_str::NONE;
        Ok(ami_str::opt(try_ref!(msg).msg.event()))
    }
}

/// The `ActionID:` value; ptr NULL when absent.
///
/// # Safety
/// `msg` is NULL or a live message.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_message_action_id(msg: *const ami_message) -> ami_str {
    ffi_value! { ami_str::NONE;
        Ok(ami_str::opt(try_ref!(msg).msg.action_id()))
    }
}

/// The first value of header `key` (ASCII case-insensitive); ptr NULL when
/// absent or when an argument is NULL or not UTF-8 (an empty value has a
/// non-NULL ptr and len 0).
///
/// # Safety
/// `msg` is NULL or a live message; `key` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_message_get(msg: *const ami_message, key: *const c_char) -> ami_str {
    ffi_value! { ami_str::NONE;
        let m = try_ref!(msg);
        let key = try_str!(key);
        Ok(ami_str::opt(m.msg.get(key)))
    }
}

/// Number of header lines (0 when `msg` is NULL).
///
/// # Safety
/// `msg` is NULL or a live message.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_message_header_count(msg: *const ami_message) -> usize {
    ffi_value! { 0;
        Ok(try_ref!(msg).msg.len())
    }
}

/// The header at `index`, in received order, into `*key` and `*value`
/// (written only on success).
///
/// Returns `AMI_STATUS_OK`, `AMI_STATUS_NULL_PARAMETER`, or
/// `AMI_STATUS_INVALID_ARGUMENT` (index out of range).
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
    ffi_status! {
        let m = try_ref!(msg);
        let (key, value) = (try_out!(key), try_out!(value));
        let Some(h) = m.msg.header(index) else {
            return Err(fail(
                ami_status::AMI_STATUS_INVALID_ARGUMENT,
                format!("header index {index} out of range (the message has {})", m.msg.len()),
            ));
        };
        key.put(ami_str::of(h.key));
        value.put(ami_str::of(h.value));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message() -> ami_message {
        let mut dec = ami_proto::Decoder::new();
        dec.set_expect_banner(false);
        dec.extend_from_slice(
            b"Event: Hangup\r\nChannel: PJSIP/100\r\nActionID: a1\r\nEmpty: \r\n\r\n",
        );
        ami_message {
            server: Arc::from("pbx1"),
            msg: dec.decode().unwrap().unwrap(),
        }
    }

    fn text(s: ami_str) -> Option<Vec<u8>> {
        // SAFETY: a view into a live message.
        (!s.ptr.is_null()).then(|| unsafe { std::slice::from_raw_parts(s.ptr, s.len) }.to_vec())
    }

    #[test]
    fn accessors_borrow_from_the_message_and_refuse_nulls() {
        let owned = Box::into_raw(Box::new(message()));
        let m: *const ami_message = owned;
        // SAFETY: `m` is live until freed below; the keys are C strings.
        unsafe {
            assert_eq!(text(ami_message_server(m)).unwrap(), b"pbx1");
            assert_eq!(text(ami_message_event_name(m)).unwrap(), b"Hangup");
            assert_eq!(text(ami_message_action_id(m)).unwrap(), b"a1");
            assert_eq!(
                text(ami_message_get(m, c"channel".as_ptr())).unwrap(),
                b"PJSIP/100"
            );
            assert_eq!(text(ami_message_get(m, c"Empty".as_ptr())).unwrap(), b"");
            assert!(text(ami_message_get(m, c"Nope".as_ptr())).is_none());
            assert!(text(ami_message_get(m, std::ptr::null())).is_none());
            assert!(text(ami_message_get(std::ptr::null(), c"x".as_ptr())).is_none());
            assert_eq!(ami_message_header_count(m), 4);
            assert_eq!(ami_message_header_count(std::ptr::null()), 0);
            let (mut k, mut v) = (ami_str::NONE, ami_str::NONE);
            assert_eq!(
                ami_message_header_at(m, 1, &mut k, &mut v),
                ami_status::AMI_STATUS_OK
            );
            assert_eq!(
                (text(k).unwrap(), text(v).unwrap()),
                (b"Channel".to_vec(), b"PJSIP/100".to_vec())
            );
            assert_eq!(
                ami_message_header_at(m, 4, &mut k, &mut v),
                ami_status::AMI_STATUS_INVALID_ARGUMENT
            );
            assert_eq!(
                ami_message_header_at(m, 0, std::ptr::null_mut(), &mut v),
                ami_status::AMI_STATUS_NULL_PARAMETER
            );
            ami_message_free(owned);
            ami_message_free(std::ptr::null_mut());
        }
    }
}
