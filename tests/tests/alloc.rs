//! Allocations on the manager's thread in steady state, counted by
//! `ami_tests::alloc` (per thread: the simulators in this process do not
//! count): reading the stats allocates nothing, a pipelined action
//! allocates nothing, an event costs at most 0.02 (the decoder's buffer
//! refills, shared by the frames of each read).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use ami_cluster::AmiClientManager;
use ami_proto::actions::Ping;
use ami_sim::{Sim, Target};
use ami_tests::alloc::{Counting, count};
use ami_tests::{LIMIT, all_ready, cfg, ready_manager, sim};

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn reading_stats_allocates_nothing() {
    let sims: Vec<_> = (0..3).map(|_| sim()).collect();
    let m = ready_manager(&[
        ("s0", sims[0].addr()),
        ("s1", sims[1].addr()),
        ("s2", sims[2].addr()),
    ]);
    let (ready, allocs) = count(|| {
        (0..1000)
            .map(|_| m.stats().servers_ready + usize::from(m.server_stats("s1").is_ok()))
            .sum::<usize>()
    });
    assert_eq!(ready, 4000);
    assert_eq!(allocs, 0, "stats() / server_stats() allocated");
}

/// Sends `n` Pings in batches of 64, their outcomes to the pull queue or to
/// a callback; returns the allocations made.
fn pings(m: &mut AmiClientManager, n: usize, callback: bool) -> u64 {
    let ((), allocs) = count(|| {
        for _ in 0..n / 64 {
            for _ in 0..64 {
                let p = m.server("s0").unwrap().send(&Ping).unwrap();
                if callback {
                    // A zero-sized closure: boxing it does not allocate.
                    p.on_complete(|_, c| assert!(c.result.is_ok()));
                } else {
                    p.to_pull_queue();
                }
            }
            let mut got = 0;
            while got < 64 {
                let report = m.tick_all(5).unwrap();
                if callback {
                    got += report.completions;
                }
                while let Some(c) = m.next_completion() {
                    assert!(c.result.is_ok());
                    got += 1;
                }
            }
        }
    });
    allocs
}

#[test]
fn a_pipelined_action_allocates_nothing_in_steady_state() {
    let s = sim();
    let mut m = ready_manager(&[("s0", s.addr())]);
    // Warm-up: buffers, tables and queues reach their working size.
    pings(&mut m, 20_000, false);
    pings(&mut m, 20_000, true);
    let n = 20_000;
    let per_action = |a: u64| a as f64 / n as f64;
    let pulled = per_action(pings(&mut m, n, false));
    let called = per_action(pings(&mut m, n, true));
    eprintln!("allocations per action: pull queue {pulled:.4}, callback {called:.4}");
    // What remains is the decoder's buffer refills (a few per 64 KiB of
    // responses), not one per action. Before: about 9 per action.
    assert!(pulled < 0.01, "{pulled} allocations per action");
    assert!(called < 0.01, "{called} allocations per action");
}

#[test]
fn an_event_costs_at_most_two_hundredths_of_an_allocation() {
    const EVENTS: u64 = 50_000;
    let s = Sim::builder().record_actions(false).start().unwrap();
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(s.addr(), cfg("s0")))
        .unwrap();
    // Listeners are `Send`: count through an atomic.
    let count_events = Arc::new(AtomicU64::new(0));
    let c = count_events.clone();
    m.on_any_event(move |_, _| {
        c.fetch_add(1, Ordering::Relaxed);
    });
    all_ready(&mut m);
    let burst = |m: &mut AmiClientManager| -> u64 {
        let before = count_events.load(Ordering::Relaxed);
        let want = before + EVENTS + 1; // the burst and its end marker
        let ((), allocs) = std::thread::scope(|scope| {
            scope.spawn(|| s.burst(Target::Open, EVENTS, LIMIT));
            count(|| {
                let start = std::time::Instant::now();
                while count_events.load(Ordering::Relaxed) < want {
                    assert!(start.elapsed() < LIMIT, "burst not delivered");
                    m.tick_all(1).unwrap();
                }
            })
        });
        allocs
    };
    // Warm-up, then three bursts.
    burst(&mut m);
    let allocs: u64 = (0..3).map(|_| burst(&mut m)).sum();
    let per_event = allocs as f64 / (3 * (EVENTS + 1)) as f64;
    eprintln!("allocations per event: {per_event:.4}");
    assert!(per_event <= 0.02, "{per_event} allocations per event");
}

