//! `ami_manager`: the engine, driven by one thread at a time.

use std::ffi::{c_char, c_void};

use ami_cluster::{
    AmiClientManager, ClusterConfig, ClusterError, CompletionCallback, ListenerId, SystemResolver,
    TickReport,
};
use ami_conn::{SendError, SendOptions};
use ami_proto::{Completion, GenericAction};

use crate::active;
use crate::boundary::{
    Result, copy_out, fail, ffi_status, ffi_value, try_opt_str, try_out, try_str,
};
use crate::completion::ami_completion;
use crate::message::ami_message;
use crate::status::ami_status;
use crate::types::{ami_header, ami_state, ami_tick_report};

/// The longest ActionID libami generates or accepts, without the NUL.
pub const AMI_ACTION_ID_MAX: usize = 128;

/// The engine: every configured server on one selector.
///
/// Created by `ami_manager_new_*`, owned by the caller, freed with
/// `ami_manager_free`. Not thread-safe: one thread at a time calls
/// `ami_manager_*` on it (its callbacks run on that thread, inside
/// `ami_manager_tick*`); other threads submit through an `ami_handle`.
#[allow(non_camel_case_types)]
pub struct ami_manager {
    inner: AmiClientManager,
    /// The events of the last `ami_manager_next_events` call, which C
    /// borrows until the next one (only that function touches it).
    batch: Vec<ami_message>,
}

/// Called with each matching event. `msg` is borrowed until the callback
/// returns. It runs on the ticking thread, inside `ami_manager_tick*`, and
/// may call any `ami_manager_*` function on any manager: sending, adding
/// and removing listeners (its own included), pulling, even ticking
/// another manager; a tick of this same manager returns
/// `AMI_STATUS_REENTRANT`, and `ami_manager_free` of it is deferred until
/// the tick returns. It must not unwind (C++ exceptions, longjmp) into
/// libami.
#[allow(non_camel_case_types)]
pub type ami_event_cb =
    Option<unsafe extern "C" fn(userdata: *mut c_void, msg: *const ami_message)>;

/// Called exactly once with an action's outcome (also when the manager is
/// freed first: then never). `completion` is borrowed until the callback
/// returns. Same rules as `ami_event_cb`.
#[allow(non_camel_case_types)]
pub type ami_completion_cb =
    Option<unsafe extern "C" fn(userdata: *mut c_void, completion: *const ami_completion)>;

/// The caller's opaque pointer; only handed back on the ticking thread.
#[derive(Clone, Copy)]
struct UserData(*mut c_void);

// SAFETY: the pointer is never dereferenced by Rust; it is only passed back
// to the caller's callback on the thread driving the manager.
unsafe impl Send for UserData {}

/// The manager part of the handle, without creating a reference.
fn inner(m: *mut ami_manager) -> *mut AmiClientManager {
    // SAFETY: `m` is non-null and live (checked by `active::borrow`/`tick`
    // before calling this); `&raw mut` projects without a reference.
    unsafe { &raw mut (*m).inner }
}

/// The manager behind `m` for this call (a callback's borrow inside one).
///
/// # Safety
/// `m` is NULL or a live manager.
pub(crate) unsafe fn manager<'a>(m: *mut ami_manager) -> Result<&'a mut AmiClientManager> {
    // SAFETY: forwarded.
    unsafe { active::borrow(m, inner) }
}

pub(crate) fn cluster_status(e: &ClusterError) -> ami_status {
    let status = match e {
        ClusterError::UnknownServer(_) | ClusterError::NoDefault => {
            ami_status::AMI_STATUS_UNKNOWN_SERVER
        }
        ClusterError::NoServerReady { .. } | ClusterError::Send(SendError::NotReady { .. }) => {
            ami_status::AMI_STATUS_NOT_READY
        }
        ClusterError::Send(
            SendError::TooManyPending { .. } | SendError::WriteBufferFull { .. },
        )
        | ClusterError::QueueFull { .. } => ami_status::AMI_STATUS_BACKPRESSURE,
        ClusterError::Send(_) | ClusterError::DuplicateServer(_) => {
            ami_status::AMI_STATUS_INVALID_ARGUMENT
        }
        ClusterError::Closed => ami_status::AMI_STATUS_CLOSED,
        ClusterError::Reentrant => ami_status::AMI_STATUS_REENTRANT,
        _ => ami_status::AMI_STATUS_IO,
    };
    fail(status, e.to_string())
}

