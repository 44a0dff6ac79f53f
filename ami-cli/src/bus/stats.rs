//! Counters of one Redis user (a role: `events`, `gateway_read`,
//! `gateway_write`), shared between its thread and the metrics endpoint.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use redis::RedisError;

use super::error_kind;

/// `ami_redis_up` is 1 only when a reply arrived within this window; the
/// threads send a `PING` when they have nothing else to say for a second,
/// so a live link never ages past it.
pub(crate) const UP_WINDOW: Duration = Duration::from_secs(5);

#[derive(Default)]
struct Inner {
    errors: BTreeMap<&'static str, u64>,
    last_ok: Option<Instant>,
    connected: bool,
    connects: u64,
    last_error: Option<String>,
}

/// Counters and the last successful reply of one role.
pub(crate) struct Stats {
    role: &'static str,
    inner: Mutex<Inner>,
}

impl Stats {
    /// Empty counters for `role`.
    pub(crate) fn new(role: &'static str) -> Self {
        Self {
            role,
            inner: Mutex::default(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// A failure, counted by cause; `link_lost` when the link is dropped.
    pub(crate) fn error(&self, e: &RedisError, link_lost: bool) {
        self.error_kind(error_kind(e), &e.to_string(), link_lost);
    }

    /// A failure of a named kind.
    pub(crate) fn error_kind(&self, kind: &'static str, message: &str, link_lost: bool) {
        let mut g = self.lock();
        *g.errors.entry(kind).or_insert(0) += 1;
        if link_lost {
            g.connected = false;
        }
        let first = g.last_error.is_none();
        g.last_error = Some(message.to_owned());
        drop(g);
        // One line when the cause changes is enough; the counters say how often.
        if first {
            log::warn!("redis ({}): {kind}: {message}", self.role);
        }
    }

    /// A new link (not yet proof of a working Redis).
    pub(crate) fn connected(&self) {
        let mut g = self.lock();
        g.connected = true;
        g.connects += 1;
    }

    /// A successful reply.
    pub(crate) fn ok(&self) {
        let mut g = self.lock();
        g.last_ok = Some(Instant::now());
        if g.last_error.take().is_some() {
            log::info!("redis ({}): replying again", self.role);
        }
    }

    /// Prometheus lines (without HELP/TYPE, see [`metrics_header`]).
    pub(crate) fn metrics(&self, out: &mut String) {
        let g = self.lock();
        let role = self.role;
        let up = g.connected && g.last_ok.is_some_and(|t| t.elapsed() < UP_WINDOW);
        out.push_str(&format!(
            "ami_redis_up{{role=\"{role}\"}} {}\n",
            u8::from(up)
        ));
        out.push_str(&format!(
            "ami_redis_connects_total{{role=\"{role}\"}} {}\n",
            g.connects
        ));
        for (kind, n) in &g.errors {
            out.push_str(&format!(
                "ami_redis_errors_total{{role=\"{role}\",kind=\"{kind}\"}} {n}\n"
            ));
        }
    }
}

/// HELP and TYPE lines of the shared families.
pub(crate) fn metrics_header() -> &'static str {
    "# HELP ami_redis_up 1 when Redis replied within the last 5 s on a live link.\n# TYPE ami_redis_up gauge\n\
     # HELP ami_redis_connects_total Links opened to Redis (a link is not proof of a working Redis).\n# TYPE ami_redis_connects_total counter\n\
     # HELP ami_redis_errors_total Redis failures by cause (timeout, refused, closed, io, parse, auth, server, cluster, ...).\n# TYPE ami_redis_errors_total counter\n"
}
