//! The call generator and burst mode.

mod common;

use std::collections::HashMap;
use std::io::Read;
use std::time::Duration;

use ami_sim::{Sim, Target};
use common::{Client, s};

#[test]
fn generated_calls_have_a_realistic_lifecycle_with_linked_ids() {
    let sim = Sim::builder()
        .calls_per_second(50.0)
        .call_duration(Duration::from_millis(20))
        .system_name("gen")
        .start()
        .unwrap();
    let mut c = Client::login(sim.addr(), "on");
    // Follow calls until three were seen whole: both legs born and hung up.
    let count = |seq: &[String], name: &str| seq.iter().filter(|n| *n == name).count();
    let whole = |seq: &Vec<String>| count(seq, "Newchannel") == 2 && count(seq, "Hangup") == 2;
    let mut by_linkedid: HashMap<String, Vec<String>> = HashMap::new();
    for _ in 0..20_000 {
        if by_linkedid.values().filter(|seq| whole(seq)).count() >= 3 {
            break;
        }
        let m = c.recv_until(|m| m.is_event());
        if let Some(link) = s(m.get("Linkedid")) {
            by_linkedid
                .entry(link.to_owned())
                .or_default()
                .push(m.event_name().unwrap().into_owned());
        }
    }
    let complete: Vec<&Vec<String>> = by_linkedid.values().filter(|seq| whole(seq)).collect();
    assert!(complete.len() >= 3);
    for seq in complete {
        for want in [
            "Newchannel",
            "VarSet",
            "Newexten",
            "DialBegin",
            "DialEnd",
            "Newstate",
            "BridgeEnter",
            "BridgeLeave",
            "Hangup",
        ] {
            assert!(seq.iter().any(|n| n == want), "{want} missing from {seq:?}");
        }
        let pos = |n: &str| seq.iter().position(|x| x == n).unwrap();
        assert!(
            pos("Newchannel") < pos("DialBegin")
                && pos("DialBegin") < pos("DialEnd")
                && pos("DialEnd") < pos("BridgeEnter")
        );
        assert!(pos("BridgeEnter") < pos("BridgeLeave") && pos("BridgeLeave") < pos("Hangup"));
    }
}

#[test]
fn events_go_only_to_sessions_that_want_them() {
    let sim = Sim::builder()
        .calls_per_second(100.0)
        .call_duration(Duration::from_millis(10))
        .start()
        .unwrap();
    let mut on = Client::login(sim.addr(), "on");
    let mut dialplan_only = Client::login(sim.addr(), "dialplan");
    let mut off = Client::login(sim.addr(), "off");
    on.recv_until(|m| m.is_event_named("Hangup"));
    let m = dialplan_only.recv_until(|m| m.is_event());
    assert!(
        m.is_event_named("VarSet") || m.is_event_named("Newexten"),
        "{m:?}"
    );
    sim.set_call_rate(0.0);
    // The events-off session only ever sees its own reply.
    let r = off.call(&ami_proto::actions::Ping);
    assert!(r.is_response());
}

#[test]
fn burst_writes_exactly_n_events_then_a_marker_and_reports_its_rate() {
    let sim = Sim::builder()
        .write_timeout(Duration::from_secs(5))
        .start()
        .unwrap();
    let mut c = Client::login(sim.addr(), "on");
    let n = 20_000u64;
    let reports = std::thread::scope(|scope| {
        let h = scope.spawn(|| sim.burst(Target::Open, n, Duration::from_secs(30)));
        let mut events = 0u64;
        loop {
            let m = c.recv().expect("open");
            if m.is_event_named("SimBurstComplete") {
                assert_eq!(s(m.get("Events")), Some("20000"));
                break;
            }
            if !m.is_event_named("FullyBooted") {
                events += 1;
            }
        }
        assert_eq!(events, n);
        h.join().unwrap()
    });
    assert_eq!(reports.len(), 1);
    let r = reports[0];
    assert_eq!(r.events, n);
    assert!(r.bytes > n * 300, "realistic sizes: {} bytes", r.bytes);
    assert!(r.events_per_sec() > 0.0);
    println!(
        "burst: {:.0} events/s, {:.1} MB/s",
        r.events_per_sec(),
        r.bytes_per_sec() / 1e6
    );
}

#[test]
fn burst_outruns_a_raw_reader() {
    // The simulator's own rate against the plainest possible client: a socket
    // read loop that only counts bytes. Printed for the benchmark notes.
    let sim = Sim::builder()
        .write_timeout(Duration::from_secs(5))
        .start()
        .unwrap();
    let c = Client::login(sim.addr(), "on");
    let mut stream = c.stream;
    let n = 30_000u64;
    let reports = std::thread::scope(|scope| {
        let h = scope.spawn(|| sim.burst(Target::Open, n, Duration::from_secs(60)));
        let mut buf = vec![0u8; 256 * 1024];
        let mut tail = Vec::new();
        loop {
            let k = stream.read(&mut buf).unwrap();
            assert!(k > 0);
            tail.extend_from_slice(&buf[..k]);
            if tail.windows(16).any(|w| w == b"SimBurstComplete") {
                break;
            }
            let keep = tail.len().saturating_sub(32);
            tail.drain(..keep);
        }
        h.join().unwrap()
    });
    assert_eq!(reports[0].events, n);
    println!(
        "burst to raw reader: {:.0} events/s",
        reports[0].events_per_sec()
    );
}
