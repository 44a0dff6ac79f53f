//! CPU time per event, the client's alone: ami-sim runs in a child process
//! (`bench::sim_process`) and `getrusage(RUSAGE_SELF)` (user + system) is
//! read around each burst of 200,000 events, for the counting listener
//! path, the pull path and the raw memmem reader, interleaved round by round
//! so all three see the same machine load. Figures are medians over the
//! rounds; a ratio is the median of the rounds' ratios.
//!
//! `cargo run --profile bench -p bench --example e2e_cpu [ROUNDS]`
// getrusage is a libc call.
#![allow(unsafe_code)]

use std::time::{Duration, Instant};

use bench::e2e::{self, EVENTS, ListenerCount};
use bench::sim_process::{SimProcess, serve_if_child};

/// User and system CPU time of this process so far.
fn cpu() -> (Duration, Duration) {
    // SAFETY: `rusage` is plain integers, so all-zero bytes are a valid value.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `ru` is a valid, writable rusage for the call to fill.
    let rc = unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut ru) };
    assert_eq!(rc, 0, "getrusage");
    let d = |t: libc::timeval| {
        Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64)
    };
    (d(ru.ru_utime), d(ru.ru_stime))
}

/// CPU and wall time of each measured burst of one path.
#[derive(Default)]
struct Tally {
    rounds: Vec<Burst>,
}

/// One burst's CPU (user, system) and wall time, per event.
#[derive(Clone, Copy)]
struct Burst {
    user: f64,
    sys: f64,
    wall: f64,
}

impl Burst {
    fn cpu(&self) -> f64 {
        self.user + self.sys
    }
}

/// The median of `xs` (which is not empty).
fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    }
}

impl Tally {
    fn med(&self, f: impl Fn(&Burst) -> f64) -> f64 {
        median(self.rounds.iter().map(f).collect())
    }

    /// Medians over the rounds; the ratio is the median of each round's
    /// ratio to the raw reader's burst of the same round (same load).
    fn line(&self, name: &str, base: &Self) -> String {
        let ratio = median(
            self.rounds
                .iter()
                .zip(&base.rounds)
                .map(|(a, b)| a.cpu() / b.cpu())
                .collect(),
        );
        format!(
            "{name:<9} {:.3} µs CPU per event (user {:.3}, system {:.3}), {ratio:.2}x the raw reader's; wall {:.2} M events/s",
            self.med(Burst::cpu) * 1e6,
            self.med(|b| b.user) * 1e6,
            self.med(|b| b.sys) * 1e6,
            1e-6 / self.med(|b| b.wall),
        )
    }
}

/// One burst to the simulator's connection `n`, read by `client`.
fn measure(
    sim: &mut SimProcess,
    n: usize,
    tally: Option<&mut Tally>,
    client: impl FnOnce() -> u64,
) {
    let (u0, s0) = cpu();
    let t0 = Instant::now();
    sim.start_burst(n, EVENTS);
    let frames = client();
    let wall = t0.elapsed();
    let (u1, s1) = cpu();
    sim.wait_burst();
    assert_eq!(frames, EVENTS + 1, "events plus the marker");
    if let Some(t) = tally {
        let per = |d: Duration| d.as_secs_f64() / frames as f64;
        t.rounds.push(Burst {
            user: per(u1 - u0),
            sys: per(s1 - s0),
            wall: per(wall),
        });
    }
}

fn main() {
    serve_if_child();
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10)
        .max(1);
    let mut sim = SimProcess::start();
    // Connections, oldest first: listener 0, pull 1, raw 2.
    let mut listener = e2e::manager(sim.addr(), "on");
    let counter = ListenerCount::install(&mut listener);
    let mut pull = e2e::pull_manager(sim.addr());
    let mut raw = bench::raw::client(sim.addr(), "on");
    let mut buf = vec![0u8; 256 * 1024];

    let (mut l, mut p, mut r) = (Tally::default(), Tally::default(), Tally::default());
    for round in 0..=rounds {
        // Round 0 warms up.
        let keep = round > 0;
        measure(&mut sim, 0, keep.then_some(&mut l), || {
            counter.drain(&mut listener)
        });
        measure(&mut sim, 1, keep.then_some(&mut p), || {
            e2e::pull_drain(&mut pull)
        });
        measure(&mut sim, 2, keep.then_some(&mut r), || {
            bench::raw::read_burst(&mut raw, &mut buf)
        });
    }
    println!(
        "CPU per event, client process only (ami-sim in a child process), medians of {rounds} bursts of {EVENTS} each:"
    );
    println!("{}", l.line("listener", &r));
    println!("{}", p.line("pull", &r));
    println!("{}", r.line("raw", &r));
}
