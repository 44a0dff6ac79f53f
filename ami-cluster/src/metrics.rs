//! Counters and gauges per server, rendered in the Prometheus text format,
//! and a health snapshot per server.

use std::fmt::Write;
use std::time::{Duration, Instant};

use ami_conn::{CircuitState, State};

/// Upper bounds of the action latency histogram, in seconds.
pub const LATENCY_BUCKETS: [f64; 10] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1.0,
];

/// What the manager counts per server beyond the connection's own stats.
#[derive(Debug, Clone, Default)]
pub(crate) struct ServerMetrics {
    /// Histogram counts per bucket (cumulative when rendered), then +Inf.
    pub(crate) latency: [u64; LATENCY_BUCKETS.len() + 1],
    pub(crate) latency_sum: f64,
    pub(crate) listener_panics: u64,
    pub(crate) last_error: Option<String>,
}

impl ServerMetrics {
    pub(crate) fn observe(&mut self, d: Duration) {
        let s = d.as_secs_f64();
        let i = LATENCY_BUCKETS
            .iter()
            .position(|b| s <= *b)
            .unwrap_or(LATENCY_BUCKETS.len());
        self.latency[i] += 1;
        self.latency_sum += s;
    }
}

/// One server's health.
#[derive(Debug, Clone, PartialEq)]
pub struct Health {
    /// The server key.
    pub server_key: String,
    /// Connection state.
    pub state: State,
    /// Circuit breaker state.
    pub circuit: CircuitState,
    /// Actions waiting for an outcome.
    pub pending: usize,
    /// Events waiting in its queue.
    pub queue_depth: usize,
    /// Events dropped because its queue was full.
    pub dropped_events: u64,
    /// The last disconnect reason, redacted.
    pub last_error: Option<String>,
}

pub(crate) fn circuit_gauge(c: CircuitState) -> u8 {
    match c {
        CircuitState::Closed => 0,
        CircuitState::HalfOpen => 1,
        CircuitState::Open => 2,
    }
}

