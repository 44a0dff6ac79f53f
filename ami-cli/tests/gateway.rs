//! The action gateway against a real redis-server started by the test:
//! requests in through Redis Streams, results out, bad requests answered,
//! repeated ids answered from the dedupe record, pending entries claimed.
// Tests and benches call libc (rlimits, pipes, signals) or a counting allocator.
#![allow(unsafe_code)]

mod common;

use std::time::Duration;

use ami_sim::Sim;
use common::bus::*;
use common::*;

const LIMIT: Duration = Duration::from_secs(20);

fn originates(sim: &Sim, req: &str) -> usize {
    let tag = format!("req={req}");
    sim.actions()
        .iter()
        .filter(|a| a.name.eq_ignore_ascii_case("Originate"))
        .filter(|a| a.headers.iter().any(|(k, v)| k == "Variable" && *v == tag))
        .count()
}

#[test]
fn requests_results_bad_requests_and_repeated_ids() {
    let redis = Redis::start();
    let sims: Vec<Sim> = (0..2).map(|_| Sim::builder().start().unwrap()).collect();
    let path = multi_config(&sims.iter().map(Sim::addr).collect::<Vec<_>>(), 3);
    let url = format!("redis://127.0.0.1:{}", redis.port);
    let mut w = Reaper(vec![spawn_quiet(&[
        "listen",
        "--config",
        path.to_str().unwrap(),
        "--all",
        "--redis",
        &url,
        "--actions",
        "t",
        "--metrics",
        "127.0.0.1:0",
    ])]);
    let addr = metrics_addr(&mut w.0[0]);
    let mut c = conn(&redis);
    // Wait for the worker's groups (it creates them at start).
    wait_for(LIMIT, "consumer groups created", || {
        redis::cmd("XINFO")
            .arg("GROUPS")
            .arg("t:routed")
            .query::<redis::Value>(&mut c)
            .is_ok()
    });
    let orig = |id: &'static str| -> Vec<(&'static str, &'static str)> {
        vec![
            ("id", id),
            ("action", "Originate"),
            ("Channel", "PJSIP/100"),
            ("Context", "default"),
            ("Exten", "200"),
            ("Priority", "1"),
            ("Async", "true"),
        ]
    };
    let mut o1 = orig("o1");
    o1.push(("Variable", "req=o1"));
    xadd(&mut c, "t:{pbx1}", &o1);
    xadd(&mut c, "t:{pbx0}", &[("id", "p1"), ("action", "Ping")]);
    xadd(&mut c, "t:routed", &[("id", "p2"), ("action", "Ping")]);
    xadd(
        &mut c,
        "t:routed",
        &[("id", "p3"), ("action", "Ping"), ("server", "pbx1")],
    );
    xadd(
        &mut c,
        "t:routed",
        &[("id", "b1"), ("action", "Ping"), ("server", "nope")],
    );
    xadd(&mut c, "t:{pbx0}", &[("action", "Ping")]);
    xadd(
        &mut c,
        "t:{pbx0}",
        &[("id", "b3"), ("action", "Ping"), ("colour", "red")],
    );
    xadd(
        &mut c,
        "t:{pbx0}",
        &[
            ("id", "b4"),
            ("action", "Hangup"),
            ("Channel", "x\r\nAction: Originate"),
        ],
    );
    xadd(
        &mut c,
        "t:{pbx0}",
        &[("id", "b5"), ("action", "Ping"), ("reply_to", "t:mine")],
    );
    xadd(
        &mut c,
        "t:{pbx0}",
        &[("id", "e1"), ("action", "NoSuchAction")],
    );
    let results = wait_entries(&mut c, "t:results", 9, LIMIT);
    let mine = wait_entries(&mut c, "t:mine", 1, LIMIT);
    let by_id = |id: &str| {
        results
            .iter()
            .find(|(_, e)| field(e, "id") == Some(id))
            .unwrap_or_else(|| panic!("no result for {id}: {results:?}"))
            .1
            .clone()
    };
    let o = by_id("o1");
    assert_eq!(field(&o, "status"), Some("ok"), "{o:?}");
    assert_eq!(field(&o, "server"), Some("pbx1"));
    assert!(
        field(&o, "events").unwrap().contains("OriginateResponse"),
        "{o:?}"
    );
    assert_eq!(field(&by_id("p1"), "status"), Some("ok"));
    assert_eq!(field(&by_id("p2"), "status"), Some("ok"));
    assert_eq!(field(&by_id("p3"), "server"), Some("pbx1"));
    let b1 = by_id("b1");
    assert_eq!(field(&b1, "status"), Some("bad_request"));
    assert!(
        field(&b1, "error")
            .unwrap()
            .contains("unknown server \"nope\""),
        "{b1:?}"
    );
    let b2 = by_id("");
    assert!(
        field(&b2, "error")
            .unwrap()
            .contains("missing field \"id\""),
        "{b2:?}"
    );
    assert!(
        field(&by_id("b3"), "error")
            .unwrap()
            .contains("unknown field \"colour\"")
    );
    assert!(
        field(&by_id("b4"), "error")
            .unwrap()
            .contains("CR, LF or NUL")
    );
    assert_eq!(field(&mine[0].1, "id"), Some("b5"));
    let e1 = by_id("e1");
    assert_eq!(field(&e1, "status"), Some("error"), "{e1:?}");

    // The same id again: its stored result, no second Originate.
    xadd(&mut c, "t:{pbx1}", &o1);
    let results = wait_entries(&mut c, "t:results", 10, LIMIT);
    let again = &results[9].1;
    assert_eq!(field(again, "id"), Some("o1"));
    assert_eq!(field(again, "replayed"), Some("1"));
    assert_eq!(field(again, "action_id"), field(&o, "action_id"));
    assert_eq!(originates(&sims[1], "o1"), 1);
    // Everything acknowledged.
    wait_for(LIMIT, "all requests acknowledged", || {
        ["t:{pbx0}", "t:{pbx1}", "t:routed"].iter().all(|s| {
            let v: redis::Value = redis::cmd("XPENDING")
                .arg(*s)
                .arg("ami")
                .query(&mut c)
                .unwrap();
            matches!(&v, redis::Value::Array(a) if a.first() == Some(&redis::Value::Int(0)))
        })
    });
    // The metrics text is refreshed every 500 ms.
    wait_for(LIMIT, "replay counted", || {
        metric(&addr, "ami_gateway_replayed_total") == Some(1.0)
    });
    assert_eq!(
        metric(&addr, "ami_redis_up{role=\"gateway_read\"}"),
        Some(1.0)
    );
    // SIGTERM: a clean stop.
    // SAFETY: signalling our own child.
    unsafe { libc::kill(w.0[0].id() as i32, libc::SIGTERM) };
    assert!(w.0[0].wait().unwrap().success());
}

