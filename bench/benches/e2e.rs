#![allow(missing_docs)] // criterion_group! generates an undocumented function
//! The end-to-end set: libami over loopback against ami-sim, each path next
//! to a raw socket baseline on the same simulator in the same run.
//!
//! - `e2e/raw_reader`, `e2e/events_listener`, `e2e/events_pull`,
//!   `e2e/c_pull`: a burst of 200,000 events (~450 B each) read by a socket
//!   counting frames with memmem (256 KiB reads), through `tick_all` into a
//!   counting listener, through the pull queue (`enable_event_pull` +
//!   `next_event`), and through the pull queue from C (libami.so, built
//!   with this bench's profile, driven in a child process).
//! - `e2e/ping_pipelined_64` vs `e2e/raw_ping_pipelined_64`: 64 Pings kept
//!   in flight (each response replaced by a new Ping).
//! - `e2e/ping_sequential` vs `e2e/raw_ping_sequential`: one Ping round trip
//!   at a time.
//!
//! CPU, allocations and system calls per event or action are measured by
//! the examples `e2e_cpu`, `e2e_alloc` and `ping_seq` (see README, Figures).

use std::time::Duration;

use ami_cluster::AmiClientManager;
use ami_sim::{Sim, Target};
use bench::e2e::{self, EVENTS, ListenerCount, round_trip, send_ping};
use bench::ffi::CPull;
use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main};

/// Pings in flight in the pipelined pair.
const WINDOW: u64 = 64;

/// Runs one burst of [`EVENTS`] to the simulator's connection `id`.
fn burst(sim: &Sim, id: u64) -> impl FnOnce() + Send + '_ {
    move || {
        let reports = sim.burst(Target::Conn(id), EVENTS, Duration::from_secs(60));
        assert_eq!(reports.len(), 1, "the burst finished");
    }
}

/// Times `iters` runs of `one` (a burst read by a client, which returns the
/// frames it saw, the marker included, and the time it took).
fn time_bursts(iters: u64, mut one: impl FnMut() -> (u64, Duration)) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..iters {
        let (frames, took) = one();
        assert_eq!(frames, EVENTS + 1, "events plus the marker");
        total += took;
    }
    total
}

/// A path of an interleaved comparison: its name and one timed run.
type Path<'a> = (&'static str, Box<dyn FnMut() -> Duration + 'a>);

/// Runs the paths in turn, `rounds` times, so each sees the same machine
/// load (criterion runs them minutes apart), and prints each one's median
/// (per `per` elements) with its ratio to the first path's rate.
fn interleaved(what: &str, rounds: usize, per: u64, paths: &mut [Path<'_>]) {
    let mut times: Vec<Vec<Duration>> = vec![Vec::with_capacity(rounds); paths.len()];
    for _ in 0..rounds {
        for (i, (_, run)) in paths.iter_mut().enumerate() {
            times[i].push(run());
        }
    }
    let medians: Vec<Duration> = times
        .iter_mut()
        .map(|t| {
            t.sort_unstable();
            t[t.len() / 2]
        })
        .collect();
    println!("{what}, interleaved, median of {rounds}:");
    for ((name, _), m) in paths.iter().zip(&medians) {
        println!(
            "  {name:<22} {m:>10.2?}  {:>8.3} M/s  {:>5.1}% of {}",
            per as f64 / m.as_secs_f64() / 1e6,
            medians[0].as_secs_f64() / m.as_secs_f64() * 100.0,
            paths[0].0
        );
    }
}

fn events(g: &mut BenchmarkGroup<'_, WallTime>) {
    // One simulator for every client, so each side of a pair is served by
    // the same simulator thread. Its connections, oldest first: raw,
    // listener, pull, and the C driver once started.
    let sim = e2e::sim();
    let mut raw = bench::raw::client(sim.addr(), "on");
    let mut listener = e2e::manager(sim.addr(), "on");
    let counter = ListenerCount::install(&mut listener);
    let mut pull = e2e::pull_manager(sim.addr());
    let [raw_id, l_id, p_id] = [0, 1, 2].map(|n| e2e::conn_id(&sim, n));
    let mut buf = vec![0u8; 256 * 1024];
    let mut c_driver: Option<(CPull, u64)> = None;

    g.throughput(Throughput::Elements(EVENTS));
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(10));
    g.bench_function("raw_reader", |b| {
        b.iter_custom(|iters| {
            time_bursts(iters, || {
                e2e::during(burst(&sim, raw_id), || {
                    bench::raw::read_burst(&mut raw, &mut buf)
                })
            })
        })
    });
    g.bench_function("events_listener", |b| {
        b.iter_custom(|iters| {
            time_bursts(iters, || {
                e2e::during(burst(&sim, l_id), || counter.drain(&mut listener))
            })
        })
    });
    g.bench_function("events_pull", |b| {
        b.iter_custom(|iters| {
            time_bursts(iters, || {
                e2e::during(burst(&sim, p_id), || e2e::pull_drain(&mut pull))
            })
        })
    });
    g.bench_function("c_pull", |b| {
        // Built and started only when this bench is selected.
        let (driver, id) = c_driver.get_or_insert_with(|| {
            let driver = CPull::start(sim.addr());
            (driver, e2e::conn_id(&sim, 3))
        });
        b.iter_custom(|iters| {
            time_bursts(iters, || {
                e2e::during(burst(&sim, *id), || driver.pull_burst())
            })
        })
    });

    let timed = |(frames, took): (u64, Duration)| {
        assert_eq!(frames, EVENTS + 1, "events plus the marker");
        took
    };
    let mut paths: Vec<Path<'_>> = vec![
        (
            "raw_reader",
            Box::new(|| {
                timed(e2e::during(burst(&sim, raw_id), || {
                    bench::raw::read_burst(&mut raw, &mut buf)
                }))
            }),
        ),
        (
            "events_listener",
            Box::new(|| {
                timed(e2e::during(burst(&sim, l_id), || {
                    counter.drain(&mut listener)
                }))
            }),
        ),
        (
            "events_pull",
            Box::new(|| {
                timed(e2e::during(burst(&sim, p_id), || {
                    e2e::pull_drain(&mut pull)
                }))
            }),
        ),
    ];
    if let Some((driver, id)) = c_driver.as_mut() {
        paths.push((
            "c_pull",
            Box::new(|| timed(e2e::during(burst(&sim, *id), || driver.pull_burst()))),
        ));
    }
    interleaved("e2e events (200k per burst)", 7, EVENTS, &mut paths);
}

