#![allow(missing_docs)] // criterion_group! generates an undocumented function
//! ami-sim's burst mode against the plainest reader: a socket read loop that
//! counts frames with memmem. This is the raw baseline later client benches
//! compare with, and shows the simulator outruns any client.

use std::time::{Duration, Instant};

use ami_sim::{Sim, Target};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const EVENTS: u64 = 200_000;

fn burst(c: &mut Criterion) {
    let sim = Sim::builder()
        .write_timeout(Duration::from_secs(10))
        .start()
        .expect("sim");
    let mut client = bench::raw::client(sim.addr(), "on");
    let mut buf = vec![0u8; 256 * 1024];
    let mut g = c.benchmark_group("sim_burst");
    g.throughput(Throughput::Elements(EVENTS));
    g.sample_size(20);
    g.measurement_time(Duration::from_secs(10));
    let mut sim_rates = Vec::new();
    g.bench_function("raw_memmem_reader", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let start = Instant::now();
                let (frames, report) = std::thread::scope(|scope| {
                    let h =
                        scope.spawn(|| sim.burst(Target::Open, EVENTS, Duration::from_secs(60)));
                    let frames = bench::raw::read_burst(&mut client, &mut buf);
                    (frames, h.join().expect("burst thread"))
                });
                total += start.elapsed();
                assert_eq!(frames, EVENTS + 1, "events plus the marker");
                if let Some(r) = report.first() {
                    sim_rates.push(r.events_per_sec());
                }
            }
            total
        })
    });
    g.finish();
    sim_rates.sort_by(f64::total_cmp);
    if let Some(m) = sim_rates.get(sim_rates.len() / 2) {
        println!(
            "ami-sim's own write rate (median of {}): {:.0} events/s",
            sim_rates.len(),
            m
        );
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default();
    targets = burst
}
criterion_main!(benches);
