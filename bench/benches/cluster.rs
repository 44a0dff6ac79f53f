#![allow(missing_docs)] // criterion_group! generates an undocumented function
//! ami-cluster end to end over loopback against ami-sim, each next to a raw
//! socket baseline in the same run: event throughput through `tick_all`
//! into a counting listener (vs a memmem frame counter) and into a program
//! with 40 listeners on named events, pipelined Pings, and sequential Ping
//! round trips (vs a plain ping-pong).

use std::time::{Duration, Instant};

use ami_sim::{Sim, Target};
use bench::e2e::{self, EVENTS, ListenerCount, round_trip, send_ping};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// Runs one burst of [`EVENTS`] to the simulator's `n`-th connection.
fn burst(sim: &Sim, n: usize) -> impl FnOnce() + Send + '_ {
    move || {
        sim.burst(
            Target::Conn(e2e::conn_id(sim, n)),
            EVENTS,
            Duration::from_secs(60),
        );
    }
}

/// Times `iters` bursts to the simulator's `n`-th connection, each read by
/// `client` (which returns the frames it saw, the marker included).
fn bursts(iters: u64, sim: &Sim, n: usize, mut client: impl FnMut() -> u64) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..iters {
        let (frames, took) = e2e::during(burst(sim, n), &mut client);
        total += took;
        assert_eq!(frames, EVENTS + 1, "events plus the marker");
    }
    total
}

/// Event names for the many-listener bench: the seven a burst sends
/// first, then names a call-center program listens to that it never sends.
const NAMES: [&str; 40] = [
    "Newchannel",
    "VarSet",
    "Newexten",
    "Newstate",
    "DialBegin",
    "BridgeEnter",
    "Hangup",
    "DialEnd",
    "BridgeLeave",
    "BridgeCreate",
    "BridgeDestroy",
    "HangupRequest",
    "SoftHangupRequest",
    "NewCallerid",
    "NewConnectedLine",
    "NewAccountCode",
    "Rename",
    "LocalBridge",
    "AgentCalled",
    "AgentConnect",
    "AgentComplete",
    "AgentDump",
    "AgentRingNoAnswer",
    "AgentLogin",
    "AgentLogoff",
    "QueueCallerJoin",
    "QueueCallerLeave",
    "QueueCallerAbandon",
    "QueueMemberAdded",
    "QueueMemberRemoved",
    "QueueMemberPause",
    "QueueMemberStatus",
    "QueueMemberRinginuse",
    "MusicOnHoldStart",
    "MusicOnHoldStop",
    "Cdr",
    "Cel",
    "Hold",
    "Unhold",
    "UserEvent",
];

fn events(c: &mut Criterion) {
    let sim = e2e::sim();
    let mut m = e2e::manager(sim.addr(), "on");
    let counter = ListenerCount::install(&mut m);
    let mut raw = bench::raw::client(sim.addr(), "on");
    let mut buf = vec![0u8; 256 * 1024];
    // A program with a listener per event name it handles, plus the
    // counting one: each event finds one named listener among 40.
    let mut many = e2e::manager(sim.addr(), "on");
    let many_counter = ListenerCount::install(&mut many);
    for name in NAMES {
        let mut seen = 0u64;
        many.on_event(name, move |_, ev| {
            seen = std::hint::black_box(seen + ev.message.len() as u64);
        });
    }

    let mut g = c.benchmark_group("cluster_events");
    g.throughput(Throughput::Elements(EVENTS));
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(10));
    g.bench_function("tick_all_counting_listener", |b| {
        b.iter_custom(|iters| bursts(iters, &sim, 0, || counter.drain(&mut m)))
    });
    g.bench_function("tick_all_40_named_listeners", |b| {
        b.iter_custom(|iters| bursts(iters, &sim, 2, || many_counter.drain(&mut many)))
    });
    g.bench_function("raw_memmem_reader", |b| {
        b.iter_custom(|iters| {
            bursts(iters, &sim, 1, || {
                bench::raw::read_burst(&mut raw, &mut buf)
            })
        })
    });
    g.finish();
}

fn pings(c: &mut Criterion) {
    let sim = e2e::sim();
    let mut m = e2e::manager(sim.addr(), "off");
    let mut raw = bench::raw::client(sim.addr(), "off");
    let mut buf = vec![0u8; 4096];

    let mut g = c.benchmark_group("cluster_ping");
    g.throughput(Throughput::Elements(64));
    g.bench_function("pipelined_64", |b| {
        b.iter(|| {
            for _ in 0..64 {
                send_ping(&mut m);
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