/// Renders every metric. Label values are server keys (escaped).
pub(crate) fn render(
    servers: &[&crate::server::Server],
    counters: &crate::manager::Counters,
    now: Instant,
) -> String {
    let mut out = String::with_capacity(1024 + servers.len() * 2048);
    let mut family =
        |name: &str, kind: &str, help: &str, rows: &mut dyn Iterator<Item = (String, String)>| {
            let _ = writeln!(out, "# HELP {name} {help}");
            let _ = writeln!(out, "# TYPE {name} {kind}");
            for (labels, value) in rows {
                let _ = writeln!(out, "{name}{{{labels}}} {value}");
            }
        };
    let label = |k: &str| format!("server=\"{}\"", escape(k));
    macro_rules! per_server {
        ($name:expr, $kind:expr, $help:expr, |$s:ident| $v:expr) => {
            family(
                $name,
                $kind,
                $help,
                &mut servers.iter().map(|$s| (label(&$s.key), ($v).to_string())),
            );
        };
    }
    per_server!("ami_up", "gauge", "1 when the connection is Ready.", |s| {
        u8::from(s.conn.state() == State::Ready)
    });
    per_server!(
        "ami_events_received_total",
        "counter",
        "Events received.",
        |s| s.conn.stats().events
    );
    per_server!(
        "ami_dropped_events_total",
        "counter",
        "Events dropped because the event queue was full.",
        |s| s.conn.stats().dropped_events
    );
    per_server!(
        "ami_event_queue_depth",
        "gauge",
        "Events waiting to be dispatched.",
        |s| s.conn.queue_depth()
    );
    per_server!(
        "ami_pending_actions",
        "gauge",
        "Actions waiting for their outcome.",
        |s| s.conn.pending_count()
    );
    per_server!(
        "ami_actions_sent_total",
        "counter",
        "Actions accepted for sending.",
        |s| s.conn.stats().actions_sent
    );
    family(
        "ami_actions_completed_total",
        "counter",
        "Actions completed, by outcome.",
        &mut servers.iter().flat_map(|s| {
            let st = s.conn.stats();
            [
                ("ok", st.actions_ok),
                ("failed", st.actions_failed),
                ("timeout", st.actions_timed_out),
                ("lost", st.actions_lost),
            ]
            .into_iter()
            .map(move |(o, v)| (format!("{},outcome=\"{o}\"", label(&s.key)), v.to_string()))
        }),
    );
    per_server!(
        "ami_action_overflows_total",
        "counter",
        "Actions failed because their collected events passed max_action_bytes or max_list_items.",
        |s| s.conn.stats().actions_overflowed
    );
    per_server!(
        "ami_discarded_list_items_total",
        "counter",
        "Frames of an overflowed action's list dropped unbuffered.",
        |s| s.conn.stats().discarded_items
    );
    per_server!(
        "ami_unmatched_responses_total",
        "counter",
        "Responses matching no pending action.",
        |s| s.conn.stats().unmatched
    );
    per_server!(
        "ami_protocol_errors_total",
        "counter",
        "Frames refused by the decoder's limits.",
        |s| s.conn.stats().protocol_errors
    );
    per_server!(
        "ami_garbage_frames_total",
        "counter",
        "Frames that were neither event nor response.",
        |s| s.conn.stats().garbage_frames
    );
    per_server!(
        "ami_reconnects_total",
        "counter",
        "Times the connection became Ready again.",
        |s| s.conn.stats().reconnects
    );
    per_server!(
        "ami_connect_attempts_total",
        "counter",
        "Connection attempts started.",
        |s| s.conn.stats().connect_attempts
    );
    per_server!(
        "ami_circuit_state",
        "gauge",
        "Circuit breaker: 0 closed, 1 half-open, 2 open.",
        |s| circuit_gauge(s.conn.circuit(now))
    );
    per_server!(
        "ami_circuit_opens_total",
        "counter",
        "Times the circuit breaker opened.",
        |s| s.conn.stats().circuit_opens
    );
    per_server!(
        "ami_bytes_received_total",
        "counter",
        "Bytes received.",
        |s| s.conn.stats().bytes_in
    );
    per_server!("ami_bytes_sent_total", "counter", "Bytes sent.", |s| s
        .conn
        .stats()
        .bytes_out);
    per_server!(
        "ami_listener_panics_total",
        "counter",
        "Listener or callback panics contained.",
        |s| s.metrics.listener_panics
    );
    let _ = writeln!(
        out,
        "# HELP ami_action_latency_seconds Time from send to outcome."
    );
    let _ = writeln!(out, "# TYPE ami_action_latency_seconds histogram");
    for s in servers {
        let l = label(&s.key);
        let mut cum = 0;
        for (i, b) in LATENCY_BUCKETS.iter().enumerate() {
            cum += s.metrics.latency[i];
            let _ = writeln!(
                out,
                "ami_action_latency_seconds_bucket{{{l},le=\"{b}\"}} {cum}"
            );
        }
        cum += s.metrics.latency[LATENCY_BUCKETS.len()];
        let _ = writeln!(
            out,
            "ami_action_latency_seconds_bucket{{{l},le=\"+Inf\"}} {cum}"
        );
        let _ = writeln!(
            out,
            "ami_action_latency_seconds_sum{{{l}}} {}",
            s.metrics.latency_sum
        );
        let _ = writeln!(out, "ami_action_latency_seconds_count{{{l}}} {cum}");
    }
    for (name, help, v) in [
        (
            "ami_tick_timeout_clamped_total",
            "Tick timeouts above 250 ms that were clamped.",
            counters.clamped_ticks,
        ),
        (
            "ami_reentrant_ticks_total",
            "Ticks refused because they were called from inside a callback.",
            counters.reentrant_ticks,
        ),
        (
            "ami_refused_submissions_total",
            "Handle submissions refused by the manager (each became a failed completion).",
            counters.refused_submissions,
        ),
        (
            "ami_poll_errors_total",
            "Selector wait failures.",
            counters.poll_errors,
        ),
        (
            "ami_events_unhandled_total",
            "Events no listener wanted while event pull was off (received, then dropped).",
            counters.unhandled_events,
        ),
        (
            "ami_completions_unclaimed_total",
            "Outcomes of sends that chose no destination while completion pull was off (dropped).",
            counters.unclaimed_completions,
        ),
        (
            "ami_pull_dropped_events_total",
            "Events dropped from the full event pull queue.",
            counters.pull_dropped_events,
        ),
        (
            "ami_pull_dropped_completions_total",
            "Completions dropped from the full completion pull queue.",
            counters.pull_dropped_completions,
        ),
    ] {
        let _ = writeln!(out, "# HELP {name} {help}");
        let _ = writeln!(out, "# TYPE {name} counter");
        let _ = writeln!(out, "{name} {v}");
    }
    out
}

fn escape(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}
