//! Every state transition and every timer, on a fake clock.

mod common;

use std::time::Duration;

use ami_conn::{
    ActionFailure, AuthMethod, CircuitState, CloseReason, SendError, SendOptions, State,
};
use ami_proto::actions::{Originate, Ping, QueueStatus};
use ami_proto::{EncodeError, GenericAction};
use common::{Harness, config, response};

#[test]
fn plain_login_reaches_ready() {
    let mut h = Harness::new(config());
    assert_eq!(h.conn.state(), State::Disconnected);
    h.connect();
    assert_eq!(h.conn.state(), State::AwaitingBanner);
    assert!(h.sent.is_empty(), "nothing before the banner");
    h.banner();
    assert_eq!(h.conn.state(), State::Authenticating);
    assert_eq!(h.sent_names(), ["Login"]);
    let login = &h.sent[0];
    assert_eq!(login.get("Username"), Some(&b"admin"[..]));
    assert_eq!(login.get("Secret"), Some(&b"amp111"[..]));
    assert_eq!(login.get("Events"), Some(&b"on"[..]));
    let id = h.last_sent_id("Login");
    assert!(id.starts_with("pbx1-i1-"), "{id}");
    h.server(&response(&id, "Message: Authentication accepted\r\n"));
    assert_eq!(h.conn.state(), State::Ready);
    assert_eq!(
        h.states(),
        [
            State::Connecting,
            State::AwaitingBanner,
            State::Authenticating,
            State::Ready
        ]
    );
    assert!(h.completions().is_empty(), "login is internal");
}

#[test]
fn md5_login_uses_the_challenge() {
    let mut cfg = config();
    cfg.auth = AuthMethod::Md5;
    let mut h = Harness::new(cfg);
    h.connect();
    h.banner();
    assert_eq!(h.sent_names(), ["Challenge"]);
    let id = h.last_sent_id("Challenge");
    h.server(&response(&id, "Challenge: 644548177\r\n"));
    let login = h.sent.last().unwrap();
    assert_eq!(login.get("AuthType"), Some(&b"MD5"[..]));
    assert_eq!(
        login.get("Key"),
        Some(&b"37380a7f08cb920032de8f804e8b06d7"[..])
    );
    assert!(login.get("Secret").is_none());
    let id = h.last_sent_id("Login");
    h.server(&response(&id, "Message: Authentication accepted\r\n"));
    assert_eq!(h.conn.state(), State::Ready);
}

#[test]
fn send_outside_ready_is_refused() {
    let mut h = Harness::new(config());
    let check = |h: &mut Harness, state: State| {
        let err = h
            .conn
            .send(h.now, &Ping, SendOptions::default())
            .unwrap_err();
        assert_eq!(
            err,
            SendError::NotReady {
                server: "pbx1".into(),
                state
            }
        );
        assert!(err.to_string().contains("not Ready"));
    };
    check(&mut h, State::Disconnected);
    h.conn.start_connect(h.now);
    check(&mut h, State::Connecting);
    h.conn.handle_connected(h.now);
    check(&mut h, State::AwaitingBanner);
    h.banner();
    check(&mut h, State::Authenticating);
    assert_eq!(
        h.sent_names(),
        ["Login"],
        "nothing but Login before authentication"
    );
}

#[test]
fn connect_budget_covers_connect_and_login() {
    // Stuck connecting.
    let mut h = Harness::new(config());
    h.conn.start_connect(h.now);
    assert_eq!(h.conn.poll_timeout(), Some(h.now + Duration::from_secs(3)));
    h.advance(Duration::from_millis(2999));
    assert_eq!(h.conn.state(), State::Connecting);
    h.advance(Duration::from_millis(1));
    assert_eq!(
        h.disconnects(),
        [&CloseReason::ConnectTimeout(Duration::from_secs(3))]
    );
    // Connected, but the banner and login take too long: same budget.
    let mut h = Harness::new(config());
    h.connect();
    h.advance(Duration::from_secs(2));
    h.banner();
    h.advance(Duration::from_secs(1));
    assert_eq!(h.conn.state(), State::Disconnected);
    assert!(matches!(h.disconnects()[0], CloseReason::ConnectTimeout(_)));
    // Connected and never a banner (a TLS port reached in plaintext): its
    // own reason, whose message says what to check.
    let mut h = Harness::new(config());
    h.connect();
    h.advance(Duration::from_secs(3));
    let reason = h.disconnects()[0].clone();
    assert_eq!(reason, CloseReason::BannerTimeout(Duration::from_secs(3)));
    assert!(reason.to_string().contains("tls"), "{reason}");
}

