//! Shared inputs for the libami benchmarks.

pub mod conn;

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
    /// FullyBooted was read.
    pub fn client(addr: SocketAddr, events: &str) -> TcpStream {
        let mut s = TcpStream::connect(addr).expect("connect");
        s.set_nodelay(true).expect("nodelay");
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
        let end = memchr::memmem::Finder::new(b"\r\n\r\n");
        let marker = memchr::memmem::Finder::new(b"SimBurstComplete");
        let mut frames = 0u64;
        let mut carry = 0usize;
        loop {
            let n = s.read(&mut buf[carry..]).expect("read");
            assert!(n > 0, "closed during burst");
            let filled = carry + n;
            let data = &buf[..filled];
            frames += end.find_iter(data).count() as u64;
            if marker.find(data).is_some() {
                return frames;
            }
            // Carry the last 3 bytes: a terminator split across reads is then
            // found once (a whole one never fits in 3 bytes, so none twice).
            carry = filled.min(3);
            buf.copy_within(filled - carry..filled, 0);
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
