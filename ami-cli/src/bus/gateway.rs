//! The action gateway: requests from Redis Streams in, completions out.
//!
//! Three parties, none of which blocks another:
//! - the reader thread (`XREADGROUP`, `XAUTOCLAIM`) parses requests, marks
//!   each one started in its dedupe record (`SET key marker NX GET`, one
//!   pipeline per batch) and hands the new ones to the tick thread through
//!   a bounded queue, waking the selector;
//! - the tick thread ([`Gateway::pump`]) sends them with the manager and,
//!   from each completion callback, queues the result;
//! - the writer thread appends each result to its reply stream and stores
//!   it in the dedupe record in one atomic script (compare-and-set on the
//!   record, so a result is written once even when two workers race on a
//!   claimed entry), and `XACK`s the request only after that succeeded.
//!
//! Guarantees and their limits are in the README ("Scaling out").

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, mpsc};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use ami_cluster::{AmiClientManager, ClusterError, ManagerHandle};
use ami_conn::{SendError, SendOptions};
use ami_proto::Redactor;
use redis::Value;
use serde_json::json;

use super::request::{self, BadRequest, Fields, Request};
use super::stats::Stats;
use super::{Backoff, Conn, Target, breaks_link};

/// Requests read per stream read, at most.
const READ_COUNT: usize = 256;
/// How long one blocking read waits (single Redis).
const BLOCK_MS: u64 = 200;
/// Results written per pipeline, at most.
const WRITE_BATCH: usize = 256;
/// Attempts at writing one result before giving up on it (the request
/// then stays pending and is claimed again after the idle time).
const MAX_WRITE_ATTEMPTS: u32 = 5;
/// A started marker whose deadline passed this long ago belongs to a worker
/// that stopped: the claimer answers `unknown`.
const STALE_GRACE_MS: u64 = 2_000;
/// How long the exit waits for queued results to be written.
const EXIT_FLUSH: Duration = Duration::from_secs(2);

/// The writer's script: append the result and store the record, only if
/// the record is still what this writer expects (ARGV[1], or absent when
/// ARGV[1] is empty); returns the new entry id, or nil when someone else
/// answered first.
const WRITE_SCRIPT: &str = r"
local cur = redis.call('GET', KEYS[2])
if ARGV[1] == '' then
  if cur then return false end
elseif cur ~= ARGV[1] then
  return false
end
local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[4], '*', unpack(ARGV, 5))
redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[3])
return id
";

/// Settings of the gateway.
#[derive(Debug, Clone)]
pub(crate) struct Config {
    /// Stream names start with it: `PREFIX:{server}`, `PREFIX:routed`,
    /// `PREFIX:results`.
    pub(crate) prefix: String,
    /// Consumer group name.
    pub(crate) group: String,
    /// This worker's consumer name.
    pub(crate) consumer: String,
    /// Servers this worker owns (it reads their streams).
    pub(crate) owned: Vec<String>,
    /// Every configured server and the shard that owns it.
    pub(crate) owners: HashMap<String, u32>,
    /// Pending entries idle this long are claimed.
    pub(crate) claim_idle: Duration,
    /// How long a completed id is remembered.
    pub(crate) dedupe_window: Duration,
    /// Requests read and not yet acknowledged, at most.
    pub(crate) max_inflight: usize,
    /// Approximate MAXLEN of reply streams.
    pub(crate) result_maxlen: u64,
    /// The servers' action timeout (for requests without `timeout_ms`).
    pub(crate) default_timeout: Duration,
}

impl Config {
    /// The stream of one server (hash-tagged: one slot per server).
    pub(crate) fn server_stream(&self, key: &str) -> String {
        format!("{}:{{{key}}}", self.prefix)
    }

    fn routed_stream(&self) -> String {
        format!("{}:routed", self.prefix)
    }

    fn default_reply(&self) -> String {
        format!("{}:results", self.prefix)
    }

    /// Every stream this worker reads: its servers', then the routed one.
    fn streams(&self) -> Vec<String> {
        let mut s: Vec<String> = self.owned.iter().map(|k| self.server_stream(k)).collect();
        s.push(self.routed_stream());
        s
    }
}

/// The hash tag Redis Cluster would use for `key` (the whole key without one).
fn slot_tag(key: &str) -> &str {
    if let Some(open) = key.find('{') {
        if let Some(len) = key[open + 1..].find('}') {
            if len > 0 {
                return &key[open + 1..open + 1 + len];
            }
        }
    }
    key
}

/// The dedupe record of `id` for results going to `reply_to`: in the reply
/// stream's slot, so the script can touch both on a cluster.
fn dedupe_key(reply_to: &str, id: &str) -> String {
    format!("{{{}}}:ami-dedupe:{id}", slot_tag(reply_to))
}