#[test]
fn failed_login_is_its_own_reason_and_backs_off_to_the_max() {
    let mut h = Harness::new(config());
    h.connect();
    h.banner();
    let id = h.last_sent_id("Login");
    h.server(&format!(
        "Response: Error\r\nActionID: {id}\r\nMessage: Authentication failed\r\n\r\n"
    ));
    let reason = h.disconnects()[0].clone();
    assert_eq!(
        reason,
        CloseReason::AuthFailed {
            user: "admin".into(),
            message: "Authentication failed".into()
        }
    );
    assert!(!reason.to_string().contains("amp111"));
    // No hammering: the next attempt waits at least half the largest backoff.
    let next = h.conn.poll_timeout().unwrap();
    assert!(next >= h.now + Duration::from_secs(15) && next <= h.now + Duration::from_secs(30));
    assert!(!h.conn.wants_connect(h.now));
    h.step();
    assert!(h.conn.wants_connect(h.now));
}

#[test]
fn circuit_opens_after_threshold_then_half_open_probe() {
    let mut cfg = config();
    cfg.circuit.failure_threshold = 3;
    cfg.circuit.cooldown = Duration::from_secs(60);
    cfg.backoff.base = Duration::from_millis(10);
    cfg.backoff.max = Duration::from_millis(10);
    let mut h = Harness::new(cfg);
    for i in 0..3 {
        while !h.conn.wants_connect(h.now) {
            h.step().expect("a timer");
        }
        h.conn.start_connect(h.now);
        h.close(CloseReason::Io("connection refused".into()));
        assert_eq!(h.conn.stats().connect_attempts, i + 1);
    }
    assert_eq!(h.conn.circuit(h.now), CircuitState::Open);
    assert_eq!(h.conn.stats().circuit_opens, 1);
    h.advance(Duration::from_secs(59));
    assert!(!h.conn.wants_connect(h.now), "no hammering while open");
    // The next timer is the end of the cooldown.
    h.step();
    assert_eq!(h.conn.circuit(h.now), CircuitState::HalfOpen);
    assert!(h.conn.wants_connect(h.now));
    h.connect();
    h.banner();
    let id = h.last_sent_id("Login");
    h.server(&response(&id, "Message: Authentication accepted\r\n"));
    assert_eq!(h.conn.circuit(h.now), CircuitState::Closed);
}

#[test]
fn heartbeat_after_silence_then_read_timeout() {
    let mut h = Harness::ready();
    assert_eq!(h.conn.poll_timeout(), Some(h.now + Duration::from_secs(10)));
    h.step();
    assert_eq!(h.sent_names().last().map(String::as_str), Some("Ping"));
    assert_eq!(h.conn.stats().heartbeats, 1);
    // The Pong counts as traffic and clears the heartbeat.
    let id = h.last_sent_id("Ping");
    h.advance(Duration::from_secs(1));
    h.server(&response(&id, "Ping: Pong\r\n"));
    assert_eq!(h.conn.poll_timeout(), Some(h.now + Duration::from_secs(10)));
    // Now the server goes silent: one heartbeat, then the read timeout.
    let pending = h.send(&QueueStatus::new());
    h.advance(Duration::from_secs(10));
    assert_eq!(h.conn.stats().heartbeats, 2);
    h.advance(Duration::from_secs(20));
    assert_eq!(
        h.disconnects(),
        [&CloseReason::ReadTimeout(Duration::from_secs(30))]
    );
    // The action timed out first (5 s), and so completed once.
    assert!(matches!(
        h.completion(&pending),
        Err(ActionFailure::Timeout(_))
    ));
}

#[test]
fn action_timeout_and_late_reply_counted_unmatched() {
    let mut h = Harness::ready();
    let id = h.send(&Ping);
    let quick = h
        .conn
        .send(
            h.now,
            &Ping,
            SendOptions::default().with_timeout(Duration::from_secs(1)),
        )
        .unwrap();
    h.advance(Duration::from_secs(1));
    assert!(
        matches!(h.completion(&quick), Err(ActionFailure::Timeout(d)) if *d == Duration::from_secs(1))
    );
    h.advance(Duration::from_secs(4));
    assert!(matches!(h.completion(&id), Err(ActionFailure::Timeout(_))));
    h.server(&response(&id, "Ping: Pong\r\n"));
    assert_eq!(h.conn.stats().unmatched, 1);
    assert_eq!(h.completions().len(), 2, "no second completion");
    assert_eq!(h.conn.stats().actions_timed_out, 2);
}

