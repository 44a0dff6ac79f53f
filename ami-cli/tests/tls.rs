//! `ami check`, `ami send` and `ami listen` with TLS configurations, against
//! the simulator behind its TLS front.

mod common;

use std::process::Stdio;
use std::time::{Duration, Instant};

use ami_sim::{Sim, TlsFront};
use ami_tests::pki::{Pki, server_config, sha256_hex};
use common::{BIN, ami, config, stderr, stdout};

fn tls_sim() -> (Sim, TlsFront, String) {
    let sim = Sim::builder().example_pbx().start().unwrap();
    let leaf = Pki::self_signed(&["asterisk"]);
    let front = TlsFront::start(sim.addr(), server_config(&leaf, None)).unwrap();
    (sim, front, sha256_hex(&leaf.der))
}

#[test]
fn check_send_and_listen_over_tls() {
    let (sim, front, pin) = tls_sim();
    let path = config(
        front.addr(),
        &format!("tls = true\ntls_pin_sha256 = \"{pin}\"\n"),
    );
    let p = path.to_str().unwrap();

    let o = ami(&["check", "--config", p]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["servers"][0]["tls"]["pin_sha256"][0], pin.as_str());
    assert_eq!(v["servers"][0]["tls"]["server_name"], "127.0.0.1");

    let o = ami(&["send", "--config", p, "QueueStatus"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(!v["events"].as_array().unwrap().is_empty(), "{v}");

    let o = ami(&[
        "listen",
        "--config",
        p,
        "--all",
        "--max-iterations",
        "40",
        "--event",
        "FullyBooted",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("FullyBooted"), "{}", stderr(&o));
    assert!(front.handshakes() >= 2);
    assert!(sim.actions().iter().any(|a| a.name == "QueueStatus"));
}

#[test]
fn send_over_tls_with_a_wrong_pin_fails_in_one_line() {
    let (_sim, front, _pin) = tls_sim();
    let path = config(
        front.addr(),
        &format!("tls = true\ntls_pin_sha256 = \"{}\"\n", "11".repeat(32)),
    );
    let start = Instant::now();
    let child = std::process::Command::new(BIN)
        .args(["send", "--config", path.to_str().unwrap(), "Ping"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("pbx1") && err.contains("tls_pin_sha256"),
        "{err}"
    );
    assert!(!err.contains("amp111"));
    assert!(start.elapsed() < Duration::from_secs(10));
}