/// The record of one request entry (bad requests and replays have no id to
/// key on, or reuse one: their answer is keyed by the entry).
fn entry_key(reply_to: &str, stream: &str, entry: &str) -> String {
    format!("{{{}}}:ami-entry:{stream}/{entry}", slot_tag(reply_to))
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// A request for the tick thread.
struct Work {
    stream: String,
    entry: String,
    req: Request,
    dedupe: String,
    marker: String,
    /// `Some(server)` for a per-server stream.
    server: Option<String>,
    /// Until when it may wait for its server to be Ready (its timeout).
    deadline: Instant,
}

/// A result for the writer.
struct Answer {
    stream: String,
    entry: String,
    /// `None`: nothing to append, only acknowledge (already answered).
    write: Option<Write>,
    attempts: u32,
}

struct Write {
    reply_to: String,
    key: String,
    /// The record the key must hold (empty: must be absent).
    expect: String,
    record: String,
    fields: Fields,
}

/// Counters of the gateway.
#[derive(Default)]
struct Counters {
    requests: AtomicU64,
    bad: AtomicU64,
    replayed: AtomicU64,
    unknown: AtomicU64,
    superseded: AtomicU64,
    claimed: AtomicU64,
    acked: AtomicU64,
    write_failed: AtomicU64,
    results: Mutex<HashMap<String, u64>>,
}

struct Shared {
    cfg: Config,
    inbound: Mutex<VecDeque<Work>>,
    outbound: Mutex<VecDeque<Answer>>,
    out_wake: Condvar,
    /// Entries this process holds: read and not yet acknowledged.
    held: Mutex<HashSet<(String, String)>>,
    held_wake: Condvar,
    stop: AtomicBool,
    counters: Counters,
    read_stats: Stats,
    write_stats: Stats,
    /// Wakes the worker loop's idle sleep.
    idle: Arc<Idle>,
}

/// Wakes the worker loop when requests arrive (its idle sleep waits here).
#[derive(Default)]
pub(crate) struct Idle {
    flag: Mutex<bool>,
    wake: Condvar,
}

impl Idle {
    /// Sleeps up to `d` or until woken.
    pub(crate) fn sleep(&self, d: Duration) {
        let g = self
            .flag
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let (mut g, _) = self
            .wake
            .wait_timeout_while(g, d, |woken| !*woken)
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        *g = false;
    }

    fn wake(&self) {
        *self
            .flag
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = true;
        self.wake.notify_all();
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The gateway: owned by the worker loop, which calls [`Gateway::pump`]
/// after every tick.
pub(crate) struct Gateway {
    shared: Arc<Shared>,
    /// Requests whose server is not Ready (a restart, a reconnect): retried
    /// every tick until it is or their timeout passes.
    waiting: Mutex<VecDeque<Work>>,
    redactor: Redactor,
    done: Vec<mpsc::Receiver<()>>,
}

impl Gateway {
    /// Starts the reader and writer threads.
    pub(crate) fn start(
        target: &Target,
        cfg: Config,
        handle: ManagerHandle,
        redactor: Redactor,
        idle: Arc<Idle>,
    ) -> Self {
        let shared = Arc::new(Shared {
            cfg,
            inbound: Mutex::default(),
            outbound: Mutex::default(),
            out_wake: Condvar::new(),
            held: Mutex::default(),
            held_wake: Condvar::new(),
            stop: AtomicBool::new(false),
            counters: Counters::default(),
            read_stats: Stats::new("gateway_read"),
            write_stats: Stats::new("gateway_write"),
            idle,
        });
        let mut done = Vec::new();
        for (name, reader) in [("ami-gateway-read", true), ("ami-gateway-write", false)] {
            let (tx, rx) = mpsc::channel();
            let s = shared.clone();
            let t = target.clone();
            let h = handle.clone();
            let spawned = std::thread::Builder::new()
                .name(name.into())
                .spawn(move || {
                    if reader {
                        read_loop(&t, &s, &h);
                    } else {
                        write_loop(&t, &s);
                    }
                    let _ = tx.send(());
                });
            match spawned {
                Ok(_) => done.push(rx),
                Err(e) => log::error!("cannot start thread {name}: {e}"),
            }
        }
        Self {
            shared,
            waiting: Mutex::default(),
            redactor,
            done,
        }
    }

    /// Sends the requests the reader queued (called on the tick thread,
    /// outside callbacks). Returns how many were sent or answered.
    pub(crate) fn pump(&self, m: &mut AmiClientManager) -> usize {
        let mut batch: VecDeque<Work> = std::mem::take(&mut *lock(&self.waiting));
        {
            let mut q = lock(&self.shared.inbound);
            let n = q.len().min(1024);
            batch.extend(q.drain(..n));
        }
        let mut done = 0;
        let mut wait = VecDeque::new();
        for w in batch {
            match self.send(m, w) {
                Some(w) => wait.push_back(w),
                None => done += 1,
            }
        }
        *lock(&self.waiting) = wait;
        done
    }

    /// Sends one request; gives it back when its server is not Ready yet
    /// and its deadline has not passed.
    fn send(&self, m: &mut AmiClientManager, w: Work) -> Option<Work> {
        let cfg = &self.shared.cfg;
        let target = match (&w.server, &w.req.server) {
            (Some(s), _) => Some(s.clone()),
            (None, Some(s)) => match cfg.owners.get(s) {
                None => {
                    self.refuse(&w, "", "bad_request", &format!("unknown server {s:?}"));
                    return None;
                }
                Some(_) if !cfg.owned.contains(s) => {
                    let msg = format!(
                        "server {s:?} belongs to shard {}; send to {}",
                        cfg.owners[s],
                        cfg.server_stream(s)
                    );
                    self.refuse(&w, s, "bad_request", &msg);
                    return None;
                }
                Some(_) => Some(s.clone()),
            },
            (None, None) => None,
        };
        let mut opts = SendOptions::default();
        opts.timeout = w.req.timeout;
        let cb = self.callback(&w);
        let sent = match &target {
            Some(key) => m
                .server(key)
                .and_then(|s| s.send_with_options(&w.req.action, opts)),
            None => m.send_with_options(&w.req.action, opts),
        };
        let e = match sent {
            Ok(pending) => {
                pending.on_complete(cb);
                return None;
            }
            Err(e) => e,
        };
        let retry = matches!(
            e,
            ClusterError::NoServerReady { .. }
                | ClusterError::Send(
                    SendError::NotReady { .. }
                        | SendError::TooManyPending { .. }
                        | SendError::WriteBufferFull { .. }
                )
        );
        if retry && Instant::now() < w.deadline {
            return Some(w);
        }
        let server = target.unwrap_or_default();
        let fields = request::failed_result(&w.req.id, &server, "not_sent", &e.to_string());
        *lock(&self.shared.counters.results)
            .entry("not_sent".into())
            .or_insert(0) += 1;
        let record = done_record(&w.stream, &w.entry, &fields);
        queue_answer(
            &self.shared,
            Answer {
                stream: w.stream,
                entry: w.entry,
                write: Some(Write {
                    reply_to: w.req.reply_to,
                    key: w.dedupe,
                    expect: w.marker,
                    record,
                    fields,
                }),
                attempts: 0,
            },
        );
        None
    }

    /// The completion callback of one request: queues its result.
    fn callback(&self, w: &Work) -> ami_cluster::CompletionCallback {
        let shared = self.shared.clone();
        let redactor = self.redactor.clone();
        let (stream, entry, key, expect, id, reply_to) = (
            w.stream.clone(),
            w.entry.clone(),
            w.dedupe.clone(),
            w.marker.clone(),
            w.req.id.clone(),
            w.req.reply_to.clone(),
        );
        Box::new(move |_, done| {
            let fields = request::completion_result(&id, &redactor, &done);
            let status = fields
                .iter()
                .find(|(k, _)| k == "status")
                .map_or("error", |(_, v)| v.as_str())
                .to_owned();
            *lock(&shared.counters.results).entry(status).or_insert(0) += 1;
            let record = done_record(&stream, &entry, &fields);
            queue_answer(
                &shared,
                Answer {
                    stream,
                    entry,
                    write: Some(Write {
                        reply_to,
                        key,
                        expect,
                        record,
                        fields,
                    }),
                    attempts: 0,
                },
            );
        })
    }

    /// Answers a request that cannot be sent (its marker is replaced by the
    /// refusal, so a redelivery gets the same answer).
    fn refuse(&self, w: &Work, server: &str, status: &str, message: &str) {
        self.shared.counters.bad.fetch_add(1, Ordering::Relaxed);
        let fields = request::failed_result(&w.req.id, server, status, message);
        queue_answer(
            &self.shared,
            Answer {
                stream: w.stream.clone(),
                entry: w.entry.clone(),
                write: Some(Write {
                    reply_to: w.req.reply_to.clone(),
                    key: w.dedupe.clone(),
                    expect: w.marker.clone(),
                    record: done_record(&w.stream, &w.entry, &fields),
                    fields,
                }),
                attempts: 0,
            },
        );
    }

    /// Prometheus lines of the gateway.
    pub(crate) fn metrics(&self, out: &mut String) {
        let c = &self.shared.counters;
        let held = lock(&self.shared.held).len();
        let mut line = |name: &str, help: &str, kind: &str, v: u64| {
            out.push_str(&format!(
                "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {v}\n"
            ));
        };
        let r = |a: &AtomicU64| a.load(Ordering::Relaxed);
        line(
            "ami_gateway_requests_total",
            "Requests read from the bus (claimed ones included).",
            "counter",
            r(&c.requests),
        );
        line(
            "ami_gateway_bad_requests_total",
            "Requests answered with bad_request.",
            "counter",
            r(&c.bad),
        );
        line(
            "ami_gateway_replayed_total",
            "Requests whose id had completed: the stored result was sent again.",
            "counter",
            r(&c.replayed),
        );
        line(
            "ami_gateway_unknown_total",
            "Claimed requests started by a worker that stopped: answered unknown.",
            "counter",
            r(&c.unknown),
        );
        line(
            "ami_gateway_superseded_total",
            "Results not written because another worker answered first.",
            "counter",
            r(&c.superseded),
        );
        line(
            "ami_gateway_claimed_total",
            "Pending entries claimed from idle consumers.",
            "counter",
            r(&c.claimed),
        );
        line(
            "ami_gateway_acked_total",
            "Requests acknowledged after their result was written.",
            "counter",
            r(&c.acked),
        );
        line(
            "ami_gateway_write_failed_total",
            "Results given up after repeated write failures (left pending, claimed later).",
            "counter",
            r(&c.write_failed),
        );
        line(
            "ami_gateway_inflight",
            "Requests read and not yet acknowledged.",
            "gauge",
            held as u64,
        );
        out.push_str("# HELP ami_gateway_results_total Completions by status.\n# TYPE ami_gateway_results_total counter\n");
        for (status, n) in lock(&c.results).iter() {
            out.push_str(&format!(
                "ami_gateway_results_total{{status=\"{status}\"}} {n}\n"
            ));
        }
        self.shared.read_stats.metrics(out);
        self.shared.write_stats.metrics(out);
    }
}

impl Drop for Gateway {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        self.shared.out_wake.notify_all();
        self.shared.held_wake.notify_all();
        let deadline = Instant::now() + EXIT_FLUSH + Duration::from_millis(500);
        for rx in self.done.drain(..) {
            let left = deadline.saturating_duration_since(Instant::now());
            let _ = rx.recv_timeout(left);
        }
    }
}

fn done_record(stream: &str, entry: &str, fields: &Fields) -> String {
    json!({"state": "done", "stream": stream, "entry": entry, "result": fields}).to_string()
}

fn queue_answer(shared: &Shared, a: Answer) {
    lock(&shared.outbound).push_back(a);
    shared.out_wake.notify_one();
}

/// One entry read from a stream.
struct Entry {
    stream: String,
    id: String,
    /// `None` when the entry was deleted (trimmed) while pending.
    fields: Option<Vec<(Vec<u8>, Vec<u8>)>>,
}

fn bulk(v: &Value) -> Option<String> {
    match v {
        Value::BulkString(b) => String::from_utf8(b.clone()).ok(),
        Value::SimpleString(s) => Some(s.clone()),
        _ => None,
    }
}

fn items(v: &Value) -> Option<&[Value]> {
    match v {
        Value::Array(a) | Value::Set(a) => Some(a),
        _ => None,
    }
}

/// `[id, [f, v, ...] | nil]` entries of one stream.
fn parse_entries(stream: &str, v: &Value, out: &mut Vec<Entry>) -> Option<()> {
    for e in items(v)? {
        let pair = items(e)?;
        let id = bulk(pair.first()?)?;
        let fields = match pair.get(1) {
            None | Some(Value::Nil) => None,
            Some(f) => {
                let f = items(f)?;
                let mut kv = Vec::with_capacity(f.len() / 2);
                for c in f.chunks(2) {
                    let raw = |v: &Value| match v {
                        Value::BulkString(b) => Some(b.clone()),
                        Value::SimpleString(s) => Some(s.clone().into_bytes()),
                        _ => None,
                    };
                    kv.push((raw(&c[0])?, raw(c.get(1)?)?));
                }
                Some(kv)
            }
        };
        out.push(Entry {
            stream: stream.to_owned(),
            id,
            fields,
        });
    }
    Some(())
}

/// An `XREADGROUP` reply: `[[stream, entries], ...]` or nil (a map in RESP3).
fn parse_read(v: &Value, out: &mut Vec<Entry>) -> Option<()> {
    match v {
        Value::Nil => Some(()),
        Value::Map(m) => {
            for (k, e) in m {
                parse_entries(&bulk(k)?, e, out)?;
            }
            Some(())
        }
        _ => {
            for s in items(v)? {
                let s = items(s)?;
                parse_entries(&bulk(s.first()?)?, s.get(1)?, out)?;
            }
            Some(())
        }
    }
}

/// The reader's state across reconnects.
struct Reader<'a> {
    shared: &'a Shared,
    handle: &'a ManagerHandle,
    streams: Vec<String>,
    cursors: Vec<String>,
    next_claim: Instant,
}

fn read_loop(target: &Target, shared: &Shared, handle: &ManagerHandle) {
    let streams = shared.cfg.streams();
    let mut r = Reader {
        shared,
        handle,
        cursors: vec!["0-0".to_owned(); streams.len()],
        streams,
        next_claim: Instant::now(),
    };
    let mut backoff = Backoff::new(Duration::from_millis(50), Duration::from_secs(5));
    while !shared.stop.load(Ordering::SeqCst) {
        let mut conn = match target.connect() {
            Ok(c) => c,
            Err(e) => {
                shared.read_stats.error(&e, true);
                pause(shared, backoff.failed());
                continue;
            }
        };
        shared.read_stats.connected();
        match r.session(&mut conn, target.is_cluster(), &mut backoff) {
            Ok(()) => return,
            Err(e) => {
                shared.read_stats.error(&e, breaks_link(&e));
                pause(shared, backoff.failed());
            }
        }
    }
}

/// Sleeps up to `d`, ending early when the gateway stops.
fn pause(shared: &Shared, d: Duration) {
    let g = lock(&shared.held);
    let _ = shared
        .held_wake
        .wait_timeout_while(g, d, |_| !shared.stop.load(Ordering::SeqCst));
}

impl Reader<'_> {
    /// Runs on one link until it fails (`Err`) or the gateway stops.
    fn session(
        &mut self,
        conn: &mut Conn,
        cluster: bool,
        backoff: &mut Backoff,
    ) -> redis::RedisResult<()> {
        let shared = self.shared;
        let cfg = &shared.cfg;
        // Groups start at the beginning of their stream: requests queued
        // before the first worker started are served too.
        let mut p = redis::pipe();
        for s in &self.streams {
            p.cmd("XGROUP")
                .arg("CREATE")
                .arg(s)
                .arg(&cfg.group)
                .arg("0")
                .arg("MKSTREAM");
        }
        for r in conn.replies(&mut p)? {
            if let Err(e) = r {
                if e.code() != Some("BUSYGROUP") {
                    return Err(e);
                }
            }
        }
        shared.read_stats.ok();
        backoff.succeeded();
        // Our own pending entries first (a restart with the same consumer
        // name): they go through the dedupe record like any other.
        let mut first = true;
        while !shared.stop.load(Ordering::SeqCst) {
            let room = self.room();
            if room == 0 {
                // Full: wait for acknowledgements, still proving the link.
                let g = lock(&shared.held);
                let _ =
                    shared
                        .held_wake
                        .wait_timeout_while(g, Duration::from_millis(BLOCK_MS), |h| {
                            h.len() >= cfg.max_inflight && !shared.stop.load(Ordering::SeqCst)
                        });
                continue;
            }
            let mut entries = Vec::new();
            let mut claimed = 0;
            if Instant::now() >= self.next_claim {
                claimed = self.claim(conn, room, &mut entries)?;
                let every =
                    (cfg.claim_idle / 4).clamp(Duration::from_millis(100), Duration::from_secs(5));
                self.next_claim = Instant::now() + every;
            }
            if claimed == 0 {
                let start = if first { "0" } else { ">" };
                self.read(conn, cluster, room, start, &mut entries)?;
                first = false;
            }
            shared.read_stats.ok();
            if entries.is_empty() {
                if cluster {
                    // No blocking read across slots: poll gently.
                    pause(shared, Duration::from_millis(10));
                }
                continue;
            }
            self.accept(conn, entries)?;
        }
        Ok(())
    }

    fn room(&self) -> usize {
        let held = lock(&self.shared.held).len();
        self.shared
            .cfg
            .max_inflight
            .saturating_sub(held)
            .min(READ_COUNT)
    }

    fn read(
        &self,
        conn: &mut Conn,
        cluster: bool,
        room: usize,
        start: &str,
        out: &mut Vec<Entry>,
    ) -> redis::RedisResult<()> {
        let cfg = &self.shared.cfg;
        // COUNT bounds each stream, not the reply: split the room so one
        // read never takes more than `room` entries in all (else a worker
        // could hold streams x max-inflight requests when it dies).
        let per_stream = (room / self.streams.len().max(1)).max(1);
        let group_read = || {
            let mut c = redis::cmd("XREADGROUP");
            c.arg("GROUP")
                .arg(&cfg.group)
                .arg(&cfg.consumer)
                .arg("COUNT")
                .arg(per_stream);
            c
        };
        let bad_shape = || {
            redis::RedisError::from((
                redis::ErrorKind::UnexpectedReturnType,
                "unexpected XREADGROUP reply",
            ))
        };
        if cluster {
            // One read per stream (they live in different slots), pipelined.
            let mut p = redis::pipe();
            for s in &self.streams {
                let mut c = group_read();
                c.arg("STREAMS").arg(s).arg(start);
                p.add_command(c);
            }
            let replies = conn.query_all(&p)?;
            for v in &replies {
                parse_read(v, out).ok_or_else(bad_shape)?;
            }
        } else {
            let mut c = group_read();
            if start == ">" {
                c.arg("BLOCK").arg(BLOCK_MS);
            }
            c.arg("STREAMS").arg(&self.streams);
            for _ in &self.streams {
                c.arg(start);
            }
            let v: Value = c.query(conn)?;
            parse_read(&v, out).ok_or_else(bad_shape)?;
        }
        Ok(())
    }

    /// `XAUTOCLAIM` on every stream; returns how many entries it took.
    fn claim(
        &mut self,
        conn: &mut Conn,
        room: usize,
        out: &mut Vec<Entry>,
    ) -> redis::RedisResult<usize> {
        let cfg = &self.shared.cfg;
        let idle_ms = cfg.claim_idle.as_millis() as u64;
        let before = out.len();
        let mut deleted = Vec::new();
        for (i, s) in self.streams.iter().enumerate() {
            let room = room.saturating_sub(out.len() - before);
            if room == 0 {
                break;
            }
            let v: Value = redis::cmd("XAUTOCLAIM")
                .arg(s)
                .arg(&cfg.group)
                .arg(&cfg.consumer)
                .arg(idle_ms)
                .arg(&self.cursors[i])
                .arg("COUNT")
                .arg(room)
                .query(conn)?;
            let bad = || {
                redis::RedisError::from((
                    redis::ErrorKind::UnexpectedReturnType,
                    "unexpected XAUTOCLAIM reply",
                ))
            };
            let parts = items(&v).ok_or_else(bad)?;
            self.cursors[i] = parts.first().and_then(bulk).ok_or_else(bad)?;
            parse_entries(s, parts.get(1).ok_or_else(bad)?, out).ok_or_else(bad)?;
            // Entries trimmed away while pending: nothing to answer.
            if let Some(gone) = parts.get(2).and_then(items) {
                deleted.extend(gone.iter().filter_map(bulk).map(|id| (s.clone(), id)));
            }
        }
        if !deleted.is_empty() {
            let mut p = redis::pipe();
            for (s, id) in &deleted {
                p.cmd("XACK").arg(s).arg(&cfg.group).arg(id);
            }
            let _ = conn.replies(&mut p)?;
        }
        let n = out.len() - before;
        self.shared
            .counters
            .claimed
            .fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }

    /// Marks new requests started and hands them over; answers the rest.
    fn accept(&self, conn: &mut Conn, entries: Vec<Entry>) -> redis::RedisResult<()> {
        let shared = self.shared;
        let cfg = &shared.cfg;
        let routed = cfg.routed_stream();
        let default_reply = cfg.default_reply();
        let mut marks: Vec<(Entry, Request, String, String)> = Vec::new();
        {
            let mut held = lock(&shared.held);
            for e in entries {
                // Already ours and in flight (a re-read after a reconnect).
                if !held.insert((e.stream.clone(), e.id.clone())) {
                    continue;
                }
                shared.counters.requests.fetch_add(1, Ordering::Relaxed);
                let Some(fields) = &e.fields else {
                    // Deleted while pending: nothing to answer.
                    queue_answer(
                        shared,
                        Answer {
                            stream: e.stream,
                            entry: e.id,
                            write: None,
                            attempts: 0,
                        },
                    );
                    continue;
                };
                match request::parse(fields, &default_reply, e.stream == routed) {
                    Ok(req) => {
                        let key = dedupe_key(&req.reply_to, &req.id);
                        let deadline = now_ms()
                            + req.timeout.unwrap_or(cfg.default_timeout).as_millis() as u64;
                        let marker = json!({
                            "state": "started", "stream": e.stream, "entry": e.id,
                            "consumer": cfg.consumer, "deadline_ms": deadline,
                        })
                        .to_string();
                        marks.push((e, req, key, marker));
                    }
                    Err(bad) => {
                        shared.counters.bad.fetch_add(1, Ordering::Relaxed);
                        answer_bad(shared, &e, &bad);
                    }
                }
            }
        }
        if marks.is_empty() {
            return Ok(());
        }
        let ttl = cfg.dedupe_window.as_secs().max(1);
        let mut p = redis::pipe();
        for (_, _, key, marker) in &marks {
            p.cmd("SET")
                .arg(key)
                .arg(marker)
                .arg("NX")
                .arg("GET")
                .arg("EX")
                .arg(ttl);
        }
        let replies = conn.replies(&mut p)?;
        let mut woke = false;
        for ((e, req, key, marker), v) in marks.into_iter().zip(replies) {
            match v {
                Ok(Value::Nil | Value::Okay) => {
                    let req_timeout = req.timeout.unwrap_or(cfg.default_timeout);
                    let server = e
                        .stream
                        .strip_prefix(&format!("{}:{{", cfg.prefix))
                        .and_then(|s| s.strip_suffix('}'))
                        .map(str::to_owned);
                    lock(&shared.inbound).push_back(Work {
                        stream: e.stream,
                        entry: e.id,
                        req,
                        dedupe: key,
                        marker,
                        server,
                        deadline: Instant::now() + req_timeout,
                    });
                    woke = true;
                }
                Err(err) => {
                    // Not marked: leave it pending, it is read again later.
                    shared.read_stats.error(&err, false);
                    lock(&shared.held).remove(&(e.stream, e.id));
                }
                Ok(other) => self.seen_before(&e, &req, &key, &other),
            }
        }
        if woke {
            // Wake the selector and the worker loop's idle sleep.
            let _ = self.handle.wake();
            shared.idle.wake();
        }
        Ok(())
    }

    /// A request whose dedupe record existed: `old` is that record.
    fn seen_before(&self, e: &Entry, req: &Request, key: &str, old: &Value) {
        let shared = self.shared;
        let release = || {
            lock(&shared.held).remove(&(e.stream.clone(), e.id.clone()));
        };
        let Some(text) = bulk(old) else {
            release();
            return;
        };
        let rec: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        let same_entry = rec["stream"] == e.stream.as_str() && rec["entry"] == e.id.as_str();
        let state = rec["state"].as_str().unwrap_or("");
        match (state, same_entry) {
            ("done", true) => {
                // Answered before the crash, not acknowledged: ack only.
                queue_answer(
                    shared,
                    Answer {
                        stream: e.stream.clone(),
                        entry: e.id.clone(),
                        write: None,
                        attempts: 0,
                    },
                );
            }
            ("done", false) => {
                // A new request reusing a completed id: its stored result,
                // no second action.
                shared.counters.replayed.fetch_add(1, Ordering::Relaxed);
                let mut fields: Fields = rec["result"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|p| {
                                Some((p[0].as_str()?.to_owned(), p[1].as_str()?.to_owned()))
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                fields.push(("replayed".into(), "1".into()));
                let ekey = entry_key(&req.reply_to, &e.stream, &e.id);
                let record = done_record(&e.stream, &e.id, &fields);
                queue_answer(
                    shared,
                    Answer {
                        stream: e.stream.clone(),
                        entry: e.id.clone(),
                        write: Some(Write {
                            reply_to: req.reply_to.clone(),
                            key: ekey,
                            expect: String::new(),
                            record,
                            fields,
                        }),
                        attempts: 0,
                    },
                );
            }
            ("started", true)
                if rec["deadline_ms"].as_u64().unwrap_or(0) + STALE_GRACE_MS < now_ms() =>
            {
                // Started by a worker that stopped before answering: it may
                // or may not have reached the PBX. Say so, never resend.
                shared.counters.unknown.fetch_add(1, Ordering::Relaxed);
                let fields = request::failed_result(
                    &req.id,
                    &e.stream,
                    "unknown",
                    &format!(
                        "consumer {} took this request and stopped before answering; the action may or may not have run",
                        rec["consumer"].as_str().unwrap_or("?")
                    ),
                );
                *lock(&shared.counters.results)
                    .entry("unknown".into())
                    .or_insert(0) += 1;
                let record = done_record(&e.stream, &e.id, &fields);
                queue_answer(
                    shared,
                    Answer {
                        stream: e.stream.clone(),
                        entry: e.id.clone(),
                        write: Some(Write {
                            reply_to: req.reply_to.clone(),
                            key: key.to_owned(),
                            expect: text,
                            record,
                            fields,
                        }),
                        attempts: 0,
                    },
                );
            }
            ("started", true) => {
                // Still within its deadline elsewhere: leave it pending; a
                // later claim sees it done or stale.
                release();
            }
            _ => {
                // Another entry with this id is in flight (or the record is
                // not ours to read): refuse this one.
                shared.counters.bad.fetch_add(1, Ordering::Relaxed);
                answer_bad(
                    shared,
                    e,
                    &BadRequest {
                        id: req.id.clone(),
                        reply_to: req.reply_to.clone(),
                        message: format!("id {:?} is in flight in another request", req.id),
                    },
                );
            }
        }
    }
}

fn answer_bad(shared: &Shared, e: &Entry, bad: &BadRequest) {
    let fields = request::bad_result(bad);
    let record = done_record(&e.stream, &e.id, &fields);
    queue_answer(
        shared,
        Answer {
            stream: e.stream.clone(),
            entry: e.id.clone(),
            write: Some(Write {
                key: entry_key(&bad.reply_to, &e.stream, &e.id),
                reply_to: bad.reply_to.clone(),
                expect: String::new(),
                record,
                fields,
            }),
            attempts: 0,
        },
    );
}

fn write_loop(target: &Target, shared: &Shared) {
    let mut backoff = Backoff::new(Duration::from_millis(50), Duration::from_secs(5));
    let mut batch: Vec<Answer> = Vec::new();
    let mut stop_at: Option<Instant> = None;
    loop {
        if shared.stop.load(Ordering::SeqCst) {
            let at = *stop_at.get_or_insert_with(|| Instant::now() + EXIT_FLUSH);
            if Instant::now() >= at || (batch.is_empty() && lock(&shared.outbound).is_empty()) {
                return;
            }
        }
        let mut conn = match target.connect() {
            Ok(c) => c,
            Err(e) => {
                shared.write_stats.error(&e, true);
                if shared.stop.load(Ordering::SeqCst) {
                    return;
                }
                pause(shared, backoff.failed());
                continue;
            }
        };
        shared.write_stats.connected();
        match write_session(&mut conn, shared, &mut batch, &mut backoff) {
            Ok(()) => return,
            Err(e) => {
                shared.write_stats.error(&e, breaks_link(&e));
                if shared.stop.load(Ordering::SeqCst) {
                    return;
                }
                pause(shared, backoff.failed());
            }
        }
    }
}

fn write_session(
    conn: &mut Conn,
    shared: &Shared,
    batch: &mut Vec<Answer>,
    backoff: &mut Backoff,
) -> redis::RedisResult<()> {
    let cfg = &shared.cfg;
    let ttl = cfg.dedupe_window.as_secs().max(1);
    loop {
        if batch.is_empty() {
            let mut q = lock(&shared.outbound);
            if q.is_empty() && !shared.stop.load(Ordering::SeqCst) {
                q = shared
                    .out_wake
                    .wait_timeout_while(q, Duration::from_secs(1), |q| {
                        q.is_empty() && !shared.stop.load(Ordering::SeqCst)
                    })
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .0;
            }
            let n = q.len().min(WRITE_BATCH);
            batch.extend(q.drain(..n));
            drop(q);
            if batch.is_empty() {
                if shared.stop.load(Ordering::SeqCst) {
                    return Ok(());
                }
                let _: Value = redis::cmd("PING").query(conn)?;
                shared.write_stats.ok();
                backoff.succeeded();
                continue;
            }
        }
        // 1. Results: one atomic script each, pipelined.
        let mut p = redis::pipe();
        let mut writes = Vec::new();
        for (i, a) in batch.iter().enumerate() {
            if let Some(w) = &a.write {
                p.cmd("EVAL")
                    .arg(WRITE_SCRIPT)
                    .arg(2)
                    .arg(&w.reply_to)
                    .arg(&w.key)
                    .arg(&w.expect)
                    .arg(&w.record)
                    .arg(ttl)
                    .arg(cfg.result_maxlen);
                for (k, v) in &w.fields {
                    p.arg(k).arg(v);
                }
                writes.push(i);
            }
        }
        let mut ack = vec![false; batch.len()];
        for (i, a) in batch.iter().enumerate() {
            ack[i] = a.write.is_none();
        }
        if !writes.is_empty() {
            let replies = conn.replies(&mut p)?;
            for (&i, v) in writes.iter().zip(&replies) {
                match v {
                    Err(e) => {
                        shared.write_stats.error(e, false);
                        batch[i].attempts += 1;
                    }
                    Ok(Value::Nil) => {
                        // Someone answered first: acknowledge, write nothing.
                        shared.counters.superseded.fetch_add(1, Ordering::Relaxed);
                        ack[i] = true;
                    }
                    _ => ack[i] = true,
                }
            }
            shared.write_stats.ok();
            backoff.succeeded();
        }
        // 2. Acknowledgements, only for results that are written.
        let mut p = redis::pipe();
        let mut acked = Vec::new();
        for (i, a) in batch.iter().enumerate() {
            if ack[i] {
                p.cmd("XACK").arg(&a.stream).arg(&cfg.group).arg(&a.entry);
                acked.push(i);
            }
        }
        if !acked.is_empty() {
            for r in conn.replies(&mut p)? {
                if let Err(e) = r {
                    shared.write_stats.error(&e, false);
                }
            }
            shared
                .counters
                .acked
                .fetch_add(acked.len() as u64, Ordering::Relaxed);
        }
        // Release what is done; keep failed writes for another attempt.
        let mut held = lock(&shared.held);
        let mut keep = Vec::new();
        for (i, a) in batch.drain(..).enumerate() {
            if ack[i] {
                held.remove(&(a.stream, a.entry));
            } else if a.attempts >= MAX_WRITE_ATTEMPTS {
                shared.counters.write_failed.fetch_add(1, Ordering::Relaxed);
                log::warn!(
                    "gateway: result for {} {} not written after {MAX_WRITE_ATTEMPTS} attempts; left pending",
                    a.stream,
                    a.entry
                );
                held.remove(&(a.stream, a.entry));
            } else {
                keep.push(a);
            }
        }
        drop(held);
        shared.held_wake.notify_all();
        *batch = keep;
        if !batch.is_empty() {
            // Failed writes: do not spin on a Redis that refuses them.
            std::thread::sleep(backoff.failed());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_share_the_reply_streams_slot() {
        assert_eq!(slot_tag("ami:results"), "ami:results");
        assert_eq!(slot_tag("a{b}c"), "b");
        assert_eq!(slot_tag("a{}c"), "a{}c");
        assert_eq!(dedupe_key("ami:results", "7"), "{ami:results}:ami-dedupe:7");
        assert_eq!(dedupe_key("x{t}", "7"), "{t}:ami-dedupe:7");
    }

    #[test]
    fn read_replies_of_both_shapes() {
        let entry = |id: &str| {
            Value::Array(vec![
                Value::BulkString(id.into()),
                Value::Array(vec![
                    Value::BulkString(b"id".to_vec()),
                    Value::BulkString(b"1".to_vec()),
                ]),
            ])
        };
        let v = Value::Array(vec![Value::Array(vec![
            Value::BulkString(b"s".to_vec()),
            Value::Array(vec![entry("1-0"), entry("2-0")]),
        ])]);
        let mut out = Vec::new();
        parse_read(&v, &mut out).unwrap();
        assert_eq!(out.len(), 2);
        let mut out = Vec::new();
        assert!(parse_read(&Value::Int(3), &mut out).is_none());
        assert!(parse_read(&Value::Nil, &mut out).is_some());
    }
}
