//! `ami listen`: the long-lived worker (the seed's `ami:listen`).
// Unsafe here: libc calls for the process (signal mask, descriptors); each block says why it is sound.
#![allow(unsafe_code)]

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ami_cluster::{AmiClientManager, ClusterConfig, MAX_TICK_TIMEOUT_MS};
use ami_proto::Redactor;

use crate::bus::gateway::{self, Gateway, Idle};
use crate::bus::publisher::{Publisher, Sink};
use crate::bus::shard::Shard;
use crate::bus::{Target, stats};
use crate::logger::stderr_line;
use crate::output::{Format, format_event};
use crate::writer::{DEFAULT_CAP, Writer};
use crate::{Failure, load, signal};

/// Arguments of `ami listen`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// TOML config (falls back to $AMI_CONFIG).
    #[arg(long, env = "AMI_CONFIG")]
    config: PathBuf,
    /// Listen to this server only.
    #[arg(long, conflicts_with_all = ["all", "shard"], required_unless_present_any = ["all", "shard"])]
    server: Option<String>,
    /// Listen to every configured server.
    #[arg(long)]
    all: bool,
    /// One tick, then exit.
    #[arg(long)]
    once: bool,
    /// Stop after this many ticks.
    #[arg(long)]
    max_iterations: Option<u64>,
    /// Tick timeout, 0..=250 ms (default: the config's listen.tick_timeout_ms).
    /// An idle tick sleeps out the cadence window (at least 10 ms).
    #[arg(long, allow_negative_numbers = true)]
    tick_timeout_ms: Option<i64>,
    /// Only these events (repeatable, case-insensitive).
    #[arg(long = "event")]
    events: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "ndjson")]
    format: Format,
    /// A status line on stderr this often (seconds; 0 = never).
    #[arg(long, default_value_t = 0)]
    stats_interval: u64,
    /// Redis: redis://[USER:PASSWORD@]HOST:PORT[/DB], rediss:// for TLS.
    /// Repeat it to give Redis Cluster seeds. `--publish` is the old name.
    #[arg(long = "redis", visible_alias = "publish")]
    redis: Vec<String>,
    /// The one --redis URL is a Redis Cluster seed.
    #[arg(long)]
    redis_cluster: bool,
    /// Connect and reply timeout of every Redis call, in milliseconds.
    #[arg(long, default_value_t = 2000)]
    redis_timeout_ms: u64,
    /// Publish events: XADD to this stream (approximate MAXLEN).
    #[arg(long, conflicts_with = "channel")]
    stream: Option<String>,
    /// Publish events: PUBLISH on this channel.
    #[arg(long)]
    channel: Option<String>,
    /// Events held for Redis while it is slow or down (the oldest are dropped past it).
    #[arg(long, default_value_t = 100_000)]
    publish_queue: usize,
    /// Approximate MAXLEN of the stream.
    #[arg(long, default_value_t = 100_000)]
    stream_maxlen: u64,
    /// Take action requests from Redis Streams PREFIX:{server} (one per
    /// owned server) and PREFIX:routed; results go to PREFIX:results or the
    /// request's reply_to.
    #[arg(long, value_name = "PREFIX")]
    actions: Option<String>,
    /// Consumer group of the action streams.
    #[arg(long, default_value = "ami")]
    group: String,
    /// This worker's consumer name (default: HOSTNAME-PID).
    #[arg(long)]
    consumer: Option<String>,
    /// Pending requests idle this long (ms) are claimed from their consumer;
    /// keep it above the longest action timeout.
    #[arg(long, default_value_t = 60_000)]
    claim_idle_ms: u64,
    /// Seconds a completed request id is remembered (a redelivered or
    /// repeated id within it gets the stored result, not a second action).
    #[arg(long, default_value_t = 86_400)]
    dedupe_window: u64,
    /// Requests read and not yet acknowledged, at most.
    #[arg(long, default_value_t = 1000)]
    max_inflight: usize,
    /// Approximate MAXLEN of result streams.
    #[arg(long, default_value_t = 1_000_000)]
    result_maxlen: u64,
    /// Own only the servers that rendezvous hashing of the keys gives to
    /// worker I of N (0 <= I < N).
    #[arg(long, value_name = "I/N")]
    shard: Option<Shard>,
    /// Serve Prometheus metrics at http://ADDR/metrics.
    #[arg(long)]
    metrics: Option<SocketAddr>,
    /// Bytes of output held while stdout is slow; past it, event lines are
    /// dropped (and counted) rather than stalling the worker.
    #[arg(long, default_value_t = DEFAULT_CAP)]
    output_buffer: usize,
}

