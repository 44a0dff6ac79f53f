//! [`TlsFront`]: AMI over TLS in front of a running simulator, as Asterisk
//! serves it with `tlsenable=yes`. It terminates TLS (a rustls server) and
//! relays the plaintext to the simulator's port, so every simulator fault
//! (silent, trickle, close, restart, ...) also happens over TLS; TLS's own
//! faults ([`TlsFault`]) come on top.

use std::io::{self, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;

use rustls::{ServerConfig, ServerConnection};

/// What the front does wrong on purpose, for connections accepted from now on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum TlsFault {
    /// Nothing: an honest TLS server.
    None = 0,
    /// Writes half of the first application-data record, then closes.
    CloseMidRecord = 1,
    /// After the handshake, writes bytes that are no TLS record.
    Garbage = 2,
}

impl TlsFault {
    fn from_u8(v: u8) -> Self {
        match v {
            1 => Self::CloseMidRecord,
            2 => Self::Garbage,
            _ => Self::None,
        }
    }
}

/// A TLS listener on 127.0.0.1 (ephemeral port) relaying to `backend`.
/// Stops accepting when dropped.
#[derive(Debug)]
pub struct TlsFront {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    fault: Arc<AtomicU8>,
    handshakes: Arc<AtomicUsize>,
    thread: Option<JoinHandle<()>>,
}

impl TlsFront {
    /// Starts the front for the simulator listening at `backend`.
    ///
    /// # Errors
    /// When the listener cannot be bound.
    pub fn start(backend: SocketAddr, config: Arc<ServerConfig>) -> io::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let addr = listener.local_addr()?;
        let stop = Arc::new(AtomicBool::new(false));
        let fault = Arc::new(AtomicU8::new(TlsFault::None as u8));
        let handshakes = Arc::new(AtomicUsize::new(0));
        let (s, f, h) = (stop.clone(), fault.clone(), handshakes.clone());
        let thread = std::thread::Builder::new()
            .name("ami-sim-tls".into())
            .spawn(move || {
                for conn in listener.incoming() {
                    if s.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(client) = conn else {
                        continue;
                    };
                    let fault = TlsFault::from_u8(f.load(Ordering::SeqCst));
                    let (config, h) = (config.clone(), h.clone());
                    let _ = std::thread::Builder::new()
                        .name("ami-sim-tls-conn".into())
                        .spawn(move || {
                            let _ = relay(client, backend, config, fault, &h);
                        });
                }
            })?;
        Ok(Self {
            addr,
            stop,
            fault,
            handshakes,
            thread: Some(thread),
        })
    }

    /// Where it listens.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Sets the fault for connections accepted from now on.
    pub fn set_fault(&self, fault: TlsFault) {
        self.fault.store(fault as u8, Ordering::SeqCst);
    }

    /// Handshakes completed so far.
    pub fn handshakes(&self) -> usize {
        self.handshakes.load(Ordering::SeqCst)
    }
}

impl Drop for TlsFront {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// The TLS state both directions share. Records are written to the client
/// while the lock is held, so they go out in the order rustls made them.
struct Shared {
    tls: ServerConnection,
    client: TcpStream,
}

impl Shared {
    /// Writes every pending TLS record to the client.
    fn flush(&mut self) -> io::Result<()> {
        while self.tls.wants_write() {
            self.tls.write_tls(&mut self.client)?;
        }
        Ok(())
    }
}

/// Relays one connection; each direction on its own thread.
fn relay(
    client: TcpStream,
    backend: SocketAddr,
    config: Arc<ServerConfig>,
    fault: TlsFault,
    handshakes: &AtomicUsize,
) -> io::Result<()> {
    let tls = ServerConnection::new(config).map_err(io::Error::other)?;
    // Records go out in several writes: without this, Nagle and delayed
    // ACKs add ~40 ms to every handshake.
    client.set_nodelay(true)?;
    let mut from_client = client.try_clone()?;
    let shared = Arc::new(Mutex::new(Shared { tls, client }));
    let mut to_backend: Option<TcpStream> = None;
    let mut buf = vec![0u8; 16 * 1024];
    let mut counted = false;
    loop {
        let n = from_client.read(&mut buf)?;
        if n == 0 {
            break;
        }
        // A panicking relay thread only ends this connection.
        let mut g = shared.lock().unwrap_or_else(PoisonError::into_inner);
        // rustls takes at most one buffer's worth per `read_tls`: feed it the
        // whole read, a piece at a time (dropping the rest corrupts the
        // stream: the client then sees BadRecordMac).
        let mut rest = &buf[..n];
        let mut plain = Vec::new();
        while !rest.is_empty() {
            g.tls.read_tls(&mut rest)?;
            let state = match g.tls.process_new_packets() {
                Ok(state) => state,
                Err(e) => {
                    // The alert says why; then the connection ends.
                    let _ = g.flush();
                    return Err(io::Error::other(e));
                }
            };
            let ready = state.plaintext_bytes_to_read();
            g.flush()?;
            if g.tls.is_handshaking() {
                continue;
            }
            if !counted {
                counted = true;
                handshakes.fetch_add(1, Ordering::SeqCst);
                if fault == TlsFault::Garbage {
                    g.client.write_all(b"this is not a TLS record\r\n\r\n")?;
                    let _ = g.client.shutdown(Shutdown::Both);
                    return Ok(());
                }
                let backend_sock = TcpStream::connect(backend)?;
                backend_sock.set_nodelay(true)?;
                let reader = backend_sock.try_clone()?;
                let shared2 = shared.clone();
                std::thread::spawn(move || {
                    let _ = backend_to_client(reader, &shared2, fault);
                });
                to_backend = Some(backend_sock);
            }
            let at = plain.len();
            plain.resize(at + ready, 0);
            g.tls.reader().read_exact(&mut plain[at..])?;
        }
        drop(g);
        if let (false, Some(b)) = (plain.is_empty(), to_backend.as_mut()) {
            b.write_all(&plain)?;
        }
    }
    if let Some(b) = to_backend {
        let _ = b.shutdown(Shutdown::Both);
    }
    Ok(())
}

/// Encrypts what the simulator writes and sends it to the client; on the
/// simulator's close, closes the client too.
fn backend_to_client(
    mut backend: TcpStream,
    shared: &Mutex<Shared>,
    fault: TlsFault,
) -> io::Result<()> {
    let mut buf = vec![0u8; 16 * 1024];
    loop {
        let n = backend.read(&mut buf)?;
        let mut g = shared.lock().unwrap_or_else(PoisonError::into_inner);
        if n == 0 {
            g.tls.send_close_notify();
            let _ = g.flush();
            let _ = g.client.shutdown(Shutdown::Both);
            return Ok(());
        }
        g.tls.writer().write_all(&buf[..n])?;
        if fault == TlsFault::CloseMidRecord {
            let mut records = Vec::new();
            while g.tls.wants_write() {
                g.tls.write_tls(&mut records)?;
            }
            g.client.write_all(&records[..records.len() / 2])?;
            let _ = g.client.shutdown(Shutdown::Both);
            let _ = backend.shutdown(Shutdown::Both);
            return Ok(());
        }
        g.flush()?;
    }
}
