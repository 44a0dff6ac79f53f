//! `ami_stats` / `ami_server_stats`: every counter and gauge as plain C
//! structs (the Rust `ManagerStats` / `ServerStats`), read without parsing
//! the metrics text and without allocating.
//!
//! Both structs hold only `uint64_t` fields and only ever grow at their
//! end; the caller passes `sizeof` of the struct it was compiled with, and
//! libami writes that many bytes at most, so a program built against an
//! older header keeps working with a newer library.

use std::ffi::c_char;

use ami_cluster::{CircuitState, ManagerStats, ServerStats, Stats};

use crate::boundary::{Result, fail, ffi_status, try_str};
use crate::manager::{ami_manager, cluster_status, manager};
use crate::status::ami_status;
use crate::types::ami_state;

/// One connection's counters (summed over servers in `ami_stats`).
#[repr(C)]
#[derive(Debug, Clone, Copy, Default)]
#[allow(non_camel_case_types)]
pub struct ami_counters {
    /// Bytes received.
    pub bytes_in: u64,
    /// Bytes handed to the socket.
    pub bytes_out: u64,
    /// Frames decoded.
    pub frames: u64,
    /// Events received (queued or dropped).
    pub events: u64,
    /// Events dropped because a server's event queue was full.
    pub dropped_events: u64,
    /// Frames that were neither event nor response.
    pub garbage_frames: u64,
    /// Frames refused by the decoder's limits.
    pub protocol_errors: u64,
    /// Responses matching no pending action.
    pub unmatched: u64,
    /// Actions accepted for sending.
    pub actions_sent: u64,
    /// Actions completed with a result.
    pub actions_ok: u64,
    /// Actions the server refused or failed.
    pub actions_failed: u64,
    /// Actions that timed out.
    pub actions_timed_out: u64,
    /// Actions failed by a lost connection.
    pub actions_lost: u64,
    /// Actions failed because their list passed max_action_bytes or max_list_items.
    pub actions_overflowed: u64,
    /// Frames of an overflowed action's list dropped unbuffered.
    pub discarded_items: u64,
    /// Connection attempts started.
    pub connect_attempts: u64,
    /// Times a link became Ready again.
    pub reconnects: u64,
    /// Times a circuit breaker opened.
    pub circuit_opens: u64,
    /// Heartbeat Pings sent.
    pub heartbeats: u64,
}

impl From<Stats> for ami_counters {
    fn from(s: Stats) -> Self {
        Self {
            bytes_in: s.bytes_in,
            bytes_out: s.bytes_out,
            frames: s.frames,
            events: s.events,
            dropped_events: s.dropped_events,
            garbage_frames: s.garbage_frames,
            protocol_errors: s.protocol_errors,
            unmatched: s.unmatched,
            actions_sent: s.actions_sent,
            actions_ok: s.actions_ok,
            actions_failed: s.actions_failed,
            actions_timed_out: s.actions_timed_out,
            actions_lost: s.actions_lost,
            actions_overflowed: s.actions_overflowed,
            discarded_items: s.discarded_items,
            connect_attempts: s.connect_attempts,
            reconnects: s.reconnects,
            circuit_opens: s.circuit_opens,
            heartbeats: s.heartbeats,
        }
    }
}

/// The whole manager: `ami_manager_stats`.
#[repr(C)]
#[derive(Debug, Clone, Copy, Default)]
#[allow(non_camel_case_types)]
pub struct ami_stats {
    /// Servers added.
    pub servers: u64,
    /// Servers Ready.
    pub servers_ready: u64,
    /// Servers whose circuit breaker is open.
    pub circuits_open: u64,
    /// Actions waiting for their outcome.
    pub pending: u64,
    /// Events waiting in the servers' queues.
    pub queue_depth: u64,
    /// Events waiting in the event pull queue.
    pub pulled_events_waiting: u64,
    /// Completions waiting in the completion pull queue.
    pub pulled_completions_waiting: u64,
    /// Events no listener wanted while event pull was off (dropped).
    pub unhandled_events: u64,
    /// Outcomes nobody chose a destination for (dropped).
    pub unclaimed_completions: u64,
    /// Events dropped from the full event pull queue.
    pub pull_dropped_events: u64,
    /// Completions dropped from the full completion pull queue.
    pub pull_dropped_completions: u64,
    /// Handle submissions the manager refused (each a failed completion).
    pub refused_submissions: u64,
    /// Ticks refused because one was running (called from a callback).
    pub reentrant_ticks: u64,
    /// Selector wait failures.
    pub poll_errors: u64,
    /// Tick timeouts above 250 ms that were clamped.
    pub clamped_ticks: u64,
    /// Listener or callback panics contained.
    pub listener_panics: u64,
    /// Every server's counters, summed.
    pub totals: ami_counters,
}