fn from_config(
    cfg: std::result::Result<ClusterConfig, ami_cluster::ConfigError>,
) -> Result<*mut ami_manager> {
    let cfg = cfg.map_err(|e| fail(ami_status::AMI_STATUS_CONFIG, e.to_string()))?;
    let inner = AmiClientManager::from_config(&cfg).map_err(|e| cluster_status(&e))?;
    Ok(Box::into_raw(Box::new(ami_manager {
        inner,
        batch: Vec::new(),
    })))
}

/// Creates a manager from TOML text (the format `ami listen` reads). On
/// success `*out` owns it (free it with `ami_manager_free`); `toml` is
/// borrowed for the call. Any thread.
///
/// Returns `AMI_STATUS_OK`, `AMI_STATUS_NULL_PARAMETER`,
/// `AMI_STATUS_INVALID_ARGUMENT` (not UTF-8), `AMI_STATUS_CONFIG` (the
/// message names the key), `AMI_STATUS_IO` (no selector).
///
/// # Safety
/// `toml` is NULL or NUL-terminated; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_new_from_toml(
    toml: *const c_char,
    out: *mut *mut ami_manager,
) -> ami_status {
    ffi_status! {
        let out = try_out!(out);
        let text = try_str!(toml);
        out.put(from_config(ClusterConfig::parse(text, &SystemResolver))?);
        Ok(())
    }
}

/// Creates a manager from a TOML file; as `ami_manager_new_from_toml`.
///
/// # Safety
/// `path` is NULL or NUL-terminated; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_new_from_file(
    path: *const c_char,
    out: *mut *mut ami_manager,
) -> ami_status {
    ffi_status! {
        let out = try_out!(out);
        let path = try_str!(path);
        out.put(from_config(ClusterConfig::load(std::path::Path::new(path)))?);
        Ok(())
    }
}

/// Frees a manager, closing its sockets without logging off. NULL is fine.
/// Actions still pending never complete (their callbacks are dropped
/// uncalled); handles stay valid and then return `AMI_STATUS_CLOSED`.
///
/// From inside one of the manager's own callbacks the free is deferred:
/// the manager stays allocated until the running `ami_manager_tick*`
/// returns, calls on it meanwhile return `AMI_STATUS_CLOSED`, the rest of
/// the tick's callbacks still run, and the tick itself returns
/// `AMI_STATUS_CLOSED`, after which the pointer is gone.
///
/// # Safety
/// `m` is NULL or a live manager, freed once, not used afterwards.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_free(m: *mut ami_manager) {
    ffi_value! { ();
        // SAFETY: forwarded from the caller's contract.
        unsafe { active::free(m) };
        Ok(())
    }
}

fn report(r: TickReport) -> ami_tick_report {
    ami_tick_report {
        progressed: u8::from(r.progressed),
        clamped: u8::from(r.clamped),
        bytes_read: r.bytes_read as u64,
        events: r.events as u64,
        completions: r.completions as u64,
    }
}

fn tick_timeout(ms: i32) -> Result<u64> {
    u64::try_from(ms).map_err(|_| {
        fail(
            ami_status::AMI_STATUS_INVALID_ARGUMENT,
            format!(
                "tick timeout_ms must not be negative (above {} it is clamped), got {ms}",
                ami_cluster::MAX_TICK_TIMEOUT_MS
            ),
        )
    })
}

fn action_timeout(ms: i32) -> Result<Option<std::time::Duration>> {
    let ms = u64::try_from(ms).map_err(|_| {
        fail(
            ami_status::AMI_STATUS_INVALID_ARGUMENT,
            format!(
                "action timeout_ms must be 0 (the server's timeout) or 1..={}, got {ms}",
                i32::MAX
            ),
        )
    })?;
    Ok((ms > 0).then(|| std::time::Duration::from_millis(ms)))
}

