#![allow(missing_docs)] // criterion_group! generates an undocumented function
//! The Redis bus against a local redis-server started here, each figure
//! next to its baseline in the same run:
//!
//! - `bus_events/worker_xadd`: events a simulator bursts into one `ami
//!   listen` worker (release build, its own process) until the worker's
//!   publisher has them all in a Redis stream (`XADD ... MAXLEN ~`), vs
//!   `bus_events/raw_pipelined_xadd`: the same number of the worker's own
//!   JSON lines `XADD`ed to the same Redis by a plain socket (a writer
//!   thread pipelining RESP, the bench thread reading the replies).
//! - `bus_action/bus_round_trip`: a `Ping` request `XADD`ed to the
//!   worker's `PREFIX:{server}` stream until its result is in the reply
//!   stream, vs `bus_action/direct_send`: the same `Ping` sent with
//!   `AmiClientManager` in this process (send, `tick_all` until the
//!   completion) to an identical simulator; then p50/p99 of both,
//!   interleaved.
//!
//! Without redis-server on the PATH the bench says so and measures nothing.

#[path = "../tests/common/mod.rs"]
mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use ami_cluster::AmiClientManager;
use ami_conn::{ConnConfig, State};
use ami_proto::actions::Ping;
use ami_sim::{Sim, Target};
use common::bus::{Reaper, field, metric, metrics_addr, wait_for, xrange};
use common::{Redis, config, spawn_quiet};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// Events per measured burst.
const EVENTS: u64 = 50_000;
/// The stream both sides write to keep about this many entries.
const MAXLEN: &str = "100000";
/// Commands per pipeline on the raw side (the publisher's batch).
const BATCH: usize = 512;

/// Everything the benches share: Redis, the worker's simulator, the worker.
struct Setup {
    redis: Redis,
    sim: Sim,
    metrics: String,
    _worker: Reaper,
}

