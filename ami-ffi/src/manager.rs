//! `ami_manager`: the engine, driven by one thread at a time.

use std::cell::Cell;
use std::collections::HashMap;
use std::ffi::{c_char, c_void};

use ami_cluster::{
    AmiClientManager, ClusterConfig, ClusterError, ListenerId, ManagerHandle, SystemResolver,
    TickReport,
};
use ami_conn::{SendError, SendOptions};
use ami_proto::{Completion, GenericAction};

use crate::message::{ami_completion, ami_message};
use crate::status::{ami_status, fail, guard, guard_value};
use crate::types::{ami_header, ami_state, ami_tick_report, copy_out, cstr, opt_cstr};

/// The longest ActionID libami generates or accepts, without the NUL.
pub const AMI_ACTION_ID_MAX: usize = 128;

/// The engine: every configured server on one selector. Not thread-safe:
/// drive it from one thread at a time; other threads use an `ami_handle`.
#[allow(non_camel_case_types)]
pub struct ami_manager {
    inner: AmiClientManager,
    listeners: HashMap<u64, ListenerId>,
    next_listener: u64,
}

/// A thread-safe handle for submitting actions from other threads.
#[allow(non_camel_case_types)]
pub struct ami_handle {
    inner: ManagerHandle,
}

/// Called with each matching event; `msg` is valid until the callback
/// returns. It runs on the thread that ticks and may call `ami_manager_*`
/// on the same manager (to send), but must not free it.
#[allow(non_camel_case_types)]
pub type ami_event_cb =
    Option<unsafe extern "C" fn(userdata: *mut c_void, msg: *const ami_message)>;

/// Called once with an action's outcome; `completion` is valid until the
/// callback returns. Same threading rules as `ami_event_cb`.
#[allow(non_camel_case_types)]
pub type ami_completion_cb =
    Option<unsafe extern "C" fn(userdata: *mut c_void, completion: *const ami_completion)>;

/// The caller's opaque pointer; only handed back on the ticking thread.
struct UserData(*mut c_void);

// SAFETY: the pointer is never dereferenced by Rust; it is only passed back
// to the caller's callback on the thread driving the manager.
unsafe impl Send for UserData {}

thread_local! {
    /// The manager whose callback is running on this thread, so that a
    /// callback calling back into the library reuses that borrow.
    static CURRENT: Cell<*mut AmiClientManager> = const { Cell::new(std::ptr::null_mut()) };
}

/// Runs `f` with the callback's borrow set as current.
fn in_callback(mgr: &mut AmiClientManager, f: impl FnOnce()) {
    let prev = CURRENT.with(|c| c.replace(mgr as *mut AmiClientManager));
    f();
    CURRENT.with(|c| c.set(prev));
}

/// The manager behind `m`, reusing a callback's borrow when inside one.
///
/// # Safety
/// `m` is non-null and live.
unsafe fn mgr<'a>(m: *mut ami_manager) -> &'a mut AmiClientManager {
    // SAFETY: per the caller's contract `m` is live; inside a callback of
    // this manager we go through the pointer derived from the callback's
    // own `&mut` instead of making a second one from `m`.
    unsafe {
        let inner = std::ptr::addr_of_mut!((*m).inner);
        let cur = CURRENT.with(Cell::get);
        if cur == inner { &mut *cur } else { &mut *inner }
    }
}

fn cluster_status(e: &ClusterError) -> ami_status {
    match e {
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
    }
}

fn from_config(
    cfg: Result<ClusterConfig, ami_cluster::ConfigError>,
    out: *mut *mut ami_manager,
) -> ami_status {
    let cfg = match cfg {
        Ok(c) => c,
        Err(e) => return fail(ami_status::AMI_STATUS_CONFIG, e.to_string()),
    };
    match AmiClientManager::from_config(&cfg) {
        Ok(inner) => {
            let b = Box::new(ami_manager {
                inner,
                listeners: HashMap::new(),
                next_listener: 0,
            });
            // SAFETY: `out` checked non-null by the callers.
            unsafe { *out = Box::into_raw(b) };
            ami_status::AMI_STATUS_OK
        }
        Err(e) => fail(cluster_status(&e), e.to_string()),
    }
}

