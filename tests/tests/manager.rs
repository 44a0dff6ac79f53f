//! The manager against ami-sim: sending, callbacks, listeners, routing,
//! pull API, handle, clamping, metrics.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ami_cluster::{AmiClientManager, ClusterError, Routing, SendOptions};
use ami_conn::{SendError, State};
use ami_proto::actions::{Ping, QueueStatus, UserEvent};
use ami_tests::{self as common, all_ready, cfg, ready_manager, sim, until};

#[test]
fn send_with_callback_and_listener() {
    let s = Sim::builder()
        .example_pbx()
        .calls_per_second(50.0)
        .call_duration(Duration::from_millis(20))
        .start()
        .unwrap();
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(s.addr(), cfg("a")))
        .unwrap();
    let hangups = Arc::new(Mutex::new(Vec::new()));
    let h = hangups.clone();
    m.on_event("HANGUP", move |_, ev| {
        h.lock().unwrap().push(ev.server_key.to_string())
    });
    all_ready(&mut m);
    let got = Arc::new(Mutex::new(None));
    let g = got.clone();
    m.server("a")
        .unwrap()
        .send(&QueueStatus::new())
        .unwrap()
        .on_complete(move |_, done| {
            *g.lock().unwrap() = Some(
                done.result
                    .map(|o| o.events.len())
                    .map_err(|e| e.to_string()),
            );
        });
    until(&mut m, |_| got.lock().unwrap().is_some());
    assert_eq!(*got.lock().unwrap(), Some(Ok(6)));
    until(&mut m, |_| hangups.lock().unwrap().len() >= 2);
    assert!(hangups.lock().unwrap().iter().all(|k| k == "a"));
}

use ami_sim::Sim;

#[test]
fn three_servers_round_robin_failover_explicit() {
    let sims: Vec<Sim> = (0..3).map(|_| sim()).collect();
    let mut m = AmiClientManager::new().unwrap();
    for (i, s) in sims.iter().enumerate() {
        m.add_server(ami_cluster::ServerConfig::new(
            s.addr(),
            cfg(&format!("s{i}")),
        ))
        .unwrap();
    }
    all_ready(&mut m);
    let keys: Vec<String> = (0..6)
        .map(|_| {
            m.send(&Ping)
                .unwrap()
                .to_pull_queue()
                .server_key
                .to_string()
        })
        .collect();
    assert_eq!(keys, ["s0", "s1", "s2", "s0", "s1", "s2"]);
    m.set_routing(Routing::Failover(vec!["s2".into(), "s0".into()]));
    assert_eq!(&*m.send(&Ping).unwrap().to_pull_queue().server_key, "s2");
    m.set_routing(Routing::Explicit("s1".into()));
    assert_eq!(&*m.send(&Ping).unwrap().to_pull_queue().server_key, "s1");
    m.set_routing(Routing::Explicit("nope".into()));
    assert_eq!(
        m.send(&Ping).unwrap_err(),
        ClusterError::UnknownServer("nope".into())
    );
    // Every action completes into the pull queue.
    until(&mut m, |m| {
        let mut n = 0;
        while m.next_completion().is_some() {
            n += 1;
        }
        n > 0
    });
}

#[test]
fn routing_skips_a_dead_server_and_uses_it_again_when_it_returns() {
    let a = sim();
    let b = sim();
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(a.addr(), cfg("a")))
        .unwrap();
    m.add_server(ami_cluster::ServerConfig::new(b.addr(), cfg("b")))
        .unwrap();
    all_ready(&mut m);
    m.set_routing(Routing::Failover(vec!["a".into(), "b".into()]));
    assert_eq!(&*m.send(&Ping).unwrap().ignore_outcome().server_key, "a");
    a.restart(false).unwrap();
    until(&mut m, |m| m.state("a").unwrap() != State::Ready);
    assert_eq!(&*m.send(&Ping).unwrap().ignore_outcome().server_key, "b");
    until(&mut m, |m| m.state("a").unwrap() == State::Ready);
    assert_eq!(&*m.send(&Ping).unwrap().ignore_outcome().server_key, "a");
    // No server Ready: an error, not a hang.
    m.set_routing(Routing::Explicit("a".into()));
    a.restart(false).unwrap();
    until(&mut m, |m| m.state("a").unwrap() != State::Ready);
    assert!(matches!(
        m.send(&Ping),
        Err(ClusterError::NoServerReady {
            strategy: "explicit"
        })
    ));
}

