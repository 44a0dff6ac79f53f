//! Every row of ../shared/CHAOS.md through the manager, against ami-sim
//! (and, for C4, a hand-written server). Each ends in the stated outcome
//! with every pending action completed exactly once.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ami_cluster::{ActionCompletion, AmiClientManager, ClusterError, Limits};
use ami_conn::{ActionFailure, CircuitState, CloseReason, ConnConfig, SendOptions, State};
use ami_proto::actions::{Command, Originate, Ping, QueueStatus};
use ami_proto::{Action, ActionError, ProtoError};
use ami_sim::{Fault, Sim, Target};
use ami_tests::{self as common, all_ready, cfg, sim, until};

type Done = Arc<Mutex<HashMap<String, Vec<ActionCompletion>>>>;

/// Sends with a callback that records the completion.
fn send(m: &mut AmiClientManager, key: &str, a: &dyn Action, done: &Done) -> String {
    send_opts(m, key, a, SendOptions::default(), done)
}

fn send_opts(
    m: &mut AmiClientManager,
    key: &str,
    a: &dyn Action,
    opts: SendOptions,
    done: &Done,
) -> String {
    let d = done.clone();
    m.server(key)
        .unwrap()
        .send_with_options(a, opts)
        .unwrap()
        .on_complete(move |_, c: ActionCompletion| {
            d.lock()
                .unwrap()
                .entry(c.action_id.to_string())
                .or_default()
                .push(c);
        })
        .action_id
        .into()
}

fn result(done: &Done, id: &str) -> Result<ami_proto::Outcome, ActionFailure> {
    let d = done.lock().unwrap();
    let all = &d[id];
    assert_eq!(all.len(), 1, "{id} completed {} times", all.len());
    all[0].result.clone()
}

fn finished(done: &Done, ids: &[String]) -> bool {
    let d = done.lock().unwrap();
    ids.iter().all(|id| d.contains_key(id))
}

fn one(addr: std::net::SocketAddr, c: ConnConfig) -> AmiClientManager {
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(addr, c))
        .unwrap();
    all_ready(&mut m);
    m
}

fn metric(m: &AmiClientManager, name: &str) -> f64 {
    let text = m.metrics_text();
    let line = text
        .lines()
        .find(|l| l.starts_with(&format!("{name}{{server=\"a\"}}")))
        .unwrap_or_else(|| panic!("{name} missing"));
    line.rsplit(' ').next().unwrap().parse().unwrap()
}

#[test]
fn c01_permission_denied() {
    let s = Sim::builder().reader("reader", "ro").start().unwrap();
    let mut c = cfg("a");
    c.username = "reader".into();
    c.secret = ami_conn::Secret::new("ro");
    let mut m = one(s.addr(), c);
    let done = Done::default();
    let cmd = send(&mut m, "a", &Command::new("core show version"), &done);
    let ping = send(&mut m, "a", &Ping, &done);
    until(&mut m, |_| finished(&done, &[cmd.clone(), ping.clone()]));
    assert!(
        matches!(result(&done, &cmd), Err(ActionFailure::Server(ActionError::Server { message, .. })) if message == "Permission denied")
    );
    assert!(result(&done, &ping).is_ok(), "the connection stays usable");
}

#[test]
fn c02_permission_denied_with_bare_lf() {
    let s = sim();
    let mut m = one(s.addr(), cfg("a"));
    s.set_fault(Target::Open, Fault::NeverAnswer("Command".into()));
    let done = Done::default();
    let id = send(&mut m, "a", &Command::new("core show version"), &done);
    until(&mut m, |_| {
        s.actions()
            .iter()
            .any(|a| a.get("ActionID") == Some(id.as_str()))
    });
    s.inject(
        Target::Open,
        format!("Response: Error\nActionID: {id}\nMessage: Permission denied\n\n"),
    );
    until(&mut m, |_| finished(&done, std::slice::from_ref(&id)));
    assert!(
        matches!(result(&done, &id), Err(ActionFailure::Server(ActionError::Server { message, .. })) if message == "Permission denied")
    );
}

