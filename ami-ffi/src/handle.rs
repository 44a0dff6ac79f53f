//! `ami_handle`: submits actions from any thread.

use std::ffi::c_char;

use ami_cluster::ManagerHandle;

use crate::boundary::{ffi_status, ffi_value, try_opt_str, try_ref};
use crate::manager::{build_action, cluster_status};
use crate::status::ami_status;
use crate::types::ami_header;

/// A thread-safe handle for submitting actions to a manager from other
/// threads. From `ami_manager_handle`, owned by the caller, freed with
/// `ami_handle_free`. Any number of threads may call `ami_handle_post` on
/// one handle at the same time; it may outlive its manager.
#[allow(non_camel_case_types)]
pub struct ami_handle {
    inner: ManagerHandle,
}

// Posting from many threads at once shares `&ami_handle`.
const _: () = {
    const fn sync_and_send<T: Sync + Send>() {}
    sync_and_send::<ami_handle>();
};

impl ami_handle {
    pub(crate) fn boxed(inner: ManagerHandle) -> *mut Self {
        Box::into_raw(Box::new(Self { inner }))
    }
}

/// Frees a handle. NULL is fine. Any thread, once no other thread uses it.
///
/// # Safety
/// `h` NULL or from `ami_manager_handle`, freed once, not in use.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_handle_free(h: *mut ami_handle) {
    ffi_value! { ();
        if !h.is_null() {
            // SAFETY: created by Box::into_raw in ami_manager_handle, freed
            // once per the contract.
            drop(unsafe { Box::from_raw(h) });
        }
        Ok(())
    }
}

/// From any thread: queues an action for `server` (NULL: routing) and
/// wakes the manager's selector; headers are copied. Every post that
/// returns `AMI_STATUS_OK` produces exactly one completion in the
/// manager's `ami_manager_next_completion` (while the manager lives):
/// the outcome, or, when the manager refuses it on its thread (unknown
/// server, not Ready, backpressure), one with `AMI_STATUS_NOT_SENT` and an
/// empty ActionID. A post that returns anything else produced nothing.
///
/// Returns `AMI_STATUS_OK`, `AMI_STATUS_NULL_PARAMETER`,
/// `AMI_STATUS_INVALID_ARGUMENT` (not UTF-8), `AMI_STATUS_BACKPRESSURE`
/// (the submission queue is full: retry after the manager ticks),
/// `AMI_STATUS_CLOSED` (the manager was freed).
///
/// # Safety
/// `h` NULL or live; strings NULL or NUL-terminated; `headers` valid for
/// `n_headers`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_handle_post(
    h: *const ami_handle,
    server: *const c_char,
    action: *const c_char,
    headers: *const ami_header,
    n_headers: usize,
) -> ami_status {
    ffi_status! {
        let h = try_ref!(h);
        let key = try_opt_str!(server);
        // SAFETY: forwarded from the caller's contract.
        let a = unsafe { build_action(action, headers, n_headers) }?;
        h.inner.post(key, Box::new(a)).map_err(|e| cluster_status(&e))
    }
}
