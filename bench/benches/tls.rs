#![allow(missing_docs)] // criterion_group! generates an undocumented function
//! AMI over TLS against plaintext, in the same run: events through
//! `tick_all` into a counting listener (200,000-event bursts from ami-sim,
//! relayed by its TLS front), connect + handshake + login time, and resident
//! memory per idle TLS connection at 1,000 servers (the simulator and its
//! TLS front in a child process). Targets: TLS events/s at least 60% of
//! plaintext; at most 64 KiB per idle TLS connection.
// Tests and benches call libc (rlimits, pipes, signals) or a counting allocator.
#![allow(unsafe_code)]

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use ami_cluster::{AmiClientManager, Limits, TlsClient, TlsOptions};
use ami_conn::{ConnConfig, State};
use ami_sim::{Sim, Target, TlsFront};
use ami_tests::pki::{Pki, server_config, sha256_hex};
use criterion::{Criterion, Throughput};

const EVENTS: u64 = 200_000;
const CHILD_ENV: &str = "AMI_BENCH_TLS_CHILD";
/// In a client child: `plain ADDR` or `tls ADDR PIN`.
const CLIENT_ENV: &str = "AMI_BENCH_TLS_CLIENT";

fn tls_client(pin: &str) -> TlsClient {
    let mut opts = TlsOptions::default();
    opts.pin_sha256 = vec![pin.to_owned()];
    TlsClient::new(&opts, "127.0.0.1").expect("tls client")
}

fn conn_config(key: &str) -> ConnConfig {
    let mut c = ConnConfig::new(key, "admin", "amp111");
    c.event_queue_capacity = 100_000;
    c
}

fn until_ready(m: &mut AmiClientManager) {
    let start = Instant::now();
    while !m.health().iter().all(|h| h.state == State::Ready) {
        assert!(start.elapsed() < Duration::from_secs(300), "login");
        m.tick_all(5).expect("tick");
    }
}

fn one(addr: SocketAddr, tls: Option<TlsClient>, cfg: ConnConfig) -> AmiClientManager {
    let mut m = AmiClientManager::new().expect("manager");
    match tls {
        Some(t) => m
            .add_server(ami_cluster::ServerConfig::new(addr, cfg).with_tls(t))
            .expect("server"),
        None => m
            .add_server(ami_cluster::ServerConfig::new(addr, cfg))
            .expect("server"),
    }
    until_ready(&mut m);
    m
}

/// Counts events into a listener; returns the counter and the burst marker.
fn counting(m: &mut AmiClientManager) -> (Arc<AtomicU64>, Arc<AtomicBool>) {
    let count = Arc::new(AtomicU64::new(0));
    let marker = Arc::new(AtomicBool::new(false));
    let (n, k) = (count.clone(), marker.clone());
    m.on_any_event(move |_, _| {
        n.fetch_add(1, Ordering::Relaxed);
    });
    m.on_event("SimBurstComplete", move |_, _| {
        k.store(true, Ordering::Relaxed)
    });
    for _ in 0..10 {
        m.tick_all(5).expect("tick");
    }
    (count, marker)
}

fn events_and_handshake(c: &mut Criterion) {
    let sim = Sim::builder()
        .write_timeout(Duration::from_secs(10))
        .start()
        .expect("sim");
    let leaf = Pki::self_signed(&["asterisk"]);
    let pin = sha256_hex(&leaf.der);
    let front = TlsFront::start(sim.addr(), server_config(&leaf, None)).expect("front");
    let mut plain = one(sim.addr(), None, conn_config("a"));
    let (plain_count, plain_marker) = counting(&mut plain);
    let mut tls = one(front.addr(), Some(tls_client(&pin)), conn_config("a"));
    let (tls_count, tls_marker) = counting(&mut tls);
    let mut ids: Vec<u64> = sim.connections().iter().map(|c| c.id).collect();
    ids.sort_unstable();
    let runs = [
        (
            "plaintext_tick_all",
            &mut plain,
            plain_count,
            plain_marker,
            ids[0],
        ),
        ("tls_tick_all", &mut tls, tls_count, tls_marker, ids[1]),
    ];
    let mut g = c.benchmark_group("tls_events");
    g.throughput(Throughput::Elements(EVENTS));
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(10));
    for (name, m, count, marker, id) in runs {
        g.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    marker.store(false, Ordering::Relaxed);
                    let before = count.load(Ordering::Relaxed);
                    let start = Instant::now();
                    std::thread::scope(|scope| {
                        scope
                            .spawn(|| sim.burst(Target::Conn(id), EVENTS, Duration::from_secs(60)));
                        while !marker.load(Ordering::Relaxed) {
                            m.tick_all(1).expect("tick");
                        }
                    });
                    total += start.elapsed();
                    assert_eq!(count.load(Ordering::Relaxed) - before, EVENTS + 1);
                }
                total
            })
        });
    }
    g.finish();

    let mut g = c.benchmark_group("tls_connect_login");
    g.sample_size(20);
    for (name, addr, tls) in [
        ("plaintext", sim.addr(), None),
        ("tls", front.addr(), Some(tls_client(&pin))),
    ] {
        g.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let mut cfg = ConnConfig::new("a", "admin", "amp111");
                    cfg.events = "off".into();
                    let start = Instant::now();
                    let m = one(addr, tls.clone(), cfg);
                    total += start.elapsed();
                    drop(m);
                }
                total
            })
        });
    }
    g.finish();
}