#[test]
fn c03_error_without_action_id() {
    let s = sim();
    let mut m = one(s.addr(), cfg("a"));
    s.set_fault(Target::Open, Fault::NeverAnswer("Ping".into()));
    let done = Done::default();
    let id = send(&mut m, "a", &Ping, &done);
    s.inject(
        Target::Open,
        &b"Response: Error\r\nMessage: Missing action in request\r\n\r\n"[..],
    );
    until(&mut m, |m| {
        metric(m, "ami_unmatched_responses_total") == 1.0
    });
    assert!(done.lock().unwrap().is_empty(), "nothing wrongly completed");
    s.inject(
        Target::Open,
        format!("Response: Success\r\nActionID: {id}\r\nPing: Pong\r\n\r\n"),
    );
    until(&mut m, |_| finished(&done, std::slice::from_ref(&id)));
    assert!(result(&done, &id).is_ok());
}

#[test]
fn c04_banner_immediately_followed_by_an_error_frame() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let server = std::thread::spawn(move || {
        let (mut s, _) = listener.accept().unwrap();
        s.write_all(b"Asterisk Call Manager/11.0.0\r\nResponse: Error\r\nMessage: Permission denied\r\n\r\n").unwrap();
        let mut buf = Vec::new();
        let mut chunk = [0u8; 1024];
        while !buf.ends_with(b"\r\n\r\n") {
            let n = s.read(&mut chunk).unwrap();
            assert!(n > 0);
            buf.extend_from_slice(&chunk[..n]);
        }
        let text = String::from_utf8(buf).unwrap();
        let id = text
            .lines()
            .find_map(|l| l.strip_prefix("ActionID: "))
            .unwrap()
            .to_owned();
        s.write_all(
            format!(
                "Response: Success\r\nActionID: {id}\r\nMessage: Authentication accepted\r\n\r\n"
            )
            .as_bytes(),
        )
        .unwrap();
        let mut rest = [0u8; 16];
        let _ = s.read(&mut rest);
    });
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(addr, cfg("a")))
        .unwrap();
    all_ready(&mut m);
    assert_eq!(metric(&m, "ami_unmatched_responses_total"), 1.0);
    drop(m);
    server.join().unwrap();
}

