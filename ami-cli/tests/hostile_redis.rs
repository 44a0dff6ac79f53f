//! Hostile Redis: a fake server in the test that answers errors, never
//! answers, closes at once, or announces a huge bulk or array. The worker
//! counts each by cause, stays bounded in memory, never aborts, and keeps
//! ticking (its metrics text, refreshed by the tick loop, keeps moving).
// Tests and benches call libc (rlimits, pipes, signals) or a counting allocator.
#![allow(unsafe_code)]

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use ami_sim::Sim;
use common::bus::*;
use common::*;

#[derive(Clone, Copy, Debug)]
enum Mode {
    /// `-ERR` to every command.
    Errors,
    /// Reads everything, answers nothing.
    Silent,
    /// Accepts and closes at once.
    Close,
    /// `$99999999999999` to the first command, then silence.
    HugeBulk,
    /// `*99999999999999` to the first command, then silence.
    HugeArray,
    /// Bytes that are not RESP.
    Garbage,
}

struct Fake {
    port: u16,
    accepted: Arc<AtomicU64>,
    stop: Arc<AtomicBool>,
}

impl Drop for Fake {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

/// Reads one RESP request (`*N` then N bulk strings); `None` at EOF.
fn request(r: &mut BufReader<TcpStream>) -> Option<()> {
    let mut line = String::new();
    r.read_line(&mut line).ok().filter(|n| *n > 0)?;
    let n: usize = line.trim().strip_prefix('*')?.parse().ok()?;
    for _ in 0..n {
        line.clear();
        r.read_line(&mut line).ok().filter(|n| *n > 0)?;
        let len: usize = line.trim().strip_prefix('$')?.parse().ok()?;
        let mut skip = vec![0u8; len + 2];
        std::io::Read::read_exact(r, &mut skip).ok()?;
    }
    Some(())
}

fn fake(mode: Mode) -> Fake {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    let accepted = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let (a, st) = (accepted.clone(), stop.clone());
    std::thread::spawn(move || {
        for s in l.incoming() {
            if st.load(Ordering::SeqCst) {
                return;
            }
            let Ok(s) = s else { continue };
            a.fetch_add(1, Ordering::SeqCst);
            let st = st.clone();
            std::thread::spawn(move || {
                let mut w = s.try_clone().unwrap();
                let _ = s.set_read_timeout(Some(Duration::from_millis(200)));
                let mut r = BufReader::new(s);
                let mut first = true;
                while !st.load(Ordering::SeqCst) {
                    if matches!(mode, Mode::Close) {
                        return;
                    }
                    if request(&mut r).is_none() {
                        // Timeouts just loop; EOF ends.
                        if r.get_ref().peek(&mut [0u8; 1]).is_ok_and(|n| n == 0) {
                            return;
                        }
                        continue;
                    }
                    let reply: &[u8] = match mode {
                        Mode::Errors => b"-ERR hostile says no\r\n",
                        Mode::HugeBulk if first => b"$99999999999999\r\n",
                        Mode::HugeArray if first => b"*99999999999999\r\n",
                        Mode::Garbage => b"!not resp at all\r\n",
                        _ => b"",
                    };
                    first = false;
                    if w.write_all(reply).is_err() {
                        return;
                    }
                }
            });
        }
    });
    Fake {
        port,
        accepted,
        stop,
    }
}

fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| {
            l.strip_prefix("VmRSS:")?
                .trim()
                .trim_end_matches("kB")
                .trim()
                .parse()
                .ok()
        })
        .unwrap_or(0)
}

