//! A hostile or broken server against one connection, on the fake clock:
//! memory stays bounded, a stream that stops producing frames is noticed,
//! and a server that logs us in and closes is not hammered.

mod common;

use std::time::Duration;

use ami_conn::{ActionFailure, CloseReason, SendOptions, State};
use ami_proto::ActionError;
use ami_proto::actions::{Ping, QueueStatus};
use common::{Harness, config, response};

/// A list item of about `size` bytes carrying `id`.
fn item(id: &str, n: usize, size: usize) -> String {
    format!(
        "Event: QueueMember\r\nActionID: {id}\r\nN: {n}\r\nData: {}\r\n\r\n",
        "x".repeat(size)
    )
}

#[test]
fn hostile_endless_list_to_ping_is_cut_at_max_action_bytes() {
    let mut cfg = config();
    cfg.max_action_bytes = 256 * 1024;
    let mut h = Harness::ready_with(cfg);
    let id = h.send(&Ping);
    h.server(&format!(
        "Response: Success\r\nActionID: {id}\r\nEventList: start\r\n\r\n"
    ));
    for n in 0..400 {
        h.server(&item(&id, n, 16 * 1024));
        // The connection holds at most the budget (plus one frame) whatever comes.
        assert!(
            h.conn.heap_size() < 2 * 1024 * 1024,
            "heap {}",
            h.conn.heap_size()
        );
    }
    match h.completion(&id) {
        Err(ActionFailure::Server(ActionError::TooLarge { bytes, limit })) => {
            assert_eq!(*limit, 256 * 1024);
            assert!(*bytes > *limit);
        }
        other => panic!("{other:?}"),
    }
    let s = h.conn.stats();
    assert_eq!(s.actions_overflowed, 1);
    assert!(s.discarded_items > 380, "{s:?}");
    assert!(
        h.events().is_empty(),
        "the rest of the list is not an event"
    );
    // The list finally ends: the entry is gone and the link works.
    h.server(&format!(
        "Event: QueueStatusComplete\r\nActionID: {id}\r\nEventList: Complete\r\n\r\n"
    ));
    assert_eq!(h.conn.pending_count(), 0);
    let p = h.send(&Ping);
    h.server(&response(&p, "Ping: Pong\r\n"));
    assert!(h.completion(&p).is_ok());
}

#[test]
fn hostile_overflow_with_a_caller_action_id_drains_until_the_deadline() {
    // A caller-chosen ActionID is not recognisable as ours after the fact, so
    // the entry stays to drop the rest of the list until the action's
    // deadline; it completes exactly once and nothing reaches the events.
    let mut cfg = config();
    cfg.max_action_bytes = 64 * 1024;
    let mut h = Harness::ready_with(cfg);
    let opts = SendOptions::default().with_action_id("mine-1");
    let id = h.conn.send(h.now, &QueueStatus::new(), opts).expect("send");
    h.pump();
    h.server(&format!(
        "Response: Success\r\nActionID: {id}\r\nEventList: start\r\n\r\n"
    ));
    for n in 0..100 {
        h.server(&item(&id, n, 4096));
    }
    assert!(matches!(
        h.completion(&id),
        Err(ActionFailure::Server(ActionError::TooLarge { .. }))
    ));
    assert!(h.events().is_empty());
    h.advance(Duration::from_secs(6)); // past the 5 s action timeout
    assert_eq!(h.conn.pending_count(), 0);
    assert_eq!(
        h.completions().len(),
        1,
        "no second completion at the deadline"
    );
}

#[test]
fn hostile_trickle_without_a_frame_hits_the_read_timeout() {
    // One byte a second after login, never a line end: bytes are not
    // liveness, so the heartbeat goes out and the read timeout closes the link.
    let mut h = Harness::ready();
    for _ in 0..40 {
        h.advance(Duration::from_secs(1));
        if h.conn.state() != State::Ready {
            break;
        }
        h.server("x");
    }
    assert_eq!(
        h.sent_names().iter().filter(|n| *n == "Ping").count(),
        1,
        "a heartbeat"
    );
    assert!(
        matches!(h.disconnects()[..], [CloseReason::ReadTimeout(_)]),
        "{:?}",
        h.disconnects()
    );
}

#[test]
fn hostile_login_then_close_backs_off_instead_of_hammering() {
    // A server that accepts, logs us in and closes at once, 30 times: the
    // delays grow to the cap instead of restarting at the base every time.
    let mut h = Harness::new(config());
    let mut delays = Vec::new();
    for _ in 0..30 {
        h.connect();
        h.banner();
        let id = h.last_sent_id("Login");
        h.server(&response(&id, "Message: Authentication accepted\r\n"));
        assert_eq!(h.conn.state(), State::Ready);
        h.close(CloseReason::PeerClosed);
        let next = h.conn.poll_timeout().expect("an attempt is scheduled");
        delays.push(next - h.now);
        h.now = next;
    }
    let late: Duration = delays[20..].iter().sum();
    // Full jitter up to the 30 s cap: ten late delays average far above the
    // 0.5 s base they all had before.
    assert!(late > Duration::from_secs(30), "delays {delays:?}");
}

#[test]
fn stable_link_resets_the_backoff() {
    let mut cfg = config();
    cfg.backoff_reset_after = Duration::from_secs(10);
    let mut h = Harness::new(cfg);
    for _ in 0..10 {
        h.connect();
        h.banner();
        let id = h.last_sent_id("Login");
        h.server(&response(&id, "Message: Authentication accepted\r\n"));
        h.close(CloseReason::PeerClosed);
        h.now = h.conn.poll_timeout().expect("scheduled");
    }
    // Now a link that stays up (answering heartbeats) for 12 s.
    h.connect();
    h.banner();
    let id = h.last_sent_id("Login");
    h.server(&response(&id, "Message: Authentication accepted\r\n"));
    for _ in 0..12 {
        h.advance(Duration::from_secs(1));
        h.server("Event: Tick\r\n\r\n");
    }
    h.close(CloseReason::PeerClosed);
    let delay = h.conn.poll_timeout().expect("scheduled") - h.now;
    assert!(
        delay <= Duration::from_millis(500),
        "back to the base: {delay:?}"
    );
}
