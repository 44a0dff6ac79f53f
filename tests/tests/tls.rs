//! AMI over TLS end to end: the manager (rustls client on its one selector)
//! against the simulator behind its TLS front. Logins, events, actions, the
//! CHAOS rows that make sense over TLS, and every failure path: one clear
//! error naming the server and the cause, the circuit and backoff as for any
//! connect failure, and never a byte of the login before the peer is verified.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ami_cluster::{AmiClientManager, ClusterConfig, ClusterError, SystemResolver};
use ami_conn::{ActionFailure, State};
use ami_proto::actions::{Ping, QueueStatus, UserEvent};
use ami_sim::{Fault, Sim, Target, TlsFault, TlsFront};
use ami_tests::pki::{Leaf, Pki, server_config, sha256_hex};
use ami_tests::{LIMIT, sim, until};

/// A simulator behind a TLS front presenting `leaf`.
fn front(leaf: &Leaf, client_ca: Option<&str>) -> (Sim, TlsFront) {
    let s = sim();
    let f = TlsFront::start(s.addr(), server_config(leaf, client_ca)).expect("tls front");
    (s, f)
}

/// A manager from TOML for one server `a` at `addr` with `extra` lines.
fn manager(addr: SocketAddr, extra: &str) -> AmiClientManager {
    manager_with(addr, extra, "")
}

/// The same, with extra `[options]` lines.
fn manager_with(addr: SocketAddr, extra: &str, options: &str) -> AmiClientManager {
    let text = format!(
        "[servers.a]\nhost = \"127.0.0.1\"\nport = {}\nusername = \"admin\"\nsecret = \"amp111\"\ntimeout = 3\n{extra}\n\
         [options]\n{options}connect_timeout = 1\nread_timeout = 2\nheartbeat_interval = 1\ncircuit_failure_threshold = 3\ncircuit_cooldown = 0.3\nbackoff_base = 0.02\nbackoff_max = 0.2\nbackoff_reset_after = 0.001\n",
        addr.port()
    );
    let cfg = ClusterConfig::parse(&text, &SystemResolver).expect("config");
    AmiClientManager::from_config(&cfg).expect("manager")
}

fn ca_lines(pki: &Pki, ca: &Path) -> String {
    let _ = pki;
    format!("tls = true\ntls_ca_file = \"{}\"\n", ca.display())
}

fn ready(m: &mut AmiClientManager) {
    until(m, |m| m.state("a").unwrap() == State::Ready);
}

fn ping(m: &mut AmiClientManager) {
    let done = Arc::new(Mutex::new(None));
    let d = done.clone();
    m.server("a")
        .unwrap()
        .send(&Ping)
        .unwrap()
        .on_complete(move |_, c| *d.lock().unwrap() = Some(c.result.is_ok()));
    until(m, |_| done.lock().unwrap().is_some());
    assert_eq!(*done.lock().unwrap(), Some(true));
}

#[test]
fn tls_login_events_and_actions() {
    let pki = Pki::new("ca1");
    let leaf = pki.leaf(&["localhost", "127.0.0.1"], false);
    let ca = pki.file("ca.pem", &pki.ca_pem());
    let (s, f) = front(&leaf, None);
    for auth in ["plain", "md5"] {
        let mut m = manager(
            f.addr(),
            &format!("{}auth = \"{auth}\"\n", ca_lines(&pki, &ca)),
        );
        ready(&mut m);
        ping(&mut m);
        // A list action and events, both through TLS.
        let events = Arc::new(AtomicUsize::new(0));
        let e = events.clone();
        m.on_event("UserEvent", move |_, _| {
            e.fetch_add(1, Ordering::SeqCst);
        });
        let items = Arc::new(Mutex::new(None));
        let i = items.clone();
        m.server("a")
            .unwrap()
            .send(&QueueStatus::new())
            .unwrap()
            .on_complete(move |_, c| {
                *i.lock().unwrap() = Some(c.result.map(|o| o.events.len()).unwrap_or(0));
            });
        for _ in 0..5 {
            m.server("a")
                .unwrap()
                .send(&UserEvent::new("TlsProbe"))
                .unwrap()
                .ignore_outcome();
        }
        until(&mut m, |_| {
            items.lock().unwrap().is_some() && events.load(Ordering::SeqCst) >= 5
        });
        assert!(
            items.lock().unwrap().unwrap() > 0,
            "{auth}: queue members listed"
        );
        m.close_all();
        until(&mut m, |m| m.all_closed());
    }
    assert!(f.handshakes() >= 2);
    assert!(
        s.actions().iter().any(|a| a.name == "Challenge"),
        "md5 went through"
    );
}

#[test]
fn tls_pinned_self_signed_certificate() {
    // Asterisk's usual self-signed certificate: trusted by its pin, no CA.
    let leaf = Pki::self_signed(&["asterisk"]);
    let (_s, f) = front(&leaf, None);
    let pin = sha256_hex(&leaf.der);
    let mut m = manager(
        f.addr(),
        &format!("tls = true\ntls_pin_sha256 = \"{pin}\"\n"),
    );
    ready(&mut m);
    ping(&mut m);
}