fn ticked(
    report_out: *mut ami_tick_report,
    r: std::result::Result<TickReport, ClusterError>,
) -> Result<()> {
    let r = r.map_err(|e| cluster_status(&e))?;
    if !report_out.is_null() {
        crate::boundary::Out(report_out).put(report(r));
    }
    Ok(())
}

/// One tick for every server: one selector wait of at most `timeout_ms`
/// (above 250: clamped and counted), then callbacks run inside. `report`
/// may be NULL; it is written on success.
///
/// Returns `AMI_STATUS_OK`; `AMI_STATUS_NULL_PARAMETER`;
/// `AMI_STATUS_INVALID_ARGUMENT` (negative timeout);
/// `AMI_STATUS_REENTRANT` when called from inside one of this manager's
/// callbacks (nothing done; ticking another manager from a callback is
/// fine); `AMI_STATUS_CLOSED` when a callback freed the manager during
/// this tick (it is gone now); `AMI_STATUS_IO` when the selector's wait
/// failed (timers and callbacks still ran).
///
/// # Safety
/// `m` is NULL or live; `report` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_tick_all(
    m: *mut ami_manager,
    timeout_ms: i32,
    report: *mut ami_tick_report,
) -> ami_status {
    ffi_status! {
        let t = tick_timeout(timeout_ms)?;
        // SAFETY: forwarded from the caller's contract.
        let r = unsafe { active::tick(m, inner, |mgr| mgr.tick_all(t)) }?;
        ticked(report, r)
    }
}

/// `ami_manager_tick_all(m, 0, report)`: never blocks.
///
/// # Safety
/// As `ami_manager_tick_all`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_poll_all(
    m: *mut ami_manager,
    report: *mut ami_tick_report,
) -> ami_status {
    // SAFETY: forwarded.
    unsafe { ami_manager_tick_all(m, 0, report) }
}

/// A tick that delivers only `server`'s events and completions (every
/// socket is still read and every timer still fires). As
/// `ami_manager_tick_all`, plus `AMI_STATUS_UNKNOWN_SERVER`.
///
/// # Safety
/// As `ami_manager_tick_all`; `server` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_tick(
    m: *mut ami_manager,
    server: *const c_char,
    timeout_ms: i32,
    report: *mut ami_tick_report,
) -> ami_status {
    ffi_status! {
        let key = try_str!(server);
        let t = tick_timeout(timeout_ms)?;
        // SAFETY: forwarded from the caller's contract.
        let r = unsafe { active::tick(m, inner, |mgr| mgr.tick(key, t)) }?;
        ticked(report, r)
    }
}

/// Builds the action from C arguments.
///
/// # Safety
/// `action` NUL-terminated or NULL; `headers` NULL (with `n == 0`) or `n`
/// valid entries.
pub(crate) unsafe fn build_action(
    action: *const c_char,
    headers: *const ami_header,
    n: usize,
) -> Result<GenericAction> {
    let name = try_str!(action);
    let headers: &[ami_header] = match (headers.is_null(), n) {
        (_, 0) => &[],
        (true, _) => {
            return Err(fail(
                ami_status::AMI_STATUS_NULL_PARAMETER,
                "headers is NULL with a non-zero count",
            ));
        }
        // SAFETY: `headers` has `n` entries per the contract.
        (false, n) => unsafe { std::slice::from_raw_parts(headers, n) },
    };
    let mut a = GenericAction::new(name);
    let mut is_async = false;
    for h in headers {
        let (key, value) = (h.key, h.value);
        let (k, v) = (try_str!(key), try_str!(value));
        is_async |= k.eq_ignore_ascii_case("Async") && v.eq_ignore_ascii_case("true");
        a = a.header(k, v);
    }
    let completion = if name.eq_ignore_ascii_case("Command") {
        Completion::Command
    } else if name.eq_ignore_ascii_case("Originate") && is_async {
        Completion::AsyncOriginate
    } else {
        Completion::Response
    };
    Ok(a.completes_with(completion))
}

