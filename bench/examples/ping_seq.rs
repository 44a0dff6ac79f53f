//! Sequential Pings, for counting system calls per round trip: through the
//! manager, or with `raw` through the plain socket baseline
//! (`bench::raw::ping`). `bench/syscalls.sh` runs both under `strace -ff`
//! and counts the calling thread's calls between the two lines this prints
//! to stderr (`ping_seq: start pid ...` and `ping_seq: N round trips ...`).
//! Usage: `ping_seq [N] [raw]` (default 10,000).

use std::io::Write;
use std::time::Instant;

use ami_cluster::AmiClientManager;
use bench::e2e::{self, send_ping};

fn round_trip(m: &mut AmiClientManager) {
    let id = send_ping(m);
    loop {
        m.tick_all(5).expect("tick");
        if m.next_completion().is_some_and(|c| c.action_id == id) {
            return;
        }
    }
}

/// One line to stderr in one system call (the markers the trace is cut at).
fn say(line: &str) {
    std::io::stderr()
        .write_all(format!("ping_seq: {line}\n").as_bytes())
        .expect("stderr");
}

/// Warms up, then runs `n` round trips between the two stderr lines.
fn run(n: u32, mut one: impl FnMut()) {
    for _ in 0..20 {
        one();
    }
    say(&format!("start pid {}", std::process::id()));
    let start = Instant::now();
    for _ in 0..n {
        one();
    }
    let took = start.elapsed();
    say(&format!(
        "{n} round trips in {took:?} ({:?} each)",
        took / n
    ));
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n = args.iter().find_map(|a| a.parse().ok()).unwrap_or(10_000);
    let sim = e2e::sim();
    if args.iter().any(|a| a == "raw") {
        let mut s = bench::raw::client(sim.addr(), "off");
        let mut buf = vec![0u8; 4096];
        run(n, || bench::raw::ping(&mut s, &mut buf));
    } else {
        let mut m = e2e::manager(sim.addr(), "off");
        run(n, || round_trip(&mut m));
    }
}
