//! A minimal HTTP endpoint serving the Prometheus text at `/metrics`.
//!
//! Each connection gets its own short-lived thread, at most
//! [`MAX_HANDLERS`] at once, and a whole-request deadline: an idle or
//! dribbling client holds one handler for at most [`REQUEST_DEADLINE`] and
//! never delays anyone else's scrape (a single accept loop reading each
//! request in turn let one silent client block every scrape behind it).
//! Past the cap, a connection is answered `503` at once rather than queued.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Connections served at once; a scrape needs one, so this is only a
/// ceiling on threads a flood of idle clients can pin.
const MAX_HANDLERS: usize = 32;
/// Time a client gets to send its request head; a scraper sends it at once.
const REQUEST_DEADLINE: Duration = Duration::from_secs(2);
/// Time a client gets to take the response.
const WRITE_TIMEOUT: Duration = Duration::from_secs(2);
/// Largest request head read.
const MAX_HEAD: usize = 16 * 1024;
/// Handler stack: the handler keeps its buffers on the heap.
const HANDLER_STACK: usize = 128 * 1024;

/// Binds `addr` and serves `text` at `/metrics` from background threads.
///
/// # Errors
/// The bind error.
pub(crate) fn serve(addr: SocketAddr, text: Arc<Mutex<String>>) -> std::io::Result<SocketAddr> {
    let listener = TcpListener::bind(addr)?;
    let local = listener.local_addr()?;
    let active = Arc::new(AtomicUsize::new(0));
    std::thread::Builder::new()
        .name("ami-metrics".into())
        .spawn(move || {
            for conn in listener.incoming() {
                // Out of descriptors (EMFILE) and the like fail again at
                // once: pause instead of spinning on them.
                let Ok(s) = conn else {
                    std::thread::sleep(Duration::from_millis(50));
                    continue;
                };
                if active.fetch_add(1, Ordering::SeqCst) >= MAX_HANDLERS {
                    active.fetch_sub(1, Ordering::SeqCst);
                    busy(s);
                    continue;
                }
                let slot = Slot(active.clone());
                let text = text.clone();
                // On a spawn failure the closure (and `slot`, freeing its
                // place) is dropped with the connection.
                let _ = std::thread::Builder::new()
                    .name("ami-metrics-conn".into())
                    .stack_size(HANDLER_STACK)
                    .spawn(move || {
                        let _slot = slot;
                        handle(s, &text);
                    });
            }
        })?;
    Ok(local)
}

/// A handler's place under the cap, given back however the handler ends.
struct Slot(Arc<AtomicUsize>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Over the cap: a fresh socket's send buffer is empty, so this small write
/// does not block the accept loop.
fn busy(mut s: TcpStream) {
    let _ = s.set_write_timeout(Some(Duration::from_millis(100)));
    let body = "busy: too many metrics connections\n";
    let response = format!(
        "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = s.write_all(response.as_bytes());
}

fn handle(mut s: TcpStream, text: &Mutex<String>) {
    let deadline = Instant::now() + REQUEST_DEADLINE;
    let mut req = Vec::new();
    let mut buf = [0u8; 1024];
    while !req.windows(4).any(|w| w == b"\r\n\r\n") && req.len() < MAX_HEAD {
        // The timeout is what is left of the whole deadline, so a client
        // sending a byte now and then cannot stretch it.
        let Some(left) = deadline.checked_duration_since(Instant::now()) else {
            return;
        };
        if left.is_zero() || s.set_read_timeout(Some(left)).is_err() {
            return;
        }
        match s.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => req.extend_from_slice(&buf[..n]),
        }
    }
    let head = String::from_utf8_lossy(&req);
    let (status, body) = if head.starts_with("GET /metrics ") || head.starts_with("GET /metrics?") {
        let body = text.lock().map(|t| t.clone()).unwrap_or_default();
        ("200 OK", body)
    } else {
        ("404 Not Found", "not found: try /metrics\n".to_owned())
    };
    let _ = s.set_write_timeout(Some(WRITE_TIMEOUT));
    // One buffer, one write: `write!` on the socket would send each piece
    // as its own segment.
    let response = format!(
        "HTTP/1.1 {status}\r\nContent-Type: text/plain; version=0.0.4\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = s.write_all(response.as_bytes());
}
