//! A scripted AMI server on loopback: each accepted connection runs the
//! test's script on its own thread with a [`Peer`] that speaks just enough
//! AMI (banner, reading actions, answering Login) to reach the hostile part.

use std::io::{self, BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

/// A listener on 127.0.0.1 (ephemeral port) running a script per connection.
/// Stops accepting when dropped; scripts end when their peer goes away.
#[derive(Debug)]
pub struct HostileServer {
    addr: SocketAddr,
    accepted: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl HostileServer {
    /// Starts the listener; `script` runs for every accepted connection.
    ///
    /// # Panics
    /// When no loopback port can be bound.
    pub fn start<F>(script: F) -> Self
    where
        F: Fn(Peer) + Send + Sync + 'static,
    {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let addr = listener.local_addr().expect("local addr");
        let accepted = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let script = Arc::new(script);
        let (a, s) = (accepted.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            for conn in listener.incoming() {
                if s.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = conn else {
                    continue;
                };
                a.fetch_add(1, Ordering::SeqCst);
                let script = script.clone();
                let stop = s.clone();
                std::thread::spawn(move || {
                    if let Ok(peer) = Peer::new(stream, stop) {
                        script(peer);
                    }
                });
            }
        });
        Self {
            addr,
            accepted,
            stop,
            thread: Some(thread),
        }
    }

    /// Where it listens.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Connections accepted so far.
    pub fn accepted(&self) -> usize {
        self.accepted.load(Ordering::SeqCst)
    }
}

impl Drop for HostileServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(self.addr);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// One client connection, seen from the hostile server.
#[derive(Debug)]
pub struct Peer {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
    stop: Arc<AtomicBool>,
}

/// An action the client sent: its headers in order.
pub type Frame = Vec<(String, String)>;

impl Peer {
    fn new(stream: TcpStream, stop: Arc<AtomicBool>) -> io::Result<Self> {
        // Reads give up now and then so a script notices the server stopping.
        stream.set_read_timeout(Some(Duration::from_millis(200)))?;
        stream.set_write_timeout(Some(Duration::from_secs(5)))?;
        Ok(Self {
            reader: BufReader::new(stream.try_clone()?),
            writer: stream,
            stop,
        })
    }

    /// True once the server was dropped: scripts stop their loops.
    pub fn stopped(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }

    /// Writes raw bytes.
    ///
    /// # Errors
    /// The socket's error (the client went away), or `BrokenPipe` once the
    /// server was dropped, so endless scripts end.
    pub fn send(&mut self, bytes: &[u8]) -> io::Result<()> {
        if self.stopped() {
            return Err(io::ErrorKind::BrokenPipe.into());
        }
        self.writer.write_all(bytes)
    }

    /// Sends the Asterisk 22 banner.
    pub fn banner(&mut self) {
        let _ = self.send(b"Asterisk Call Manager/11.0.0\r\n");
    }

    /// The next action from the client (`None`: closed or server stopped).
    pub fn read_action(&mut self) -> Option<Frame> {
        let mut frame = Vec::new();
        let mut line = String::new();
        loop {
            line.clear();
            match self.reader.read_line(&mut line) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e)
                    if matches!(
                        e.kind(),
                        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                    ) =>
                {
                    if self.stopped() {
                        return None;
                    }
                    continue;
                }
                Err(_) => return None,
            }
            let l = line.trim_end_matches(['\r', '\n']);
            if l.is_empty() {
                if frame.is_empty() {
                    continue;
                }
                return Some(frame);
            }
            let (k, v) = l.split_once(':').unwrap_or((l, ""));
            frame.push((k.to_owned(), v.trim_start().to_owned()));
        }
    }

    /// Reads the Login (after a Challenge, if any) and accepts it. Returns
    /// false when the client went away first.
    pub fn login(&mut self) -> bool {
        loop {
            let Some(action) = self.read_action() else {
                return false;
            };
            let id = header(&action, "ActionID").unwrap_or_default();
            match header(&action, "Action").as_deref() {
                Some(a) if a.eq_ignore_ascii_case("Challenge") => {
                    let _ = self.send(
                        format!(
                            "Response: Success\r\nActionID: {id}\r\nChallenge: 123456789\r\n\r\n"
                        )
                        .as_bytes(),
                    );
                }
                Some(a) if a.eq_ignore_ascii_case("Login") => {
                    return self
                        .send(
                            format!("Response: Success\r\nActionID: {id}\r\nMessage: Authentication accepted\r\n\r\n")
                                .as_bytes(),
                        )
                        .is_ok();
                }
                _ => {}
            }
        }
    }
}

/// The first value of header `key` (case-insensitive).
pub fn header(frame: &Frame, key: &str) -> Option<String> {
    frame
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(key))
        .map(|(_, v)| v.clone())
}
