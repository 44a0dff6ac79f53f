#![allow(missing_docs)] // criterion_group! generates an undocumented function
//! ami-cluster end to end over loopback against ami-sim, each next to a raw
//! socket baseline in the same run: event throughput through `tick_all`
//! into a counting listener (vs a memmem frame counter), pipelined Pings,
//! and sequential Ping round trips (vs a plain ping-pong).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use ami_cluster::AmiClientManager;
use ami_conn::{ConnConfig, State};
use ami_proto::actions::Ping;
use ami_sim::{Sim, Target};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const EVENTS: u64 = 200_000;

fn manager(sim: &Sim, events: &str) -> AmiClientManager {
    let mut cfg = ConnConfig::new("a", "admin", "amp111");
    cfg.events = events.into();
    cfg.event_queue_capacity = 100_000;
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

fn events(c: &mut Criterion) {
    let sim = Sim::builder()
        .write_timeout(Duration::from_secs(10))
        .start()
        .expect("sim");
    let mut m = manager(&sim, "on");
    let count = Arc::new(AtomicU64::new(0));
    let marker = Arc::new(AtomicBool::new(false));
    let (n, k) = (count.clone(), marker.clone());
    m.on_any_event(move |_, _| {
        n.fetch_add(1, Ordering::Relaxed);
    });
    m.on_event("SimBurstComplete", move |_, _| {
        k.store(true, Ordering::Relaxed)
    });
    // Settle: drain login events.
    for _ in 0..10 {
        m.tick_all(5).expect("tick");
    }
    let mut raw = bench::raw::client(sim.addr(), "on");
    let mut buf = vec![0u8; 256 * 1024];

    let mut g = c.benchmark_group("cluster_events");
    g.throughput(Throughput::Elements(EVENTS));
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(10));
    g.bench_function("tick_all_counting_listener", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                marker.store(false, Ordering::Relaxed);
                let before = count.load(Ordering::Relaxed);
                let start = Instant::now();
                std::thread::scope(|scope| {
                    scope.spawn(|| {
                        sim.burst(
                            Target::Conn(conn_id(&sim, 0)),
                            EVENTS,
                            Duration::from_secs(60),
                        )
                    });
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
    g.bench_function("raw_memmem_reader", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let start = Instant::now();
                let frames = std::thread::scope(|scope| {
                    scope.spawn(|| {
                        sim.burst(
                            Target::Conn(conn_id(&sim, 1)),
                            EVENTS,
                            Duration::from_secs(60),
                        )
                    });
                    bench::raw::read_burst(&mut raw, &mut buf)
                });
                total += start.elapsed();
                assert_eq!(frames, EVENTS + 1);
            }
            total
        })
    });
    g.finish();
}

/// The simulator's id of its n-th open connection (0: the manager's).
fn conn_id(sim: &Sim, n: usize) -> u64 {
    let mut ids: Vec<u64> = sim.connections().iter().map(|c| c.id).collect();
    ids.sort_unstable();
    ids[n]
}

fn pings(c: &mut Criterion) {
    let sim = Sim::builder().record_actions(false).start().expect("sim");
    let mut m = manager(&sim, "off");
    let mut raw = bench::raw::client(sim.addr(), "off");
    let mut buf = vec![0u8; 4096];

    let mut g = c.benchmark_group("cluster_ping");
    g.throughput(Throughput::Elements(64));
    g.bench_function("pipelined_64", |b| {
        b.iter(|| {
            for _ in 0..64 {
                m.server("a")
                    .expect("server")
                    .send(&Ping)
                    .expect("send")
                    .to_pull_queue();
            }
            let mut done = 0;
            while done < 64 {
                m.tick_all(1).expect("tick");
                while let Some(c) = m.next_completion() {
                    assert!(c.result.is_ok());
                    done += 1;
                }
            }
        })
    });
    g.throughput(Throughput::Elements(1));
    let round_trip = |m: &mut AmiClientManager| {
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
    };
    g.bench_function("sequential", |b| b.iter(|| round_trip(&mut m)));
    g.bench_function("raw_ping_pong", |b| {
        b.iter(|| bench::raw::ping(&mut raw, &mut buf))
    });
    g.finish();

    // Latency percentiles, interleaved so both see the same machine load.
    let mut ours = Vec::with_capacity(5000);
    let mut base = Vec::with_capacity(5000);
    for _ in 0..5000 {
        let t = Instant::now();
        round_trip(&mut m);
        ours.push(t.elapsed());
        let t = Instant::now();
        bench::raw::ping(&mut raw, &mut buf);
        base.push(t.elapsed());
    }
    ours.sort_unstable();
    base.sort_unstable();
    let p = |v: &[Duration], q: f64| v[((v.len() as f64 * q) as usize).min(v.len() - 1)];
    println!(
        "cluster_ping latency: sequential p50 {:?} p99 {:?}; raw ping-pong p50 {:?} p99 {:?}; p50 ratio {:.2}",
        p(&ours, 0.5),
        p(&ours, 0.99),
        p(&base, 0.5),
        p(&base, 0.99),
        p(&ours, 0.5).as_secs_f64() / p(&base, 0.5).as_secs_f64()
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default();
    targets = events, pings
}
criterion_main!(benches);