#[test]
fn send_to_a_server_that_is_not_ready() {
    let s = sim();
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(s.addr(), cfg("a")))
        .unwrap();
    let err = m.server("a").unwrap().send(&Ping).unwrap_err();
    assert!(
        matches!(err, ClusterError::Send(SendError::NotReady { .. })),
        "{err}"
    );
    assert_eq!(
        m.server("zzz").err(),
        Some(ClusterError::UnknownServer("zzz".into()))
    );
    assert!(matches!(
        m.send(&Ping),
        Err(ClusterError::NoServerReady { .. })
    ));
}

#[test]
fn tick_without_progress_and_clamping() {
    let mut m = AmiClientManager::new().unwrap();
    let r = m.tick_all(0).expect("tick");
    assert!(!r.progressed);
    let start = Instant::now();
    let r = m.tick_all(10_000).expect("tick");
    assert!(r.clamped);
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "clamped to 250 ms"
    );
    assert_eq!(m.clamped_timeouts(), 1);
    assert!(
        m.metrics_text()
            .contains("ami_tick_timeout_clamped_total 1")
    );
}

#[test]
fn callbacks_may_send_again() {
    let s = sim();
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(s.addr(), cfg("a")))
        .unwrap();
    all_ready(&mut m);
    let chain = Arc::new(Mutex::new(0));
    fn ping_again(m: &mut AmiClientManager, chain: Arc<Mutex<u32>>) {
        let c = chain.clone();
        m.server("a")
            .unwrap()
            .send(&Ping)
            .unwrap()
            .on_complete(move |m, done| {
                assert!(done.result.is_ok());
                let n = {
                    let mut g = c.lock().unwrap();
                    *g += 1;
                    *g
                };
                if n < 5 {
                    ping_again(m, c);
                }
            });
    }
    ping_again(&mut m, chain.clone());
    until(&mut m, |_| *chain.lock().unwrap() == 5);
    // A listener may send too.
    let seen = Arc::new(Mutex::new(0));
    let s2 = seen.clone();
    m.on_event("UserEvent", move |m, ev| {
        *s2.lock().unwrap() += 1;
        if ev.message.get("UserEvent") == Some(b"first") {
            m.server("a")
                .unwrap()
                .send(&UserEvent::new("second"))
                .unwrap()
                .ignore_outcome();
        }
    });
    m.server("a")
        .unwrap()
        .send(&UserEvent::new("first"))
        .unwrap()
        .ignore_outcome();
    until(&mut m, |_| *seen.lock().unwrap() == 2);
}

