//! The `ami` binary: every subcommand and error path, against ami-sim.
// Tests and benches call libc (rlimits, pipes, signals) or a counting allocator.
#![allow(unsafe_code)]

mod common;

use std::time::{Duration, Instant};

use ami_sim::{Fault, Sim, Target};
use common::*;

fn sim() -> Sim {
    Sim::builder().example_pbx().start().unwrap()
}

#[test]
fn demo_runs_with_no_configuration() {
    let o = ami(&["demo", "--seconds", "2"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("FullyBooted") && out.contains("Newchannel"),
        "{out}"
    );
    let err = stderr(&o);
    assert!(err.contains("a simulated Asterisk 22 is listening"));
    assert!(err.contains("QueueSummary: support"));
    assert!(err.contains("logged off"));
    let o = ami(&["demo", "--seconds", "1", "--format", "ndjson"]);
    let first = stdout(&o).lines().next().unwrap().to_owned();
    let v: serde_json::Value = serde_json::from_str(&first).unwrap();
    assert_eq!(v["server"], "demo");
}

#[test]
fn help_and_bad_arguments() {
    let o = ami(&["--help"]);
    assert!(o.status.success());
    for sub in ["listen", "send", "check", "demo", "sim"] {
        assert!(stdout(&o).contains(sub));
    }
    let o = ami(&["listen", "--help"]);
    assert!(stdout(&o).contains("--tick-timeout-ms"));
    let o = ami(&["frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
    let o = ami(&["listen", "--config", "/nonexistent.toml"]);
    assert_eq!(o.status.code(), Some(2), "--server or --all is required");
}

#[test]
fn check_prints_the_effective_config_with_secrets_redacted() {
    let path = config("127.0.0.1:5038".parse().unwrap(), "");
    let o = ami(&["check", "--config", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["default"], "pbx1");
    assert_eq!(v["servers"][0]["secret"], "********");
    assert_eq!(v["servers"][0]["connect_timeout_ms"], 2000);
    assert!(!stdout(&o).contains("amp111"));
    // AMI_CONFIG is the fallback.
    let o = std::process::Command::new(BIN)
        .arg("check")
        .env("AMI_CONFIG", &path)
        .output()
        .unwrap();
    assert!(o.status.success());
}

#[test]
fn config_errors_are_one_clear_line() {
    let o = ami(&["check", "--config", "/nonexistent/ami.toml"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("ami: cannot read config /nonexistent/ami.toml"),
        "{}",
        stderr(&o)
    );
    let bad = std::env::temp_dir().join(format!("ami-bad-{}.toml", std::process::id()));
    std::fs::write(&bad, "default = \"a\"\n[servers.a]\nhost = 127.0.0.1\n").unwrap();
    let o = ami(&["check", "--config", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("line 3") && err.lines().count() <= 6, "{err}");
    // The line holding the secret is never echoed: a typo beside it, an
    // unterminated string, trailing junk, an unquoted numeric secret.
    for text in [
        "[servers.a]\nhost = \"127.0.0.1\"\nusername = \"u\"\nsecret = \"Hush4242\"\nsecrte = \"Hush4242\"\n",
        "[servers.a]\nhost = \"127.0.0.1\"\nusername = \"u\"\nsecret = \"Hush4242\n",
        "[servers.a]\nhost = \"127.0.0.1\"\nusername = \"u\"\nsecret = \"Hush4242\" junk\n",
        "[servers.a]\nhost = \"127.0.0.1\"\nusername = \"u\"\nsecret = 4242424242\n",
    ] {
        std::fs::write(&bad, text).unwrap();
        for cmd in [
            &["check", "--config"][..],
            &["listen", "--all", "--once", "--config"][..],
        ] {
            let o = ami(&[cmd, &[bad.to_str().unwrap()][..]].concat());
            assert_eq!(o.status.code(), Some(2));
            let err = stderr(&o);
            assert!(err.contains("line "), "{err}");
            assert!(
                !err.contains("Hush4242") && !err.contains("4242424242"),
                "secret echoed: {err}"
            );
        }
    }
    let path = config("127.0.0.1:5038".parse().unwrap(), "");
    let o = ami(&[
        "send",
        "--config",
        path.to_str().unwrap(),
        "--server",
        "pbx9",
        "Ping",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("unknown server key \"pbx9\" (configured: pbx1)"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn send_prints_response_events_and_output() {
    let s = sim();
    let path = config(s.addr(), "");
    let p = path.to_str().unwrap();
    let o = ami(&["send", "--config", p, "Ping"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["response"]["Ping"], "Pong");
    assert_eq!(v["server"], "pbx1");
    let o = ami(&["send", "--config", p, "QueueStatus", "Queue=sales"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["events"].as_array().unwrap().len(), 2);
    assert_eq!(v["list_end"]["Event"], "QueueStatusComplete");
    let o = ami(&[
        "send",
        "--config",
        p,
        "Command",
        "Command=core show version",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(
        v["output"][0]
            .as_str()
            .unwrap()
            .starts_with("Asterisk 22.10.1")
    );
    assert!(
        s.actions().iter().any(|a| a.name == "Logoff"),
        "logs off after sending"
    );
}

#[test]
fn send_failures() {
    let s = sim();
    let path = config(s.addr(), "");
    let p = path.to_str().unwrap();
    // The server's error.
    let o = ami(&[
        "send",
        "--config",
        p,
        "Getvar",
        "Variable=X",
        "Channel=PJSIP/none",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o).trim(),
        "ami: Getvar failed: server error: No such channel"
    );
    // A header that is not Key=Value.
    let o = ami(&["send", "--config", p, "Ping", "oops"]);
    assert_eq!(o.status.code(), Some(2));
    // CR/LF in a value is refused before sending.
    let o = ami(&[
        "send",
        "--config",
        p,
        "Setvar",
        "Variable=A",
        "Value=x\r\nAction: Hangup",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("header injection refused"),
        "{}",
        stderr(&o)
    );
    // A timeout.
    s.set_fault(Target::New, Fault::NeverAnswer("Ping".into()));
    let o = ami(&["send", "--config", p, "--timeout", "300", "Ping"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("Ping failed: timed out after 300ms"),
        "{}",
        stderr(&o)
    );
    // Connection refused names host:port.
    let port = free_port();
    let path = config(format!("127.0.0.1:{port}").parse().unwrap(), "");
    let o = ami(&["send", "--config", path.to_str().unwrap(), "Ping"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains(&format!("127.0.0.1:{port}")) && err.contains("refused"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
}

#[test]
fn authentication_failure_names_the_user_never_the_secret() {
    let s = Sim::builder().user("admin", "different").start().unwrap();
    let path = config(s.addr(), "");
    let o = ami(&["send", "--config", path.to_str().unwrap(), "Ping"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("authentication failed for user \"admin\""),
        "{err}"
    );
    assert!(!err.contains("amp111"));
}

#[test]
fn listen_prints_ndjson_and_filters_events() {
    let s = Sim::builder()
        .calls_per_second(50.0)
        .call_duration(Duration::from_millis(20))
        .system_name("pbx")
        .start()
        .unwrap();
    let path = config(s.addr(), "");
    let p = path.to_str().unwrap();
    let o = ami(&[
        "listen",
        "--config",
        p,
        "--server",
        "pbx1",
        "--max-iterations",
        "40",
        "--tick-timeout-ms",
        "20",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines.len() > 10);
    assert_eq!(lines[0]["event"], "FullyBooted");
    assert!(
        lines
            .iter()
            .all(|l| l["server"] == "pbx1" && l["received_at"].as_f64().unwrap() > 1.0e9)
    );
    let raw = stdout(&o)
        .lines()
        .find(|l| l.contains("\"event\":\"Newchannel\""))
        .unwrap()
        .to_owned();
    let at = |k: &str| raw.find(&format!("\"{k}\":")).unwrap();
    assert!(
        at("Event") < at("Privilege")
            && at("Privilege") < at("Channel")
            && at("Channel") < at("Linkedid"),
        "headers in received order: {raw}"
    );
    let o = ami(&[
        "listen",
        "--config",
        p,
        "--all",
        "--max-iterations",
        "40",
        "--tick-timeout-ms",
        "20",
        "--event",
        "hangup",
        "--format",
        "text",
    ]);
    let out = stdout(&o);
    assert!(
        !out.is_empty() && out.lines().all(|l| l.contains("Hangup")),
        "{out}"
    );
    let o = ami(&["listen", "--config", p, "--all", "--once"]);
    assert!(o.status.success());
}

#[test]
fn listen_rejects_negative_tick_timeouts_and_clamps_large_ones() {
    let s = sim();
    let path = config(s.addr(), "");
    let p = path.to_str().unwrap();
    let o = ami(&[
        "listen",
        "--config",
        p,
        "--all",
        "--once",
        "--tick-timeout-ms",
        "-5",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--tick-timeout-ms must be 0..=250, got -5"));
    let start = Instant::now();
    let o = ami(&[
        "listen",
        "--config",
        p,
        "--all",
        "--max-iterations",
        "3",
        "--tick-timeout-ms",
        "100000",
    ]);
    assert!(o.status.success());
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "clamped to 250 ms"
    );
    assert!(
        stderr(&o).contains("ami: warn: tick timeout 100000 ms clamped to 250 ms"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn sigterm_logs_off_and_exits_zero() {
    let s = sim();
    let path = config(s.addr(), "");
    let mut child = spawn_quiet(&[
        "listen",
        "--config",
        path.to_str().unwrap(),
        "--all",
        "--stats-interval",
        "1",
    ]);
    assert!(s.wait_until(Duration::from_secs(10), |snap| {
        snap.logins.iter().any(|l| l.success)
    }));
    let line = stderr_line(&mut child, "events/s");
    assert!(line.contains("pbx1=Ready"), "{line}");
    // SAFETY: signalling our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}");
    assert!(s.actions().iter().any(|a| a.name == "Logoff"));
}

#[test]
fn metrics_endpoint_serves_prometheus_text() {
    let s = sim();
    let path = config(s.addr(), "");
    let mut child = spawn_quiet(&[
        "listen",
        "--config",
        path.to_str().unwrap(),
        "--all",
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
    let start = Instant::now();
    let body = loop {
        let (status, body) = http_get(&addr, "/metrics");
        assert_eq!(status, "HTTP/1.1 200 OK");
        if body.contains("ami_up{server=\"pbx1\"} 1") {
            break body;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "{body}");
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(body.contains("# TYPE ami_dropped_events_total counter"));
    assert_eq!(http_get(&addr, "/other").0, "HTTP/1.1 404 Not Found");
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn sim_subcommand_serves() {
    let port = free_port();
    let mut child = spawn(&[
        "sim",
        "--listen",
        &format!("127.0.0.1:{port}"),
        "--user",
        "ops:pw",
        "--example-pbx",
    ]);
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    std::io::BufRead::read_line(&mut out, &mut line).unwrap();
    assert!(line.contains(&format!("listening on 127.0.0.1:{port}")));
    let path = config(format!("127.0.0.1:{port}").parse().unwrap(), "");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("admin", "ops")
        .replace("amp111", "pw");
    std::fs::write(&path, text).unwrap();
    let o = ami(&["send", "--config", path.to_str().unwrap(), "QueueSummary"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // SAFETY: signalling our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    assert!(child.wait().unwrap().success());
}
