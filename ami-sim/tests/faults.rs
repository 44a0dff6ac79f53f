//! Every fault, driven over a plain TcpStream and checked byte for byte.

mod common;

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use ami_proto::actions::{CoreStatus, Ping};
use ami_proto::{DecoderConfig, MessageKind, ProtoError};
use ami_sim::{Fault, Sim, Target};
use common::{Client, s};

/// How long "nothing arrives" is watched for.
const QUIET: Duration = Duration::from_millis(300);

fn sim() -> Sim {
    Sim::builder().start().unwrap()
}

fn read_all(stream: &mut TcpStream) -> Vec<u8> {
    let mut all = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return all,
            Ok(n) => all.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == ErrorKind::ConnectionReset => return all,
            Err(e) => panic!("read: {e}"),
        }
    }
}

#[test]
fn close_after_n_bytes_cuts_mid_frame() {
    let sim = sim();
    sim.set_fault(Target::New, Fault::CloseAfterBytes(50));
    let mut c = Client::connect_raw(sim.addr());
    c.send_raw(b"Action: Login\r\nUsername: admin\r\nSecret: amp111\r\nEvents: off\r\n\r\n");
    let got = read_all(&mut c.stream);
    assert_eq!(got.len(), 50);
    assert!(got.starts_with(b"Asterisk Call Manager/11.0.0\r\nResponse: Success"));
    assert!(!got.ends_with(b"\r\n\r\n"), "cut inside the response");

    // On an open connection the count starts when the fault is set.
    sim.clear_faults(Target::All);
    let mut c = Client::login(sim.addr(), "off");
    let conn = sim.connections()[0].id;
    sim.set_fault(Target::Conn(conn), Fault::CloseAfterBytes(10));
    c.send_raw(b"Action: Ping\r\nActionID: 1\r\n\r\n");
    assert_eq!(read_all(&mut c.stream), b"Response: ");
}

#[test]
fn silent_server_keeps_the_socket_open_and_answers_nothing() {
    let sim = sim();
    let mut c = Client::login(sim.addr(), "off");
    sim.set_fault(Target::Open, Fault::Silent);
    c.stream.set_read_timeout(Some(QUIET)).unwrap();
    c.send(&Ping);
    let err = c.try_recv().unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut),
        "{err}"
    );
    assert_eq!(sim.connections().len(), 1, "still connected");
    assert!(sim.wait_until(
        common::WAIT,
        |s| s.actions.iter().filter(|a| a.name == "Ping").count() == 1
    ));
    sim.clear_faults(Target::Open);
    c.stream.set_read_timeout(Some(common::WAIT)).unwrap();
    assert_eq!(s(c.call(&Ping).get("Ping")), Some("Pong"));
}

#[test]
fn trickle_sends_tiny_writes_that_decode_the_same() {
    let sim = sim();
    sim.set_fault(Target::New, Fault::Trickle);
    let mut stream = TcpStream::connect(sim.addr()).unwrap();
    stream.set_read_timeout(Some(common::WAIT)).unwrap();
    stream
        .write_all(b"Action: Login\r\nUsername: admin\r\nSecret: amp111\r\nEvents: off\r\n\r\n")
        .unwrap();
    let mut all = Vec::new();
    let mut buf = [0u8; 4096];
    let start = std::time::Instant::now();
    while !all.ends_with(b"Authentication accepted\r\n\r\n") {
        let n = stream.read(&mut buf).unwrap();
        assert!(n > 0);
        all.extend_from_slice(&buf[..n]);
    }
    // At most 16 bytes a millisecond: the banner and the login reply take
    // several milliseconds however the reads coalesce (a busy reader sees
    // fewer, larger reads, so their count proves nothing).
    let took = start.elapsed();
    let least = std::time::Duration::from_millis((all.len() / 16).saturating_sub(1) as u64);
    assert!(took >= least, "{} bytes in {took:?}", all.len());
    let msgs = common_decode(&all);
    assert_eq!(msgs[0].kind(), MessageKind::Banner);
    assert_eq!(
        msgs[1].message_text().as_deref(),
        Some("Authentication accepted")
    );
}

fn common_decode(bytes: &[u8]) -> Vec<ami_proto::Message> {
    let mut d = ami_proto::Decoder::new();
    d.extend_from_slice(bytes);
    d.map(|r| r.unwrap()).collect()
}

#[test]
fn garbage_between_frames() {
    let sim = sim();
    let mut c = Client::login(sim.addr(), "off");
    sim.inject(Target::Open, &b"\x00\x01\xffnot a header line\r\n\r\n"[..]);
    let g = c.recv().unwrap();
    assert_eq!(g.kind(), MessageKind::Unknown);
    assert_eq!(s(c.call(&Ping).get("Ping")), Some("Pong"));
}

#[test]
fn oversized_frame_then_the_stream_continues() {
    let sim = sim();
    let mut c = Client::login(sim.addr(), "off");
    c.dec = ami_proto::Decoder::with_config(DecoderConfig {
        max_frame_size: 64 * 1024,
        ..DecoderConfig::default()
    });
    c.dec.set_expect_banner(false);
    let mut big = b"Event: Huge\r\n".to_vec();
    for i in 0..10_000 {
        big.extend_from_slice(format!("Line{i}: {}\r\n", "x".repeat(30)).as_bytes());
    }
    big.extend_from_slice(b"\r\n");
    sim.inject(Target::Open, big);
    let id = c.send(&Ping);
    let mut refused = 0;
    loop {
        let stream = &mut c.stream;
        match c.dec.decode() {
            Err(ProtoError::FrameTooLarge { .. }) => refused += 1,
            Err(e) => panic!("{e}"),
            Ok(Some(m)) if m.action_id() == Some(id.as_bytes()) => break,
            Ok(Some(m)) => panic!("unexpected {m:?}"),
            Ok(None) => {
                c.dec.read_with(|b| stream.read(b)).unwrap();
            }
        }
    }
    assert_eq!(refused, 1);
}