#[test]
fn c05_split_writes_give_the_same_messages() {
    let plain = sim();
    let trickle = sim();
    trickle.set_fault(Target::New, Fault::Trickle);
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(plain.addr(), cfg("p")))
        .unwrap();
    m.add_server(ami_cluster::ServerConfig::new(trickle.addr(), cfg("t")))
        .unwrap();
    all_ready(&mut m);
    let done = Done::default();
    let a = send(&mut m, "p", &QueueStatus::new(), &done);
    let b = send(&mut m, "t", &QueueStatus::new(), &done);
    until(&mut m, |_| finished(&done, &[a.clone(), b.clone()]));
    let (a, b) = (result(&done, &a).unwrap(), result(&done, &b).unwrap());
    let strip = |o: &ami_proto::Outcome| {
        o.events
            .iter()
            .map(|e| {
                e.iter()
                    .filter(|h| h.key != b"ActionID")
                    .map(|h| (h.key.to_vec(), h.value.to_vec()))
                    .collect::<Vec<_>>()
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(strip(&a), strip(&b));
}

#[test]
fn c06_frame_cut_off_by_a_close() {
    let s = sim();
    let mut m = one(s.addr(), cfg("a"));
    s.set_fault(Target::Open, Fault::CloseAfterBytes(40));
    let done = Done::default();
    let ids: Vec<String> = (0..3)
        .map(|_| send(&mut m, "a", &QueueStatus::new(), &done))
        .collect();
    until(&mut m, |_| finished(&done, &ids));
    for id in &ids {
        assert!(matches!(
            result(&done, id),
            Err(ActionFailure::ConnectionLost(_))
        ));
    }
    until(&mut m, |m| m.state("a").unwrap() == State::Ready);
    let p = send(&mut m, "a", &Ping, &done);
    until(&mut m, |_| finished(&done, std::slice::from_ref(&p)));
    assert!(result(&done, &p).is_ok());
}

#[test]
fn c07_garbage_between_frames() {
    let s = sim();
    let mut m = one(s.addr(), cfg("a"));
    s.inject(
        Target::Open,
        &b"\x01\x02 garbage\r\nnot: a frame we know\r\n\r\n"[..],
    );
    let done = Done::default();
    let p = send(&mut m, "a", &Ping, &done);
    until(&mut m, |_| finished(&done, std::slice::from_ref(&p)));
    assert!(result(&done, &p).is_ok());
    assert_eq!(metric(&m, "ami_garbage_frames_total"), 1.0);
}

#[test]
fn c08_frame_larger_than_max_frame_size() {
    let s = sim();
    let mut c = cfg("a");
    c.max_frame_size = 8192;
    let mut m = one(s.addr(), c);
    let mut big = b"Event: Huge\r\n".to_vec();
    for i in 0..5000 {
        big.extend_from_slice(format!("Line{i}: {}\r\n", "z".repeat(40)).as_bytes());
    }
    big.extend_from_slice(b"\r\n");
    s.inject(Target::Open, big);
    let done = Done::default();
    let p = send(&mut m, "a", &Ping, &done);
    until(&mut m, |_| finished(&done, std::slice::from_ref(&p)));
    assert!(result(&done, &p).is_ok(), "the stream continues");
    assert_eq!(
        metric(&m, "ami_protocol_errors_total"),
        1.0,
        "reported once"
    );
}

#[test]
fn c09_legacy_command_body_that_never_ends() {
    let s = sim();
    let mut c = cfg("a");
    c.max_frame_size = 8192;
    let mut m = one(s.addr(), c);
    s.set_fault(Target::Open, Fault::NeverAnswer("Command".into()));
    let done = Done::default();
    let id = send(&mut m, "a", &Command::new("core show channels"), &done);
    let mut body =
        format!("Response: Follows\r\nPrivilege: Command\r\nActionID: {id}\r\n").into_bytes();
    for _ in 0..2000 {
        body.extend_from_slice(b"output line that never reaches --END COMMAND\n");
    }
    s.inject(Target::Open, body);
    until(&mut m, |_| finished(&done, std::slice::from_ref(&id)));
    assert!(matches!(
        result(&done, &id),
        Err(ActionFailure::Protocol(ProtoError::FrameTooLarge { .. }))
    ));
    // The marker never comes, yet the stream recovers: frames after the
    // refusal flow again (before, the decoder swallowed everything while
    // searching for the marker, and the link stayed Ready but deaf).
    let mut events = Vec::new();
    for n in 0..200 {
        events.extend_from_slice(format!("\r\nEvent: AfterC9\r\nSeq: {n}\r\n\r\n").as_bytes());
    }
    let seen = Arc::new(Mutex::new(0usize));
    let v = seen.clone();
    m.on_event("AfterC9", move |_, _| *v.lock().unwrap() += 1);
    s.inject(Target::Open, events);
    until(&mut m, |_| *seen.lock().unwrap() >= 150);
    let p = send(&mut m, "a", &Ping, &done);
    until(&mut m, |_| finished(&done, std::slice::from_ref(&p)));
    assert!(result(&done, &p).is_ok());
}

#[test]
fn c10_twenty_thousand_event_flood() {
    let s = Sim::builder()
        .write_timeout(Duration::from_secs(5))
        .start()
        .unwrap();
    let mut c = cfg("a");
    c.event_queue_capacity = 20_000;
    let mut m = one(s.addr(), c);
    let seen = Arc::new(Mutex::new(Vec::new()));
    let v = seen.clone();
    m.on_any_event(move |_, ev| {
        if let Some(u) = ev.message.get_str("Uniqueid") {
            v.lock()
                .unwrap()
                .push(u.rsplit('.').next().unwrap().parse::<usize>().unwrap());
        }
    });
    std::thread::scope(|scope| {
        scope.spawn(|| s.burst(Target::Open, 20_000, Duration::from_secs(20)));
        until(&mut m, |_| seen.lock().unwrap().len() == 20_000);
    });
    let seen = seen.lock().unwrap();
    assert!(
        seen.iter().enumerate().all(|(i, u)| *u == i % 512),
        "received in order"
    );
    assert_eq!(metric(&m, "ami_dropped_events_total"), 0.0);
}

#[test]
fn c10_flood_into_a_small_queue_drops_oldest_counted() {
    let s = Sim::builder()
        .write_timeout(Duration::from_secs(5))
        .start()
        .unwrap();
    let mut c = cfg("a");
    c.event_queue_capacity = 100;
    let mut limits = Limits::default();
    limits.max_dispatch_per_tick = 10;
    let mut m = AmiClientManager::with_limits(limits).unwrap();
    m.add_server(ami_cluster::ServerConfig::new(s.addr(), c))
        .unwrap();
    all_ready(&mut m);
    let got = Arc::new(Mutex::new(0u64));
    let g = got.clone();
    m.on_event("SimBurstComplete", move |_, _| *g.lock().unwrap() += 1);
    std::thread::scope(|scope| {
        let h = scope.spawn(|| s.burst(Target::Open, 20_000, Duration::from_secs(20)));
        until(&mut m, |_| *got.lock().unwrap() == 1);
        assert_eq!(
            h.join().unwrap().len(),
            1,
            "the reader never blocked the simulator"
        );
    });
    let dropped = metric(&m, "ami_dropped_events_total");
    assert!(dropped > 0.0, "oldest dropped and counted");
    assert_eq!(
        metric(&m, "ami_events_received_total"),
        20_002.0,
        "FullyBooted, 20,000, the marker"
    );
}

#[test]
fn c11_thousand_actions_answered_out_of_order() {
    let s = sim();
    let mut c = cfg("a");
    c.timeout = Duration::from_secs(8);
    let mut m = one(s.addr(), c);
    s.set_fault(Target::Open, Fault::NeverAnswer("Ping".into()));
    let done = Done::default();
    let ids: Vec<String> = (0..1000).map(|_| send(&mut m, "a", &Ping, &done)).collect();
    until(&mut m, |_| {
        s.actions().iter().filter(|a| a.name == "Ping").count() == 1000
    });
    let mut replies = String::new();
    for (n, id) in ids.iter().enumerate().rev() {
        replies.push_str(&format!(
            "Response: Success\r\nActionID: {id}\r\nPing: Pong\r\nN: {n}\r\n\r\n"
        ));
    }
    s.inject(Target::Open, replies);
    until(&mut m, |_| finished(&done, &ids));
    for (n, id) in ids.iter().enumerate() {
        let out = result(&done, id).unwrap();
        assert_eq!(
            out.response.get_str("N").as_deref(),
            Some(n.to_string().as_str())
        );
    }
}

#[test]
fn c12_one_flooding_server_does_not_starve_the_others() {
    let flood = Sim::builder()
        .write_timeout(Duration::from_secs(10))
        .start()
        .unwrap();
    let slow = sim();
    let fast = sim();
    let mut m = AmiClientManager::new().unwrap();
    for (k, s) in [("flood", &flood), ("slow", &slow), ("fast", &fast)] {
        let mut c = cfg(k);
        c.event_queue_capacity = 50_000;
        m.add_server(ami_cluster::ServerConfig::new(s.addr(), c))
            .unwrap();
    }
    all_ready(&mut m);
    slow.set_fault(
        Target::Open,
        Fault::DelayReplies(Duration::from_millis(150)),
    );
    let flooded = Arc::new(Mutex::new(0u64));
    let f = flooded.clone();
    m.on_any_event(move |_, ev| {
        if &*ev.server_key == "flood" {
            *f.lock().unwrap() += 1;
        }
    });
    let done = Done::default();
    std::thread::scope(|scope| {
        let burst = scope.spawn(|| flood.burst(Target::Open, 200_000, Duration::from_secs(30)));
        // The flood is under way before the Pings go out.
        until(&mut m, |_| *flooded.lock().unwrap() > 1000);
        let opts = || SendOptions::default().with_timeout(Duration::from_secs(1));
        let a = send_opts(&mut m, "slow", &Ping, opts(), &done);
        let b = send_opts(&mut m, "fast", &Ping, opts(), &done);
        until(&mut m, |_| finished(&done, &[a.clone(), b.clone()]));
        assert!(
            result(&done, &a).is_ok(),
            "the 150 ms Ping completed within its 1 s timeout"
        );
        assert!(result(&done, &b).is_ok());
        assert!(
            *flooded.lock().unwrap() < 200_000,
            "the Pings completed while the flood went on"
        );
        until(&mut m, |_| burst.is_finished());
    });
}

#[test]
fn c13_three_servers_close_at_once_repeatedly() {
    let sims: Vec<Sim> = (0..3).map(|_| sim()).collect();
    let mut limits = Limits::default();
    limits.max_connects_per_tick = 1;
    let mut m = AmiClientManager::with_limits(limits).unwrap();
    for (i, s) in sims.iter().enumerate() {
        m.add_server(ami_cluster::ServerConfig::new(
            s.addr(),
            cfg(&format!("s{i}")),
        ))
        .unwrap();
    }
    let ready = |m: &AmiClientManager| m.health().iter().all(|h| h.state == State::Ready);
    let mut ticks = 0u64;
    for _round in 0..4 {
        let start = Instant::now();
        while !ready(&m) {
            assert!(start.elapsed() < common::LIMIT);
            let r = m.tick_all(20).expect("tick");
            assert!(
                r.connects <= 1,
                "herd control: {} connects in one tick",
                r.connects
            );
            ticks += 1;
        }
        for s in &sims {
            s.close(Target::Open);
        }
        let start = Instant::now();
        while ready(&m) {
            assert!(start.elapsed() < common::LIMIT);
            m.tick_all(20).expect("tick");
        }
    }
    let text = m.metrics_text();
    for i in 0..3 {
        let attempts: f64 = text
            .lines()
            .find(|l| l.starts_with(&format!("ami_connect_attempts_total{{server=\"s{i}\"}}")))
            .and_then(|l| l.rsplit(' ').next()?.parse().ok())
            .unwrap();
        assert!(
            (4.0..=12.0).contains(&attempts),
            "s{i}: {attempts} attempts for 4 rounds: no tight loop"
        );
    }
    assert!(ticks < 2000, "{ticks} ticks");
}

#[test]
fn c14_silent_server() {
    let s = sim();
    let mut c = cfg("a");
    c.heartbeat_interval = Duration::from_millis(100);
    c.read_timeout = Duration::from_millis(400);
    c.timeout = Duration::from_millis(300);
    let mut m = one(s.addr(), c);
    s.set_fault(Target::Open, Fault::Silent);
    let done = Done::default();
    let id = send(&mut m, "a", &Ping, &done);
    until(&mut m, |m| {
        m.health()[0]
            .last_error
            .as_deref()
            .is_some_and(|e| e.contains("read timeout"))
    });
    assert!(matches!(result(&done, &id), Err(ActionFailure::Timeout(_))));
    until(&mut m, |m| m.state("a").unwrap() == State::Ready);
}

#[test]
fn c15_server_stops_reading() {
    let s = sim();
    let mut c = cfg("a");
    c.write_buffer_limit = 64 * 1024;
    c.max_pending_actions = 1_000_000;
    c.timeout = Duration::from_secs(30);
    let mut m = one(s.addr(), c);
    s.set_fault(Target::Open, Fault::StopReading);
    m.tick_all(50).expect("tick");
    let action = Originate::extension("PJSIP/1", "c", "e", "1").variable("PAD", "p".repeat(500));
    let mut sent = 0;
    let err = loop {
        match m.server("a").unwrap().send(&action) {
            Ok(_) => sent += 1,
            Err(e) => break e,
        }
        if sent % 64 == 0 {
            m.poll_all().expect("tick");
        }
        assert!(sent < 500_000);
    };
    assert!(
        matches!(
            err,
            ClusterError::Send(ami_conn::SendError::WriteBufferFull { .. })
        ),
        "{err}"
    );
}

#[test]
fn c16_wrong_secret() {
    let s = sim();
    let mut c = cfg("a");
    c.secret = ami_conn::Secret::new("wrong");
    c.circuit.failure_threshold = 2;
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(s.addr(), c))
        .unwrap();
    until(&mut m, |m| m.health()[0].circuit == CircuitState::Open);
    let h = &m.health()[0];
    assert!(
        h.last_error
            .as_deref()
            .unwrap()
            .starts_with("authentication failed for user \"admin\"")
    );
    assert!(!h.last_error.as_deref().unwrap().contains("wrong"));
    let logins = s.snapshot().logins.len();
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(300) {
        m.tick_all(20).expect("tick");
    }
    assert_eq!(s.snapshot().logins.len(), logins, "no hammering");
}

#[test]
fn c17_server_restarts_mid_traffic() {
    let s = Sim::builder()
        .calls_per_second(100.0)
        .call_duration(Duration::from_millis(10))
        .start()
        .unwrap();
    let mut m = one(s.addr(), cfg("a"));
    s.set_fault(Target::Open, Fault::NeverAnswer("QueueStatus".into()));
    let done = Done::default();
    let ids: Vec<String> = (0..20)
        .map(|_| send(&mut m, "a", &QueueStatus::new(), &done))
        .collect();
    until(&mut m, |_| {
        s.actions()
            .iter()
            .filter(|a| a.name == "QueueStatus")
            .count()
            == 20
    });
    s.restart(true).unwrap();
    until(&mut m, |_| finished(&done, &ids));
    for id in &ids {
        assert!(matches!(
            result(&done, id),
            Err(ActionFailure::ConnectionLost(
                CloseReason::ServerShutdown { .. }
            ))
        ));
    }
    until(&mut m, |m| m.state("a").unwrap() == State::Ready);
    let p = send(&mut m, "a", &QueueStatus::new(), &done);
    until(&mut m, |_| finished(&done, std::slice::from_ref(&p)));
    assert!(result(&done, &p).is_ok());
}

#[test]
fn c18_event_list_whose_complete_never_comes() {
    let s = sim();
    let mut c = cfg("a");
    c.timeout = Duration::from_millis(300);
    let mut m = one(s.addr(), c);
    s.set_fault(Target::Open, Fault::NeverAnswer("QueueStatus".into()));
    let done = Done::default();
    let id = send(&mut m, "a", &QueueStatus::new(), &done);
    let mut list = format!("Response: Success\r\nActionID: {id}\r\nEventList: start\r\n\r\n");
    for _ in 0..50 {
        list.push_str(&format!(
            "Event: QueueMember\r\nActionID: {id}\r\nName: x\r\n\r\n"
        ));
    }
    s.inject(Target::Open, list);
    until(&mut m, |_| finished(&done, std::slice::from_ref(&id)));
    assert!(matches!(result(&done, &id), Err(ActionFailure::Timeout(_))));
    assert_eq!(m.health()[0].pending, 0, "partial items released");
}

#[test]
fn c19_async_originate_whose_event_never_comes() {
    let s = sim();
    let mut c = cfg("a");
    c.timeout = Duration::from_millis(300);
    let mut m = one(s.addr(), c);
    s.set_fault(Target::Open, Fault::NeverAnswer("Originate".into()));
    let done = Done::default();
    let id = send(
        &mut m,
        "a",
        &Originate::extension("PJSIP/1", "c", "e", "1").asynchronous(true),
        &done,
    );
    s.inject(
        Target::Open,
        format!(
            "Response: Success\r\nActionID: {id}\r\nMessage: Originate successfully queued\r\n\r\n"
        ),
    );
    until(&mut m, |_| finished(&done, std::slice::from_ref(&id)));
    assert!(matches!(result(&done, &id), Err(ActionFailure::Timeout(_))));
    s.inject(
        Target::Open,
        format!("Event: OriginateResponse\r\nActionID: {id}\r\nResponse: Success\r\n\r\n"),
    );
    until(&mut m, |m| {
        metric(m, "ami_unmatched_responses_total") == 1.0
    });
    assert_eq!(done.lock().unwrap()[&id].len(), 1, "timed out once");
}

#[test]
fn c20_a_listener_that_panics() {
    let s = Sim::builder()
        .calls_per_second(100.0)
        .call_duration(Duration::from_millis(10))
        .start()
        .unwrap();
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(s.addr(), cfg("a")))
        .unwrap();
    m.on_event("Newchannel", |_, _| panic!("boom"));
    let n = Arc::new(Mutex::new(0));
    let k = n.clone();
    m.on_event("Hangup", move |_, _| *k.lock().unwrap() += 1);
    until(&mut m, |_| *n.lock().unwrap() >= 4);
    assert!(
        metric(&m, "ami_listener_panics_total") >= 1.0,
        "contained and counted"
    );
}

