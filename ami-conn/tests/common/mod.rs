//! A fake-clock harness around one Connection: scripted server bytes in,
//! decoded client actions out. No sockets, no sleeps.
#![allow(dead_code, unreachable_pub)]

use std::time::{Duration, Instant};

use ami_conn::{ActionFailure, CloseReason, ConnConfig, Connection, Output, SendOptions, State};
use ami_proto::{Action, Decoder, Message, Outcome};

pub struct Harness {
    pub conn: Connection,
    pub now: Instant,
    /// Client frames written so far, decoded.
    pub sent: Vec<Message>,
    /// Every output, in order.
    pub outputs: Vec<Output>,
    client: Decoder,
}

pub fn config() -> ConnConfig {
    let mut c = ConnConfig::new("pbx1", "admin", "amp111");
    c.instance = Some("i1".into());
    c.seed = Some(1);
    c.timeout = Duration::from_secs(5);
    c.connect_timeout = Duration::from_secs(3);
    c.read_timeout = Duration::from_secs(30);
    c.heartbeat_interval = Duration::from_secs(10);
    c
}

impl Harness {
    pub fn new(cfg: ConnConfig) -> Self {
        let now = Instant::now();
        let mut client = Decoder::new();
        client.set_expect_banner(false);
        Self {
            conn: Connection::new(cfg, now),
            now,
            sent: Vec::new(),
            outputs: Vec::new(),
            client,
        }
    }

    /// A harness already logged in (events on).
    pub fn ready() -> Self {
        Self::ready_with(config())
    }

    pub fn ready_with(cfg: ConnConfig) -> Self {
        let mut h = Self::new(cfg);
        h.connect();
        h.banner();
        let id = h.last_sent_id("Login");
        h.server(&format!(
            "Response: Success\r\nActionID: {id}\r\nMessage: Authentication accepted\r\n\r\n"
        ));
        assert_eq!(h.conn.state(), State::Ready);
        h.outputs.clear();
        h
    }

    /// start_connect + handle_connected.
    pub fn connect(&mut self) {
        assert!(self.conn.wants_connect(self.now), "wants to connect");
        self.conn.start_connect(self.now);
        self.conn.handle_connected(self.now);
        self.pump();
    }

    pub fn banner(&mut self) {
        self.server("Asterisk Call Manager/11.0.0\r\n");
    }

    /// Bytes from the server.
    pub fn server(&mut self, text: &str) {
        self.server_bytes(text.as_bytes());
    }

    pub fn server_bytes(&mut self, bytes: &[u8]) {
        self.conn.handle_bytes(self.now, bytes);
        self.pump();
    }

    /// Moves the fake clock and fires timers.
    pub fn advance(&mut self, d: Duration) {
        self.now += d;
        self.conn.handle_timeout(self.now);
        self.pump();
    }

    /// Jumps to the next deadline the connection reported.
    pub fn step(&mut self) -> Option<Instant> {
        let t = self.conn.poll_timeout()?;
        if t > self.now {
            self.now = t;
        }
        self.conn.handle_timeout(self.now);
        self.pump();
        Some(t)
    }

    pub fn close(&mut self, reason: CloseReason) {
        self.conn.handle_closed(self.now, reason);
        self.pump();
    }

    /// Writes everything (as a socket would) and collects outputs.
    pub fn pump(&mut self) {
        while let Some(bytes) = self.conn.poll_transmit() {
            let bytes = bytes.to_vec();
            self.conn.transmitted(bytes.len());
            self.client.extend_from_slice(&bytes);
            while let Some(m) = self.client.decode().expect("client frames decode") {
                self.sent.push(m);
            }
        }
        while let Some(o) = self.conn.poll_output() {
            self.outputs.push(o);
        }
    }

    /// The ActionID of the last client frame named `action`.
    pub fn last_sent_id(&self, action: &str) -> String {
        let m = self
            .sent
            .iter()
            .rev()
            .find(|m| {
                m.action_name()
                    .is_some_and(|n| n.eq_ignore_ascii_case(action))
            })
            .unwrap_or_else(|| panic!("no {action} sent; sent: {:?}", self.sent_names()));
        String::from_utf8(m.action_id().unwrap().to_vec()).unwrap()
    }

    pub fn sent_names(&self) -> Vec<String> {
        self.sent
            .iter()
            .filter_map(|m| m.action_name().map(|n| n.into_owned()))
            .collect()
    }

    pub fn send(&mut self, a: &dyn Action) -> String {
        let id = self
            .conn
            .send(self.now, a, SendOptions::default())
            .expect("send");
        self.pump();
        id.into()
    }

    /// Completions seen so far, by id.
    pub fn completions(&self) -> Vec<(&str, &Result<Outcome, ActionFailure>)> {
        self.outputs
            .iter()
            .filter_map(|o| match o {
                Output::Completed { id, result, .. } => Some((id.as_str(), result)),
                _ => None,
            })
            .collect()
    }

    pub fn completion(&self, id: &str) -> &Result<Outcome, ActionFailure> {
        let all: Vec<_> = self
            .completions()
            .into_iter()
            .filter(|(i, _)| *i == id)
            .collect();
        assert_eq!(all.len(), 1, "{id} completed {} times", all.len());
        all[0].1
    }

    pub fn events(&self) -> Vec<&Message> {
        self.outputs
            .iter()
            .filter_map(|o| match o {
                Output::Event(m) => Some(m),
                _ => None,
            })
            .collect()
    }

    pub fn disconnects(&self) -> Vec<&CloseReason> {
        self.outputs
            .iter()
            .filter_map(|o| match o {
                Output::Disconnected { reason } => Some(reason),
                _ => None,
            })
            .collect()
    }

    pub fn states(&self) -> Vec<State> {
        self.outputs
            .iter()
            .filter_map(|o| match o {
                Output::StateChanged { to, .. } => Some(*to),
                _ => None,
            })
            .collect()
    }
}

pub fn response(id: &str, extra: &str) -> String {
    format!("Response: Success\r\nActionID: {id}\r\n{extra}\r\n")
}