/// Sends an action to `server` (NULL: the routing strategy). Headers are
/// `n_headers` key/value pairs, copied (borrowed for the call only).
/// `timeout_ms` is the action's timeout, 0 for the server's. With `cb`,
/// the outcome goes to it exactly once, during a later tick, with
/// `userdata` (which must stay valid until then); with NULL, to
/// `ami_manager_next_completion`. The ActionID is written to
/// `action_id_out` (NULL allowed; else at least `AMI_ACTION_ID_MAX + 1`
/// bytes) on success. May be called from callbacks.
///
/// Returns `AMI_STATUS_OK`, `AMI_STATUS_NULL_PARAMETER`,
/// `AMI_STATUS_INVALID_ARGUMENT` (negative timeout, not UTF-8, CR or LF in
/// a field), `AMI_STATUS_BUFFER_TOO_SMALL`, `AMI_STATUS_UNKNOWN_SERVER`,
/// `AMI_STATUS_NOT_READY`, `AMI_STATUS_BACKPRESSURE`, `AMI_STATUS_CLOSED`
/// (freed from a callback). On failure `cb` is never called.
///
/// # Safety
/// `m` NULL or live; strings NULL or NUL-terminated; `headers` valid for
/// `n_headers`; `action_id_out` NULL or `action_id_cap` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_send(
    m: *mut ami_manager,
    server: *const c_char,
    action: *const c_char,
    headers: *const ami_header,
    n_headers: usize,
    timeout_ms: i32,
    cb: ami_completion_cb,
    userdata: *mut c_void,
    action_id_out: *mut c_char,
    action_id_cap: usize,
) -> ami_status {
    ffi_status! {
        // SAFETY: forwarded from the caller's contract.
        let manager = unsafe { manager(m) }?;
        if !action_id_out.is_null() && action_id_cap <= AMI_ACTION_ID_MAX {
            return Err(fail(
                ami_status::AMI_STATUS_BUFFER_TOO_SMALL,
                format!("action_id_out needs at least {} bytes", AMI_ACTION_ID_MAX + 1),
            ));
        }
        let key = try_opt_str!(server);
        // SAFETY: forwarded from the caller's contract.
        let a = unsafe { build_action(action, headers, n_headers) }?;
        let mut opts = SendOptions::default();
        opts.timeout = action_timeout(timeout_ms)?;
        let addr = m as usize;
        let callback = cb.map(|f| {
            let ud = UserData(userdata);
            Box::new(move |mgr: &mut AmiClientManager, done: ami_cluster::ActionCompletion| {
                let c = ami_completion::from(done);
                let ud = ud;
                // SAFETY: the caller's callback with its own userdata; `c`
                // lives until it returns.
                active::in_callback(addr, mgr, || unsafe { f(ud.0, &c) });
            }) as CompletionCallback
        });
        let pending = match key {
            Some(k) => manager.server(k).and_then(|s| s.send_with_options(&a, opts)),
            None => manager.send_with_options(&a, opts),
        }
        .map_err(|e| cluster_status(&e))?;
        let sent = match callback {
            Some(cb) => pending.on_complete(cb),
            None => pending.to_pull_queue(),
        };
        let id = sent.action_id;
        // SAFETY: NULL or at least AMI_ACTION_ID_MAX + 1 writable bytes.
        unsafe { copy_out(id.as_bytes(), action_id_out, action_id_cap) };
        Ok(())
    }
}

/// Calls `cb` with `userdata` for every event named `name` (ASCII
/// case-insensitive; NULL: every event), until removed or the manager is
/// freed (`userdata` must stay valid that long). The subscription id
/// (never 0) goes to `*id_out` (NULL allowed). May be called from
/// callbacks: a listener added during a tick sees the next event.
///
/// Returns `AMI_STATUS_OK`, `AMI_STATUS_NULL_PARAMETER` (also for a NULL
/// `cb`), `AMI_STATUS_INVALID_ARGUMENT` (not UTF-8), `AMI_STATUS_CLOSED`.
///
/// # Safety
/// `m` NULL or live; `name` NULL or NUL-terminated; `id_out` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_on_event(
    m: *mut ami_manager,
    name: *const c_char,
    cb: ami_event_cb,
    userdata: *mut c_void,
    id_out: *mut u64,
) -> ami_status {
    ffi_status! {
        // SAFETY: forwarded from the caller's contract.
        let manager = unsafe { manager(m) }?;
        let Some(f) = cb else {
            return Err(crate::boundary::null("cb"));
        };
        let name = try_opt_str!(name);
        let ud = UserData(userdata);
        let addr = m as usize;
        let listener = move |mgr: &mut AmiClientManager, ev: &ami_cluster::ServerEvent| {
            let msg = ami_message::from_event(ev);
            let ud = ud;
            // SAFETY: the caller's callback with its own userdata; `msg`
            // lives until it returns.
            active::in_callback(addr, mgr, || unsafe { f(ud.0, &msg) });
        };
        let id = match name {
            Some(n) => manager.on_event(n, listener),
            None => manager.on_any_event(listener),
        };
        if !id_out.is_null() {
            crate::boundary::Out(id_out).put(id.get());
        }
        Ok(())
    }
}