/// Listeners run in registration order whether they are on one name or on
/// every event (the name index merges the two), and changes made during a
/// dispatch take effect as documented: a listener removed mid-dispatch does
/// not run again, not even for the event being dispatched; one added
/// mid-dispatch hears the next event, not the current one.
#[test]
fn listeners_run_in_registration_order_and_changes_during_dispatch_hold() {
    let s = sim();
    let mut m = ready_manager(&[("a", s.addr())]);
    let log = Arc::new(Mutex::new(Vec::<String>::new()));
    let user = |ev: &ami_cluster::ServerEvent| {
        ev.message
            .get("UserEvent")
            .map(|v| String::from_utf8_lossy(v).into_owned())
    };
    let third = Arc::new(Mutex::new(None));
    let second = Arc::new(Mutex::new(None));
    let (l1, t3) = (log.clone(), third.clone());
    m.on_any_event(move |m, ev| {
        let Some(u) = user(ev) else { return };
        l1.lock().unwrap().push(format!("{u}:any1"));
        if u == "A" {
            // Removes a later listener of this very dispatch and adds one.
            let id = t3.lock().unwrap().take().unwrap();
            m.remove_listener(id);
            assert!(!m.has_listener(id));
            // Removing it again does nothing.
            m.remove_listener(id);
            let l5 = l1.clone();
            m.on_event("USEREVENT", move |_, ev| {
                l5.lock()
                    .unwrap()
                    .push(format!("{}:named5", user(ev).unwrap()));
            });
            // Added and removed within one dispatch: never runs.
            let gone = m.on_any_event(|_, _| panic!("a removed listener ran"));
            m.remove_listener(gone);
            assert!(!m.has_listener(gone));
        }
    });
    let (l2, me) = (log.clone(), second.clone());
    let id2 = m.on_event("userevent", move |m, ev| {
        let u = user(ev).unwrap();
        l2.lock().unwrap().push(format!("{u}:named2"));
        if u == "B" {
            // Removes itself.
            m.remove_listener(me.lock().unwrap().unwrap());
        }
    });
    *second.lock().unwrap() = Some(id2);
    let l3 = log.clone();
    let id3 = m.on_event("UserEvent", move |_, ev| {
        l3.lock()
            .unwrap()
            .push(format!("{}:named3", user(ev).unwrap()));
    });
    *third.lock().unwrap() = Some(id3);
    m.on_event("Hangup", |_, _| panic!("no Hangup is sent"));
    let l4 = log.clone();
    m.on_any_event(move |_, ev| {
        if let Some(u) = user(ev) {
            l4.lock().unwrap().push(format!("{u}:any4"));
        }
    });
    for name in ["A", "B", "C"] {
        m.server("a")
            .unwrap()
            .send(&UserEvent::new(name))
            .unwrap()
            .ignore_outcome();
    }
    until(&mut m, |_| {
        log.lock().unwrap().iter().any(|l| l == "C:named5")
    });
    assert_eq!(
        *log.lock().unwrap(),
        [
            "A:any1", "A:named2", "A:any4", // named3 removed by any1 first
            "B:any1", "B:named2", "B:any4", "B:named5", // named2 removes itself
            "C:any1", "C:any4", "C:named5",
        ]
    );
    assert!(!m.has_listener(id2) && !m.has_listener(id3));
    assert_eq!(m.stats().listener_panics, 0);
}

#[test]
fn a_panicking_listener_is_contained_and_counted() {
    let s = sim();
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(s.addr(), cfg("a")))
        .unwrap();
    all_ready(&mut m);
    let others = Arc::new(Mutex::new(0));
    m.on_event("UserEvent", |_, _| panic!("listener bug"));
    let o = others.clone();
    m.on_any_event(move |_, ev| {
        if ev.message.is_event_named("UserEvent") {
            *o.lock().unwrap() += 1;
        }
    });
    for _ in 0..3 {
        m.server("a")
            .unwrap()
            .send(&UserEvent::new("x"))
            .unwrap()
            .ignore_outcome();
    }
    until(&mut m, |_| *others.lock().unwrap() == 3);
    assert!(
        m.metrics_text()
            .contains("ami_listener_panics_total{server=\"a\"} 3")
    );
}

#[test]
fn pull_api_and_handle_from_another_thread() {
    let s = sim();
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(s.addr(), cfg("a")))
        .unwrap();
    m.enable_event_pull();
    all_ready(&mut m);
    let h = m.handle();
    let t = std::thread::spawn(move || {
        let rx = h.submit(Some("a"), Box::new(Ping)).unwrap();
        let bad = h.submit(Some("nope"), Box::new(Ping)).unwrap();
        (
            rx.recv_timeout(Duration::from_secs(10)).unwrap(),
            bad.recv_timeout(Duration::from_secs(10)).unwrap(),
        )
    });
    let start = Instant::now();
    while !t.is_finished() {
        assert!(start.elapsed() < common::LIMIT);
        m.tick_all(20).expect("tick");
    }
    let (ok, bad) = t.join().unwrap();
    assert_eq!(
        ok.unwrap().result.unwrap().response.get("Ping"),
        Some(&b"Pong"[..])
    );
    assert_eq!(bad.unwrap_err(), ClusterError::UnknownServer("nope".into()));
    // Events were kept for pulling too (FullyBooted at login).
    let ev = m.next_event().expect("an event");
    assert_eq!(&*ev.server_key, "a");
}

