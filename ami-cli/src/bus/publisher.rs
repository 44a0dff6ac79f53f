//! The event bridge: a bounded queue the tick thread pushes into without
//! ever blocking, and a publisher thread that drains it with pipelined
//! `XADD ... MAXLEN ~` or `PUBLISH` through the `redis` crate. While Redis
//! is slow or down the oldest events are dropped and counted; failures are
//! counted by cause in [`Stats`].

use std::collections::VecDeque;
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use redis::Value;

use super::stats::Stats;
use super::{Backoff, Conn, Target, breaks_link, error_kind};

/// Where events go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Sink {
    /// `XADD name MAXLEN ~ maxlen * event <json>`.
    Stream { name: String, maxlen: u64 },
    /// `PUBLISH name <json>`.
    Channel(String),
}

/// Events sent in one pipeline.
const BATCH: usize = 512;

/// How often an idle publisher pings (keeps `ami_redis_up` honest).
const HEARTBEAT: Duration = Duration::from_secs(1);

/// How long the exit waits for the last flush.
const EXIT_FLUSH: Duration = Duration::from_secs(1);

/// A batch whose pipeline failed this many times in a row is dropped
/// (counted): a reply the client cannot parse must not wedge the bridge.
const MAX_ATTEMPTS: u32 = 3;

#[derive(Default)]
struct Inner {
    items: VecDeque<String>,
    dropped: u64,
    published: u64,
    rejected: u64,
    failed: u64,
    stop: bool,
}

struct Shared {
    inner: Mutex<Inner>,
    wake: Condvar,
    stats: Stats,
}

impl Shared {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Waits up to `d` or until stopped; true when stopping.
    fn pause(&self, d: Duration) -> bool {
        let g = self.lock();
        if g.stop {
            return true;
        }
        let (g, _) = self
            .wake
            .wait_timeout_while(g, d, |g| !g.stop)
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        g.stop
    }
}

/// The bridge. Dropping it stops the publisher after a bounded last flush.
pub(crate) struct Publisher {
    shared: Arc<Shared>,
    capacity: usize,
    /// Signalled when the thread ends (in a mutex: the publisher is shared
    /// with the event listener, which must be `Sync`).
    done: Mutex<Option<mpsc::Receiver<()>>>,
}

/// What [`Publisher::stats`] reports.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct PublishStats {
    pub(crate) published: u64,
    pub(crate) dropped: u64,
    pub(crate) rejected: u64,
    pub(crate) failed: u64,
    pub(crate) queued: usize,
}

