//! Hostile servers against the whole stack (AmiClientManager over real
//! loopback sockets): memory stays bounded, broken streams are noticed, a
//! flapping server is not hammered. Each test names the promise it attacks.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ami_cluster::AmiClientManager;
use ami_conn::{ActionFailure, State};
use ami_proto::ActionError;
use ami_proto::actions::Ping;
use ami_tests::hostile::{HostileServer, header};
use ami_tests::{LIMIT, cfg, until};

/// Resident set size of this process, in KiB.
fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn metric(m: &AmiClientManager, name: &str) -> f64 {
    m.metrics_text()
        .lines()
        .find(|l| l.starts_with(name))
        .and_then(|l| l.rsplit(' ').next()?.parse().ok())
        .unwrap_or(f64::NAN)
}

/// Answers every action after login with `EventList: start` and then
/// endless ~100 KiB items carrying its ActionID.
fn endless_list_server() -> HostileServer {
    HostileServer::start(|mut peer| {
        peer.banner();
        if !peer.login() {
            return;
        }
        let Some(action) = peer.read_action() else {
            return;
        };
        let id = header(&action, "ActionID").unwrap_or_default();
        let _ = peer.send(
            format!("Response: Success\r\nActionID: {id}\r\nEventList: start\r\n\r\n").as_bytes(),
        );
        let pad = "x".repeat(100 * 1024);
        for n in 0..5000 {
            let item =
                format!("Event: QueueMember\r\nActionID: {id}\r\nN: {n}\r\nData: {pad}\r\n\r\n");
            if peer.send(item.as_bytes()).is_err() {
                return;
            }
        }
    })
}

#[test]
fn hostile_endless_list_answer_is_cut_at_max_action_bytes() {
    // Before: every item was collected (`ami send Ping` reached 3.4 GB RSS).
    let server = endless_list_server();
    let mut c = cfg("a");
    c.max_action_bytes = 2 * 1024 * 1024;
    c.timeout = Duration::from_secs(30);
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(server.addr(), c))
        .unwrap();
    until(&mut m, |m| m.state("a").unwrap() == State::Ready);
    let before = rss_kib();
    let done: Arc<Mutex<Vec<ActionFailure>>> = Arc::default();
    let d = done.clone();
    m.server("a")
        .unwrap()
        .send(&Ping)
        .unwrap()
        .on_complete(move |_, c| {
            if let Err(e) = c.result {
                d.lock().unwrap().push(e);
            }
        });
    // Read a good part of the 500 MB the server offers.
    until(&mut m, |m| {
        metric(m, "ami_discarded_list_items_total") >= 1000.0
    });
    let grown = rss_kib().saturating_sub(before);
    let failures = done.lock().unwrap();
    assert_eq!(failures.len(), 1, "completed once: {failures:?}");
    assert!(
        matches!(
            failures[0],
            ActionFailure::Server(ActionError::TooLarge { limit, .. }) if limit == 2 * 1024 * 1024
        ),
        "{:?}",
        failures[0]
    );
    assert_eq!(metric(&m, "ami_action_overflows_total"), 1.0);
    assert!(grown < 64 * 1024, "RSS grew {grown} KiB reading 100+ MB");
    assert_eq!(m.state("a").unwrap(), State::Ready);
}

#[test]
fn hostile_endless_list_answer_to_the_heartbeat_is_bounded() {
    // An idle worker whose heartbeat Ping gets the endless list (before: 2 GB).
    let server = endless_list_server();
    let mut c = cfg("a");
    c.max_action_bytes = 1024 * 1024;
    c.heartbeat_interval = Duration::from_millis(50);
    c.read_timeout = Duration::from_secs(5);
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(server.addr(), c))
        .unwrap();
    until(&mut m, |m| m.state("a").unwrap() == State::Ready);
    let before = rss_kib();
    until(&mut m, |m| {
        metric(m, "ami_discarded_list_items_total") >= 500.0
    });
    let grown = rss_kib().saturating_sub(before);
    assert_eq!(metric(&m, "ami_action_overflows_total"), 1.0);
    assert!(grown < 64 * 1024, "RSS grew {grown} KiB");
}

