//! The `ami-sim` binary: starts, serves, and refuses bad arguments clearly.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use common::{Client, s};

const BIN: &str = env!("CARGO_BIN_EXE_ami-sim");

#[test]
fn serves_on_the_address_it_prints() {
    let mut child = Command::new(BIN)
        .args([
            "--listen",
            "127.0.0.1:0",
            "--user",
            "ops:s3cret",
            "--version",
            "18.20.0",
            "--example-pbx",
        ])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert!(
        line.starts_with("ami-sim: Asterisk 18.20.0 (AMI 7.0.3) listening on 127.0.0.1:"),
        "{line}"
    );
    let addr = line.trim().rsplit(' ').next().unwrap().parse().unwrap();
    let (mut c, banner) = Client::connect(addr);
    assert_eq!(banner.banner_version().as_deref(), Some("7.0.3"));
    let r = c.call(&ami_proto::actions::Login::plain("ops", "s3cret").events("off"));
    assert_eq!(r.message_text().as_deref(), Some("Authentication accepted"));
    let q = c.call_list(&ami_proto::actions::QueueSummary::new());
    assert_eq!(s(q[1].get("Queue")), Some("support"));
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn bad_arguments_exit_2_with_one_clear_line() {
    for (args, want) in [
        (
            vec!["--listen", "nowhere"],
            "--listen: \"nowhere\" is not an address",
        ),
        (vec!["--user", "nocolon"], "--user: expected NAME:SECRET"),
        (
            vec!["--calls-per-second", "many"],
            "--calls-per-second: \"many\" is not a number",
        ),
        (vec!["--bogus"], "unknown argument \"--bogus\""),
        (vec!["--listen"], "--listen needs a value"),
    ] {
        let out = Command::new(BIN).args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.starts_with(&format!("ami-sim: {want}")),
            "{args:?}: {err}"
        );
    }
    let out = Command::new(BIN).arg("--help").output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("usage: ami-sim"));
}

/// Kills the child process however the test ends.
struct Killed(std::process::Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `ami-sim --example-pbx` is the Asterisk 22 of the captures: SuccessfulAuth
/// after an `Events: on` login, and a Local originate's LocalBridge, both
/// with the captured header names in order.
#[test]
fn sim_matches_capture_binary_example_pbx() {
    let capture = common::capture("originate_async_events_on.raw");
    let first = |name: &str| common::names(common::events_named(&capture, name)[0]);
    let mut child = Killed(
        Command::new(BIN)
            .args([
                "--listen",
                "127.0.0.1:0",
                "--system-name",
                "realpeer-a",
                "--example-pbx",
            ])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let mut line = String::new();
    BufReader::new(child.0.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line.trim().rsplit(' ').next().unwrap().parse().unwrap();
    let mut c = common::Client::login(addr, "on");
    let fb = c.recv().unwrap();
    assert!(fb.is_event_named("FullyBooted"), "{fb:?}");
    let auth = c.recv().unwrap();
    assert_eq!(common::names(&auth), first("SuccessfulAuth"));
    c.send(
        &ami_proto::actions::Originate::application("Local/ev@events", "Wait", Some("2".into()))
            .caller_id("Async <200>")
            .asynchronous(true),
    );
    let bridge = c.recv_until(|m| m.is_event_named("LocalBridge"));
    assert_eq!(common::names(&bridge), first("LocalBridge"));
}
