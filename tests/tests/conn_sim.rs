//! The state machine against ami-sim over real loopback sockets, driven by
//! a small test-only pump. Each simulator fault ends in the documented
//! state with every pending action completed once.

use std::time::{Duration, Instant};

use ami_conn::{ActionFailure, AuthMethod, CloseReason, Output, SendError, SendOptions, State};
use ami_proto::actions::{Originate, Ping, QueueStatus};
use ami_sim::{Fault, Sim, Target};
use ami_tests::pump::Pump;

fn sim() -> Sim {
    Sim::builder().example_pbx().start().unwrap()
}

#[test]
fn login_ping_list_and_events() {
    let sim = Sim::builder()
        .example_pbx()
        .calls_per_second(50.0)
        .call_duration(Duration::from_millis(20))
        .start()
        .unwrap();
    let mut p = Pump::new(sim.addr(), Pump::cfg());
    p.ready();
    let ping = p.send(&Ping);
    let qs = p.send(&QueueStatus::new());
    p.until(|p| p.done(&ping) && p.done(&qs));
    assert_eq!(
        p.result(&ping).as_ref().unwrap().response.get("Ping"),
        Some(&b"Pong"[..])
    );
    assert_eq!(p.result(&qs).as_ref().unwrap().events.len(), 6);
    p.until(|p| {
        p.outputs
            .iter()
            .filter(|o| matches!(o, Output::Event(m) if m.is_event_named("Hangup")))
            .count()
            >= 2
    });
    // The simulator saw ids with this client's prefix.
    assert!(
        sim.actions()
            .iter()
            .all(|a| a.get("ActionID").is_some_and(|id| id.starts_with("sim-")))
    );
}

#[test]
fn md5_login() {
    let sim = sim();
    let mut cfg = Pump::cfg();
    cfg.auth = AuthMethod::Md5;
    let mut p = Pump::new(sim.addr(), cfg);
    p.ready();
    assert_eq!(sim.snapshot().logins[0].auth, "md5");
}

#[test]
fn close_mid_frame_loses_pending_once_then_reconnects() {
    let sim = sim();
    let mut p = Pump::new(sim.addr(), Pump::cfg());
    p.ready();
    sim.set_fault(Target::Open, Fault::CloseAfterBytes(30));
    let ids: Vec<String> = (0..5).map(|_| p.send(&QueueStatus::new())).collect();
    p.until(|p| ids.iter().all(|id| p.done(id)));
    for id in &ids {
        assert!(
            matches!(
                p.result(id),
                Err(ActionFailure::ConnectionLost(CloseReason::PeerClosed))
            ),
            "{:?}",
            p.result(id)
        );
    }
    p.until(|p| p.conn.state() == State::Ready && p.conn.stats().reconnects == 1);
    let ping = p.send(&Ping);
    p.until(|p| p.done(&ping));
    assert!(p.result(&ping).is_ok());
}

#[test]
fn silent_server_heartbeat_then_read_timeout_then_reconnect() {
    let sim = sim();
    let mut cfg = Pump::cfg();
    cfg.heartbeat_interval = Duration::from_millis(100);
    cfg.read_timeout = Duration::from_millis(400);
    cfg.timeout = Duration::from_secs(5);
    let mut p = Pump::new(sim.addr(), cfg);
    p.ready();
    sim.set_fault(Target::Open, Fault::Silent);
    let id = p.send(&Ping);
    p.until(|p| !p.disconnects().is_empty());
    assert_eq!(
        p.disconnects()[0],
        CloseReason::ReadTimeout(Duration::from_millis(400))
    );
    assert!(matches!(
        p.result(&id),
        Err(ActionFailure::ConnectionLost(CloseReason::ReadTimeout(_)))
    ));
    assert!(p.conn.stats().heartbeats >= 1);
    p.until(|p| p.conn.state() == State::Ready);
}

#[test]
fn trickled_replies() {
    let sim = sim();
    sim.set_fault(Target::New, Fault::Trickle);
    let mut p = Pump::new(sim.addr(), Pump::cfg());
    p.ready();
    let qs = p.send(&QueueStatus::new().queue("sales"));
    p.until(|p| p.done(&qs));
    assert_eq!(p.result(&qs).as_ref().unwrap().events.len(), 2);
}

