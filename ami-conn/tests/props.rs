//! Property: random interleavings of bytes, sends, timeouts and closes never
//! complete an action twice or lose one, and never exceed a bound.

mod common;

use std::collections::HashMap;
use std::time::Duration;

use ami_conn::{CloseReason, SendOptions, State};
use ami_proto::actions::{Originate, Ping, QueueStatus};
use common::{Harness, config, response};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    SendPing,
    SendList,
    SendOriginate,
    /// Answer the n-th still-unanswered action (modulo).
    Reply(usize),
    ListItem(usize),
    ListEnd(usize),
    ErrorReply(usize),
    OriginateEvent(usize),
    Event,
    Garbage,
    Unmatched,
    Advance(u64),
    Close,
    Reconnect,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => Just(Op::SendPing),
        2 => Just(Op::SendList),
        2 => Just(Op::SendOriginate),
        4 => any::<usize>().prop_map(Op::Reply),
        2 => any::<usize>().prop_map(Op::ListItem),
        2 => any::<usize>().prop_map(Op::ListEnd),
        1 => any::<usize>().prop_map(Op::ErrorReply),
        2 => any::<usize>().prop_map(Op::OriginateEvent),
        2 => Just(Op::Event),
        1 => Just(Op::Garbage),
        1 => Just(Op::Unmatched),
        3 => (0u64..8000).prop_map(Op::Advance),
        1 => Just(Op::Close),
        2 => Just(Op::Reconnect),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn every_action_completes_exactly_once_within_bounds(ops in prop::collection::vec(op(), 1..120)) {
        let mut cfg = config();
        cfg.max_pending_actions = 20;
        cfg.write_buffer_limit = 2048;
        cfg.event_queue_capacity = 16;
        cfg.max_list_items = 8;
        let mut h = Harness::ready_with(cfg);
        let mut sent: Vec<String> = Vec::new();
        for op in ops {
            let open: Vec<String> = sent
                .iter()
                .filter(|id| !h.completions().iter().any(|(c, _)| c == id))
                .cloned()
                .collect();
            let pick = |n: usize| open.get(n % open.len().max(1)).cloned();
            match op {
                Op::SendPing | Op::SendList | Op::SendOriginate => {
                    let r = match op {
                        Op::SendPing => h.conn.send(h.now, &Ping, SendOptions::default()),
                        Op::SendList => h.conn.send(h.now, &QueueStatus::new(), SendOptions::default()),
                        _ => h.conn.send(h.now, &Originate::extension("PJSIP/1", "c", "e", "1").asynchronous(true), SendOptions::default()),
                    };
                    match r {
                        Ok(id) => sent.push(id.to_string()),
                        // Refused only when not Ready or at the pending bound.
                        Err(_) => prop_assert!(h.conn.state() != State::Ready || h.conn.pending_count() >= 20),
                    }
                    h.pump();
                }
                Op::Reply(n) => if let Some(id) = pick(n) { h.server(&response(&id, "Message: ok\r\n")) },
                Op::ListItem(n) => if let Some(id) = pick(n) { h.server(&format!("Event: Item\r\nActionID: {id}\r\n\r\n")) },
                Op::ListEnd(n) => if let Some(id) = pick(n) {
                    h.server(&format!("Event: QueueStatusComplete\r\nActionID: {id}\r\nEventList: Complete\r\n\r\n"))
                },
                Op::ErrorReply(n) => if let Some(id) = pick(n) {
                    h.server(&format!("Response: Error\r\nActionID: {id}\r\nMessage: nope\r\n\r\n"))
                },
                Op::OriginateEvent(n) => if let Some(id) = pick(n) {
                    h.server(&format!("Event: OriginateResponse\r\nActionID: {id}\r\nResponse: Success\r\n\r\n"))
                },
                Op::Event => h.server("Event: Newchannel\r\nChannel: X\r\n\r\n"),
                Op::Garbage => h.server("junk\r\n\r\n"),
                Op::Unmatched => h.server("Response: Success\r\nActionID: nobody-1\r\n\r\n"),
                Op::Advance(ms) => h.advance(Duration::from_millis(ms)),
                Op::Close => h.close(CloseReason::PeerClosed),
                Op::Reconnect => {
                    if h.conn.state() == State::Disconnected {
                        while !h.conn.wants_connect(h.now) {
                            if h.step().is_none() { break; }
                        }
                        if h.conn.wants_connect(h.now) {
                            h.connect();
                            h.banner();
                            let id = h.last_sent_id("Login");
                            h.server(&response(&id, "Message: Authentication accepted\r\n"));
                        }
                    }
                }
            }
            // Bounds hold after every step.
            prop_assert!(h.conn.pending_count() <= 20 + 2, "pending {}", h.conn.pending_count());
            prop_assert!(h.conn.buffered_write() == 0, "the harness writes everything");
            prop_assert!(h.conn.queue_depth() <= 16);
            // Nothing completes twice.
            let mut counts: HashMap<&str, usize> = HashMap::new();
            for (id, _) in h.completions() {
                *counts.entry(id).or_default() += 1;
            }
            prop_assert!(counts.values().all(|&c| c == 1), "{counts:?}");
            prop_assert!(counts.keys().all(|id| sent.iter().any(|s| s == id)), "only our actions complete");
        }
        // Drop the link: every action has completed exactly once.
        h.close(CloseReason::PeerClosed);
        for id in &sent {
            let n = h.completions().iter().filter(|(c, _)| c == id).count();
            prop_assert_eq!(n, 1, "{} completed {} times", id, n);
        }
    }
}
