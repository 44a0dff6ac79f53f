//! The event bridge and the action gateway against a 3-master Redis
//! Cluster started by the test (loopback, free ports, no replicas): the
//! worker gets the three nodes as seeds, its hash-tagged request streams
//! `PREFIX:{server}` land in different slots (and nodes), results and
//! dedupe records share their reply stream's slot.

mod common;

use std::collections::BTreeSet;
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
fn event_bridge_and_gateway_on_a_three_master_cluster() {
    let cluster = RedisCluster::start(3);
    let sims: Vec<Sim> = (0..3)
        .map(|_| {
            Sim::builder()
                .calls_per_second(50.0)
                .call_duration(Duration::from_millis(10))
                .start()
                .unwrap()
        })
        .collect();
    let path = multi_config(&sims.iter().map(Sim::addr).collect::<Vec<_>>(), 3);
    let mut args = vec![
        "listen".to_owned(),
        "--config".into(),
        path.to_str().unwrap().into(),
        "--all".into(),
    ];
    for u in cluster.urls() {
        args.extend(["--redis".into(), u]);
    }
    args.extend(
        [
            "--stream",
            "ev",
            "--stream-maxlen",
            "100000",
            "--actions",
            "t",
            "--metrics",
            "127.0.0.1:0",
        ]
        .map(String::from),
    );
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut w = Reaper(vec![spawn_quiet(&args)]);
    let addr = metrics_addr(&mut w.0[0]);

    // The streams this test uses live on more than one node.
    let keys = [
        "t:{pbx0}",
        "t:{pbx1}",
        "t:{pbx2}",
        "t:routed",
        "t:results",
        "t:mine",
    ];
    let nodes: BTreeSet<usize> = keys.iter().map(|k| cluster.node_of(k)).collect();
    assert!(nodes.len() >= 2, "every stream on one node: {nodes:?}");

    let mut c = cluster.conn();
    wait_for(LIMIT, "consumer groups created", || {
        keys[..4].iter().all(|k| {
            redis::cmd("XINFO")
                .arg("GROUPS")
                .arg(*k)
                .query::<redis::Value>(&mut c)
                .is_ok()
        })
    });
    let originate = |id: &'static str, var: &'static str| {
        vec![
            ("id", id),
            ("action", "Originate"),
            ("Channel", "PJSIP/100"),
            ("Context", "default"),
            ("Exten", "200"),
            ("Priority", "1"),
            ("Async", "true"),
            ("Variable", var),
        ]
    };
    xadd(&mut c, "t:{pbx0}", &originate("o1", "req=o1"));
    xadd(&mut c, "t:{pbx1}", &[("id", "p1"), ("action", "Ping")]);
    xadd(&mut c, "t:{pbx2}", &[("id", "p2"), ("action", "Ping")]);
    xadd(
        &mut c,
        "t:routed",
        &[("id", "p3"), ("action", "Ping"), ("server", "pbx2")],
    );
    xadd(
        &mut c,
        "t:routed",
        &[("id", "b1"), ("action", "Ping"), ("server", "nope")],
    );
    xadd(
        &mut c,
        "t:{pbx1}",
        &[("id", "p4"), ("action", "Ping"), ("reply_to", "t:mine")],
    );
    let results = wait_entries(&mut c, "t:results", 5, LIMIT);
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
    assert_eq!(field(&o, "server"), Some("pbx0"));
    assert!(
        field(&o, "events").unwrap().contains("OriginateResponse"),
        "{o:?}"
    );
    for (id, server) in [("p1", "pbx1"), ("p2", "pbx2"), ("p3", "pbx2")] {
        let r = by_id(id);
        assert_eq!(field(&r, "status"), Some("ok"), "{r:?}");
        assert_eq!(field(&r, "server"), Some(server), "{r:?}");
    }
    let b = by_id("b1");
    assert_eq!(field(&b, "status"), Some("bad_request"), "{b:?}");
    assert!(field(&b, "error").unwrap().contains("nope"), "{b:?}");
    assert_eq!(field(&mine[0].1, "id"), Some("p4"));
    assert_eq!(field(&mine[0].1, "status"), Some("ok"));

    // A repeated id gets the stored result (the dedupe record in the reply
    // stream's slot), not a second Originate.
    xadd(&mut c, "t:{pbx0}", &originate("o1", "req=o1"));
    let results = wait_entries(&mut c, "t:results", 6, LIMIT);
    let replay = &results[5].1;
    assert_eq!(field(replay, "id"), Some("o1"), "{replay:?}");
    assert_eq!(field(replay, "replayed"), Some("1"), "{replay:?}");
    assert_eq!(originates(&sims[0], "o1"), 1);

    // Events reach the stream, from every server.
    let events = wait_entries(&mut c, "ev", 200, LIMIT);
    for s in ["pbx0", "pbx1", "pbx2"] {
        let tag = format!("\"server\":\"{s}\"");
        assert!(
            events
                .iter()
                .any(|(_, e)| field(e, "event").is_some_and(|j| j.contains(&tag))),
            "no event of {s}"
        );
    }
    wait_for(LIMIT, "every request acknowledged", || {
        metric(&addr, "ami_gateway_acked_total") == Some(7.0)
    });
    for role in ["events", "gateway_read", "gateway_write"] {
        let up = format!("ami_redis_up{{role=\"{role}\"}}");
        assert_eq!(metric(&addr, &up), Some(1.0), "{role} up");
    }
}