/// Runs a publishing and gateway worker against the fake for a while and
/// returns its metrics text, the fake's accept count and the peak RSS.
fn run(mode: Mode, expect_kind: &[&str]) {
    let f = fake(mode);
    let sim = Sim::builder()
        .calls_per_second(200.0)
        .call_duration(Duration::from_millis(5))
        .start()
        .unwrap();
    let path = config(sim.addr(), "");
    let url = format!("redis://127.0.0.1:{}", f.port);
    let mut w = Reaper(vec![spawn_quiet(&[
        "listen",
        "--config",
        path.to_str().unwrap(),
        "--all",
        "--redis",
        &url,
        "--stream",
        "ev",
        "--publish-queue",
        "1000",
        "--actions",
        "h",
        "--redis-timeout-ms",
        "300",
        "--metrics",
        "127.0.0.1:0",
    ])]);
    let pid = w.0[0].id();
    let addr = metrics_addr(&mut w.0[0]);
    let events = |a: &str| {
        http_get(a, "/metrics")
            .1
            .lines()
            .filter_map(|l| {
                l.strip_prefix("ami_events_received_total{")?
                    .split(' ')
                    .nth(1)?
                    .parse::<f64>()
                    .ok()
            })
            .sum::<f64>()
    };
    let errors = |a: &str, kind: &str| {
        metric(
            a,
            &format!("ami_redis_errors_total{{role=\"events\",kind=\"{kind}\"}}"),
        )
        .unwrap_or(0.0)
    };
    // Counted by cause.
    wait_for(
        Duration::from_secs(20),
        &format!("{mode:?}: errors of kind {expect_kind:?}"),
        || expect_kind.iter().any(|k| errors(&addr, k) > 0.0),
    );
    // The tick goes on: events keep arriving while Redis misbehaves.
    let e0 = events(&addr);
    wait_for(
        Duration::from_secs(10),
        &format!("{mode:?}: events keep flowing"),
        || events(&addr) > e0 + 50.0,
    );
    let start = Instant::now();
    let mut peak = 0;
    while start.elapsed() < Duration::from_secs(2) {
        peak = peak.max(rss_kib(pid));
        std::thread::sleep(Duration::from_millis(100));
    }
    let text = http_get(&addr, "/metrics").1;
    assert!(
        text.contains("ami_redis_up{role=\"events\"} 0"),
        "{mode:?}: up must be 0\n{text}"
    );
    assert!(
        text.contains("ami_redis_up{role=\"gateway_read\"} 0"),
        "{mode:?}\n{text}"
    );
    let dropped = metric(&addr, "ami_redis_dropped_total").unwrap_or(0.0);
    let queued = metric(&addr, "ami_redis_queued").unwrap_or(0.0);
    assert!(queued <= 1000.0, "{mode:?}: queue bounded: {queued}");
    assert!(peak < 200 * 1024, "{mode:?}: RSS {peak} KiB");
    // Not hammered: backoff grows, a bare connect does not reset it.
    let accepted = f.accepted.load(Ordering::SeqCst);
    let secs = 4.0;
    assert!(
        (accepted as f64) < secs * 40.0,
        "{mode:?}: {accepted} connections: reconnects are not backing off"
    );
    // Alive and stops cleanly.
    assert!(
        w.0[0].try_wait().unwrap().is_none(),
        "{mode:?}: the worker died"
    );
    // SAFETY: signalling our own child.
    unsafe { libc::kill(pid as i32, libc::SIGTERM) };
    let t = Instant::now();
    let status = w.0[0].wait().unwrap();
    assert!(status.success(), "{mode:?}: {status:?}");
    assert!(
        t.elapsed() < Duration::from_secs(6),
        "{mode:?}: exit took {:?}",
        t.elapsed()
    );
    eprintln!("{mode:?}: accepted {accepted}, dropped {dropped}, peak RSS {peak} KiB");
}

#[test]
fn hostile_redis_error_replies() {
    run(Mode::Errors, &["server"]);
}

#[test]
fn hostile_redis_never_answers() {
    run(Mode::Silent, &["timeout"]);
}

#[test]
fn hostile_redis_closes_at_once() {
    run(Mode::Close, &["closed", "io"]);
}

#[test]
fn hostile_redis_huge_bulk_length() {
    run(Mode::HugeBulk, &["timeout", "parse"]);
}

#[test]
fn hostile_redis_huge_array_length() {
    run(Mode::HugeArray, &["timeout", "parse"]);
}

#[test]
fn hostile_redis_garbage() {
    run(Mode::Garbage, &["parse", "server", "unexpected_reply"]);
}