/// Keeps `WINDOW` Pings in flight until `total` completed.
fn ping_window(m: &mut AmiClientManager, total: u64) {
    let mut sent = 0;
    while sent < WINDOW.min(total) {
        send_ping(m);
        sent += 1;
    }
    let mut done = 0;
    while done < total {
        m.tick_all(1).expect("tick");
        while let Some(c) = m.next_completion() {
            assert!(c.result.is_ok());
            done += 1;
            if sent < total {
                send_ping(m);
                sent += 1;
            }
        }
    }
}

fn pings(g: &mut BenchmarkGroup<'_, WallTime>) {
    // Both clients on one simulator (served by the same thread).
    let sim = e2e::sim();
    let mut m = e2e::manager(sim.addr(), "off");
    let mut raw = bench::raw::client(sim.addr(), "off");
    let mut buf = vec![0u8; 64 * 1024];

    g.sample_size(50);
    g.measurement_time(Duration::from_secs(5));
    g.throughput(Throughput::Elements(WINDOW));
    g.bench_function("ping_pipelined_64", |b| {
        b.iter_custom(|iters| {
            let start = std::time::Instant::now();
            ping_window(&mut m, iters * WINDOW);
            start.elapsed()
        })
    });
    g.bench_function("raw_ping_pipelined_64", |b| {
        b.iter_custom(|iters| {
            let start = std::time::Instant::now();
            bench::raw::ping_window(&mut raw, &mut buf, WINDOW, iters * WINDOW);
            start.elapsed()
        })
    });
    g.throughput(Throughput::Elements(1));
    g.bench_function("ping_sequential", |b| b.iter(|| round_trip(&mut m)));
    g.bench_function("raw_ping_sequential", |b| {
        b.iter(|| bench::raw::ping(&mut raw, &mut buf))
    });

    let timed = |f: &mut dyn FnMut()| {
        let start = std::time::Instant::now();
        f();
        start.elapsed()
    };
    let (m, raw) = (std::cell::RefCell::new(m), std::cell::RefCell::new(raw));
    let buf = std::cell::RefCell::new(buf);
    // Blocks long enough (~10 ms) that each side runs warm after the other.
    let blocks = 100 * WINDOW;
    interleaved(
        "e2e Pings 64 in flight (blocks of 6,400)",
        11,
        blocks,
        &mut [
            (
                "raw_ping_pipelined_64",
                Box::new(|| {
                    timed(&mut || {
                        let (mut s, mut b) = (raw.borrow_mut(), buf.borrow_mut());
                        bench::raw::ping_window(&mut s, &mut b, WINDOW, blocks);
                    })
                }),
            ),
            (
                "ping_pipelined_64",
                Box::new(|| timed(&mut || ping_window(&mut m.borrow_mut(), blocks))),
            ),
        ],
    );
    const TRIPS: u64 = 200;
    interleaved(
        "e2e sequential Pings (blocks of 200 round trips)",
        25,
        TRIPS,
        &mut [
            (
                "raw_ping_sequential",
                Box::new(|| {
                    timed(&mut || {
                        let (mut s, mut b) = (raw.borrow_mut(), buf.borrow_mut());
                        for _ in 0..TRIPS {
                            bench::raw::ping(&mut s, &mut b);
                        }
                    })
                }),
            ),
            (
                "ping_sequential",
                Box::new(|| {
                    timed(&mut || {
                        let mut m = m.borrow_mut();
                        for _ in 0..TRIPS {
                            round_trip(&mut m);
                        }
                    })
                }),
            ),
        ],
    );
}

fn e2e(c: &mut Criterion) {
    let mut g = c.benchmark_group("e2e");
    events(&mut g);
    pings(&mut g);
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default();
    targets = e2e
}
criterion_main!(benches);
