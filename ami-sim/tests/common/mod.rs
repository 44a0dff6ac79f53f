//! A blocking test client: a plain TcpStream plus ami-proto's codec.
#![allow(dead_code, unreachable_pub)]

use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use ami_proto::{Action, Decoder, Message, encode_action};

/// How long a read may wait before the test fails (a bound, not a sleep).
pub const WAIT: Duration = Duration::from_secs(5);

pub struct Client {
    pub stream: TcpStream,
    pub dec: Decoder,
    next_id: u32,
}

impl Client {
    /// Connects and reads the banner.
    pub fn connect(addr: SocketAddr) -> (Self, Message) {
        let mut c = Self::connect_raw(addr);
        let banner = c.recv().expect("banner");
        assert_eq!(banner.kind(), ami_proto::MessageKind::Banner, "{banner:?}");
        (c, banner)
    }

    /// Connects without reading anything.
    pub fn connect_raw(addr: SocketAddr) -> Self {
        let stream = TcpStream::connect(addr).expect("connect");
        stream.set_read_timeout(Some(WAIT)).unwrap();
        stream.set_nodelay(true).unwrap();
        Self {
            stream,
            dec: Decoder::new(),
            next_id: 0,
        }
    }

    /// Connects and logs in as admin with the given event mask.
    pub fn login(addr: SocketAddr, events: &str) -> Self {
        let (mut c, _) = Self::connect(addr);
        let r = c.call(&ami_proto::actions::Login::plain("admin", "amp111").events(events));
        assert_eq!(
            r.message_text().as_deref(),
            Some("Authentication accepted"),
            "{r:?}"
        );
        c
    }

    /// Next message, or `None` on EOF. Fails the test on a read timeout.
    pub fn recv(&mut self) -> Option<Message> {
        self.try_recv().expect("read")
    }

    /// Next message; `Ok(None)` on EOF; `Err` on timeout or a reset.
    pub fn try_recv(&mut self) -> io::Result<Option<Message>> {
        loop {
            if let Some(m) = self.dec.decode().expect("well-formed") {
                return Ok(Some(m));
            }
            let stream = &mut self.stream;
            match self.dec.read_with(|b| stream.read(b)) {
                Ok(0) => return Ok(None),
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::ConnectionReset => return Ok(None),
                Err(e) => return Err(e),
            }
        }
    }

    /// Reads until a message matches `pred`, returning it; panics on EOF.
    pub fn recv_until(&mut self, mut pred: impl FnMut(&Message) -> bool) -> Message {
        loop {
            let m = self.recv().expect("connection closed while waiting");
            if pred(&m) {
                return m;
            }
        }
    }

    /// True once the server closed the connection (reads to EOF).
    pub fn closed(&mut self) -> bool {
        loop {
            match self.try_recv() {
                Ok(None) => return true,
                Ok(Some(_)) => {}
                Err(_) => return false,
            }
        }
    }

    pub fn send_raw(&mut self, bytes: &[u8]) {
        self.stream.write_all(bytes).expect("write");
    }

    /// Sends an action with a fresh ActionID and returns the id.
    pub fn send(&mut self, action: &dyn Action) -> String {
        self.next_id += 1;
        let id = format!("t-{}", self.next_id);
        let mut out = Vec::new();
        encode_action(action, Some(&id), 128, &mut out).expect("encodes");
        self.send_raw(&out);
        id
    }

    /// Sends an action and returns its response (skipping unrelated frames).
    pub fn call(&mut self, action: &dyn Action) -> Message {
        let id = self.send(action);
        self.recv_until(|m| m.is_response() && m.action_id() == Some(id.as_bytes()))
    }

    /// Sends an action and returns every frame carrying its ActionID up to
    /// the end of its list (or just the response when it is not a list).
    pub fn call_list(&mut self, action: &dyn Action) -> Vec<Message> {
        let id = self.send(action);
        let mut out = Vec::new();
        loop {
            let m = self.recv_until(|m| m.action_id() == Some(id.as_bytes()));
            let end = (m.is_response() && m.event_list().is_none())
                || m.event_list()
                    .is_some_and(|v| v.eq_ignore_ascii_case(b"complete"));
            out.push(m);
            if end {
                return out;
            }
        }
    }
}

pub fn s(v: Option<&[u8]>) -> Option<&str> {
    v.map(|v| std::str::from_utf8(v).expect("utf-8"))
}

/// Every message of a capture in `testdata/asterisk22/` (the banner too,
/// when the capture starts with it).
pub fn capture(name: &str) -> Vec<Message> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata/asterisk22/");
    let bytes = std::fs::read(format!("{path}{name}")).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut dec = Decoder::new();
    dec.extend_from_slice(&bytes);
    dec.by_ref()
        .map(|r| r.unwrap_or_else(|e| panic!("{name}: {e}")))
        .collect()
}

/// A message's header names, in order.
pub fn names(m: &Message) -> Vec<String> {
    m.iter().map(|h| h.key_str().into_owned()).collect()
}

/// A message's headers as (name, value) pairs, in order.
pub fn pairs(m: &Message) -> Vec<(String, String)> {
    m.iter()
        .map(|h| (h.key_str().into_owned(), h.value_str().into_owned()))
        .collect()
}

/// The messages that are events named `name`, in order.
pub fn events_named<'a>(ms: &'a [Message], name: &str) -> Vec<&'a Message> {
    ms.iter().filter(|m| m.is_event_named(name)).collect()
}
