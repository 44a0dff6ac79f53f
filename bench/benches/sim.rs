#![allow(missing_docs)] // criterion_group! generates an undocumented function
//! ami-sim's burst mode against the plainest reader: a socket read loop that
//! counts frames with memmem. This is the raw baseline later client benches
//! compare with, and shows the simulator outruns any client.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use ami_sim::{Sim, Target};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const EVENTS: u64 = 200_000;

/// Logs in with events on and returns the socket once FullyBooted was read.
fn raw_client(sim: &Sim) -> TcpStream {
    let mut s = TcpStream::connect(sim.addr()).expect("connect");
    s.write_all(b"Action: Login\r\nUsername: admin\r\nSecret: amp111\r\nEvents: on\r\n\r\n")
        .expect("login");
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    while !got.windows(11).any(|w| w == b"FullyBooted") || !got.ends_with(b"\r\n\r\n") {
        let n = s.read(&mut buf).expect("read");
        assert!(n > 0, "closed during login");
        got.extend_from_slice(&buf[..n]);
    }
    s
}

/// Reads until the burst marker; returns frames counted with memmem.
fn read_burst(s: &mut TcpStream, buf: &mut [u8]) -> u64 {
    let end = memchr::memmem::Finder::new(b"\r\n\r\n");
    let marker = memchr::memmem::Finder::new(b"SimBurstComplete");
    let mut frames = 0u64;
    let mut carry = 0usize;
    loop {
        let n = s.read(&mut buf[carry..]).expect("read");
        assert!(n > 0, "closed during burst");
        let filled = carry + n;
        let data = &buf[..filled];
        frames += end.find_iter(data).count() as u64;
        if marker.find(data).is_some() {
            return frames;
        }
        // Carry the last 3 bytes: a terminator split across reads is then
        // found once (a whole one never fits in 3 bytes, so none is found twice).
        carry = filled.min(3);
        buf.copy_within(filled - carry..filled, 0);
    }
}

fn burst(c: &mut Criterion) {
    let sim = Sim::builder()
        .write_timeout(Duration::from_secs(10))
        .start()
        .expect("sim");
    let mut client = raw_client(&sim);
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
                    let frames = read_burst(&mut client, &mut buf);
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