#[test]
fn c21_events_in_the_login_read_reach_listeners_registered_before() {
    let s = Sim::builder()
        .calls_per_second(200.0)
        .call_duration(Duration::from_millis(5))
        .start()
        .unwrap();
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(s.addr(), cfg("a")))
        .unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let v = seen.clone();
    m.on_any_event(move |_, ev| {
        v.lock()
            .unwrap()
            .push(ev.message.event_name().unwrap().into_owned())
    });
    until(&mut m, |_| seen.lock().unwrap().len() > 10);
    assert_eq!(
        seen.lock().unwrap()[0],
        "FullyBooted",
        "the first event after the login response"
    );
}

#[test]
fn c22_another_clients_originate_response_is_an_event() {
    let s = sim();
    let mut mine = one(s.addr(), cfg("a"));
    let mut other = AmiClientManager::new().unwrap();
    other
        .add_server(ami_cluster::ServerConfig::new(s.addr(), cfg("a")))
        .unwrap();
    all_ready(&mut other);
    let events = Arc::new(Mutex::new(Vec::new()));
    let e = events.clone();
    mine.on_event("OriginateResponse", move |_, ev| {
        e.lock()
            .unwrap()
            .push(ev.message.action_id().map(<[u8]>::to_vec))
    });
    let done = Done::default();
    let theirs = send(
        &mut other,
        "a",
        &Originate::extension("PJSIP/1", "c", "e", "1").asynchronous(true),
        &done,
    );
    until(&mut other, |_| {
        finished(&done, std::slice::from_ref(&theirs))
    });
    until(&mut mine, |_| !events.lock().unwrap().is_empty());
    assert_eq!(
        events.lock().unwrap()[0].as_deref(),
        Some(theirs.as_bytes())
    );
    assert!(
        mine.next_completion().is_none(),
        "never taken as a reply of ours"
    );
}