#[test]
fn handle_queue_full_is_backpressure() {
    let mut limits = ami_cluster::Limits::default();
    limits.submit_queue_capacity = 2;
    let m = AmiClientManager::with_limits(limits).unwrap();
    let h = m.handle();
    h.submit(None, Box::new(Ping)).unwrap();
    h.submit(None, Box::new(Ping)).unwrap();
    assert_eq!(
        h.submit(None, Box::new(Ping)).unwrap_err(),
        ClusterError::QueueFull { capacity: 2 }
    );
    drop(m);
    assert_eq!(
        h.submit(None, Box::new(Ping)).unwrap_err(),
        ClusterError::Closed
    );
}

#[test]
fn metrics_text_parses_back() {
    let s = sim();
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(s.addr(), cfg("a\"b")))
        .unwrap();
    all_ready(&mut m);
    m.server("a\"b")
        .unwrap()
        .send(&Ping)
        .unwrap()
        .to_pull_queue();
    until(&mut m, |m| m.next_completion().is_some());
    let text = m.metrics_text();
    let mut families = 0;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            families += 1;
            let kind = rest.split(' ').nth(1).unwrap();
            assert!(["counter", "gauge", "histogram"].contains(&kind), "{line}");
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        // name{labels} value
        let (series, value) = line.rsplit_once(' ').unwrap();
        assert!(value.parse::<f64>().is_ok(), "{line}");
        let name = series.split('{').next().unwrap();
        assert!(name.starts_with("ami_"), "{line}");
        if series.contains('{') {
            assert!(series.ends_with('}'), "{line}");
            assert!(
                series.contains("server=\"a\\\"b\"") || name == "ami_tick_timeout_clamped_total",
                "{line}"
            );
        }
    }
    assert!(families >= 18);
    assert!(text.contains("ami_up{server=\"a\\\"b\"} 1"));
    assert!(text.contains("ami_actions_completed_total{server=\"a\\\"b\",outcome=\"ok\"} 1"));
    assert!(text.contains("ami_action_latency_seconds_count{server=\"a\\\"b\"} 1"));
    let health = m.health();
    assert_eq!(health[0].state, State::Ready);
    assert_eq!(health[0].pending, 0);
}

#[test]
fn tick_one_server_leaves_the_others_for_later() {
    let a = sim();
    let b = sim();
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(a.addr(), cfg("a")))
        .unwrap();
    m.add_server(ami_cluster::ServerConfig::new(b.addr(), cfg("b")))
        .unwrap();
    let start = Instant::now();
    while m.state("a").unwrap() != State::Ready {
        assert!(start.elapsed() < common::LIMIT);
        m.tick("a", 20).unwrap();
    }
    assert_eq!(
        m.tick("nope", 0).unwrap_err(),
        ClusterError::UnknownServer("nope".into())
    );
    // b's readiness was kept: tick_all brings it up too.
    all_ready(&mut m);
    let id = m
        .server("a")
        .unwrap()
        .send(&Ping)
        .unwrap()
        .to_pull_queue()
        .action_id;
    until(&mut m, |m| {
        m.next_completion().is_some_and(|c| c.action_id == id)
    });
}

#[test]
fn posted_actions_complete_into_the_pull_queue() {
    let s = sim();
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(s.addr(), cfg("a")))
        .unwrap();
    all_ready(&mut m);
    let h = m.handle();
    std::thread::spawn(move || h.post(Some("a"), Box::new(Ping)).unwrap())
        .join()
        .unwrap();
    until(&mut m, |m| {
        m.next_completion().is_some_and(|c| c.result.is_ok())
    });
}