fn redis_server_present() -> bool {
    Command::new("redis-server")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn setup() -> Setup {
    let redis = Redis::start();
    let sim = Sim::builder()
        .write_timeout(Duration::from_secs(30))
        .record_actions(false)
        .start()
        .expect("sim");
    let path = config(sim.addr(), "");
    let url = format!("redis://127.0.0.1:{}", redis.port);
    let mut worker = Reaper(vec![spawn_quiet(&[
        "listen",
        "--config",
        path.to_str().unwrap(),
        "--all",
        "--redis",
        &url,
        "--stream",
        "bench:events",
        "--stream-maxlen",
        MAXLEN,
        "--publish-queue",
        "1000000",
        "--actions",
        "bench",
        "--metrics",
        "127.0.0.1:0",
    ])]);
    let metrics = metrics_addr(&mut worker.0[0]);
    let mut c = redis.client();
    wait_for(Duration::from_secs(20), "worker ready", || {
        sim.connections().len() == 1
            && redis::cmd("XINFO")
                .arg("GROUPS")
                .arg("bench:{pbx1}")
                .query::<redis::Value>(&mut c)
                .is_ok()
    });
    Setup {
        redis,
        sim,
        metrics,
        _worker: worker,
    }
}

/// Entries ever added to `stream` (`XINFO STREAM`'s `entries-added`,
/// Redis 7): the worker's own counters are refreshed only twice a second.
fn entries_added(c: &mut redis::Connection, stream: &str) -> u64 {
    let v: redis::Value = redis::cmd("XINFO")
        .arg("STREAM")
        .arg(stream)
        .query(c)
        .unwrap_or(redis::Value::Nil);
    let pairs: Vec<(String, redis::Value)> = match v {
        redis::Value::Array(items) => items
            .chunks(2)
            .filter_map(|kv| match (&kv[0], kv.get(1)) {
                (redis::Value::BulkString(k), Some(v)) => {
                    Some((String::from_utf8_lossy(k).into_owned(), v.clone()))
                }
                (redis::Value::SimpleString(k), Some(v)) => Some((k.clone(), v.clone())),
                _ => None,
            })
            .collect(),
        redis::Value::Map(items) => items
            .into_iter()
            .filter_map(|(k, v)| match k {
                redis::Value::BulkString(k) => Some((String::from_utf8_lossy(&k).into_owned(), v)),
                redis::Value::SimpleString(k) => Some((k, v)),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    pairs
        .into_iter()
        .find_map(|(k, v)| match (k.as_str(), v) {
            ("entries-added", redis::Value::Int(n)) => Some(n as u64),
            _ => None,
        })
        .unwrap_or(0)
}

/// One burst into the worker; returns the time until all is in the stream.
fn worker_burst(s: &Setup, c: &mut redis::Connection) -> Duration {
    let before = entries_added(c, "bench:events");
    let conn = s.sim.connections()[0].id;
    let start = Instant::now();
    std::thread::scope(|scope| {
        // The simulator writes as fast as the worker reads.
        scope.spawn(|| {
            s.sim
                .burst(Target::Conn(conn), EVENTS, Duration::from_secs(60))
        });
        // The burst and its closing SimBurstComplete event.
        while entries_added(c, "bench:events") < before + EVENTS + 1 {
            assert!(start.elapsed() < Duration::from_secs(60), "worker publish");
            std::thread::sleep(Duration::from_micros(500));
        }
    });
    start.elapsed()
}

/// The RESP of `XADD bench:raw MAXLEN ~ N * event <json>`.
fn xadd_resp(json: &str) -> Vec<u8> {
    let args = [
        "XADD",
        "bench:raw",
        "MAXLEN",
        "~",
        MAXLEN,
        "*",
        "event",
        json,
    ];
    let mut out = format!("*{}\r\n", args.len()).into_bytes();
    for a in args {
        out.extend_from_slice(format!("${}\r\n", a.len()).as_bytes());
        out.extend_from_slice(a.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    out
}

/// The raw client: a writer thread pipelines `EVENTS` XADDs in batches,
/// this thread reads the replies; returns the time until the last reply.
fn raw_burst(port: u16, cmd: &[u8]) -> Duration {
    let s = TcpStream::connect(("127.0.0.1", port)).expect("raw connect");
    s.set_nodelay(true).ok();
    let mut w = s.try_clone().unwrap();
    let mut r = BufReader::with_capacity(256 * 1024, s);
    let batch: Vec<u8> = cmd.repeat(BATCH);
    let start = Instant::now();
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut left = EVENTS as usize;
            while left > 0 {
                let n = left.min(BATCH);
                w.write_all(&batch[..n * cmd.len()]).expect("raw write");
                left -= n;
            }
        });
        let mut line = String::new();
        for _ in 0..EVENTS {
            // `$N\r\n<id>\r\n` per reply; an error would be `-...`.
            line.clear();
            r.read_line(&mut line).expect("raw read");
            assert!(line.starts_with('$'), "XADD refused: {line}");
            line.clear();
            r.read_line(&mut line).expect("raw read");
        }
    });
    start.elapsed()
}

fn events(c: &mut Criterion, s: &Setup) {
    // Warm up, and take one of the worker's JSON lines as the raw payload.
    let mut conn = s.redis.client();
    worker_burst(s, &mut conn);
    let json = xrange(&mut conn, "bench:events")
        .into_iter()
        .find_map(|(_, e)| {
            field(&e, "event")
                .filter(|j| j.contains("\"event\":\"Newchannel\""))
                .map(str::to_owned)
        })
        .expect("a published event");
    let cmd = xadd_resp(&json);

    let mut g = c.benchmark_group("bus_events");
    g.throughput(Throughput::Elements(EVENTS));
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(15));
    g.bench_function("worker_xadd", |b| {
        b.iter_custom(|iters| (0..iters).map(|_| worker_burst(s, &mut conn)).sum())
    });
    g.bench_function("raw_pipelined_xadd", |b| {
        b.iter_custom(|iters| (0..iters).map(|_| raw_burst(s.redis.port, &cmd)).sum())
    });
    g.finish();
    let dropped = metric(&s.metrics, "ami_redis_dropped_total").unwrap_or(-1.0);
    println!(
        "bus_events: {} B per event; worker dropped {dropped}",
        json.len()
    );
}

/// The direct side: a manager in this process, logged in to `sim`.
fn manager(sim: &Sim) -> AmiClientManager {
    let mut cfg = ConnConfig::new("a", "admin", "amp111");
    cfg.events = "off".into();
    let mut m = AmiClientManager::new().expect("manager");
    m.add_server(ami_cluster::ServerConfig::new(sim.addr(), cfg))
        .expect("server");
    let start = Instant::now();
    while m.state("a").ok() != Some(State::Ready) {
        assert!(start.elapsed() < Duration::from_secs(10), "login");
        m.tick_all(10).expect("tick");
    }
    m
}

fn direct_ping(m: &mut AmiClientManager) {
    m.server("a")
        .expect("server")
        .send(&Ping)
        .expect("send")
        .to_pull_queue();
    loop {
        m.tick_all(5).expect("tick");
        if let Some(c) = m.next_completion() {
            assert!(c.result.is_ok());
            return;
        }
    }
}

/// One Ping through the bus: XADD the request, block on the reply stream
/// until its result arrives.
struct BusClient {
    conn: redis::Connection,
    n: u64,
    last: String,
}

impl BusClient {
    fn ping(&mut self) {
        self.n += 1;
        let id = format!("b{}", self.n);
        let _: String = redis::cmd("XADD")
            .arg("bench:{pbx1}")
            .arg("*")
            .arg("id")
            .arg(&id)
            .arg("action")
            .arg("Ping")
            .arg("reply_to")
            .arg("bench:rtt")
            .query(&mut self.conn)
            .expect("request");
        loop {
            let v: redis::Value = redis::cmd("XREAD")
                .arg("BLOCK")
                .arg(5000)
                .arg("STREAMS")
                .arg("bench:rtt")
                .arg(&self.last)
                .query(&mut self.conn)
                .expect("XREAD");
            let text = format!("{v:?}");
            let Some(entry) = last_entry_id(&v) else {
                panic!("no result within 5 s: {text}")
            };
            self.last = entry;
            assert!(text.contains("\"ok\""), "{text}");
            if text.contains(&format!("\"{id}\"")) {
                return;
            }
        }
    }
}

/// The id of the last entry of an `XREAD` reply of one stream.
fn last_entry_id(v: &redis::Value) -> Option<String> {
    let redis::Value::Array(streams) = v else {
        return None;
    };
    let redis::Value::Array(pair) = streams.first()? else {
        return None;
    };
    let redis::Value::Array(entries) = pair.get(1)? else {
        return None;
    };
    let redis::Value::Array(e) = entries.last()? else {
        return None;
    };
    match e.first()? {
        redis::Value::BulkString(b) => Some(String::from_utf8_lossy(b).into_owned()),
        _ => None,
    }
}

fn actions(c: &mut Criterion, s: &Setup) {
    let direct_sim = Sim::builder().record_actions(false).start().expect("sim");
    let mut m = manager(&direct_sim);
    let mut bus = BusClient {
        conn: s.redis.client(),
        n: 0,
        last: "0-0".into(),
    };
    for _ in 0..200 {
        bus.ping();
        direct_ping(&mut m);
    }
    let mut g = c.benchmark_group("bus_action");
    g.throughput(Throughput::Elements(1));
    g.bench_function("bus_round_trip", |b| b.iter(|| bus.ping()));
    g.bench_function("direct_send", |b| b.iter(|| direct_ping(&mut m)));
    g.finish();

    // Latency percentiles, interleaved so both see the same machine load.
    let mut ours = Vec::with_capacity(3000);
    let mut base = Vec::with_capacity(3000);
    for _ in 0..3000 {
        let t = Instant::now();
        bus.ping();
        ours.push(t.elapsed());
        let t = Instant::now();
        direct_ping(&mut m);
        base.push(t.elapsed());
    }
    ours.sort_unstable();
    base.sort_unstable();
    let p = |v: &[Duration], q: f64| v[((v.len() as f64 * q) as usize).min(v.len() - 1)];
    println!(
        "bus_action latency: bus round trip p50 {:?} p99 {:?}; direct send p50 {:?} p99 {:?}; p50 ratio {:.2}, p99 ratio {:.2}",
        p(&ours, 0.5),
        p(&ours, 0.99),
        p(&base, 0.5),
        p(&base, 0.99),
        p(&ours, 0.5).as_secs_f64() / p(&base, 0.5).as_secs_f64(),
        p(&ours, 0.99).as_secs_f64() / p(&base, 0.99).as_secs_f64()
    );
}

fn bus(c: &mut Criterion) {
    if !redis_server_present() {
        println!(
            "bus bench skipped: redis-server is not on the PATH (apt-get install redis-server)"
        );
        return;
    }
    let s = setup();
    events(c, &s);
    actions(c, &s);
}

criterion_group! {
    name = benches;
    config = Criterion::default();
    targets = bus
}
criterion_main!(benches);
