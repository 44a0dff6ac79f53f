//! The Redis event bridge: a bounded queue the tick thread pushes into
//! without ever blocking, and a publisher thread that drains it with
//! pipelined `XADD` or `PUBLISH`, reconnecting while Redis is down (the
//! oldest events are dropped and counted meanwhile).

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// Where events go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Sink {
    /// `XADD name MAXLEN ~ maxlen * event <json>`.
    Stream { name: String, maxlen: u64 },
    /// `PUBLISH name <json>`.
    Channel(String),
}

#[derive(Default)]
struct Inner {
    items: VecDeque<String>,
    dropped: u64,
    published: u64,
    connected: bool,
    stop: bool,
}

/// The bridge. Dropping it stops the publisher after a last flush attempt.
pub(crate) struct Publisher {
    shared: Arc<(Mutex<Inner>, Condvar)>,
    capacity: usize,
    thread: Option<JoinHandle<()>>,
}

/// Parses `redis://HOST:PORT` into `HOST:PORT`.
pub(crate) fn parse_url(url: &str) -> Result<String, String> {
    let rest = url
        .strip_prefix("redis://")
        .ok_or_else(|| format!("--publish: {url:?} is not a redis://HOST:PORT address"))?;
    let rest = rest.trim_end_matches('/');
    if rest
        .rsplit_once(':')
        .is_none_or(|(h, p)| h.is_empty() || p.parse::<u16>().is_err())
    {
        return Err(format!(
            "--publish: {url:?} is not a redis://HOST:PORT address"
        ));
    }
    Ok(rest.to_owned())
}

fn lock(m: &Mutex<Inner>) -> std::sync::MutexGuard<'_, Inner> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Publisher {
    pub(crate) fn start(addr: String, sink: Sink, capacity: usize) -> Self {
        let shared = Arc::new((Mutex::new(Inner::default()), Condvar::new()));
        let s = shared.clone();
        let thread = std::thread::Builder::new()
            .name("ami-redis".into())
            .spawn(move || run(&addr, &sink, &s))
            .ok();
        Self {
            shared,
            capacity: capacity.max(1),
            thread,
        }
    }

    /// Queues one JSON event; never blocks (drops the oldest when full).
    pub(crate) fn push(&self, json: String) {
        let mut g = lock(&self.shared.0);
        if g.items.len() >= self.capacity {
            g.items.pop_front();
            g.dropped += 1;
        }
        g.items.push_back(json);
        drop(g);
        self.shared.1.notify_one();
    }

    /// (published, dropped, connected).
    pub(crate) fn stats(&self) -> (u64, u64, bool) {
        let g = lock(&self.shared.0);
        (g.published, g.dropped, g.connected)
    }
}

impl Drop for Publisher {
    fn drop(&mut self) {
        lock(&self.shared.0).stop = true;
        self.shared.1.notify_all();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn command(out: &mut Vec<u8>, args: &[&str]) {
    out.extend_from_slice(format!("*{}\r\n", args.len()).as_bytes());
    for a in args {
        out.extend_from_slice(format!("${}\r\n", a.len()).as_bytes());
        out.extend_from_slice(a.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
}

/// Reads one RESP reply; `Ok(false)` for an error reply.
fn reply(r: &mut BufReader<TcpStream>) -> std::io::Result<bool> {
    let mut line = String::new();
    if r.read_line(&mut line)? == 0 {
        return Err(std::io::ErrorKind::UnexpectedEof.into());
    }
    match line.as_bytes().first() {
        Some(b'$') => {
            let n: i64 = line[1..].trim().parse().unwrap_or(-1);
            if n >= 0 {
                let mut skip = vec![0u8; n as usize + 2];
                r.read_exact(&mut skip)?;
            }
            Ok(true)
        }
        Some(b'-') => Ok(false),
        _ => Ok(true),
    }
}

fn run(addr: &str, sink: &Sink, shared: &(Mutex<Inner>, Condvar)) {
    let mut backoff = Duration::from_millis(50);
    let mut batch: Vec<String> = Vec::new();
    loop {
        let stream = TcpStream::connect(addr).and_then(|s| {
            s.set_nodelay(true)?;
            s.set_read_timeout(Some(Duration::from_secs(5)))?;
            Ok(s)
        });
        let Ok(stream) = stream else {
            lock(&shared.0).connected = false;
            let g = lock(&shared.0);
            if g.stop {
                return;
            }
            let _ = shared.1.wait_timeout(g, backoff);
            backoff = (backoff * 2).min(Duration::from_secs(2));
            continue;
        };
        backoff = Duration::from_millis(50);
        lock(&shared.0).connected = true;
        let Ok(read_half) = stream.try_clone() else {
            continue;
        };
        let mut reader = BufReader::new(read_half);
        let mut writer = stream;
        loop {
            if batch.is_empty() {
                let mut g = lock(&shared.0);
                while g.items.is_empty() && !g.stop {
                    g = shared
                        .1
                        .wait(g)
                        .unwrap_or_else(std::sync::PoisonError::into_inner);
                }
                if g.items.is_empty() && g.stop {
                    return;
                }
                let n = g.items.len().min(512);
                batch.extend(g.items.drain(..n));
            }
            let mut out = Vec::with_capacity(batch.len() * 512);
            for json in &batch {
                match sink {
                    Sink::Stream { name, maxlen } => {
                        let m = maxlen.to_string();
                        command(
                            &mut out,
                            &["XADD", name, "MAXLEN", "~", &m, "*", "event", json],
                        );
                    }
                    Sink::Channel(name) => command(&mut out, &["PUBLISH", name, json]),
                }
            }
            let ok =
                writer.write_all(&out).is_ok() && batch.iter().all(|_| reply(&mut reader).is_ok());
            if !ok {
                // Keep the batch for the next connection.
                lock(&shared.0).connected = false;
                break;
            }
            lock(&shared.0).published += batch.len() as u64;
            batch.clear();
        }
        if lock(&shared.0).stop {
            return;
        }
    }
}
