//! Helpers for the Redis bus tests: a config of many servers, a Redis
//! client, bounded waits on streams.
#![allow(dead_code, unreachable_pub)]

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::Child;
use std::time::{Duration, Instant};

use redis::Value;

use super::{Redis, http_get, stderr_line};

/// A config with servers `pbx0..` at the given addresses.
pub fn multi_config(addrs: &[SocketAddr], timeout_s: u64) -> PathBuf {
    let path = std::env::temp_dir().join(format!(
        "ami-cli-bus-{}-{}.toml",
        std::process::id(),
        super::N.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
    ));
    let mut text = String::from("default = \"pbx0\"\n");
    for (i, a) in addrs.iter().enumerate() {
        text.push_str(&format!(
            "[servers.pbx{i}]\nhost = \"{}\"\nport = {}\nusername = \"admin\"\nsecret = \"amp111\"\ntimeout = {timeout_s}\n",
            a.ip(),
            a.port()
        ));
    }
    text.push_str("[options]\nconnect_timeout = 2\n");
    std::fs::write(&path, text).unwrap();
    path
}

/// A synchronous connection to the test's Redis.
pub fn conn(r: &Redis) -> redis::Connection {
    let c = redis::Client::open(format!("redis://127.0.0.1:{}", r.port))
        .unwrap()
        .get_connection()
        .unwrap();
    c.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    c
}

/// XADD of a flat field list; returns the entry id.
pub fn xadd(c: &mut redis::Connection, stream: &str, fields: &[(&str, &str)]) -> String {
    let mut cmd = redis::cmd("XADD");
    cmd.arg(stream).arg("*");
    for (k, v) in fields {
        cmd.arg(*k).arg(*v);
    }
    cmd.query(c).unwrap()
}

/// One stream entry's fields as pairs.
pub type Entry = Vec<(String, String)>;

fn text(v: &Value) -> String {
    match v {
        Value::BulkString(b) => String::from_utf8_lossy(b).into_owned(),
        Value::SimpleString(s) => s.clone(),
        other => format!("{other:?}"),
    }
}

fn entries(v: &Value, out: &mut Vec<(String, Entry)>) {
    let Value::Array(items) = v else { return };
    for e in items {
        let Value::Array(pair) = e else { continue };
        let id = text(&pair[0]);
        let mut f = Vec::new();
        if let Value::Array(kv) = &pair[1] {
            for c in kv.chunks(2) {
                f.push((text(&c[0]), text(&c[1])));
            }
        }
        out.push((id, f));
    }
}

/// Every entry of a stream.
pub fn xrange(c: &mut redis::Connection, stream: &str) -> Vec<(String, Entry)> {
    let v: Value = redis::cmd("XRANGE")
        .arg(stream)
        .arg("-")
        .arg("+")
        .query(c)
        .unwrap();
    let mut out = Vec::new();
    entries(&v, &mut out);
    out
}

/// The value of `field` in an entry.
pub fn field<'a>(e: &'a Entry, name: &str) -> Option<&'a str> {
    e.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// Waits (blocking reads, bounded) until `stream` holds at least `n`
/// entries; returns them all.
pub fn wait_entries(
    c: &mut redis::Connection,
    stream: &str,
    n: usize,
    limit: Duration,
) -> Vec<(String, Entry)> {
    let start = Instant::now();
    loop {
        let len: usize = redis::cmd("XLEN").arg(stream).query(c).unwrap();
        if len >= n {
            return xrange(c, stream);
        }
        assert!(
            start.elapsed() < limit,
            "{stream}: {len} entries after {limit:?}, want {n}"
        );
        // Block until the stream grows past its last entry (or 200 ms).
        let last: Value = redis::cmd("XREVRANGE")
            .arg(stream)
            .arg("+")
            .arg("-")
            .arg("COUNT")
            .arg(1)
            .query(c)
            .unwrap();
        let mut out = Vec::new();
        entries(&last, &mut out);
        let from = out.first().map_or("0-0".to_owned(), |(id, _)| id.clone());
        let _: Value = redis::cmd("XREAD")
            .arg("BLOCK")
            .arg(200)
            .arg("STREAMS")
            .arg(stream)
            .arg(from)
            .query(c)
            .unwrap();
    }
}

/// The metrics address a worker printed on stderr.
pub fn metrics_addr(child: &mut Child) -> String {
    let line = stderr_line(child, "metrics at http://");
    line.trim()
        .rsplit("http://")
        .next()
        .unwrap()
        .trim_end_matches("/metrics")
        .to_owned()
}

/// One sample of the metrics text (`name` with labels, exactly).
pub fn metric(addr: &str, name: &str) -> Option<f64> {
    http_get(addr, "/metrics")
        .1
        .lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.parse().ok())
}

/// Waits until `cond` holds, polling every 50 ms, at most `limit`.
pub fn wait_for(limit: Duration, what: &str, mut cond: impl FnMut() -> bool) {
    let start = Instant::now();
    while !cond() {
        assert!(start.elapsed() < limit, "{what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Kills a child when dropped (a failed assertion leaves no worker behind).
pub struct Reaper(pub Vec<Child>);

impl Drop for Reaper {
    fn drop(&mut self) {
        for c in &mut self.0 {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}