#[test]
fn hostile_trickle_after_login_hits_the_read_timeout_and_reconnects() {
    // One byte every 20 ms after login, never a line end. Before: Ready forever.
    let server = HostileServer::start(|mut peer| {
        peer.banner();
        if !peer.login() {
            return;
        }
        for _ in 0..1000 {
            if peer.send(b"x").is_err() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    });
    let mut c = cfg("a");
    c.heartbeat_interval = Duration::from_millis(200);
    c.read_timeout = Duration::from_millis(500);
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(server.addr(), c))
        .unwrap();
    until(&mut m, |m| m.state("a").unwrap() == State::Ready);
    until(&mut m, |m| {
        m.health()[0]
            .last_error
            .as_deref()
            .is_some_and(|e| e.contains("read timeout"))
    });
    until(&mut m, |_| server.accepted() >= 2);
}

#[test]
fn hostile_unsolicited_follows_without_end_then_events_flow_again() {
    // C9 extended: `Response: Follows` whose marker never comes, then
    // ordinary events. Before: every later frame was swallowed while the
    // link stayed Ready.
    let server = HostileServer::start(|mut peer| {
        peer.banner();
        if !peer.login() {
            return;
        }
        let _ = peer.send(b"Response: Follows\r\nPrivilege: Command\r\n");
        for n in 0..100_000 {
            let ev = format!("Event: Tick\r\nSeq: {n}\r\n\r\n");
            if peer.send(ev.as_bytes()).is_err() {
                return;
            }
            if n % 500 == 0 {
                std::thread::sleep(Duration::from_millis(1));
            }
        }
    });
    let mut c = cfg("a");
    c.max_frame_size = 16 * 1024;
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(server.addr(), c))
        .unwrap();
    let ticks = Arc::new(AtomicUsize::new(0));
    let t = ticks.clone();
    m.on_event("Tick", move |_, _| {
        t.fetch_add(1, Ordering::SeqCst);
    });
    until(&mut m, |_| ticks.load(Ordering::SeqCst) >= 1000);
    assert_eq!(metric(&m, "ami_protocol_errors_total"), 1.0, "refused once");
    assert_eq!(m.state("a").unwrap(), State::Ready);
}

#[test]
fn hostile_login_then_close_is_not_hammered() {
    // Accepts, logs in, closes at once. Before: the backoff reset at every
    // login, so it was retried at the first delay forever (~3 logins/s with
    // the default 500 ms base; here the base is 20 ms).
    let server = HostileServer::start(|mut peer| {
        peer.banner();
        peer.login();
    });
    let mut c = cfg("a");
    c.seed = Some(11);
    c.backoff.base = Duration::from_millis(20);
    c.backoff.max = Duration::from_millis(2000);
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(server.addr(), c))
        .unwrap();
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(3) {
        m.tick_all(20).expect("tick");
    }
    let logins = server.accepted();
    // Without the rule: ~3 s / ~10 ms mean delay = hundreds of logins.
    assert!((2..=25).contains(&logins), "{logins} logins in 3 s");
}