/// Creates a manager from TOML text (the same format as `ami listen`
/// reads). On success `*out` owns it; free it with `ami_manager_free`.
///
/// # Safety
/// `toml` is NULL or NUL-terminated; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_new_from_toml(
    toml: *const c_char,
    out: *mut *mut ami_manager,
) -> ami_status {
    guard(|| {
        if out.is_null() {
            return fail(ami_status::AMI_STATUS_NULL_PARAMETER, "out is NULL");
        }
        // SAFETY: forwarded from the caller's contract.
        let text = match unsafe { cstr(toml, "toml") } {
            Ok(t) => t,
            Err(s) => return s,
        };
        from_config(ClusterConfig::parse(text, &SystemResolver), out)
    })
}

/// Creates a manager from a TOML file.
///
/// # Safety
/// `path` is NULL or NUL-terminated; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_new_from_file(
    path: *const c_char,
    out: *mut *mut ami_manager,
) -> ami_status {
    guard(|| {
        if out.is_null() {
            return fail(ami_status::AMI_STATUS_NULL_PARAMETER, "out is NULL");
        }
        // SAFETY: forwarded from the caller's contract.
        let path = match unsafe { cstr(path, "path") } {
            Ok(p) => p,
            Err(s) => return s,
        };
        from_config(ClusterConfig::load(std::path::Path::new(path)), out)
    })
}

/// Frees a manager (closing its sockets without logging off). NULL is fine.
///
/// # Safety
/// `m` is NULL or a manager from `ami_manager_new_*`, freed once, not from
/// inside one of its callbacks.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_free(m: *mut ami_manager) {
    if !m.is_null() {
        // SAFETY: created by Box::into_raw here, freed once.
        guard_value((), || drop(unsafe { Box::from_raw(m) }));
    }
}

fn report(r: TickReport, out: *mut ami_tick_report) {
    if !out.is_null() {
        // SAFETY: non-null, writable per the caller's contract.
        unsafe {
            *out = ami_tick_report {
                progressed: u8::from(r.progressed),
                clamped: u8::from(r.clamped),
                bytes_read: r.bytes_read as u64,
                events: r.events as u64,
                completions: r.completions as u64,
            };
        }
    }
}

fn timeout(ms: i32) -> Result<u64, ami_status> {
    u64::try_from(ms).map_err(|_| {
        fail(
            ami_status::AMI_STATUS_INVALID_ARGUMENT,
            format!("timeout_ms must be 0..=250, got {ms}"),
        )
    })
}

/// One tick for every server: one selector wait of at most `timeout_ms`
/// (negative: `AMI_STATUS_INVALID_ARGUMENT`; above 250: clamped and
/// counted). Callbacks run inside. `report` may be NULL.
///
/// # Safety
/// `m` is NULL or live; `report` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_tick_all(
    m: *mut ami_manager,
    timeout_ms: i32,
    report_out: *mut ami_tick_report,
) -> ami_status {
    guard(|| {
        if m.is_null() {
            return fail(ami_status::AMI_STATUS_NULL_PARAMETER, "manager is NULL");
        }
        let t = match timeout(timeout_ms) {
            Ok(t) => t,
            Err(s) => return s,
        };
        // SAFETY: non-null and live per contract.
        match unsafe { mgr(m) }.tick_all(t) {
            Ok(r) => {
                report(r, report_out);
                ami_status::AMI_STATUS_OK
            }
            Err(e) => fail(cluster_status(&e), e.to_string()),
        }
    })
}

/// `ami_manager_tick_all(m, 0, report)`: never blocks.
///
/// # Safety
/// As `ami_manager_tick_all`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_poll_all(
    m: *mut ami_manager,
    report_out: *mut ami_tick_report,
) -> ami_status {
    // SAFETY: forwarded.
    unsafe { ami_manager_tick_all(m, 0, report_out) }
}

