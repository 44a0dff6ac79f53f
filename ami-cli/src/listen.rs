//! `ami listen`: the long-lived worker (the seed's `ami:listen`).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ami_cluster::{AmiClientManager, ClusterConfig, MAX_TICK_TIMEOUT_MS};
use ami_proto::Redactor;

use crate::logger::stderr_line;
use crate::output::{Format, format_event};
use crate::redis::{Publisher, Sink, parse_url};
use crate::writer::{DEFAULT_CAP, Writer};
use crate::{Failure, load, signal};

/// Arguments of `ami listen`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// TOML config (falls back to $AMI_CONFIG).
    #[arg(long, env = "AMI_CONFIG")]
    config: PathBuf,
    /// Listen to this server only.
    #[arg(long, conflicts_with = "all", required_unless_present = "all")]
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
    /// Publish events to Redis: redis://HOST:PORT.
    #[arg(long)]
    publish: Option<String>,
    /// With --publish: XADD to this stream (approximate MAXLEN).
    #[arg(long, conflicts_with = "channel")]
    stream: Option<String>,
    /// With --publish: PUBLISH on this channel.
    #[arg(long)]
    channel: Option<String>,
    /// Events held for Redis while it is slow or down (the oldest are dropped past it).
    #[arg(long, default_value_t = 100_000)]
    publish_queue: usize,
    /// Approximate MAXLEN of the stream.
    #[arg(long, default_value_t = 100_000)]
    stream_maxlen: u64,
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

fn metrics_text(m: &AmiClientManager, publisher: Option<&Publisher>, out: &Output) -> String {
    let mut text = m.metrics_text();
    text.push_str(&format!(
        "# HELP ami_output_dropped_total Event lines dropped because stdout was not read fast enough.\n# TYPE ami_output_dropped_total counter\nami_output_dropped_total {}\n\
         # HELP ami_output_queued_bytes Output bytes waiting for stdout.\n# TYPE ami_output_queued_bytes gauge\nami_output_queued_bytes {}\n",
        out.dropped(),
        out.writer.queued_bytes()
    ));
    if let Some(p) = publisher {
        let (published, dropped, connected) = p.stats();
        text.push_str(&format!(
            "# HELP ami_redis_published_total Events published to Redis.\n# TYPE ami_redis_published_total counter\nami_redis_published_total {published}\n\
             # HELP ami_redis_dropped_total Events dropped while Redis was slow or down.\n# TYPE ami_redis_dropped_total counter\nami_redis_dropped_total {dropped}\n\
             # HELP ami_redis_up 1 when connected to Redis.\n# TYPE ami_redis_up gauge\nami_redis_up {}\n",
            u8::from(connected)
        ));
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
        if let Some(text) = &w.metrics {
            if last_metrics.elapsed() >= Duration::from_millis(500) {
                last_metrics = Instant::now();
                let t = metrics_text(m, w.publisher.as_deref(), out);
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
        if !report.progressed {
            let spent = start.elapsed();
            if spent < window {
                std::thread::sleep(window - spent);
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

pub(crate) fn run(a: Args) -> Result<(), Failure> {
    let mut cfg = load(&a.config)?;
    select(&mut cfg, a.server.as_deref())?;
    let tick_ms = match a.tick_timeout_ms {
        Some(t) if t < 0 => {
            return Err(Failure::usage(format!(
                "--tick-timeout-ms must be 0..={MAX_TICK_TIMEOUT_MS}, got {t}"
            )));
        }
        Some(t) => u64::try_from(t).unwrap_or(0),
        None => cfg.tick_timeout_ms,
    };
    let publisher = match &a.publish {
        None => {
            if a.stream.is_some() || a.channel.is_some() {
                return Err(Failure::usage(
                    "--stream and --channel need --publish redis://HOST:PORT",
                ));
            }
            None
        }
        Some(url) => {
            let addr = parse_url(url).map_err(Failure::usage)?;
            let sink = match (&a.stream, &a.channel) {
                (Some(s), None) => Sink::Stream {
                    name: s.clone(),
                    maxlen: a.stream_maxlen,
                },
                (None, Some(c)) => Sink::Channel(c.clone()),
                _ => {
                    return Err(Failure::usage(
                        "--publish needs --stream NAME or --channel NAME",
                    ));
                }
            };
            Some(Arc::new(Publisher::start(addr, sink, a.publish_queue)))
        }
    };
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
    };
    work(&mut m, &w, &out);
    Ok(())
}