/// Removes a subscription: its callback is not called again, even later
/// in the running tick. May be called from callbacks, its own included
/// (once it returns, its `userdata` may be released).
///
/// Returns `AMI_STATUS_OK`, `AMI_STATUS_NULL_PARAMETER`,
/// `AMI_STATUS_INVALID_ARGUMENT` (no such subscription, or already
/// removed), `AMI_STATUS_CLOSED`.
///
/// # Safety
/// `m` NULL or live.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_remove_listener(m: *mut ami_manager, id: u64) -> ami_status {
    ffi_status! {
        // SAFETY: forwarded from the caller's contract.
        let manager = unsafe { manager(m) }?;
        let lid = ListenerId::from_raw(id);
        if !manager.has_listener(lid) {
            return Err(fail(
                ami_status::AMI_STATUS_INVALID_ARGUMENT,
                format!("no subscription {id}"),
            ));
        }
        manager.remove_listener(lid);
        Ok(())
    }
}

/// Keeps events for `ami_manager_next_event` (off by default). Returns
/// `AMI_STATUS_OK`, `AMI_STATUS_NULL_PARAMETER`, `AMI_STATUS_CLOSED`.
///
/// # Safety
/// `m` NULL or live.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_enable_event_pull(m: *mut ami_manager) -> ami_status {
    ffi_status! {
        // SAFETY: forwarded from the caller's contract.
        unsafe { manager(m) }?.enable_event_pull();
        Ok(())
    }
}

/// The oldest pulled event into `*out` (NULL when there is none). The
/// caller owns it: free it with `ami_message_free` (from any thread).
/// Returns `AMI_STATUS_OK`, `AMI_STATUS_NULL_PARAMETER`, `AMI_STATUS_CLOSED`.
///
/// # Safety
/// `m` NULL or live; `out` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_next_event(
    m: *mut ami_manager,
    out: *mut *mut ami_message,
) -> ami_status {
    ffi_status! {
        // SAFETY: forwarded from the caller's contract.
        let manager = unsafe { manager(m) }?;
        let out = try_out!(out);
        let ev = manager.next_event();
        out.put(ev.map_or(std::ptr::null_mut(), |e| {
            Box::into_raw(Box::new(ami_message::from_owned(e)))
        }));
        Ok(())
    }
}