#[test]
fn delayed_replies() {
    let sim = sim();
    let mut c = Client::login(sim.addr(), "off");
    sim.set_fault(
        Target::Open,
        Fault::DelayReplies(Duration::from_millis(150)),
    );
    let start = Instant::now();
    assert_eq!(s(c.call(&Ping).get("Ping")), Some("Pong"));
    assert!(start.elapsed() >= Duration::from_millis(150));
}

#[test]
fn never_answer_a_chosen_action() {
    let sim = sim();
    let mut c = Client::login(sim.addr(), "off");
    sim.set_fault(Target::Open, Fault::NeverAnswer("ping".into()));
    let unanswered = c.send(&Ping);
    let r = c.call(&CoreStatus);
    assert!(r.get("CoreCurrentCalls").is_some());
    c.stream.set_read_timeout(Some(QUIET)).unwrap();
    assert!(
        c.try_recv().is_err(),
        "the Ping {unanswered} was never answered"
    );
}

#[test]
fn refuse_connections_then_accept_again_on_the_same_port() {
    let sim = sim();
    sim.set_fault(Target::New, Fault::RefuseConnections);
    // The control message is applied by the simulator thread: wait for it.
    assert!(sim.wait_until(common::WAIT, |s| !s.listening));
    let err = TcpStream::connect(sim.addr()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::ConnectionRefused);
    sim.clear_faults(Target::New);
    assert!(sim.wait_until(common::WAIT, |s| s.listening && s.binds == 2));
    let (_c, banner) = Client::connect(sim.addr());
    assert!(banner.banner_version().is_some());
}

#[test]
fn accept_then_close() {
    let sim = sim();
    sim.set_fault(Target::New, Fault::AcceptThenClose);
    let mut c = Client::connect_raw(sim.addr());
    assert!(
        read_all(&mut c.stream).is_empty(),
        "closed before any banner"
    );
    assert!(sim.wait_until(common::WAIT, |s| s.accepted == 1));
}

#[test]
fn slow_banner() {
    let sim = sim();
    sim.set_fault(Target::New, Fault::SlowBanner(Duration::from_millis(150)));
    let start = Instant::now();
    let (_c, banner) = Client::connect(sim.addr());
    assert!(banner.banner_version().is_some());
    assert!(start.elapsed() >= Duration::from_millis(150));
}

#[test]
fn stop_reading_backs_up_the_clients_writes() {
    let sim = sim();
    let mut c = Client::login(sim.addr(), "off");
    sim.set_fault(Target::Open, Fault::StopReading);
    // Wait until the fault is in force: a Ping then goes unanswered.
    c.send(&Ping);
    c.stream.set_read_timeout(Some(QUIET)).unwrap();
    assert!(c.try_recv().is_err());
    c.stream.set_nonblocking(true).unwrap();
    let chunk = vec![b'x'; 64 * 1024];
    let mut written = 0usize;
    let blocked = loop {
        match c.stream.write(&chunk) {
            Ok(n) => written += n,
            Err(e) if e.kind() == ErrorKind::WouldBlock => break true,
            Err(e) => panic!("{e}"),
        }
        if written > 256 * 1024 * 1024 {
            break false;
        }
    };
    assert!(blocked, "writes backed up after {written} bytes");
}

#[test]
fn a_client_that_does_not_read_is_disconnected() {
    let sim = Sim::builder()
        .write_timeout(Duration::from_millis(100))
        .start()
        .unwrap();
    let c = Client::login(sim.addr(), "on");
    // Enough bytes to fill both socket buffers; the client never reads.
    let reports = sim.burst(Target::Open, 200_000, Duration::from_secs(10));
    assert!(reports.is_empty(), "the burst could not finish");
    assert!(sim.wait_until(common::WAIT, |s| s.write_timeouts == 1
        && s.connections.is_empty()));
    drop(c);
}

#[test]
fn restart_with_shutdown_event_on_the_same_port() {
    let sim = sim();
    let mut c = Client::login(sim.addr(), "on");
    c.recv_until(|m| m.is_event_named("FullyBooted"));
    sim.restart(true).unwrap();
    let ev = c.recv().unwrap();
    assert!(ev.is_event_named("Shutdown"));
    assert_eq!(s(ev.get("Restart")), Some("True"));
    assert!(c.closed());
    let mut again = Client::login(sim.addr(), "off");
    assert_eq!(s(again.call(&Ping).get("Ping")), Some("Pong"));
    let snap = sim.snapshot();
    assert_eq!(snap.binds, 2);
    assert_eq!(snap.logins.len(), 2);
}

#[test]
fn close_a_connection() {
    let sim = sim();
    let mut a = Client::login(sim.addr(), "off");
    let mut b = Client::login(sim.addr(), "off");
    let id = sim.connections()[0].id;
    sim.close(Target::Conn(id));
    assert!(a.closed());
    assert_eq!(s(b.call(&Ping).get("Ping")), Some("Pong"));
}

#[test]
fn faults_on_new_connections_leave_open_ones_alone() {
    let sim = sim();
    let mut open = Client::login(sim.addr(), "off");
    sim.set_fault(Target::New, Fault::Silent);
    assert_eq!(s(open.call(&Ping).get("Ping")), Some("Pong"));
    let mut fresh = Client::connect_raw(sim.addr());
    fresh.stream.set_read_timeout(Some(QUIET)).unwrap();
    assert!(
        fresh.try_recv().is_err(),
        "a silent new connection gets no banner"
    );
}
