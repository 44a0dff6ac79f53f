//! A minimal HTTP endpoint serving the Prometheus text at `/metrics`.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Binds `addr` and serves `text` at `/metrics` from a background thread.
///
/// # Errors
/// The bind error.
pub(crate) fn serve(addr: SocketAddr, text: Arc<Mutex<String>>) -> std::io::Result<SocketAddr> {
    let listener = TcpListener::bind(addr)?;
    let local = listener.local_addr()?;
    std::thread::Builder::new().name("ami-metrics".into()).spawn(move || {
        for conn in listener.incoming() {
            let Ok(mut s) = conn else {
                continue;
            };
            let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
            let mut req = Vec::new();
            let mut buf = [0u8; 1024];
            while !req.windows(4).any(|w| w == b"\r\n\r\n") && req.len() < 16 * 1024 {
                match s.read(&mut buf) {
                    Ok(0) | Err(_) => break,
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
            let _ = write!(
                s,
                "HTTP/1.1 {status}\r\nContent-Type: text/plain; version=0.0.4\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    })?;
    Ok(local)
}