#[test]
fn tls_mutual_authentication() {
    let pki = Pki::new("ca-m");
    let server = pki.leaf(&["127.0.0.1"], false);
    let client = pki.leaf(&["worker-1"], false);
    let ca = pki.file("ca.pem", &pki.ca_pem());
    let cert = pki.file("client.pem", &client.cert_pem);
    let key = pki.file("client.key", &client.key_pem);
    let (_s, f) = front(&server, Some(&pki.ca_pem()));
    let mut m = manager(
        f.addr(),
        &format!(
            "{}tls_client_cert = \"{}\"\ntls_client_key = \"{}\"\n",
            ca_lines(&pki, &ca),
            cert.display(),
            key.display()
        ),
    );
    ready(&mut m);
    ping(&mut m);
}

/// Runs a failing setup for 1.5 s: the error names the server's address and
/// `cause`, attempts are spaced by the backoff, the circuit opens, no login
/// byte reached the simulator, and nothing logged carries the secret.
fn assert_fails(m: &mut AmiClientManager, s: &Sim, cause: &str) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(1500) {
        m.tick_all(20).expect("tick");
    }
    let err = m.health()[0].last_error.clone().unwrap_or_default();
    assert!(err.contains(cause), "expected {cause:?} in {err:?}");
    assert!(!err.contains("amp111"));
    assert_ne!(m.state("a").unwrap(), State::Ready);
    let text = m.metrics_text();
    let value = |name: &str| -> f64 {
        text.lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.rsplit(' ').next()?.parse().ok())
            .unwrap_or(0.0)
    };
    let attempts = value("ami_connect_attempts_total");
    assert!(
        (2.0..=30.0).contains(&attempts),
        "{attempts} attempts in 1.5 s"
    );
    assert!(
        value("ami_circuit_opens_total") >= 1.0,
        "the circuit opened"
    );
    assert!(
        !s.actions().iter().any(|a| a.name == "Login"),
        "a Login reached the server"
    );
}

#[test]
fn tls_failure_paths_are_clear_and_back_off() {
    let pki = Pki::new("ca-good");
    let other = Pki::new("ca-other");
    let ca = pki.file("ca.pem", &pki.ca_pem());
    let cases: Vec<(&str, Leaf, String, &str)> = vec![
        (
            "untrusted CA",
            other.leaf(&["127.0.0.1"], false),
            ca_lines(&pki, &ca),
            "UnknownIssuer",
        ),
        (
            "wrong server name",
            pki.leaf(&["pbx.example.net"], false),
            ca_lines(&pki, &ca),
            "not valid for name",
        ),
        (
            "expired certificate",
            pki.leaf(&["127.0.0.1"], true),
            ca_lines(&pki, &ca),
            "certificate expired",
        ),
        (
            "pin mismatch",
            Pki::self_signed(&["asterisk"]),
            format!("tls = true\ntls_pin_sha256 = \"{}\"\n", "00".repeat(32)),
            "matches no tls_pin_sha256 pin",
        ),
    ];
    for (what, leaf, lines, cause) in cases {
        let (s, f) = front(&leaf, None);
        let mut m = manager(f.addr(), &lines);
        assert_fails(&mut m, &s, cause);
        assert_eq!(f.handshakes(), 0, "{what}: no handshake completed");
        let err = m.health()[0].last_error.clone().unwrap_or_default();
        assert!(err.contains(&f.addr().to_string()), "{what}: {err}");
    }
}

#[test]
fn tls_client_certificate_refused() {
    let pki = Pki::new("ca-mtls");
    let ca = pki.file("ca.pem", &pki.ca_pem());
    let server = pki.leaf(&["127.0.0.1"], false);
    let (s, f) = front(&server, Some(&pki.ca_pem()));
    // No client certificate at all.
    let mut m = manager(f.addr(), &ca_lines(&pki, &ca));
    assert_fails(&mut m, &s, "received fatal alert: CertificateRequired");
}

#[test]
fn tls_config_against_a_plaintext_port_and_the_reverse() {
    let pki = Pki::new("ca-x");
    let ca = pki.file("ca.pem", &pki.ca_pem());
    let leaf = pki.leaf(&["127.0.0.1"], false);
    let (s, f) = front(&leaf, None);
    // TLS config, plaintext server: the banner is no TLS record.
    let mut m = manager(s.addr(), &ca_lines(&pki, &ca));
    assert_fails(&mut m, &s, "InvalidContentType");
    // Plaintext config, TLS server: no banner ever comes.
    let mut m = manager(f.addr(), "");
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(1500) {
        m.tick_all(20).expect("tick");
    }
    let err = m.health()[0].last_error.clone().unwrap_or_default();
    assert!(
        err.contains("no AMI banner") && err.contains("tls"),
        "{err}"
    );
}