/// Shortest cadence window of the worker loop.
const MIN_CADENCE_MS: u64 = 10;

/// How long the exit waits on a stdout that accepts nothing before giving
/// up on the lines still queued (a reader still making progress is waited
/// for).
const EXIT_FLUSH_STALL: Duration = Duration::from_secs(1);

/// What the worker loop does besides ticking.
pub(crate) struct Worker {
    pub(crate) tick_ms: u64,
    pub(crate) max_iterations: Option<u64>,
    pub(crate) until: Option<Instant>,
    pub(crate) stats_interval: Option<Duration>,
    pub(crate) metrics: Option<Arc<Mutex<String>>>,
    pub(crate) publisher: Option<Arc<Publisher>>,
    pub(crate) gateway: Option<Gateway>,
    /// Wakes the idle sleep when the gateway has requests.
    pub(crate) idle: Option<Arc<Idle>>,
}

/// The worker's output: lines formatted during a tick, then handed to the
/// stdout writer's bounded queue (never a blocking write on the tick).
pub(crate) struct Output {
    pending: Arc<Mutex<Vec<u8>>>,
    writer: Writer,
}

impl Output {
    /// Hands this tick's lines to the writer; returns how many it accepted.
    pub(crate) fn drain(&self) -> u64 {
        let chunk = std::mem::take(
            &mut *self
                .pending
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        );
        self.writer.push(chunk)
    }

    /// True once stdout's reader is gone (EPIPE): time to stop.
    pub(crate) fn reader_gone(&self) -> bool {
        self.writer.reader_gone()
    }

    /// Lines dropped because stdout was not read fast enough.
    pub(crate) fn dropped(&self) -> u64 {
        self.writer.dropped()
    }

    /// Last drain and bounded flush; reports the lines lost, if any, unless
    /// the reader simply left (`| head`: nothing to report).
    fn finish(&self) {
        self.drain();
        self.writer.flush(EXIT_FLUSH_STALL);
        let dropped = self.dropped();
        if dropped > 0 && !self.reader_gone() {
            stderr_line(&format!(
                "{dropped} event lines dropped: stdout was not read fast enough"
            ));
        }
    }
}

/// Starts the stdout writer.
pub(crate) fn stdout_writer(cap: usize) -> Result<Writer, Failure> {
    Writer::stdout(cap)
        .map_err(|e| Failure::runtime(format!("cannot start the output thread: {e}")))
}

/// Registers the printing (and publishing) listener; lines collect in the
/// returned output, handed to `writer` once per tick.
pub(crate) fn attach(
    m: &mut AmiClientManager,
    events: &[String],
    format: Format,
    redactor: Redactor,
    publisher: Option<Arc<Publisher>>,
    writer: Writer,
) -> Output {
    let pending = Arc::new(Mutex::new(Vec::new()));
    let o = pending.clone();
    let wanted: Vec<String> = events.iter().map(|e| e.to_ascii_lowercase()).collect();
    m.on_any_event(move |_, ev| {
        if !wanted.is_empty() {
            let name = ev.message.event().unwrap_or_default();
            if !wanted
                .iter()
                .any(|w| w.as_bytes().eq_ignore_ascii_case(name))
            {
                return;
            }
        }
        let line = format_event(format, &redactor, ev);
        if let Some(p) = &publisher {
            let json = if format == Format::Ndjson {
                line.clone()
            } else {
                format_event(Format::Ndjson, &redactor, ev)
            };
            p.push(json);
        }
        let mut buf = o.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        buf.extend_from_slice(line.as_bytes());
        buf.push(b'\n');
    });
    Output { pending, writer }
}

fn metrics_text(m: &AmiClientManager, w: &Worker, out: &Output) -> String {
    let mut text = m.metrics_text();
    text.push_str(&format!(
        "# HELP ami_output_dropped_total Event lines dropped because stdout was not read fast enough.\n# TYPE ami_output_dropped_total counter\nami_output_dropped_total {}\n\
         # HELP ami_output_queued_bytes Output bytes waiting for stdout.\n# TYPE ami_output_queued_bytes gauge\nami_output_queued_bytes {}\n",
        out.dropped(),
        out.writer.queued_bytes()
    ));
    if w.publisher.is_some() || w.gateway.is_some() {
        text.push_str(stats::metrics_header());
    }
    if let Some(p) = &w.publisher {
        p.metrics(&mut text);
    }
    if let Some(g) = &w.gateway {
        g.metrics(&mut text);
    }
    text
}

