//! Idle `tick_all(0)` cost with 1, 100, 1,000 and 10,000 connected servers,
//! and resident memory per idle connected server at 10,000. The simulator
//! runs in a child process (this same binary) so each process stays within
//! its descriptor limit. Target: at most 2x tick growth from 100 to 10,000;
//! at most 32 KiB per server.
// Tests and benches call libc (rlimits, pipes, signals) or a counting allocator.
#![allow(unsafe_code)]

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use ami_cluster::{AmiClientManager, Limits};
use ami_conn::{ConnConfig, State};
use criterion::Criterion;

const CHILD_ENV: &str = "AMI_BENCH_SIM_CHILD";

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
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4096
}

fn spawn_sim() -> (Child, SocketAddr) {
    let mut child = Command::new(std::env::current_exe().expect("exe"))
        .env(CHILD_ENV, "1")
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn simulator");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("address");
    (child, line.trim().parse().expect("address line"))
}

fn connected(addr: SocketAddr, n: usize) -> AmiClientManager {
    let mut limits = Limits::default();
    limits.max_connects_per_tick = 256;
    let mut m = AmiClientManager::with_limits(limits).expect("manager");
    for i in 0..n {
        let mut c = ConnConfig::new(format!("s{i}"), "admin", "amp111");
        c.events = "off".into();
        c.heartbeat_interval = Duration::from_secs(3600);
        c.read_timeout = Duration::from_secs(7200);
        c.connect_timeout = Duration::from_secs(60);
        m.add_server(ami_cluster::ServerConfig::new(addr, c))
            .expect("server");
    }
    let start = Instant::now();
    while !m.health().iter().all(|h| h.state == State::Ready) {
        assert!(
            start.elapsed() < Duration::from_secs(300),
            "servers did not all log in"
        );
        m.tick_all(10).expect("tick");
    }
    m
}

fn main() {
    if std::env::var_os(CHILD_ENV).is_some() {
        raise_nofile();
        let sim = ami_sim::Sim::builder()
            .write_timeout(Duration::from_secs(60))
            .start()
            .expect("sim");
        println!("{}", sim.addr());
        loop {
            std::thread::park();
        }
    }
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    raise_nofile();
    let (mut child, addr) = spawn_sim();
    let mut c = Criterion::default().configure_from_args();
    let mut per_server = None;
    for n in [1usize, 100, 1_000, 10_000] {
        let before = rss_bytes();
        let mut m = connected(addr, n);
        // Let login traffic settle.
        for _ in 0..20 {
            m.tick_all(0).expect("tick");
        }
        if n == 10_000 {
            per_server = Some((rss_bytes().saturating_sub(before)) as f64 / n as f64 / 1024.0);
        }
        c.bench_function(&format!("cluster_idle_tick_all_0/{n}"), |b| {
            b.iter(|| m.tick_all(0))
        });
        drop(m);
    }
    if let Some(kib) = per_server {
        println!(
            "cluster_memory/rss_per_idle_server at 10,000: {kib:.1} KiB (target at most 32 KiB)"
        );
    }
    c.final_summary();
    let _ = child.kill();
    let _ = child.wait();
}