#[test]
fn hostile_nested_tick_is_refused_and_nothing_is_lost() {
    // A listener that ticks from inside its callback. Before: the nested tick
    // delivered events to no listener (101 M lost in a run, none counted).
    let s = ami_tests::sim();
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(s.addr(), cfg("a")))
        .unwrap();
    ami_tests::all_ready(&mut m);
    let seen = Arc::new(AtomicUsize::new(0));
    let refused = Arc::new(AtomicUsize::new(0));
    let (n, r) = (seen.clone(), refused.clone());
    m.on_any_event(move |m, _| {
        n.fetch_add(1, Ordering::SeqCst);
        match m.tick_all(0) {
            Err(ami_cluster::ClusterError::Reentrant) => {
                r.fetch_add(1, Ordering::SeqCst);
            }
            other => panic!("nested tick not refused: {other:?}"),
        }
        // Listener bookkeeping still works inside a callback.
        let id = m.on_event("Never", |_, _| {});
        m.remove_listener(id);
    });
    let before = m.health()[0].dropped_events;
    for _ in 0..20 {
        let _ = m
            .server("a")
            .unwrap()
            .send(&ami_proto::actions::UserEvent::new("Probe"));
    }
    until(&mut m, |_| seen.load(Ordering::SeqCst) >= 20);
    for _ in 0..10 {
        m.tick_all(10).expect("tick");
    }
    let seen = seen.load(Ordering::SeqCst);
    assert_eq!(
        refused.load(Ordering::SeqCst),
        seen,
        "every nested tick refused"
    );
    assert_eq!(m.counters().reentrant_ticks as usize, seen, "and counted");
    assert_eq!(m.health()[0].dropped_events, before);
}

#[test]
fn hostile_posts_from_eight_threads_complete_exactly_once() {
    // Eight threads post without pause to a server that accepts at most 50
    // pending actions. Before: 11,793 posts returned OK and 5,000
    // completions arrived; the refusals were only log lines.
    let s = ami_tests::sim();
    let mut limits = ami_cluster::Limits::default();
    limits.pull_queue_capacity = 1_000_000;
    let mut m = AmiClientManager::with_limits(limits).unwrap();
    let mut c = cfg("a");
    c.max_pending_actions = 50;
    m.add_server(ami_cluster::ServerConfig::new(s.addr(), c))
        .unwrap();
    ami_tests::all_ready(&mut m);
    let accepted = Arc::new(AtomicUsize::new(0));
    let threads: Vec<_> = (0..8)
        .map(|_| {
            let h = m.handle();
            let acc = accepted.clone();
            std::thread::spawn(move || {
                for _ in 0..2000 {
                    if h.post(Some("a"), Box::new(Ping)).is_ok() {
                        acc.fetch_add(1, Ordering::SeqCst);
                    }
                }
            })
        })
        .collect();
    let mut ok = 0usize;
    let mut failed = 0usize;
    let mut not_sent = 0usize;
    let start = Instant::now();
    let mut max_per_tick = 0;
    loop {
        let r = m.tick_all(5).expect("tick");
        max_per_tick = max_per_tick.max(r.submissions);
        while let Some(c) = m.next_completion() {
            match c.result {
                Ok(_) => ok += 1,
                Err(ActionFailure::NotSent(_)) => not_sent += 1,
                Err(_) => failed += 1,
            }
        }
        let done = threads.iter().all(|t| t.is_finished());
        if done && ok + failed + not_sent == accepted.load(Ordering::SeqCst) {
            break;
        }
        assert!(
            start.elapsed() < LIMIT * 3,
            "accepted {} completed {}",
            accepted.load(Ordering::SeqCst),
            ok + failed + not_sent
        );
    }
    for t in threads {
        t.join().unwrap();
    }
    // Nothing more arrives: exactly once each.
    for _ in 0..10 {
        m.tick_all(5).expect("tick");
        assert!(m.next_completion().is_none());
    }
    assert!(not_sent > 0, "the small pending limit refused some");
    assert!(
        max_per_tick <= 1024,
        "{max_per_tick} submissions in one tick"
    );
    assert_eq!(m.counters().refused_submissions as usize, not_sent);
    assert_eq!(m.pull_dropped(), 0);
}