#[test]
fn a_dead_workers_pending_request_is_claimed_and_answered_once() {
    // A request taken by a consumer that never answers (read with
    // XREADGROUP by the test, standing in for a killed worker) and never
    // marked started: the owner claims it after the idle time and runs it.
    let redis = Redis::start();
    let sim = Sim::builder().start().unwrap();
    let path = multi_config(&[sim.addr()], 3);
    let url = format!("redis://127.0.0.1:{}", redis.port);
    let mut c = conn(&redis);
    let _: () = redis::cmd("XGROUP")
        .arg("CREATE")
        .arg("k:{pbx0}")
        .arg("ami")
        .arg("0")
        .arg("MKSTREAM")
        .query(&mut c)
        .unwrap();
    xadd(
        &mut c,
        "k:{pbx0}",
        &[
            ("id", "c1"),
            ("action", "Originate"),
            ("Channel", "PJSIP/100"),
            ("Exten", "1"),
            ("Context", "default"),
            ("Priority", "1"),
            ("Variable", "req=c1"),
        ],
    );
    let _: redis::Value = redis::cmd("XREADGROUP")
        .arg("GROUP")
        .arg("ami")
        .arg("dead")
        .arg("COUNT")
        .arg(10)
        .arg("STREAMS")
        .arg("k:{pbx0}")
        .arg(">")
        .query(&mut c)
        .unwrap();
    let mut w = Reaper(vec![spawn_quiet(&[
        "listen",
        "--config",
        path.to_str().unwrap(),
        "--all",
        "--redis",
        &url,
        "--actions",
        "k",
        "--claim-idle-ms",
        "300",
        "--metrics",
        "127.0.0.1:0",
    ])]);
    let addr = metrics_addr(&mut w.0[0]);
    let results = wait_entries(&mut c, "k:results", 1, LIMIT);
    assert_eq!(field(&results[0].1, "id"), Some("c1"));
    assert_eq!(field(&results[0].1, "status"), Some("ok"), "{results:?}");
    wait_for(LIMIT, "claim counted", || {
        metric(&addr, "ami_gateway_claimed_total").is_some_and(|n| n >= 1.0)
    });
    // Claimed again later? No: it is acknowledged, so one result, one call.
    wait_for(LIMIT, "acknowledged", || {
        metric(&addr, "ami_gateway_acked_total") == Some(1.0)
    });
    assert_eq!(xrange(&mut c, "k:results").len(), 1);
    assert_eq!(originates(&sim, "c1"), 1);
}
