//! The worker's runtime contract under hostile conditions: a stdout nobody
//! reads, a reader that went away, control characters from the server, idle
//! clients on the metrics port.
// Tests and benches call libc (rlimits, pipes, signals) or a counting allocator.
#![allow(unsafe_code)]

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::os::fd::{FromRawFd, OwnedFd};
use std::process::{Child, ChildStdout, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use ami_sim::{Sim, Target};
use common::*;

/// Generous: these bound a hang, they are not performance targets.
const DEADLINE: Duration = Duration::from_secs(20);

/// A child killed if the test fails before it ends it, so a failed run
/// leaves no worker or simulator behind.
struct Guard(Option<Child>);

impl Guard {
    fn id(&self) -> u32 {
        self.0.as_ref().map_or(0, Child::id)
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        if let Some(mut c) = self.0.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// Spawns `ami` with stdout piped (the caller decides whether to read it)
/// and stderr read line by line by a thread, so stderr never fills up.
fn spawn_listen(args: &[&str]) -> (Guard, ChildStdout, Receiver<String>) {
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
    (Guard(Some(child)), out, rx)
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
fn exit_within(mut guard: Guard, limit: Duration) -> Option<(ExitStatus, Duration)> {
    let mut child = guard.0.take()?;
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

fn sigterm(child: &Guard) {
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

/// A metric's value (summed over its label sets); 0 when absent.
fn metric(body: &str, name: &str) -> u64 {
    body.lines()
        .filter(|l| {
            l.strip_prefix(name)
                .is_some_and(|rest| rest.starts_with(' ') || rest.starts_with('{'))
        })
        .filter_map(|l| l.rsplit(' ').next()?.parse::<u64>().ok())
        .sum()
}

fn busy_sim() -> Sim {
    Sim::builder()
        .calls_per_second(200.0)
        .call_duration(Duration::from_millis(10))
        .start()
        .unwrap()
}

/// A pipe whose reading end is already closed: any write to it is EPIPE.
fn dead_pipe() -> Stdio {
    let mut fds = [0; 2];
    // SAFETY: pipe fills two descriptors we then own.
    assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
    // SAFETY: fds[0] is ours and closed once; fds[1] is ours and owned once.
    unsafe {
        libc::close(fds[0]);
        Stdio::from(OwnedFd::from_raw_fd(fds[1]))
    }
}

#[test]
fn hostile_stalled_stdout_keeps_the_worker_ticking_and_sigterm_ends_it() {
    let s = busy_sim();
    let path = config(s.addr(), "");
    // stdout is a pipe this test never reads: it fills up at once.
    let (child, _stdout_never_read, rx) = spawn_listen(&[
        "listen",
        "--config",
        path.to_str().unwrap(),
        "--all",
        "--metrics",
        "127.0.0.1:0",
        "--stats-interval",
        "1",
        "--output-buffer",
        "65536",
    ]);
    let mut seen = Vec::new();
    let addr = metrics_addr(&wait_line(&rx, "metrics at http://", &mut seen));
    let scrape = || {
        let (status, body) = http_get(&addr, "/metrics");
        assert_eq!(status, "HTTP/1.1 200 OK");
        body
    };
    // Drops start once the pipe and the output buffer are full.
    let start = Instant::now();
    let (events, dropped) = loop {
        let body = scrape();
        let dropped = metric(&body, "ami_output_dropped_total");
        if dropped > 0 {
            break (metric(&body, "ami_events_received_total"), dropped);
        }
        assert!(
            start.elapsed() < DEADLINE,
            "no output drops counted: {body}"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    // The worker still ticks: events keep being read, drops keep being counted.
    let start = Instant::now();
    loop {
        let body = scrape();
        if metric(&body, "ami_events_received_total") > events
            && metric(&body, "ami_output_dropped_total") > dropped
        {
            break;
        }
        assert!(start.elapsed() < DEADLINE, "the worker froze: {body}");
        std::thread::sleep(Duration::from_millis(100));
    }
    let stats = wait_line(&rx, "output dropped", &mut seen);
    assert!(stats.contains("pbx1=Ready"), "{stats}");
    sigterm(&child);
    let (status, took) = exit_within(child, DEADLINE).expect("SIGTERM ended the worker");
    println!("SIGTERM under a stalled stdout: exited in {took:?}");
    assert!(status.success(), "{status:?}");
    assert!(s.wait_until(DEADLINE, |snap| {
        snap.actions.iter().any(|a| a.name == "Logoff")
    }));
    let rest: Vec<String> = rx.iter().collect();
    assert!(
        !rest.iter().chain(&seen).any(|l| l.contains("panicked")),
        "{rest:?}"
    );
}

#[test]
fn hostile_sigint_ends_a_worker_stalled_from_the_start() {
    let s = busy_sim();
    let path = config(s.addr(), "");
    let (child, _stdout_never_read, rx) = spawn_listen(&[
        "listen",
        "--config",
        path.to_str().unwrap(),
        "--all",
        "--stats-interval",
        "1",
        "--output-buffer",
        "65536",
    ]);
    let mut seen = Vec::new();
    // A stats line reporting drops: the worker is past the stall.
    let start = Instant::now();
    while wait_line(&rx, "output dropped", &mut seen).contains("output dropped 0,") {
        assert!(start.elapsed() < DEADLINE, "no drops: {seen:?}");
    }
    // SAFETY: signalling our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let (status, took) = exit_within(child, DEADLINE).expect("SIGINT ended the worker");
    println!("SIGINT under a stalled stdout: exited in {took:?}");
    assert!(status.success(), "{status:?}");
}

#[test]
fn hostile_reader_gone_ends_listen_cleanly() {
    let s = busy_sim();
    let path = config(s.addr(), "");
    // `ami listen | head -1`: one line read, then the reading end closes.
    let (child, stdout, rx) =
        spawn_listen(&["listen", "--config", path.to_str().unwrap(), "--all"]);
    let mut first = String::new();
    BufReader::new(stdout).read_line(&mut first).unwrap();
    assert!(first.contains("\"event\""), "{first}");
    // (the BufReader, the only reading end, is dropped here)
    let (status, took) = exit_within(child, DEADLINE).expect("EPIPE ended the worker");
    println!("reader gone: exited in {took:?}");
    assert!(status.success(), "{status:?}");
    let err: Vec<String> = rx.iter().collect();
    assert!(!err.iter().any(|l| l.contains("panicked")), "{err:?}");
    assert!(s.wait_until(DEADLINE, |snap| {
        snap.actions.iter().any(|a| a.name == "Logoff")
    }));

    // A reader gone before the first line: the same.
    let child = Guard(Some(
        Command::new(BIN)
            .args(["listen", "--config", path.to_str().unwrap(), "--all"])
            .env_remove("AMI_CONFIG")
            .stdout(dead_pipe())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    ));
    let (status, _) = exit_within(child, DEADLINE).expect("EPIPE ended the worker");
    assert!(status.success(), "{status:?}");
}

#[test]
fn hostile_send_into_a_closed_pipe_does_not_panic() {
    let s = Sim::builder().example_pbx().start().unwrap();
    let path = config(s.addr(), "");
    for action in [
        &["Ping"][..],
        &["QueueStatus"],
        &["Command", "Command=core show version"],
    ] {
        // `ami send ... | head -c 10` where head is already gone.
        let mut child = Command::new(BIN)
            .args(["send", "--config", path.to_str().unwrap()])
            .args(action)
            .env_remove("AMI_CONFIG")
            .stdout(dead_pipe())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut err = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut err)
            .unwrap();
        let status = child.wait().unwrap();
        assert!(status.success(), "{action:?}: {status:?} {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    // `ami check` prints to stdout too.
    let o = Command::new(BIN)
        .args(["check", "--config", path.to_str().unwrap()])
        .env_remove("AMI_CONFIG")
        .stdout(dead_pipe())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
}

#[test]
fn hostile_control_characters_are_escaped_in_text_and_logs() {
    let s = Sim::builder().start().unwrap();
    let path = config(s.addr(), "");
    // A small frame limit so one oversized frame makes a warning that quotes
    // its (server-chosen) ActionID.
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("[options]\n", "[options]\nmax_frame_size = 1024\n");
    std::fs::write(&path, text).unwrap();
    let (child, stdout, rx) = spawn_listen(&[
        "listen",
        "--config",
        path.to_str().unwrap(),
        "--all",
        "--format",
        "text",
    ]);
    assert!(s.wait_until(DEADLINE, |snap| snap.logins.iter().any(|l| l.success)));
    // ESC sequences that would clear the screen, retitle the terminal, ring
    // the bell; a DEL and a bare CR that would overwrite the line.
    s.inject(
        Target::Open,
        &b"Event: UserEvent\r\nPrivilege: user,all\r\nUserEvent: evil\x1b[2J\x1b]0;owned\x07\r\nChannel: PJSIP/a\rfake\x7f\x01\r\n\r\n"[..],
    );
    let mut big = b"Event: Evil\r\nActionID: id\x1b[31m\x07\r\n".to_vec();
    big.extend_from_slice(format!("Pad: {}\r\n\r\n", "x".repeat(2000)).as_bytes());
    s.inject(Target::Open, big);

    let mut seen = Vec::new();
    let warn = wait_line(&rx, "max_frame_size", &mut seen);
    assert!(warn.contains(r"id\x1b[31m\x07"), "{warn:?}");
    assert!(!warn.bytes().any(|b| b < 0x20 || b == 0x7f), "{warn:?}");

    let mut lines = BufReader::new(stdout).split(b'\n');
    let line = loop {
        let line = lines.next().expect("stdout ended").unwrap();
        if line.windows(9).any(|w| w == b"UserEvent") {
            break line;
        }
    };
    let shown = String::from_utf8_lossy(&line).into_owned();
    assert!(
        !line.iter().any(|&b| b < 0x20 || b == 0x7f),
        "raw control bytes: {shown:?}"
    );
    assert!(
        shown.contains(r"UserEvent=evil\x1b[2J\x1b]0;owned\x07"),
        "{shown}"
    );
    assert!(shown.contains(r"Channel=PJSIP/a\rfake\x7f\x01"), "{shown}");
    sigterm(&child);
    let (status, _) = exit_within(child, DEADLINE).expect("SIGTERM ended the worker");
    assert!(status.success());
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
        let mut child = Guard(Some(spawn(
            &[&["sim", "--listen", &listen][..], flags].concat(),
        )));
        let mut line = String::new();
        BufReader::new(child.0.as_mut().unwrap().stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert!(line.contains("listening on"), "{flags:?}: {line}");
        let path = config(listen.parse().unwrap(), "");
        let o = ami(&["send", "--config", path.to_str().unwrap(), "QueueSummary"]);
        assert!(o.status.success(), "{}", stderr(&o));
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
        let n = v["events"].as_array().unwrap().len();
        assert_eq!(n > 0, queues, "{flags:?}: {n} queues");
        if queues {
            // Shaped like Asterisk 22: SuccessfulAuth follows the login.
            let o = ami(&[
                "listen",
                "--config",
                path.to_str().unwrap(),
                "--all",
                "--max-iterations",
                "40",
                "--event",
                "SuccessfulAuth",
            ]);
            assert!(stdout(&o).contains("SuccessfulAuth"), "{}", stderr(&o));
        }
        sigterm(&child);
        assert!(exit_within(child, DEADLINE).is_some_and(|(st, _)| st.success()));
    }
}