#[test]
fn logoff_closes_gracefully_and_stops() {
    let mut h = Harness::ready();
    let p = h.send(&Ping);
    h.conn.close(h.now);
    h.pump();
    assert_eq!(h.conn.state(), State::Closing);
    assert!(matches!(
        h.conn.send(h.now, &Ping, SendOptions::default()),
        Err(SendError::NotReady { .. })
    ));
    h.server(&response(&p, "Ping: Pong\r\n"));
    assert!(
        h.completion(&p).is_ok(),
        "actions answered before Goodbye complete normally"
    );
    let id = h.last_sent_id("Logoff");
    h.server(&format!(
        "Response: Goodbye\r\nActionID: {id}\r\nMessage: Thanks for all the fish.\r\n\r\n"
    ));
    assert_eq!(h.disconnects(), [&CloseReason::Logoff]);
    assert_eq!(h.conn.poll_timeout(), None, "no reconnect");
    h.advance(Duration::from_secs(3600));
    assert!(!h.conn.wants_connect(h.now));
}

#[test]
fn server_shutdown_then_reconnect_and_login_again() {
    let mut h = Harness::ready();
    let p = h.send(&Ping);
    h.server(
        "Event: Shutdown\r\nPrivilege: system,all\r\nShutdown: Cleanly\r\nRestart: True\r\n\r\n",
    );
    h.close(CloseReason::PeerClosed);
    assert_eq!(
        h.disconnects(),
        [&CloseReason::ServerShutdown { restart: true }]
    );
    assert!(matches!(
        h.completion(&p),
        Err(ActionFailure::ConnectionLost(_))
    ));
    while !h.conn.wants_connect(h.now) {
        h.step().expect("a reconnect timer");
    }
    let before = h.sent.len();
    h.connect();
    h.banner();
    assert_eq!(
        h.sent[before..]
            .iter()
            .map(|m| m.action_name().unwrap().into_owned())
            .collect::<Vec<_>>(),
        ["Login"],
        "nothing but Login before authentication after a reconnect"
    );
    let id = h.last_sent_id("Login");
    h.server(&response(&id, "Message: Authentication accepted\r\n"));
    assert_eq!(h.conn.stats().reconnects, 1);
    let p = h.send(&Ping);
    h.server(&response(&p, "Ping: Pong\r\n"));
    assert!(h.completion(&p).is_ok());
}

#[test]
fn backpressure_pending_and_write_buffer() {
    let mut cfg = config();
    cfg.max_pending_actions = 3;
    let mut h = Harness::ready_with(cfg);
    for _ in 0..3 {
        h.conn.send(h.now, &Ping, SendOptions::default()).unwrap();
    }
    let err = h
        .conn
        .send(h.now, &Ping, SendOptions::default())
        .unwrap_err();
    assert_eq!(
        err,
        SendError::TooManyPending {
            server: "pbx1".into(),
            pending: 3
        }
    );

    let mut cfg = config();
    cfg.write_buffer_limit = 200;
    let mut h = Harness::ready_with(cfg);
    // The socket takes nothing: do not pump.
    let mut accepted = 0;
    let err = loop {
        match h.conn.send(h.now, &Ping, SendOptions::default()) {
            Ok(_) => accepted += 1,
            Err(e) => break e,
        }
    };
    assert!(
        matches!(err, SendError::WriteBufferFull { limit: 200, .. }),
        "{err}"
    );
    assert!(h.conn.buffered_write() <= 200);
    let whole = h.conn.buffered_write();
    assert_eq!(h.conn.pending_count(), accepted, "nothing half-queued");
    h.pump();
    assert_eq!(
        h.sent
            .iter()
            .filter(|m| m.action_name().as_deref() == Some("Ping"))
            .count(),
        accepted
    );
    assert!(whole > 0);
}