impl From<ManagerStats> for ami_stats {
    fn from(s: ManagerStats) -> Self {
        let c = s.counters;
        Self {
            servers: s.servers as u64,
            servers_ready: s.servers_ready as u64,
            circuits_open: s.circuits_open as u64,
            pending: s.pending as u64,
            queue_depth: s.queue_depth as u64,
            pulled_events_waiting: s.pulled_events_waiting as u64,
            pulled_completions_waiting: s.pulled_completions_waiting as u64,
            unhandled_events: c.unhandled_events,
            unclaimed_completions: c.unclaimed_completions,
            pull_dropped_events: c.pull_dropped_events,
            pull_dropped_completions: c.pull_dropped_completions,
            refused_submissions: c.refused_submissions,
            reentrant_ticks: c.reentrant_ticks,
            poll_errors: c.poll_errors,
            clamped_ticks: c.clamped_ticks,
            listener_panics: s.listener_panics,
            totals: s.totals.into(),
        }
    }
}

/// One server: `ami_manager_server_stats`.
#[repr(C)]
#[derive(Debug, Clone, Copy, Default)]
#[allow(non_camel_case_types)]
pub struct ami_server_stats {
    /// Its `ami_state`, as an integer.
    pub state: u64,
    /// Circuit breaker: 0 closed, 1 half-open, 2 open.
    pub circuit: u64,
    /// Actions waiting for their outcome.
    pub pending: u64,
    /// Events waiting in its queue.
    pub queue_depth: u64,
    /// Listener or callback panics contained.
    pub listener_panics: u64,
    /// Actions whose latency was measured (send to outcome).
    pub latency_count: u64,
    /// Sum of those latencies, in microseconds.
    pub latency_sum_us: u64,
    /// Its connection's counters.
    pub counters: ami_counters,
}

impl From<ServerStats> for ami_server_stats {
    fn from(s: ServerStats) -> Self {
        Self {
            state: ami_state::from(s.state) as u64,
            circuit: match s.circuit {
                CircuitState::Closed => 0,
                CircuitState::HalfOpen => 1,
                CircuitState::Open => 2,
            },
            pending: s.pending as u64,
            queue_depth: s.queue_depth as u64,
            listener_panics: s.listener_panics,
            latency_count: s.latency_count,
            latency_sum_us: (s.latency_sum_secs * 1e6) as u64,
            counters: s.conn.into(),
        }
    }
}

/// Copies the first `size` bytes of `value` to `out`: a caller compiled
/// against an older (shorter) struct gets the fields it knows.
///
/// # Safety
/// `out` is non-NULL and writable for `size` bytes.
unsafe fn write_prefix<T: Copy>(value: &T, out: *mut T, size: usize) -> Result<()> {
    if size == 0 || size % 8 != 0 {
        return Err(fail(
            ami_status::AMI_STATUS_INVALID_ARGUMENT,
            format!("size {size} is not the sizeof of a stats struct (a non-zero multiple of 8)"),
        ));
    }
    let n = size.min(size_of::<T>());
    // SAFETY: `value` is a live `T` (n <= its size); `out` is writable for
    // `size >= n` bytes per the caller's contract; they cannot overlap (one
    // is on this stack frame).
    unsafe {
        std::ptr::copy_nonoverlapping(std::ptr::from_ref(value).cast::<u8>(), out.cast(), n);
    }
    Ok(())
}

/// Every counter and gauge of the manager into `*out`, which is `size`
/// bytes long: pass `sizeof(ami_stats)`. Reads are cheap (no allocation;
/// one pass over the servers) and may be done every tick, from callbacks
/// too.
///
/// Returns `AMI_STATUS_OK`, `AMI_STATUS_NULL_PARAMETER`,
/// `AMI_STATUS_INVALID_ARGUMENT` (`size` 0 or not a multiple of 8),
/// `AMI_STATUS_CLOSED`.
///
/// # Safety
/// `m` NULL or live; `out` NULL or writable for `size` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_stats(
    m: *mut ami_manager,
    out: *mut ami_stats,
    size: usize,
) -> ami_status {
    ffi_status! {
        // SAFETY: forwarded from the caller's contract.
        let manager = unsafe { manager(m) }?;
        if out.is_null() {
            return Err(crate::boundary::null("out"));
        }
        let st = ami_stats::from(manager.stats());
        // SAFETY: non-NULL, writable for `size` bytes per the contract.
        unsafe { write_prefix(&st, out, size) }
    }
}

/// One server's counters and gauges into `*out`, which is `size` bytes
/// long: pass `sizeof(ami_server_stats)`.
///
/// Returns `AMI_STATUS_OK`, `AMI_STATUS_NULL_PARAMETER`,
/// `AMI_STATUS_INVALID_ARGUMENT` (not UTF-8; `size` 0 or not a multiple of
/// 8), `AMI_STATUS_UNKNOWN_SERVER`, `AMI_STATUS_CLOSED`.
///
/// # Safety
/// `m` NULL or live; `server` NULL or NUL-terminated; `out` NULL or
/// writable for `size` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ami_manager_server_stats(
    m: *mut ami_manager,
    server: *const c_char,
    out: *mut ami_server_stats,
    size: usize,
) -> ami_status {
    ffi_status! {
        // SAFETY: forwarded from the caller's contract.
        let manager = unsafe { manager(m) }?;
        let key = try_str!(server);
        if out.is_null() {
            return Err(crate::boundary::null("out"));
        }
        let st = manager.server_stats(key).map_err(|e| cluster_status(&e))?;
        let st = ami_server_stats::from(st);
        // SAFETY: non-NULL, writable for `size` bytes per the contract.
        unsafe { write_prefix(&st, out, size) }
    }
}