#[test]
fn wait_ready_and_state_changes() {
    let s = sim();
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(s.addr(), cfg("a")))
        .unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let v = seen.clone();
    m.on_state_change(move |_, key, _, to| v.lock().unwrap().push((key.to_owned(), to)));
    m.wait_ready(&[], common::LIMIT).unwrap();
    let states: Vec<State> = seen.lock().unwrap().iter().map(|(_, s)| *s).collect();
    assert_eq!(
        states,
        [
            State::Connecting,
            State::AwaitingBanner,
            State::Authenticating,
            State::Ready
        ]
    );
    assert!(seen.lock().unwrap().iter().all(|(k, _)| k == "a"));
    // A server nobody listens on: wait_ready gives up naming it and its error.
    let dead = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    m.add_server(ami_cluster::ServerConfig::new(dead, cfg("gone")))
        .unwrap();
    let err = m
        .wait_ready(&["a", "gone"], Duration::from_millis(300))
        .unwrap_err();
    match &err {
        ClusterError::NotReadyInTime { servers, .. } => {
            assert_eq!(servers.len(), 1, "{servers:?}");
            assert!(servers[0].starts_with("gone ("), "{servers:?}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        m.wait_ready(&["nope"], Duration::ZERO).unwrap_err(),
        ClusterError::UnknownServer("nope".into())
    );
}

#[test]
fn unhandled_events_are_counted_and_completions_carry_latency() {
    let s = sim();
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(s.addr(), cfg("a")))
        .unwrap();
    m.on_event("NothingLikeThis", |_, _| {});
    m.wait_ready(&[], common::LIMIT).unwrap();
    let latency = Arc::new(Mutex::new(None));
    let l = latency.clone();
    m.server("a")
        .unwrap()
        .send(&Ping)
        .unwrap()
        .on_complete(move |_, c| *l.lock().unwrap() = Some(c.latency));
    until(&mut m, |_| latency.lock().unwrap().is_some());
    assert!(
        latency
            .lock()
            .unwrap()
            .unwrap()
            .is_some_and(|d| d > Duration::ZERO)
    );
    let before = m.counters().unhandled_events;
    m.server("a")
        .unwrap()
        .send(&ami_proto::actions::UserEvent::new("Nobody"))
        .unwrap()
        .ignore_outcome();
    until(&mut m, |m| m.counters().unhandled_events > before);
    assert!(m.metrics_text().contains("ami_events_unhandled_total "));
}

#[test]
fn every_send_returns_a_pending_whose_choice_decides_where_the_outcome_goes() {
    let s = sim();
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(s.addr(), cfg("a")))
        .unwrap();
    all_ready(&mut m);
    let called = Arc::new(Mutex::new(Vec::new()));
    let c = called.clone();
    // The three entry points return the same Pending.
    let p = m.server("a").unwrap().send(&Ping).unwrap();
    assert_eq!(p.server_key(), "a");
    let cb_id = p.action_id().to_owned();
    let sent = p.on_complete(move |_, done| c.lock().unwrap().push(done.action_id));
    assert_eq!(sent.action_id, cb_id);
    assert_eq!(&*sent.server_key, "a");
    let pulled = m.send(&Ping).unwrap().to_pull_queue();
    let ignored = m
        .default_server()
        .unwrap()
        .send(&Ping)
        .unwrap()
        .ignore_outcome();
    // No choice and completion pull off: counted as unclaimed, not queued.
    let unchosen = {
        let p = m.send(&Ping).unwrap();
        p.action_id().to_owned()
    };
    let mut seen = Vec::new();
    until(&mut m, |m| {
        while let Some(done) = m.next_completion() {
            seen.push(done.action_id);
        }
        called.lock().unwrap().len() == 1
            && !seen.is_empty()
            && m.counters().unclaimed_completions == 1
            && m.server_stats("a").unwrap().pending == 0
    });
    assert_eq!(*called.lock().unwrap(), [cb_id]);
    assert_eq!(seen, [pulled.action_id]);
    assert!(!seen.contains(&ignored.action_id) && !seen.iter().any(|s| *s == unchosen));
    assert!(
        m.metrics_text()
            .contains("ami_completions_unclaimed_total 1\n")
    );
    // Completion pull on: an unchosen outcome is queued, not unclaimed.
    m.enable_completion_pull();
    let later = m
        .send_with_options(&Ping, SendOptions::default().with_action_id("mine-7"))
        .map(|p| p.action_id().to_owned())
        .unwrap();
    assert_eq!(later, "mine-7");
    let mut got = None;
    until(&mut m, |m| {
        got = m.next_completion();
        got.is_some()
    });
    assert_eq!(got.unwrap().action_id, "mine-7");
    assert_eq!(m.counters().unclaimed_completions, 1);
    assert_eq!(m.stats().totals.actions_ok, 5);
}

