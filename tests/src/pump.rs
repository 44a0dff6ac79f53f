//! A small socket pump around one sans-IO `Connection`: blocking std
//! sockets with short timeouts, enough to drive the state machine against
//! the simulator (or a hostile server) over real loopback sockets.

use std::collections::HashMap;
use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use ami_conn::{ActionFailure, CloseReason, ConnConfig, Connection, Output, SendOptions, State};
use ami_proto::{Action, Outcome};

use crate::LIMIT;

/// One connection and its socket, turned by [`Pump::turn`].
pub struct Pump {
    /// The state machine.
    pub conn: Connection,
    /// Where it connects.
    pub addr: SocketAddr,
    /// The socket, while connected.
    pub sock: Option<TcpStream>,
    /// Every output so far, in order.
    pub outputs: Vec<Output>,
}

impl Pump {
    /// A disconnected pump for `addr`.
    pub fn new(addr: SocketAddr, cfg: ConnConfig) -> Self {
        Self {
            conn: Connection::new(cfg, Instant::now()),
            addr,
            sock: None,
            outputs: Vec::new(),
        }
    }

    /// Admin/amp111 with short timeouts and a fast backoff.
    pub fn cfg() -> ConnConfig {
        let mut c = ConnConfig::new("sim", "admin", "amp111");
        c.timeout = Duration::from_secs(2);
        c.connect_timeout = Duration::from_secs(2);
        c.backoff.base = Duration::from_millis(10);
        c.backoff.max = Duration::from_millis(100);
        c
    }

    /// One turn: connect if wanted, write, wait for bytes until the next
    /// deadline (at most 20 ms), read, fire timers, collect outputs.
    pub fn turn(&mut self) {
        let now = Instant::now();
        if self.sock.is_none() && self.conn.wants_connect(now) {
            self.conn.start_connect(now);
            match TcpStream::connect_timeout(&self.addr, Duration::from_secs(1)) {
                Ok(s) => {
                    s.set_nodelay(true).unwrap();
                    s.set_write_timeout(Some(Duration::from_millis(1))).unwrap();
                    self.sock = Some(s);
                    self.conn.handle_connected(Instant::now());
                }
                Err(e) => self.conn.handle_closed(now, CloseReason::Io(e.to_string())),
            }
        }
        self.flush();
        if let Some(s) = self.sock.as_mut() {
            let wait = self
                .conn
                .poll_timeout()
                .map_or(Duration::from_millis(20), |t| {
                    t.saturating_duration_since(Instant::now())
                })
                .clamp(Duration::from_millis(1), Duration::from_millis(20));
            s.set_read_timeout(Some(wait)).unwrap();
            match self.conn.read_with(Instant::now(), |b| s.read(b)) {
                Ok(0) => self
                    .conn
                    .handle_closed(Instant::now(), CloseReason::PeerClosed),
                Ok(_) => {}
                Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
                Err(e) => self
                    .conn
                    .handle_closed(Instant::now(), CloseReason::Io(e.to_string())),
            }
        } else if let Some(t) = self.conn.poll_timeout() {
            // No socket: wait for the reconnect timer (bounded).
            std::thread::sleep(
                t.saturating_duration_since(Instant::now())
                    .min(Duration::from_millis(20)),
            );
        }
        self.conn.handle_timeout(Instant::now());
        while let Some(o) = self.conn.poll_output() {
            if matches!(o, Output::Disconnected { .. }) {
                self.sock = None;
            }
            self.outputs.push(o);
        }
    }

    /// Writes what the connection has, as far as the socket takes it.
    pub fn flush(&mut self) {
        if let Some(s) = self.sock.as_mut() {
            while let Some(bytes) = self.conn.poll_transmit() {
                match s.write(bytes) {
                    Ok(n) => self.conn.transmitted(n),
                    Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                        break;
                    }
                    Err(e) => {
                        self.conn
                            .handle_closed(Instant::now(), CloseReason::Io(e.to_string()));
                        break;
                    }
                }
            }
        }
    }

    /// Turns until `pred` holds.
    ///
    /// # Panics
    /// After [`LIMIT`], with a summary of the outputs.
    pub fn until(&mut self, mut pred: impl FnMut(&Self) -> bool) {
        let start = Instant::now();
        while !pred(self) {
            assert!(
                start.elapsed() < LIMIT,
                "condition not reached; outputs: {:#?}",
                self.summary()
            );
            self.turn();
        }
    }

    /// Turns until the link is Ready.
    ///
    /// # Panics
    /// As [`Pump::until`].
    pub fn ready(&mut self) {
        self.until(|p| p.conn.state() == State::Ready);
    }

    /// Sends with default options.
    ///
    /// # Panics
    /// When the connection refuses it.
    pub fn send(&mut self, a: &dyn Action) -> String {
        self.conn
            .send(Instant::now(), a, SendOptions::default())
            .expect("send")
            .into()
    }

    /// Completions so far, by ActionID.
    pub fn results(&self) -> HashMap<String, Vec<&Result<Outcome, ActionFailure>>> {
        let mut m: HashMap<String, Vec<_>> = HashMap::new();
        for o in &self.outputs {
            if let Output::Completed { id, result, .. } = o {
                m.entry(id.to_string()).or_default().push(result);
            }
        }
        m
    }

    /// Whether `id` completed.
    pub fn done(&self, id: &str) -> bool {
        self.results().contains_key(id)
    }

    /// The one completion of `id`.
    ///
    /// # Panics
    /// When `id` did not complete exactly once.
    pub fn result(&self, id: &str) -> &Result<Outcome, ActionFailure> {
        let r = self.results();
        let all = &r[id];
        assert_eq!(all.len(), 1, "{id} completed {} times", all.len());
        all[0]
    }

    /// Every close reason so far.
    pub fn disconnects(&self) -> Vec<CloseReason> {
        self.outputs
            .iter()
            .filter_map(|o| match o {
                Output::Disconnected { reason } => Some(reason.clone()),
                _ => None,
            })
            .collect()
    }

    /// The non-event outputs, shortened, for failure messages.
    pub fn summary(&self) -> Vec<String> {
        self.outputs
            .iter()
            .filter(|o| !matches!(o, Output::Event(_)))
            .map(|o| format!("{o:?}").chars().take(160).collect())
            .collect()
    }
}