/// One tick for one server.
///
/// # Safety
/// As `ami_manager_tick_all`; `server` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_tick(
    m: *mut ami_manager,
    server: *const c_char,
    timeout_ms: i32,
    report_out: *mut ami_tick_report,
) -> ami_status {
    guard(|| {
        if m.is_null() {
            return fail(ami_status::AMI_STATUS_NULL_PARAMETER, "manager is NULL");
        }
        // SAFETY: forwarded.
        let key = match unsafe { cstr(server, "server") } {
            Ok(k) => k,
            Err(s) => return s,
        };
        let t = match timeout(timeout_ms) {
            Ok(t) => t,
            Err(s) => return s,
        };
        // SAFETY: non-null and live per contract.
        match unsafe { mgr(m) }.tick(key, t) {
            Ok(r) => {
                report(r, report_out);
                ami_status::AMI_STATUS_OK
            }
            Err(e) => fail(cluster_status(&e), e.to_string()),
        }
    })
}

/// Builds the action from C arguments.
///
/// # Safety
/// `action` NUL-terminated or NULL; `headers` NULL (with `n == 0`) or `n`
/// valid entries.
unsafe fn build_action(
    action: *const c_char,
    headers: *const ami_header,
    n: usize,
) -> Result<GenericAction, ami_status> {
    // SAFETY: forwarded.
    let name = unsafe { cstr(action, "action") }?;
    if n > 0 && headers.is_null() {
        return Err(fail(
            ami_status::AMI_STATUS_NULL_PARAMETER,
            "headers is NULL with a non-zero count",
        ));
    }
    let mut a = GenericAction::new(name);
    let mut is_async = false;
    for i in 0..n {
        // SAFETY: `headers` has `n` entries per contract.
        let h = unsafe { &*headers.add(i) };
        // SAFETY: entries hold NUL-terminated strings per contract.
        let (k, v) = unsafe { (cstr(h.key, "header key")?, cstr(h.value, "header value")?) };
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
/// `n_headers` key/value pairs. `timeout_ms` 0 uses the server's timeout
/// (negative: invalid). With `cb`, the outcome is delivered to it once
/// during a tick; with NULL, to `ami_manager_next_completion`. The ActionID
/// is written to `action_id_out` (NULL allowed; else at least
/// `AMI_ACTION_ID_MAX + 1` bytes). CR or LF in any field is refused.
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
    guard(|| {
        if m.is_null() {
            return fail(ami_status::AMI_STATUS_NULL_PARAMETER, "manager is NULL");
        }
        if !action_id_out.is_null() && action_id_cap <= AMI_ACTION_ID_MAX {
            return fail(
                ami_status::AMI_STATUS_BUFFER_TOO_SMALL,
                format!(
                    "action_id_out needs at least {} bytes",
                    AMI_ACTION_ID_MAX + 1
                ),
            );
        }
        // SAFETY: forwarded from the caller's contract.
        let (key, a) = match unsafe {
            (
                opt_cstr(server, "server"),
                build_action(action, headers, n_headers),
            )
        } {
            (Ok(k), Ok(a)) => (k, a),
            (Err(s), _) | (_, Err(s)) => return s,
        };
        let t = match timeout(timeout_ms) {
            Ok(t) => t,
            Err(s) => return s,
        };
        let opts = SendOptions {
            timeout: (t > 0).then(|| std::time::Duration::from_millis(t)),
            action_id: None,
        };
        let callback: Option<ami_cluster::CompletionCallback> = cb.map(|f| {
            let ud = UserData(userdata);
            Box::new(
                move |mgr: &mut AmiClientManager, done: ami_cluster::ActionCompletion| {
                    let c = ami_completion::from(done);
                    let ud = ud;
                    // SAFETY: the caller's callback with its own userdata; `c`
                    // lives until it returns.
                    in_callback(mgr, || unsafe { f(ud.0, &c) });
                },
            ) as ami_cluster::CompletionCallback
        });
        // SAFETY: non-null and live per contract.
        let manager = unsafe { mgr(m) };
        let sent = match key {
            Some(k) => manager
                .server(k)
                .and_then(|s| s.send_opts(&a, opts, callback)),
            None => manager.send_routed(&a, opts, callback).map(|(_, id)| id),
        };
        match sent {
            Ok(id) => {
                // SAFETY: checked size above; writable per contract.
                unsafe { copy_out(id.as_bytes(), action_id_out, action_id_cap) };
                ami_status::AMI_STATUS_OK
            }
            Err(e) => fail(cluster_status(&e), e.to_string()),
        }
    })
}

/// Calls `cb` for every event named `name` (ASCII case-insensitive; NULL:
/// every event). The subscription id goes to `*id_out` (NULL allowed).
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
    guard(|| {
        if m.is_null() {
            return fail(ami_status::AMI_STATUS_NULL_PARAMETER, "manager is NULL");
        }
        let Some(f) = cb else {
            return fail(ami_status::AMI_STATUS_NULL_PARAMETER, "callback is NULL");
        };
        // SAFETY: forwarded.
        let name = match unsafe { opt_cstr(name, "name") } {
            Ok(n) => n,
            Err(s) => return s,
        };
        let ud = UserData(userdata);
        let listener = move |mgr: &mut AmiClientManager, ev: &ami_cluster::ServerEvent| {
            let msg = ami_message::from_event(ev);
            let ud = &ud;
            // SAFETY: the caller's callback with its own userdata; `msg`
            // lives until it returns.
            in_callback(mgr, || unsafe { f(ud.0, &msg) });
        };
        // SAFETY: non-null and live per contract.
        let this = unsafe { &mut *m };
        // SAFETY: as above (re-entrant calls reuse the callback's borrow).
        let manager = unsafe { mgr(m) };
        let lid = match name {
            Some(n) => manager.on_event(n, listener),
            None => manager.on_any_event(listener),
        };
        this.next_listener += 1;
        this.listeners.insert(this.next_listener, lid);
        if !id_out.is_null() {
            // SAFETY: non-null, writable per contract.
            unsafe { *id_out = this.next_listener };
        }
        ami_status::AMI_STATUS_OK
    })
}