#[test]
fn a_refused_send_returns_no_pending_and_no_outcome_arrives() {
    let s = sim();
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(s.addr(), cfg("a")))
        .unwrap();
    // Not Ready yet: refused, nothing pending, no callback ever.
    let err = m
        .server("a")
        .unwrap()
        .send(&Ping)
        .map(|p| p.ignore_outcome())
        .unwrap_err();
    assert!(matches!(
        err,
        ClusterError::Send(SendError::NotReady { .. })
    ));
    assert!(matches!(
        m.send(&Ping).map(|p| p.ignore_outcome()).unwrap_err(),
        ClusterError::NoServerReady { .. }
    ));
    all_ready(&mut m);
    let st = m.stats();
    assert_eq!((st.pending, st.totals.actions_sent), (0, 0));
    assert_eq!(st.counters.unclaimed_completions, 0);
}

#[test]
fn stats_hold_every_counter_the_metrics_render() {
    let s = sim();
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(s.addr(), cfg("a")))
        .unwrap();
    m.add_server(ami_cluster::ServerConfig::new(
        "127.0.0.1:1".parse().unwrap(),
        cfg("dead"),
    ))
    .unwrap();
    m.enable_event_pull();
    m.wait_ready(&["a"], common::LIMIT).unwrap();
    for _ in 0..3 {
        m.server("a")
            .unwrap()
            .send(&UserEvent::new("Counted"))
            .unwrap()
            .to_pull_queue();
    }
    until(&mut m, |m| m.stats().pulled_completions_waiting == 3);
    until(&mut m, |m| m.stats().pulled_events_waiting >= 3);
    let st = m.stats();
    assert_eq!((st.servers, st.servers_ready), (2, 1));
    let a = m.server_stats("a").unwrap();
    assert_eq!(a.state, State::Ready);
    assert!(a.conn.actions_ok >= 3 && a.latency_count >= 3);
    let dead = m.server_stats("dead").unwrap();
    assert_ne!(dead.state, State::Ready);
    assert!(dead.conn.connect_attempts >= 1);
    // The sum over servers is what the metrics text says, counter by counter.
    let text = m.metrics_text();
    let sum = |name: &str| -> u64 {
        text.lines()
            .filter(|l| l.starts_with(&format!("{name}{{")))
            .filter_map(|l| l.rsplit(' ').next()?.parse::<u64>().ok())
            .sum()
    };
    let st = m.stats();
    assert_eq!(sum("ami_events_received_total"), st.totals.events);
    assert_eq!(sum("ami_actions_sent_total"), st.totals.actions_sent);
    assert_eq!(
        sum("ami_connect_attempts_total"),
        st.totals.connect_attempts
    );
    assert_eq!(sum("ami_bytes_received_total"), st.totals.bytes_in);
    assert_eq!(sum("ami_pending_actions"), st.pending as u64);
    assert!(
        m.server_stats("nope")
            .is_err_and(|e| e == ClusterError::UnknownServer("nope".into()))
    );
}
