//! Helpers for the Redis bus tests: a config of many servers, a Redis
//! client, bounded waits on streams.
#![allow(dead_code, unreachable_pub)]

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::Child;
use std::time::{Duration, Instant};

use redis::{ConnectionLike, Value};

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
pub fn xadd(c: &mut impl ConnectionLike, stream: &str, fields: &[(&str, &str)]) -> String {
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
pub fn xrange(c: &mut impl ConnectionLike, stream: &str) -> Vec<(String, Entry)> {
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
    c: &mut impl ConnectionLike,
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

/// A Redis Cluster of `masters` redis-server processes on free loopback
/// ports (no replicas), slots split evenly, assembled by hand with
/// `CLUSTER ADDSLOTSRANGE` and `CLUSTER MEET` (no redis-cli needed), and
/// ready: every node reports `cluster_state:ok` and knows every slot's
/// owner. The servers are stopped and their directory removed on drop.
pub struct RedisCluster {
    pub nodes: Vec<Redis>,
    dir: PathBuf,
}

impl RedisCluster {
    pub fn start(masters: usize) -> Self {
        let dir = std::env::temp_dir().join(format!(
            "ami-cli-cluster-{}-{}",
            std::process::id(),
            super::N.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
        ));
        // A directory left by an earlier run with the same process id would
        // hand redis a stale nodes.conf (old node ids, slots, peers).
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let mut cluster = Self {
            nodes: Vec::new(),
            dir,
        };
        let mut bus_ports = Vec::new();
        for i in 0..masters {
            // The cluster bus port is explicit: port + 10000 may not be free
            // (or even valid) for an ephemeral port.
            let bus = super::free_port();
            let conf = cluster.dir.join(format!("nodes-{i}.conf"));
            let node = Redis::start_with(
                super::free_port(),
                &[
                    "--cluster-enabled",
                    "yes",
                    "--cluster-port",
                    &bus.to_string(),
                    "--cluster-config-file",
                    conf.to_str().unwrap(),
                    "--cluster-node-timeout",
                    "5000",
                    "--dir",
                    cluster.dir.to_str().unwrap(),
                ],
            );
            cluster.nodes.push(node);
            bus_ports.push(bus);
        }
        const SLOTS: usize = 16384;
        for (i, n) in cluster.nodes.iter().enumerate() {
            let (from, to) = (i * SLOTS / masters, (i + 1) * SLOTS / masters - 1);
            let r = n.cmd(&[
                "CLUSTER",
                "ADDSLOTSRANGE",
                &from.to_string(),
                &to.to_string(),
            ]);
            assert_eq!(r, "+OK", "ADDSLOTSRANGE on node {i}");
        }
        for (n, bus) in cluster.nodes.iter().zip(&bus_ports).skip(1) {
            let r = cluster.nodes[0].cmd(&[
                "CLUSTER",
                "MEET",
                "127.0.0.1",
                &n.port.to_string(),
                &bus.to_string(),
            ]);
            assert_eq!(r, "+OK", "CLUSTER MEET");
        }
        let nodes = &cluster.nodes;
        wait_for(
            Duration::from_secs(30),
            "cluster_state:ok on every node",
            || {
                nodes.iter().all(|n| {
                    let mut c = n.client();
                    let info: String = redis::cmd("CLUSTER")
                        .arg("INFO")
                        .query(&mut c)
                        .unwrap_or_default();
                    let slots: Vec<Value> = redis::cmd("CLUSTER")
                        .arg("SLOTS")
                        .query(&mut c)
                        .unwrap_or_default();
                    info.contains("cluster_state:ok") && slots.len() == masters
                })
            },
        );
        cluster
    }

    /// The seed URLs, one per node.
    pub fn urls(&self) -> Vec<String> {
        self.nodes
            .iter()
            .map(|n| format!("redis://127.0.0.1:{}", n.port))
            .collect()
    }

    /// A cluster connection (follows MOVED, routes by slot).
    pub fn conn(&self) -> redis::cluster::ClusterConnection {
        let c = redis::cluster::ClusterClient::builder(self.urls())
            .response_timeout(Duration::from_secs(10))
            .build()
            .unwrap()
            .get_connection()
            .unwrap();
        c.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        c
    }

    /// The index of the node that serves `key`.
    pub fn node_of(&self, key: &str) -> usize {
        let slot: i64 = redis::cmd("CLUSTER")
            .arg("KEYSLOT")
            .arg(key)
            .query(&mut self.nodes[0].client())
            .unwrap();
        let m = self.nodes.len();
        (0..m)
            .find(|i| (slot as usize) < (i + 1) * 16384 / m)
            .unwrap()
    }
}

impl Drop for RedisCluster {
    fn drop(&mut self) {
        self.nodes.clear();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