/// Removes a subscription.
///
/// # Safety
/// `m` NULL or live.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_remove_listener(m: *mut ami_manager, id: u64) -> ami_status {
    guard(|| {
        if m.is_null() {
            return fail(ami_status::AMI_STATUS_NULL_PARAMETER, "manager is NULL");
        }
        // SAFETY: non-null and live per contract.
        let this = unsafe { &mut *m };
        match this.listeners.remove(&id) {
            Some(lid) => {
                // SAFETY: as above.
                unsafe { mgr(m) }.remove_listener(lid);
                ami_status::AMI_STATUS_OK
            }
            None => fail(
                ami_status::AMI_STATUS_INVALID_ARGUMENT,
                format!("no subscription {id}"),
            ),
        }
    })
}

/// Keeps events for `ami_manager_next_event` (off by default).
///
/// # Safety
/// `m` NULL or live.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_enable_event_pull(m: *mut ami_manager) -> ami_status {
    guard(|| {
        if m.is_null() {
            return fail(ami_status::AMI_STATUS_NULL_PARAMETER, "manager is NULL");
        }
        // SAFETY: non-null and live per contract.
        unsafe { mgr(m) }.enable_event_pull();
        ami_status::AMI_STATUS_OK
    })
}

/// The oldest pulled event into `*out` (NULL when there is none); free it
/// with `ami_message_free`.
///
/// # Safety
/// `m` NULL or live; `out` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_next_event(
    m: *mut ami_manager,
    out: *mut *mut ami_message,
) -> ami_status {
    guard(|| {
        if m.is_null() || out.is_null() {
            return fail(
                ami_status::AMI_STATUS_NULL_PARAMETER,
                "manager and out must not be NULL",
            );
        }
        // SAFETY: non-null and live per contract.
        let ev = unsafe { mgr(m) }.next_event();
        let p = ev.map_or(std::ptr::null_mut(), |e| {
            Box::into_raw(Box::new(ami_message::from_event(&e)))
        });
        // SAFETY: non-null, writable.
        unsafe { *out = p };
        ami_status::AMI_STATUS_OK
    })
}

/// The oldest completion of an action sent without a callback into `*out`
/// (NULL when there is none); free it with `ami_completion_free`.
///
/// # Safety
/// `m` NULL or live; `out` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_next_completion(
    m: *mut ami_manager,
    out: *mut *mut ami_completion,
) -> ami_status {
    guard(|| {
        if m.is_null() || out.is_null() {
            return fail(
                ami_status::AMI_STATUS_NULL_PARAMETER,
                "manager and out must not be NULL",
            );
        }
        // SAFETY: non-null and live per contract.
        let c = unsafe { mgr(m) }.next_completion();
        let p = c.map_or(std::ptr::null_mut(), |c| {
            Box::into_raw(Box::new(ami_completion::from(c)))
        });
        // SAFETY: non-null, writable.
        unsafe { *out = p };
        ami_status::AMI_STATUS_OK
    })
}