/// A hostile server names its events to defeat the listener index: a new
/// 200-byte name every event (in the length class of a registered long
/// name), case-mangled names, names that differ from a registered one only
/// in bytes that fold alike (`@` for `` ` ``), non-ASCII bytes; one event
/// in ten is a registered name in capitals. Each listener hears exactly its
/// own, and looking names up allocates nothing: the index holds only the
/// program's names.
#[test]
fn hostile_event_names_reach_the_right_listeners_and_allocate_nothing() {
    use ami_tests::hostile::HostileServer;
    const EVENTS: usize = 30_000;
    let long = "L".repeat(200);
    let registered: Vec<String> = (0..40)
        .map(|i| format!("Name{i}`x"))
        .chain([long.clone()])
        .collect();
    let names = registered.clone();
    let server = HostileServer::start(move |mut peer| {
        peer.banner();
        if !peer.login() {
            return;
        }
        let mut out = Vec::new();
        for n in 0..=EVENTS {
            let name = match n % 10 {
                _ if n == EVENTS => "TheEnd".to_owned(),
                0 => names[n / 10 % names.len()].to_ascii_uppercase(),
                1 => format!("{:0>200}", n),
                2 => format!("NAME{}@X", n % 40),
                3 => format!("Name{}`x\u{e9}", n % 40),
                _ => format!("nAmE{}`Y", n % 40),
            };
            out.extend_from_slice(format!("Event: {name}\r\nN: {n}\r\n\r\n").as_bytes());
            if out.len() > 64 * 1024 {
                if peer.send(&out).is_err() {
                    return;
                }
                out.clear();
            }
        }
        let _ = peer.send(&out);
        while !peer.stopped() && peer.read_action().is_some() {}
    });
    let mut c = cfg("h");
    // Small frames read faster than a tick dispatches them: room for all.
    c.event_queue_capacity = 2 * EVENTS;
    let mut m = AmiClientManager::new().unwrap();
    m.add_server(ami_cluster::ServerConfig::new(server.addr(), c))
        .unwrap();
    let heard: Vec<Arc<AtomicU64>> = registered
        .iter()
        .map(|name| {
            let n = Arc::new(AtomicU64::new(0));
            let c = n.clone();
            m.on_event(name, move |_, _| {
                c.fetch_add(1, Ordering::Relaxed);
            });
            n
        })
        .collect();
    let all = Arc::new(AtomicU64::new(0));
    let a = all.clone();
    m.on_any_event(move |_, _| {
        a.fetch_add(1, Ordering::Relaxed);
    });
    let end = Arc::new(AtomicU64::new(0));
    let e = end.clone();
    m.on_event("TheEnd", move |_, _| {
        e.fetch_add(1, Ordering::Relaxed);
    });
    all_ready(&mut m);
    let ((), allocs) = count(|| {
        let start = std::time::Instant::now();
        while end.load(Ordering::Relaxed) == 0 {
            assert!(start.elapsed() < LIMIT, "events not delivered");
            m.tick_all(1).unwrap();
        }
    });
    // Every event reached the catch-all listener (its queue holds a flood).
    assert_eq!(m.stats().totals.dropped_events, 0);
    assert_eq!(all.load(Ordering::Relaxed), EVENTS as u64 + 1);
    // Each registered name was sent in capitals EVENTS / 10 / 41 times
    // (rounded as the sender's index runs); nothing else matched.
    let sent = |i: usize| {
        (0..EVENTS)
            .step_by(10)
            .filter(|n| n / 10 % registered.len() == i)
            .count()
    };
    for (i, n) in heard.iter().enumerate() {
        assert_eq!(
            n.load(Ordering::Relaxed),
            sent(i) as u64,
            "{}",
            registered[i]
        );
    }
    let per_event = allocs as f64 / EVENTS as f64;
    eprintln!("allocations per hostile-named event: {per_event:.4}");
    assert!(per_event <= 0.02, "{per_event} allocations per event");
}

/// Misuse of a sort: a program that adds and removes listeners while no
/// event arrives (one-shot listeners for calls that never happen). Nothing
/// may pile up per removal: after a warm-up, a hundred thousand cycles
/// allocate nothing. (Removed ids used to collect in a set only a dispatch
/// cleared: it grew, reallocating, without bound.)
#[test]
fn listeners_added_and_removed_between_events_leave_nothing_behind() {
    let mut m = AmiClientManager::new().unwrap();
    // (A listener on a name allocates its lowercased copy: catch-alls
    // here, so that anything counted is what removals leave behind.)
    let kept = m.on_event("Hangup", |_, _| {});
    let cycle = |m: &mut AmiClientManager| {
        let first = m.on_any_event(|_, _| {});
        let second = m.on_any_event(|_, _| {});
        m.remove_listener(first);
        m.remove_listener(second);
        // Removing again is harmless.
        m.remove_listener(first);
    };
    for _ in 0..1_000 {
        cycle(&mut m);
    }
    let ((), allocs) = count(|| {
        for _ in 0..100_000 {
            cycle(&mut m);
        }
    });
    assert_eq!(allocs, 0, "allocations over 100,000 add/remove cycles");
    assert!(m.has_listener(kept));
}