#[test]
fn user_action_ids() {
    let mut h = Harness::ready();
    let opts = |id: &str| SendOptions::default().with_action_id(id);
    assert_eq!(h.conn.send(h.now, &Ping, opts("mine-1")).unwrap(), "mine-1");
    assert_eq!(
        h.conn.send(h.now, &Ping, opts("mine-1")).unwrap_err(),
        SendError::DuplicateActionId("mine-1".into())
    );
    assert!(matches!(
        h.conn.send(h.now, &Ping, opts("has space")).unwrap_err(),
        SendError::Encode(EncodeError::InvalidActionId { .. })
    ));
    let long = "x".repeat(200);
    assert!(matches!(
        h.conn.send(h.now, &Ping, opts(&long)).unwrap_err(),
        SendError::Encode(EncodeError::ActionIdTooLong { .. })
    ));
    assert!(matches!(
        h.conn
            .send(
                h.now,
                &GenericAction::new("X").header("A", "1\r\n"),
                SendOptions::default()
            )
            .unwrap_err(),
        SendError::Encode(EncodeError::HeaderInjection { .. })
    ));
    assert_eq!(h.conn.pending_count(), 1);
}

#[test]
fn generated_ids_are_unique_and_fit() {
    let mut cfg = config();
    cfg.max_action_id_length = 24;
    cfg.server_key = "a-rather-long-server-name".into();
    let mut h = Harness::ready_with(cfg);
    let mut seen = std::collections::HashSet::new();
    for _ in 0..1000 {
        let id = h.conn.send(h.now, &Ping, SendOptions::default()).unwrap();
        assert!(id.len() <= 24);
        assert!(seen.insert(id));
    }
}

#[test]
fn poll_timeout_is_the_earliest_timer() {
    let mut h = Harness::ready();
    assert_eq!(
        h.conn.poll_timeout(),
        Some(h.now + Duration::from_secs(10)),
        "heartbeat"
    );
    let id = h
        .conn
        .send(
            h.now,
            &Ping,
            SendOptions::default().with_timeout(Duration::from_secs(2)),
        )
        .unwrap();
    assert_eq!(
        h.conn.poll_timeout(),
        Some(h.now + Duration::from_secs(2)),
        "action deadline"
    );
    h.server(&response(&id, "Ping: Pong\r\n"));
    assert_eq!(h.conn.poll_timeout(), Some(h.now + Duration::from_secs(10)));
    // Extra handle_timeout calls are harmless.
    for _ in 0..3 {
        h.conn.handle_timeout(h.now);
    }
    assert_eq!(h.conn.state(), State::Ready);
}

#[test]
fn async_originate_completes_on_its_event() {
    let mut h = Harness::ready();
    let id = h.send(&Originate::extension("PJSIP/100", "default", "200", "1").asynchronous(true));
    h.server(&response(&id, "Message: Originate successfully queued\r\n"));
    assert!(h.completions().is_empty());
    h.server(&format!(
        "Event: OriginateResponse\r\nActionID: {id}\r\nResponse: Success\r\nReason: 4\r\n\r\n"
    ));
    let out = h.completion(&id).as_ref().unwrap();
    assert!(out.events[0].is_event_named("OriginateResponse"));
    assert!(
        h.events().is_empty(),
        "our own OriginateResponse is the action's, not a stray event"
    );
}

#[test]
fn a_caller_id_equal_to_a_future_generated_one_is_never_shared() {
    // Found in review: a caller may choose the very text a later generated
    // id would have; the generated one must then skip it, or two actions
    // would share one id (one outcome to the wrong action, the other lost
    // from the index).
    let mut h = Harness::ready();
    let first = h.send(&Ping);
    let (prefix, seq) = first.rsplit_once('-').unwrap();
    let next: u64 = seq.parse::<u64>().unwrap() + 1;
    let taken = format!("{prefix}-{next}");
    let opts = SendOptions::default()
        .with_action_id(taken.clone())
        .with_timeout(Duration::from_secs(1));
    assert_eq!(h.conn.send(h.now, &Ping, opts).unwrap(), taken.as_str());
    let generated = h.send(&Ping);
    assert_ne!(generated, taken, "the generated id skipped the caller's");
    assert_eq!(h.conn.pending_count(), 3);
    h.server(&format!(
        "Response: Success\r\nActionID: {generated}\r\nPing: Pong\r\n\r\n"
    ));
    assert!(h.completion(&generated).is_ok());
    // The caller's action is still pending, under its own id, and times out
    // on its own deadline.
    h.advance(Duration::from_secs(2));
    assert!(matches!(
        h.completion(&taken),
        Err(ActionFailure::Timeout(_))
    ));
    assert_eq!(
        h.completions()
            .iter()
            .filter(|(id, _)| *id == taken || *id == generated)
            .count(),
        2
    );
}
