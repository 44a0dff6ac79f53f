//! ami-sim in a child process (this same executable, started again with
//! [`CHILD_ENV`] set), so that `getrusage(RUSAGE_SELF)` in the parent
//! counts the client's CPU alone. The parent drives bursts over the child's
//! stdin; the child answers on its stdout.
//!
//! A binary that uses [`SimProcess`] calls [`serve_if_child`] first thing
//! in `main`.

use std::io::{BufRead, BufReader, Write};
use std::net::SocketAddr;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::Duration;

use ami_sim::Target;

use crate::e2e;

/// Set in the child's environment.
pub const CHILD_ENV: &str = "AMI_BENCH_SIM_CHILD";

/// In the child (started by [`SimProcess::start`]): runs the simulator
/// ([`e2e::sim`]) until stdin closes, then exits. Elsewhere returns at once.
///
/// The child prints its address, then for each line `burst N EVENTS` on
/// stdin runs a burst of `EVENTS` to its `N`-th connection (oldest first)
/// and prints `done`.
pub fn serve_if_child() {
    if std::env::var_os(CHILD_ENV).is_none() {
        return;
    }
    let sim = e2e::sim();
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", sim.addr()).expect("stdout");
    out.flush().expect("stdout");
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("stdin");
        let mut words = line.split_whitespace().skip(1);
        let mut next = || words.next().and_then(|w| w.parse::<u64>().ok());
        let (Some(n), Some(events)) = (next(), next()) else {
            panic!("sim child: expected `burst N EVENTS`, got {line:?}");
        };
        let id = e2e::conn_id(&sim, n as usize);
        let reports = sim.burst(Target::Conn(id), events, Duration::from_secs(60));
        assert_eq!(reports.len(), 1, "sim child: the burst did not finish");
        writeln!(out, "done").expect("stdout");
        out.flush().expect("stdout");
    }
    std::process::exit(0);
}

/// The simulator child, seen from the parent.
#[derive(Debug)]
pub struct SimProcess {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    addr: SocketAddr,
}

impl SimProcess {
    /// Starts this executable again as the simulator child.
    ///
    /// # Panics
    /// When it cannot start or says no address.
    pub fn start() -> Self {
        let mut child = Command::new(std::env::current_exe().expect("current exe"))
            .env(CHILD_ENV, "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("sim child");
        let stdin = child.stdin.take().expect("stdin");
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
        let mut line = String::new();
        stdout.read_line(&mut line).expect("sim child address");
        let addr = line
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("sim child said {line:?}"));
        Self {
            child,
            stdin,
            stdout,
            addr,
        }
    }

    /// The simulator's address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Asks for a burst of `events` to the `n`-th connection (oldest
    /// first); returns at once. Pair with [`wait_burst`](Self::wait_burst).
    ///
    /// # Panics
    /// When the child is gone.
    pub fn start_burst(&mut self, n: usize, events: u64) {
        // One write (the pipe is unbuffered): one line in a trace.
        let line = format!("burst {n} {events}\n");
        self.stdin.write_all(line.as_bytes()).expect("sim child");
    }

    /// Waits until the child wrote the whole burst.
    ///
    /// # Panics
    /// When the child is gone or the burst failed.
    pub fn wait_burst(&mut self) {
        let mut line = String::new();
        self.stdout.read_line(&mut line).expect("sim child");
        assert_eq!(line.trim(), "done", "sim child");
    }
}

impl Drop for SimProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