fn raise_nofile() {
    // SAFETY: plain getrlimit/setrlimit calls on a local struct.
    unsafe {
        let mut r = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut r) == 0 && r.rlim_cur < r.rlim_max {
            r.rlim_cur = r.rlim_max;
            libc::setrlimit(libc::RLIMIT_NOFILE, &r);
        }
    }
}

fn rss_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse::<u64>().ok())
        .unwrap_or(0)
        * 4096
}

fn spawn_child() -> (Child, SocketAddr, SocketAddr, String) {
    let mut child = Command::new(std::env::current_exe().expect("exe"))
        .env(CHILD_ENV, "1")
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn simulator");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("addresses");
    let mut words = line.split_whitespace();
    let mut next = || words.next().expect("child line").to_owned();
    let plain = next().parse().expect("plain addr");
    let tls = next().parse().expect("tls addr");
    (child, plain, tls, next())
}

/// Resident memory per idle connected server at `n` servers.
fn per_server_kib(addr: SocketAddr, tls: Option<&TlsClient>, n: usize) -> f64 {
    let before = rss_bytes();
    let mut limits = Limits::default();
    limits.max_connects_per_tick = 64;
    let mut m = AmiClientManager::with_limits(limits).expect("manager");
    for i in 0..n {
        let mut c = ConnConfig::new(format!("s{i}"), "admin", "amp111");
        c.events = "off".into();
        c.heartbeat_interval = Duration::from_secs(3600);
        c.read_timeout = Duration::from_secs(7200);
        c.connect_timeout = Duration::from_secs(120);
        match tls {
            Some(t) => m
                .add_server(ami_cluster::ServerConfig::new(addr, c).with_tls(t.clone()))
                .expect("server"),
            None => m
                .add_server(ami_cluster::ServerConfig::new(addr, c))
                .expect("server"),
        }
    }
    until_ready(&mut m);
    for _ in 0..20 {
        m.tick_all(0).expect("tick");
    }
    let kib = rss_bytes().saturating_sub(before) as f64 / n as f64 / 1024.0;
    drop(m);
    kib
}

/// Measures one side in a fresh process, so one measurement's freed memory
/// does not hide the other's.
fn measure_in_child(spec: &str) -> f64 {
    let out = Command::new(std::env::current_exe().expect("exe"))
        .env(CLIENT_ENV, spec)
        .output()
        .expect("client child");
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .expect("KiB line")
}

fn main() {
    if let Ok(spec) = std::env::var(CLIENT_ENV) {
        raise_nofile();
        let words: Vec<&str> = spec.split_whitespace().collect();
        let addr = words[1].parse().expect("addr");
        let tls = (words[0] == "tls").then(|| tls_client(words[2]));
        println!("{:.2}", per_server_kib(addr, tls.as_ref(), 1_000));
        return;
    }
    if std::env::var_os(CHILD_ENV).is_some() {
        raise_nofile();
        let sim = Sim::builder()
            .write_timeout(Duration::from_secs(60))
            .start()
            .expect("sim");
        let leaf = Pki::self_signed(&["asterisk"]);
        let front = TlsFront::start(sim.addr(), server_config(&leaf, None)).expect("front");
        println!("{} {} {}", sim.addr(), front.addr(), sha256_hex(&leaf.der));
        loop {
            std::thread::park();
        }
    }
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let mut c = Criterion::default().configure_from_args();
    events_and_handshake(&mut c);
    raise_nofile();
    let (mut child, plain, tls, pin) = spawn_child();
    let n = 1_000;
    let plain_kib = measure_in_child(&format!("plain {plain}"));
    let tls_kib = measure_in_child(&format!("tls {tls} {pin}"));
    println!(
        "tls_memory/rss_per_idle_server at {n}: TLS {tls_kib:.1} KiB, plaintext {plain_kib:.1} KiB (target: TLS at most 64 KiB)"
    );
    c.final_summary();
    let _ = child.kill();
    let _ = child.wait();
}
