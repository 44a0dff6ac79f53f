//! One server's slot in the manager: its state machine, its non-blocking
//! socket (registered with the shared poller) and its counters.
// Unsafe here: registering a socket with the selector is `unsafe` (it must be deleted before it closes: `Registered`).
#![allow(unsafe_code)]

use std::io::{self, Read, Write};
use std::net::SocketAddr;
use std::os::fd::AsRawFd;
use std::sync::Arc;
use std::time::Instant;

use ami_conn::{CloseReason, Connection};
use socket2::{Domain, Protocol, Socket, Type};

use crate::metrics::ServerMetrics;
use crate::selector::Selector;
use crate::tls::{TlsClient, TlsSession};

#[cfg(target_os = "linux")]
const EINPROGRESS: i32 = 115;
#[cfg(not(target_os = "linux"))]
const EINPROGRESS: i32 = 36;

/// A socket registered with the selector; deleted from it on drop, before
/// the socket closes (the selector's `add` contract).
pub(crate) struct Registered {
    pub(crate) socket: Socket,
    poller: Arc<Selector>,
}

impl Drop for Registered {
    fn drop(&mut self) {
        let _ = self.poller.delete(self.socket.as_raw_fd());
    }
}

pub(crate) struct Server {
    pub(crate) key: Arc<str>,
    pub(crate) addr: SocketAddr,
    pub(crate) conn: Connection,
    pub(crate) sock: Option<Registered>,
    /// A non-blocking connect is in progress.
    pub(crate) connecting: bool,
    /// The (read, write) interest armed with the poller (level-triggered);
    /// `None` when unknown (a new socket).
    pub(crate) armed: Option<(bool, bool)>,
    /// Where chosen outcomes go; an action without an entry takes the
    /// manager's default (the pull queue when completion pull is on, else
    /// unclaimed).
    pub(crate) dispositions: ami_conn::ActionIdMap<crate::pending::Disposition>,
    pub(crate) metrics: ServerMetrics,
    /// TLS client settings, for a TLS server.
    pub(crate) tls: Option<TlsClient>,
    /// The TLS session of the open socket.
    session: Option<TlsSession>,
}

impl Server {
    pub(crate) fn new(
        key: Arc<str>,
        addr: SocketAddr,
        conn: Connection,
        tls: Option<TlsClient>,
    ) -> Self {
        Self {
            key,
            addr,
            conn,
            sock: None,
            connecting: false,
            armed: None,
            dispositions: ami_conn::ActionIdMap::default(),
            metrics: ServerMetrics::default(),
            tls,
            session: None,
        }
    }

    /// Starts a non-blocking connect and registers the socket.
    pub(crate) fn open(&mut self, poller: &Arc<Selector>, idx: usize, now: Instant) {
        self.conn.start_connect(now);
        match self.try_open(poller, idx) {
            Ok(immediate) => {
                self.connecting = !immediate;
                if immediate {
                    self.conn.handle_connected(now);
                }
            }
            Err(e) => {
                let reason = CloseReason::Io(format!("connect to {}: {e}", self.addr));
                self.drop_socket(now, reason);
            }
        }
    }

    fn try_open(&mut self, poller: &Arc<Selector>, idx: usize) -> io::Result<bool> {
        // A fresh session per socket: the handshake runs again on reconnect.
        self.session = match &self.tls {
            Some(client) => Some(TlsSession::new(client).map_err(io::Error::other)?),
            None => None,
        };
        let socket = Socket::new(
            Domain::for_address(self.addr),
            Type::STREAM,
            Some(Protocol::TCP),
        )?;
        socket.set_nonblocking(true)?;
        socket.set_nodelay(true)?;
        let immediate = match socket.connect(&self.addr.into()) {
            Ok(()) => true,
            Err(e)
                if e.raw_os_error() == Some(EINPROGRESS)
                    || e.kind() == io::ErrorKind::WouldBlock =>
            {
                false
            }
            Err(e) => return Err(e),
        };
        // SAFETY: the socket is wrapped in `Registered` right away, whose
        // Drop deletes it from the poller before the socket closes.
        // Level-triggered: interest stays armed across events, so a tick
        // re-arms nothing unless what we wait for changed (a oneshot re-arm
        // cost one epoll_ctl per event).
        unsafe { poller.add(socket.as_raw_fd(), idx)? };
        self.sock = Some(Registered {
            socket,
            poller: poller.clone(),
        });
        self.armed = None;
        Ok(immediate)
    }

