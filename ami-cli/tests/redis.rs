//! The Redis bridge against a real redis-server started by the test.
// Tests and benches call libc (rlimits, pipes, signals) or a counting allocator.
#![allow(unsafe_code)]

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use ami_sim::Sim;
use common::*;

fn busy_sim() -> Sim {
    Sim::builder()
        .calls_per_second(100.0)
        .call_duration(Duration::from_millis(10))
        .start()
        .unwrap()
}

fn wait(mut cond: impl FnMut() -> bool, what: &str) {
    let start = Instant::now();
    while !cond() {
        assert!(start.elapsed() < Duration::from_secs(15), "{what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn xlen(r: &Redis, stream: &str) -> u64 {
    r.cmd(&["XLEN", stream])
        .trim_start_matches(':')
        .parse()
        .unwrap_or(0)
}

#[test]
fn stream_xadd_with_approximate_maxlen() {
    let redis = Redis::start();
    let s = busy_sim();
    let path = config(s.addr(), "");
    let url = format!("redis://127.0.0.1:{}", redis.port);
    let mut child = spawn_quiet(&[
        "listen",
        "--config",
        path.to_str().unwrap(),
        "--all",
        "--publish",
        &url,
        "--stream",
        "ami:events",
        "--stream-maxlen",
        "1000",
    ]);
    wait(
        || xlen(&redis, "ami:events") > 500,
        "events reach the stream",
    );
    // Keep publishing past the MAXLEN: the stream stays near 1,000.
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(1500) {
        std::thread::sleep(Duration::from_millis(100));
    }
    // SAFETY: signalling our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    assert!(child.wait().unwrap().success());
    let n = xlen(&redis, "ami:events");
    assert!(
        (500..3000).contains(&n),
        "MAXLEN ~ 1000 keeps the stream bounded: {n}"
    );
    // Each entry is the NDJSON line.
    let mut s = TcpStream::connect(("127.0.0.1", redis.port)).unwrap();
    s.write_all(b"*4\r\n$6\r\nXRANGE\r\n$10\r\nami:events\r\n$1\r\n-\r\n$1\r\n+\r\n")
        .unwrap();
    let mut r = BufReader::new(s);
    let mut text = String::new();
    for _ in 0..12 {
        let mut line = String::new();
        r.read_line(&mut line).unwrap();
        text.push_str(&line);
    }
    assert!(text.contains("\"server\":\"pbx1\""), "{text}");
}

#[test]
fn channel_publish_reaches_subscribers() {
    let redis = Redis::start();
    let s = busy_sim();
    let mut sub = TcpStream::connect(("127.0.0.1", redis.port)).unwrap();
    sub.write_all(b"*2\r\n$9\r\nSUBSCRIBE\r\n$10\r\nami-events\r\n")
        .unwrap();
    sub.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    let mut r = BufReader::new(sub);
    let path = config(s.addr(), "");
    let url = format!("redis://127.0.0.1:{}", redis.port);
    let mut child = spawn_quiet(&[
        "listen",
        "--config",
        path.to_str().unwrap(),
        "--all",
        "--publish",
        &url,
        "--channel",
        "ami-events",
    ]);
    let mut got = 0;
    let mut line = String::new();
    while got < 20 {
        line.clear();
        assert!(r.read_line(&mut line).unwrap() > 0);
        if line.starts_with("{\"server\":\"pbx1\"") {
            got += 1;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn redis_down_drops_oldest_and_reconnects() {
    let port = free_port();
    let s = busy_sim();
    let path = config(s.addr(), "");
    let url = format!("redis://127.0.0.1:{port}");
    let mut child = spawn_quiet(&[
        "listen",
        "--config",
        path.to_str().unwrap(),
        "--all",
        "--publish",
        &url,
        "--stream",
        "late",
        "--publish-queue",
        "50",
        "--metrics",
        "127.0.0.1:0",
    ]);
    let line = stderr_line(&mut child, "metrics at http://");
    let addr = line
        .trim()
        .rsplit("http://")
        .next()
        .unwrap()
        .trim_end_matches("/metrics")
        .to_owned();
    // Events flow (printed) while Redis is down; the worker never blocks.
    wait(
        || {
            http_get(&addr, "/metrics")
                .1
                .contains("ami_redis_up{role=\"events\"} 0")
        },
        "redis reported down",
    );
    let dropped = |addr: &str| -> u64 {
        http_get(addr, "/metrics")
            .1
            .lines()
            .find_map(|l| l.strip_prefix("ami_redis_dropped_total ")?.parse().ok())
            .unwrap_or(0)
    };
    wait(
        || dropped(&addr) > 0,
        "oldest events dropped and counted while Redis is down",
    );
    let redis = Redis::start_on(port);
    wait(
        || xlen(&redis, "late") > 100,
        "publisher reconnected and published",
    );
    wait(
        || {
            http_get(&addr, "/metrics")
                .1
                .contains("ami_redis_up{role=\"events\"} 1")
        },
        "redis reported up",
    );
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn bad_publish_arguments() {
    let o = ami(&[
        "listen",
        "--config",
        "/x.toml",
        "--all",
        "--publish",
        "http://x:1",
        "--stream",
        "s",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let s = Sim::builder().start().unwrap();
    let path = config(s.addr(), "");
    let p = path.to_str().unwrap();
    let o = ami(&[
        "listen",
        "--config",
        p,
        "--all",
        "--publish",
        "http://x:1",
        "--stream",
        "s",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("is not a redis://"), "{}", stderr(&o));
    let o = ami(&[
        "listen",
        "--config",
        p,
        "--all",
        "--publish",
        "redis://127.0.0.1:1",
    ]);
    assert!(stderr(&o).contains("--redis needs --stream NAME, --channel NAME or --actions PREFIX"));
    let o = ami(&["listen", "--config", p, "--all", "--stream", "s"]);
    assert!(stderr(&o).contains("--stream, --channel and --actions need --redis"));
}

#[test]
fn rediss_tls_publishing() {
    // redis-server with a TLS port beside its plain one: the worker publishes
    // over rediss:// (rustls, trusting the test CA through SSL_CERT_FILE),
    // the test reads the stream over the plain port.
    let pki = ami_tests::pki::Pki::new("redis-ca");
    let leaf = pki.leaf(&["127.0.0.1", "localhost"], false);
    let ca = pki.file("ca.pem", &pki.ca_pem());
    let cert = pki.file("redis.pem", &leaf.cert_pem);
    let key = pki.file("redis.key", &leaf.key_pem);
    let tls_port = free_port().to_string();
    let redis = Redis::start_with(
        free_port(),
        &[
            "--tls-port",
            &tls_port,
            "--tls-cert-file",
            cert.to_str().unwrap(),
            "--tls-key-file",
            key.to_str().unwrap(),
            "--tls-ca-cert-file",
            ca.to_str().unwrap(),
            "--tls-auth-clients",
            "no",
        ],
    );
    let s = busy_sim();
    let path = config(s.addr(), "");
    let url = format!("rediss://127.0.0.1:{tls_port}");
    let mut child = std::process::Command::new(common::BIN)
        .args([
            "listen",
            "--config",
            path.to_str().unwrap(),
            "--all",
            "--redis",
            &url,
            "--stream",
            "ami:tls",
        ])
        .env("SSL_CERT_FILE", &ca)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while xlen(&redis, "ami:tls") < 10 {
        if start.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            panic!("no event reached the stream over rediss://");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    // SAFETY: signalling our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    assert!(child.wait().unwrap().success());
}