#[test]
fn hostile_tick_one_server_neither_spins_nor_starves_the_others() {
    // tick("a") while b has unread bytes and a short read timeout. Before:
    // b's readiness was re-armed unread, so every wait returned at once
    // (a spin), and b was never read, so it fell into its read timeout.
    let a = ami_tests::sim();
    let b = ami_tests::sim();
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(a.addr(), cfg("a")))
        .unwrap();
    let mut cb = cfg("b");
    cb.heartbeat_interval = Duration::from_millis(100);
    cb.read_timeout = Duration::from_millis(300);
    m.add_server(ami_cluster::ServerConfig::new(b.addr(), cb))
        .unwrap();
    ami_tests::all_ready(&mut m);
    let _ = m
        .server("b")
        .unwrap()
        .send(&ami_proto::actions::UserEvent::new("Wake"));
    let start = Instant::now();
    let mut woken = 0;
    let mut ticks = 0;
    while start.elapsed() < Duration::from_millis(1500) {
        let r = m.tick("a", 50).expect("tick");
        ticks += 1;
        if r.ready > 0 {
            woken += 1;
        }
    }
    // b answers its heartbeats (every 100 ms) and a is idle: far fewer than
    // one wake per tick, and a wait that is not cut short takes its 50 ms.
    assert!(ticks < 100, "{ticks} ticks in 1.5 s: spinning");
    assert!(woken <= ticks, "{woken}");
    assert_eq!(
        m.state("b").unwrap(),
        State::Ready,
        "b was read, not starved"
    );
    assert!(
        m.health()[1].last_error.is_none(),
        "b never lost its link: {:?}",
        m.health()[1].last_error
    );
}

#[test]
fn hostile_timer_outputs_do_not_wait_out_the_tick_timeout() {
    // An action times out by a timer fired before the wait: its completion
    // is delivered without sleeping the whole timeout first.
    let server = HostileServer::start(|mut peer| {
        peer.banner();
        if !peer.login() {
            return;
        }
        while peer.read_action().is_some() {}
    });
    let mut c = cfg("a");
    c.timeout = Duration::from_millis(100);
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(server.addr(), c))
        .unwrap();
    until(&mut m, |m| m.state("a").unwrap() == State::Ready);
    m.server("a").unwrap().send(&Ping).unwrap().to_pull_queue();
    let sent = Instant::now();
    let mut late = None;
    while late.is_none() {
        assert!(sent.elapsed() < LIMIT);
        m.tick_all(250).expect("tick");
        if let Some(c) = m.next_completion() {
            assert!(matches!(c.result, Err(ActionFailure::Timeout(_))));
            late = Some(sent.elapsed());
        }
    }
    let late = late.unwrap_or_default();
    assert!(
        late < Duration::from_millis(300),
        "delivered after {late:?}"
    );
}

#[test]
fn hostile_close_all_from_a_callback_closes_a_link_still_logging_in() {
    // Found in review: outputs a callback caused on a server after its
    // dispatch were stranded (a server still waiting for a banner, logged
    // off from a completion callback, kept its socket open and its state
    // listeners never heard of the change). They now go out next tick.
    let s = ami_tests::sim();
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(s.addr(), cfg("a")))
        .unwrap();
    m.add_server(ami_cluster::ServerConfig::new(
        silent.local_addr().unwrap(),
        cfg("b"),
    ))
    .unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let v = seen.clone();
    m.on_state_change(move |_, key, _, to| {
        if key == "b" {
            v.lock().unwrap().push(to);
        }
    });
    until(&mut m, |m| {
        m.state("a").unwrap() == State::Ready && m.state("b").unwrap() == State::AwaitingBanner
    });
    m.server("a")
        .unwrap()
        .send(&Ping)
        .unwrap()
        .on_complete(|m, _| m.close_all());
    until(&mut m, |_| {
        seen.lock().unwrap().last() == Some(&State::Disconnected)
    });
    // The half-open link to b was closed: its peer reads end of stream.
    let (mut peer, _) = silent.accept().unwrap();
    peer.set_read_timeout(Some(LIMIT)).unwrap();
    let mut buf = [0u8; 64];
    assert_eq!(std::io::Read::read(&mut peer, &mut buf).unwrap(), 0);
}
