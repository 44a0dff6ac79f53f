//! The fault matrix rows that concern one connection (../shared/CHAOS.md),
//! on the state machine with scripted server bytes. Each ends with every
//! pending action completed exactly once.

mod common;

use std::time::Duration;

use ami_conn::{ActionFailure, CloseReason, SendOptions, State};
use ami_proto::actions::{Command, Originate, Ping, QueueStatus};
use ami_proto::{ActionError, ProtoError};
use common::{Harness, config, response};

fn server_error(h: &Harness, id: &str) -> String {
    match h.completion(id) {
        Err(ActionFailure::Server(ActionError::Server { message, .. })) => message.clone(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn c1_permission_denied_fails_the_action_and_the_link_stays_usable() {
    let mut h = Harness::ready();
    let id = h.send(&Command::new("core show version"));
    h.server(&format!(
        "Response: Error\r\nActionID: {id}\r\nMessage: Permission denied\r\n\r\n"
    ));
    assert_eq!(server_error(&h, &id), "Permission denied");
    let p = h.send(&Ping);
    h.server(&response(&p, "Ping: Pong\r\n"));
    assert!(h.completion(&p).is_ok());
}

#[test]
fn c2_the_same_with_bare_lf() {
    let mut h = Harness::ready();
    let id = h.send(&Command::new("core show version"));
    h.server(&format!(
        "Response: Error\nActionID: {id}\nMessage: Permission denied\n\n"
    ));
    assert_eq!(server_error(&h, &id), "Permission denied");
}

#[test]
fn c3_error_without_action_id_completes_nothing() {
    let mut h = Harness::ready();
    let id = h.send(&Ping);
    h.server("Response: Error\r\nMessage: Missing action in request\r\n\r\n");
    assert_eq!(h.conn.stats().unmatched, 1);
    assert!(h.completions().is_empty());
    h.server(&response(&id, "Ping: Pong\r\n"));
    assert!(h.completion(&id).is_ok());
}

#[test]
fn c4_banner_immediately_followed_by_an_error_frame() {
    let mut h = Harness::new(config());
    h.connect();
    h.server(
        "Asterisk Call Manager/11.0.0\r\nResponse: Error\r\nMessage: Permission denied\r\n\r\n",
    );
    assert_eq!(h.conn.state(), State::Authenticating);
    assert_eq!(h.conn.stats().unmatched, 1);
    let id = h.last_sent_id("Login");
    h.server(&response(&id, "Message: Authentication accepted\r\n"));
    assert_eq!(h.conn.state(), State::Ready);
}

#[test]
fn c5_one_to_sixteen_byte_writes_give_the_same_messages() {
    let mut whole = Harness::ready();
    let mut split = Harness::ready();
    let mut text = String::new();
    let id_w = whole.send(&QueueStatus::new());
    let id_s = split.send(&QueueStatus::new());
    assert_eq!(id_w, id_s, "same seed, same ids");
    text.push_str(&format!("Event: Newchannel\r\nChannel: PJSIP/1-1\r\n\r\nResponse: Success\r\nActionID: {id_w}\r\nEventList: start\r\n\r\n"));
    for i in 0..5 {
        text.push_str(&format!(
            "Event: QueueMember\r\nActionID: {id_w}\r\nName: agent {i}\r\n\r\n"
        ));
    }
    text.push_str(&format!("Event: QueueStatusComplete\r\nActionID: {id_w}\r\nEventList: Complete\r\nListItems: 5\r\n\r\n"));
    whole.server(&text);
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut size = 1;
    while at < bytes.len() {
        let end = (at + size).min(bytes.len());
        split.server_bytes(&bytes[at..end]);
        at = end;
        size = size % 16 + 1;
    }
    let a = whole.completion(&id_w).as_ref().unwrap();
    let b = split.completion(&id_s).as_ref().unwrap();
    assert_eq!(a.events, b.events);
    assert_eq!(b.events.len(), 5);
    assert_eq!(whole.events().len(), 1);
    assert_eq!(whole.events(), split.events());
}

#[test]
fn c6_frame_cut_by_a_close() {
    let mut h = Harness::ready();
    let a = h.send(&Ping);
    let b = h.send(&QueueStatus::new());
    h.server(&format!("Response: Success\r\nActionID: {a}\r\nPi"));
    h.close(CloseReason::PeerClosed);
    for id in [&a, &b] {
        assert!(matches!(
            h.completion(id),
            Err(ActionFailure::ConnectionLost(CloseReason::PeerClosed))
        ));
    }
    // Reconnect after the backoff; the partial frame is gone.
    while !h.conn.wants_connect(h.now) {
        h.step().expect("reconnect timer");
    }
    h.connect();
    h.banner();
    let id = h.last_sent_id("Login");
    h.server(&response(&id, "Message: Authentication accepted\r\n"));
    let p = h.send(&Ping);
    h.server(&response(&p, "Ping: Pong\r\n"));
    assert!(h.completion(&p).is_ok());
    assert_eq!(h.completions().len(), 3);
}

#[test]
fn c7_garbage_between_frames() {
    let mut h = Harness::ready();
    let id = h.send(&Ping);
    h.server("\x00\x01garbage line\r\nmore\r\n\r\n");
    h.server(&response(&id, "Ping: Pong\r\n"));
    assert_eq!(h.conn.stats().garbage_frames, 1);
    assert!(h.completion(&id).is_ok());
}

#[test]
fn c8_frame_larger_than_max_frame_size() {
    let mut cfg = config();
    cfg.max_frame_size = 4096;
    let mut h = Harness::ready_with(cfg);
    let id = h.send(&Ping);
    let mut big = String::from("Event: Huge\r\n");
    for i in 0..1000 {
        big.push_str(&format!("Line{i}: xxxxxxxxxxxxxxxxxxxx\r\n"));
    }
    big.push_str("\r\n");
    for chunk in big.as_bytes().chunks(1000) {
        h.server_bytes(chunk);
        assert!(h.conn.heap_size() < 64 * 1024, "memory stays bounded");
    }
    assert_eq!(h.conn.stats().protocol_errors, 1);
    h.server(&response(&id, "Ping: Pong\r\n"));
    assert!(h.completion(&id).is_ok());
}

#[test]
fn c9_legacy_command_body_that_never_ends() {
    let mut cfg = config();
    cfg.max_frame_size = 8192;
    let mut h = Harness::ready_with(cfg);
    let id = h.send(&Command::new("core show channels"));
    h.server(&format!(
        "Response: Follows\r\nPrivilege: Command\r\nActionID: {id}\r\n"
    ));
    for _ in 0..1000 {
        h.server("a line of CLI output that never reaches its end marker\n");
    }
    assert!(matches!(
        h.completion(&id),
        Err(ActionFailure::Protocol(ProtoError::FrameTooLarge { .. }))
    ));
    assert!(h.conn.heap_size() < 64 * 1024);
}

#[test]
fn c10_twenty_thousand_event_flood() {
    // A queue large enough: every event, in order.
    let mut cfg = config();
    cfg.event_queue_capacity = 20_000;
    let mut h = Harness::ready_with(cfg);
    let mut flood = String::new();
    for i in 0..20_000 {
        flood.push_str(&format!("Event: VarSet\r\nN: {i}\r\n\r\n"));
    }
    h.server(&flood);
    let ns: Vec<usize> = h
        .events()
        .iter()
        .map(|m| {
            std::str::from_utf8(m.get("N").unwrap())
                .unwrap()
                .parse()
                .unwrap()
        })
        .collect();
    assert_eq!(ns, (0..20_000).collect::<Vec<_>>());
    // A smaller queue, not drained while the flood arrives: the oldest go,
    // counted; the newest stay.
    let mut cfg = config();
    cfg.event_queue_capacity = 1000;
    let mut h = Harness::ready_with(cfg);
    h.conn.handle_bytes(h.now, flood.as_bytes());
    assert_eq!(h.conn.queue_depth(), 1000);
    assert_eq!(h.conn.stats().dropped_events, 19_000);
    h.pump();
    let first = h.events()[0].get("N").unwrap().to_vec();
    assert_eq!(first, b"19000");
}

#[test]
fn c11_thousand_actions_answered_out_of_order() {
    let mut h = Harness::ready();
    let ids: Vec<String> = (0..1000).map(|_| h.send(&Ping)).collect();
    let mut replies = String::new();
    for (n, id) in ids.iter().enumerate().rev() {
        replies.push_str(&response(id, &format!("Ping: Pong\r\nN: {n}\r\n")));
    }
    h.server(&replies);
    for (n, id) in ids.iter().enumerate() {
        let out = h.completion(id).as_ref().unwrap();
        assert_eq!(out.response.get("N"), Some(n.to_string().as_bytes()));
    }
    assert_eq!(h.completions().len(), 1000);
    assert_eq!(h.conn.pending_count(), 0);
}

#[test]
fn c14_silent_server_detected_and_reconnected() {
    let mut h = Harness::ready();
    let id = h.send(&QueueStatus::new());
    // Jump from timer to timer: action timeout, heartbeat, read timeout.
    while h.conn.state() == State::Ready {
        h.step().expect("timers");
    }
    assert!(matches!(h.completion(&id), Err(ActionFailure::Timeout(_))));
    assert_eq!(
        h.disconnects(),
        [&CloseReason::ReadTimeout(Duration::from_secs(30))]
    );
    assert!(
        h.sent_names().contains(&"Ping".to_string()),
        "a heartbeat was tried"
    );
    while !h.conn.wants_connect(h.now) {
        h.step().expect("reconnect timer");
    }
}

#[test]
fn c15_server_stops_reading_backpressure_nothing_half_written() {
    let mut cfg = config();
    cfg.write_buffer_limit = 4096;
    let mut h = Harness::ready_with(cfg);
    let mut ok = 0;
    let err = loop {
        match h.conn.send(
            h.now,
            &Originate::extension("PJSIP/100", "default", "200", "1").variable("X", "y"),
            SendOptions::default(),
        ) {
            Ok(_) => ok += 1,
            Err(e) => break e,
        }
        assert!(ok < 10_000);
    };
    assert!(err.to_string().starts_with("backpressure"));
    // What is buffered is whole frames only.
    h.pump();
    assert_eq!(
        h.sent
            .iter()
            .filter(|m| m.action_name().as_deref() == Some("Originate"))
            .count(),
        ok
    );
}

#[test]
fn c16_wrong_secret_opens_the_circuit_without_hammering() {
    let mut cfg = config();
    cfg.circuit.failure_threshold = 3;
    let mut h = Harness::new(cfg);
    let mut attempts_at = Vec::new();
    for _ in 0..3 {
        while !h.conn.wants_connect(h.now) {
            h.step().expect("timer");
        }
        attempts_at.push(h.now);
        h.connect();
        h.banner();
        let id = h.last_sent_id("Login");
        h.server(&format!(
            "Response: Error\r\nActionID: {id}\r\nMessage: Authentication failed\r\n\r\n"
        ));
    }
    assert!(
        h.disconnects()
            .iter()
            .all(|r| matches!(r, CloseReason::AuthFailed { .. }))
    );
    assert_eq!(h.conn.stats().circuit_opens, 1);
    for w in attempts_at.windows(2) {
        assert!(
            w[1] - w[0] >= Duration::from_secs(15),
            "attempts {:?} apart",
            w[1] - w[0]
        );
    }
    assert!(!h.conn.wants_connect(h.now + Duration::from_secs(29)));
}

#[test]
fn c17_restart_mid_traffic() {
    let mut h = Harness::ready();
    let ids: Vec<String> = (0..50).map(|_| h.send(&Ping)).collect();
    let mut some = String::new();
    for id in &ids[..20] {
        some.push_str(&response(id, "Ping: Pong\r\n"));
    }
    h.server(&some);
    h.server("Event: Shutdown\r\nShutdown: Uncleanly\r\nRestart: True\r\n\r\n");
    h.close(CloseReason::PeerClosed);
    for id in &ids[..20] {
        assert!(h.completion(id).is_ok());
    }
    for id in &ids[20..] {
        assert!(matches!(
            h.completion(id),
            Err(ActionFailure::ConnectionLost(CloseReason::ServerShutdown {
                restart: true
            }))
        ));
    }
    while !h.conn.wants_connect(h.now) {
        h.step().expect("timer");
    }
    h.connect();
    h.banner();
    let id = h.last_sent_id("Login");
    h.server(&response(&id, "Message: Authentication accepted\r\n"));
    let p = h.send(&Ping);
    h.server(&response(&p, "Ping: Pong\r\n"));
    assert!(h.completion(&p).is_ok());
}

#[test]
fn c18_event_list_without_complete_times_out_and_releases_items() {
    let mut h = Harness::ready();
    let id = h.send(&QueueStatus::new());
    h.server(&format!(
        "Response: Success\r\nActionID: {id}\r\nEventList: start\r\n\r\n"
    ));
    for _ in 0..100 {
        h.server(&format!(
            "Event: QueueMember\r\nActionID: {id}\r\nName: x\r\n\r\n"
        ));
    }
    h.advance(Duration::from_secs(5));
    assert!(matches!(h.completion(&id), Err(ActionFailure::Timeout(_))));
    assert_eq!(h.conn.pending_count(), 0, "items released with the action");
    // Late items are ours but stale: counted, not events.
    h.server(&format!("Event: QueueMember\r\nActionID: {id}\r\n\r\n"));
    assert_eq!(h.conn.stats().unmatched, 1);
    assert!(h.events().is_empty());
}

#[test]
fn c19_async_originate_without_its_event() {
    let mut h = Harness::ready();
    let id = h.send(&Originate::extension("PJSIP/100", "default", "200", "1").asynchronous(true));
    h.server(&response(&id, "Message: Originate successfully queued\r\n"));
    h.advance(Duration::from_secs(5));
    assert!(matches!(h.completion(&id), Err(ActionFailure::Timeout(_))));
    h.server(&format!(
        "Event: OriginateResponse\r\nActionID: {id}\r\nResponse: Success\r\n\r\n"
    ));
    assert_eq!(h.conn.stats().unmatched, 1);
    assert_eq!(h.completions().len(), 1);
}

#[test]
fn c21_events_in_the_same_read_as_the_login_response_are_kept() {
    let mut h = Harness::new(config());
    h.connect();
    h.banner();
    let id = h.last_sent_id("Login");
    let mut bytes = response(&id, "Message: Authentication accepted\r\n");
    bytes.push_str("Event: FullyBooted\r\nStatus: Fully Booted\r\n\r\n");
    for i in 0..500 {
        bytes.push_str(&format!("Event: Newchannel\r\nN: {i}\r\n\r\n"));
    }
    h.server(&bytes);
    assert_eq!(h.conn.state(), State::Ready);
    let events = h.events();
    assert_eq!(events.len(), 501);
    assert!(events[0].is_event_named("FullyBooted"));
    assert_eq!(events[500].get("N"), Some(&b"499"[..]));
    // Ready is reported before the events it came with.
    let ready_at = h
        .outputs
        .iter()
        .position(|o| {
            matches!(
                o,
                ami_conn::Output::StateChanged {
                    to: State::Ready,
                    ..
                }
            )
        })
        .unwrap();
    let first_event = h
        .outputs
        .iter()
        .position(|o| matches!(o, ami_conn::Output::Event(_)))
        .unwrap();
    assert!(ready_at < first_event);
}

#[test]
fn c22_another_clients_originate_response_is_an_event() {
    let mut h = Harness::ready();
    let mine = h.send(&Originate::extension("PJSIP/100", "default", "200", "1").asynchronous(true));
    h.server(&response(
        &mine,
        "Message: Originate successfully queued\r\n",
    ));
    // Another client of the same PBX used the same server key but another instance.
    h.server("Event: OriginateResponse\r\nActionID: pbx1-other-1\r\nResponse: Success\r\n\r\n");
    h.server("Event: OriginateResponse\r\nActionID: 1\r\nResponse: Failure\r\n\r\n");
    assert_eq!(h.events().len(), 2);
    assert!(h.completions().is_empty(), "never taken as a reply to ours");
    h.server(&format!(
        "Event: OriginateResponse\r\nActionID: {mine}\r\nResponse: Success\r\n\r\n"
    ));
    assert!(h.completion(&mine).is_ok());
}