/// Writes the Prometheus metrics text (NUL-terminated) into `buf` when it
/// fits; returns the size needed, NUL included (0 when `m` is NULL).
///
/// # Safety
/// `m` NULL or live; `buf` NULL or `cap` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_metrics(
    m: *mut ami_manager,
    buf: *mut c_char,
    cap: usize,
) -> usize {
    if m.is_null() {
        return 0;
    }
    guard_value(0, || {
        // SAFETY: non-null and live per contract.
        let text = unsafe { mgr(m) }.metrics_text();
        // SAFETY: forwarded.
        unsafe { copy_out(text.as_bytes(), buf, cap) }
    })
}

/// The state of `server` into `*out`.
///
/// # Safety
/// `m` NULL or live; `server` NULL or NUL-terminated; `out` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_server_state(
    m: *mut ami_manager,
    server: *const c_char,
    out: *mut ami_state,
) -> ami_status {
    guard(|| {
        if m.is_null() || out.is_null() {
            return fail(
                ami_status::AMI_STATUS_NULL_PARAMETER,
                "manager and out must not be NULL",
            );
        }
        // SAFETY: forwarded.
        let key = match unsafe { cstr(server, "server") } {
            Ok(k) => k,
            Err(s) => return s,
        };
        // SAFETY: non-null and live per contract.
        match unsafe { mgr(m) }.state(key) {
            Ok(s) => {
                // SAFETY: non-null, writable.
                unsafe { *out = s.into() };
                ami_status::AMI_STATUS_OK
            }
            Err(e) => fail(cluster_status(&e), e.to_string()),
        }
    })
}

/// A thread-safe submit handle into `*out`; free it with `ami_handle_free`
/// (it may outlive the manager: then posting returns `AMI_STATUS_CLOSED`).
///
/// # Safety
/// `m` NULL or live; `out` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_handle(
    m: *mut ami_manager,
    out: *mut *mut ami_handle,
) -> ami_status {
    guard(|| {
        if m.is_null() || out.is_null() {
            return fail(
                ami_status::AMI_STATUS_NULL_PARAMETER,
                "manager and out must not be NULL",
            );
        }
        // SAFETY: non-null and live per contract.
        let h = unsafe { mgr(m) }.handle();
        // SAFETY: non-null, writable.
        unsafe { *out = Box::into_raw(Box::new(ami_handle { inner: h })) };
        ami_status::AMI_STATUS_OK
    })
}

/// Frees a handle. NULL is fine.
///
/// # Safety
/// `h` NULL or from `ami_manager_handle`, freed once.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_handle_free(h: *mut ami_handle) {
    if !h.is_null() {
        // SAFETY: created by Box::into_raw here, freed once.
        guard_value((), || drop(unsafe { Box::from_raw(h) }));
    }
}

/// From any thread: queues an action for `server` (NULL: routing) and wakes
/// the manager's selector. The outcome goes to the manager's
/// `ami_manager_next_completion`. A full queue is `AMI_STATUS_BACKPRESSURE`.
///
/// # Safety
/// `h` NULL or live; strings NULL or NUL-terminated; `headers` valid for `n_headers`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_handle_post(
    h: *const ami_handle,
    server: *const c_char,
    action: *const c_char,
    headers: *const ami_header,
    n_headers: usize,
) -> ami_status {
    guard(|| {
        if h.is_null() {
            return fail(ami_status::AMI_STATUS_NULL_PARAMETER, "handle is NULL");
        }
        // SAFETY: forwarded.
        let (key, a) = match unsafe {
            (
                opt_cstr(server, "server"),
                build_action(action, headers, n_headers),
            )
        } {
            (Ok(k), Ok(a)) => (k, a),
            (Err(s), _) | (_, Err(s)) => return s,
        };
        // SAFETY: non-null and live per contract.
        match unsafe { &*h }.inner.post(key, Box::new(a)) {
            Ok(()) => ami_status::AMI_STATUS_OK,
            Err(e) => fail(cluster_status(&e), e.to_string()),
        }
    })
}