    /// The socket turned writable while connecting: did the connect work?
    pub(crate) fn finish_connect(&mut self, now: Instant) {
        self.connecting = false;
        let err = match &self.sock {
            Some(s) => match s.socket.take_error() {
                Ok(None) => s.socket.peer_addr().err(),
                Ok(Some(e)) | Err(e) => Some(e),
            },
            None => return,
        };
        match err {
            None => self.conn.handle_connected(now),
            Some(e) => {
                let reason = CloseReason::Io(format!("connect to {}: {e}", self.addr));
                self.drop_socket(now, reason);
            }
        }
    }

    /// Reads up to `budget` bytes. Returns bytes read and whether more may
    /// be waiting (the budget ran out).
    pub(crate) fn read(&mut self, now: Instant, budget: usize) -> (usize, bool) {
        if let (Some(session), Some(s)) = (self.session.as_mut(), self.sock.as_ref()) {
            let result = session.read(&s.socket, &mut self.conn, now, budget);
            return match result {
                Ok(r) => {
                    // Handshake records (and anything the plaintext caused)
                    // go out now rather than a selector turn later.
                    self.flush(now);
                    r
                }
                Err(reason) => {
                    let reason = self.tls_reason(reason);
                    self.drop_socket(now, reason);
                    (0, false)
                }
            };
        }
        let mut total = 0;
        while total < budget {
            let Some(s) = self.sock.as_ref() else {
                break;
            };
            let mut sock = &s.socket;
            let mut offered = 0;
            match self.conn.read_with(now, |buf| {
                offered = buf.len();
                sock.read(buf)
            }) {
                Ok(0) => {
                    self.drop_socket(now, CloseReason::PeerClosed);
                    return (total, false);
                }
                // A short read drained the socket: no second read just to
                // hear EAGAIN (level-triggered polling reports what comes next).
                Ok(n) if n < offered => return (total + n, false),
                Ok(n) => total += n,
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return (total, false),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.drop_socket(now, CloseReason::Io(e.to_string()));
                    return (total, false);
                }
            }
        }
        (total, total >= budget)
    }

    /// Names the peer in a TLS failure, so the link-down line says which
    /// handshake failed and why.
    fn tls_reason(&self, reason: CloseReason) -> CloseReason {
        match reason {
            CloseReason::Io(e) => CloseReason::Io(format!("with {}: {e}", self.addr)),
            other => other,
        }
    }

    /// Whether the poller should wake us when the socket turns writable.
    pub(crate) fn write_interest(&self) -> bool {
        match &self.session {
            Some(t) => t.wants_write() || (!t.handshaking() && self.conn.poll_transmit().is_some()),
            None => self.conn.poll_transmit().is_some(),
        }
    }

    /// Writes what the connection has queued. Returns true when bytes are
    /// left (the socket is full).
    pub(crate) fn flush(&mut self, now: Instant) -> bool {
        if self.connecting {
            return false;
        }
        if let (Some(session), Some(s)) = (self.session.as_mut(), self.sock.as_ref()) {
            return match session.flush(&s.socket, &mut self.conn) {
                Ok(blocked) => blocked,
                Err(reason) => {
                    let reason = self.tls_reason(reason);
                    self.drop_socket(now, reason);
                    false
                }
            };
        }
        loop {
            let (Some(s), Some(bytes)) = (self.sock.as_ref(), self.conn.poll_transmit()) else {
                return false;
            };
            let mut sock = &s.socket;
            match sock.write(bytes) {
                Ok(n) => self.conn.transmitted(n),
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return true,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.drop_socket(now, CloseReason::Io(e.to_string()));
                    return false;
                }
            }
        }
    }

    /// Forgets the socket (deregistering it), its TLS session and what was
    /// armed for it.
    pub(crate) fn close_socket(&mut self) {
        self.sock = None;
        self.session = None;
        self.connecting = false;
        self.armed = None;
    }

    /// Closes the socket and tells the connection why.
    fn drop_socket(&mut self, now: Instant, reason: CloseReason) {
        self.close_socket();
        self.conn.handle_closed(now, reason);
    }

    /// Re-arms the poller for what this server waits for.
    pub(crate) fn arm(&mut self, idx: usize, write_blocked: bool) {
        let Some(s) = &self.sock else {
            self.armed = None;
            return;
        };
        let want = if self.connecting {
            (false, true)
        } else {
            (true, write_blocked)
        };
        if self.armed == Some(want) {
            return;
        }
        if s.poller
            .modify(s.socket.as_raw_fd(), idx, want.0, want.1)
            .is_ok()
        {
            self.armed = Some(want);
        }
    }
}
