//! Shared inputs for the libami benchmarks.

pub mod conn;
pub mod e2e;
pub mod ffi;
pub mod sim_process;

use std::path::PathBuf;

/// Reads a file of the real-Asterisk corpus (`testdata/asterisk22/`, a copy
/// of the captures in the project's shared corpus). Panics with the path when
/// it is missing: benches need it.
pub fn corpus(name: &str) -> Vec<u8> {
    let path = corpus_dir().join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// The corpus directory: `AMI_CORPUS` if set, else `testdata/asterisk22`.
pub fn corpus_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("AMI_CORPUS") {
        return PathBuf::from(dir);
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../testdata/asterisk22")
}

/// Raw socket baselines: the plainest possible AMI clients.
pub mod raw {
    use std::io::{Read, Write};
    use std::net::{SocketAddr, TcpStream};

    /// Logs in as admin with events on and returns the socket once
    /// FullyBooted was read. Reads fail after a minute of silence (a bench
    /// then fails instead of hanging).
    pub fn client(addr: SocketAddr, events: &str) -> TcpStream {
        let mut s = TcpStream::connect(addr).expect("connect");
        s.set_nodelay(true).expect("nodelay");
        s.set_read_timeout(Some(std::time::Duration::from_secs(60)))
            .expect("read timeout");
        s.write_all(
            format!(
                "Action: Login\r\nUsername: admin\r\nSecret: amp111\r\nEvents: {events}\r\n\r\n"
            )
            .as_bytes(),
        )
        .expect("login");
        let want: &[u8] = if events == "off" {
            b"accepted\r\n\r\n"
        } else {
            b"Fully Booted\r\n\r\n"
        };
        let mut got = Vec::new();
        let mut buf = [0u8; 4096];
        while !got.ends_with(want) {
            let n = s.read(&mut buf).expect("read");
            assert!(n > 0, "closed during login");
            got.extend_from_slice(&buf[..n]);
        }
        s
    }

    /// Reads until the burst marker; returns frames counted with memmem.
    pub fn read_burst(s: &mut TcpStream, buf: &mut [u8]) -> u64 {
        const MARKER: &[u8] = b"SimBurstComplete";
        let end = memchr::memmem::Finder::new(b"\r\n\r\n");
        let marker = memchr::memmem::Finder::new(MARKER);
        let mut frames = 0u64;
        let mut carry = 0usize;
        loop {
            let filled = read_more(s, buf, carry);
            // Terminators wholly inside the carried bytes were counted.
            frames += end.find_iter(&buf[carry.saturating_sub(3)..filled]).count() as u64;
            if marker.find(&buf[..filled]).is_some() {
                return frames;
            }
            // Keep enough for a marker split across reads.
            carry = keep_tail(buf, filled, MARKER.len() - 1);
        }
    }

    /// One read into `buf` after the `carry` bytes already at its front;
    /// returns how much of `buf` is filled.
    fn read_more(s: &mut TcpStream, buf: &mut [u8], carry: usize) -> usize {
        let n = s.read(&mut buf[carry..]).expect("read");
        assert!(n > 0, "closed by the server");
        carry + n
    }

    /// Moves the last `keep` bytes of `buf[..filled]` to its front and
    /// returns their count.
    fn keep_tail(buf: &mut [u8], filled: usize, keep: usize) -> usize {
        let carry = filled.min(keep);
        buf.copy_within(filled - carry..filled, 0);
        carry
    }

    /// Appends `Action: Ping` with ActionID `r<n>` to `out`.
    pub fn encode_ping(out: &mut Vec<u8>, n: u64) {
        out.extend_from_slice(b"Action: Ping\r\nActionID: r");
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        let mut v = n;
        loop {
            i -= 1;
            digits[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        out.extend_from_slice(&digits[i..]);
        out.extend_from_slice(b"\r\n\r\n");
    }

    /// Pipelined Pings on a logged-in socket (events off): keeps `window`
    /// in flight (each read's responses, counted with memmem, are replaced
    /// by as many new Pings in one write) until `total` responses arrived.
    pub fn ping_window(s: &mut TcpStream, buf: &mut [u8], window: u64, total: u64) {
        let end = memchr::memmem::Finder::new(b"\r\n\r\n");
        let mut out = Vec::with_capacity(64 * window as usize);
        let mut sent = 0u64;
        let mut done = 0u64;
        let mut carry = 0usize;
        while done < total {
            out.clear();
            while sent < total && sent - done < window {
                encode_ping(&mut out, sent);
                sent += 1;
            }
            if !out.is_empty() {
                s.write_all(&out).expect("write");
            }
            let filled = read_more(s, buf, carry);
            // Carrying 3 bytes finds a split terminator once (a whole one
            // never fits in 3 bytes, so none twice).
            done += end.find_iter(&buf[..filled]).count() as u64;
            carry = keep_tail(buf, filled, 3);
        }
    }

    /// One Ping round trip on a logged-in socket (events off).
    pub fn ping(s: &mut TcpStream, buf: &mut [u8]) {
        s.write_all(b"Action: Ping\r\nActionID: raw\r\n\r\n")
            .expect("write");
        let mut filled = 0;
        loop {
            let n = s.read(&mut buf[filled..]).expect("read");
            assert!(n > 0, "closed");
            filled += n;
            if buf[..filled].ends_with(b"\r\n\r\n") {
                return;
            }
        }
    }
}
