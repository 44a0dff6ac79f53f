//! `ami_completion`: an action's outcome, with borrowed accessors.

use std::sync::Arc;

use ami_cluster::ActionCompletion;
use ami_conn::ActionFailure;
use ami_proto::Message;

use crate::boundary::{ffi_value, try_ref};
use crate::message::ami_message;
use crate::status::ami_status;
use crate::types::ami_str;

/// An action's outcome: its status, the response and the collected events.
///
/// Lifetime: one passed to an `ami_completion_cb` is borrowed until the
/// callback returns; one from `ami_manager_next_completion` is owned by the
/// caller, freed with `ami_completion_free`. Messages and `ami_str` views
/// taken from it are valid as long as the completion. Read-only: any thread
/// may read a completion it owns.
#[allow(non_camel_case_types)]
pub struct ami_completion {
    pub(crate) server: Arc<str>,
    pub(crate) action_id: ami_cluster::ActionId,
    pub(crate) status: ami_status,
    pub(crate) error: String,
    pub(crate) response: Option<ami_message>,
    pub(crate) events: Vec<ami_message>,
}

fn failure_status(e: &ActionFailure) -> ami_status {
    match e {
        ActionFailure::Timeout(_) => ami_status::AMI_STATUS_TIMEOUT,
        ActionFailure::ConnectionLost(_) => ami_status::AMI_STATUS_CONNECTION_LOST,
        ActionFailure::Protocol(_) => ami_status::AMI_STATUS_PROTOCOL_ERROR,
        ActionFailure::NotSent(_) => ami_status::AMI_STATUS_NOT_SENT,
        _ => ami_status::AMI_STATUS_SERVER_ERROR,
    }
}

impl From<ActionCompletion> for ami_completion {
    fn from(c: ActionCompletion) -> Self {
        let m = |msg: Message| ami_message {
            server: c.server_key.clone(),
            msg,
        };
        let (status, error, response, events) = match c.result {
            Ok(o) => {
                let mut events: Vec<ami_message> = o.events.into_iter().map(m).collect();
                events.extend(o.list_end.map(m));
                (
                    ami_status::AMI_STATUS_OK,
                    String::new(),
                    Some(m(o.response)),
                    events,
                )
            }
            Err(e) => {
                let response = match &e {
                    ActionFailure::Server(ami_proto::ActionError::Server { response, .. }) => {
                        Some(m((**response).clone()))
                    }
                    ActionFailure::Server(ami_proto::ActionError::OriginateFailed {
                        event,
                        ..
                    }) => Some(m((**event).clone())),
                    _ => None,
                };
                (failure_status(&e), e.to_string(), response, Vec::new())
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

/// Frees a completion from `ami_manager_next_completion`. NULL is fine.
/// Never free a borrowed one (passed to a callback).
///
/// # Safety
/// `c` is NULL or a completion `ami_manager_next_completion` returned,
/// freed once.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_completion_free(c: *mut ami_completion) {
    ffi_value! { ();
        if !c.is_null() {
            // SAFETY: created by Box::into_raw in ami_manager_next_completion
            // and freed once, per the contract.
            drop(unsafe { Box::from_raw(c) });
        }
        Ok(())
    }
}

/// `AMI_STATUS_OK`, or why the action failed: `AMI_STATUS_TIMEOUT`,
/// `AMI_STATUS_CONNECTION_LOST`, `AMI_STATUS_SERVER_ERROR`,
/// `AMI_STATUS_PROTOCOL_ERROR`, or `AMI_STATUS_NOT_SENT` (a posted action
/// the manager refused; its ActionID is empty). `AMI_STATUS_NULL_PARAMETER`
/// when `c` is NULL.
///
/// # Safety
/// `c` is NULL or a live completion.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_completion_status(c: *const ami_completion) -> ami_status {
    ffi_value! { ami_status::AMI_STATUS_NULL_PARAMETER;
        Ok(try_ref!(c).status)
    }
}

/// The ActionID (empty for `AMI_STATUS_NOT_SENT`).
///
/// # Safety
/// `c` is NULL or a live completion.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_completion_action_id(c: *const ami_completion) -> ami_str {
    ffi_value! { ami_str::NONE;
        Ok(ami_str::of(try_ref!(c).action_id.as_bytes()))
    }
}

/// The server key (empty for a refused post routed by strategy).
///
/// # Safety
/// `c` is NULL or a live completion.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_completion_server(c: *const ami_completion) -> ami_str {
    ffi_value! { ami_str::NONE;
        Ok(ami_str::of(try_ref!(c).server.as_bytes()))
    }
}

/// The failure's description (empty on success; never contains a secret).
///
/// # Safety
/// `c` is NULL or a live completion.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_completion_error(c: *const ami_completion) -> ami_str {
    ffi_value! { ami_str::NONE;
        Ok(ami_str::of(try_ref!(c).error.as_bytes()))
    }
}

/// The final response (for a server error, the error response; for a
/// failed async Originate, its OriginateResponse); NULL when there is none.
/// Borrowed from the completion: do not free it.
///
/// # Safety
/// `c` is NULL or a live completion.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_completion_response(c: *const ami_completion) -> *const ami_message {
    ffi_value! { std::ptr::null();
        Ok(try_ref!(c).response.as_ref().map_or(std::ptr::null(), std::ptr::from_ref))
    }
}

/// Number of events collected by the action (list items, then the list's
/// end event; or the OriginateResponse).
///
/// # Safety
/// `c` is NULL or a live completion.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_completion_event_count(c: *const ami_completion) -> usize {
    ffi_value! { 0;
        Ok(try_ref!(c).events.len())
    }
}

/// The event at `index`, borrowed from the completion (do not free it);
/// NULL out of range.
///
/// # Safety
/// `c` is NULL or a live completion.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_completion_event_at(
    c: *const ami_completion,
    index: usize,
) -> *const ami_message {
    ffi_value! { std::ptr::null();
        Ok(try_ref!(c).events.get(index).map_or(std::ptr::null(), std::ptr::from_ref))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_post_is_not_sent_with_an_empty_action_id() {
        let done = ActionCompletion {
            server_key: Arc::from("nope"),
            action_id: ami_cluster::ActionId::default(),
            result: Err(ActionFailure::NotSent("unknown server key \"nope\"".into())),
            latency: None,
        };
        let c = Box::into_raw(Box::new(ami_completion::from(done)));
        // SAFETY: `c` is live until freed below.
        unsafe {
            assert_eq!(ami_completion_status(c), ami_status::AMI_STATUS_NOT_SENT);
            assert_eq!(ami_completion_action_id(c).len, 0);
            assert!(ami_completion_error(c).len > 0);
            assert!(ami_completion_response(c).is_null());
            assert!(ami_completion_event_at(c, 0).is_null());
            assert_eq!(ami_completion_event_count(c), 0);
            assert_eq!(
                ami_completion_status(std::ptr::null()),
                ami_status::AMI_STATUS_NULL_PARAMETER
            );
            ami_completion_free(c);
        }
    }
}