/// Up to `cap` pulled events, oldest first, into `out[0..*n]` (`*n` 0 when
/// there is none): borrowed, valid until the next `ami_manager_next_events`
/// call on this manager or its `ami_manager_free`, and not to be freed.
/// The fast way to pull: no allocation per event and one call per batch.
/// Returns `AMI_STATUS_OK`, `AMI_STATUS_NULL_PARAMETER` (also `out` NULL
/// with a non-zero `cap`), `AMI_STATUS_CLOSED`.
///
/// ```c
/// const ami_message *evs[256];
/// size_t n = 0;
/// while (ami_manager_next_events(m, evs, 256, &n) == AMI_STATUS_OK && n > 0) {
///     for (size_t i = 0; i < n; i++) { handle(evs[i]); }
/// }
/// ```
///
/// # Safety
/// `m` NULL or live; `out` NULL or `cap` writable pointers; `n` NULL or
/// writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_next_events(
    m: *mut ami_manager,
    out: *mut *const ami_message,
    cap: usize,
    n: *mut usize,
) -> ami_status {
    ffi_status! {
        // SAFETY: forwarded from the caller's contract.
        let manager = unsafe { manager(m) }?;
        let n = try_out!(n);
        if out.is_null() && cap > 0 {
            return Err(crate::boundary::null("out"));
        }
        // SAFETY: `m` is live (checked by `manager`); `batch` is a field
        // apart from the manager borrowed above, and only this function
        // makes a reference to it.
        let batch = unsafe { &mut (*m).batch };
        batch.clear();
        while batch.len() < cap {
            match manager.next_event() {
                Some(ev) => batch.push(ami_message::from_owned(ev)),
                None => break,
            }
        }
        for (i, msg) in batch.iter().enumerate() {
            // SAFETY: `i < cap` pointers are writable per the contract.
            unsafe { out.add(i).write(std::ptr::from_ref(msg)) };
        }
        n.put(batch.len());
        Ok(())
    }
}

/// The oldest completion of an action sent without a callback, or posted
/// through a handle, into `*out` (NULL when there is none). The caller owns
/// it: free it with `ami_completion_free` (from any thread). Returns
/// `AMI_STATUS_OK`, `AMI_STATUS_NULL_PARAMETER`, `AMI_STATUS_CLOSED`.
///
/// # Safety
/// `m` NULL or live; `out` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_next_completion(
    m: *mut ami_manager,
    out: *mut *mut ami_completion,
) -> ami_status {
    ffi_status! {
        // SAFETY: forwarded from the caller's contract.
        let manager = unsafe { manager(m) }?;
        let out = try_out!(out);
        let c = manager.next_completion();
        out.put(c.map_or(std::ptr::null_mut(), |c| {
            Box::into_raw(Box::new(ami_completion::from(c)))
        }));
        Ok(())
    }
}

/// Writes the Prometheus metrics text (NUL-terminated) into `buf` when it
/// fits; returns the size needed, NUL included (0 when `m` is NULL or
/// closed). `buf` may be NULL to ask for the size.
///
/// # Safety
/// `m` NULL or live; `buf` NULL or `cap` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_metrics(
    m: *mut ami_manager,
    buf: *mut c_char,
    cap: usize,
) -> usize {
    ffi_value! { 0;
        // SAFETY: forwarded from the caller's contract.
        let text = unsafe { manager(m) }?.metrics_text();
        // SAFETY: forwarded from the caller's contract.
        Ok(unsafe { copy_out(text.as_bytes(), buf, cap) })
    }
}

/// The state of `server` into `*out`. Returns `AMI_STATUS_OK`,
/// `AMI_STATUS_NULL_PARAMETER`, `AMI_STATUS_INVALID_ARGUMENT` (not UTF-8),
/// `AMI_STATUS_UNKNOWN_SERVER`, `AMI_STATUS_CLOSED`.
///
/// # Safety
/// `m` NULL or live; `server` NULL or NUL-terminated; `out` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_server_state(
    m: *mut ami_manager,
    server: *const c_char,
    out: *mut ami_state,
) -> ami_status {
    ffi_status! {
        // SAFETY: forwarded from the caller's contract.
        let manager = unsafe { manager(m) }?;
        let out = try_out!(out);
        let key = try_str!(server);
        let s = manager.state(key).map_err(|e| cluster_status(&e))?;
        out.put(s.into());
        Ok(())
    }
}

/// A thread-safe submit handle into `*out`; the caller owns it (free it
/// with `ami_handle_free`). It may outlive the manager. Returns
/// `AMI_STATUS_OK`, `AMI_STATUS_NULL_PARAMETER`, `AMI_STATUS_CLOSED`.
///
/// # Safety
/// `m` NULL or live; `out` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_handle(
    m: *mut ami_manager,
    out: *mut *mut crate::handle::ami_handle,
) -> ami_status {
    ffi_status! {
        // SAFETY: forwarded from the caller's contract.
        let manager = unsafe { manager(m) }?;
        let out = try_out!(out);
        out.put(crate::handle::ami_handle::boxed(manager.handle()));
        Ok(())
    }
}
