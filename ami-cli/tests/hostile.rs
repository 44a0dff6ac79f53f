//! The worker's runtime contract under hostile conditions: a stdout nobody
//! reads, a reader that went away, control characters from the server, idle
//! clients on the metrics port.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, ChildStdout, ExitStatus};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use ami_sim::Sim;
use common::*;

/// Generous: these bound a hang, they are not performance targets.
const DEADLINE: Duration = Duration::from_secs(20);

/// Spawns `ami` with stdout piped (the caller decides whether to read it)
/// and stderr read line by line by a thread, so stderr never fills up.
fn spawn_listen(args: &[&str]) -> (Child, ChildStdout, Receiver<String>) {
    let mut child = spawn(args);
    let out = child.stdout.take().unwrap();
    let err = child.stderr.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(err).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    (child, out, rx)
}

/// The next stderr line containing `needle`; every line seen goes to `seen`.
fn wait_line(rx: &Receiver<String>, needle: &str, seen: &mut Vec<String>) -> String {
    let deadline = Instant::now() + DEADLINE;
    loop {
        let left = deadline
            .checked_duration_since(Instant::now())
            .unwrap_or_else(|| panic!("no stderr line with {needle:?} in {DEADLINE:?}: {seen:?}"));
        let line = rx
            .recv_timeout(left)
            .unwrap_or_else(|e| panic!("no stderr line with {needle:?} ({e}): {seen:?}"));
        seen.push(line.clone());
        if line.contains(needle) {
            return line;
        }
    }
}

/// Waits for the child to exit, at most `limit`; kills it past that.
fn exit_within(mut child: Child, limit: Duration) -> Option<(ExitStatus, Duration)> {
    let start = Instant::now();
    let id = child.id();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait());
    });
    match rx.recv_timeout(limit) {
        Ok(status) => Some((status.unwrap(), start.elapsed())),
        Err(_) => {
            // SAFETY: killing our own child, still unreaped (the waiting
            // thread has not returned).
            unsafe { libc::kill(id as i32, libc::SIGKILL) };
            None
        }
    }
}

fn sigterm(child: &Child) {
    // SAFETY: signalling our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
}

fn metrics_addr(line: &str) -> String {
    line.trim()
        .rsplit("http://")
        .next()
        .unwrap()
        .trim_end_matches("/metrics")
        .to_owned()
}

#[test]
fn hostile_idle_clients_do_not_block_metrics() {
    let s = Sim::builder().start().unwrap();
    let path = config(s.addr(), "");
    let (child, _stdout, rx) = spawn_listen(&[
        "listen",
        "--config",
        path.to_str().unwrap(),
        "--all",
        "--metrics",
        "127.0.0.1:0",
    ]);
    let mut seen = Vec::new();
    let addr = metrics_addr(&wait_line(&rx, "metrics at http://", &mut seen));
    let start = Instant::now();
    while !http_get(&addr, "/metrics").1.contains("ami_up") {
        assert!(start.elapsed() < DEADLINE, "no metrics");
        std::thread::sleep(Duration::from_millis(50));
    }
    // Twenty clients that connect and say nothing.
    let idle: Vec<TcpStream> = (0..20)
        .map(|_| TcpStream::connect(&addr).unwrap())
        .collect();
    let start = Instant::now();
    let mut s2 = TcpStream::connect(&addr).unwrap();
    s2.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    write!(s2, "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let mut all = String::new();
    let res = s2.read_to_string(&mut all);
    let took = start.elapsed();
    println!("scrape with 20 idle connections: {took:?}");
    assert!(res.is_ok(), "scrape failed after {took:?}: {res:?}");
    assert!(all.starts_with("HTTP/1.1 200 OK"), "{all}");
    assert!(all.contains("ami_up"), "{all}");
    assert!(took < Duration::from_secs(1), "scrape took {took:?}");
    // A slow client dribbling its request is cut off at the deadline, and
    // the idle ones are closed by the server rather than held forever.
    for mut c in idle {
        c.set_read_timeout(Some(DEADLINE)).unwrap();
        let mut buf = Vec::new();
        assert!(c.read_to_end(&mut buf).is_ok(), "idle connection closed");
    }
    sigterm(&child);
    assert!(exit_within(child, DEADLINE).is_some_and(|(st, _)| st.success()));
}

#[test]
fn hostile_sim_defaults_to_the_example_pbx() {
    for (flags, queues) in [(&[][..], true), (&["--empty-pbx"][..], false)] {
        let port = free_port();
        let listen = format!("127.0.0.1:{port}");
        let mut child = spawn(&[&["sim", "--listen", &listen][..], flags].concat());
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert!(line.contains("listening on"), "{flags:?}: {line}");
        let path = config(listen.parse().unwrap(), "");
        let o = ami(&["send", "--config", path.to_str().unwrap(), "QueueSummary"]);
        assert!(o.status.success(), "{}", stderr(&o));
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
        let n = v["events"].as_array().unwrap().len();
        assert_eq!(n > 0, queues, "{flags:?}: {n} queues");
        sigterm(&child);
        assert!(child.wait().unwrap().success());
    }
}
