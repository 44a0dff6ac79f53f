//! An idle listener must not spin: its CPU time over a bounded run is a
//! small fraction of the wall time. Its own binary, so the children's CPU
//! time counted is this worker's alone.
// Tests and benches call libc (rlimits, pipes, signals) or a counting allocator.
#![allow(unsafe_code)]

mod common;

use std::time::{Duration, Instant};

use ami_sim::Sim;
use common::*;

fn children_cpu() -> Duration {
    // SAFETY: getrusage fills a local struct.
    let ru = unsafe {
        let mut ru: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut ru);
        ru
    };
    let tv = |t: libc::timeval| {
        Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64)
    };
    tv(ru.ru_utime) + tv(ru.ru_stime)
}

#[test]
fn idle_listener_uses_little_cpu() {
    let s = Sim::builder().start().unwrap();
    let path = config(s.addr(), "");
    for tick in ["25", "0"] {
        let before = children_cpu();
        let start = Instant::now();
        // 80 ticks: about 2 s at a 25 ms cadence; with a 0 ms tick timeout the
        // worker still sleeps out its 10 ms minimum window (about 0.8 s).
        let o = ami(&[
            "listen",
            "--config",
            path.to_str().unwrap(),
            "--all",
            "--max-iterations",
            "80",
            "--tick-timeout-ms",
            tick,
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        let wall = start.elapsed();
        let cpu = children_cpu() - before;
        let share = cpu.as_secs_f64() / wall.as_secs_f64();
        println!(
            "tick {tick} ms: cpu {cpu:?} over {wall:?} = {:.1}%",
            share * 100.0
        );
        let floor = if tick == "25" { 1500 } else { 600 };
        assert!(
            wall >= Duration::from_millis(floor),
            "the cadence was kept: {wall:?}"
        );
        assert!(share < 0.2, "idle CPU {:.1}% of wall time", share * 100.0);
    }
}