#[test]
fn garbage_and_oversized_frames() {
    let sim = sim();
    let mut cfg = Pump::cfg();
    cfg.max_frame_size = 16 * 1024;
    let mut p = Pump::new(sim.addr(), cfg);
    p.ready();
    sim.inject(Target::Open, &b"\x00garbage\r\n\r\n"[..]);
    let mut big = b"Event: Huge\r\n".to_vec();
    for i in 0..2000 {
        big.extend_from_slice(format!("L{i}: {}\r\n", "y".repeat(20)).as_bytes());
    }
    big.extend_from_slice(b"\r\n");
    sim.inject(Target::Open, big);
    let ping = p.send(&Ping);
    p.until(|p| p.done(&ping));
    assert!(p.result(&ping).is_ok());
    let s = p.conn.stats();
    assert_eq!((s.garbage_frames, s.protocol_errors), (1, 1));
    assert!(p.conn.heap_size() < 256 * 1024);
}

#[test]
fn slow_reader_server_gives_backpressure() {
    let sim = sim();
    let mut cfg = Pump::cfg();
    cfg.write_buffer_limit = 64 * 1024;
    cfg.max_pending_actions = 1_000_000;
    cfg.timeout = Duration::from_secs(30);
    let mut p = Pump::new(sim.addr(), cfg);
    p.ready();
    sim.set_fault(Target::Open, Fault::StopReading);
    // Make sure the fault is in force before flooding.
    let probe = p.send(&Ping);
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(300) {
        p.turn();
    }
    assert!(!p.done(&probe));
    let action =
        Originate::extension("PJSIP/100", "default", "200", "1").variable("PAD", "x".repeat(400));
    let mut accepted = 0usize;
    let err = loop {
        match p.conn.send(Instant::now(), &action, SendOptions::default()) {
            Ok(_) => accepted += 1,
            Err(e) => break e,
        }
        // Write as the socket allows; no read waits while flooding.
        p.flush();
        assert!(accepted < 200_000, "never backed up");
    };
    assert!(
        matches!(err, SendError::WriteBufferFull { limit: 65536, .. }),
        "{err}"
    );
    assert!(p.conn.buffered_write() <= 64 * 1024);
}

#[test]
fn wrong_secret_opens_the_circuit() {
    let sim = sim();
    let mut cfg = Pump::cfg();
    cfg.secret = ami_conn::Secret::new("wrong");
    cfg.circuit.failure_threshold = 2;
    cfg.circuit.cooldown = Duration::from_secs(60);
    let mut p = Pump::new(sim.addr(), cfg);
    p.until(|p| p.conn.stats().circuit_opens == 1);
    assert!(
        p.disconnects()
            .iter()
            .all(|r| matches!(r, CloseReason::AuthFailed { .. }))
    );
    let attempts = sim.snapshot().logins.len();
    assert_eq!(attempts, 2);
    // Open: no more attempts for a while.
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(300) {
        p.turn();
    }
    assert_eq!(sim.snapshot().logins.len(), attempts, "no hammering");
}

#[test]
fn logoff_is_graceful() {
    let sim = sim();
    let mut p = Pump::new(sim.addr(), Pump::cfg());
    p.ready();
    p.conn.close(Instant::now());
    p.until(|p| p.conn.state() == State::Disconnected);
    assert_eq!(p.disconnects(), [CloseReason::Logoff]);
    assert!(sim.wait_until(Duration::from_secs(5), |s| s.connections.is_empty()));
    assert_eq!(p.conn.poll_timeout(), None);
}

#[test]
fn server_restart_mid_traffic() {
    let sim = Sim::builder()
        .example_pbx()
        .calls_per_second(100.0)
        .call_duration(Duration::from_millis(10))
        .start()
        .unwrap();
    let mut p = Pump::new(sim.addr(), Pump::cfg());
    p.ready();
    sim.set_fault(Target::Open, Fault::NeverAnswer("QueueStatus".into()));
    let stuck: Vec<String> = (0..10).map(|_| p.send(&QueueStatus::new())).collect();
    let answered = p.send(&Ping);
    p.until(|p| p.done(&answered));
    sim.restart(true).unwrap();
    p.until(|p| stuck.iter().all(|id| p.done(id)));
    for id in &stuck {
        assert!(
            matches!(
                p.result(id),
                Err(ActionFailure::ConnectionLost(CloseReason::ServerShutdown {
                    restart: true
                }))
            ),
            "{:?}",
            p.result(id)
        );
    }
    p.until(|p| p.conn.state() == State::Ready && p.conn.stats().reconnects == 1);
    let again = p.send(&QueueStatus::new());
    p.until(|p| p.done(&again));
    assert!(p.result(&again).is_ok());
    assert!(
        p.results().values().all(|r| r.len() == 1),
        "nothing completed twice"
    );
}