/// Ticks until done; a tick without progress sleeps out the cadence window
/// (an idle worker does not spin). On SIGINT/SIGTERM, or once stdout's
/// reader is gone: Logoff everywhere, flush (bounded), return.
pub(crate) fn work(m: &mut AmiClientManager, w: &Worker, out: &Output) {
    signal::install();
    let mut iterations = 0u64;
    let mut last_stats = Instant::now();
    let mut printed = 0u64;
    let mut last_metrics = Instant::now() - Duration::from_secs(10);
    // The manager clamps (and counts) timeouts above 250 ms; so does the
    // cadence. A 0 ms tick (selector polled without blocking) still sleeps
    // out a 10 ms window when idle: the worker never hot-spins.
    let window = Duration::from_millis(w.tick_ms.clamp(MIN_CADENCE_MS, MAX_TICK_TIMEOUT_MS));
    loop {
        if signal::stopping()
            || out.reader_gone()
            || w.max_iterations.is_some_and(|n| iterations >= n)
            || w.until.is_some_and(|t| Instant::now() >= t)
        {
            break;
        }
        let start = Instant::now();
        let report = m.tick_all(w.tick_ms).unwrap_or_else(|e| {
            log::error!("{e}");
            ami_cluster::TickReport::default()
        });
        iterations += 1;
        printed += out.drain();
        // Requests from the bus, sent outside any callback.
        let pumped = w.gateway.as_ref().map_or(0, |g| g.pump(m));
        if let Some(text) = &w.metrics {
            if last_metrics.elapsed() >= Duration::from_millis(500) {
                last_metrics = Instant::now();
                let t = metrics_text(m, w, out);
                if let Ok(mut g) = text.lock() {
                    *g = t;
                }
            }
        }
        if let Some(every) = w.stats_interval {
            if last_stats.elapsed() >= every {
                let secs = last_stats.elapsed().as_secs_f64();
                let health = m.health();
                let states: Vec<String> = health
                    .iter()
                    .map(|h| format!("{}={:?}", h.server_key, h.state))
                    .collect();
                let dropped: u64 = health.iter().map(|h| h.dropped_events).sum();
                stderr_line(&format!(
                    "{:.0} events/s, dropped {dropped}, output dropped {}, {}",
                    printed as f64 / secs,
                    out.dropped(),
                    states.join(" ")
                ));
                printed = 0;
                last_stats = Instant::now();
            }
        }
        if !report.progressed && pumped == 0 {
            let spent = start.elapsed();
            if spent < window {
                match &w.idle {
                    // The gateway cuts the sleep short when requests arrive.
                    Some(idle) => idle.sleep(window - spent),
                    None => std::thread::sleep(window - spent),
                }
            }
        }
    }
    // Graceful stop: Logoff, wait briefly for the Goodbyes.
    m.close_all();
    let deadline = Instant::now() + Duration::from_secs(2);
    while !m.all_closed() && Instant::now() < deadline {
        let _ = m.tick_all(20);
    }
    out.finish();
}

/// Picks the servers the worker connects to.
pub(crate) fn select(cfg: &mut ClusterConfig, server: Option<&str>) -> Result<(), Failure> {
    if let Some(key) = server {
        if !cfg.servers.iter().any(|s| s.key == key) {
            let known: Vec<&str> = cfg.servers.iter().map(|s| s.key.as_str()).collect();
            return Err(Failure::usage(format!(
                "unknown server key {key:?} (configured: {})",
                known.join(", ")
            )));
        }
        cfg.servers.retain(|s| s.key == key);
        cfg.default = Some(key.to_owned());
    }
    if cfg.servers.is_empty() {
        return Err(Failure::usage("no servers configured"));
    }
    Ok(())
}

/// This host's name, for the default consumer name.
fn hostname() -> String {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is valid for its length; gethostname writes at
    // most that many bytes.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) };
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    match std::str::from_utf8(&buf[..end]) {
        Ok(h) if rc == 0 && !h.is_empty() => h.to_owned(),
        _ => "ami".to_owned(),
    }
}