impl Publisher {
    /// Starts the publisher thread.
    pub(crate) fn start(target: Target, sink: Sink, capacity: usize) -> Self {
        let shared = Arc::new(Shared {
            inner: Mutex::default(),
            wake: Condvar::new(),
            stats: Stats::new("events"),
        });
        let s = shared.clone();
        let (tx, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("ami-redis-events".into())
            .spawn(move || {
                run(&target, &sink, &s);
                let _ = tx.send(());
            });
        if let Err(e) = spawned {
            log::error!("cannot start the Redis publisher thread: {e}");
        }
        Self {
            shared,
            capacity: capacity.max(1),
            done: Mutex::new(Some(rx)),
        }
    }

    /// Queues one JSON event; never blocks (drops the oldest when full).
    pub(crate) fn push(&self, json: String) {
        let mut g = self.shared.lock();
        if g.items.len() >= self.capacity {
            g.items.pop_front();
            g.dropped += 1;
        }
        // The publisher waits only for an empty queue (the predicate is
        // checked under the lock): wake it on the first event only, not
        // with a system call per event.
        let was_empty = g.items.is_empty();
        g.items.push_back(json);
        drop(g);
        if was_empty {
            self.shared.wake.notify_one();
        }
    }

    /// Counters.
    pub(crate) fn stats(&self) -> PublishStats {
        let g = self.shared.lock();
        PublishStats {
            published: g.published,
            dropped: g.dropped,
            rejected: g.rejected,
            failed: g.failed,
            queued: g.items.len(),
        }
    }

    /// Prometheus lines of the bridge.
    pub(crate) fn metrics(&self, out: &mut String) {
        let s = self.stats();
        out.push_str(&format!(
            "# HELP ami_redis_published_total Events Redis accepted.\n# TYPE ami_redis_published_total counter\nami_redis_published_total {}\n\
             # HELP ami_redis_dropped_total Events dropped, oldest first, because the queue was full while Redis was slow or down.\n# TYPE ami_redis_dropped_total counter\nami_redis_dropped_total {}\n\
             # HELP ami_redis_rejected_total Events Redis answered with an error reply.\n# TYPE ami_redis_rejected_total counter\nami_redis_rejected_total {}\n\
             # HELP ami_redis_failed_total Events given up after {MAX_ATTEMPTS} failed pipelines.\n# TYPE ami_redis_failed_total counter\nami_redis_failed_total {}\n\
             # HELP ami_redis_queued Events waiting for Redis.\n# TYPE ami_redis_queued gauge\nami_redis_queued {}\n",
            s.published, s.dropped, s.rejected, s.failed, s.queued
        ));
        self.shared.stats.metrics(out);
    }
}

impl Drop for Publisher {
    fn drop(&mut self) {
        self.shared.lock().stop = true;
        self.shared.wake.notify_all();
        // Bounded: a Redis that never answers must not hold the exit.
        let rx = self
            .done
            .get_mut()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take();
        if let Some(rx) = rx {
            let _ = rx.recv_timeout(EXIT_FLUSH + Duration::from_millis(500));
        }
    }
}

fn pipeline(sink: &Sink, batch: &[String]) -> redis::Pipeline {
    let mut p = redis::pipe();
    for json in batch {
        match sink {
            Sink::Stream { name, maxlen } => p
                .cmd("XADD")
                .arg(name)
                .arg("MAXLEN")
                .arg("~")
                .arg(*maxlen)
                .arg("*")
                .arg("event")
                .arg(json),
            Sink::Channel(name) => p.cmd("PUBLISH").arg(name).arg(json),
        };
    }
    p
}

fn run(target: &Target, sink: &Sink, shared: &Shared) {
    let mut backoff = Backoff::new(Duration::from_millis(50), Duration::from_secs(5));
    let mut batch: Vec<String> = Vec::new();
    let mut attempts = 0u32;
    loop {
        // Stopping while disconnected: nothing more can be delivered.
        if shared.lock().stop {
            return;
        }
        let mut conn: Conn = match target.connect() {
            Ok(c) => c,
            Err(e) => {
                shared.stats.error(&e, true);
                if shared.pause(backoff.failed()) {
                    return;
                }
                continue;
            }
        };
        shared.stats.connected();
        loop {
            if batch.is_empty() {
                let mut g = shared.lock();
                if g.items.is_empty() && !g.stop {
                    g = shared
                        .wake
                        .wait_timeout_while(g, HEARTBEAT, |g| g.items.is_empty() && !g.stop)
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .0;
                }
                let n = g.items.len().min(BATCH);
                batch.extend(g.items.drain(..n));
                let stop = g.stop;
                drop(g);
                if batch.is_empty() {
                    if stop {
                        return;
                    }
                    match redis::cmd("PING").query::<Value>(&mut conn) {
                        Ok(_) => {
                            shared.stats.ok();
                            backoff.succeeded();
                            continue;
                        }
                        Err(e) => {
                            shared.stats.error(&e, true);
                            break;
                        }
                    }
                }
            }
            // XADD to one stream: one pipeline per node on a cluster too.
            let per_node = matches!(sink, Sink::Stream { .. });
            match conn.outcomes(&mut pipeline(sink, &batch), per_node) {
                Ok((ok, errors)) => {
                    attempts = 0;
                    let rejected = errors.len() as u64;
                    for e in &errors {
                        shared.stats.error(e, false);
                    }
                    // A short reply list cannot happen with a sane client;
                    // count the difference rather than trust it.
                    let missing = (batch.len() as u64).saturating_sub(ok + rejected);
                    {
                        let mut g = shared.lock();
                        g.published += ok;
                        g.rejected += rejected + missing;
                    }
                    batch.clear();
                    if ok > 0 {
                        shared.stats.ok();
                        backoff.succeeded();
                    } else if shared.pause(backoff.failed()) {
                        // Every event refused (OOM, a wrong type, a hostile
                        // server answering -ERR): wait instead of hammering.
                        return;
                    }
                }
                Err(e) => {
                    attempts += 1;
                    let lost = breaks_link(&e);
                    shared.stats.error(&e, lost);
                    if attempts >= MAX_ATTEMPTS {
                        log::warn!(
                            "redis (events): {} events given up after {attempts} failed attempts ({})",
                            batch.len(),
                            error_kind(&e)
                        );
                        shared.lock().failed += batch.len() as u64;
                        batch.clear();
                        attempts = 0;
                    }
                    if lost || shared.lock().stop {
                        break;
                    }
                }
            }
        }
        if shared.pause(backoff.failed()) {
            return;
        }
    }
}