#[test]
fn tls_chaos_rows() {
    let pki = Pki::new("ca-chaos");
    let ca = pki.file("ca.pem", &pki.ca_pem());
    let leaf = pki.leaf(&["127.0.0.1"], false);
    let (s, f) = front(&leaf, None);
    let mut m = manager(f.addr(), &ca_lines(&pki, &ca));
    ready(&mut m);

    // Trickled plaintext (1-16 bytes a millisecond): many tiny records.
    s.set_fault(Target::Open, Fault::Trickle);
    ping(&mut m);
    s.clear_faults(Target::Open);

    // The server closes mid-frame with an action pending (C6 over TLS): it
    // fails once with connection-lost, then the link comes back.
    s.set_fault(Target::Open, Fault::CloseAfterBytes(20));
    let failed = Arc::new(Mutex::new(Vec::new()));
    let fl = failed.clone();
    m.server("a")
        .unwrap()
        .send(&QueueStatus::new())
        .unwrap()
        .on_complete(move |_, c| fl.lock().unwrap().push(c.result.err()));
    until(&mut m, |_| !failed.lock().unwrap().is_empty());
    assert!(
        matches!(
            failed.lock().unwrap()[..],
            [Some(ActionFailure::ConnectionLost(_))]
        ),
        "{:?}",
        failed.lock().unwrap()
    );
    s.clear_faults(Target::Open);
    ready(&mut m);
    ping(&mut m);

    // A TLS record cut in half by a close: the partial record is dropped,
    // the link reconnects.
    f.set_fault(TlsFault::CloseMidRecord);
    let before = f.handshakes();
    s.close(Target::Open);
    until(&mut m, |_| f.handshakes() > before + 1);
    f.set_fault(TlsFault::None);
    ready(&mut m);
    ping(&mut m);

    // Garbage instead of records: an error, then a clean reconnect.
    f.set_fault(TlsFault::Garbage);
    s.close(Target::Open);
    until(&mut m, |m| {
        m.health()[0]
            .last_error
            .as_deref()
            .is_some_and(|e| e.contains("TLS"))
    });
    f.set_fault(TlsFault::None);
    ready(&mut m);
    ping(&mut m);

    // A silent peer (socket open, nothing sent): heartbeat, read timeout.
    s.set_fault(Target::Open, Fault::Silent);
    until(&mut m, |m| {
        m.health()[0]
            .last_error
            .as_deref()
            .is_some_and(|e| e.contains("read timeout"))
    });
    s.clear_faults(Target::Open);
    ready(&mut m);

    // The server restarts: reconnect and handshake again.
    let before = f.handshakes();
    s.restart(true).expect("restart");
    until(&mut m, |_| f.handshakes() > before);
    ready(&mut m);
    ping(&mut m);
    let _ = LIMIT;
}

#[test]
fn hostile_tls_peer_that_stops_reading_gives_backpressure_not_growth() {
    // C15 over TLS: the simulator stops reading, so the TLS front stops too
    // and the socket fills. rustls holds at most its buffer limit, our write
    // buffer at most write_buffer_limit: sends are refused with
    // backpressure, nothing half-queued, and every tick returns.
    let leaf = Pki::self_signed(&["asterisk"]);
    let (s, f) = front(&leaf, None);
    let pin = sha256_hex(&leaf.der);
    let mut m = manager_with(
        f.addr(),
        &format!("tls = true\ntls_pin_sha256 = \"{pin}\"\nwrite_buffer_limit = 65536\n"),
        "max_pending_actions = 1000000\n",
    );
    ready(&mut m);
    s.set_fault(Target::Open, Fault::StopReading);
    let action = ami_proto::actions::Originate::extension("PJSIP/1", "c", "e", "1")
        .variable("PAD", "p".repeat(500));
    let mut sent = 0u64;
    let start = Instant::now();
    let err = loop {
        match m.server("a").unwrap().send(&action) {
            Ok(_) => sent += 1,
            Err(e) => break (e, m.health()[0].last_error.clone()),
        }
        if sent % 64 == 0 {
            let tick = Instant::now();
            m.tick_all(0).expect("tick");
            assert!(tick.elapsed() < Duration::from_secs(1), "a tick blocked");
        }
        assert!(start.elapsed() < LIMIT, "never refused after {sent} sends");
    };
    let (err, last_error) = err;
    assert!(
        matches!(
            err,
            ClusterError::Send(ami_conn::SendError::WriteBufferFull { .. })
        ),
        "{err} (last error {last_error:?})"
    );
    // ~560-byte actions: what is queued is the kernel's loopback socket
    // buffers (a few MB), rustls's 64 KiB and our 64 KiB, not the unbounded
    // stream a blocked peer would invite.
    assert!(sent < 30_000, "{sent} actions queued before backpressure");
    assert!(m.health()[0].pending as u64 <= sent);
}