pub(crate) fn run(a: Args) -> Result<(), Failure> {
    let mut cfg = load(&a.config)?;
    // Every configured server and the worker that owns it, before the
    // shard keeps its own.
    let owners: HashMap<String, u32> = cfg
        .servers
        .iter()
        .map(|s| {
            (
                s.key.clone(),
                a.shard.map_or(0, |sh| Shard::owner(&s.key, sh.count)),
            )
        })
        .collect();
    if let Some(shard) = a.shard {
        cfg.servers.retain(|s| shard.owns(&s.key));
        if cfg.servers.is_empty() {
            stderr_line(&format!(
                "shard {}/{}: owns none of the {} configured servers",
                shard.index,
                shard.count,
                owners.len()
            ));
        } else if cfg.default.as_ref().is_some_and(|d| !shard.owns(d)) {
            cfg.default = cfg.servers.first().map(|s| s.key.clone());
        }
    } else {
        select(&mut cfg, a.server.as_deref())?;
    }
    let tick_ms = match a.tick_timeout_ms {
        Some(t) if t < 0 => {
            return Err(Failure::usage(format!(
                "--tick-timeout-ms must be 0..={MAX_TICK_TIMEOUT_MS}, got {t}"
            )));
        }
        Some(t) => u64::try_from(t).unwrap_or(0),
        None => cfg.tick_timeout_ms,
    };
    let target = if a.redis.is_empty() {
        if a.stream.is_some() || a.channel.is_some() || a.actions.is_some() {
            return Err(Failure::usage(
                "--stream, --channel and --actions need --redis redis://HOST:PORT",
            ));
        }
        None
    } else {
        if a.stream.is_none() && a.channel.is_none() && a.actions.is_none() {
            return Err(Failure::usage(
                "--redis needs --stream NAME, --channel NAME or --actions PREFIX",
            ));
        }
        let timeout = Duration::from_millis(a.redis_timeout_ms.clamp(1, 600_000));
        let t = Target::new(&a.redis, a.redis_cluster, timeout).map_err(Failure::usage)?;
        stderr_line(&format!(
            "redis: {}{}",
            t.describe(),
            if t.is_cluster() { " (cluster)" } else { "" }
        ));
        Some(t)
    };
    let publisher = match (&target, &a.stream, &a.channel) {
        (Some(_), Some(s), None) => Some(Sink::Stream {
            name: s.clone(),
            maxlen: a.stream_maxlen,
        }),
        (Some(_), None, Some(c)) => Some(Sink::Channel(c.clone())),
        _ => None,
    }
    .zip(target.clone())
    .map(|(sink, t)| Arc::new(Publisher::start(t, sink, a.publish_queue)));
    let metrics = match a.metrics {
        Some(addr) => {
            let text = Arc::new(Mutex::new(String::new()));
            let bound = crate::http::serve(addr, text.clone())
                .map_err(|e| Failure::runtime(format!("cannot serve metrics on {addr}: {e}")))?;
            stderr_line(&format!("metrics at http://{bound}/metrics"));
            Some(text)
        }
        None => None,
    };
    let mut m = AmiClientManager::from_config(&cfg).map_err(|e| Failure::runtime(e.to_string()))?;
    let redactor = cfg
        .servers
        .first()
        .map(|s| s.conn.redactor.clone())
        .unwrap_or_default();
    let (gateway, idle) = match (&target, &a.actions) {
        (Some(t), Some(prefix)) => {
            if prefix.is_empty() || prefix.bytes().any(|b| b <= b' ') {
                return Err(Failure::usage(format!(
                    "--actions: {prefix:?} is not a stream name prefix"
                )));
            }
            let idle = Arc::new(Idle::default());
            let g = Gateway::start(
                t,
                gateway::Config {
                    prefix: prefix.clone(),
                    group: a.group.clone(),
                    consumer: a
                        .consumer
                        .clone()
                        .unwrap_or_else(|| format!("{}-{}", hostname(), std::process::id())),
                    owned: cfg.servers.iter().map(|s| s.key.clone()).collect(),
                    owners,
                    claim_idle: Duration::from_millis(a.claim_idle_ms.max(1)),
                    dedupe_window: Duration::from_secs(a.dedupe_window.max(1)),
                    max_inflight: a.max_inflight.max(1),
                    result_maxlen: a.result_maxlen.max(1),
                    default_timeout: cfg
                        .servers
                        .iter()
                        .map(|s| s.conn.timeout)
                        .max()
                        .unwrap_or(Duration::from_secs(30)),
                },
                m.handle(),
                redactor.clone(),
                idle.clone(),
            );
            (Some(g), Some(idle))
        }
        _ => (None, None),
    };
    let writer = stdout_writer(a.output_buffer)?;
    let out = attach(
        &mut m,
        &a.events,
        a.format,
        redactor,
        publisher.clone(),
        writer,
    );
    let w = Worker {
        tick_ms,
        max_iterations: if a.once { Some(1) } else { a.max_iterations },
        until: None,
        stats_interval: (a.stats_interval > 0).then(|| Duration::from_secs(a.stats_interval)),
        metrics,
        publisher,
        gateway,
        idle,
    };
    work(&mut m, &w, &out);
    Ok(())
}
